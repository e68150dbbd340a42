/**
 * @module Given/when/then for the engine's tests, in the spirit of emmett's DeciderSpecification:
 * `given({ assume, acts })` folds accepted acts into a state (a refused setup act fails the test),
 * `.when(act)` decides one more act, and `.thenEvents(...)`, `.thenRefused(code, cite)` or
 * `.thenAccepted()` say what should happen. Citations are written as people print them
 * (`EST 8(3)`). Small act builders (`sign('RU', '2010-01-15')`) keep the tests readable.
 *
 * The helper is pure like the engine (no node:* modules): a failed expectation throws a
 * {@link SpecificationError}, which the test runner reports like any assertion.
 */
import type { TreatyId } from '../treaty/common.ts';
import type { FindingCode, RejectionCode } from '../treaty/codes.ts';
import { isoDate } from '../treaty/dates.ts';
import type { IsoDate } from '../treaty/dates.ts';
import { SECURITY_COUNCIL, entityId } from '../treaty/entities.ts';
import type { EntityId } from '../treaty/entities.ts';
import type { Forces } from '../treaty/forces.ts';
import type { ParameterId, ParameterSeries, Step, ValueOf } from '../treaty/parameters/index.ts';
import { applyOverride, parameterSeries } from '../treaty/parameters/index.ts';
import type { PartySet } from '../treaty/parties/index.ts';
import { citeOf } from '../treaty/provisions/index.ts';
import { TREATIES } from '../treaty/treaties.ts';
import type { Act, ActOf, AttackKind, SecurityCouncil, Vote } from './acts.ts';
import { decide } from './decide.ts';
import type { Event } from './events.ts';
import { evolve } from './evolve.ts';
import type { FindingOutcome, Outcome } from './outcome.ts';
import { outcomeOf } from './outcome.ts';
import type { Decision, Violation } from './rule.ts';
import { startState } from './run.ts';
import type { State } from './state.ts';

/** A failed expectation of a specification. */
export class SpecificationError extends Error {
  override readonly name = 'SpecificationError';
}

/**
 * Parameter overrides on top of the treaty's own values; null unsets one. A value holds on every day;
 * `{ dated: [{ since, value }] }` changes it from those days on, as in a scenario.
 */
export type Overrides = {
  readonly [K in ParameterId]?:
    | ValueOf<K>
    | null
    | { readonly dated: readonly { readonly since: string; readonly value: ValueOf<K> | null }[] };
};

export interface Setup {
  /** Default `est-2009`. */
  readonly treaty?: TreatyId;
  readonly parameters?: Overrides;
  /** All of `parties` are Parties, and the treaty in force, from `inForce`. */
  readonly assume?: { readonly inForce: string; readonly parties: PartySet };
  /** Acts applied in order; every one must be accepted. */
  readonly acts?: readonly (Act | readonly Act[])[];
}

/** A violation as printed: its code and its citation. */
export type Refusal = readonly [code: RejectionCode, cite: string];

export interface Given {
  readonly state: State;
  /** Decides one act against the state (without applying it). */
  when(act: Act): When;
  /**
   * The same state with parameters changed after the setup (a scenario cannot do this; it isolates
   * what one act needs from what the setup needed).
   */
  withParameters(overrides: Overrides): Given;
  /** The outcome of the state as of a day (by default the last day of the setup). */
  outcome(asOf?: string): Outcome;
  /** The findings as of a day, with printed citations. */
  findings(asOf: string): readonly FindingOutcome[];
}

export interface When {
  readonly decision: Decision;
  /** Asserts the act is accepted; returns its events and the state they lead to (a copy). */
  thenAccepted(): Then;
  /** Asserts the act is accepted with exactly these events. */
  thenEvents(...expected: readonly Event[]): Then;
  /** Asserts the act is refused with exactly this one violation. */
  thenRefused(code: RejectionCode, cite: string): readonly Violation[];
  /** Asserts the act is refused with exactly these violations, in order. */
  thenViolations(...expected: readonly Refusal[]): readonly Violation[];
}

export interface Then {
  readonly events: readonly Event[];
  /** The state after the act (the given state is left as it was). */
  readonly state: State;
  outcome(asOf?: string): Outcome;
  findings(asOf: string): readonly FindingOutcome[];
}

const show = (v: unknown): string => JSON.stringify(v, null, 1).replace(/\n\s*/g, ' ');

