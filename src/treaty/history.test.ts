/**
 * The historical record (./history.ts): the status first, every entry dated, in date order, in both
 * languages and sourced from records that resolve; the record's own sources are well formed, cited,
 * and the stance table's ones are copied unchanged.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

import { CONFIDENCE } from './common.ts';
import { parseIsoDate } from './dates.ts';
import { HISTORY, HISTORY_KINDS, HISTORY_SOURCES, HISTORY_STATUS, historySource } from './history.ts';
import { SOURCES } from './sources.ts';

const CYRILLIC = /[а-яё]/i;

function assertBothLanguages(what: string, text: { en: string; ru: string }): void {
  assert.ok(text.en.trim().length > 0, `${what}: English text`);
  assert.ok(text.ru.trim().length > 0, `${what}: Russian text`);
  assert.ok(!CYRILLIC.test(text.en), `${what}: the English text is in English`);
  assert.ok(CYRILLIC.test(text.ru), `${what}: the Russian text is in Russian`);
}

describe('the status', () => {
  it('exists and says, in both languages, that the treaty is signed by no one and in force nowhere', () => {
    assert.match(HISTORY_STATUS.headline.en, /signed by no one/i);
    assert.match(HISTORY_STATUS.headline.en, /in force nowhere/i);
    assert.match(HISTORY_STATUS.headline.ru, /никем не подписан/i);
    assert.match(HISTORY_STATUS.headline.ru, /нигде не действует/i);
    for (const key of ['headline', 'text', 'basis'] as const)
      assertBothLanguages(`status ${key}`, HISTORY_STATUS[key]);
    // Neither 2009 draft adopted: both are named.
    assert.match(HISTORY_STATUS.text.en, /European Security Treaty/);
    assert.match(HISTORY_STATUS.text.en, /NATO–Russia agreement/);
  });

  it('is dated and sourced from records that resolve', () => {
    assert.notEqual(parseIsoDate(HISTORY_STATUS.asOf), null, HISTORY_STATUS.asOf);
    assert.ok(HISTORY_STATUS.sources.length > 0);
    for (const id of HISTORY_STATUS.sources) assert.ok(historySource(id), `status: ${id} resolves`);
    assert.ok((CONFIDENCE as readonly string[]).includes(HISTORY_STATUS.confidence));
  });
});

describe('the record', () => {
  it('has unique kebab-case ids and known kinds', () => {
    const ids = HISTORY.map((i) => i.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const item of HISTORY) {
      assert.match(item.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, item.id);
      assert.ok((HISTORY_KINDS as readonly string[]).includes(item.kind), `${item.id}: ${item.kind}`);
    }
  });

  it('gives every entry a title and a text in English and in Russian', () => {
    for (const item of HISTORY) {
      assertBothLanguages(`${item.id} title`, item.title);
      assertBothLanguages(`${item.id} text`, item.text);
      if (item.caveat) assertBothLanguages(`${item.id} caveat`, item.caveat);
    }
  });

  it('dates every entry with a real calendar date (and a later last day when it spans several)', () => {
    for (const item of HISTORY) {
      assert.notEqual(parseIsoDate(item.date), null, `${item.id}: ${item.date}`);
      if (item.until !== undefined) {
        assert.notEqual(parseIsoDate(item.until), null, `${item.id}: ${item.until}`);
        assert.ok(item.until > item.date, `${item.id}: ${item.until} after ${item.date}`);
      }
    }
  });

  it('keeps the entries in date order', () => {
    for (let i = 1; i < HISTORY.length; i += 1) {
      const [a, b] = [HISTORY[i - 1], HISTORY[i]];
      assert.ok(a && b);
      assert.ok(a.date <= b.date, `${a.id} (${a.date}) before ${b.id} (${b.date})`);
    }
  });

  it('sources every entry from records that resolve, at least one with a web address', () => {
    for (const item of HISTORY) {
      assert.ok(item.sources.length > 0, `${item.id} cites a source`);
      assert.equal(new Set(item.sources).size, item.sources.length, `${item.id}: no source twice`);
      for (const id of item.sources) assert.ok(historySource(id), `${item.id}: ${id} resolves`);
      assert.ok(
        item.sources.some((id) => historySource(id)?.url !== undefined),
        `${item.id}: a source a reader can open`,
      );
    }
  });

  it('marks its confidence, and says what is uncertain wherever it is less than confirmed', () => {
    for (const item of HISTORY) {
      assert.ok(
        (CONFIDENCE as readonly string[]).includes(item.confidence),
        `${item.id}: ${item.confidence}`,
      );
      if (item.confidence !== 'C') assert.ok(item.caveat, `${item.id}: ${item.confidence} without a caveat`);
    }
  });

  it('covers the milestones: Berlin, Corfu, both 2009 drafts, Astana and the drafts of 2021', () => {
    const on = (date: string) => HISTORY.filter((i) => i.date === date);
    assert.ok(on('2008-06-05').some((i) => i.kind === 'proposal' && /Berlin/.test(i.title.en)));
    assert.ok(on('2009-06-27').some((i) => i.kind === 'osce' && /Corfu/.test(i.text.en)));
    assert.ok(on('2009-11-29').some((i) => i.kind === 'draft' && /14 articles/.test(i.text.en)));
    assert.ok(
      HISTORY.some((i) => i.kind === 'draft' && i.date.startsWith('2009-12') && /NATO/.test(i.title.en)),
    );
    const astana = HISTORY.find((i) => i.id === 'astana-2010');
    assert.equal(astana?.date, '2010-12-01');
    assert.equal(astana?.until, '2010-12-02');
    assert.ok(on('2021-12-17').some((i) => i.kind === 'draft'));
    // What states and organizations said comes after the 2009 draft, from several sides.
    assert.ok(HISTORY.filter((i) => i.kind === 'reaction').length >= 10);
  });
});

describe('the record’s own sources', () => {
  it('have ids of their own, well-formed dates and web addresses', () => {
    const project = new Set<string>(SOURCES.map((s) => s.id));
    const ids = HISTORY_SOURCES.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const s of HISTORY_SOURCES) {
      assert.match(s.id, /^[HW]\d+$/, s.id);
      assert.ok(!project.has(s.id), `${s.id} is not an id of sources.ts`);
      assert.ok(s.title.length > 0);
      assert.match(s.url, /^https?:\/\/\S+$/, s.id);
      if ('date' in s) assert.notEqual(parseIsoDate(s.date), null, `${s.id}: ${s.date}`);
    }
  });

  it('are each cited by the status or an entry', () => {
    const cited = new Set([...HISTORY_STATUS.sources, ...HISTORY.flatMap((i) => i.sources)]);
    for (const s of HISTORY_SOURCES) assert.ok(cited.has(s.id), `${s.id} is cited`);
  });

  it('copy the stance table’s W records unchanged', () => {
    const yaml = parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'data', 'stances-2009.yaml'), 'utf8'),
    ) as { sources: { id: string; title: string; url: string; date?: string }[] };
    const table = new Map(yaml.sources.map((s) => [s.id, s]));
    const copies = HISTORY_SOURCES.filter((s) => s.id.startsWith('W'));
    assert.ok(copies.length > 0);
    for (const s of copies) {
      const original = table.get(s.id);
      assert.ok(original, `${s.id} is in the stance table`);
      assert.equal(s.title, original.title, s.id);
      assert.equal(s.url, original.url, s.id);
      assert.equal(
        'date' in s ? s.date : undefined,
        original.date === undefined ? undefined : String(original.date),
        s.id,
      );
    }
  });
});
