/**
 * @module What the parts of the treaty page share: a citation in the reader's language, links to
 * the glossary's terms, and the link to the side-by-side page of the NATO-Russia drafts.
 */
import { Fragment } from 'react';
import type { Language } from '../../../../src/treaty/common.ts';
import { localCite } from '../../../../src/treaty/citation.ts';
import { TERM_INFO } from '../../glossary-terms.ts';
import { useLanguage } from '../../i18n.tsx';
import { href } from '../../router.ts';
import type { TermId } from '../../term.tsx';
import { Term } from '../../term.tsx';

/** A citation in the reader's language, its «ст. 8» and «п. 3» kept on one line. */
export const cite = (text: string, lang: Language): string =>
  localCite(text, lang).replace(/(ст\.|пп?\.) /g, '$1\u00a0');

/**
 * The side-by-side page of the NATO-Russia drafts of 2009 and 2021 (`#/treaty/compare`), at the row of
 * a provision when given one. Here, not in the page itself, so that the treaty page links to it
 * without loading it.
 */
export function compareHref(id?: string): string {
  const page = href('treaty', 'compare');
  return id === undefined ? page : `${page}?${new URLSearchParams({ at: id }).toString()}`;
}

/** A term's headword without its gloss: "instrument", not "instrument (of ratification, …)". */
const termWord = (id: TermId, lang: Language): string => TERM_INFO[id].term[lang].replace(/\s*\(.*\)$/, '');

/** Links to the glossary's entries, in the reader's language, separated by a middle dot. */
export function TermLinks({ ids }: { readonly ids: readonly TermId[] }) {
  const { lang } = useLanguage();
  return (
    <>
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && ' · '}
          <Term id={id}>{termWord(id, lang)}</Term>
        </Fragment>
      ))}
    </>
  );
}
