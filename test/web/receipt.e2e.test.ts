/**
 * "Check a receipt" in the log explorer, in a real browser against the real service on SQLite: a
 * Party files over HTTP, and its receipt file is made as `est submit --receipt-out` makes it (the
 * envelope sent and the 201 answer, `{ v: 1, envelope, receipt }`). Pasted, or opened as a file, it
 * verifies in the browser, every check passed, in English and in Russian; with one hash of its proof
 * changed, the inclusion check fails; with its leaf hash changed, the leaf check fails (and the log
 * no longer holds the entry it names); a text that is not a receipt file is named as such.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { fromBase64, toBase64 } from '../../src/log/bytes.ts';
import { parseReceiptFile } from '../../src/log/receipt.ts';
import { RULES } from '../../src/log/rules.ts';
import type { Service } from '../../scripts/web-service.ts';
import { Filer } from '../../src/app/testing.ts';
import { file, lodge, submit, webSuite } from './harness.ts';
import type { Receipt } from './harness.ts';

/** The receipt file of France's signature, as `est submit --receipt-out` writes it. */
let receiptFile: { v: 1; envelope: ReturnType<Filer['envelope']>; receipt: Receipt } | null = null;
/** The log's size once everything was filed (the receipt's tree is smaller: the log grew since). */
let size = 0;

async function setup(service: Service): Promise<void> {
  const fr = new Filer('FR');
  const de = new Filer('DE');
  await lodge(service, fr);
  await lodge(service, de);
  const { envelope, receipt } = await submit(service, fr, { act: 'sign' });
  assert.equal(receipt.outcome.accepted, true);
  assert.equal(receipt.rules, RULES);
  receiptFile = { v: 1, envelope, receipt };
  // The receipt file is one the project's own reader takes.
  assert.ok(parseReceiptFile(JSON.stringify(receiptFile)).ok);
  // The log grows after the receipt: the browser must prove the receipt's tree a prefix of today's.
  const later = await file(service, de, { act: 'sign' });
  size = later.index + 1;
}

const web = webSuite({ setup });

const theFile = () => {
  assert.ok(receiptFile !== null, 'the receipt was filed');
  return receiptFile;
};

async function open(): Promise<{ page: Page; errors: string[] }> {
  const opened = await web.open('#/log');
  opened.page.setDefaultTimeout(20_000);
  await opened.page.locator('[data-checkpoint="verified"]').waitFor();
  return opened;
}

/** Pastes a text into the panel, checks it, and returns the verdict element's attributes and text. */
async function check(page: Page, text: string) {
  const panel = page.locator('[data-receipt-panel]');
  await panel.locator('[data-receipt-input]').fill(text);
  await panel.getByRole('button', { name: /Check the receipt|Проверить квитанцию/ }).click();
  const verdict = panel.locator('[data-receipt]');
  await verdict.waitFor();
  return {
    verdict: (await verdict.getAttribute('data-receipt')) ?? '',
    failed: (await verdict.getAttribute('data-failed')) ?? '',
    text: await verdict.innerText(),
    statuses: Object.fromEntries(
      await Promise.all(
        (await panel.locator('li[data-check]').all()).map(async (li): Promise<[string, string]> => [
          (await li.getAttribute('data-check')) ?? '?',
          (await li.getAttribute('data-status')) ?? '?',
        ]),
      ),
    ) as Record<string, string>,
    panel,
  };
}

const ALL_PASSED = {
  leaf: 'passed',
  checkpoint: 'passed',
  proof: 'passed',
  inclusion: 'passed',
  log: 'passed',
  consistency: 'passed',
  entry: 'passed',
};

/** One base64 character changed, still the base64 of 32 bytes. */
const flipHash = (b64: string): string => {
  const bytes = fromBase64(b64) as Uint8Array;
  bytes[0] = (bytes[0] as number) ^ 1;
  return toBase64(bytes);
};

/** The Russian noun after a whole number: one (21), few (2–4, 22–24) or many (5–20, 11–14, 25…). */
function russianForm(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  return units >= 2 && units <= 4 ? few : many;
}

