/**
 * A log begun by the first depositary (format 1: no rules named, each refusal with its English
 * sentence, keys kept outside the log), continued by this one, in a real browser. The SQLite store
 * is written beforehand as the first depositary wrote it: France's signature (accepted), China's
 * (refused, outside the area of EST 10) and Germany's, which the first rules are made to have
 * refused, where the current rules accept it. The service starts with `--accept-rules-change`, so it
 * logs the change, then lodges the old key table's keys in the log; France then files again.
 *
 * The log view marks the three format 1 entries as decided under earlier rules; Germany's also with
 * the current rules' other outcome beside the logged one (not the integrity mark); the rules-change
 * and key-lodging entries in words; all in English and Russian. The whole log verifies in the
 * browser, with the rules change reported apart from the problems; a format 1 entry verifies with
 * its listed key, a format 2 one with the key the log lodged.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Entry, FilingOutcome } from '../../src/log/entry.ts';
import { leafHashOf, leafText } from '../../src/log/entry.ts';
import type { HashedNode } from '../../src/log/merkle.ts';
import { extendEdge } from '../../src/log/merkle.ts';
import { sha256 } from '../../src/log/node-crypto.ts';
import { FilingRecord, describeLogged } from '../../src/log/record.ts';
import { FORMAT_1_RULES, RULES } from '../../src/log/rules.ts';
import { openSqliteEventLog } from '../../src/store/sqlite/event-log.ts';
import { parameterSeries } from '../../src/treaty/parameters/index.ts';
import type { Service } from '../../scripts/web-service.ts';
import { Filer } from '../../src/app/testing.ts';
import { file, webSuite } from './harness.ts';

const fr = new Filer('FR');
const cn = new Filer('CN');
const de = new Filer('DE');

/** What the first rules are made to have said of Germany's signature. */
const FIRST_RULES_REFUSAL = {
  accepted: false,
  violations: [
    { code: 'signature_closed', cite: 'EST 10', reason: 'signature of the Treaty was closed that day' },
  ],
} as const;

/** The format 1 entries: France (accepted), China (refused), Germany (refused then, accepted now). */
const FORMAT_1 = [
  { filer: fr, at: '2010-01-15T09:00:00.000Z' },
  { filer: cn, at: '2010-01-15T09:30:00.000Z' },
  { filer: de, at: '2010-01-15T10:00:00.000Z', outcome: FIRST_RULES_REFUSAL },
] as const;
const DE_INDEX = 2;

/** Writes the first depositary's log into the data directory's SQLite store. */
async function writeFormat1Log(data: string): Promise<void> {
  const log = await openSqliteEventLog(join(data, 'est.db'));
  try {
    await log.setSetting('treaty', 'est-2009');
    await log.setSetting('parameters', '{}');
    for (const f of [fr, cn, de])
      await log.addKey({ party: f.party, keyId: f.keyId, publicKey: f.publicKey, addedAt: FORMAT_1[0].at });
    // The outcomes the first rules gave, as format 1 wrote them: the engine's, in English sentences.
    const record = new FilingRecord({
      engine: { treaty: 'est-2009', parameters: parameterSeries('est-2009', {}) },
      depositaryKey: null,
      sha256,
    });
    const edge: HashedNode[] = [];
    for (const [index, e] of FORMAT_1.entries()) {
      const envelope = e.filer.envelope({ act: 'sign' });
      const decided = record.decide(envelope, e.at);
      assert.ok(decided.ok);
      const outcome: FilingOutcome =
        'outcome' in e
          ? e.outcome
          : {
              accepted: decided.outcome.accepted,
              violations: decided.outcome.violations.map((v) => ({
                code: v.code,
                cite: v.cite,
                reason: describeLogged(v, 'en'),
              })),
            };
      const entry: Entry = { index, receivedAt: e.at, envelope, outcome };
      const leaf = leafText(entry);
      const hash = leafHashOf(sha256, leaf);
      const nodes = extendEdge(sha256, edge, index, hash);
      await log.append([{ index, leaf, leafHash: hash, party: envelope.party, seq: envelope.seq }], nodes);
    }
  } finally {
    await log.close();
  }
}

interface Indices {
  rulesChange: number;
  lodged: Map<string, number>;
  /** France's filing after the change (format 2). */
  later: number;
  size: number;
}
let found: Indices | null = null;

