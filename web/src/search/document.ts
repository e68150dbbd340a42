/**
 * @module What the search finds: the kinds of result and their labels, the document each result is,
 * and the small helpers the catalogue's and the log's documents are built with (both languages of a
 * text, a day as readers write it, a link into the site).
 */
import type { Localized } from '../../../src/treaty/common.ts';

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

/** The label of a result's kind, singular, for screen readers and headings. */
export const KIND_LABELS: Readonly<Record<SearchKind, Localized>> = {
  term: { en: 'Glossary', ru: 'Глоссарий' },
  provision: { en: 'Provisions', ru: 'Положения' },
  parameter: { en: 'Parameters', ru: 'Параметры' },
  party: { en: 'States and organizations', ru: 'Государства и организации' },
  procedure: { en: 'Procedures', ru: 'Процедуры' },
  filing: { en: 'Filings', ru: 'Обращения' },
};

/** A text in both languages, as words a document is found by. */
export const both = (l: Localized): string[] => [l.en, l.ru];
/** The same text in both languages (an id, a code, words as filed). */
export const same = (s: string): Localized => ({ en: s, ru: s });
const DAY = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ru: new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A day (`2012-06-05`) as readers write it in each language; the text itself when it is not a day. */
export function dated(day: string): Localized {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (m === null) return same(day);
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return { en: DAY.en.format(date), ru: DAY.ru.format(date) };
}

/** A link into the site: `#/treaty/est.8.3`. */
export const link = (...segments: readonly string[]): string =>
  `#/${segments.map(encodeURIComponent).join('/')}`;
