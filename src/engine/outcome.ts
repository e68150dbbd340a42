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

export type PartyStatus = 'signatory' | 'party' | 'withdrawing' | 'withdrawn' | 'acceding';

export interface PartyOutcome {
  readonly id: EntityId;
  readonly kind: 'state' | 'organization';
  readonly status: PartyStatus;
  readonly signed: IsoDate | null;
  readonly deposited: IsoDate | null;
  readonly inForceFrom: IsoDate | null;
  readonly withdrawalEffective: IsoDate | null;
}

export interface DecisionOutcome {
  readonly id: string;
  readonly text: string;
  readonly proposedBy: EntityId;
  readonly proposed: IsoDate;
  /** null while the conference is open. */
  readonly adopted: boolean | null;
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
  readonly attacker?: EntityId;
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
  if (rec.withdrawalEffective !== null && rec.withdrawalEffective <= asOf) return 'withdrawn';
  if (isPartyRecord(rec, asOf)) return rec.withdrawalNotified !== null ? 'withdrawing' : 'party';
  if (rec.accession !== null) {
    const p = state.procedures.get(rec.accession);
    if (p?.kind === 'accession' && p.objections.size === 0) return 'acceding';
  }
  return rec.signed !== null || rec.deposited !== null ? 'signatory' : null;
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
      deposited: rec.deposited,
      inForceFrom: rec.inForceFrom,
      withdrawalEffective: rec.withdrawalEffective,
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

function meetingOf(
  state: State,
  p: Procedure & { kind: 'conference' | 'extraordinary-conference' },
  asOf: IsoDate,
) {
  const sitting = p.kind === 'extraordinary-conference' || p.convened !== null;
  const closing: Closing | null = p.closing ?? (sitting ? evaluate(state, p, asOf) : null);
  const day = p.closed ?? asOf;
  const decisions: DecisionOutcome[] = [...p.decisions.values()].map((d) => {
    const result = closing?.decisions[d.id];
    return {
      id: d.id,
      text: d.text,
      proposedBy: d.proposedBy,
      proposed: d.proposed,
      adopted: p.closed === null ? null : (result?.adopted ?? false),
      blockedBy: result?.blockedBy ?? [],
      ...(p.kind === 'conference'
        ? { objections: [...d.objections.keys()].sort() }
        : { votes: ballotOf(state, p, d, day) }),
    };
  });
  return {
    attended: [...p.attended].sort(),
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
    attended: [...p.attended].sort(),
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
        attended: [...p.attended].sort(),
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
  };
}

export type { Exceeded, FindingCode };
