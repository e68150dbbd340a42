/**
 * @module One search over the site (`#/search?q=`): the provisions of both drafts and of the regimes,
 * the parameters, the parties, the glossary, and, from the depositary, its procedures and filings.
 * Pure: the documents are built from data handed in (or the static catalogues of src/treaty), and a
 * query is matched case- and diacritics-insensitively in Latin and Cyrillic (`ё` = `е`, `й` kept),
 * every word of it somewhere in a document; identifiers and citations that match exactly rank first,
 * then names, then words.
 */
import { localCite } from '../../src/treaty/citation.ts';
import type { ProcedureOutcome } from '../../src/engine/outcome.ts';
import type { Localized } from '../../src/treaty/common.ts';
import type { Parameter } from '../../src/treaty/parameters/index.ts';
import { PARAMETER_IDS, PARAMETERS } from '../../src/treaty/parameters/index.ts';
import { ORGANIZATIONS, STATES } from '../../src/treaty/parties/index.ts';
import type { ProvisionData } from '../../src/treaty/provisions/index.ts';
import { PROVISIONS, citeOf } from '../../src/treaty/provisions/index.ts';
import { TREATIES } from '../../src/treaty/treaties.ts';
import type { GlossaryEntry } from './glossary-data.ts';
import { GLOSSARY } from './glossary-data.ts';
import { ISO_NUMERIC } from './iso-numeric.ts';
import { partyName } from './names.ts';

/** The kinds of result, in the order their groups are shown when they rank alike. */
export const SEARCH_KINDS = ['term', 'provision', 'parameter', 'party', 'procedure', 'filing'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A thing the search can find. */
export interface SearchDoc {
  readonly kind: SearchKind;
  /** Unique within its kind. */
  readonly id: string;
  /** Where the result leads (`#/treaty/est.8.3`). */
  readonly href: string;
  /** Other views of the same thing (a state's filings beside its place on the map). */
  readonly links?: readonly { readonly href: string; readonly label: Localized }[];
  readonly title: Localized;
  /** A short line under the title (a code, a date, a citation), or null. */
  readonly meta: Localized | null;
  /** The text a snippet is cut from, or null. */
  readonly detail: Localized | null;
  /** Identifiers: ids, citations, codes. A query equal to one ranks first. */
  readonly keys: readonly string[];
  /** Names and headings in both languages. A query equal to one, or starting one, ranks next. */
  readonly names: readonly string[];
  /** Any other text, in both languages. */
  readonly text: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Folding

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
function formsOf(word: string): readonly string[] {
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

// ---------------------------------------------------------------------------------------------
// Index and search

interface Prepared {
  readonly doc: SearchDoc;
  readonly order: number;
  readonly keys: readonly string[];
  readonly names: readonly string[];
  /** Everything, folded, one field a line. */
  readonly hay: string;
}

export interface SearchIndex {
  readonly docs: readonly Prepared[];
}

/** Folds the documents once, so that every keystroke only compares. */
export function buildIndex(docs: readonly SearchDoc[]): SearchIndex {
  return {
    docs: docs.map((doc, order) => {
      const names = doc.names.map(fold);
      return {
        doc,
        order,
        keys: doc.keys.map(citeKey),
        names,
        hay: [...doc.keys.map(fold), ...names, ...doc.text.map(fold)].join('\n'),
      };
    }),
  };
}

/** Several indexes searched as one (the static catalogue and what the depositary holds). */
export function combine(...indexes: readonly SearchIndex[]): SearchIndex {
  let order = 0;
  return { docs: indexes.flatMap((i) => i.docs.map((d) => ({ ...d, order: order++ }))) };
}

export interface Hit {
  readonly doc: SearchDoc;
  readonly score: number;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Where a form occurs in a text at the start of a word, or -1. */
function wordStart(text: string, form: string): number {
  let at = text.indexOf(form);
  while (at !== -1) {
    if (!isWordChar(text[at - 1])) return at;
    at = text.indexOf(form, at + 1);
  }
  return -1;
}

/** Tiers of a match; words add to them. */
const EXACT_KEY = 1000;
const EXACT_NAME = 800;
const KEY_PREFIX = 500;
const NAME_PREFIX = 400;
const NAME_PHRASE = 300;
const WORDS = 100;

/** Where a short word (one or two letters) occurs as a whole word, or -1: `de` is not in `decides`. */
function wholeWord(text: string, form: string): number {
  let at = text.indexOf(form);
  while (at !== -1) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + form.length])) return at;
    at = text.indexOf(form, at + 1);
  }
  return -1;
}

