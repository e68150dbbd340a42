import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { CONFIDENCE } from './common.ts';
import type { ProvisionData } from './provisions/index.ts';
import { PROVISIONS, childrenOf, citeOf, findProvisions, provision } from './provisions/index.ts';
import { SOURCES } from './sources.ts';
import { TREATIES } from './treaties.ts';

const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z]/g;
const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;
const ids = (found: readonly ProvisionData[]): string[] => found.map((p) => p.id);
const EST = PROVISIONS.filter((p) => p.treaty === 'est-2009');
const NRC = PROVISIONS.filter((p) => p.treaty === 'nrc-2009');
const NRC_4 = ['nrc.4', 'nrc.4.scf', 'nrc.4.temporary', 'nrc.4.targets', 'nrc.4.exempt', 'nrc.4.baseline'];

/** The bilingual fields of a node: heading, text and, when set, why it is not modelled. */
const localized = (p: ProvisionData) =>
  [
    ['heading', p.heading],
    ['text', p.text],
    ...(p.notModelled ? [['notModelled', p.notModelled] as const] : []),
  ] as const;

describe('the provision nodes', () => {
  it('have unique ids', () => {
    const seen = new Set<string>();
    for (const p of PROVISIONS) {
      assert.ok(!seen.has(p.id), `duplicate id ${p.id}`);
      seen.add(p.id);
    }
    assert.ok(seen.size > 40);
  });

  it('have ids prefixed by their treaty', () => {
    const prefix = {
      'est-2009': 'est.',
      'nrc-2009': 'nrc.',
      'nat-1949': 'nat.',
      'un-1945': 'un.',
      'osce-1992': 'osce.',
      'nra-2021': 'nra.',
      'rus-us-2021': 'rus-us.',
    };
    for (const p of PROVISIONS) assert.ok(p.id.startsWith(prefix[p.treaty]), p.id);
  });

  it('have parents that exist and are articles of the same treaty', () => {
    for (const p of PROVISIONS) {
      if (p.parent === null) continue;
      const parent = provision(p.parent);
      assert.ok(parent, `${p.id}: parent ${p.parent} does not exist`);
      assert.equal(parent.parent, null, `${p.id}: parent ${p.parent} is itself a paragraph`);
      assert.equal(parent.treaty, p.treaty, `${p.id}: parent of the other treaty`);
      assert.ok(p.id.startsWith(`${p.parent}.`), `${p.id} is not named under ${p.parent}`);
    }
  });

  it('put each paragraph right after its article or its sibling, in text order', () => {
    PROVISIONS.forEach((p, i) => {
      if (p.parent === null) return;
      const before = PROVISIONS[i - 1];
      assert.ok(before && (before.id === p.parent || before.parent === p.parent), p.id);
    });
  });

  it('list the EST before the NRC, and the two drafts before the regimes they are compared with', () => {
    const regimes = PROVISIONS.filter((p) => p.treaty !== 'est-2009' && p.treaty !== 'nrc-2009');
    assert.deepEqual(PROVISIONS, [...EST, ...NRC, ...regimes]);
  });

  it('include the EST preamble and every article from 1 to 14', () => {
    assert.equal(provision('est.preamble')?.cite, 'EST Preamble');
    for (let n = 1; n <= 14; n += 1) {
      const article = provision(`est.${n}`);
      assert.ok(article, `EST ${n} is missing`);
      assert.equal(article.cite, `EST ${n}`);
      assert.equal(article.parent, null);
      assert.equal(article.treaty, 'est-2009');
    }
    assert.equal(provision('est.15'), undefined);
  });

  it('cite EST paragraphs as EST n(m), matching their ids', () => {
    for (const p of EST) {
      const m = /^est\.(\d+)(?:\.(\d+))?$/.exec(p.id);
      if (p.id === 'est.preamble') continue;
      assert.ok(m, `odd EST id ${p.id}`);
      assert.equal(p.cite, m[2] === undefined ? `EST ${m[1]}` : `EST ${m[1]}(${m[2]})`, p.id);
    }
    assert.equal(provision('est.8.3')?.cite, 'EST 8(3)');
    assert.equal(provision('est.7.2')?.cite, 'EST 7(2)');
  });

  it('cite every node of NRC 4 as NRC 4, and every NRC citation with its prefix', () => {
    for (const id of NRC_4) assert.equal(provision(id)?.cite, 'NRC 4', id);
    for (const p of PROVISIONS) assert.ok(p.cite.startsWith(`${TREATIES[p.treaty].short} `), p.cite);
  });

  it('have a heading and a text in English and Russian, each non-empty', () => {
    for (const p of PROVISIONS)
      for (const [field, value] of localized(p)) {
        assert.ok(value.en.trim().length > 0, `${p.id}.${field}.en`);
        assert.ok(value.ru.trim().length > 0, `${p.id}.${field}.ru`);
      }
  });

  it('write the Russian in Cyrillic and the English without it', () => {
    for (const p of PROVISIONS)
      for (const [field, value] of localized(p)) {
        const ru = value.ru;
        assert.ok(
          count(ru, CYRILLIC) > 4 * count(ru, LATIN),
          `${p.id}.${field}.ru is not mostly Cyrillic: ${ru}`,
        );
        assert.equal(count(value.en, CYRILLIC), 0, `${p.id}.${field}.en has Cyrillic`);
      }
  });

  it('never give the same text in both languages', () => {
    for (const p of PROVISIONS)
      for (const [field, value] of localized(p)) assert.notEqual(value.en, value.ru, `${p.id}.${field}`);
  });

  it('carry a valid confidence mark', () => {
    for (const p of PROVISIONS)
      assert.ok((CONFIDENCE as readonly string[]).includes(p.confidence), `${p.id}: ${p.confidence}`);
  });

  it('cite only sources that exist, each once', () => {
    const known = new Set<string>(SOURCES.map((s) => s.id));
    for (const p of PROVISIONS) {
      for (const s of p.sources) assert.ok(known.has(s), `${p.id} cites unknown source ${s}`);
      assert.equal(new Set(p.sources).size, p.sources.length, `${p.id} cites a source twice`);
    }
  });

  it('back every confirmed (C) node with at least one source', () => {
    for (const p of PROVISIONS) if (p.confidence === 'C') assert.ok(p.sources.length > 0, p.id);
  });
});