async function setup(service: Service): Promise<void> {
  const leaves = (
    (await (await fetch(`${service.url}/api/v1/log/entries?start=0&end=100`)).json()) as {
      entries: string[];
    }
  ).entries;
  const entries = leaves.map((l) => JSON.parse(l) as Entry & { v?: number });
  assert.deepEqual(
    entries.slice(0, FORMAT_1.length).map((e) => e.v),
    FORMAT_1.map(() => undefined),
    'the first entries are the format 1 ones',
  );
  const rulesChange = entries.findIndex((e) => e.envelope.act['act'] === 'rules-change');
  assert.ok(rulesChange >= FORMAT_1.length, 'the service logged the rules change it accepted');
  assert.deepEqual(entries[rulesChange]?.envelope.act, {
    act: 'rules-change',
    from: [FORMAT_1_RULES],
    to: RULES,
    indices: [DE_INDEX],
  });
  const lodged = new Map<string, number>();
  entries.forEach((e, i) => {
    if (e.envelope.act['act'] === 'lodge-key') lodged.set(e.envelope.act['party'] as string, i);
  });
  assert.deepEqual([...lodged.keys()].sort(), ['CN', 'DE', 'FR'], 'the old key table is lodged in the log');
  const later = await file(service, fr, { act: 'ratify' });
  assert.equal(later.rules, RULES);
  found = { rulesChange, lodged, later: later.index, size: later.index + 1 };
}

const web = webSuite({ prepare: writeFormat1Log, args: ['--accept-rules-change'], setup });

const the = (): Indices => {
  assert.ok(found !== null, 'the log was read');
  return found;
};

async function open(hash = '#/log'): Promise<{ page: Page; errors: string[] }> {
  const opened = await web.open(hash);
  opened.page.setDefaultTimeout(20_000);
  if (hash === '#/log') await opened.page.locator('tr[data-index="0"]').waitFor();
  return opened;
}

const row = (page: Page, index: number) => page.locator(`tr[data-index="${index}"]`);

