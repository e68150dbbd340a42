/**
 * The witness panel of the log view in a real browser (Debian's Chromium, playwright-core), against
 * the real service and real witness processes (c2sp.org/tlog-witness):
 *
 * - `est serve --demo --demo-witnesses`: the three demo witnesses, each with its label from the
 *   policy's comment line, each marked as having cosigned the current checkpoint, the quorum met,
 *   all checked in the browser, in English and Russian. A cosignature changed in transit is flagged
 *   (that witness's mark, and the warning); a /checkpoint answering 503 falls back to the log-signed
 *   checkpoint, flagged as not witnessed, and entries still verify.
 * - A policy whose third witness is down, with a quorum of all three: the depositary never has a
 *   cosigned checkpoint (503), and the page says NOT WITNESSED in both languages, shows the witness
 *   that fails, and still verifies entries against the log-signed checkpoint.
 * - No policy: the panel says the log has no witnesses.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { RunningWitness } from '../witness/helpers.ts';
import { BIN, ROOT, startWitness, witnessInit } from '../witness/helpers.ts';
import { webSuite } from './harness.ts';
import type { Service } from '../../scripts/web-service.ts';

const RU = 'Switch the language to Russian';

/** Waits until the depositary serves a quorum-cosigned checkpoint of its whole log. */
async function cosignedWhole(service: Service): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    const health = (await (await fetch(`${service.url}/healthz`)).json()) as { size: number };
    const r = await fetch(`${service.url}/api/v1/log/checkpoint`);
    const note = await r.text();
    if (r.status === 200 && Number(note.split('\n')[1]) === health.size) return;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('the demo witnesses did not cosign the whole log');
}

async function panel(page: Page) {
  const p = page.locator('[data-witness-panel]');
  await p.locator('[data-witnessed]').first().waitFor();
  return p;
}

async function verifyEntry(page: Page, index: number): Promise<void> {
  await page.getByRole('button', { name: `Verify entry ${index}` }).click();
  await page.locator(`[data-verify-panel="${index}"] [data-verdict="verified"]`).waitFor();
}

