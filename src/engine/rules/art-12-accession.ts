/**
 * @module EST 12 (confidence R-l): after entry into force, other eligible states and organizations
 * may accede with the consent of all Parties. Consent is modelled as the absence of any objection
 * within `accession.objectionDays`; the acceder becomes a Party `entryIntoForce.laterDays` later.
 */
import { addDays } from '../../treaty/dates.ts';
import { resolvePartySet } from '../../treaty/parties/index.ts';
import type { ActOf } from '../acts.ts';
import type { Handler } from '../rule.ts';
import { breach, byParty, freshId, inForce, needs, nextProcedureId, rule } from '../rule.ts';
import type { Accession } from '../state.ts';

type Accede = ActOf<'accede'>;
type Object_ = ActOf<'object'>;

export const accede: Handler<Accede, undefined> = {
  stages: [
    [inForce('est12.inForce', 'est.12')],
    needs('accession.objectionDays', 'entryIntoForce.laterDays', 'signature.eligible'),
    [
      // The Treaty opens accession to "other" states of the same space: eligibility is that of EST 10.
      rule({
        id: 'est12.eligible',
        cites: 'est.10',
        check: ({ state, act }) =>
          resolvePartySet(state.params['signature.eligible'] ?? [], act.on).has(act.by)
            ? null
            : breach('not_eligible', { who: act.by }),
      }),
      // A signatory completes its participation by ratification (EST 11), not by accession.
      rule({
        id: 'est12.notSignatory',
        cites: 'est.10',
        check: ({ state, act }) => {
          const signed = state.entities.get(act.by)?.signed;
          return signed != null ? breach('already_signed', { date: signed }) : null;
        },
      }),
      // NOT MODELLED (EST 12): accession again after a withdrawal; it is refused as a second instrument.
      rule({
        id: 'est12.once',
        cites: 'est.11',
        check: ({ state, act }) => {
          const rec = state.entities.get(act.by);
          if (rec?.assumed) return breach('already_deposited', { assumed: 'yes' });
          if (rec?.deposited != null) return breach('already_deposited', { date: rec.deposited });
          const pending = rec?.accession == null ? undefined : state.procedures.get(rec.accession);
          return pending?.kind === 'accession' && pending.objections.size === 0
            ? breach('already_deposited', { date: pending.opened })
            : null;
        },
      }),
      freshId('est12.id', 'est.12', (act) => act.id),
    ],
  ],
  events: ({ state, act }) => {
    const objectionUntil = addDays(act.on, state.params['accession.objectionDays'] ?? 0);
    return [
      {
        type: 'AccessionOpened',
        on: act.on,
        by: act.by,
        procedure: act.id ?? nextProcedureId(state, 'acc'),
        objectionUntil,
        inForceFrom: addDays(objectionUntil, state.params['entryIntoForce.laterDays'] ?? 0),
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
