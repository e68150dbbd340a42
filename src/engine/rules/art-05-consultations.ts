/**
 * @module EST 5: a Party that believes the Treaty is violated or threatened, or that wants an issue
 * of its substance considered, may request consultations with the Parties it considers interested
 * (5(1)); they are held within `consultations.deadlineDays` (a blank) unless the request names a
 * later date. A Party not invited may join on its own initiative (5(2), a parameter). Consultations
 * produce no binding decision; taking part in them is what entitles a Party to propose a Conference.
 */
import { addDays } from '../../treaty/dates.ts';
import type { IsoDate } from '../../treaty/dates.ts';
import type { EntityId } from '../../treaty/entities.ts';
import type { ProvisionId } from '../../treaty/provisions/index.ts';
import type { ActOf } from '../acts.ts';
import type { Handler, Rule } from '../rule.ts';
import { breach, byParty, freshId, inForce, namedParties, needs, nextProcedureId, rule } from '../rule.ts';
import type { Consultations } from '../state.ts';
import { paramOn } from '../state.ts';

type RequestConsultations = ActOf<'request-consultations'>;

const isOpen = <A extends ActOf<'join' | 'attend' | 'close'>>(
  id: string,
  cites: ProvisionId,
): Rule<A, Consultations> =>
  rule({
    id,
    cites,
    check: ({ proc }) => (proc.closed === null ? null : breach('procedure_closed', { date: proc.closed })),
  });

/** Whether a Party takes part in consultations: the requester, an invitee, or one that joined. */
export function isParticipant(proc: Consultations, id: EntityId): boolean {
  return proc.requestedBy === id || proc.invited.includes(id) || proc.joined.has(id);
}

export const requestConsultations: Handler<RequestConsultations, undefined> = {
  stages: [
    [inForce('est5.inForce', 'est.5.1')],
    needs('consultations.deadlineDays'),
    [byParty('est5.party', 'est.5.1'), namedParties('est5.with', 'est.5.1', 'with', (act) => act.with)],
    [freshId('est5.id', 'est.5.1', (act) => act.id)],
  ],
  events: ({ state, act }) => {
    const due = addDays(act.on, paramOn(state, 'consultations.deadlineDays', act.on) ?? 0);
    const deadline: IsoDate = act.date !== undefined && act.date > due ? act.date : due;
    return [
      {
        type: 'ConsultationsRequested',
        on: act.on,
        by: act.by,
        procedure: act.id ?? nextProcedureId(state, 'c'),
        with: act.with,
        subject: act.subject,
        date: act.date ?? null,
        deadline,
      },
    ];
  },
};

export const joinConsultations: Handler<ActOf<'join'>, Consultations> = {
  stages: [
    [byParty('est5.joinParty', 'est.5.2')],
    [
      isOpen('est5.joinOpen', 'est.5.2'),
      rule({
        id: 'est5.mayJoin',
        cites: 'est.5.2',
        check: ({ state, act, proc }) => {
          if (isParticipant(proc, act.by)) return null;
          const may = paramOn(state, 'consultations.uninvitedMayJoin', act.on);
          if (may === null) return breach('parameter_unset', { parameter: 'consultations.uninvitedMayJoin' });
          return may ? null : breach('not_invited', { procedure: proc.id });
        },
      }),
    ],
  ],
  // An invitee (or the requester) is already in: joining changes nothing.
  events: ({ act, proc }) =>
    isParticipant(proc, act.by)
      ? []
      : [{ type: 'ConsultationsJoined', on: act.on, by: act.by, procedure: proc.id }],
};

export const attendConsultations: Handler<ActOf<'attend'>, Consultations> = {
  stages: [
    [byParty('est5.attendParty', 'est.5.1')],
    [
      isOpen('est5.attendOpen', 'est.5.1'),
      rule({
        id: 'est5.participant',
        cites: 'est.5.2',
        check: ({ act, proc }) =>
          isParticipant(proc, act.by) ? null : breach('not_invited', { procedure: proc.id }),
      }),
    ],
  ],
  events: ({ act, proc }) => [{ type: 'Attended', on: act.on, by: act.by, procedure: proc.id }],
};

export const closeConsultations: Handler<ActOf<'close'>, Consultations> = {
  stages: [[isOpen('est5.closeOpen', 'est.5.1')]],
  events: ({ act, proc }) => [{ type: 'ProcedureClosed', on: act.on, procedure: proc.id, closing: null }],
};