/** Where a query word's form occurs: anywhere, at a word's start (three letters), whole (one or two). */
function occurs(text: string, form: string): boolean {
  if (form.length <= 2) return wholeWord(text, form) !== -1;
  if (form.length === 3) return wordStart(text, form) !== -1;
  return text.includes(form);
}

function scoreOf(d: Prepared, phrases: readonly string[], key: string, words: readonly string[]): number {
  let tier = 0;
  if (d.keys.includes(key)) tier = EXACT_KEY;
  else if (phrases.some((p) => d.names.includes(p))) tier = EXACT_NAME;
  // An article's paragraphs (`8` -> `8(3)`), or the start of a longer id (`conference.` -> its parameters).
  else if (d.keys.some((k) => k.startsWith(`${key}(`) || (key.length >= 3 && k.startsWith(key))))
    tier = KEY_PREFIX;
  else if (phrases.some((p) => d.names.some((n) => n.startsWith(p)))) tier = NAME_PREFIX;
  else if (phrases.some((p) => d.names.some((n) => wordStart(n, p) !== -1))) tier = NAME_PHRASE;
  let bonus = 0;
  for (const w of words) {
    const found = formsOf(w).find((f) => occurs(d.hay, f));
    if (found === undefined) {
      // Every word must be somewhere, unless the whole query is an identifier of the document.
      if (tier < KEY_PREFIX) return 0;
      continue;
    }
    bonus += found === w ? 4 : 2;
    if (wordStart(d.hay, found) !== -1) bonus += 3;
    if (d.names.some((n) => occurs(n, found))) bonus += 5;
  }
  return Math.max(tier, WORDS) + bonus;
}

/**
 * The documents a query finds, best first (ties in index order). An empty query finds nothing.
 *
 * @example search(index, 'кворум')[0]?.doc.id // 'quorum' (the glossary's entry)
 */
export function search(index: SearchIndex, query: string): readonly Hit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  // The phrase as typed, and with each Russian word cut to its stem (`кворума` names `кворум`).
  const phrases = [...new Set([words.join(' '), words.map((w) => formsOf(w).at(-1) ?? w).join(' ')])];
  const key = citeKey(query);
  const scored: { doc: SearchDoc; score: number; order: number }[] = [];
  for (const d of index.docs) {
    const score = scoreOf(d, phrases, key, words);
    if (score > 0) scored.push({ doc: d.doc, score, order: d.order });
  }
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map(({ doc, score }) => ({ doc, score }));
}

export interface HitGroup {
  readonly kind: SearchKind;
  readonly hits: readonly Hit[];
}

/** Hits grouped by kind: the group with the best hit first (alike, in {@link SEARCH_KINDS} order). */
export function groupHits(hits: readonly Hit[]): readonly HitGroup[] {
  const groups = SEARCH_KINDS.map((kind) => ({ kind, hits: hits.filter((h) => h.doc.kind === kind) })).filter(
    (g) => g.hits.length > 0,
  );
  const best = (g: HitGroup) => g.hits[0]?.score ?? 0;
  return groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => best(b.g) - best(a.g) || a.i - b.i)
    .map(({ g }) => g);
}

