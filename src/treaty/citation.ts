/**
 * @module Citations in the reader's language. The data, the outcome JSON and the receipts keep the
 * English form (`EST 8(3)`, the API's); a Russian reader sees the form of Russian legal writing,
 * the draft named by the abbreviation the Russian texts of this project use (ДЕБ, «Договор о
 * европейской безопасности»): `EST 8(3)` reads «ДЕБ, ст. 8, п. 3». Only for display: a citation is
 * looked up by its English form.
 */
import type { Language } from './common.ts';
import { citeOf } from './provisions/index.ts';

/** The Russian name of each citation prefix, longest first (the order they are tried in). */
const PREFIXES: readonly (readonly [string, string])[] = [
  ['UN Charter', 'Устав ООН'],
  ['EST', 'ДЕБ'],
  // Before the NRC: its Russian name begins the Russian name of the 2021 agreement.
  ['NRA', 'Соглашение Россия–НАТО 2021'],
  ['RUS-US', 'Договор Россия–США'],
  ['NRC', 'Соглашение Россия–НАТО'],
  ['NAT', 'Североатлантический договор'],
  ['OSCE', 'ОБСЕ'],
];

/** Words that follow a prefix in place of an article number. */
const NAMED: Readonly<Record<string, string>> = {
  Preamble: 'преамбула',
  '(final clauses)': '(заключительные положения)',
  '(forum)': '(площадка)',
  'Permanent Council': 'Постоянный совет',
};

const CITIES: Readonly<Record<string, string>> = { Helsinki: 'Хельсинки', Prague: 'Прага' };

/** An article with its paragraphs: `8`, `8(3)`, `8(1)-(2)`. */
const ARTICLE = /^(\d+)(?:\((\d+)\)(?:-\((\d+)\))?)?$/;

/** One item of an article list in Russian (`8(3)` -> `ст. 8, п. 3`), or null when it is not one. */
function article(item: string): { readonly art: string; readonly para: string | null } | null {
  const m = ARTICLE.exec(item);
  if (m === null) return null;
  const [, art = '', from, to] = m;
  if (from === undefined) return { art, para: null };
  return { art, para: to === undefined ? `п. ${from}` : `пп. ${from}–${to}` };
}

/** The part of a citation after its prefix, in Russian, or null when its shape is not known. */
function rest(prefix: string, text: string): string | null {
  const named = NAMED[text];
  if (named !== undefined) return named.startsWith('(') ? ` ${named}` : `, ${named}`;
  if (prefix === 'OSCE') {
    // `Helsinki 1973`, `Prague 1992, 16` (a paragraph of the document).
    const m = /^(Helsinki|Prague) (\d{4})(?:, (\d+))?$/.exec(text);
    if (m === null) return null;
    const [, city = '', year = '', para] = m;
    return `, ${CITIES[city] ?? city}, ${year}${para === undefined ? '' : `, п. ${para}`}`;
  }
  const items = text.split(/,\s*/).map(article);
  if (items.length === 0 || items.some((i) => i === null)) return null;
  const arts = items as readonly { readonly art: string; readonly para: string | null }[];
  // `28, 35, 51` -> `ст. 28, 35, 51`; with paragraphs, each article on its own: `ст. 6, п. 2; ст. 8, п. 1`.
  if (arts.every((a) => a.para === null)) return `, ст. ${arts.map((a) => a.art).join(', ')}`;
  return `, ${arts.map((a) => `ст. ${a.art}${a.para === null ? '' : `, ${a.para}`}`).join('; ')}`;
}

/**
 * A citation as a reader of a language writes it: the English form as it is, or its Russian form
 * (`EST 8(3)` -> «ДЕБ, ст. 8, п. 3», `UN Charter 27(3)` -> «Устав ООН, ст. 27, п. 3»,
 * `OSCE Prague 1992, 16` -> «ОБСЕ, Прага, 1992, п. 16»). A citation of an unknown shape is returned
 * as it is.
 */
export function localCite(cite: string, lang: Language): string {
  if (lang === 'en') return cite;
  for (const [en, ru] of PREFIXES) {
    if (!cite.startsWith(`${en} `)) continue;
    const tail = rest(en, cite.slice(en.length + 1).trim());
    return tail === null ? cite : `${ru}${tail}`;
  }
  return cite;
}

/** The citation of a provision id in a language (`est.8.3` -> `EST 8(3)` or «ДЕБ, ст. 8, п. 3»). */
export function citeIn(id: string, lang: Language): string {
  return localCite(citeOf(id), lang);
}

/**
 * A citation typed in Russian as the English form the provisions are found by («ДЕБ, ст. 8, п. 3»,
 * «ДЕБ 8(3)», «ст. 8 п. 3», «статья 13», «Устав ООН, ст. 51» -> `EST 8(3)`, `EST 8(3)`, `8(3)`,
 * `13`, `UN Charter 51`), or null when the text reads as no citation (words to search for).
 */
export function citeFromRussian(query: string): string | null {
  let q = query.trim().replace(/\s+/g, ' ');
  let prefix = '';
  for (const [en, ru] of PREFIXES) {
    if (q.toLocaleLowerCase().startsWith(ru.toLocaleLowerCase())) {
      prefix = en;
      q = q.slice(ru.length).replace(/^[\s,]+/, '');
      break;
    }
  }
  // `ст. 8, п. 3`, `статья 8 пункт 3`, `8(3)`, `8`.
  const m = /^(?:ст\.?|статья|статьи)?\s*(\d+)(?:\s*,?\s*(?:п\.?|пункт)\s*(\d+)|\((\d+)\))?$/iu.exec(q);
  if (m === null) return null;
  const [, art = '', para1, para2] = m;
  const para = para1 ?? para2;
  const body = `${art}${para === undefined ? '' : `(${para})`}`;
  return prefix === '' ? body : `${prefix} ${body}`;
}
