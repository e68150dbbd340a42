/**
 * @module Running a scenario text in the browser as `est run FILE [--set ...] [--as-of ...] --json`
 * does, with the same pure code (parseScenario, toRunInput, run): the result the page shows, and the
 * violations of each refused act for giving its reason in the page's language.
 */
/** A parameter override as typed (`--set id=raw`) and as parsed. */
import { decide } from '../../../../src/engine/decide.ts';
import { evolve } from '../../../../src/engine/evolve.ts';
import type { Outcome } from '../../../../src/engine/outcome.ts';
import type { Violation } from '../../../../src/engine/rule.ts';
import type { RunInput } from '../../../../src/engine/run.ts';
import { run, startState } from '../../../../src/engine/run.ts';
import type { Issue, Scenario } from '../../../../src/scenario/index.ts';
import { compareExpect, parseScenario, toRunInput } from '../../../../src/scenario/index.ts';
import type { IsoDate } from '../../../../src/treaty/dates.ts';
import type { ParameterId } from '../../../../src/treaty/parameters/index.ts';

export interface Override {
  readonly id: ParameterId;
  readonly raw: string;
  readonly value: unknown;
}

export type Result =
  | { readonly kind: 'none' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'issues'; readonly issues: readonly Issue[] }
  | { readonly kind: 'crash'; readonly error: Error }
  | {
      readonly kind: 'report';
      readonly scenario: Scenario;
      readonly outcome: Outcome;
      readonly json: string;
      readonly changed: Readonly<Partial<Record<ParameterId, unknown>>>;
      readonly violations: ReadonlyMap<number, readonly Violation[]>;
      readonly expect: readonly string[] | null;
      readonly overridden: boolean;
      readonly file: string;
    };

/**
 * The violations of each refused act, by act index, replayed the way `run` decides them: the outcome
 * keeps only the English reason, and the report gives it in the page's language.
 */
function violationsOf(input: RunInput, asOf: IsoDate): Map<number, readonly Violation[]> {
  const out = new Map<number, readonly Violation[]>();
  const state = startState(input);
  input.acts.forEach((act, index) => {
    if (act.on > asOf) return;
    const decision = decide(state, act);
    if (decision.ok) for (const event of decision.events) evolve(state, event);
    else out.set(index, decision.violations);
  });
  return out;
}

/** Runs a scenario text as `est run FILE [--set ...] [--as-of ...] --json` would. */
export function runText(
  text: string,
  file: string,
  overrides: readonly Override[],
  asOf: IsoDate | null,
): Result {
  if (text.trim() === '') return { kind: 'empty' };
  const loaded = parseScenario(text, file);
  if (!loaded.ok) return { kind: 'issues', issues: loaded.issues };
  const scenario = loaded.scenario;
  const extra: Partial<Record<ParameterId, unknown>> = {};
  for (const o of overrides) extra[o.id] = o.value;
  const input = toRunInput(scenario, extra);
  const result = run(input, asOf ? { asOf } : {});
  // As `est run --json` prints it: a scenario's acts are assumed, and its outcome says so (`mode`).
  const { scenario: name, ...rest } = result.outcome;
  const outcome = { scenario: name, mode: 'exercise' as const, ...rest };
  return {
    kind: 'report',
    scenario,
    outcome: result.outcome,
    json: `${JSON.stringify(outcome, null, 2)}\n`,
    changed: { ...scenario.overrides, ...extra },
    violations: violationsOf(input, result.asOf),
    expect: scenario.expect ? compareExpect(scenario.expect, result.outcome) : null,
    overridden: overrides.length > 0,
    file,
  };
}
