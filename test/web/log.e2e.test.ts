/**
 * The log explorer in a real browser, against the real service on SQLite: 30 states lodge keys (each
 * lodging an entry of the log, signed by the Depositary) and file through the signed API
 * (signatures, 25 ratifications that bring the Treaty into force, two refused acts, consultations
 * closed by the Depositary), so the log has two pages. Then: the key-lodging entries are told in
 * words, in English and Russian, and verify with the depositary's key; the
 * checkpoint's signature verifies in the browser; "verify" on a true entry shows verified with its
 * path; and it FAILS, each time for the right reason, when Playwright changes in transit one
 * character of the entry, one hash of its proof, or the checkpoint's root. "Verify the whole log"
 * passes, and fails on a changed entry. No console errors. At 360 px, in English and Russian, neither
 * the log nor an entry's page (its verification open) scrolls sideways.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page, Route } from 'playwright-core';
import { inclusionRanges } from '../../src/log/merkle.ts';
import { RULES } from '../../src/log/rules.ts';
import type { Service } from '../../scripts/web-service.ts';
import { Filer } from '../../src/app/testing.ts';
import { file, fileOwn, lodge, webSuite } from './harness.ts';
import { overflow } from './page-overflow.ts';

const STATES = [
  ...['RU', 'BY', 'KZ', 'AM', 'AZ', 'KG', 'TJ', 'UZ', 'MD', 'RS', 'ME', 'MK', 'BA'],
  ...['IT', 'FR', 'ES', 'GR', 'CY', 'AT', 'FI', 'IE', 'PT', 'BE', 'NL', 'DE'],
  ...['PL', 'SE', 'NO', 'DK', 'US'],
];
/** The first 25 ratify: the Treaty enters into force. */
const RATIFIERS = STATES.slice(0, 25);

let size = 0;
/** The entry that lodged France's key, and its key id. */
let frLodgeIndex = -1;
let frKeyId = '';
/** An accepted filing by a Party (a signature), a refused one, and the Depositary's own act. */
let signIndex = -1;
let refusedIndex = -1;
let closeIndex = -1;

/** The filings of the 30 states, China and the Depositary; records the log's size and the indices above. */
async function setup(service: Service): Promise<void> {
  const filers = new Map<string, Filer>();
  for (const party of [...STATES, 'CN']) {
    const f = new Filer(party);
    filers.set(party, f);
    const lodged = await lodge(service, f);
    assert.equal(lodged.keyId, f.keyId);
    if (party === 'FR') {
      frLodgeIndex = lodged.receipt.index;
      frKeyId = lodged.keyId;
    }
  }
  const by = (p: string) => filers.get(p) as Filer;
  for (const party of STATES) {
    const r = await file(service, by(party), { act: 'sign' });
    assert.equal(r.outcome.accepted, true);
    if (party === 'FR') signIndex = r.index;
  }
  // China is outside the area of EST 10: refused, and logged as evidence.
  const cn = await file(service, by('CN'), { act: 'sign' });
  assert.equal(cn.outcome.accepted, false);
  for (const party of RATIFIERS) await file(service, by(party), { act: 'ratify' });
  const refused = await file(service, by('US'), { act: 'withdraw' });
  assert.equal(refused.outcome.accepted, false);
  refusedIndex = refused.index;
  await file(service, by('FI'), {
    act: 'request-consultations',
    with: ['RU'],
    subject: 'exercises near the border',
    id: 'c-1',
  });
  await file(service, by('FI'), { act: 'attend', procedure: 'c-1' });
  await fileOwn(service, { act: 'close', procedure: 'c-1' });
  const health = (await (await fetch(`${service.url}/healthz`)).json()) as { size: number };
  size = health.size;
  closeIndex = size - 1;
  assert.ok(size > 50, `two pages of entries (${size})`);
}

const web = webSuite({ setup });