/** A piece of a text around the first place a query's words occur, the match marked. */
export interface Snippet {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/** The part of `text` around the first word of the query it contains, or its start when none. */
export function snippet(text: string, query: string, radius = 90): Snippet {
  const { text: f, map } = foldWithMap(text);
  let best: { at: number; length: number } | null = null;
  for (const w of queryWords(query))
    for (const form of formsOf(w)) {
      const at = f.indexOf(form);
      if (at !== -1 && (best === null || at < best.at)) best = { at, length: form.length };
    }
  if (best === null) {
    const cut = text.length > radius * 2 ? `${text.slice(0, radius * 2).replace(/\s+\S*$/, '')}…` : text;
    return { before: cut, match: '', after: '' };
  }
  const start = map[best.at] ?? 0;
  const last = map[best.at + best.length - 1] ?? start;
  const end = last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  // Cut at spaces, so that no word is shown in part.
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, start)}`,
    match: text.slice(start, end),
    after: `${text.slice(end, to)}${to < text.length ? '…' : ''}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Documents

const both = (l: Localized): string[] => [l.en, l.ru];
const same = (s: string): Localized => ({ en: s, ru: s });
const DAY = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ru: new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A day (`2012-06-05`) as readers write it in each language; the text itself when it is not a day. */
function dated(day: string): Localized {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (m === null) return same(day);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return { en: DAY.en.format(date), ru: DAY.ru.format(date) };
}

const link = (...segments: readonly string[]): string => `#/${segments.map(encodeURIComponent).join('/')}`;

/** A provision's citation without its treaty (`8(3)` of `EST 8(3)`), for the two drafts only. */
function bareCite(p: ProvisionData): string | null {
  if (p.treaty !== 'est-2009' && p.treaty !== 'nrc-2009') return null;
  const short = TREATIES[p.treaty].short;
  return p.cite.startsWith(`${short} `) ? p.cite.slice(short.length + 1) : null;
}

/** A heading without its `Article 8.` (`Статья 8.`), as readers name a provision. */
const bareHeading = (h: string): string => h.replace(/^(Article|Статья)\s+\d+\.\s*/, '');

/** Every provision: by id, citation (`EST 8(3)`, `8(3)`), heading and text, in both languages. */
export function provisionDocs(provisions: readonly ProvisionData[] = PROVISIONS): SearchDoc[] {
  return provisions.map((p) => {
    const bare = bareCite(p);
    return {
      kind: 'provision',
      id: p.id,
      href: link('treaty', p.id),
      title: { en: `${p.cite} ${bareHeading(p.heading.en)}`, ru: `${p.cite} ${bareHeading(p.heading.ru)}` },
      meta: TREATIES[p.treaty].title,
      detail: p.text,
      keys: [p.id, p.cite, ...(bare === null ? [] : [bare])],
      names: [...both(p.heading), bareHeading(p.heading.en), bareHeading(p.heading.ru)],
      text: [...both(p.text), ...(p.notModelled ? both(p.notModelled) : [])],
    };
  });
}

/** Every parameter: by id and description; it leads to its provision, where the treaty view lists it. */
export function parameterDocs(): SearchDoc[] {
  return PARAMETER_IDS.map((id) => {
    const p = PARAMETERS[id] as Parameter;
    const cite = citeOf(p.cites);
    return {
      kind: 'parameter',
      id,
      href: link('treaty', p.cites),
      title: same(id),
      meta: { en: cite, ru: localCite(cite, 'ru') },
      detail: p.description,
      keys: [id],
      names: [id],
      text: [
        ...both(p.description),
        cite,
        localCite(cite, 'ru'),
        p.values.at(-1)?.reference ?? '',
        p.values.at(-1)?.referenceRu ?? '',
      ],
    };
  });
}

/**
 * Names readers use besides the registry's (which are those of 2009): short forms and later names.
 * Search only; the results show the registry's name.
 */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  RU: ['Russia', 'Россия'],
  GB: ['Great Britain', 'Britain', 'UK', 'Великобритания', 'Британия'],
  US: ['United States', 'USA', 'America', 'США', 'Америка'],
  MK: ['North Macedonia', 'Macedonia', 'Северная Македония', 'Македония'],
  TR: ['Türkiye'],
  CZ: ['Czechia', 'Чешская Республика'],
  BY: ['Беларусь'],
  KG: ['Кыргызстан'],
  MD: ['Молдова'],
  TM: ['Туркменистан'],
  VA: ['Vatican', 'Ватикан'],
  NL: ['Holland', 'Голландия'],
  BA: ['Bosnia', 'Босния'],
};

