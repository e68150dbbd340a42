/**
 * @module EST 13 (confidence R-m): a Party may withdraw when it decides that extraordinary events
 * have endangered its supreme interests, by notice to the Depositary with a statement of them. The
 * withdrawal takes effect `withdrawal.noticeDays` after the notice (a blank in the text); until then
 * the Party counts as one. The reasons are not reviewable, so any non-empty statement suffices.
 */
import { addDays } from '../../treaty/dates.ts';
import type { ActOf } from '../acts.ts';
import type { Handler } from '../rule.ts';
import { breach, byParty, inForce, needs, rule } from '../rule.ts';

type Withdraw = ActOf<'withdraw'>;

export const withdraw: Handler<Withdraw, undefined> = {
  stages: [
    [inForce('est13.inForce', 'est.13')],
    needs('withdrawal.noticeDays'),
    [byParty('est13.party', 'est.13')],
    [
      rule({
        id: 'est13.statement',
        cites: 'est.13',
        check: ({ act }) => ((act.statement ?? '').trim() === '' ? breach('statement_required') : null),
      }),
      rule({
        id: 'est13.once',
        cites: 'est.13',
        check: ({ state, act }) => {
          const rec = state.entities.get(act.by);
          return rec?.withdrawalEffective != null
            ? breach('already_withdrawing', { date: rec.withdrawalEffective })
            : null;
        },
      }),
    ],
  ],
  events: ({ state, act }) => [
    {
      type: 'WithdrawalNotified',
      on: act.on,
      by: act.by,
      statement: act.statement ?? '',
      effective: addDays(act.on, state.params['withdrawal.noticeDays'] ?? 0),
    },
  ],
};
