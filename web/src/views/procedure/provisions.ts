/**
 * @module The provisions a procedure rests on: the article of its kind (or the body that sits), of an
 * attack, of assistance, of a conference's quorum, and of leaving a party out of the decision.
 */
import type { ProcedureOutcome } from '../../../../src/engine/outcome.ts';

/** The citation of a procedure's kind (the body that sits, for a council). */
export function kindCite(p: Pick<ProcedureOutcome, 'kind' | 'body'>): string {
  switch (p.kind) {
    case 'information-request':
      return 'EST 3';
    case 'consultations':
      return 'EST 5';
    case 'conference':
      return 'EST 6';
    case 'extraordinary-conference':
      return 'EST 8';
    case 'accession':
      return 'EST 12';
    case 'council':
      return p.body === 'nac' ? 'NAT 9' : p.body === 'unsc' ? 'UN Charter 28' : 'OSCE Permanent Council';
  }
}

/** The provision under which an attack (or threat) brings the matter before the body. */
export function attackCite(p: ProcedureOutcome): string {
  if (p.kind !== 'council') return 'EST 8(1)';
  return p.body === 'unsc' ? 'UN Charter 39' : p.body === 'nac' ? 'NAT 5' : kindCite(p);
}

/** The provision under which Parties assist the victim (and the Security Council's measures end it). */
export function assistanceCite(p: ProcedureOutcome): string {
  if (p.kind !== 'council') return 'EST 7(2)';
  return p.body === 'nac' ? 'NAT 5' : 'UN Charter 51';
}

/** The provision that sets a conference's quorum. */
export const quorumCite = (p: ProcedureOutcome): string =>
  p.kind === 'conference' ? 'EST 6(3)' : 'EST 8(3)';

/** Why the parties left out of a procedure's decision are left out, and the provision that says so. */
export function excludedReason(p: ProcedureOutcome): {
  key: 'attacker' | 'party-to-dispute' | 'state-concerned' | 'other';
  cite: string | null;
} {
  if (p.kind === 'extraordinary-conference') return { key: 'attacker', cite: 'EST 8(3)' };
  if (p.rule === 'veto-majority') return { key: 'party-to-dispute', cite: 'UN Charter 27(3)' };
  if (p.rule === 'consensus-minus-one') return { key: 'state-concerned', cite: 'OSCE Prague 1992, 16' };
  return { key: 'other', cite: null };
}
