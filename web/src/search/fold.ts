/**
 * @module How the search compares texts: folded to lower case without accents, in Latin and Cyrillic
 * alike (`ё` is `е`, `й` stays `й`); citations and identifiers folded further, so that `EST 8(3)`,
 * `est.8.3` and `ст. 8(3) ДЕБ` are one key; and a Russian query word with its stem, so that
 * `кворума` finds `кворум`.
 */

/** Letters NFD does not take apart. */
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  '–': '-',
  '—': '-',
  '‑': '-',
  '’': "'",
  '‘': "'",
};

const folded = new Map<string, string>();

/** One character folded: lower case, no accents; `ё` is `е`, `й` stays `й`. */
function foldChar(c: string): string {
  let f = folded.get(c);
  if (f !== undefined) return f;
  const lower = c.toLowerCase();
  if (lower === 'й') f = 'й';
  else if (lower === 'ё') f = 'е';
  else {
    f = lower.normalize('NFD').replace(/\p{M}/gu, '');
    f = [...f].map((x) => SPECIAL[x] ?? x).join('');
  }
  folded.set(c, f);
  return f;
}

/**
 * A text folded for matching, with where each folded character came from in the original (its
 * UTF-16 index), so a match can be shown in the original text.
 */
export function foldWithMap(text: string): { readonly text: string; readonly map: readonly number[] } {
  let out = '';
  const map: number[] = [];
  let i = 0;
  for (const c of text) {
    const f = foldChar(c);
    out += f;
    for (let k = 0; k < f.length; k += 1) map.push(i);
    i += c.length;
  }
  return { text: out, map };
}

/** A text folded for matching: `Ёлка`, `ёлка`, `елка` are the same; so are `Curaçao` and `curacao`. */
export const fold = (text: string): string => foldWithMap(text).text;

/**
 * A citation or identifier folded to compare exactly: no spaces, no `Article`/`Статья`/`ст.`, a
 * treaty prefix before the number, `8.3` read as `8(3)`: `EST 8(3)`, `est.8.3`, `ст. 8(3) ДЕБ` and
 * `Art. 8.3` are all `est8(3)`; a bare `8(3)` stays bare.
 */
export function citeKey(text: string): string {
  let k = fold(text).replace(/\s+/g, '');
  // A Russian citation puts the treaty after the article: `ст. 8(3) ДЕБ`.
  k = k.replace(/^(.+?),?(деб|est|nrc)$/, '$2$1');
  k = k.replace(/^деб/, 'est');
  k = k.replace(/^(est|nrc)\.?/, '$1');
  k = k.replace(/^(est|nrc)?(article|art\.?|статья|статье|статьи|ст\.?)/, '$1');
  return k.replace(/(\d+)\.(\d+)/g, '$1($2)');
}

/** Common Russian endings, longest first, cut from a query word so that `кворума` finds `кворум`. */
const ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'иях',
  'ия',
  'ие',
  'ий',
  'ии',
  'ию',
  'ей',
  'ой',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ов',
  'ев',
  'ую',
  'юю',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ы',
  'и',
  'а',
  'я',
  'о',
  'е',
  'у',
  'ю',
  'ь',
];

/** The forms of a query word to look for: the word, and for a Russian word its stem. */
export function formsOf(word: string): readonly string[] {
  if (!/[а-я]/.test(word) || word.length < 5) return [word];
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 4);
  return ending === undefined ? [word] : [word, word.slice(0, -ending.length)];
}

/** The words of a query, folded, without the quotes and punctuation around them. */
export function queryWords(query: string): readonly string[] {
  return fold(query)
    .split(/\s+/)
    .map((w) => w.replace(/^["'«»“”„,.;:!?]+|["'«»“”„,.;:!?]+$/g, ''))
    .filter((w) => w !== '');
}