describe('the demo witnesses', () => {
  const web = webSuite({ demo: true, args: ['--demo-witnesses'], setup: cosignedWhole });

  it('shows each witness with its label, cosigned, and the quorum verified here (EN, RU)', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/log');
    const p = await panel(page);
    await p.locator('[data-witnessed="quorum"]').waitFor();
    const verdict = await p.locator('[data-witnessed="quorum"]').innerText();
    assert.match(verdict, /Witnessed: cosigned by the quorum “demo-blocs”/);
    assert.match(verdict, /Quorum met at/);
    assert.equal(await p.locator('[data-quorum]').getAttribute('data-quorum'), 'demo-blocs');
    assert.match(await p.locator('[data-quorum]').innerText(), /demo-blocs: all of nato, csto, neutral/);
    const labels = {
      nato: 'a NATO member (demo)',
      csto: 'a CSTO member (demo)',
      neutral: 'a neutral state (demo)',
    };
    for (const [name, label] of Object.entries(labels)) {
      const row = p.locator(`tr[data-witness="${name}"]`);
      assert.equal(await row.getAttribute('data-cosigned'), 'cosigned', name);
      assert.match(
        await row.locator('th').innerText(),
        new RegExp(`${label.replace(/[()]/g, '\\$&')}\\s+${name}`),
      );
      assert.match(await row.innerText(), /✓ cosigned at .* UTC/);
    }
    assert.equal(await p.locator('[data-witnessed="not-witnessed"]').count(), 0);
    // The checkpoint checked is the whole log's.
    const size = Number(await p.locator('[data-witness-checkpoint]').getAttribute('data-witness-checkpoint'));
    const health = (await (await fetch(`${web.service.url}/healthz`)).json()) as { size: number };
    assert.equal(size, health.size);
    assert.equal(await p.locator('[data-served]').getAttribute('data-served'), 'cosigned');

    await page.getByRole('button', { name: RU }).click();
    await p.getByRole('heading', { name: 'Свидетели' }).waitFor();
    assert.match(
      await p.locator('[data-witnessed="quorum"]').innerText(),
      /Засвидетельствовано: заверено кворумом «demo-blocs»/,
    );
    assert.match(await p.locator('tr[data-witness="csto"]').innerText(), /✓ заверено: .* UTC/);
    assert.deepEqual(errors, []);
  });

  it('flags a cosignature changed in transit, and that witness', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/log');
    await page.route('**/api/v1/log/checkpoint', async (route) => {
      const response = await route.fetch();
      const lines = (await response.text()).split('\n');
      const i = lines.findIndex((l) => l.startsWith('— demo-witness.est/csto-bloc '));
      const line = lines[i] as string;
      const at = line.length - 4;
      lines[i] = line.slice(0, at) + (line[at] === 'A' ? 'B' : 'A') + line.slice(at + 1);
      await route.fulfill({ response, body: lines.join('\n') });
    });
    await page.reload();
    const p = await panel(page);
    const warning = p.locator('[data-witnessed="not-witnessed"]');
    await warning.waitFor();
    assert.equal(await warning.getAttribute('role'), 'alert');
    const text = await warning.innerText();
    assert.match(text, /NOT WITNESSED: this checkpoint lacks the quorum “demo-blocs”/);
    assert.match(text, /the cosignature of csto does NOT verify/);
    assert.match(text, /the cosignatures that verify \(2\) do not meet the quorum “demo-blocs”/);
    assert.equal(await p.locator('tr[data-witness="csto"]').getAttribute('data-cosigned'), 'invalid');
    assert.match(await p.locator('tr[data-witness="csto"]').innerText(), /✗ cosignature does not verify/);
    assert.equal(await p.locator('tr[data-witness="nato"]').getAttribute('data-cosigned'), 'cosigned');
    await page.getByRole('button', { name: RU }).click();
    await p.getByRole('heading', { name: 'Свидетели' }).waitFor();
    const ru = await p.locator('[data-witnessed="not-witnessed"]').innerText();
    assert.match(ru, /НЕ ЗАСВИДЕТЕЛЬСТВОВАНО/);
    assert.match(ru, /подпись свидетеля csto НЕ проходит проверку/);
    assert.deepEqual(errors, []);
  });

  it('falls back to the log-signed checkpoint when /checkpoint answers 503, flagged, and entries verify', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page } = await web.open('#/log');
    await page.route('**/api/v1/log/checkpoint', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Not cosigned', status: 503, detail: 'none yet' }),
      }),
    );
    await page.reload();
    const p = await panel(page);
    const warning = p.locator('[data-witnessed="not-witnessed"]');
    await warning.waitFor();
    assert.match(await warning.innerText(), /the depositary has no checkpoint cosigned by the quorum yet/);
    assert.equal(await p.locator('[data-served]').getAttribute('data-served'), 'latest');
    await page.locator('[data-checkpoint="verified"]').waitFor();
    await page.goto(`${web.service.url}/#/log/3`);
    await verifyEntry(page, 3);
  });

  it('shows on an entry’s page when a quorum witnessed it, beside its receipt time (EN, RU)', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/log/3');
    const at = page.locator('[data-witnessed-at]');
    await at.waitFor();
    const iso = (await at.getAttribute('data-witnessed-at')) ?? '';
    const served = (await (await fetch(`${web.service.url}/api/v1/log/witnessed?index=3`)).json()) as {
      witnessedAt: string;
      size: number;
    };
    assert.equal(iso, served.witnessedAt);
    assert.match(
      await at.innerText(),
      new RegExp(
        `${iso.slice(11, 19)} UTC\\s+by a quorum of witnesses \\(“demo-blocs”\\), checkpoint of size ${served.size}`,
      ),
    );
    await page.getByRole('button', { name: RU }).click();
    await page.locator('[data-witnessed-at]', { hasText: 'кворумом свидетелей («demo-blocs»)' }).waitFor();
    assert.deepEqual(errors, []);
  });
});

