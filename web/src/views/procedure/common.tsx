/**
 * @module What the parts of a procedure share: whether terms of art link to the glossary, party names
 * and lists of them, a labelled fact, a day.
 */
import { Fragment, createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { formatDate, useLanguage, useT } from '../../i18n.tsx';
import { partyName } from '../../names.ts';
import { Term } from '../../term.tsx';
import type { TermId } from '../../term.tsx';
import { PROCEDURE_MESSAGES } from '../procedure.messages.ts';

/**
 * Whether terms of art link to the glossary: on the procedure page they do; the playground's report,
 * which shows the same parts, keeps the reader on the scenario they are editing.
 */
export const GlossaryLinks = createContext(false);

/** `children`, linked to the glossary's entry `id` where the page links terms. */
export function MaybeTerm({ id, children }: { readonly id: TermId; readonly children: ReactNode }) {
  return useContext(GlossaryLinks) ? <Term id={id}>{children}</Term> : <>{children}</>;
}

/** A party's name in the page's language, with its code for those who read codes. */
export function PartyName({ id }: { readonly id: string }) {
  const { lang } = useLanguage();
  const name = partyName(id, lang);
  return (
    <span className="party" title={id}>
      {name}
      {name !== id && <span className="code"> {id}</span>}
    </span>
  );
}

/** Names of parties, in the order given, comma-separated; `none` when empty. */
export function PartyList({ ids, empty }: { readonly ids: readonly string[]; readonly empty?: string }) {
  const t = useT(PROCEDURE_MESSAGES);
  if (ids.length === 0) return <span className="muted">{empty ?? t('field.none')}</span>;
  return (
    <span className="parties">
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && ', '}
          <PartyName id={id} />
        </Fragment>
      ))}
    </span>
  );
}

/** One fact of a procedure: its label and its value. */
export function Field({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A day, in the page's language; nothing when there is none. */
export function Day({ date }: { readonly date: string | null | undefined }) {
  const { lang } = useLanguage();
  if (!date) return null;
  return <time dateTime={date}>{formatDate(date, lang)}</time>;
}
