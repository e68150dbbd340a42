/**
 * @module How a conference's quorum and decisions come out on a day: used when the Depositary closes
 * it (the result is frozen in the event) and, provisionally, for a conference still open.
 */
import type { IsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import type { Fraction } from '../treaty/parameters/index.ts';
import type { Closing, ConferenceClosing, DecisionResult, Quorum } from './events.ts';
import type { Conference, Council, Decision, ExtraordinaryConference, State } from './state.ts';
import { isParty, partiesWeightOn, weightOf } from './state.ts';

/**
 * Quorum as an exact fraction of the weight of all Parties that day: met when
 * `present * den >= num * parties`. `required` is the smallest such `present` (56 Parties at 2/3: 38).
 */
export function quorumOf(fraction: Fraction, parties: number, present: number): Quorum {
  const required = Math.ceil((fraction.num * parties) / fraction.den);
  return { required, present, met: present * fraction.den >= fraction.num * parties };
}

/** Attendees that are Parties on the day and carry weight (an organization may weigh 0). */
function voters(state: State, proc: Conference | ExtraordinaryConference, date: IsoDate): EntityId[] {
  return [...proc.attended].filter((id) => isParty(state, id, date) && weightOf(state, id) > 0);
}

export interface Ballot {
  readonly yes: readonly EntityId[];
  readonly no: readonly EntityId[];
  /** Explicit abstentions and present Parties that did not vote. */
  readonly abstain: readonly EntityId[];
}

/** The votes of an extraordinary conference's decision, counting only Parties whose vote counts. */
export function ballotOf(
  state: State,
  proc: ExtraordinaryConference,
  decision: Decision,
  date: IsoDate,
): Ballot {
  const yes: EntityId[] = [];
  const no: EntityId[] = [];
  const abstain: EntityId[] = [];
  for (const id of voters(state, proc, date)) {
    if (proc.excluded.includes(id)) continue;
    const vote = decision.votes.get(id) ?? 'abstain';
    (vote === 'yes' ? yes : vote === 'no' ? no : abstain).push(id);
  }
  return { yes: yes.sort(), no: no.sort(), abstain: abstain.sort() };
}

function decide(
  state: State,
  proc: Conference | ExtraordinaryConference,
  d: Decision,
  met: boolean,
  date: IsoDate,
): DecisionResult {
  if (proc.kind === 'conference') {
    // EST 6(3): consensus, i.e. no objection from a Party present.
    const blockedBy = [...d.objections.keys()]
      .filter((id) => isParty(state, id, date) && weightOf(state, id) > 0)
      .sort();
    return { adopted: met && blockedBy.length === 0, blockedBy };
  }
  // EST 8(3): unanimity of the Parties whose vote counts; whether an abstention breaks it is a
  // parameter. At least one vote in favour is needed: nothing is decided by universal silence.
  const ballot = ballotOf(state, proc, d, date);
  const abstentionsBlock = state.params['extraordinary.abstentionBlocks'] === true;
  const blockedBy = abstentionsBlock ? [...ballot.no, ...ballot.abstain].sort() : [...ballot.no];
  return { adopted: met && blockedBy.length === 0 && ballot.yes.length > 0, blockedBy };
}

/**
 * The votes of a council's decision (UN Charter 27): every member sits (Art. 28), so a member that
 * did not vote abstains; members left out (a party to a dispute under Chapter VI) are not counted.
 */
export function councilBallot(proc: Council, decision: Decision): Ballot {
  const yes: EntityId[] = [];
  const no: EntityId[] = [];
  const abstain: EntityId[] = [];
  for (const id of proc.members) {
    if (proc.excluded.includes(id)) continue;
    const vote = decision.votes.get(id) ?? 'abstain';
    (vote === 'yes' ? yes : vote === 'no' ? no : abstain).push(id);
  }
  return { yes: yes.sort(), no: no.sort(), abstain: abstain.sort() };
}

/** The objections that count in a council deciding by consensus: its members', less those left out. */
export function councilObjections(proc: Council, decision: Decision): EntityId[] {
  return [...decision.objections.keys()]
    .filter((id) => proc.members.includes(id) && !proc.excluded.includes(id))
    .sort();
}

function decideInCouncil(state: State, proc: Council, d: Decision): DecisionResult {
  if (proc.rule !== 'veto-majority') {
    // NAT 9 (practice), OSCE Helsinki 1973, 69: consensus is the absence of an objection; Prague
    // 1992, 16 leaves the State concerned out (it is in `excluded`).
    const blockedBy = councilObjections(proc, d);
    return { adopted: blockedBy.length === 0, blockedBy };
  }
  // UN Charter 27(3): nine votes in favour, none of the permanent members against. Whether an
  // abstention (or not voting) counts against is the reading unsc.abstentionBlocks.
  const ballot = councilBallot(proc, d);
  const abstentionBlocks = state.params['unsc.abstentionBlocks'] === true;
  const vetoes = proc.permanent
    .filter((id) => ballot.no.includes(id) || (abstentionBlocks && ballot.abstain.includes(id)))
    .sort();
  const required = state.params['unsc.votesRequired'] ?? Infinity;
  return { adopted: vetoes.length === 0 && ballot.yes.length >= required, blockedBy: vetoes };
}

/** The decisions of a council on a day; a council has no quorum, so `parties` counts its members. */
export function evaluateCouncil(state: State, proc: Council): Closing {
  const decisions: Record<string, DecisionResult> = {};
  for (const d of proc.decisions.values()) decisions[d.id] = decideInCouncil(state, proc, d);
  return { parties: proc.members.length, decisions };
}

/** The quorum and decisions of a conference on a day; null when its quorum parameter is unset. */
export function evaluate(
  state: State,
  proc: Conference | ExtraordinaryConference,
  date: IsoDate,
): ConferenceClosing | null {
  const fraction = state.params[proc.kind === 'conference' ? 'conference.quorum' : 'extraordinary.quorum'];
  if (fraction === null) return null;
  const parties = partiesWeightOn(state, date);
  const present = voters(state, proc, date).reduce((sum, id) => sum + weightOf(state, id), 0);
  const quorum = quorumOf(fraction, parties, present);
  const decisions: Record<string, DecisionResult> = {};
  for (const d of proc.decisions.values()) decisions[d.id] = decide(state, proc, d, quorum.met, date);
  return { parties, quorum, decisions };
}
