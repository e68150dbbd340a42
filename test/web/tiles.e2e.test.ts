/**
 * The log view reading the log through its tiles (c2sp.org/tlog-tiles) in a real browser, against
 * the real service on SQLite: six states lodge keys and file 264 acts, so the log has 270 entries,
 * one full entry bundle and tile of hashes and partial ones after them. Choosing "tiles" re-runs
 * "Verify the whole log", which passes reading `/tlog/` alone (no `/api/v1/log/entries`); a
 * per-entry verification reads its proof from tiles of hashes; the choice is kept on the device.
 * An entry changed in its bundle in transit fails the check through the tiles and not through the
 * JSON API, so the tiles are what was read. Choosing "JSON API" reads `/api/v1/log/entries` again.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page, Request } from 'playwright-core';
import { Filer, actFor } from '../../src/app/testing.ts';
import { decodeBundle, encodeBundle } from '../../src/log/tiles.ts';
import type { Service } from '../../scripts/web-service.ts';
import { file, lodge, webSuite } from './harness.ts';

const PARTIES = ['RU', 'BY', 'KZ', 'FR', 'DE', 'IT'];
const SIZE = 270;
/** The filing changed in transit in the last test. */
const CHANGED = 10;

async function setup(service: Service): Promise<void> {
  const filers: Filer[] = [];
  for (const party of PARTIES) {
    const f = new Filer(party);
    await lodge(service, f);
    filers.push(f);
  }
  let last = -1;
  for (let i = 0; filers.length + i < SIZE; i += 1) {
    const f = filers[i % filers.length] as Filer;
    last = (await file(service, f, actFor(f.party, f.seq + 1, PARTIES))).index;
  }
  assert.equal(last, SIZE - 1);
}

const web = webSuite({ setup });

/** The log view, loaded, with every request path it makes from now on. */
async function openLog(): Promise<{ page: Page; errors: string[]; asked: string[] }> {
  const { page, errors } = await web.open('#/log');
  page.setDefaultTimeout(30_000);
  await page.locator('[data-checkpoint="verified"]').waitFor();
  await page.locator(`tr[data-index="${SIZE - 1}"]`).waitFor();
  const asked: string[] = [];
  page.on('request', (r: Request) => asked.push(new URL(r.url()).pathname));
  return { page, errors, asked };
}

/** Chooses a source (which re-runs the whole-log check) and returns the verdict element once done. */
async function choose(page: Page, name: RegExp) {
  await page.getByRole('radio', { name }).check();
  const whole = page.locator('section[aria-labelledby="whole-title"]');
  await whole.locator('.verdict.pending').waitFor({ state: 'detached' });
  const verdict = whole.locator('[data-whole]');
  await verdict.waitFor();
  return verdict;
}

const TILES = /^tiles \(c2sp\.org\/tlog-tiles\)$/;
const JSON_API = /^JSON API$/;

describe('the log view reading the log through its tiles', () => {
  it('verifies the whole log and an entry from /tlog/ alone, and keeps the choice', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors, asked } = await openLog();
    assert.equal(await page.locator('fieldset.log-source').getAttribute('data-source'), 'json');
    const verdict = await choose(page, TILES);
    assert.equal(await verdict.getAttribute('data-whole'), 'verified');
    assert.match(await verdict.innerText(), new RegExp(`The whole log verifies: ${SIZE} entries`));
    assert.equal(await page.locator('fieldset.log-source').getAttribute('data-source'), 'tiles');
    for (const path of ['/tlog/checkpoint', '/tlog/tile/entries/000', '/tlog/tile/entries/001.p/14'])
      assert.ok(asked.includes(path), `${path} was asked for: ${asked.join(' ')}`);
    assert.ok(!asked.includes('/api/v1/log/entries'), asked.join(' '));

    // One entry's inclusion proof, from the tiles of hashes of the tree of 270.
    asked.length = 0;
    await page.locator(`tr[data-index="${SIZE - 1}"] td.actions button`).click();
    const one = page.locator(`[data-verify-for="${SIZE - 1}"] [data-verdict]`);
    await one.waitFor();
    assert.equal(await one.getAttribute('data-verdict'), 'verified');
    for (const path of ['/tlog/tile/0/001.p/14', '/tlog/tile/1/000.p/1'])
      assert.ok(asked.includes(path), `${path} was asked for: ${asked.join(' ')}`);
    assert.ok(!asked.some((p) => p.startsWith('/api/v1/log/proof/')), asked.join(' '));
    assert.ok(!asked.includes('/api/v1/log/entries'), asked.join(' '));

    // Kept on this device: the page opens reading the tiles.
    assert.equal(await page.evaluate("window.localStorage.getItem('est.logSource')"), 'tiles');
    asked.length = 0;
    await page.reload();
    await page.locator(`tr[data-index="${SIZE - 1}"]`).waitFor();
    assert.equal(await page.getByRole('radio', { name: TILES }).isChecked(), true);
    assert.ok(asked.includes('/tlog/tile/entries/000'), asked.join(' '));
    assert.ok(!asked.includes('/api/v1/log/entries'), asked.join(' '));
    assert.deepEqual(errors, []);
  });

  it('reads /api/v1/log/entries again, and not the tiles, once the JSON API is chosen', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors, asked } = await openLog();
    await choose(page, TILES);
    asked.length = 0;
    const verdict = await choose(page, JSON_API);
    assert.equal(await verdict.getAttribute('data-whole'), 'verified');
    assert.ok(asked.includes('/api/v1/log/entries'), asked.join(' '));
    assert.ok(!asked.some((p) => p.startsWith('/tlog/')), asked.join(' '));
    assert.equal(await page.evaluate("window.localStorage.getItem('est.logSource')"), 'json');
    assert.deepEqual(errors, []);
  });

  it('FAILS through the tiles, and not through the JSON API, when a bundle’s entry is changed in transit', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await openLog();
    let changed = 0;
    await page.route('**/tlog/tile/entries/000', async (route) => {
      const response = await route.fetch();
      const entries = decodeBundle(await response.body(), 256);
      const leaf = new TextDecoder().decode(entries[CHANGED]);
      // One character of the filing's signature, still base64 of the same length.
      const forged = leaf.replace(
        /"signature":"(.)/,
        (_, c: string) => `"signature":"${c === 'A' ? 'B' : 'A'}`,
      );
      assert.notEqual(forged, leaf);
      entries[CHANGED] = new TextEncoder().encode(forged);
      changed += 1;
      const headers = { ...response.headers() };
      delete headers['content-encoding'];
      delete headers['content-length'];
      await route.fulfill({ status: 200, headers, body: Buffer.from(encodeBundle(entries)) });
    });
    const tiles = await choose(page, TILES);
    assert.ok(changed > 0, 'the bundle was read, and changed');
    assert.equal(await tiles.getAttribute('data-whole'), 'failed');
    assert.match(await tiles.innerText(), new RegExp(`first entry that does not match is #${CHANGED}`));
    const json = await choose(page, JSON_API);
    assert.equal(await json.getAttribute('data-whole'), 'verified');
    assert.deepEqual(errors, []);
  });
});