describe('a log decided under earlier rules, in the log explorer', () => {
  it('marks the format 1 entries as decided under earlier rules, and Germany’s with both outcomes', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open();
    const { rulesChange, later } = the();
    for (const index of [0, 1, DE_INDEX]) {
      const badge = row(page, index).locator('.badge.earlier-rules');
      assert.equal(await badge.getAttribute('data-rules'), FORMAT_1_RULES, `entry ${index}`);
      assert.equal(
        await badge.innerText(),
        'decided under the rules format-1 (the first rules, which entries did not name)',
      );
    }
    // Only Germany's is decided otherwise now; France's and China's come out the same.
    assert.equal(await page.locator('[data-rules-change]').count(), 1);
    const mark = row(page, DE_INDEX).locator(`[data-rules-change="${DE_INDEX}"]`);
    assert.equal(
      (await mark.innerText()).replace(/\s+/g, ' ').trim(),
      `⚖ the current rules (${RULES}) decide otherwise: accepted; the log records: refused (signature_closed EST 10); the change is recorded by entry ${rulesChange}`,
    );
    // No integrity mark anywhere: the record is intact.
    assert.equal(await page.locator('.badge.disagrees').count(), 0);
    // China's refusal keeps its reason; the entry after the change names the current rules: no mark.
    assert.match(await row(page, 1).innerText(), /refused[\s\S]*not_eligible/);
    assert.equal(await row(page, later).locator('.badge.earlier-rules').count(), 0);
    assert.equal(await row(page, rulesChange).locator('.badge.earlier-rules').count(), 0);
    assert.deepEqual(errors, []);
  });

  it('tells the rules-change and key-lodging entries in words, in English and Russian', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open();
    const { rulesChange, lodged } = the();
    const change = row(page, rulesChange);
    assert.equal(await change.locator('[data-record-act]').getAttribute('data-record-act'), 'rules-change');
    assert.match(
      (await change.innerText()).replace(/\s+/g, ' '),
      new RegExp(
        `Depositary .*Rules change recorded: from format-1 to ${RULES}; the new rules decide entries #${DE_INDEX} otherwise`,
      ),
    );
    const frLodged = row(page, lodged.get('FR') as number);
    assert.match(await frLodged.innerText(), new RegExp(`Key ${fr.keyId} lodged for France`));

    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.getByRole('heading', { name: 'Журнал', exact: true }).waitFor();
    assert.match(
      (await change.innerText()).replace(/\s+/g, ' '),
      new RegExp(
        `Записана смена правил: с format-1 на ${RULES}; по новым правилам иначе решаются записи #${DE_INDEX}`,
      ),
    );
    assert.match(
      await frLodged.innerText(),
      new RegExp(`Зарегистрирован ключ ${fr.keyId}, владелец: Франция`),
    );
    assert.equal(
      await row(page, 0).locator('.badge.earlier-rules').innerText(),
      'решено по правилам format-1 (первые правила, которые записи не называли)',
    );
    assert.equal(
      (await row(page, DE_INDEX).locator('[data-rules-change]').innerText()).replace(/\s+/g, ' ').trim(),
      `⚖ по действующим правилам (${RULES}) решение иное: принято; в журнале: отклонено (signature_closed ДЕБ, ст. 10); смена правил записана в записи ${rulesChange}`,
    );
    assert.deepEqual(errors, []);
  });

  it('names the rules on the entry’s own page, with the change', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open(`#/log/${DE_INDEX}`);
    const { rulesChange } = the();
    await page.getByRole('heading', { name: `Entry ${DE_INDEX}` }).waitFor();
    const detail = page.locator('.entry-detail');
    assert.equal(await detail.locator('[data-entry-rules]').innerText(), FORMAT_1_RULES);
    assert.match(
      await detail.locator(`[data-rules-change="${DE_INDEX}"]`).innerText(),
      new RegExp(`decide otherwise: accepted[\\s\\S]*recorded by entry ${rulesChange}`),
    );
    assert.deepEqual(errors, []);
  });

  it('verifies the whole log, reporting the rules change apart from the problems', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open();
    const { size } = the();
    await page.getByRole('button', { name: 'Verify the whole log' }).click();
    const verdict = page.locator('[data-whole]');
    await verdict.waitFor();
    assert.equal(await verdict.getAttribute('data-whole'), 'verified', await verdict.innerText());
    assert.match(await verdict.innerText(), new RegExp(`The whole log verifies: ${size} entries`));
    const changes = page.locator('[data-rules-changes]');
    assert.equal(await changes.getAttribute('data-rules-changes'), '1');
    assert.match(
      await changes.innerText(),
      new RegExp(
        `Rules changes \\(1\\): entries that the current rules \\(${RULES}\\) decide otherwise[\\s\\S]*#${DE_INDEX} decided under format-1`,
      ),
    );
    assert.equal(await changes.locator(`[data-rules-change-found="${DE_INDEX}"]`).count(), 1);
    assert.deepEqual(errors, []);
  });

  it('verifies a format 1 entry with its listed key, and a later one with the key the log lodged', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open();
    const { lodged, later } = the();
    for (const [index, words] of [
      [0, `verified with the key ${fr.keyId} listed for FR \\(a format 1 entry`],
      [later, `verified with the key ${fr.keyId} lodged for FR at entry ${lodged.get('FR')}`],
    ] as const) {
      await row(page, index).locator('td.actions button').click();
      const verdict = page.locator(`[data-verify-for="${index}"] [data-verdict]`);
      await verdict.waitFor();
      assert.equal(await verdict.getAttribute('data-verdict'), 'verified', await verdict.innerText());
      assert.match(await page.locator(`[data-verify-for="${index}"]`).innerText(), new RegExp(words));
    }
    assert.deepEqual(errors, []);
  });

  it('FAILS a format 2 filing whose key the server lists as lodged only after it', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open();
    const { later } = the();
    await page.route('**/api/v1/keys', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { keys: { party: string; lodgedIndex: number }[] };
      for (const k of body.keys) if (k.party === 'FR') k.lodgedIndex = later + 1;
      await route.fulfill({ response, json: body });
    });
    await row(page, later).locator('td.actions button').click();
    const verdict = page.locator(`[data-verify-for="${later}"] [data-verdict]`);
    await verdict.waitFor();
    assert.equal(await verdict.getAttribute('data-verdict'), 'failed');
    assert.equal(await verdict.getAttribute('data-failure'), 'filer-key-late');
    assert.match(
      await verdict.innerText(),
      new RegExp(
        `key ${fr.keyId} of FR was not lodged in the log before this entry \\(it was lodged at entry ${later + 1}\\)`,
      ),
    );
    assert.deepEqual(errors, []);
  });
});
