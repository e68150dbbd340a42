/**
 * @module The outcome of a run as of a day: the contract shared by `est run --json`, the service's
 * API and the web UI (shared/DESIGN.md §5). Citations appear as people write them (`EST 8(3)`).
 */
import type { TreatyId } from '../treaty/common.ts';
import type { FindingCode, RejectionCode } from '../treaty/codes.ts';
import type { IsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import { kindOf } from '../treaty/entities.ts';
import { citeOf } from '../treaty/provisions/index.ts';
import type { Act, AttackKind } from './acts.ts';
import { actorOf } from './acts.ts';
import { ballotOf, councilBallot, evaluate, evaluateCouncil } from './closing.ts';
import type { Ballot } from './closing.ts';
import type { Closing, Quorum } from './events.ts';
import type { Exceeded, Finding } from './findings.ts';
import { findingsAsOf } from './findings.ts';
import { describeViolation } from './messages.ts';
import type { Violation } from './rule.ts';
import type { CouncilBody, CouncilMatter, DecisionRule, EntityRecord, Procedure, State } from './state.ts';
import { inForceOn, isPartyRecord } from './state.ts';
import { conferenceOf } from './rules/art-07-08-attack.ts';

export type PartyStatus = 'signatory' | 'party' | 'withdrawing' | 'withdrawn' | 'acceding';

export interface PartyOutcome {
  readonly id: EntityId;
  readonly kind: 'state' | 'organization';
  readonly status: PartyStatus;
  readonly signed: IsoDate | null;
  readonly deposited: IsoDate | null;
  readonly inForceFrom: IsoDate | null;
  readonly withdrawalEffective: IsoDate | null;
  /**
   * Earlier periods as a Party, each ended by a withdrawal, when the state acceded again (EST 12,
   * 13); the fields above describe its latest period. Absent when there is none.
   */
  readonly previous?: readonly { readonly inForceFrom: IsoDate; readonly withdrawalEffective: IsoDate }[];
}

/**
 * An armed attack its victim declared when it consented to assistance (EST 7(2)): the right to
 * assist rests on it whether or not the Article 8 procedure is used.
 */
export interface AttackOutcome {
  readonly id: string;
  readonly victim: EntityId;
  /** The first attacker; `attackers` lists them all. */
  readonly attacker: EntityId;
  readonly attackers: readonly EntityId[];
  readonly declared: IsoDate;
  /**
   * The Extraordinary Conference of the same attack (same victim, an attacker in common), if there
   * is one: assistance it deals with is listed there, not here.
   */
  readonly procedure: string | null;
  /** The day the Security Council took measures on the attack (on either record of it). */
  readonly unscMeasures: IsoDate | null;
  /** Assistance no Extraordinary Conference dealt with. */
  readonly assistance: readonly { by: EntityId; to: EntityId; military: boolean; on: IsoDate }[];
}

/** A victim's consent to assistance from one Party (EST 7(2), UN Charter 51), until it revoked it. */
export interface ConsentOutcome {
  readonly victim: EntityId;
  readonly to: EntityId;
  readonly from: IsoDate;
  readonly until: IsoDate | null;
}

export interface DecisionOutcome {
  readonly id: string;
  readonly text: string;
  readonly proposedBy: EntityId;
  readonly proposed: IsoDate;
  /** null while the conference is open. */
  readonly adopted: boolean | null;
  /**
   * The day it was taken (its last vote or objection, or its proposal): null while the meeting is
   * open. A conference's decision is judged with the Parties (`parties`) and the quorum of that day.
   */
  readonly taken?: IsoDate | null;
  readonly parties?: number;
  readonly quorum?: Quorum;
  readonly blockedBy: readonly EntityId[];
  readonly objections?: readonly EntityId[];
  readonly votes?: Ballot;
}

export interface ProcedureOutcome {
  readonly id: string;
  readonly kind: Procedure['kind'];
  readonly status: 'open' | 'proposed' | 'convened' | 'closed' | 'accepted' | 'refused';
  readonly opened: IsoDate;
  readonly closed: IsoDate | null;
  readonly requestedBy: EntityId;
  readonly subject?: string;
  readonly to?: EntityId;
  readonly answered?: IsoDate | null;
  readonly invited?: readonly EntityId[];
  readonly joined?: readonly EntityId[];
  readonly deadline?: IsoDate | null;
  readonly consultations?: string;
  readonly supporters?: readonly EntityId[];
  readonly convened?: IsoDate | null;
  readonly victim?: EntityId;
  /** The attacker, or the first of several (`attackers`). */
  readonly attacker?: EntityId;
  readonly attackers?: readonly EntityId[];
  readonly attack?: AttackKind;
  readonly attended?: readonly EntityId[];
  /** The weight of all Parties on the closing day (or as of the report for an open conference). */
  readonly parties?: number;
  readonly quorum?: Quorum;
  readonly excluded?: readonly EntityId[];
  readonly decisions?: readonly DecisionOutcome[];
  readonly unscMeasures?: IsoDate | null;
  readonly assistance?: readonly { by: EntityId; to: EntityId; military: boolean; on: IsoDate }[];
  readonly objectionUntil?: IsoDate;
  readonly objections?: readonly EntityId[];
  readonly inForceFrom?: IsoDate | null;
  /** A regime's council: which body, what brought the matter, who sits, how it decides. */
  readonly body?: CouncilBody;
  readonly matter?: CouncilMatter;
  readonly concerned?: readonly EntityId[];
  readonly members?: readonly EntityId[];
  readonly permanent?: readonly EntityId[];
  readonly rule?: DecisionRule;
}

/** A finding as reported: the same record, with `cite` holding the citation (`NRC 4`). */
export type FindingOutcome = Finding;

export interface RejectionOutcome {
  readonly index: number;
  readonly on: IsoDate;
  readonly act: Act['act'];
  readonly by?: EntityId;
  readonly procedure?: string;
  readonly code: RejectionCode;
  readonly cite: string;
  readonly reason: string;
  /** Further violations of the same act, when there were several. */
  readonly also?: readonly { code: RejectionCode; cite: string; reason: string }[];
}

export interface Outcome {
  readonly scenario: string;
  readonly treaty: TreatyId;
  readonly asOf: IsoDate;
  readonly inForce: boolean;
  readonly entryIntoForce: IsoDate | null;
  readonly countedInstruments: number;
  readonly parties: readonly PartyOutcome[];
  readonly procedures: readonly ProcedureOutcome[];
  readonly findings: readonly FindingOutcome[];
  readonly rejected: readonly RejectionOutcome[];
  /** Armed attacks declared by their victims (EST 7(2)); absent when none was. */
  readonly attacks?: readonly AttackOutcome[];
  /** Consents to assistance given, and revoked (EST 7(2)); absent when none was given. */
  readonly consents?: readonly ConsentOutcome[];
}

/**
 * An Extraordinary Conference decision adopted although some Parties abstained (or sat silent): it
 * stands only because an abstention does not defeat unanimity (EST 8(3), the default reading), so
 * under `extraordinary.abstentionBlocks=true` it would fail. Adopted with abstentions can only
 * happen under the default, so the outcome alone tells.
 */
export function hangsOnAbstentions(p: ProcedureOutcome, d: DecisionOutcome): boolean {
  return p.kind === 'extraordinary-conference' && d.adopted === true && (d.votes?.abstain.length ?? 0) > 0;
}

/** A refused act as the outcome lists it. */
export function rejectionOf(index: number, act: Act, violations: readonly Violation[]): RejectionOutcome {
  const [first, ...rest] = violations as [Violation, ...Violation[]];
  const by = actorOf(act);
  return {
    index,
    on: act.on,
    act: act.act,
    ...(by === null ? {} : { by }),
    ...('procedure' in act ? { procedure: act.procedure } : {}),
    code: first.code,
    cite: citeOf(first.cite),
    reason: describeViolation(first),
    ...(rest.length === 0
      ? {}
      : { also: rest.map((v) => ({ code: v.code, cite: citeOf(v.cite), reason: describeViolation(v) })) }),
  };
}

function statusOf(state: State, rec: EntityRecord, asOf: IsoDate): PartyStatus | null {
  // A state that withdrew and acceded again: an earlier period may cover the day.
  const earlier = rec.previous.find((m) => m.inForceFrom <= asOf && asOf < m.withdrawalEffective);
  if (earlier !== undefined)
    return earlier.withdrawalNotified !== null && earlier.withdrawalNotified <= asOf
      ? 'withdrawing'
      : 'party';
  if (rec.withdrawalEffective !== null && rec.withdrawalEffective <= asOf) return 'withdrawn';
  if (isPartyRecord(rec, asOf)) return rec.withdrawalNotified !== null ? 'withdrawing' : 'party';
  if (rec.accession !== null) {
    const p = state.procedures.get(rec.accession);
    if (p?.kind === 'accession' && p.objections.size === 0 && p.opened <= asOf) return 'acceding';
  }
  if (rec.previous.some((m) => m.withdrawalEffective <= asOf)) return 'withdrawn';
  return rec.signed !== null || rec.deposited !== null ? 'signatory' : null;
}

/**
 * The day an entity's instrument was deposited, as of a day: its instrument of accession while its
 * accession stands (EST 12; the day `accession.depositDay` gives, once it has come), else its
 * instrument of ratification or approval (EST 11).
 */
function depositedOf(state: State, rec: EntityRecord, asOf: IsoDate): IsoDate | null {
  const p = rec.accession === null ? undefined : state.procedures.get(rec.accession);
  if (p?.kind === 'accession' && p.objections.size === 0) return p.deposited <= asOf ? p.deposited : null;
  return rec.deposited;
}

function partiesOf(state: State, asOf: IsoDate): PartyOutcome[] {
  const out: PartyOutcome[] = [];
  for (const rec of state.entities.values()) {
    const status = statusOf(state, rec, asOf);
    if (status === null) continue;
    out.push({
      id: rec.id,
      kind: kindOf(rec.id) === 'organization' ? 'organization' : 'state',
      status,
      signed: rec.signed,
      deposited: depositedOf(state, rec, asOf),
      inForceFrom: rec.inForceFrom,
      withdrawalEffective: rec.withdrawalEffective,
      ...(rec.previous.length === 0
        ? {}
        : {
            previous: rec.previous.map((m) => ({
              inForceFrom: m.inForceFrom,
              withdrawalEffective: m.withdrawalEffective,
            })),
          }),
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** The attacks declared by the day, each with its conference, if any, and what the Council did. */
function attacksOf(state: State, asOf: IsoDate): AttackOutcome[] {
  return [...state.attacks.values()]
    .filter((a) => a.declared <= asOf)
    .map((a) => {
      const xc = conferenceOf(state, a, asOf);
      const measures = [a.unscMeasures, xc?.unscMeasures ?? null].filter((d): d is IsoDate => d !== null);
      return {
        id: a.id,
        victim: a.victim,
        attacker: a.attackers[0] ?? a.victim,
        attackers: a.attackers,
        declared: a.declared,
        procedure: xc?.id ?? null,
        unscMeasures: measures.length === 0 ? null : measures.reduce((x, y) => (y < x ? y : x)),
        assistance: a.assistance.filter((x) => x.on <= asOf).map((x) => ({ ...x })),
      };
    });
}

/** The consents given by the day, with the day each was revoked (if it was by then). */
function consentsOf(state: State, asOf: IsoDate): ConsentOutcome[] {
  return state.consentHistory
    .filter((c) => c.from <= asOf)
    .map((c) => ({
      victim: c.victim,
      to: c.to,
      from: c.from,
      until: c.until !== null && c.until <= asOf ? c.until : null,
    }));
}

function meetingOf(
  state: State,
  p: Procedure & { kind: 'conference' | 'extraordinary-conference' },
  asOf: IsoDate,
) {
  const sitting = p.kind === 'extraordinary-conference' || p.convened !== null;
  const closing: Closing | null = p.closing ?? (sitting ? evaluate(state, p, asOf) : null);
  const decisions: DecisionOutcome[] = [...p.decisions.values()].map((d) => {
    const result = closing?.decisions[d.id];
    const closed = p.closed !== null;
    return {
      id: d.id,
      text: d.text,
      proposedBy: d.proposedBy,
      proposed: d.proposed,
      adopted: closed ? (result?.adopted ?? false) : null,
      blockedBy: result?.blockedBy ?? [],
      taken: closed ? d.taken : null,
      ...(closed && result?.quorum !== undefined && result.parties !== undefined
        ? { parties: result.parties, quorum: result.quorum }
        : {}),
      ...(p.kind === 'conference'
        ? { objections: [...d.objections.keys()].sort() }
        : { votes: ballotOf(state, p, d) }),
    };
  });
  return {
    attended: [...p.attended.keys()].sort(),
    ...(closing === null
      ? {}
      : { parties: closing.parties, ...(closing.quorum === undefined ? {} : { quorum: closing.quorum }) }),
    decisions,
  };
}

function councilOf(state: State, p: Procedure & { kind: 'council' }) {
  const closing: Closing = p.closing ?? evaluateCouncil(state, p);
  const decisions: DecisionOutcome[] = [...p.decisions.values()].map((d) => {
    const result = closing.decisions[d.id];
    return {
      id: d.id,
      text: d.text,
      proposedBy: d.proposedBy,
      proposed: d.proposed,
      adopted: p.closed === null ? null : (result?.adopted ?? false),
      blockedBy: result?.blockedBy ?? [],
      taken: p.closed === null ? null : d.taken,
      ...(p.rule === 'veto-majority'
        ? { votes: councilBallot(p, d) }
        : { objections: [...d.objections.keys()].sort() }),
    };
  });
  return {
    body: p.body,
    matter: p.matter,
    ...(p.subject === '' ? {} : { subject: p.subject }),
    ...(p.victim === null ? {} : { victim: p.victim }),
    ...(p.attacker === null ? {} : { attacker: p.attacker }),
    concerned: p.concerned,
    members: p.members,
    ...(p.permanent.length === 0 ? {} : { permanent: p.permanent }),
    excluded: p.excluded,
    rule: p.rule,
    deadline: p.deadline,
    attended: [...p.attended.keys()].sort(),
    parties: closing.parties,
    decisions,
    ...(p.matter === 'consultation'
      ? {}
      : { unscMeasures: p.unscMeasures, assistance: p.assistance.map((a) => ({ ...a })) }),
  };
}

function procedureStatus(p: Procedure, asOf: IsoDate): ProcedureOutcome['status'] {
  switch (p.kind) {
    case 'information-request':
    case 'consultations':
      return p.closed ? 'closed' : 'open';
    case 'conference':
      return p.closed ? 'closed' : p.convened ? 'convened' : 'proposed';
    case 'extraordinary-conference':
    case 'council':
      return p.closed ? 'closed' : 'convened';
    case 'accession':
      return p.objections.size > 0 ? 'refused' : asOf > p.objectionUntil ? 'accepted' : 'open';
  }
}

function procedureOf(state: State, p: Procedure, asOf: IsoDate): ProcedureOutcome {
  const status = procedureStatus(p, asOf);
  const base = {
    id: p.id,
    kind: p.kind,
    status,
    opened: p.opened,
    closed: p.closed,
    requestedBy: p.requestedBy,
  };
  switch (p.kind) {
    case 'information-request':
      return { ...base, to: p.to, subject: p.subject, answered: p.answered };
    case 'consultations':
      return {
        ...base,
        subject: p.subject,
        invited: p.invited,
        joined: [...p.joined].sort(),
        attended: [...p.attended.keys()].sort(),
        deadline: p.deadline,
      };
    case 'conference':
      return {
        ...base,
        consultations: p.consultations,
        supporters: [...p.supporters],
        convened: p.convened,
        deadline: p.deadline,
        ...meetingOf(state, p, asOf),
      };
    case 'extraordinary-conference':
      return {
        ...base,
        victim: p.victim,
        attacker: p.attacker,
        attackers: p.attackers,
        attack: p.attack,
        excluded: p.excluded,
        ...meetingOf(state, p, asOf),
        unscMeasures: p.unscMeasures,
        assistance: p.assistance.map((a) => ({ ...a })),
      };
    case 'council':
      return { ...base, ...councilOf(state, p) };
    case 'accession': {
      const objections = [...p.objections.keys()].sort();
      const refused = status === 'refused';
      return {
        ...base,
        closed: refused
          ? ([...p.objections.values()].sort()[0] ?? null)
          : status === 'accepted'
            ? p.objectionUntil
            : null,
        objectionUntil: p.objectionUntil,
        objections,
        inForceFrom: refused ? null : p.inForceFrom,
      };
    }
    default: {
      const unknown: never = p;
      return unknown;
    }
  }
}

function findingOf(f: Finding): FindingOutcome {
  return { ...f, cite: citeOf(f.cite) };
}

/** The outcome of a state as of a day. */
export function outcomeOf(
  state: State,
  scenario: string,
  asOf: IsoDate,
  rejected: readonly RejectionOutcome[],
): Outcome {
  return {
    scenario,
    treaty: state.treaty,
    asOf,
    inForce: inForceOn(state, asOf),
    entryIntoForce: state.entryIntoForce,
    countedInstruments: state.countedInstruments,
    parties: partiesOf(state, asOf),
    procedures: [...state.procedures.values()].map((p) => procedureOf(state, p, asOf)),
    findings: findingsAsOf(state, asOf).map(findingOf),
    rejected,
    ...withItems('attacks', attacksOf(state, asOf)),
    ...withItems('consents', consentsOf(state, asOf)),
  };
}

/** `{ [key]: items }`, or nothing when there are none (keys the contract adds only when used). */
function withItems<K extends string, T>(key: K, items: readonly T[]): { [P in K]?: readonly T[] } {
  return (items.length === 0 ? {} : { [key]: items }) as { [P in K]?: readonly T[] };
}

export type { Exceeded, FindingCode };
