/**
 * @module The OSCE Permanent Council: any participating State raises a situation, the Council takes
 * it up at its weekly meeting, and decides by consensus, the absence of any objection (Helsinki 1973,
 * 69). When a State commits clear, gross and uncorrected violations, the Council may act without it
 * (Prague 1992, 16): with `osce.minusOne`, a meeting on an attack leaves out the objection of the
 * State named as attacker. What it decides binds politically, not legally (Helsinki 1975).
 */
import type { ActOf } from '../acts.ts';
import type { Handler } from '../rule.ts';
import type { Council } from '../state.ts';
import { isParty, paramOn } from '../state.ts';
import type { CouncilCites } from './council.ts';
import {
  attendCouncil,
  closeCouncil,
  objectInCouncil,
  openStages,
  partiesOn,
  proposeInCouncil,
  seized,
  victimIsParty,
} from './council.ts';

const PC: CouncilCites = {
  prefix: 'osce.pc',
  seat: 'osce.pc',
  attend: 'osce.pc',
  decide: 'osce.helsinki73.69',
  excluded: 'osce.prague92.16',
  closeParams: [],
};

/** A participating State raises a situation; the Council takes it up within osce.pc.meetingDays. */
export const osceRaise: Handler<ActOf<'request-consultations'>, undefined> = {
  stages: openStages('osce.raise', 'osce.pc', ['osce.pc.meetingDays']),
  events: (ctx) => [
    seized(ctx, 'pc', 'osce.pc.meetingDays', {
      members: partiesOn(ctx.state, ctx.act.on),
      permanent: [],
      excluded: [],
      rule: 'consensus',
    }),
  ],
};

/**
 * A participating State reports an attack (or its threat) by another; under Prague 1992, 16 (when
 * osce.minusOne is true) the State named as attacker, if it participates, cannot block.
 */
export const osceAttack: Handler<ActOf<'notify-attack'>, undefined> = {
  stages: openStages(
    'osce.attack',
    'osce.pc',
    ['osce.pc.meetingDays', 'osce.minusOne'],
    [victimIsParty('osce.attack.victimParty', 'osce.pc')],
  ),
  events: (ctx) => {
    const { state, act } = ctx;
    const minusOne = paramOn(state, 'osce.minusOne', act.on) === true && isParty(state, act.attacker, act.on);
    return [
      seized(ctx, 'pc', 'osce.pc.meetingDays', {
        members: partiesOn(state, act.on),
        permanent: [],
        excluded: minusOne ? [act.attacker] : [],
        rule: minusOne ? 'consensus-minus-one' : 'consensus',
      }),
    ];
  },
};

export const osceAttend: Handler<ActOf<'attend'>, Council> = attendCouncil(PC);
export const oscePropose: Handler<ActOf<'propose-decision'>, Council> = proposeInCouncil(PC);
export const osceObject: Handler<ActOf<'object'>, Council> = objectInCouncil(PC);
export const osceClose: Handler<ActOf<'close'>, Council> = closeCouncil(PC);
