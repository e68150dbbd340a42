/**
 * @module Running a list of acts: decide each in order, apply the events of those accepted, record
 * the refusals, and report the outcome as of a day.
 */
import type { TreatyId } from '../treaty/common.ts';
import type { IsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import type { ParameterSeries } from '../treaty/parameters/index.ts';
import type { PartySet } from '../treaty/parties/index.ts';
import { resolvePartySet } from '../treaty/parties/index.ts';
import { TREATIES } from '../treaty/treaties.ts';
import type { Act } from './acts.ts';
import { decide } from './decide.ts';
import { evolve } from './evolve.ts';
import type { Outcome, RejectionOutcome } from './outcome.ts';
import { outcomeOf, rejectionOf } from './outcome.ts';
import type { State } from './state.ts';
import { initialState } from './state.ts';

/** A treaty, its parameters, an optional premise that it is already in force, and the acts in order. */
export interface RunInput {
  readonly name: string;
  readonly treaty: TreatyId;
  /** Each parameter by date (`parameterSeries`): every act reads the value of its own day. */
  readonly parameters: ParameterSeries;
  /** Shortcut: all of `parties` are Parties, and the treaty in force, from `inForce`. */
  readonly assume?: { readonly inForce: IsoDate; readonly parties: PartySet };
  readonly acts: readonly Act[];
}

export interface RunResult {
  readonly state: State;
  readonly asOf: IsoDate;
  readonly rejected: readonly RejectionOutcome[];
  readonly outcome: Outcome;
}

/** The state a run starts from: the parameters, and the assumed Parties if any. */
export function startState(input: Pick<RunInput, 'treaty' | 'parameters' | 'assume'>): State {
  const state = initialState(input.treaty, input.parameters);
  if (input.assume) {
    const parties: EntityId[] = [...resolvePartySet(input.assume.parties, input.assume.inForce)];
    evolve(state, { type: 'PartiesAssumed', on: input.assume.inForce, parties });
  }
  return state;
}

/** The default day of the report: the date of the last act, else the assumed entry into force. */
export function defaultAsOf(input: Pick<RunInput, 'treaty' | 'assume' | 'acts'>): IsoDate {
  return input.acts.at(-1)?.on ?? input.assume?.inForce ?? TREATIES[input.treaty].version;
}

/** Runs the acts dated on or before `asOf` (by default all of them) and reports the outcome that day. */
export function run(input: RunInput, options: { readonly asOf?: IsoDate } = {}): RunResult {
  const asOf = options.asOf ?? defaultAsOf(input);
  const state = startState(input);
  const rejected: RejectionOutcome[] = [];
  for (let index = 0; index < input.acts.length; index += 1) {
    const act = input.acts[index] as Act;
    if (act.on > asOf) break;
    const decision = decide(state, act);
    if (decision.ok) for (const event of decision.events) evolve(state, event);
    else rejected.push(rejectionOf(index, act, decision.violations));
  }
  return { state, asOf, rejected, outcome: outcomeOf(state, input.name, asOf, rejected) };
}
