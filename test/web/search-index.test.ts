// The site's search index (web/src/search/) and the glossary's data: what a reader types
// finds what it names, in English or Russian, exact identifiers first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ProcedureOutcome } from '../../src/engine/outcome.ts';
import { PARAMETERS } from '../../src/treaty/parameters/index.ts';
import { provision } from '../../src/treaty/provisions/index.ts';
import { GLOSSARY } from '../../web/src/glossary-data.ts';
import { staticDocs } from '../../web/src/search/catalogue.ts';
import { citeKey, fold } from '../../web/src/search/fold.ts';
import { filingDocs, procedureDocs } from '../../web/src/search/log-documents.ts';
import { buildIndex, combine, groupHits, search } from '../../web/src/search/ranking.ts';
import { snippet } from '../../web/src/search/snippet.ts';
import { TERMS } from '../../web/src/glossary-terms.ts';

const index = buildIndex(staticDocs());
const ids = (q: string) => search(index, q).map((h) => `${h.doc.kind}:${h.doc.id}`);
const first = (q: string) => ids(q)[0];

describe('folding', () => {
  it('ignores case and accents, reads ё as е and keeps й', () => {
    assert.equal(fold('Ёлка'), 'елка');
    assert.equal(fold('CURAÇAO Türkiye'), 'curacao turkiye');
    assert.equal(fold('Й'), 'й');
    assert.equal(fold('Straße'), 'strasse');
  });

  it('reads a citation however it is written', () => {
    for (const c of ['EST 8(3)', 'est.8.3', 'ст. 8(3) ДЕБ', 'ДЕБ 8(3)', 'est 8.3'])
      assert.equal(citeKey(c), 'est8(3)', c);
    assert.equal(citeKey('Article 12'), '12');
    assert.equal(citeKey('Статья 12'), '12');
  });
});

describe('searching the site', () => {
  it('finds nothing for an empty or blank query', () => {
    assert.deepEqual(search(index, ''), []);
    assert.deepEqual(search(index, '   '), []);
    assert.deepEqual(search(index, ' « » '), []);
  });

  it('finds a provision by its number or citation, the exact one first', () => {
    assert.equal(first('8(3)'), 'provision:est.8.3');
    assert.equal(first('EST 8(3)'), 'provision:est.8.3');
    assert.equal(first('est.8.3'), 'provision:est.8.3');
    assert.equal(first('ст. 8(3) ДЕБ'), 'provision:est.8.3');
    assert.equal(first('Article 12'), 'provision:est.12');
    // An article brings its paragraphs next.
    assert.deepEqual(ids('8').slice(0, 5), [
      'provision:est.8',
      'provision:est.8.1',
      'provision:est.8.2',
      'provision:est.8.3',
      'provision:est.8.4',
    ]);
  });

  it('finds a provision by a Russian word, inflected or not', () => {
    assert.ok(ids('присоединение').includes('provision:est.12'));
    assert.ok(ids('ПРИСОЕДИНЕНИЯ').includes('provision:est.12'), 'another case of the word');
    assert.ok(ids('единогласно').includes('provision:est.8.3'));
    assert.ok(ids('кворума').includes('provision:est.6.3'));
  });

  it('finds a provision by English words in its text, every word required', () => {
    assert.ok(ids('four fifths').includes('provision:est.8.3'));
    assert.ok(!ids('four fifths zebra').includes('provision:est.8.3'));
  });

  it('finds a party by its Russian name, its English name or its ISO code', () => {
    assert.equal(first('Германия'), 'party:DE');
    assert.equal(search(index, 'Германия')[0]?.doc.href, '#/map?state=DE');
    assert.equal(first('германия'), 'party:DE');
    assert.equal(first('Germany'), 'party:DE');
    assert.equal(first('DE'), 'party:DE');
    assert.equal(first('de'), 'party:DE');
    assert.equal(first('276'), 'party:DE');
    assert.equal(first('Russia'), 'party:RU');
    assert.equal(first('Россия'), 'party:RU');
    assert.equal(first('ОДКБ'), 'party:CSTO');
    // Written with е for ё, and without the diaeresis of Türkiye.
    assert.equal(first('Соединенное Королевство'), 'party:GB');
    assert.equal(first('turkiye'), 'party:TR');
  });

  it('does not match a two-letter code inside longer words', () => {
    assert.deepEqual(ids('DE'), ['party:DE']);
  });

  it('finds a parameter by its id, and the parameters of a group by the start of it', () => {
    assert.equal(first('conference.quorum'), 'parameter:conference.quorum');
    assert.equal(first('CONFERENCE.QUORUM'), 'parameter:conference.quorum');
    const group = ids('extraordinary.').filter((id) => id.startsWith('parameter:'));
    assert.ok(group.includes('parameter:extraordinary.quorum'));
    assert.ok(group.includes('parameter:extraordinary.abstentionBlocks'));
  });

  it('finds a glossary term in either language, before the provisions that use it', () => {
    assert.equal(first('quorum'), 'term:quorum');
    assert.equal(first('кворум'), 'term:quorum');
    assert.equal(first('Консенсус'), 'term:consensus');
    assert.equal(first('substantial combat forces'), 'term:substantial-combat-forces');
    assert.equal(first('существенные боевые силы'), 'term:substantial-combat-forces');
    const q = ids('quorum');
    assert.ok(q.indexOf('provision:est.6.3') > 0 && q.indexOf('provision:est.8.3') > 0);
  });

  it('ranks an exact match above partial ones', () => {
    const hits = search(index, 'EU');
    assert.equal(hits[0]?.doc.id, 'EU');
    assert.ok((hits[0]?.score ?? 0) > (hits[1]?.score ?? 0));
    const withdrawal = ids('withdrawal');
    assert.ok(withdrawal.indexOf('provision:est.13') < withdrawal.indexOf('parameter:withdrawal.noticeDays'));
  });

  it('groups results by kind, the best group first', () => {
    const groups = groupHits(search(index, 'Германия'));
    assert.equal(groups[0]?.kind, 'party');
    const quorum = groupHits(search(index, 'quorum')).map((g) => g.kind);
    assert.equal(quorum[0], 'term');
    assert.ok(quorum.includes('provision') && quorum.includes('parameter'));
  });

  it('cuts a snippet around the match, in the original text', () => {
    const s = snippet('Участники сотрудничают на основе безопасности. Ёлка стоит.', 'елка');
    assert.equal(s.match, 'Ёлка');
    assert.ok(s.before.endsWith('безопасности. '));
    assert.equal(snippet('Curaçao is an island', 'curacao').match, 'Curaçao');
  });
});