/** Objects with their keys sorted, so that equality does not depend on key order. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, x]) => [k, canonical(x)]),
    );
  return v;
}

const printed = (violations: readonly Violation[]): Refusal[] =>
  violations.map((v) => [v.code, citeOf(v.cite)] as const);

/** A series with overrides applied, whichever treaty each parameter belongs to. */
function overridden(series: ParameterSeries, overrides: Overrides): ParameterSeries {
  const out: Record<string, readonly Step<unknown>[]> = { ...series };
  for (const [id, v] of Object.entries(overrides) as [ParameterId, unknown][]) {
    const dated =
      v !== null && typeof v === 'object' && 'dated' in v
        ? {
            dated: (v as { dated: { since: string; value: unknown }[] }).dated.map((d) => ({
              ...d,
              since: isoDate(d.since),
            })),
          }
        : v;
    out[id] = applyOverride(series[id] as readonly Step<unknown>[], dated);
  }
  return out as unknown as ParameterSeries;
}

/** The parameters of a treaty by date, with overrides applied. */
export function parametersOf(treaty: TreatyId, overrides: Overrides = {}): ParameterSeries {
  return overridden(parameterSeries(treaty), overrides);
}

function lastDay(state: State, acts: readonly Act[]): IsoDate {
  return acts.at(-1)?.on ?? state.entryIntoForce ?? TREATIES[state.treaty].version;
}

function outcomeAt(state: State, asOf: string): Outcome {
  return outcomeOf(state, 'spec', isoDate(asOf), []);
}

function apply(state: State, act: Act, where: string): void {
  const decision = decide(state, act);
  if (!decision.ok)
    throw new SpecificationError(`${where}: ${show(act)} was refused: ${show(printed(decision.violations))}`);
  for (const event of decision.events) evolve(state, event);
}

/** Builds the state of a specification from its setup; a refused setup act fails loudly. */
export function given(setup: Setup = {}): Given {
  const treaty = setup.treaty ?? 'est-2009';
  const state = startState({
    treaty,
    parameters: parametersOf(treaty, setup.parameters),
    ...(setup.assume === undefined
      ? {}
      : { assume: { inForce: isoDate(setup.assume.inForce), parties: setup.assume.parties } }),
  });
  const acts = (setup.acts ?? []).flat();
  acts.forEach((act, i) => apply(state, act, `setup act ${i}`));
  return givenState(state, lastDay(state, acts));
}

function givenState(state: State, defaultAsOf: IsoDate): Given {
  return {
    state,
    when: (act) => whenAct(state, act),
    withParameters: (overrides) => {
      const parameters = overridden(state.parameters, overrides);
      return givenState({ ...structuredClone(state), parameters }, defaultAsOf);
    },
    outcome: (asOf) => outcomeAt(state, asOf ?? defaultAsOf),
    findings: (asOf) => outcomeAt(state, asOf).findings,
  };
}

function whenAct(state: State, act: Act): When {
  const decision = decide(state, act);

  const accepted = (): Then => {
    if (!decision.ok)
      throw new SpecificationError(
        `expected ${act.act} to be accepted, but it was refused: ${show(printed(decision.violations))}`,
      );
    const after = structuredClone(state);
    for (const event of decision.events) evolve(after, event);
    return {
      events: decision.events,
      state: after,
      outcome: (asOf) => outcomeAt(after, asOf ?? act.on),
      findings: (asOf) => outcomeAt(after, asOf).findings,
    };
  };

  const refused = (expected: readonly Refusal[]): readonly Violation[] => {
    if (decision.ok)
      throw new SpecificationError(
        `expected ${act.act} to be refused with ${show(expected)}, but it was accepted: ${show(decision.events)}`,
      );
    const actual = printed(decision.violations);
    if (show(actual) !== show(expected))
      throw new SpecificationError(
        `expected ${act.act} to be refused with ${show(expected)}, got ${show(actual)}`,
      );
    return decision.violations;
  };

  return {
    decision,
    thenAccepted: accepted,
    thenEvents: (...expected) => {
      const then = accepted();
      if (show(canonical(then.events)) !== show(canonical(expected)))
        throw new SpecificationError(`expected events ${show(expected)}, got ${show(then.events)}`);
      return then;
    },
    thenRefused: (code, cite) => refused([[code, cite]]),
    thenViolations: (...expected) => refused(expected),
  };
}