const FILINGS_OF: Localized = { en: 'its filings', ru: 'его обращения' };

/** The states and organizations of the registry: by name (EN, RU), ISO code and abbreviation. */
export function partyDocs(): SearchDoc[] {
  const states: SearchDoc[] = STATES.map((s) => ({
    kind: 'party',
    id: s.id,
    // The map shows where the state stands (`?state=` selects it); its filings are a link beside.
    href: `${link('map')}?state=${encodeURIComponent(s.id)}`,
    links: [{ href: `${link('timeline')}?party=${encodeURIComponent(s.id)}`, label: FILINGS_OF }],
    title: s.name,
    meta: same(ISO_NUMERIC[s.id] === undefined ? s.id : `${s.id} · ${ISO_NUMERIC[s.id]}`),
    detail: null,
    keys: [s.id],
    names: [...both(s.name), ...(ALIASES[s.id] ?? [])],
    // The numeric code is text, not a key: `12` should not rank Canada (124) with Article 12.
    text: ISO_NUMERIC[s.id] === undefined ? [] : [ISO_NUMERIC[s.id] as string],
  }));
  const organizations: SearchDoc[] = ORGANIZATIONS.map((o) => ({
    kind: 'party',
    id: o.id,
    href: `${link('timeline')}?party=${encodeURIComponent(o.id)}`,
    title: o.name,
    meta: o.short,
    detail: o.note,
    keys: [o.id, o.short.en, o.short.ru],
    names: [...both(o.name), ...both(o.short)],
    text: both(o.note),
  }));
  return [...states, ...organizations];
}

/** The glossary's entries: by headword, other names, definition and use. */
export function termDocs(entries: readonly GlossaryEntry[] = GLOSSARY): SearchDoc[] {
  return entries.map((e) => ({
    kind: 'term',
    id: e.id,
    href: link('glossary', e.id),
    title: e.term,
    meta: null,
    detail: e.short,
    keys: [e.id],
    names: [...both(e.term), ...e.also.en, ...e.also.ru],
    text: [
      ...both(e.short),
      ...both(e.definition),
      ...e.usage.flatMap((u) => [...both(u.text), ...u.cites.map(citeOf)]),
    ],
  }));
}

/** Everything the site knows without the depositary. */
export function staticDocs(): SearchDoc[] {
  return [...termDocs(), ...provisionDocs(), ...parameterDocs(), ...partyDocs()];
}

/** A filer's or party's name in each language. */
const nameOf = (id: string): Localized => ({ en: partyName(id, 'en'), ru: partyName(id, 'ru') });

/** A party's id and names, for the text of a procedure or filing. */
const names = (id: string): string[] => [id, ...both(nameOf(id))];

export const PROCEDURE_KINDS: Readonly<Record<ProcedureOutcome['kind'], Localized>> = {
  'information-request': { en: 'Request for information', ru: 'Запрос информации' },
  consultations: { en: 'Consultations', ru: 'Консультации' },
  conference: { en: 'Conference of the Parties', ru: 'Конференция Участников' },
  'extraordinary-conference': {
    en: 'Extraordinary Conference of the Parties',
    ru: 'Чрезвычайная конференция Участников',
  },
  council: { en: 'Council', ru: 'Совет' },
  accession: { en: 'Accession', ru: 'Присоединение' },
};

const BODIES: Readonly<Record<string, Localized>> = {
  nac: { en: 'North Atlantic Council', ru: 'Североатлантический совет' },
  unsc: { en: 'UN Security Council', ru: 'Совет Безопасности ООН' },
  pc: { en: 'OSCE Permanent Council', ru: 'Постоянный совет ОБСЕ' },
};

