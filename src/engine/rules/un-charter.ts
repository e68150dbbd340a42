/**
 * @module UN Charter 23, 27, 28, 31-32, 35, 39 and 51: the Security Council and self-defence.
 *
 * Any Member brings a dispute before the Council (35), which then acts under Chapter VI, where a
 * party to the dispute abstains (27(3)); a Member reporting an armed attack or its threat seizes it
 * under Chapter VII (39), where nobody abstains, so a permanent member that is a party keeps its
 * veto. Fifteen members sit (23); any other Member takes part without vote (31, 32). A decision of
 * substance needs nine votes and no permanent member against (27(3)). Meanwhile every Member keeps
 * the right of individual and collective self-defence against an armed attack until the Council has
 * taken the measures needed, reporting what it does at once (51); joining another's self-defence
 * needs its request (the ICJ's reading, a parameter).
 */
import { resolvePartySet } from '../../treaty/parties/index.ts';
import type { EntityId } from '../../treaty/entities.ts';
import type { ProvisionId } from '../../treaty/provisions/index.ts';
import type { ActOf } from '../acts.ts';
import type { Ctx, Handler, Rule } from '../rule.ts';
import { breach, byParty, inForce, namedParties, rule } from '../rule.ts';
import type { Council } from '../state.ts';
import { paramOn } from '../state.ts';
import { revocationProblem, revoked } from './art-07-08-attack.ts';
import type { CouncilCites, DefenceCites, Seating } from './council.ts';
import {
  assistInCouncil,
  attendCouncil,
  closeCouncil,
  measuresInCouncil,
  openStages,
  proposeInCouncil,
  reportInCouncil,
  seized,
  victimIsParty,
  voteInCouncil,
} from './council.ts';

const UNSC: CouncilCites & { readonly vote: ProvisionId } = {
  prefix: 'un27',
  seat: 'un.28',
  attend: 'un.31',
  attendAlso: ['un.32'],
  decide: 'un.27.3',
  excluded: 'un.27.3',
  vote: 'un.27.1',
  closeParams: ['unsc.votesRequired', 'unsc.abstentionBlocks'],
};

const DEFENCE: DefenceCites = {
  prefix: 'un51',
  assist: 'un.51',
  council: 'un.51',
  request: 'un.collective.requestRequired',
  reportDays: 'un.reportDays',
};

const COUNCIL_PARAMS = ['unsc.members', 'unsc.permanent', 'unsc.meetingDays'] as const;

type Open = ActOf<'request-consultations' | 'notify-attack'>;

function councilOf(ctx: Ctx<Open, undefined>): { members: EntityId[]; permanent: EntityId[] } {
  const { state, act } = ctx;
  const members = [...resolvePartySet(paramOn(state, 'unsc.members', act.on) ?? [], act.on)].sort();
  const permanent = [...resolvePartySet(paramOn(state, 'unsc.permanent', act.on) ?? [], act.on)]
    .filter((id) => members.includes(id))
    .sort();
  return { members, permanent };
}

/** UN Charter 23: the Council of the day must be known (the data cover 2008-2026). */
function councilKnown<A extends Open>(): Rule<A, undefined> {
  return rule({
    id: 'un23.council',
    cites: 'un.23',
    check: (ctx) =>
      councilOf(ctx).members.length > 0 ? null : breach('parameter_unset', { parameter: 'unsc.members' }),
  });
}

function seating(ctx: Ctx<Open, undefined>, chapterVI: boolean): Seating {
  const { members, permanent } = councilOf(ctx);
  const { act } = ctx;
  const concerned = act.act === 'notify-attack' ? [] : [act.by, ...act.with];
  // 27(3): under Chapter VI the parties to the dispute that sit on the Council abstain.
  const excluded = chapterVI ? members.filter((id) => concerned.includes(id)) : [];
  return { members, permanent, excluded, rule: 'veto-majority' };
}

/** UN Charter 35: a Member brings a dispute before the Council, which takes it up under Chapter VI. */
export const unDispute: Handler<ActOf<'request-consultations'>, undefined> = {
  stages: [...openStages('un35', 'un.35', COUNCIL_PARAMS), [councilKnown()]],
  events: (ctx) => [seized(ctx, 'unsc', 'unsc.meetingDays', seating(ctx, true))],
};

/** UN Charter 39, 51: a Member reports an armed attack (or its threat); the Council sits under Chapter VII. */
export const unAttack: Handler<ActOf<'notify-attack'>, undefined> = {
  stages: [
    ...openStages('un39', 'un.39', COUNCIL_PARAMS, [victimIsParty('un51.victimParty', 'un.51')]),
    [councilKnown()],
  ],
  events: (ctx) => [seized(ctx, 'unsc', 'unsc.meetingDays', seating(ctx, false))],
};

/** UN Charter 51 (as the ICJ reads it): the state attacked asks others to join its self-defence. */
export const unRequestAssistance: Handler<ActOf<'consent-assistance'>, undefined> = {
  stages: [
    [inForce('un51.requestInForce', 'un.51')],
    [byParty('un51.requester', 'un.51'), namedParties('un51.helpers', 'un.51', 'to', (act) => act.to)],
  ],
  events: ({ act }) => [{ type: 'AssistanceConsented', on: act.on, by: act.by, to: act.to }],
};

/** UN Charter 51: the state attacked withdraws its request, for some of those it asked or all. */
export const unRevokeRequest: Handler<ActOf<'revoke-consent'>, undefined> = {
  stages: [
    [inForce('un51.revokeInForce', 'un.51')],
    [byParty('un51.revoker', 'un.51')],
    [rule({ id: 'un51.revoked', cites: 'un.51', check: ({ state, act }) => revocationProblem(state, act) })],
  ],
  events: ({ state, act }) => [{ type: 'ConsentRevoked', on: act.on, by: act.by, to: revoked(state, act) }],
};

export const unAttend: Handler<ActOf<'attend'>, Council> = attendCouncil(UNSC);
export const unPropose: Handler<ActOf<'propose-decision'>, Council> = proposeInCouncil(UNSC);
export const unVote: Handler<ActOf<'vote'>, Council> = voteInCouncil(UNSC);
export const unClose: Handler<ActOf<'close'>, Council> = closeCouncil(UNSC);
export const unAssist: Handler<ActOf<'assist'>, Council> = assistInCouncil(DEFENCE);
export const unReport: Handler<ActOf<'report-to-unsc'>, Council> = reportInCouncil(DEFENCE);
export const unMeasures: Handler<ActOf<'unsc-measures'>, Council> = measuresInCouncil(DEFENCE);
