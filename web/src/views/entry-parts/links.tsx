/**
 * @module Links from an entry to the rest of the page: a party to its timeline, a procedure to its page.
 */
import { Fragment } from 'react';
import { DEPOSITARY as DEPOSITARY_FILER } from '../../../../src/log/filing-act.ts';
import { useLanguage, useT } from '../../i18n.tsx';
import type { ProcedureKind } from '../../ledger.ts';
import { partyName } from '../../names.ts';
import { href } from '../../router.ts';
import { PART_MESSAGES } from '../entry-parts.messages.ts';

/** A link to the timeline of one party. */
export function PartyLink({ id }: { readonly id: string }) {
  const { lang } = useLanguage();
  if (id === DEPOSITARY_FILER) return <>{partyName(id, lang)}</>;
  return (
    <a href={`${href('timeline')}?party=${encodeURIComponent(id)}`} title={id} className="party-link">
      {partyName(id, lang)}
    </a>
  );
}

/** A link to a procedure's page, with its kind as a hint. */
export function ProcedureLink({
  id,
  kind,
}: {
  readonly id: string;
  readonly kind?: ProcedureKind | undefined;
}) {
  const t = useT(PART_MESSAGES);
  return (
    <a href={href('procedures', id)} className="procedure-link" title={kind ? t(`kind.${kind}`) : undefined}>
      <code>{id}</code>
    </a>
  );
}

/** Parties, each a link to its timeline, comma-separated. */
export function Parties({ ids }: { readonly ids: readonly string[] }) {
  return (
    <>
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 ? ', ' : ''}
          <PartyLink id={id} />
        </Fragment>
      ))}
    </>
  );
}