describe('the preamble of the EST', () => {
  // TREATY.md, Preamble (S1, S13): force or its threat is inadmissible against the territorial
  // integrity or political independence of any state, or in any other way inconsistent with the UN
  // Charter: a qualified rule, as in Article 2(4) of the Charter, not a ban on all force (EST 7(2)
  // keeps self-defence).
  const pre = provision('est.preamble');

  it('keeps the rule on force qualified, in English', () => {
    const en = pre?.text.en ?? '';
    for (const term of [/territorial integrity/, /political independence/, /at odds with the UN Charter/])
      assert.match(en, term);
    assert.match(en, /self-defence/);
    assert.doesNotMatch(en, /force and the threat of force have no place/);
  });

  it('keeps the rule on force qualified, in Russian', () => {
    const ru = pre?.text.ru ?? '';
    for (const term of [/территориальной целостности/, /политической независимости/, /Уставом ООН/])
      assert.match(ru, term);
    assert.match(ru, /самооборона/);
    assert.doesNotMatch(ru, /сила и угроза ею недопустимы ни между ними/);
  });
});

describe('the seed reports as sources', () => {
  it('back the quoted limb "affect significantly" of EST 2(1) with the seeds that quote it (S90, S91)', () => {
    const sources = provision('est.2.1')?.sources ?? [];
    for (const s of ['S90', 'S91']) assert.ok(sources.includes(s), s);
  });

  it('back EST 7(2), whose "entitled to consider" clause the RFE/RL seed quotes (S92)', () => {
    assert.ok(provision('est.7.2')?.sources.includes('S92'));
  });
});

describe('the NRC 4 figures', () => {
  it('are only partly confirmed: numbers in the draft (S25), the figures from what Rogozin said (S28)', () => {
    for (const id of ['nrc.4.scf', 'nrc.4.temporary', 'nrc.4.exempt']) {
      const p = provision(id);
      assert.equal(p?.confidence, 'C-partial', id);
      assert.ok(p?.sources.includes('S28'), id);
    }
  });
});

