/**
 * @module What the regimes' councils share: a standing body (the North Atlantic Council, the
 * Security Council, the OSCE Permanent Council) that a Party seizes of a matter, where decisions are
 * proposed, objected to or voted on, and that the chair closes; and, under NAT 5 and UN Charter 51,
 * the self-defence of the state attacked, with assistance, reports to the Security Council and its
 * end when the Council acts (the checks of self-defence are those of `self-defence.ts`, which the EST
 * shares; here they rest on the council's meeting on the attack). Each regime passes the provisions
 * that govern it, so every refusal cites the regime's own text.
 */
import { addDays } from '../../treaty/dates.ts';
import type { IsoDate } from '../../treaty/dates.ts';
import type { EntityId } from '../../treaty/entities.ts';
import type { ParameterId } from '../../treaty/parameters/index.ts';
import type { ProvisionId } from '../../treaty/provisions/index.ts';
import type { ActOf } from '../acts.ts';
import { attackersOf } from '../acts.ts';
import { evaluateCouncil } from '../closing.ts';
import type { CouncilBody, CouncilMatter, DecisionRule, Event } from '../events.ts';
import type { Ctx, Handler, Rule } from '../rule.ts';
import { breach, byParty, freshId, inForce, namedParties, needs, nextProcedureId, rule } from '../rule.ts';
import type { Council, State } from '../state.ts';
import { isPartyRecord, paramOn } from '../state.ts';
import type { SelfDefenceRegime } from './self-defence.ts';
import { assistHandler, measuresHandler, reportHandler } from './self-defence.ts';

type OnCouncil = ActOf<'attend' | 'propose-decision' | 'object' | 'vote' | 'close'>;

/** Who sits on a council and how it decides, fixed when it opens. */
export interface Seating {
  readonly members: readonly EntityId[];
  readonly permanent: readonly EntityId[];
  readonly excluded: readonly EntityId[];
  readonly rule: DecisionRule;
}

/** The Parties on a day, sorted: the members of a council in which every Party sits (NAC, OSCE). */
export function partiesOn(state: State, on: IsoDate): EntityId[] {
  return [...state.entities.values()]
    .filter((rec) => isPartyRecord(rec, on))
    .map((rec) => rec.id)
    .sort();
}

/** The event that opens a council meeting. */
export function seized(
  ctx: Ctx<ActOf<'request-consultations' | 'notify-attack'>, undefined>,
  body: CouncilBody,
  meetingDays: ParameterId,
  seating: Seating,
): Event {
  const { state, act } = ctx;
  const attack = act.act === 'notify-attack';
  const matter: CouncilMatter = attack ? act.kind : 'consultation';
  const victim = attack ? (act.onBehalfOf ?? act.by) : null;
  const concerned = attack ? [victim as EntityId, ...attackersOf(act)] : [act.by, ...act.with];
  const days = paramOn(state, meetingDays, act.on);
  return {
    type: 'CouncilSeized',
    on: act.on,
    by: act.by,
    procedure: act.id ?? nextProcedureId(state, body),
    body,
    matter,
    subject: attack ? '' : act.subject,
    victim,
    attacker: attack ? act.attacker : null,
    concerned: [...new Set(concerned)],
    ...seating,
    deadline: addDays(act.on, typeof days === 'number' ? days : 0),
  };
}

/** The rules that open a council meeting: in force, the parameters it needs, a Party acting, a fresh id. */
export function openStages<A extends ActOf<'request-consultations' | 'notify-attack'>>(
  prefix: string,
  cites: ProvisionId,
  params: readonly ParameterId[],
  more: readonly Rule<A, undefined>[] = [],
): (readonly Rule<A, undefined>[])[] {
  return [
    [inForce(`${prefix}.inForce`, cites)],
    needs<A, undefined>(...params),
    [byParty(`${prefix}.party`, cites), ...more],
    [freshId(`${prefix}.id`, cites, (act) => act.id)],
  ];
}

