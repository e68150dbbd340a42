/**
 * @module NAT 4, 5 and 9: consultations and collective defence in the North Atlantic Council.
 *
 * Any Ally that judges a Party's territorial integrity, political independence or security
 * threatened asks for consultations (4); an armed attack on an Ally is an attack on all, and each
 * Ally assists the Ally attacked with the action it deems necessary (5(1)), reporting to the Security
 * Council, until the Council acts (5(2)). The Council, where every Ally sits, meets promptly (9); it
 * decides by consensus, a practice since 1949, not a rule of the text (S76). Nothing leaves out an
 * attacker that is itself an Ally, and a state outside the Alliance has no standing at all.
 */
import type { ActOf } from '../acts.ts';
import type { Handler } from '../rule.ts';
import type { Council } from '../state.ts';
import type { CouncilCites, DefenceCites } from './council.ts';
import {
  assistInCouncil,
  attendCouncil,
  closeCouncil,
  measuresInCouncil,
  objectInCouncil,
  openStages,
  partiesOn,
  proposeInCouncil,
  reportInCouncil,
  seized,
  victimIsParty,
} from './council.ts';

const NAC: CouncilCites = {
  prefix: 'nat9',
  seat: 'nat.9.council',
  attend: 'nat.9.council',
  decide: 'nat.9.consensus',
  // Nobody is left out under the NAC's consensus; the cite would only serve a refusal that cannot arise.
  excluded: 'nat.9.consensus',
  closeParams: [],
};

const DEFENCE: DefenceCites = {
  prefix: 'nat5',
  assist: 'nat.5.1',
  council: 'nat.5.2',
  request: null,
  reportDays: 'nat.reportDays',
};

/** NAT 4: an Ally asks for consultations; the Council meets within nat.council.meetingDays. */
export const natConsult: Handler<ActOf<'request-consultations'>, undefined> = {
  stages: openStages('nat4', 'nat.4', ['nat.council.meetingDays']),
  events: (ctx) => [
    seized(ctx, 'nac', 'nat.council.meetingDays', {
      members: partiesOn(ctx.state, ctx.act.on),
      permanent: [],
      excluded: [],
      rule: 'consensus',
    }),
  ],
};

/**
 * NAT 5(1): an Ally (the victim, or another Ally for it) notifies an armed attack and the Council
 * sits on it. A threat is no armed attack: it opens the same meeting as a matter of Article 4, and
 * no assistance under Article 5 can follow (`no_armed_attack`).
 */
export const natAttack: Handler<ActOf<'notify-attack'>, undefined> = {
  stages: openStages(
    'nat5',
    'nat.5.1',
    ['nat.council.meetingDays'],
    [victimIsParty('nat5.victimParty', 'nat.5.1')],
  ),
  events: (ctx) => [
    seized(ctx, 'nac', 'nat.council.meetingDays', {
      members: partiesOn(ctx.state, ctx.act.on),
      permanent: [],
      excluded: [],
      rule: 'consensus',
    }),
  ],
};

export const natAttend: Handler<ActOf<'attend'>, Council> = attendCouncil(NAC);
export const natPropose: Handler<ActOf<'propose-decision'>, Council> = proposeInCouncil(NAC);
export const natObject: Handler<ActOf<'object'>, Council> = objectInCouncil(NAC);
export const natClose: Handler<ActOf<'close'>, Council> = closeCouncil(NAC);
export const natAssist: Handler<ActOf<'assist'>, Council> = assistInCouncil(DEFENCE);
export const natReport: Handler<ActOf<'report-to-unsc'>, Council> = reportInCouncil(DEFENCE);
export const natMeasures: Handler<ActOf<'unsc-measures'>, Council> = measuresInCouncil(DEFENCE);
