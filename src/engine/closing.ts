/**
 * @module How a conference's decisions come out: each is judged on the day it is taken (the day of
 * the last vote or objection on it, or of its proposal), with the Parties, presence and quorum of
 * that day; votes and objections, once made, stand. The Depositary's close records those results
 * (frozen in the event) and changes none of them; an open conference is shown provisionally.
 */
import type { IsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import type { Fraction } from '../treaty/parameters/index.ts';
import type { Closing, ConferenceClosing, DecisionResult, Quorum } from './events.ts';
import type { Conference, Council, Decision, ExtraordinaryConference, State } from './state.ts';
import { isParty, paramOn, partiesWeightOn, weightOf } from './state.ts';

/**
 * Quorum as an exact fraction of the weight of all Parties that day: met when
 * `present * den >= num * parties`. `required` is the smallest such `present` (56 Parties at 2/3: 38).
 */
export function quorumOf(fraction: Fraction, parties: number, present: number): Quorum {
  const required = Math.ceil((fraction.num * parties) / fraction.den);
  return { required, present, met: present * fraction.den >= fraction.num * parties };
}

/**
 * Those present on a day: they had attended by then, are Parties that day and carry weight (an
 * organization may weigh 0).
 */
function presentOn(state: State, proc: Conference | ExtraordinaryConference, date: IsoDate): EntityId[] {
  const out: EntityId[] = [];
  for (const [id, since] of proc.attended)
    if (since <= date && isParty(state, id, date) && weightOf(state, id, date) > 0) out.push(id);
  return out;
}

/** The weight of the Parties on a day and the quorum of those present that day; null when unset. */
function sittingOn(
  state: State,
  proc: Conference | ExtraordinaryConference,
  date: IsoDate,
): { readonly parties: number; readonly quorum: Quorum } | null {
  const id = proc.kind === 'conference' ? 'conference.quorum' : 'extraordinary.quorum';
  const fraction = paramOn(state, id, date);
  if (fraction === null) return null;
  const parties = partiesWeightOn(state, date);
  const present = presentOn(state, proc, date).reduce((sum, p) => sum + weightOf(state, p, date), 0);
  return { parties, quorum: quorumOf(fraction, parties, present) };
}

export interface Ballot {
  readonly yes: readonly EntityId[];
  readonly no: readonly EntityId[];
  /** Explicit abstentions and Parties present on the day it was taken that did not vote. */
  readonly abstain: readonly EntityId[];
}

/**
 * The votes of an extraordinary conference's decision on the day it was taken, counting only
 * Parties whose vote counts. A vote, once made, stands (the rules accepted it from a Party present);
 * those present that day who did not vote abstain.
 */
export function ballotOf(state: State, proc: ExtraordinaryConference, decision: Decision): Ballot {
  const yes: EntityId[] = [];
  const no: EntityId[] = [];
  const abstain: EntityId[] = [];
  const counts = (id: EntityId) => !proc.excluded.includes(id) && weightOf(state, id, decision.taken) > 0;
  for (const [id, vote] of decision.votes) {
    if (counts(id)) (vote === 'yes' ? yes : vote === 'no' ? no : abstain).push(id);
  }
  for (const id of presentOn(state, proc, decision.taken))
    if (counts(id) && !decision.votes.has(id)) abstain.push(id);
  return { yes: yes.sort(), no: no.sort(), abstain: abstain.sort() };
}

/**
 * A conference's decision, judged on the day it was taken: the quorum of that day, and the
 * objections (EST 6(3), consensus) or votes (EST 8(3), unanimity) made by then, which stand.
 */
function decide(
  state: State,
  proc: Conference | ExtraordinaryConference,
  d: Decision,
): DecisionResult | null {
  const sitting = sittingOn(state, proc, d.taken);
  if (sitting === null) return null;
  const { parties, quorum } = sitting;
  if (proc.kind === 'conference') {
    // EST 6(3): consensus, i.e. no objection from a Party present when it objected.
    const blockedBy = [...d.objections.keys()].filter((id) => weightOf(state, id, d.taken) > 0).sort();
    return { adopted: quorum.met && blockedBy.length === 0, blockedBy, taken: d.taken, parties, quorum };
  }
  // EST 8(3): unanimity of the Parties whose vote counts; whether an abstention breaks it is a
  // parameter. At least one vote in favour is needed: nothing is decided by universal silence.
  const ballot = ballotOf(state, proc, d);
  const abstentionsBlock = paramOn(state, 'extraordinary.abstentionBlocks', d.taken) === true;
  const blockedBy = abstentionsBlock ? [...ballot.no, ...ballot.abstain].sort() : [...ballot.no];
  const adopted = quorum.met && blockedBy.length === 0 && ballot.yes.length > 0;
  return { adopted, blockedBy, taken: d.taken, parties, quorum };
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
    return { adopted: blockedBy.length === 0, blockedBy, taken: d.taken };
  }
  // UN Charter 27(3): nine votes in favour, none of the permanent members against. Whether an
  // abstention (or not voting) counts against is the reading unsc.abstentionBlocks.
  const ballot = councilBallot(proc, d);
  const abstentionBlocks = paramOn(state, 'unsc.abstentionBlocks', d.taken) === true;
  const vetoes = proc.permanent
    .filter((id) => ballot.no.includes(id) || (abstentionBlocks && ballot.abstain.includes(id)))
    .sort();
  const required = paramOn(state, 'unsc.votesRequired', d.taken) ?? Infinity;
  const adopted = vetoes.length === 0 && ballot.yes.length >= required;
  return { adopted, blockedBy: vetoes, taken: d.taken };
}

/** The decisions of a council on a day; a council has no quorum, so `parties` counts its members. */
export function evaluateCouncil(state: State, proc: Council): Closing {
  const decisions: Record<string, DecisionResult> = {};
  for (const d of proc.decisions.values()) decisions[d.id] = decideInCouncil(state, proc, d);
  return { parties: proc.members.length, decisions };
}

/**
 * What the Depositary records when it closes a conference on `date`: each decision as it was taken
 * (on its own day), and the conference's attendance on the closing day. Null when the quorum
 * parameter is unset on the closing day.
 */
export function evaluate(
  state: State,
  proc: Conference | ExtraordinaryConference,
  date: IsoDate,
): ConferenceClosing | null {
  const sitting = sittingOn(state, proc, date);
  if (sitting === null) return null;
  const decisions: Record<string, DecisionResult> = {};
  for (const d of proc.decisions.values()) {
    const result = decide(state, proc, d);
    if (result !== null) decisions[d.id] = result;
  }
  return { ...sitting, decisions };
}