/** A victim named on another's behalf must be a Party too. */
export function victimIsParty(id: string, cites: ProvisionId): Rule<ActOf<'notify-attack'>, undefined> {
  return namedParties(id, cites, 'onBehalfOf', (act) => (act.onBehalfOf ? [act.onBehalfOf] : []));
}

function isOpen<A extends OnCouncil | ActOf<'assist'>>(id: string, cites: ProvisionId): Rule<A, Council> {
  return rule({
    id,
    cites,
    check: ({ proc }) => (proc.closed === null ? null : breach('procedure_closed', { date: proc.closed })),
  });
}

function knownDecision<A extends ActOf<'object' | 'vote'>>(id: string, cites: ProvisionId): Rule<A, Council> {
  return rule({
    id,
    cites,
    check: ({ act, proc }) =>
      act.decision !== undefined && proc.decisions.has(act.decision)
        ? null
        : breach('unknown_decision', { decision: act.decision ?? '(none)' }),
  });
}

function member<A extends ActOf<'object' | 'vote'>>(id: string, cites: ProvisionId): Rule<A, Council> {
  return rule({
    id,
    cites,
    check: ({ act, proc }) =>
      proc.members.includes(act.by) ? null : breach('not_a_member', { procedure: proc.id }),
  });
}

function notExcluded<A extends ActOf<'object' | 'vote'>>(id: string, cites: ProvisionId): Rule<A, Council> {
  return rule({
    id,
    cites,
    check: ({ act, proc }) =>
      proc.excluded.includes(act.by)
        ? breach('vote_excluded', {
            who: act.by,
            reason: proc.rule === 'veto-majority' ? 'party-to-dispute' : 'state-concerned',
          })
        : null,
  });
}

/** The provisions of a regime's council. */
export interface CouncilCites {
  /** Prefix of rule ids (`nat9`, `un27`). */
  readonly prefix: string;
  /** The body and its meetings (NAT 9, UN Charter 28, the OSCE Permanent Council). */
  readonly seat: ProvisionId;
  /** Who takes part: every Party, or any Member without a vote (UN Charter 31). */
  readonly attend: ProvisionId;
  readonly attendAlso?: readonly ProvisionId[];
  /** The decision rule (NAT 9 practice, UN Charter 27(3), OSCE Helsinki 1973, 69). */
  readonly decide: ProvisionId;
  /** Whose objection or vote is left out (UN Charter 27(3), OSCE Prague 1992, 16). */
  readonly excluded: ProvisionId;
  /** Parameters a closing needs. */
  readonly closeParams: readonly ParameterId[];
}

function withAlso<A extends ActOf<'attend'>>(
  r: Rule<A, Council>,
  also?: readonly ProvisionId[],
): Rule<A, Council> {
  return also === undefined ? r : { ...r, also };
}

export function attendCouncil(c: CouncilCites): Handler<ActOf<'attend'>, Council> {
  return {
    stages: [
      [withAlso(byParty<ActOf<'attend'>, Council>(`${c.prefix}.attendParty`, c.attend), c.attendAlso)],
      [isOpen(`${c.prefix}.attendOpen`, c.seat)],
    ],
    events: ({ act, proc }) => [{ type: 'Attended', on: act.on, by: act.by, procedure: proc.id }],
  };
}

export function proposeInCouncil(c: CouncilCites): Handler<ActOf<'propose-decision'>, Council> {
  return {
    stages: [
      [byParty(`${c.prefix}.proposeParty`, c.seat)],
      [
        isOpen(`${c.prefix}.proposeOpen`, c.seat),
        rule({
          id: `${c.prefix}.proposeFresh`,
          cites: c.seat,
          check: ({ act, proc }) =>
            proc.decisions.has(act.decision) ? breach('duplicate_id', { id: act.decision }) : null,
        }),
      ],
    ],
    events: ({ act, proc }) => [
      {
        type: 'DecisionProposed',
        on: act.on,
        by: act.by,
        procedure: proc.id,
        decision: act.decision,
        text: act.text,
      },
    ],
  };
}

