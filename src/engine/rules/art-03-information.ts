/**
 * @module EST 3: a Party may ask another, through the Depositary, for information on significant
 * measures that in its own opinion may affect its security (3(1)); requests and answers are notified
 * to the Depositary, which passes them on (3(2)). The text sets no deadline and no duty to answer in
 * substance, so an unanswered request stays open without consequence. The log plays the Depositary's
 * part of relaying: every request and answer is in it.
 */
import type { ActOf } from '../acts.ts';
import type { Handler } from '../rule.ts';
import { breach, byParty, freshId, inForce, namedParties, nextProcedureId, rule } from '../rule.ts';
import type { InformationRequest } from '../state.ts';

type Request = ActOf<'request-information'>;
type Answer = ActOf<'answer'>;

export const requestInformation: Handler<Request, undefined> = {
  stages: [
    [inForce('est3.inForce', 'est.3.1')],
    [byParty('est3.party', 'est.3.1'), namedParties('est3.to', 'est.3.1', 'to', (act) => [act.to])],
    [freshId('est3.id', 'est.3.1', (act) => act.id)],
  ],
  events: ({ state, act }) => [
    {
      type: 'InformationRequested',
      on: act.on,
      by: act.by,
      to: act.to,
      subject: act.subject,
      procedure: act.id ?? nextProcedureId(state, 'ir'),
    },
  ],
};

export const answerInformation: Handler<Answer, InformationRequest> = {
  stages: [
    [byParty('est3.answerParty', 'est.3.2')],
    [
      rule({
        id: 'est3.addressee',
        cites: 'est.3.2',
        check: ({ act, proc }) => (act.by === proc.to ? null : breach('not_addressee', { to: proc.to })),
      }),
      rule({
        id: 'est3.open',
        cites: 'est.3.2',
        check: ({ proc }) =>
          proc.closed === null ? null : breach('procedure_closed', { date: proc.closed }),
      }),
    ],
  ],
  events: ({ act, proc }) => [{ type: 'InformationAnswered', on: act.on, by: act.by, procedure: proc.id }],
};

export const closeInformation: Handler<ActOf<'close'>, InformationRequest> = {
  stages: [
    [
      rule({
        id: 'est3.closeOpen',
        cites: 'est.3.2',
        check: ({ proc }) =>
          proc.closed === null ? null : breach('procedure_closed', { date: proc.closed }),
      }),
    ],
  ],
  events: ({ act, proc }) => [{ type: 'ProcedureClosed', on: act.on, procedure: proc.id, closing: null }],
};
