/** @module The readable report of an outcome. */
import type { Outcome } from '../engine/outcome.ts';
import type { Scenario } from '../scenario/index.ts';

export function report(outcome: Outcome, _scenario: Scenario): string {
  return `${JSON.stringify(outcome)}\n`;
}
