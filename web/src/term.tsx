/**
 * @module Terms of art, linked where they appear to their entry in the glossary (views/glossary.tsx),
 * in the reader's language: `<Term id="quorum">quorum</Term>`; the link's tooltip gives the term's
 * one-line definition. The ids and definitions are in ./glossary-terms.ts (plain data, so that the
 * search index and the tests read them without React).
 */
import type { ReactNode } from 'react';
import type { TermId } from './glossary-terms.ts';
import { TERMS } from './glossary-terms.ts';
import { TERM_INFO } from './glossary-terms.ts';
import { useLanguage } from './i18n.tsx';
import { href } from './router.ts';

/** The terms the glossary explains; their ids are part of the glossary's URLs (`#/glossary/quorum`). */
export { TERMS } from './glossary-terms.ts';
export type { TermId } from './glossary-terms.ts';

/** `children` as a link to the glossary's entry for `id`, its short definition as a tooltip. */
export function Term({ id, children }: { readonly id: TermId; readonly children: ReactNode }) {
  const { lang } = useLanguage();
  return (
    <a className="term" href={href('glossary', id)} title={TERM_INFO[id].short[lang]}>
      {children}
    </a>
  );
}

const TERM_MARK = /\[\[([a-z-]+)\|([^\]]+)\]\]/g;
const isTerm = (id: string): id is TermId => (TERMS as readonly string[]).includes(id);

/**
 * A message whose terms of art are marked `[[quorum|the quorum]]` (the one way the views mark them), with each such term linked to its
 * entry in the glossary.
 */
export function Terms({ text }: { readonly text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(TERM_MARK)) {
    const [whole, id = '', label = ''] = m;
    parts.push(text.slice(last, m.index));
    parts.push(
      isTerm(id) ? (
        <Term key={m.index} id={id}>
          {label}
        </Term>
      ) : (
        label
      ),
    );
    last = m.index + whole.length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}

/** The same message as plain text (for a chart's label or an export): the marks removed. */
export const plainTerms = (text: string): string => text.replace(TERM_MARK, '$2');