async function open(hash: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await web.open(hash);
  opened.page.setDefaultTimeout(20_000);
  return opened;
}

/** Opens the list page that holds an entry and presses its "verify" button; returns its verdict. */
async function verifyInList(page: Page, index: number): Promise<{ verdict: string; failure: string | null }> {
  const pageNo = Math.floor((size - 1 - index) / 50) + 1;
  if (pageNo !== 1) await page.goto(`${web.service.url}/#/log?page=${pageNo}`);
  await page.locator(`tr[data-index="${index}"] td.actions button`).click();
  const verdict = page.locator(`[data-verify-for="${index}"] [data-verdict]`);
  await verdict.waitFor();
  return {
    verdict: (await verdict.getAttribute('data-verdict')) ?? '',
    failure: await verdict.getAttribute('data-failure'),
  };
}

/**
 * Serves the real response with its JSON changed. A handler that throws would leave the request
 * hanging until the test's wait runs out, so an answer that is not the expected one (not 200, or a
 * body `change` rejects) is served unchanged and its reason kept: the verdict then differs and
 * `routeProblems` says why, instead of a timeout.
 */
const routeProblems: string[] = [];
function alterJson(change: (body: Record<string, unknown>) => void) {
  return async (route: Route) => {
    const response = await route.fetch();
    if (!response.ok()) {
      routeProblems.push(`${route.request().url()}: HTTP ${response.status()}`);
      await route.fulfill({ response });
      return;
    }
    const body = (await response.json()) as Record<string, unknown>;
    try {
      change(body);
    } catch (error) {
      routeProblems.push(`${route.request().url()}: ${(error as Error).message}`);
      await route.fulfill({ response });
      return;
    }
    await route.fulfill({ response, json: body });
  };
}

/** The verdict of `index` in the list, with what went wrong in an altered answer, if anything. */
async function verifyAltered(page: Page, index: number) {
  routeProblems.length = 0;
  const result = await verifyInList(page, index);
  return { ...result, routeProblems: [...routeProblems] };
}

/** One base64 character changed, still the base64 of 32 bytes. */
const flipChar = (b64: string): string => (b64[0] === 'A' ? 'B' : 'A') + b64.slice(1);