describe('a witness down', () => {
  const dir = mkdtempSync(join(tmpdir(), 'est-web-witnesses-'));
  const policyFile = join(dir, 'policy.txt');
  const running: RunningWitness[] = [];
  after(async () => {
    for (const w of running) await w.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const prepare = async (data: string): Promise<void> => {
    // With --demo, as the service starts: the demo's log is an exercise, whose origin (and so the
    // name of its key) ends in /exercise.
    const printed = spawnSync(
      process.execPath,
      [BIN, 'serve', '--data', data, '--demo', '--print-verifier-key'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: '' },
      },
    );
    assert.equal(printed.status, 0, printed.stderr);
    const logKey = printed.stdout.trim();
    const lines = [`log ${logKey}`];
    for (const [name, label] of [
      ['east', 'the eastern bloc'],
      ['west', 'the western bloc'],
      ['down', 'a neutral state'],
    ] as const) {
      const wdir = join(dir, name);
      const init = witnessInit(wdir, `witness.test/${name}`);
      assert.equal(init.status, 0, init.stderr);
      // The third witness never runs: nothing listens on port 1.
      const url =
        name === 'down'
          ? 'http://127.0.0.1:1'
          : (running[running.push(await startWitness(wdir, [logKey])) - 1] as RunningWitness).url;
      lines.push(`# ${label}`, `witness ${name} ${init.stdout.trim()} ${url}`);
    }
    lines.push('group blocs all east west down', 'quorum blocs', '');
    writeFileSync(policyFile, lines.join('\n'));
  };
  const web = webSuite({ demo: true, prepare, args: ['--witness-policy', policyFile] });

  it('says NOT WITNESSED, shows the witness that fails, and still verifies entries (EN, RU)', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const r = await fetch(`${web.service.url}/api/v1/log/checkpoint`);
    assert.equal(r.status, 503);
    const { page, errors } = await web.open('#/log');
    const p = await panel(page);
    const warning = p.locator('[data-witnessed="not-witnessed"]');
    await warning.waitFor();
    const text = await warning.innerText();
    assert.match(text, /NOT WITNESSED: this checkpoint lacks the quorum “blocs”/);
    assert.match(text, /the depositary has no checkpoint cosigned by the quorum yet/);
    const codes: (string | null)[] = [];
    for (const li of await p.locator('[data-problem]').all())
      codes.push(await li.getAttribute('data-problem'));
    assert.deepEqual(codes, ['not-cosigned', 'no-quorum']);
    assert.match(await p.locator('tr[data-witness="east"] th').innerText(), /the eastern bloc\s+east/);
    for (const name of ['east', 'west', 'down'])
      assert.equal(
        await p.locator(`tr[data-witness="${name}"]`).getAttribute('data-cosigned'),
        'absent',
        name,
      );
    await p.locator('tr[data-witness="down"]', { hasText: 'failed request' }).waitFor();
    // The checkpoint panel verifies the log-signed checkpoint it fell back to.
    await page.locator('[data-checkpoint="verified"]').waitFor();
    await page.getByRole('button', { name: RU }).click();
    await p.getByRole('heading', { name: 'Свидетели' }).waitFor();
    const ru = await p.locator('[data-witnessed="not-witnessed"]').innerText();
    assert.match(ru, /НЕ ЗАСВИДЕТЕЛЬСТВОВАНО: у этой контрольной точки нет кворума «blocs»/);
    assert.match(ru, /у депозитария ещё нет контрольной точки, заверенной кворумом/);
    assert.match(await p.locator('tr[data-witness="west"]').innerText(), /— не заверено/);
    await page.getByRole('button', { name: 'Переключить язык на английский' }).click();
    await page.goto(`${web.service.url}/#/log/2`);
    await verifyEntry(page, 2);
    await page.locator('[data-witnessed-at=""]', { hasText: 'not yet witnessed by a quorum' }).waitFor();
    // Chromium logs the 503 of /checkpoint (and a 404 of a route this depositary may lack) itself.
    assert.deepEqual(
      errors.filter((e) => !/status of (503|404)/.test(e)),
      [],
    );
  });
});

describe('no witnesses', () => {
  const web = webSuite({ demo: false });

  it('says the log has no witnesses (EN, RU)', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/log');
    const p = await panel(page);
    const none = p.locator('[data-witnessed="no-witnesses"]');
    await none.waitFor();
    assert.match(await none.innerText(), /This log has no witnesses/);
    await page.getByRole('button', { name: RU }).click();
    await p
      .locator('[data-witnessed="no-witnesses"]', { hasText: 'У этого журнала нет свидетелей' })
      .waitFor();
    assert.deepEqual(errors, []);
  });
});