/** The kind of a procedure in words (the body, for a council). */
function kindOfProcedure(p: Pick<ProcedureOutcome, 'kind' | 'body'>): Localized {
  return p.kind === 'council' && p.body !== undefined
    ? (BODIES[p.body] ?? PROCEDURE_KINDS.council)
    : PROCEDURE_KINDS[p.kind];
}

/** The procedures of the depositary's outcome: by id, kind, subject, parties and draft decisions. */
export function procedureDocs(procedures: readonly ProcedureOutcome[]): SearchDoc[] {
  return procedures.map((p) => {
    const kind = kindOfProcedure(p);
    const parties = [
      p.requestedBy,
      ...(p.to === undefined ? [] : [p.to]),
      ...(p.victim === undefined ? [] : [p.victim]),
      ...(p.attackers ?? (p.attacker === undefined ? [] : [p.attacker])),
      ...(p.invited ?? []),
    ];
    const decisions = p.decisions ?? [];
    const subject = p.subject ?? decisions[0]?.text ?? null;
    return {
      kind: 'procedure',
      id: p.id,
      href: link('procedures', p.id),
      title: { en: `${kind.en} ${p.id}`, ru: `${kind.ru} ${p.id}` },
      meta: dated(p.opened),
      detail: subject === null ? null : same(subject),
      keys: [p.id, ...decisions.map((d) => d.id)],
      names: [...both(kind), p.id],
      text: [
        ...(p.subject === undefined ? [] : [p.subject]),
        ...decisions.map((d) => d.text),
        ...[...new Set(parties)].flatMap(names),
        p.opened,
        ...both(dated(p.opened)),
      ],
    };
  });
}

/** A filing as the search needs it: from the ledger's item (./ledger.ts). */
export interface FilingInput {
  readonly index: number;
  /** The day of receipt. */
  readonly day: string;
  readonly filer: string;
  /** The act as filed (`{ act: 'sign' }`), or null when the entry cannot be read. */
  readonly act: Readonly<Record<string, unknown>> | null;
  readonly accepted: boolean | null;
}

export const ACT_NAMES: Readonly<Record<string, Localized>> = {
  sign: { en: 'signature', ru: 'подписание' },
  ratify: { en: 'instrument of ratification', ru: 'ратификационная грамота' },
  accede: { en: 'application to accede', ru: 'заявление о присоединении' },
  withdraw: { en: 'notice of withdrawal', ru: 'уведомление о выходе' },
  'request-information': { en: 'request for information', ru: 'запрос информации' },
  answer: { en: 'answer to a request for information', ru: 'ответ на запрос информации' },
  'request-consultations': { en: 'request for consultations', ru: 'запрос о консультациях' },
  join: { en: 'joins consultations', ru: 'присоединение к консультациям' },
  attend: { en: 'attendance', ru: 'участие в заседании' },
  close: { en: 'closing of a procedure', ru: 'закрытие процедуры' },
  'propose-conference': { en: 'proposal of a Conference', ru: 'предложение созвать Конференцию' },
  support: { en: 'support for convening', ru: 'поддержка созыва' },
  'notify-attack': { en: 'notification of an armed attack', ru: 'уведомление о вооружённом нападении' },
  'propose-decision': { en: 'draft decision', ru: 'проект решения' },
  object: { en: 'objection', ru: 'возражение' },
  vote: { en: 'vote', ru: 'голосование' },
  'consent-assistance': { en: 'consent to assistance', ru: 'согласие на помощь' },
  'revoke-consent': { en: 'consent to assistance revoked', ru: 'отзыв согласия на помощь' },
  assist: { en: 'assistance', ru: 'помощь' },
  'report-to-unsc': { en: 'report to the UN Security Council', ru: 'доклад Совету Безопасности ООН' },
  'unsc-measures': { en: 'measures of the UN Security Council', ru: 'меры Совета Безопасности ООН' },
  'assume-obligation': { en: 'new obligation', ru: 'новое обязательство' },
  deploy: { en: 'deployment', ru: 'развёртывание' },
  'end-deployment': { en: 'end of a deployment', ru: 'завершение развёртывания' },
  'lodge-key': { en: 'key lodged', ru: 'регистрация ключа' },
  'revoke-key': { en: 'key revoked', ru: 'отзыв ключа' },
  'rules-change': { en: 'rules change', ru: 'смена правил' },
};

