/**
 * @module EST 6: a Party that took part in consultations may then propose a Conference of the Parties
 * (6(1)); the Depositary convenes it within `conference.conveningDays` (a blank) once the proposal is
 * backed by `conference.supportRequired` Parties, the proposer included (6(2), threshold R-l). It is
 * quorate when two thirds of all Parties attend; decisions are taken by consensus and bind (6(3)).
 */
import { addDays } from '../../treaty/dates.ts';
import type { ActOf } from '../acts.ts';
import type { Event } from '../events.ts';
import type { Handler } from '../rule.ts';
import { breach, byParty, freshId, needs, nextProcedureId, rule } from '../rule.ts';
import type { Conference, Consultations, State } from '../state.ts';
import { paramOn } from '../state.ts';
import { attendMeeting, closeMeeting, isConvened, isOpen, isPresent, proposeDecision } from './meetings.ts';

type ProposeConference = ActOf<'propose-conference'>;
type Support = ActOf<'support'>;

function convened(state: State, on: Conference['opened'], procedure: string): Event {
  return {
    type: 'ConferenceConvened',
    on,
    procedure,
    deadline: addDays(on, paramOn(state, 'conference.conveningDays', on) ?? 0),
  };
}

export const proposeConference: Handler<ProposeConference, Consultations> = {
  stages: [
    needs('conference.supportRequired', 'conference.conveningDays'),
    [byParty('est6.proposer', 'est.6.1')],
    [
      rule({
        id: 'est6.participant',
        cites: 'est.6.1',
        check: ({ act, proc }) =>
          proc.attended.has(act.by) ? null : breach('not_a_participant', { procedure: proc.id }),
      }),
      // "After" the consultations: the Depositary must have closed them.
      rule({
        id: 'est6.afterConsultations',
        cites: 'est.6.1',
        check: ({ proc }) => (proc.closed === null ? breach('procedure_open', { procedure: proc.id }) : null),
      }),
      freshId('est6.id', 'est.6.1', (act) => act.id),
    ],
  ],
  events: ({ state, act, proc }) => {
    const procedure = act.id ?? nextProcedureId(state, 'conf');
    const proposed: Event = {
      type: 'ConferenceProposed',
      on: act.on,
      by: act.by,
      procedure,
      consultations: proc.id,
    };
    const alone = (paramOn(state, 'conference.supportRequired', act.on) ?? 1) <= 1;
    return alone ? [proposed, convened(state, act.on, procedure)] : [proposed];
  },
};

export const supportConference: Handler<Support, Conference> = {
  stages: [
    needs('conference.supportRequired', 'conference.conveningDays'),
    [byParty('est6.supporter', 'est.6.2')],
    [isOpen('est6.supportOpen', 'est.6.2')],
  ],
  events: ({ state, act, proc }) => {
    const supported: Event = { type: 'ConferenceSupported', on: act.on, by: act.by, procedure: proc.id };
    const before = proc.supporters.size;
    const after = proc.supporters.has(act.by) ? before : before + 1;
    const reaches =
      proc.convened === null && after >= (paramOn(state, 'conference.supportRequired', act.on) ?? 1);
    return reaches ? [supported, convened(state, act.on, proc.id)] : [supported];
  },
};

export const attendConference = attendMeeting('est6', 'est.6.3');
export const proposeConferenceDecision = proposeDecision('est6', 'est.6.3');
export const closeConference = closeMeeting('est6', 'est.6.3');

/** EST 6(3): consensus means that a present Party's objection defeats a proposed decision. */
export const objectInConference: Handler<ActOf<'object'>, Conference> = {
  stages: [
    [byParty('est6.objector', 'est.6.3')],
    [
      isOpen('est6.objectOpen', 'est.6.3'),
      isConvened('est6.objectConvened'),
      isPresent('est6.objectPresent', 'est.6.3'),
      rule({
        id: 'est6.objectDecision',
        cites: 'est.6.3',
        check: ({ act, proc }) =>
          act.decision !== undefined && proc.decisions.has(act.decision)
            ? null
            : breach('unknown_decision', { decision: act.decision ?? '(none)' }),
      }),
    ],
  ],
  events: ({ act, proc }) => [
    { type: 'DecisionObjected', on: act.on, by: act.by, procedure: proc.id, decision: act.decision ?? '' },
  ],
};
