import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { citeFromRussian, citeIn, localCite } from './citation.ts';
import { PROVISIONS, findProvisions } from './provisions/index.ts';

describe('localCite', () => {
  it('keeps every English citation as it is', () => {
    for (const p of PROVISIONS) assert.equal(localCite(p.cite, 'en'), p.cite);
  });

  it('writes the drafts and the regimes in the Russian form, article then paragraph', () => {
    const cases: Readonly<Record<string, string>> = {
      'EST 8(3)': 'ДЕБ, ст. 8, п. 3',
      'EST 13': 'ДЕБ, ст. 13',
      'EST Preamble': 'ДЕБ, преамбула',
      'EST 8(1)-(2)': 'ДЕБ, ст. 8, пп. 1–2',
      'EST 6(2), 8(1)': 'ДЕБ, ст. 6, п. 2; ст. 8, п. 1',
      'NRC 4': 'Соглашение Россия–НАТО, ст. 4',
      'NRC (final clauses)': 'Соглашение Россия–НАТО (заключительные положения)',
      'NAT 5(2)': 'Североатлантический договор, ст. 5, п. 2',
      'UN Charter 27(3)': 'Устав ООН, ст. 27, п. 3',
      'UN Charter 28, 35, 51': 'Устав ООН, ст. 28, 35, 51',
      'OSCE Prague 1992, 16': 'ОБСЕ, Прага, 1992, п. 16',
      'OSCE Helsinki 1975': 'ОБСЕ, Хельсинки, 1975',
      'OSCE Permanent Council': 'ОБСЕ, Постоянный совет',
    };
    for (const [en, ru] of Object.entries(cases)) assert.equal(localCite(en, 'ru'), ru, en);
  });

  it('gives every provision a Russian citation with no English word left in it', () => {
    for (const p of PROVISIONS) {
      const ru = localCite(p.cite, 'ru');
      assert.notEqual(ru, p.cite, p.id);
      assert.doesNotMatch(ru, /[A-Za-z]/, `${p.id}: ${ru}`);
    }
  });

  it('returns a citation of an unknown shape unchanged', () => {
    for (const odd of ['FOO 1', 'EST', 'EST 8(x)', '']) assert.equal(localCite(odd, 'ru'), odd);
  });

  it('cites a provision id in either language', () => {
    assert.equal(citeIn('est.8.3', 'en'), 'EST 8(3)');
    assert.equal(citeIn('est.8.3', 'ru'), 'ДЕБ, ст. 8, п. 3');
  });
});

describe('citeFromRussian', () => {
  it('reads a Russian citation as the English one the provisions are found by', () => {
    const cases: Readonly<Record<string, string>> = {
      'ДЕБ, ст. 8, п. 3': 'EST 8(3)',
      'ДЕБ 8(3)': 'EST 8(3)',
      'деб ст 13': 'EST 13',
      'ст. 8 п. 3': '8(3)',
      'статья 13': '13',
      'Устав ООН, ст. 51': 'UN Charter 51',
      'Соглашение Россия–НАТО, ст. 4': 'NRC 4',
    };
    for (const [ru, en] of Object.entries(cases)) assert.equal(citeFromRussian(ru), en, ru);
  });

  it('finds, through the English form, the provision of every Russian article citation', () => {
    for (const p of PROVISIONS) {
      const english = citeFromRussian(localCite(p.cite, 'ru'));
      if (english === null) continue; // a preamble or a named part: found by words
      assert.ok(
        findProvisions(english).some((x) => x.id === p.id),
        `${p.id}: ${english}`,
      );
    }
  });

  it('reads words as no citation', () => {
    for (const words of ['кворум', 'выход из договора', 'ДЕБ']) assert.equal(citeFromRussian(words), null);
  });
});