describe('checking a receipt in the log explorer', () => {
  it('verifies a true receipt pasted in: every check passed, against a log that has grown since', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open();
    const f = theFile();
    const signedSize = Number(f.receipt.checkpoint.split('\n')[1]);
    assert.ok(signedSize < size, `the receipt's tree (${signedSize}) is smaller than the log (${size})`);
    const r = await check(page, JSON.stringify(f, null, 2));
    assert.equal(r.verdict, 'verified', r.text);
    assert.deepEqual(r.statuses, ALL_PASSED);
    assert.match(
      r.text,
      new RegExp(
        `The receipt holds: entry ${f.receipt.index} is in the tree of ${signedSize} entries the depositary signed, and the log today \\(${size} entries\\) still extends that tree`,
      ),
    );
    const shown = await r.panel.innerText();
    assert.match(shown, /the proof leads from the entry to the signed root \(passed\)/);
    assert.match(shown, new RegExp(`Decided under the rules\\s+${RULES}`));
    assert.deepEqual(errors, []);
  });

  it('verifies a receipt file opened from disk, and says so in Russian', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open();
    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.getByRole('heading', { name: 'Проверить квитанцию' }).waitFor();
    const panel = page.locator('[data-receipt-panel]');
    await panel.locator('[data-receipt-file]').setInputFiles({
      name: 'fr-sign.receipt.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(theFile())),
    });
    const verdict = panel.locator('[data-receipt]');
    await verdict.waitFor();
    assert.equal(await verdict.getAttribute('data-receipt'), 'verified');
    // The numbers agree with their nouns: "из 21 записи", "из 12 записей"; "(1 запись)", "(3 записи)".
    const signedSize = Number(theFile().receipt.checkpoint.split('\n')[1]);
    const ofTree = russianForm(signedSize, 'записи', 'записей', 'записей');
    const logToday = russianForm(size, 'запись', 'записи', 'записей');
    assert.match(
      await verdict.innerText(),
      new RegExp(
        `Квитанция подтверждается: запись \\d+ входит в подписанное депозитарием дерево из ${signedSize} ${ofTree}, а сегодняшний журнал \\(${size} ${logToday}\\)`,
      ),
    );
    assert.match(await panel.innerText(), /доказательство ведёт от записи к подписанному корню \(пройдена\)/);
    // The file's text is shown where it can be read and changed.
    assert.match(await panel.locator('[data-receipt-input]').inputValue(), /"receipt"/);
    assert.deepEqual(errors, []);
  });

  it('FAILS a receipt whose proof was changed: the proof does not lead to the signed root', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open();
    const f = theFile();
    const lines = f.receipt.proof.split('\n');
    // Line 0 is the header, line 1 the index, then the hashes.
    assert.match(lines[2] as string, /^[A-Za-z0-9+/]{43}=$/, 'the proof has a hash to change');
    lines[2] = flipHash(lines[2] as string);
    const forged = { ...f, receipt: { ...f.receipt, proof: lines.join('\n') } };
    const r = await check(page, JSON.stringify(forged));
    assert.equal(r.verdict, 'failed');
    assert.equal(r.failed, 'inclusion');
    assert.equal(r.statuses['inclusion'], 'failed');
    assert.equal(r.statuses['leaf'], 'passed');
    assert.equal(r.statuses['checkpoint'], 'passed');
    assert.match(r.text, /The receipt does NOT hold: 1 problem/);
    assert.match(
      await r.panel.locator('[data-problem="inclusion"]').innerText(),
      new RegExp(`the proof does not lead from entry ${f.receipt.index} to the root signed at size`),
    );
    assert.deepEqual(errors, []);
  });

  it('FAILS a receipt whose leaf hash was changed: the entry is not the one the receipt names', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open();
    const f = theFile();
    const forged = { ...f, receipt: { ...f.receipt, leafHash: flipHash(f.receipt.leafHash) } };
    const r = await check(page, JSON.stringify(forged));
    assert.equal(r.verdict, 'failed');
    const failed = r.failed.split(' ');
    assert.ok(failed.includes('leaf'), r.failed);
    assert.equal(r.statuses['leaf'], 'failed');
    assert.equal(r.statuses['checkpoint'], 'passed');
    // The changed hash is no leaf of the signed tree, nor of today's log at that index.
    assert.equal(r.statuses['inclusion'], 'failed');
    assert.equal(r.statuses['entry'], 'failed');
    assert.match(
      await r.panel.locator('[data-problem="leaf"]').innerText(),
      /has the leaf hash \S+, not the receipt's/,
    );
    // And in Russian.
    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    const verdict = r.panel.locator('[data-receipt]');
    assert.match(await verdict.innerText(), /Квитанция НЕ подтверждается: 3 проблемы/);
    assert.match(
      await r.panel.innerText(),
      /запись, восстановленная из вашего конверта и квитанции, даёт хеш листа, указанный в квитанции \(НЕ ПРОЙДЕНА\)/,
    );
    assert.deepEqual(errors, []);
  });

  it('FAILS a receipt whose outcome was changed: the entry rebuilt from it is another', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open();
    const f = theFile();
    const forged = {
      ...f,
      receipt: {
        ...f.receipt,
        outcome: { accepted: false, violations: [{ code: 'not_eligible', cite: 'EST 10', params: {} }] },
      },
    };
    const r = await check(page, JSON.stringify(forged));
    assert.equal(r.verdict, 'failed');
    assert.equal(r.failed, 'leaf');
    assert.equal(r.statuses['inclusion'], 'passed');
    assert.deepEqual(errors, []);
  });

  it('names a text that is not a receipt file, with the field at fault', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open();
    const f = theFile();
    const { receipt: _receipt, ...noReceipt } = f;
    const r = await check(page, JSON.stringify(noReceipt));
    assert.equal(r.verdict, 'unreadable');
    assert.match(
      r.text,
      /This is not a receipt file:\s+not a receipt file \{ v: 1, envelope, receipt \}: receipt/,
    );
    const notJson = await check(page, 'not json');
    assert.equal(notJson.verdict, 'unreadable');
    assert.match(notJson.text, /not JSON/);
    assert.deepEqual(errors, []);
  });
});
