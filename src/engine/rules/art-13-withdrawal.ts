/**
 * @module EST 13 (confidence R-m): a Party may withdraw when it decides that extraordinary events
 * have endangered its supreme interests, by notice to the Depositary with a statement of them, given
 * at least `withdrawal.noticeDays` (a blank in the text) "in advance of the planned withdrawal". The
 * notice may name that planned day (`effective`): the withdrawal then takes effect on it, if it is
 * far enough ahead; without one, it takes effect once the notice period has run. Until then the
 * Party counts as one. The reasons are not reviewable, so any non-empty statement suffices.
 */
import { addDays } from '../../treaty/dates.ts';
import type { ActOf } from '../acts.ts';
import type { Handler } from '../rule.ts';
import { breach, byParty, inForce, needs, rule } from '../rule.ts';
import { paramOn } from '../state.ts';

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
      // "At least ( ... ) days in advance of the planned withdrawal": a planned day closer than that
      // is refused, not moved.
      rule({
        id: 'est13.planned',
        cites: 'est.13',
        check: ({ state, act }) => {
          if (act.effective === undefined) return null;
          const days = paramOn(state, 'withdrawal.noticeDays', act.on) ?? 0;
          const earliest = addDays(act.on, days);
          return act.effective < earliest
            ? breach('notice_too_short', { effective: act.effective, earliest, days })
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
      effective: act.effective ?? addDays(act.on, paramOn(state, 'withdrawal.noticeDays', act.on) ?? 0),
    },
  ],
};