describe('the sources', () => {
  it('have unique ids S1, S2, ...', () => {
    const all = SOURCES.map((s) => s.id);
    assert.equal(new Set(all).size, all.length);
    for (const id of all) assert.match(id, /^S\d+$/);
  });

  it('have a title, and dates in YYYY-MM-DD and https addresses when given', () => {
    for (const s of SOURCES as readonly { id: string; title: string; date?: string; url?: string }[]) {
      assert.ok(s.title.trim().length > 0, s.id);
      if (s.date !== undefined) assert.match(s.date, /^\d{4}-\d{2}-\d{2}$/, s.id);
      if (s.url !== undefined) assert.match(s.url, /^https?:\/\/\S+$/, s.id);
    }
  });
});

describe('findProvisions', () => {
  it('finds a node by its id', () => {
    assert.deepEqual(ids(findProvisions('est.8.3')), ['est.8.3']);
    assert.deepEqual(ids(findProvisions('nrc.4.scf')), ['nrc.4.scf']);
  });

  it('finds a paragraph by its citation, with or without the treaty', () => {
    assert.deepEqual(ids(findProvisions('EST 8(3)')), ['est.8.3']);
    assert.deepEqual(ids(findProvisions('8(3)')), ['est.8.3']);
  });

  it('ignores case and spaces in a citation', () => {
    assert.deepEqual(ids(findProvisions('est 8 (3)')), ['est.8.3']);
    assert.deepEqual(ids(findProvisions('EST8(3)')), ['est.8.3']);
    assert.deepEqual(ids(findProvisions('  EST 7(2) ')), ['est.7.2']);
  });

  it('returns all the nodes NRC 4 names', () => {
    assert.deepEqual(ids(findProvisions('NRC 4')), NRC_4);
  });

  it('finds an article, not its paragraphs, by its number', () => {
    assert.deepEqual(ids(findProvisions('8')), ['est.8']);
    assert.deepEqual(ids(findProvisions('EST 8')), ['est.8']);
    assert.deepEqual(ids(findProvisions('Art. 8')), ['est.8']);
  });

  it('narrows an article number shared by both drafts to the treaty asked', () => {
    assert.deepEqual(ids(findProvisions('4', 'est-2009')), ['est.4']);
    assert.deepEqual(ids(findProvisions('4', 'nrc-2009')), NRC_4);
    assert.deepEqual(ids(findProvisions('4')), ['est.4', ...NRC_4]);
    assert.deepEqual(ids(findProvisions('NRC 4', 'est-2009')), []);
  });

  it('finds a paragraph written with a dot', () => {
    assert.deepEqual(ids(findProvisions('8.3')), ['est.8.3']);
  });

  it('returns nothing for an article that does not exist', () => {
    assert.deepEqual(findProvisions('99'), []);
    assert.deepEqual(findProvisions('EST 8(9)'), []);
    assert.deepEqual(findProvisions('est.99'), []);
    assert.deepEqual(findProvisions(''), []);
  });

  it('finds every node by its own id and by its own citation', () => {
    for (const p of PROVISIONS) {
      assert.deepEqual(ids(findProvisions(p.id)), [p.id]);
      assert.ok(ids(findProvisions(p.cite)).includes(p.id), p.cite);
    }
  });
});

describe('citeOf and childrenOf', () => {
  it('map ids to citations', () => {
    assert.equal(citeOf('est.8.3'), 'EST 8(3)');
    assert.equal(citeOf('est.10'), 'EST 10');
    assert.equal(citeOf('est.preamble'), 'EST Preamble');
    assert.equal(citeOf('nrc.4.exempt'), 'NRC 4');
    for (const p of PROVISIONS) assert.equal(citeOf(p.id), p.cite);
  });

  it('return an unknown id unchanged', () => {
    assert.equal(citeOf('est.99'), 'est.99');
  });

  it('list the paragraphs of an article in order, and none for a paragraph', () => {
    assert.deepEqual(ids(childrenOf('est.8')), ['est.8.1', 'est.8.2', 'est.8.3', 'est.8.4']);
    assert.deepEqual(ids(childrenOf('est.8.3')), []);
    assert.deepEqual(ids(childrenOf('nrc.4')), NRC_4.slice(1));
  });
});
