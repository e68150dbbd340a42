/**
 * @module EST 12 (confidence R-l): after entry into force, other eligible states and organizations
 * may accede with the consent of all Parties, by depositing an instrument of accession. Consent is
 * modelled as the absence of any objection within `accession.objectionDays`. The instrument is
 * deposited on the day the Parties' consent is complete (the window closes) or with the request
 * (`accession.depositDay`); the acceder becomes a Party `entryIntoForce.laterDays` after the
 * deposit (EST 14), and never before the window has closed.
 */
import { addDays } from '../../treaty/dates.ts';
import type { IsoDate } from '../../treaty/dates.ts';
import { resolvePartySet } from '../../treaty/parties/index.ts';
import type { ActOf } from '../acts.ts';
import type { Handler } from '../rule.ts';
import { breach, byParty, freshId, inForce, needs, nextProcedureId, rule } from '../rule.ts';
import type { Accession, EntityRecord } from '../state.ts';
import { paramOn } from '../state.ts';

type Accede = ActOf<'accede'>;

/** Whether a state has been a Party and its withdrawal has taken effect (now or in an earlier period). */
function hasWithdrawn(rec: EntityRecord | undefined, on: IsoDate): boolean {
  return (
    rec !== undefined &&
    (rec.previous.length > 0 || (rec.withdrawalEffective !== null && rec.withdrawalEffective <= on))
  );
}
type Object_ = ActOf<'object'>;

export const accede: Handler<Accede, undefined> = {
  stages: [
    [inForce('est12.inForce', 'est.12')],
    needs(
      'accession.objectionDays',
      'accession.depositDay',
      'entryIntoForce.laterDays',
      'signature.eligible',
    ),
    [
      // The Treaty opens accession to "other" states of the same space: eligibility is that of EST 10,
      // judged on the day of the request.
      rule({
        id: 'est12.eligible',
        cites: 'est.10',
        check: ({ state, act }) =>
          resolvePartySet(paramOn(state, 'signature.eligible', act.on) ?? [], act.on).has(act.by)
            ? null
            : breach('not_eligible', { who: act.by }),
      }),
      // A signatory completes its participation by ratification (EST 11), not by accession; one that
      // has since withdrawn can only come back by accession.
      rule({
        id: 'est12.notSignatory',
        cites: 'est.10',
        check: ({ state, act }) => {
          const rec = state.entities.get(act.by);
          const signed = rec?.signed;
          return signed != null && !hasWithdrawn(rec, act.on)
            ? breach('already_signed', { date: signed })
            : null;
        },
      }),
      // A state whose withdrawal has taken effect is an "other" state again and may accede (EST 12);
      // a Party, one still withdrawing, or one whose application is pending or accepted may not.
      rule({
        id: 'est12.once',
        cites: 'est.11',
        check: ({ state, act }) => {
          const rec = state.entities.get(act.by);
          if (rec === undefined) return null;
          if (rec.withdrawalEffective !== null && rec.withdrawalEffective <= act.on) return null;
          if (rec.previous.length === 0) {
            if (rec.assumed) return breach('already_deposited', { assumed: 'yes' });
            if (rec.deposited != null) return breach('already_deposited', { date: rec.deposited });
          }
          const pending = rec.accession == null ? undefined : state.procedures.get(rec.accession);
          return pending?.kind === 'accession' && pending.objections.size === 0
            ? breach('already_deposited', { date: pending.opened })
            : null;
        },
      }),
      freshId('est12.id', 'est.12', (act) => act.id),
    ],
  ],
  events: ({ state, act }) => {
    const objectionUntil = addDays(act.on, paramOn(state, 'accession.objectionDays', act.on) ?? 0);
    const deposited = paramOn(state, 'accession.depositDay', act.on) === 'request' ? act.on : objectionUntil;
    const counted = addDays(deposited, paramOn(state, 'entryIntoForce.laterDays', deposited) ?? 0);
    const afterWindow = addDays(objectionUntil, 1);
    return [
      {
        type: 'AccessionOpened',
        on: act.on,
        by: act.by,
        procedure: act.id ?? nextProcedureId(state, 'acc'),
        objectionUntil,
        deposited,
        inForceFrom: counted > afterWindow ? counted : afterWindow,
      },
    ];
  },
};

/** EST 12: any Party may withhold its consent by objecting while the window is open. */
export const objectToAccession: Handler<Object_, Accession> = {
  stages: [
    [byParty('est12.objector', 'est.12')],
    [
      rule({
        id: 'est12.window',
        cites: 'est.12',
        check: ({ act, proc }) =>
          act.on > proc.objectionUntil ? breach('procedure_closed', { date: proc.objectionUntil }) : null,
      }),
      rule({
        id: 'est12.noDecision',
        cites: 'est.12',
        check: ({ act }) =>
          act.decision === undefined ? null : breach('unknown_decision', { decision: act.decision }),
      }),
    ],
  ],
  events: ({ act, proc }) => [{ type: 'AccessionObjected', on: act.on, by: act.by, procedure: proc.id }],
};
