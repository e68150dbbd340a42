/**
 * @module The piece of a result's text shown under it: cut around the first place a query's words
 * occur (compared folded, shown as written), the match marked, no word cut in part.
 */
import { foldWithMap, formsOf, queryWords } from './fold.ts';

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