/** Finds the one finding with a code (and, if given, a party) or fails. */
export function theFinding(
  findings: readonly FindingOutcome[],
  code: FindingCode,
  party?: string,
): FindingOutcome {
  const found = findings.filter(
    (f) => f.code === code && (party === undefined || f.parties.includes(party as EntityId)),
  );
  if (found.length !== 1)
    throw new SpecificationError(
      `expected one ${code} finding${party ? ` for ${party}` : ''}, got ${show(findings)}`,
    );
  return found[0] as FindingOutcome;
}

////////// Act builders (plain strings in, branded values out; a bad literal throws)

const p = (id: string): EntityId => entityId(id);
const d = (day: string): IsoDate => isoDate(day);
const ps = (ids: string | readonly string[]): EntityId[] =>
  (typeof ids === 'string' ? ids.split(/\s+/).filter(Boolean) : ids).map(p);

/** The same act for several actors: `each('US RU DE', (by) => attend(by, 'xc-1', day))`. */
export function each<A extends Act>(actors: string | readonly string[], make: (by: string) => A): A[] {
  return ps(actors).map((by) => make(by));
}

export const sign = (by: string, on: string): ActOf<'sign'> => ({ act: 'sign', by: p(by), on: d(on) });

export const ratify = (by: string, on: string): ActOf<'ratify'> => ({ act: 'ratify', by: p(by), on: d(on) });

export const accede = (by: string, on: string, id?: string): ActOf<'accede'> => ({
  act: 'accede',
  by: p(by),
  on: d(on),
  ...(id === undefined ? {} : { id }),
});

export const withdraw = (
  by: string,
  on: string,
  statement?: string,
  effective?: string,
): ActOf<'withdraw'> => ({
  act: 'withdraw',
  by: p(by),
  on: d(on),
  ...(statement === undefined ? {} : { statement }),
  ...(effective === undefined ? {} : { effective: d(effective) }),
});

export const requestInformation = (
  by: string,
  to: string,
  on: string,
  opts: { readonly id?: string; readonly subject?: string } = {},
): ActOf<'request-information'> => ({
  act: 'request-information',
  by: p(by),
  to: p(to),
  on: d(on),
  subject: opts.subject ?? 'troop movements',
  ...(opts.id === undefined ? {} : { id: opts.id }),
});

export const answer = (by: string, procedure: string, on: string): ActOf<'answer'> => ({
  act: 'answer',
  by: p(by),
  procedure,
  on: d(on),
});

export const requestConsultations = (
  by: string,
  invited: string | readonly string[],
  on: string,
  opts: { readonly id?: string; readonly subject?: string; readonly date?: string } = {},
): ActOf<'request-consultations'> => ({
  act: 'request-consultations',
  by: p(by),
  with: ps(invited),
  on: d(on),
  subject: opts.subject ?? 'missile defence',
  ...(opts.id === undefined ? {} : { id: opts.id }),
  ...(opts.date === undefined ? {} : { date: d(opts.date) }),
});

export const join = (by: string, procedure: string, on: string): ActOf<'join'> => ({
  act: 'join',
  by: p(by),
  procedure,
  on: d(on),
});

export const attend = (by: string, procedure: string, on: string): ActOf<'attend'> => ({
  act: 'attend',
  by: p(by),
  procedure,
  on: d(on),
});

export const close = (procedure: string, on: string): ActOf<'close'> => ({
  act: 'close',
  procedure,
  on: d(on),
});

export const proposeConference = (
  by: string,
  consultations: string,
  on: string,
  id?: string,
): ActOf<'propose-conference'> => ({
  act: 'propose-conference',
  by: p(by),
  procedure: consultations,
  on: d(on),
  ...(id === undefined ? {} : { id }),
});

export const support = (by: string, procedure: string, on: string): ActOf<'support'> => ({
  act: 'support',
  by: p(by),
  procedure,
  on: d(on),
});

/** `attacker` may list several, space-separated: `notifyAttack('GE', 'RU BY', ...)`. */
export const notifyAttack = (
  by: string,
  attacker: string,
  on: string,
  opts: { readonly id?: string; readonly kind?: AttackKind; readonly onBehalfOf?: string } = {},
): ActOf<'notify-attack'> => ({
  act: 'notify-attack',
  by: p(by),
  ...attackersField(attacker),
  kind: opts.kind ?? 'attack',
  on: d(on),
  ...(opts.id === undefined ? {} : { id: opts.id }),
  ...(opts.onBehalfOf === undefined ? {} : { onBehalfOf: p(opts.onBehalfOf) }),
});

