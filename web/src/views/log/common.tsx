/**
 * @module Pieces the parts of the log explorer share: where its checks read the log from, the size of
 * a page of entries, and how a receipt time and a hash are shown.
 */
import { api } from '../../api.ts';
import { formatDate, useLanguage } from '../../i18n.tsx';
import type { Sources } from '../../inclusion.ts';

/** Entries shown on one page of the list. */
export const PAGE = 50;

/** The log as the checks read it: through the JSON API or the tiles, as ../../api.ts is set. */
export const SOURCES: Sources = {
  checkpoint: api.checkpoint,
  entries: api.entries,
  inclusionProof: api.inclusionProof,
  keys: api.keys,
};

const utcTime = (iso: string) => `${iso.slice(11, 19)} UTC`;

/** A receipt time: the date in the reader's language, the UTC time of day beneath it. */
export function Received({ iso }: { readonly iso: string }) {
  const { lang } = useLanguage();
  return (
    <time dateTime={iso}>
      {formatDate(iso, lang)}
      <br />
      <span className="muted">{utcTime(iso)}</span>
    </time>
  );
}

/** A hash, set as the page sets every hash (the `hash` class). */
export function Hash({ value }: { readonly value: string }) {
  return <code className="hash">{value}</code>;
}
