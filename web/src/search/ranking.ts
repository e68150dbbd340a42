/**
 * @module The index and the search over it: the documents folded once, and a query matched against
 * them, every word of it somewhere in a document (a short word whole, a three-letter one at a word's
 * start); identifiers and citations that match exactly rank first, then names, then words. Hits are
 * grouped by kind, the group with the best hit first.
 */
import type { SearchDoc, SearchKind } from './document.ts';
import { SEARCH_KINDS } from './document.ts';
import { citeKey, fold, formsOf, queryWords } from './fold.ts';

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