describe('searching what the depositary holds', () => {
  const procedures = [
    {
      id: 'xc-tavush',
      kind: 'extraordinary-conference',
      status: 'closed',
      opened: '2012-06-05',
      closed: '2012-06-20',
      requestedBy: 'AM',
      victim: 'AM',
      attacker: 'AZ',
      decisions: [
        {
          id: 'ceasefire',
          text: 'Both sides observe the ceasefire',
          proposedBy: 'FR',
          proposed: '2012-06-06',
          adopted: true,
          blockedBy: [],
        },
      ],
    },
  ] as unknown as ProcedureOutcome[];
  const filings = [
    { index: 0, day: '2010-02-01', filer: 'DE', act: { act: 'sign' }, accepted: true },
    {
      index: 1,
      day: '2011-03-01',
      filer: 'FI',
      act: {
        act: 'request-information',
        to: 'RU',
        subject: 'readiness exercises near the Finnish border',
        id: 'ir-west',
      },
      accepted: true,
    },
    { index: 2, day: '2012-01-01', filer: 'XX', act: null, accepted: null },
    { index: 3, day: '2010-07-01', filer: 'EU', act: { act: 'ratify' }, accepted: true },
  ];
  const all = combine(index, buildIndex([...procedureDocs(procedures), ...filingDocs(filings)]));
  const find = (q: string) => search(all, q).map((h) => `${h.doc.kind}:${h.doc.id}`);

  it('finds a procedure by id, kind, parties and decisions, linking to its page', () => {
    assert.equal(find('xc-tavush')[0], 'procedure:xc-tavush');
    assert.ok(find('Азербайджан').includes('procedure:xc-tavush'));
    assert.ok(find('ceasefire').includes('procedure:xc-tavush'));
    assert.ok(find('Чрезвычайная конференция').includes('procedure:xc-tavush'));
    const hit = search(all, 'xc-tavush')[0];
    assert.equal(hit?.doc.href, '#/procedures/xc-tavush');
  });

  it('finds a filing by its words, its filer in either language and the party it names', () => {
    assert.ok(find('Finnish border').includes('filing:1'));
    assert.ok(find('Финляндия запрос').includes('filing:1'));
    assert.ok(find('Российская Федерация').includes('filing:1'));
    assert.ok(find('ir-west').includes('filing:1'));
    assert.equal(find('#1')[0], 'filing:1');
    const hit = search(all, 'Finnish border').find((h) => h.doc.kind === 'filing');
    assert.equal(hit?.doc.href, '#/log/1');
    assert.equal(hit?.doc.title.ru, 'Финляндия: запрос информации');
  });

  it('names an organization’s instrument as one of approval, a state’s as one of ratification', () => {
    const title = (id: string) => search(all, `#${id}`)[0]?.doc.title;
    assert.equal(title('3')?.en, 'European Union: instrument of approval');
    assert.equal(title('3')?.ru, 'Европейский союз: документ об одобрении');
    assert.ok(find('ратификационная грамота').every((id) => id !== 'filing:3'));
  });

  it('finds what happened on a day, written as readers write dates', () => {
    assert.ok(find('5 June 2012').includes('procedure:xc-tavush'));
    assert.ok(find('5 июня 2012').includes('procedure:xc-tavush'));
    assert.ok(find('1 March 2011').includes('filing:1'));
  });

  it('keeps an unreadable entry findable by its number', () => {
    assert.equal(find('#2')[0], 'filing:2');
  });
});

describe('the glossary data', () => {
  it('has one entry for each term, in both languages', () => {
    assert.deepEqual(GLOSSARY.map((e) => e.id).sort(), [...TERMS].sort());
    for (const e of GLOSSARY)
      for (const l of [e.term, e.short, e.definition, ...e.usage.map((u) => u.text)]) {
        assert.ok(l.en.trim() !== '' && l.ru.trim() !== '', e.id);
        assert.match(l.ru, /[а-яё]/i, `${e.id}: Russian text`);
      }
  });

  it('cites provisions and parameters that exist, and related terms that exist', () => {
    for (const e of GLOSSARY) {
      for (const u of e.usage) for (const c of u.cites) assert.ok(provision(c), `${e.id} cites ${c}`);
      for (const p of e.parameters) assert.ok(Object.hasOwn(PARAMETERS, p), `${e.id}: ${p}`);
      for (const r of e.related) assert.ok((TERMS as readonly string[]).includes(r), `${e.id}: ${r}`);
      assert.ok(
        e.usage.some((u) => u.cites.length > 0),
        `${e.id} cites the drafts`,
      );
    }
  });
});
