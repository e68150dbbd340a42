/**
 * The two drafts of 17 December 2021 as data, checked against what the texts and the reports of them
 * say: nine and eight articles, a paraphrase in both languages for each node, sources that exist, and
 * the NATO of 27 May 1997 that NRA 4 names by its date.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { isoDate } from './dates.ts';
import { NAMED_GROUPS } from './named-groups.ts';
import { PARAMETERS } from './parameters/index.ts';
import { membersOn, resolvePartySet, state } from './parties/index.ts';
import { PROVISIONS, childrenOf, findProvisions, provision } from './provisions/index.ts';
import { SOURCES } from './sources.ts';
import { TREATIES } from './treaties.ts';

const KNOWN = new Set<string>(SOURCES.map((s) => s.id));
const CYRILLIC = /[\u0400-\u04FF]/g;
const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;
const articles = (prefix: string) => PROVISIONS.filter((p) => new RegExp(`^${prefix}\\.\\d+$`).test(p.id));

/** NRA 4 names the NATO of the day of the Founding Act (S30): 12 founders, GR and TR, DE, ES. */
const NATO_27_MAY_1997 = [
  'BE',
  'CA',
  'DE',
  'DK',
  'ES',
  'FR',
  'GB',
  'GR',
  'IS',
  'IT',
  'LU',
  'NL',
  'NO',
  'PT',
  'TR',
  'US',
];

describe('the drafts of 17 December 2021', () => {
  it('are two treaties dated the day the Russian foreign ministry published them', () => {
    assert.equal(TREATIES['nra-2021'].version, '2021-12-17');
    assert.equal(TREATIES['rus-us-2021'].version, '2021-12-17');
  });

  it('give the agreement with NATO a preamble and nine articles, numbered 1 to 9', () => {
    assert.ok(provision('nra.preamble'));
    assert.deepEqual(
      articles('nra').map((p) => p.cite),
      ['NRA 1', 'NRA 2', 'NRA 3', 'NRA 4', 'NRA 5', 'NRA 6', 'NRA 7', 'NRA 8', 'NRA 9'],
    );
  });

  it('give the treaty with the United States a preamble and eight articles, numbered 1 to 8', () => {
    assert.ok(provision('rus-us.preamble'));
    assert.equal(articles('rus-us').length, 8);
    assert.equal(provision('rus-us.9'), undefined);
  });

  it('give NRA 4 two paragraphs (the bar and the exception by consent of all) and NRA 9 three', () => {
    assert.deepEqual(
      childrenOf('nra.4').map((p) => p.id),
      ['nra.4.1', 'nra.4.2'],
    );
    assert.deepEqual(
      childrenOf('nra.9').map((p) => p.id),
      ['nra.9.1', 'nra.9.2', 'nra.9.3'],
    );
  });

  it('paraphrase every node in English and in Russian, with a confidence mark and sources that exist', () => {
    for (const p of PROVISIONS.filter((x) => x.treaty === 'nra-2021' || x.treaty === 'rus-us-2021')) {
      assert.ok(p.text.en.length > 40 && count(p.text.en, CYRILLIC) === 0, p.id);
      assert.ok(count(p.text.ru, CYRILLIC) > 30, p.id);
      assert.ok(p.sources.length > 0, `${p.id} has no source`);
      for (const s of p.sources) assert.ok(KNOWN.has(s), `${p.id} cites ${s}, which sources.ts lacks`);
    }
  });

  it('carry the figures of the text: 27 May 1997, 30 days, more than half', () => {
    assert.match(provision('nra.4.1')?.text.en ?? '', /27 May 1997/);
    assert.match(provision('nra.4.1')?.text.ru ?? '', /27 мая 1997/);
    assert.match(provision('nra.9.2')?.text.en ?? '', /30 days/);
    assert.deepEqual(PARAMETERS['nra.entryIntoForce.signatoryShare'].values[0]?.value, { num: 1, den: 2 });
  });

  it('are found by their citations', () => {
    assert.deepEqual(
      findProvisions('NRA 4').map((p) => p.id),
      ['nra.4', 'nra.4.1', 'nra.4.2'],
    );
    assert.ok(findProvisions('RUS-US 7').some((p) => p.id === 'rus-us.7'));
    assert.ok(findProvisions('5', 'rus-us-2021').some((p) => p.id === 'rus-us.5'));
  });
});

describe('the groups of States the 2021 drafts name', () => {
  it('read the NATO of 27 May 1997 from the registry as the 16 States of that day', () => {
    const bound = NAMED_GROUPS.find((g) => g.id === 'nra.4.bound');
    assert.ok(bound);
    const day = isoDate('1997-05-27');
    assert.deepEqual([...resolvePartySet(bound.members, day)].sort(), NATO_27_MAY_1997);
    assert.deepEqual([...membersOn('NATO', day)], NATO_27_MAY_1997);
  });

  it('have 30 NATO members on the day the drafts were published', () => {
    assert.equal(membersOn('NATO', isoDate('2021-12-17')).length, 30);
  });

  it('name only States of the registry, cite provisions of their own draft and sources that exist', () => {
    for (const g of NAMED_GROUPS) {
      assert.equal(provision(g.cites)?.treaty, g.treaty, g.id);
      for (const id of resolvePartySet(g.members, isoDate('2021-12-17')))
        assert.ok(state(id), `${g.id}: ${id}`);
      for (const s of g.sources) assert.ok(KNOWN.has(s), `${g.id}: ${s}`);
      assert.ok(count(g.note.ru, CYRILLIC) > 10, g.id);
    }
  });

  it('mark the regions the text does not list as readings, Eastern Europe at low confidence', () => {
    const east = NAMED_GROUPS.find((g) => g.id === 'nra.7.easternEurope');
    assert.equal(east?.basis, 'reading');
    assert.equal(east?.confidence, 'R-l');
    for (const g of NAMED_GROUPS.filter((x) => x.id.startsWith('nra.7.') && x.id !== 'nra.7.ukraine'))
      assert.equal(g.basis, 'reading', g.id);
  });

  it('count 14 former Soviet States besides Russia, 11 of them outside NATO in December 2021', () => {
    const ussr = NAMED_GROUPS.find((g) => g.id === 'rus-us.4.formerUssr');
    assert.ok(ussr);
    const day = isoDate('2021-12-17');
    const all = [...resolvePartySet(ussr.members, day)];
    const nato = new Set(membersOn('NATO', day));
    assert.equal(all.length, 14);
    assert.equal(all.filter((id) => !nato.has(id)).length, 11);
  });
});
