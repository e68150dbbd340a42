/**
 * @module The engine: decide and evolve, the outcome of a run, findings and messages. Pure, but for
 * `evolve`, which changes the state it is given in place.
 */
export type { Act, ActName, ActOf, AttackKind, Vote } from './acts.ts';
export { ACT_NAMES, TREATY_ACTS, actorOf } from './acts.ts';
export type { Closing, DecisionResult, Event, EventType, Quorum } from './events.ts';
export type { Decision, Rule, Violation } from './rule.ts';
export { decide, allRules, treatyKnows } from './decide.ts';
export { evolve } from './evolve.ts';
export type { State, Procedure, ProcedureKind, EntityRecord } from './state.ts';
export { initialState, inForceOn, isParty, partiesWeightOn } from './state.ts';
export { quorumOf, evaluate } from './closing.ts';
export type { Finding, FindingRule } from './findings.ts';
export { FINDING_RULES, findingsAsOf } from './findings.ts';
export { describeFinding, describeViolation } from './messages.ts';
export type {
  DecisionOutcome,
  FindingOutcome,
  Outcome,
  PartyOutcome,
  PartyStatus,
  ProcedureOutcome,
  RejectionOutcome,
} from './outcome.ts';
export { outcomeOf, rejectionOf } from './outcome.ts';
export type { RunInput, RunResult } from './run.ts';
export { defaultAsOf, run, startState } from './run.ts';