/** Consensus: a member's objection blocks, unless it is the State left out (Prague 1992, 16). */
export function objectInCouncil(c: CouncilCites): Handler<ActOf<'object'>, Council> {
  return {
    stages: [
      [byParty(`${c.prefix}.objector`, c.decide)],
      [
        isOpen(`${c.prefix}.objectOpen`, c.decide),
        knownDecision(`${c.prefix}.objectDecision`, c.decide),
        member(`${c.prefix}.objectMember`, c.decide),
      ],
      [notExcluded(`${c.prefix}.objectExcluded`, c.excluded)],
    ],
    events: ({ act, proc }) => [
      { type: 'DecisionObjected', on: act.on, by: act.by, procedure: proc.id, decision: act.decision ?? '' },
    ],
  };
}

/** A vote of the Security Council: only its members vote (27(1)), and a party to a dispute under Chapter VI does not (27(3)). */
export function voteInCouncil(
  c: CouncilCites & { readonly vote: ProvisionId },
): Handler<ActOf<'vote'>, Council> {
  return {
    stages: [
      [byParty(`${c.prefix}.voter`, c.vote)],
      [
        isOpen(`${c.prefix}.voteOpen`, c.decide),
        knownDecision(`${c.prefix}.voteDecision`, c.decide),
        member(`${c.prefix}.voteMember`, c.vote),
      ],
      [notExcluded(`${c.prefix}.voteExcluded`, c.excluded)],
    ],
    events: ({ act, proc }) => [
      {
        type: 'VoteCast',
        on: act.on,
        by: act.by,
        procedure: proc.id,
        decision: act.decision,
        vote: act.vote,
      },
    ],
  };
}

export function closeCouncil(c: CouncilCites): Handler<ActOf<'close'>, Council> {
  return {
    stages: [[isOpen(`${c.prefix}.closeOpen`, c.seat)], needs<ActOf<'close'>, Council>(...c.closeParams)],
    events: ({ state, act, proc }) => [
      { type: 'ProcedureClosed', on: act.on, procedure: proc.id, closing: evaluateCouncil(state, proc) },
    ],
  };
}

/** The provisions of self-defence within a regime (NAT 5, UN Charter 51). */
export interface DefenceCites {
  readonly prefix: string;
  /** The right or duty to assist (NAT 5(1), UN Charter 51). */
  readonly assist: ProvisionId;
  /** Its end when the Security Council acts, and the report (NAT 5(2), UN Charter 51). */
  readonly council: ProvisionId;
  /** The parameter that makes the victim's request a condition, if any (UN Charter 51, as the ICJ reads it). */
  readonly request: 'un.collective.requestRequired' | null;
  readonly reportDays: ParameterId;
}

/**
 * Self-defence in a regime's council: the act names the council's meeting on the attack, whose
 * gate has found it and checked that the regime is in force; any Party may assist; and the victim's
 * request is a condition only where the regime's parameter makes it one, and never for the victim's
 * own defence.
 */
function inCouncil(c: DefenceCites): SelfDefenceRegime<Council> {
  const request = c.request;
  return {
    prefix: c.prefix,
    assist: c.assist,
    council: c.council,
    checksInForce: false,
    assistParameters: [c.reportDays, ...(request === null ? [] : [request])],
    assisters: [],
    consent: request === null ? null : { rule: 'request', parameter: request, victimExempt: true },
    seeksAttack: false,
    attackOf: ({ proc }) => ({
      record: { procedure: proc.id },
      victim: proc.victim,
      notAnAttack: proc.matter === 'attack' ? null : proc.id,
      councilMeasures: proc.unscMeasures,
    }),
  };
}

export function assistInCouncil(c: DefenceCites): Handler<ActOf<'assist'>, Council> {
  return assistHandler(inCouncil(c));
}

export function reportInCouncil(c: DefenceCites): Handler<ActOf<'report-to-unsc'>, Council> {
  return reportHandler(inCouncil(c));
}

/** The Security Council's measures are a fact the scenario records (NAT 5(2), UN Charter 51). */
export function measuresInCouncil(c: DefenceCites): Handler<ActOf<'unsc-measures'>, Council> {
  return measuresHandler(inCouncil(c));
}