const THREAT: Localized = {
  en: 'notification of a threat of armed attack',
  ru: 'уведомление об угрозе вооружённого нападения',
};
const APPROVAL: Localized = { en: 'instrument of approval', ru: 'документ об одобрении' };
const ACCEPTED: Localized = { en: 'accepted', ru: 'принято' };
const REFUSED: Localized = { en: 'refused', ru: 'отклонено' };
const UNREADABLE: Localized = { en: 'an entry that cannot be read', ru: 'нечитаемая запись' };

/** The fields of an act that hold party ids. */
const PARTY_FIELDS = ['to', 'with', 'attacker', 'attackers', 'in', 'onBehalfOf', 'party'];
/** The fields of an act that hold words a reader may search for. */
const TEXT_FIELDS = ['subject', 'text', 'statement', 'obligation', 'procedure', 'id', 'decision', 'attack'];

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The filings of the log: by filer, kind of act, the procedures and parties they name, their words. */
export function filingDocs(filings: readonly FilingInput[]): SearchDoc[] {
  return filings.map((f) => {
    const act = f.act;
    const name = act === null ? null : typeof act['act'] === 'string' ? act['act'] : null;
    const label =
      act === null
        ? UNREADABLE
        : name === 'notify-attack' && act['kind'] === 'threat'
          ? THREAT
          : name === 'ratify' && ORGANIZATIONS.some((o) => o.id === f.filer)
            ? APPROVAL
            : (ACT_NAMES[name ?? ''] ?? same(name ?? '?'));
    const filer = nameOf(f.filer);
    const words = act === null ? [] : TEXT_FIELDS.flatMap((k) => strings(act[k]));
    const parties = act === null ? [] : PARTY_FIELDS.flatMap((k) => strings(act[k]));
    const said =
      act === null
        ? null
        : (strings(act['subject'])[0] ?? strings(act['text'])[0] ?? strings(act['statement'])[0] ?? null);
    const outcome = f.accepted === null ? null : f.accepted ? ACCEPTED : REFUSED;
    const ids = act === null ? [] : [...strings(act['procedure']), ...strings(act['id'])];
    const day = dated(f.day);
    const meta = (l: 'en' | 'ru', entry: string) =>
      [entry, day[l], ...ids.slice(0, 1), ...(outcome === null ? [] : [outcome[l]])].join(' · ');
    return {
      kind: 'filing',
      id: String(f.index),
      href: link('log', String(f.index)),
      title: { en: `${filer.en}: ${label.en}`, ru: `${filer.ru}: ${label.ru}` },
      meta: { en: meta('en', `entry ${f.index}`), ru: meta('ru', `запись ${f.index}`) },
      detail: said === null ? null : same(said),
      keys: [`#${f.index}`, ...ids],
      names: [...both(label), filer.en, filer.ru],
      text: [
        ...words,
        ...[...new Set(parties)].flatMap(names),
        f.filer,
        f.day,
        ...both(day),
        ...(outcome === null ? [] : both(outcome)),
      ],
    };
  });
}

/** The label of a result's kind, singular, for screen readers and headings. */
export const KIND_LABELS: Readonly<Record<SearchKind, Localized>> = {
  term: { en: 'Glossary', ru: 'Глоссарий' },
  provision: { en: 'Provisions', ru: 'Положения' },
  parameter: { en: 'Parameters', ru: 'Параметры' },
  party: { en: 'States and organizations', ru: 'Государства и организации' },
  procedure: { en: 'Procedures', ru: 'Процедуры' },
  filing: { en: 'Filings', ru: 'Обращения' },
};
