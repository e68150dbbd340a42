/**
 * @module The web UI served by a mirror (`est mirror`, c2sp.org/tlog-mirror), in a real browser,
 * with real processes: a depositary takes lodged keys and filings; a mirror follows it (every 0.2 s) until it
 * holds and has cosigned the whole log. The depositary's own UI shows no mirror banner (and asks
 * nothing of /api/v1/mirror, whose 404 the browser would log). Then the depositary is STOPPED, and
 * the mirror's UI says on every screen, in English and in Russian, whose copy it is, who keeps it,
 * that it takes no filings, what it holds and has cosigned, and that the depositary is not answering;
 * its log view lists the entries, verifies the whole log in the browser, and shows the mirror's
 * cosignature of the checkpoint verified, and refused when Playwright changes it in transit. A
 * status with evidence links to it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { Filer, actFor, partyIds } from '../../src/app/testing.ts';
import type { Served } from '../durability/helpers.ts';
import {
  file,
  getJson,
  getText,
  killLeftovers,
  lodge,
  serve,
  sleep,
  startEst,
  stop,
} from '../durability/helpers.ts';
import { ensureWebBuilt, launchBrowser } from '../../scripts/web-service.ts';
import { openPage } from './harness.ts';

const ORIGIN = 'est.test/mirrored-web';
const NAME = 'mirror.test/web1';
/** How long the mirror may take to catch up, or to notice the depositary is gone. */
const CATCH_UP_MS = 30_000;

/** What `GET /api/v1/mirror` answers (src/mirror/mirror.ts). */
interface MirrorStatus {
  readonly from: string;
  readonly mirrorKey: string;
  readonly size: number;
  readonly cosigned: number | null;
  readonly lastSuccess: string | null;
  readonly lastError: string | null;
  readonly halted: string | null;
  readonly evidence: number;
}

const base = mkdtempSync(join(tmpdir(), 'est-web-mirror-'));
const running: Served[] = [];
let browser: Browser | undefined;
let skip: string | false = false;
let dep: Served;
let mirror: Served;
/** The log's size when the depositary stopped: the mirror holds and has cosigned all of it. */
let size = 0;

/** Polls the mirror's status until `ok` holds; fails with the last status after CATCH_UP_MS. */
async function mirrorUntil(ok: (s: MirrorStatus) => boolean, what: string): Promise<MirrorStatus> {
  const since = Date.now();
  let last: MirrorStatus | null = null;
  while (Date.now() - since < CATCH_UP_MS) {
    last = await getJson<MirrorStatus>(`${mirror.url}/api/v1/mirror`);
    if (ok(last)) return last;
    await sleep(100);
  }
  throw new Error(`timed out waiting for the mirror: ${what}; its status: ${JSON.stringify(last)}`);
}

before(async () => {
  const b = await launchBrowser();
  if (typeof b === 'string') {
    skip = b;
    return;
  }
  browser = b;
  ensureWebBuilt();
  dep = await serve({ data: join(base, 'dep'), args: ['--origin', ORIGIN] });
  running.push(dep);
  const filers = partyIds(3).map((p) => new Filer(p));
  await lodge(dep.url, filers);
  const parties = filers.map((f) => f.party);
  for (let i = 0; i < 2; i += 1)
    for (const f of filers) {
      const r = await file(dep.url, f.envelope(actFor(f.party, f.seq + 1, parties)));
      assert.equal(r.status, 201, `${f.party} filing seq ${f.seq}: ${r.text}`);
    }
  size = Number((await getText(`${dep.url}/api/v1/log/checkpoint`)).split('\n')[1]);
  assert.equal(size, 9, 'three lodged keys and six filings');
  mirror = await startEst(
    [
      'mirror',
      '--from',
      dep.url,
      '--name',
      NAME,
      '--data',
      join(base, 'mirror'),
      '--port',
      '0',
      '--interval',
      '0.2',
    ],
    { ready: /Ctrl-C stops/ },
  );
  running.push(mirror);
  await mirrorUntil((s) => s.size === size && s.cosigned === size, `size and cosigned ${size}`);
});

after(async () => {
  await browser?.close();
  for (const s of running) if (s.proc.exitCode === null && s.proc.signalCode === null) await stop(s);
  killLeftovers();
  rmSync(base, { recursive: true, force: true });
});

/** A page of a server at a view, its console errors collected. */
async function open(url: string, hash: string): Promise<{ page: Page; errors: string[] }> {
  assert.ok(browser, 'the browser is started');
  const opened = await openPage(browser, { url, data: base, stop: () => Promise.resolve() }, hash);
  opened.page.setDefaultTimeout(20_000);
  return opened;
}