describe('the log explorer', () => {
  it('verifies the checkpoint signature in the browser and shows origin, size and root', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/log');
    const status = page.locator('[data-checkpoint]');
    await status.waitFor();
    assert.equal(await status.getAttribute('data-checkpoint'), 'verified');
    assert.match(await status.innerText(), /Signature verified/);
    assert.equal(await page.locator(`.checkpoint dd[data-size="${size}"]`).count(), 1);
    const note = await (await fetch(`${web.service.url}/api/v1/log/checkpoint`)).text();
    const root = note.split('\n')[2] as string;
    assert.ok((await page.locator('.checkpoint').innerText()).includes(root), 'the signed root is shown');
    assert.deepEqual(errors, []);
  });

  it('lists the entries newest first, 50 a page, with outcomes, violation codes and citations', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/log');
    const rows = page.locator('table.entries-table > tbody > tr[data-index]');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 50);
    assert.equal(await rows.first().getAttribute('data-index'), String(size - 1));
    const refused = page.locator(`tr[data-index="${refusedIndex}"]`);
    const text = await refused.innerText();
    assert.match(text, /refused/);
    assert.match(text, /not_a_party \(EST 13\): US is not a Party on that day/);
    assert.match(
      await page.locator(`tr[data-index="${closeIndex}"]`).innerText(),
      /Depositary[\s\S]*Closing of\s+c-1/,
    );
    await page.getByRole('link', { name: /Older/ }).first().click();
    await page.locator(`tr[data-index="${size - 51}"]`).waitFor();
    assert.equal(await rows.count(), Math.min(50, size - 50));
    assert.deepEqual(errors, []);
  });

  it('verifies a true entry: the leaf hash, the inclusion path up to the signed root, and the filer’s signature', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/log');
    const result = await verifyInList(page, signIndex);
    assert.deepEqual(result, { verdict: 'verified', failure: null });
    const panel = page.locator(`[data-verify-for="${signIndex}"]`);
    const text = await panel.innerText();
    assert.match(
      text,
      new RegExp(`Verified\\s+Entry ${signIndex} is in the log the depositary signed at size ${size}`),
    );
    // The path: one row per sibling, as RFC 9162 makes it for this index and size.
    const steps = panel.locator('table.path tbody tr');
    assert.equal(await steps.count(), inclusionRanges(signIndex, size).length);
    const sides = await Promise.all((await steps.all()).map((r) => r.getAttribute('data-side')));
    const expected = inclusionRanges(signIndex, size).map(([a]) => (a < signIndex ? 'left' : 'right'));
    assert.deepEqual(sides, expected);
    const note = await (await fetch(`${web.service.url}/api/v1/log/checkpoint`)).text();
    const root = note.split('\n')[2] as string;
    const lastResult = await steps.last().locator('td').last().innerText();
    assert.equal(lastResult.trim(), root, 'the last step gives the signed root');
    assert.match(text, /the same: the entry is in the signed tree/);
    assert.match(
      text,
      new RegExp(
        `verified with the key ${frKeyId} lodged for FR at entry ${frLodgeIndex} \\(that entry checked too`,
      ),
    );
    assert.deepEqual(errors, []);
  });

  it('shows a key-lodging entry as such, with the party and the key id, and verifies it with the depositary’s key', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/log');
    const row = page.locator(`tr[data-index="${frLodgeIndex}"]`);
    const pageNo = Math.floor((size - 1 - frLodgeIndex) / 50) + 1;
    if (pageNo !== 1) await page.goto(`${web.service.url}/#/log?page=${pageNo}`);
    await row.waitFor();
    assert.equal(await row.locator('[data-record-act]').getAttribute('data-record-act'), 'lodge-key');
    assert.match(await row.innerText(), new RegExp(`Depositary[\\s\\S]*Key ${frKeyId} lodged for France`));
    assert.deepEqual(await verifyInList(page, frLodgeIndex), { verdict: 'verified', failure: null });
    assert.match(
      await page.locator(`[data-verify-for="${frLodgeIndex}"]`).innerText(),
      /verified with the depositary’s own key [0-9a-f]{16} \(DEPOSITARY files with it\)/,
    );
    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.getByRole('heading', { name: 'Журнал', exact: true }).waitFor();
    assert.match(await row.innerText(), new RegExp(`Зарегистрирован ключ ${frKeyId}, владелец: Франция`));
    assert.deepEqual(errors, []);
  });

  it('verifies the Depositary’s own filing (signed with the depositary’s key) and an entry on its own page', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/log');
    assert.deepEqual(await verifyInList(page, closeIndex), { verdict: 'verified', failure: null });
    await page.goto(`${web.service.url}/#/log/0`);
    await page.getByRole('heading', { name: 'Entry 0' }).waitFor();
    // An entry of this depositary names the rules of this build.
    assert.equal(
      await page.locator('.entry-detail [data-entry-rules]').innerText(),
      `${RULES} (the current rules)`,
    );
    await page.locator('[data-verify-panel="0"] button').first().click();
    const verdict = page.locator('[data-verify-panel="0"] [data-verdict]');
    await verdict.waitFor();
    assert.equal(await verdict.getAttribute('data-verdict'), 'verified');
    assert.deepEqual(errors, []);
  });

  it('FAILS when one character of the entry is changed in transit: the leaf hash does not match', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/log');
    await page.route(
      (url) =>
        url.pathname === '/api/v1/log/entries' &&
        url.searchParams.get('start') === String(refusedIndex) &&
        url.searchParams.get('end') === String(refusedIndex + 1),
      alterJson((body) => {
        const leaf = (body['entries'] as string[])[0] ?? '';
        assert.ok(leaf.includes('"accepted":false'));
        // The forger turns a refusal into an acceptance (its violations left as they were).
        (body['entries'] as string[])[0] = leaf.replace('"accepted":false', '"accepted":true');
      }),
    );
    const result = await verifyAltered(page, refusedIndex);
    assert.deepEqual(result, { verdict: 'failed', failure: 'leaf-mismatch', routeProblems: [] });
    const text = await page.locator(`[data-verify-for="${refusedIndex}"] [data-verdict]`).innerText();
    assert.match(text, /FAILED/);
    assert.match(text, /the leaf hash does not match/);
    assert.match(text, /The entry was changed/);
    // The forged leaf is what the page shows it received.
    assert.match(
      (await page.locator(`[data-verify-for="${refusedIndex}"] pre`).textContent()) ?? '',
      /"accepted":true/,
    );
    assert.deepEqual(errors, []);
  });

  it('FAILS when the receipt time is moved by one digit in transit', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/log');
    await page.route(
      (url) =>
        url.pathname === '/api/v1/log/entries' &&
        url.searchParams.get('start') === String(signIndex) &&
        url.searchParams.get('end') === String(signIndex + 1),
      alterJson((body) => {
        const leaf = (body['entries'] as string[])[0] as string;
        (body['entries'] as string[])[0] = leaf.replace(
          /(\.\d\d)(\d)Z/,
          (_, a: string, d: string) => `${a}${(Number(d) + 1) % 10}Z`,
        );
        assert.notEqual((body['entries'] as string[])[0], leaf);
      }),
    );
    assert.deepEqual(await verifyAltered(page, signIndex), {
      verdict: 'failed',
      failure: 'leaf-mismatch',
      routeProblems: [],
    });
    assert.deepEqual(errors, []);
  });

  it('FAILS when one hash of the inclusion proof is changed in transit: the proof does not lead to the signed root', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/log');
    await page.route(
      (url) =>
        url.pathname === '/api/v1/log/proof/inclusion' && url.searchParams.get('index') === String(signIndex),
      alterJson((body) => {
        const hashes = body['hashes'] as string[];
        hashes[1] = flipChar(hashes[1] as string);
      }),
    );
    assert.deepEqual(await verifyAltered(page, signIndex), {
      verdict: 'failed',
      failure: 'proof-mismatch',
      routeProblems: [],
    });
    const panel = page.locator(`[data-verify-for="${signIndex}"]`);
    assert.match(
      await panel.locator('[data-verdict]').innerText(),
      /the proof does not lead to the signed root/,
    );
    assert.match(await panel.innerText(), /they differ/);
    assert.deepEqual(errors, []);
  });

  it('FAILS when the checkpoint’s root is changed in transit: the checkpoint signature is invalid', async (t) => {
    if (web.skip) return t.skip(web.skip);
    // The route is in place before the page loads: the checkpoint panel sees the forgery too.
    const context = await web.browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    await page.route('**/api/v1/log/checkpoint', async (route) => {
      const response = await route.fetch();
      const [origin, n, root, ...rest] = (await response.text()).split('\n');
      await route.fulfill({ response, body: [origin, n, flipChar(root as string), ...rest].join('\n') });
    });
    await page.goto(`${web.service.url}/#/log`);
    const status = page.locator('[data-checkpoint]');
    await status.waitFor();
    assert.equal(await status.getAttribute('data-checkpoint'), 'failed');
    assert.match(await status.innerText(), /checkpoint signature is invalid/);
    assert.deepEqual(await verifyInList(page, signIndex), {
      verdict: 'failed',
      failure: 'checkpoint-signature',
    });
    assert.match(
      await page.locator(`[data-verify-for="${signIndex}"]`).innerText(),
      /FAILED\s+the checkpoint signature is invalid[\s\S]*not verified; nothing else can be trusted/,
    );
    await context.close();
    assert.deepEqual(errors, []);
  });

  it('verifies the whole log in the browser, and fails it on a changed entry', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/log');
    await page.getByRole('button', { name: 'Verify the whole log' }).click();
    const verdict = page.locator('[data-whole]');
    await verdict.waitFor();
    assert.equal(await verdict.getAttribute('data-whole'), 'verified');
    assert.match(await verdict.innerText(), new RegExp(`The whole log verifies: ${size} entries`));
    assert.match(
      await page.locator('.checks').innerText(),
      /WebCrypto SHA-256 gives the same leaf hashes and root/,
    );

    await page.route(
      (url) =>
        url.pathname === '/api/v1/log/entries' &&
        url.searchParams.get('start') === '0' &&
        url.searchParams.get('end') === String(size),
      alterJson((body) => {
        const leaves = body['entries'] as string[];
        leaves[refusedIndex] = (leaves[refusedIndex] as string).replace(
          '"accepted":false',
          '"accepted":true',
        );
      }),
    );
    await page.getByRole('button', { name: 'Verify the whole log' }).click();
    await page.locator('[data-whole="failed"]').waitFor();
    assert.match(
      await page.locator('[data-whole]').innerText(),
      new RegExp(`first entry that does not match is #${refusedIndex}`),
    );
    assert.deepEqual(errors, []);
  });

  it('shows the verification in Russian', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/log');
    await page.locator('[data-checkpoint]').waitFor();
    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.getByRole('heading', { name: 'Журнал', exact: true }).waitFor();
    assert.match(await page.locator('[data-checkpoint]').innerText(), /Подпись проверена/);
    await page.locator(`tr[data-index="${size - 1}"] td.actions button`).click();
    const verdict = page.locator(`[data-verify-for="${size - 1}"] [data-verdict]`);
    await verdict.waitFor();
    assert.match(await verdict.innerText(), /Проверено/);
    assert.deepEqual(errors, []);
  });

  it('at 360 px, in English and Russian, neither the log nor an entry scrolls sideways', async (t) => {
    if (web.skip) return t.skip(web.skip);
    for (const lang of ['en', 'ru'] as const) {
      const { page, errors } = await web.open('#/log', { width: 360, height: 780 });
      page.setDefaultTimeout(20_000);
      await page.locator('[data-checkpoint]').waitFor();
      if (lang === 'ru') {
        await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
        await page.locator('html[lang="ru"]').waitFor();
      }
      assert.equal(
        await page.locator('p.intro a.term[href="#/glossary/depositary"]').innerText(),
        lang === 'ru' ? 'депозитарий' : 'depositary',
      );
      // An entry's verification open in the list: hashes and the path up to the root.
      await page.locator(`tr[data-index="${size - 1}"] td.actions button`).click();
      await page.locator(`[data-verify-for="${size - 1}"] [data-verdict]`).waitFor();
      let o = await overflow(page);
      assert.ok(o.scrollWidth <= o.innerWidth, `${lang} log: ${o.scrollWidth} > ${o.innerWidth}`);
      assert.deepEqual(o.wide, [], `${lang} log`);

      await page.goto(`${web.service.url}/#/log/${signIndex}`);
      await page
        .locator('main h1')
        .filter({ hasText: String(signIndex) })
        .waitFor();
      await page.locator(`[data-verify-panel="${signIndex}"] button`).first().click();
      await page.locator(`[data-verify-panel="${signIndex}"] [data-verdict]`).waitFor();
      o = await overflow(page);
      assert.ok(o.scrollWidth <= o.innerWidth, `${lang} entry: ${o.scrollWidth} > ${o.innerWidth}`);
      assert.deepEqual(o.wide, [], `${lang} entry`);
      assert.deepEqual(errors, [], lang);
      await page.context().close();
    }
  });
});
