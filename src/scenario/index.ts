/** @module Scenarios: loading, checking against `expect:`, and turning them into engine runs. */
import type { RunInput } from '../engine/run.ts';
import type { ParameterId } from '../treaty/parameters/index.ts';
import { parameterSeries } from '../treaty/parameters/index.ts';
import type { Scenario } from './load.ts';

export type { Issue, Loaded, Scenario } from './load.ts';
export { formatIssue, parseScenario } from './load.ts';
export type { Problem } from './act.ts';
export { checkEvent, checkFiledAct, didYouMean, formatPath } from './act.ts';
export { compareExpect, matches } from './expect.ts';

/** The engine input of a scenario, with command-line overrides applied over the file's own. */
export function toRunInput(
  s: Scenario,
  extra: Readonly<Partial<Record<ParameterId, unknown>>> = {},
): RunInput {
  return {
    name: s.name,
    treaty: s.treaty,
    parameters: parameterSeries(s.treaty, { ...s.overrides, ...extra }),
    ...(s.assume ? { assume: s.assume } : {}),
    acts: s.acts,
  };
}
