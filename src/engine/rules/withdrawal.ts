/**
 * @module The `withdraw` act, written once for the texts that provide for it: the EST (Article 13)
 * and the 2021 agreement with the NATO member States (NRA 9). A Party gives notice to the Depositary;
 * the withdrawal takes effect a number of days later (a parameter), and until then the Party counts
 * as one. The texts differ in whether the notice must state reasons and whether it may plan the day.
 */
import { addDays } from '../../treaty/dates.ts';
import type { IsoDate } from '../../treaty/dates.ts';
import type { ProvisionId } from '../../treaty/provisions/index.ts';
import type { ActOf } from '../acts.ts';
import type { Handler, Rule } from '../rule.ts';
import { breach, byParty, inForce, needs, rule } from '../rule.ts';
import { paramOn } from '../state.ts';
import type { State } from '../state.ts';

type Withdraw = ActOf<'withdraw'>;

/** What differs between the texts' withdrawal clauses. */
export interface WithdrawalRegime {
  /** The prefix of the rule ids: `est13`, `nra9.withdraw`. */
  readonly prefix: string;
  readonly cites: ProvisionId;
  /** The days from the notice to the day the withdrawal takes effect. */
  readonly noticeDays: 'withdrawal.noticeDays' | 'nra.withdrawal.noticeDays';
  /** Whether the notice must state its reasons (EST 13: the extraordinary events). */
  readonly statementRequired: boolean;
  /**
   * How the notice may name the day it takes effect (`effective`): `at-least` (EST 13: a planned day
   * at least the notice days ahead; a closer one is refused, not moved), or `fixed` (NRA 9: the text
   * fixes the day, so a notice naming another is refused).
   */
  readonly plannedDay: 'at-least' | 'fixed';
}

/** The `withdraw` handler of a text. */
export function withdrawalHandler(regime: WithdrawalRegime): Handler<Withdraw, undefined> {
  const { prefix, cites, noticeDays } = regime;
  const daysOn = (state: State, on: IsoDate): number => paramOn(state, noticeDays, on) ?? 0;
  const statement: Rule<Withdraw, undefined>[] = regime.statementRequired
    ? [
        rule({
          id: `${prefix}.statement`,
          cites,
          check: ({ act }) => ((act.statement ?? '').trim() === '' ? breach('statement_required') : null),
        }),
      ]
    : [];
  const planned: Rule<Withdraw, undefined> =
    regime.plannedDay === 'at-least'
      ? rule({
          id: `${prefix}.planned`,
          cites,
          check: ({ state, act }) => {
            if (act.effective === undefined) return null;
            const days = daysOn(state, act.on);
            const earliest = addDays(act.on, days);
            return act.effective < earliest
              ? breach('notice_too_short', { effective: act.effective, earliest, days })
              : null;
          },
        })
      : rule({
          id: `${prefix}.day`,
          cites,
          check: ({ state, act }) => {
            if (act.effective === undefined) return null;
            const days = daysOn(state, act.on);
            const fixed = addDays(act.on, days);
            return act.effective === fixed
              ? null
              : breach('withdrawal_day_fixed', { effective: act.effective, fixed, days });
          },
        });
  return {
    stages: [
      [inForce(`${prefix}.inForce`, cites)],
      needs(noticeDays),
      [byParty(`${prefix}.party`, cites)],
      [
        ...statement,
        rule({
          id: `${prefix}.once`,
          cites,
          check: ({ state, act }) => {
            const rec = state.entities.get(act.by);
            return rec?.withdrawalEffective != null
              ? breach('already_withdrawing', { date: rec.withdrawalEffective })
              : null;
          },
        }),
        planned,
      ],
    ],
    events: ({ state, act }) => [
      {
        type: 'WithdrawalNotified',
        on: act.on,
        by: act.by,
        statement: act.statement ?? '',
        effective: act.effective ?? addDays(act.on, daysOn(state, act.on)),
      },
    ],
  };
}