export const proposeDecision = (
  by: string,
  procedure: string,
  decision: string,
  on: string,
  text = `text of ${decision}`,
): ActOf<'propose-decision'> => ({
  act: 'propose-decision',
  by: p(by),
  procedure,
  decision,
  text,
  on: d(on),
});

export const object = (by: string, procedure: string, on: string, decision?: string): ActOf<'object'> => ({
  act: 'object',
  by: p(by),
  procedure,
  on: d(on),
  ...(decision === undefined ? {} : { decision }),
});

export const vote = (
  by: string,
  procedure: string,
  decision: string,
  choice: Vote,
  on: string,
): ActOf<'vote'> => ({ act: 'vote', by: p(by), procedure, decision, vote: choice, on: d(on) });

/** `attacker` and `attacker` lists as the loader makes them: the first, and all when several. */
function attackersField(attacker: string): { attacker: EntityId; attackers?: EntityId[] } {
  const all = ps(attacker);
  return { attacker: all[0] as EntityId, ...(all.length > 1 ? { attackers: all } : {}) };
}

/** With `attacker`, the victim also declares the armed attack (EST 7(2)), as `attack` if given. */
export const consentAssistance = (
  by: string,
  to: string | readonly string[],
  on: string,
  opts: { readonly attacker?: string; readonly attack?: string } = {},
): ActOf<'consent-assistance'> => ({
  act: 'consent-assistance',
  by: p(by),
  to: ps(to),
  on: d(on),
  ...(opts.attacker === undefined ? {} : attackersField(opts.attacker)),
  ...(opts.attack === undefined ? {} : { attack: opts.attack }),
});

/** The victim revokes its consent to assistance from `to`, or from everyone when `to` is omitted. */
export const revokeConsent = (by: string, on: string, to?: string): ActOf<'revoke-consent'> => ({
  act: 'revoke-consent',
  by: p(by),
  on: d(on),
  ...(to === undefined ? {} : { to: ps(to) }),
});

/** Assistance naming the victim only, or the attack it declared (`attack`): no procedure. */
export const assistVictim = (
  by: string,
  to: string,
  on: string,
  opts: { readonly attack?: string; readonly military?: boolean } = {},
): ActOf<'assist'> => ({
  act: 'assist',
  by: p(by),
  to: p(to),
  military: opts.military ?? true,
  on: d(on),
  ...(opts.attack === undefined ? {} : { attack: opts.attack }),
});

/** A report to the Security Council on an attack its victim declared. */
export const reportOnAttack = (by: string, attack: string, on: string): ActOf<'report-to-unsc'> => ({
  act: 'report-to-unsc',
  by: p(by),
  attack,
  on: d(on),
});

/** The Security Council's measures on an attack its victim declared. */
export const unscMeasuresOnAttack = (attack: string, on: string): ActOf<'unsc-measures'> => ({
  act: 'unsc-measures',
  by: SECURITY_COUNCIL as SecurityCouncil,
  attack,
  on: d(on),
});

export const assist = (
  by: string,
  procedure: string,
  to: string,
  on: string,
  military = true,
): ActOf<'assist'> => ({ act: 'assist', by: p(by), procedure, to: p(to), military, on: d(on) });

export const reportToUnsc = (by: string, procedure: string, on: string): ActOf<'report-to-unsc'> => ({
  act: 'report-to-unsc',
  by: p(by),
  procedure,
  on: d(on),
});

export const unscMeasures = (procedure: string, on: string): ActOf<'unsc-measures'> => ({
  act: 'unsc-measures',
  by: SECURITY_COUNCIL as SecurityCouncil,
  procedure,
  on: d(on),
});

export const assumeObligation = (by: string, obligation: string, on: string): ActOf<'assume-obligation'> => ({
  act: 'assume-obligation',
  by: p(by),
  obligation,
  on: d(on),
});

export const deploy = (
  by: string,
  host: string,
  forces: Forces,
  on: string,
  opts: { readonly id: string; readonly permanent?: boolean; readonly reaches?: readonly string[] },
): ActOf<'deploy'> => ({
  act: 'deploy',
  by: p(by),
  in: p(host),
  forces,
  permanent: opts.permanent ?? true,
  id: opts.id,
  ...(opts.reaches === undefined ? {} : { reaches: opts.reaches.map(p) }),
  on: d(on),
});

export const endDeployment = (by: string, id: string, on: string): ActOf<'end-deployment'> => ({
  act: 'end-deployment',
  by: p(by),
  id,
  on: d(on),
});

/** Branded literals for expected events. */
export { d as day, p as party, ps as parties };