/** The mirror's status with changes, as Playwright serves it instead of the real one. */
async function alterStatus(page: Page, change: Partial<MirrorStatus>): Promise<void> {
  await page.route('**/api/v1/mirror', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as MirrorStatus;
    await route.fulfill({ response, json: { ...body, ...change } });
  });
}

describe('the web UI served by a mirror', () => {
  it('on the depositary itself: no mirror banner, and /api/v1/mirror is not even asked', async (t) => {
    if (skip) return t.skip(skip);
    const asked: string[] = [];
    assert.ok(browser);
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    const told = page.waitForResponse((r) => r.url().endsWith('/api/v1/settings'));
    await page.goto(`${dep.url}/#/log`);
    await page.locator('[data-checkpoint="verified"]').waitFor();
    const said = (await (await told).json()) as { mirror?: unknown };
    // The settings are what the shell asks to know it is not on a mirror: a depositary says null.
    assert.equal(said.mirror, null);
    await sleep(500);
    assert.equal(await page.locator('.mirror-banner').count(), 0);
    assert.equal(await page.locator('[data-mirror-cosignature]').count(), 0);
    assert.doesNotMatch(await page.locator('body').innerText(), /Mirror of|kept and checked by/);
    assert.ok(!asked.includes('/api/v1/mirror'), `asked: ${asked.join(' ')}`);
    assert.equal(await page.locator('tr[data-index]').count(), size);
    await context.close();
    assert.deepEqual(errors, []);
  });

  it('once the depositary is gone, says on every screen whose copy it is, in English and Russian', async (t) => {
    if (skip) return t.skip(skip);
    assert.equal(await stop(dep), 0);
    const status = await mirrorUntil((s) => s.lastError !== null, 'a failed round');
    assert.equal(status.size, size);
    assert.ok(status.lastSuccess !== null, 'the mirror had read the log through');

    const { page, errors } = await open(mirror.url, '#/map');
    const banner = page.locator('.mirror-banner');
    await banner.waitFor();
    assert.equal(await banner.getAttribute('data-mirror'), NAME);
    const text = await banner.innerText();
    assert.match(text, new RegExp(`Mirror of ${dep.url}: a copy of the record kept and checked by ${NAME}`));
    assert.match(text, /it takes no filings/);
    assert.match(text, new RegExp(`Held: ${size} entries, cosigned ${size}\\.`));
    assert.equal(await banner.locator(`a[href="${dep.url}"]`).count(), 1, 'the depositary is linked');
    const warning = banner.locator('[data-mirror-warning="down"]');
    assert.match(
      await warning.innerText(),
      new RegExp(`The depositary is not answering now: last copy at .*${status.lastSuccess.slice(11, 16)}`),
    );
    assert.equal(await banner.locator('[data-mirror-evidence]').count(), 0, 'no evidence: no link to it');

    // Every screen: the treaty text and the log have it too, each loaded afresh.
    for (const hash of ['#/treaty', '#/log']) {
      await page.goto(`${mirror.url}/${hash}`);
      await page.reload();
      await page.locator('main h1').first().waitFor();
      await banner.waitFor();
      assert.match(await banner.innerText(), new RegExp(`kept and checked by ${NAME}`));
    }

    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.getByRole('heading', { name: 'Журнал', exact: true }).waitFor();
    const ru = await banner.innerText();
    assert.match(ru, new RegExp(`Зеркало ${dep.url}: копия записей, которую хранит и проверяет ${NAME}`));
    assert.match(ru, /обращения здесь не принимаются/);
    assert.match(ru, new RegExp(`Хранится записей: ${size}, заверено: ${size}\\.`));
    assert.match(ru, /Депозитарий сейчас не отвечает: последняя копия снята/);
    assert.match(await page.locator('[data-mirror-cosignature]').innerText(), /Заверено зеркалом/);
    assert.deepEqual(errors, []);
  });

  it('lists the entries, verifies the whole log, and the mirror’s cosignature, in the browser', async (t) => {
    if (skip) return t.skip(skip);
    const { page, errors } = await open(mirror.url, '#/log');
    await page.locator('[data-checkpoint="verified"]').waitFor();
    assert.equal(await page.locator(`.checkpoint dd[data-size="${size}"]`).count(), 1);
    const cosigned = page.locator('[data-mirror-cosignature]');
    await cosigned.waitFor();
    assert.equal(await cosigned.getAttribute('data-mirror-cosignature'), 'verified');
    assert.match(
      await cosigned.innerText(),
      new RegExp(`Cosigned by the mirror ${NAME} at .*: its cosignature verified in this browser`),
    );

    const rows = page.locator('table.entries-table > tbody > tr[data-index]');
    await rows.first().waitFor();
    assert.equal(await rows.count(), size);
    assert.equal(await rows.first().getAttribute('data-index'), String(size - 1));

    await page.getByRole('button', { name: 'Verify the whole log' }).click();
    const verdict = page.locator('[data-whole]');
    await verdict.waitFor();
    assert.equal(await verdict.getAttribute('data-whole'), 'verified', await verdict.innerText());
    assert.match(await verdict.innerText(), new RegExp(`The whole log verifies: ${size} entries`));
    assert.match(
      await page.locator('.checks').innerText(),
      /WebCrypto SHA-256 gives the same leaf hashes and root/,
    );
    assert.deepEqual(errors, []);
  });

  /**
   * The mirror's log view with its checkpoint's lines changed in transit by `alter`; the line that
   * says what became of the mirror's cosignature, and the way to close the page.
   */
  async function cosignatureLine(alter: (lines: string[]) => string[]) {
    assert.ok(browser);
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.route('**/api/v1/log/checkpoint', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: alter((await response.text()).split('\n')).join('\n') });
    });
    await page.goto(`${mirror.url}/#/log`);
    await page.locator('[data-checkpoint="verified"]').waitFor();
    const cosigned = page.locator('[data-mirror-cosignature]');
    await cosigned.waitFor();
    return { cosigned, close: () => context.close() };
  }
  const isMirrors = (l: string) => l.startsWith(`\u2014 ${NAME} `);

  it('refuses the mirror’s cosignature when it is changed in transit, the log’s signature still good', async (t) => {
    if (skip) return t.skip(skip);
    const { cosigned, close } = await cosignatureLine((lines) => {
      // The mirror's cosignature line: one byte of its signature changed (still base64 of 76 bytes).
      const at = lines.findIndex(isMirrors);
      assert.ok(at > 0, lines.join('\n'));
      const line = lines[at] as string;
      const i = line.length - 10;
      return lines.with(at, line.slice(0, i) + (line[i] === 'A' ? 'B' : 'A') + line.slice(i + 1));
    });
    assert.equal(await cosigned.getAttribute('data-mirror-cosignature'), 'failed');
    assert.equal(await cosigned.getAttribute('data-failure'), 'invalid');
    assert.match(await cosigned.innerText(), /mirror’s cosignature does NOT verify/);
    await close();
  });

  it('refuses a checkpoint that bears no cosignature of the mirror', async (t) => {
    if (skip) return t.skip(skip);
    const { cosigned, close } = await cosignatureLine((lines) => lines.filter((l) => !isMirrors(l)));
    assert.equal(await cosigned.getAttribute('data-failure'), 'absent');
    assert.match(await cosigned.innerText(), new RegExp(`bears no cosignature by ${NAME}`));
    await close();
  });

  it('shows a mirror that has no checkpoint to serve yet (503, not mirrored) as one', async (t) => {
    if (skip) return t.skip(skip);
    const { page } = await open(mirror.url, '#/treaty');
    await page.route('**/api/v1/log/checkpoint*', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        json: { type: 'not-mirrored', title: 'Not mirrored yet', status: 503, detail: 'no copy yet' },
      }),
    );
    await alterStatus(page, { size: 0, cosigned: null });
    await page.reload();
    const banner = page.locator('.mirror-banner');
    await banner.waitFor();
    assert.match(await banner.innerText(), /Held: 0 entries, none cosigned yet\./);
  });

  it('links to the evidence when the mirror has refused checkpoints, and says when it halted', async (t) => {
    if (skip) return t.skip(skip);
    const { page, errors } = await open(mirror.url, '#/treaty');
    await alterStatus(page, { evidence: 2, halted: 'entry 5 is refused by the rules' });
    await page.reload();
    const evidence = page.locator('[data-mirror-evidence]');
    await evidence.waitFor();
    assert.equal(await evidence.getAttribute('data-mirror-evidence'), '2');
    assert.match(
      await evidence.innerText(),
      /2 checkpoint\(s\) of the log refused: see \/api\/v1\/mirror\/evidence/,
    );
    assert.equal(await evidence.locator('a[href="/api/v1/mirror/evidence"]').count(), 1);
    const halted = page.locator('[data-mirror-warning="halted"]');
    assert.match(
      await halted.innerText(),
      /This mirror has stopped following the log: entry 5 is refused by the rules\. Last copy at/,
    );
    assert.equal(await page.locator('[data-mirror-warning="down"]').count(), 0);
    assert.deepEqual(errors, []);
  });
});
