/**
 * @module The name of a procedure's kind, and the heading line of a procedure: its kind (linked to the
 * glossary where it has an entry, and to the provision) and its id.
 */
import type { ProcedureOutcome } from '../../../../src/engine/outcome.ts';
import { useT } from '../../i18n.tsx';
import type { TermId } from '../../term.tsx';
import { Cite } from '../entry-parts.tsx';
import { PROCEDURE_MESSAGES } from '../procedure.messages.ts';
import type { T } from '../procedure.messages.ts';
import { MaybeTerm } from './common.tsx';
import { kindCite } from './provisions.ts';

/** The glossary's entry for a procedure's kind, when it has one. */
const KIND_TERMS: Partial<Record<ProcedureOutcome['kind'], TermId>> = {
  'extraordinary-conference': 'extraordinary-conference',
  accession: 'accession',
};

/** The name of a procedure's kind in the page's language. */
export function kindName(p: Pick<ProcedureOutcome, 'kind' | 'body'>, t: T): string {
  return p.kind === 'council' && p.body ? t(`body.${p.body}`) : t(`kind.${p.kind}`);
}

/** The heading line of a procedure: its kind (linked to the provision) and id. */
export function ProcedureTitle({ procedure: p }: { readonly procedure: ProcedureOutcome }) {
  const t = useT(PROCEDURE_MESSAGES);
  const term = KIND_TERMS[p.kind];
  return (
    <>
      {term === undefined ? kindName(p, t) : <MaybeTerm id={term}>{kindName(p, t)}</MaybeTerm>}{' '}
      <span className="proc-id">{p.id}</span>{' '}
      <small>
        (<Cite cite={kindCite(p)} />)
      </small>
    </>
  );
}
