// The rules id (src/log/rules.ts) names the decisions of this build. This test holds a fingerprint
// of those decisions over every scenario shipped in scenarios/, next to the id it belongs to: when
// a change to the engine changes any decision, it fails and asks for a new id, so that entries
// decided before and after the change never name the same rules.
//
// The fingerprint is the SHA-256 of the canonical JSON of what the log would record of each act
// (loggedOutcome: acceptance, and each violation's code, cite and params) and the types of the
// events an accepted act makes. Messages (src/engine/messages.ts) are not used: rewording one is
// no decision, and changes nothing here.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { decide } from '../engine/decide.ts';
import { evolve } from '../engine/evolve.ts';
import { startState } from '../engine/run.ts';
import type { Scenario } from '../scenario/index.ts';
import { formatIssue, parseScenario, toRunInput } from '../scenario/index.ts';
import { toHex } from './bytes.ts';
import type { FilingOutcome } from './entry.ts';
import { canonicalJson } from './entry.ts';
import { sha256 } from './node-crypto.ts';
import { loggedOutcome } from './record.ts';
import { RULES } from './rules.ts';

/**
 * The decisions of the rules named, over the scenarios whose acts (with their treaty, parameters
 * and premise) hash to `scenarios`. Recorded by hand from the failure message of this test.
 */
const RECORDED = {
  rules: 'est-rules/2026-12-07',
  decisions: '2a6520f6f2a2a484c0b984c404614d01d263a1e4637e6dc725bd4b581e8e1b32',
  scenarios: '5429fe6ef0837abc14796a865342be0696dc3ee8c9e2193943b0caf1f0afb292',
} as const;

const DIR = new URL('../../scenarios/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.scenario.yaml'))
  .sort();

function load(file: string): Scenario {
  const loaded = parseScenario(readFileSync(new URL(file, DIR), 'utf8'), `scenarios/${file}`);
  assert.ok(loaded.ok, loaded.ok ? '' : loaded.issues.map(formatIssue).join('\n'));
  return loaded.scenario;
}

/** What the log would record of one act's decision, and the events it makes when accepted. */
interface Decided {
  readonly outcome: FilingOutcome;
  readonly events: readonly string[];
}

/** Every act of a scenario decided in order, each accepted act's events applied. */
function decisionsOf(scenario: Scenario): Decided[] {
  const input = toRunInput(scenario);
  const state = startState(input);
  return input.acts.map((act) => {
    const decision = decide(state, act);
    if (decision.ok) for (const e of decision.events) evolve(state, e);
    return {
      outcome: loggedOutcome(decision),
      events: decision.ok ? decision.events.map((e) => e.type) : [],
    };
  });
}

/** The inputs of the scenarios: a change here changes the decisions without the rules changing. */
function inputsOf(scenarios: readonly Scenario[]): unknown {
  return scenarios.map((s) => {
    const input = toRunInput(s);
    return {
      file: s.file,
      treaty: input.treaty,
      parameters: input.parameters,
      assume: input.assume ?? null,
      acts: input.acts,
    };
  });
}

const hexSha256 = (value: unknown): string => toHex(sha256(new TextEncoder().encode(canonicalJson(value))));

const scenarios = FILES.map(load);
const decisions = scenarios.map((s) => ({ file: s.file, decisions: decisionsOf(s) }));
const fingerprint = {
  rules: RULES,
  decisions: hexSha256(decisions),
  scenarios: hexSha256(inputsOf(scenarios)),
};
const record = `{ rules: '${fingerprint.rules}', decisions: '${fingerprint.decisions}', scenarios: '${fingerprint.scenarios}' }`;

describe('the rules id and the decisions it names', () => {
  it('covers every scenario shipped, accepted acts and refused ones', () => {
    assert.ok(FILES.length >= 20, FILES.join(', '));
    const all = decisions.flatMap((d) => d.decisions);
    assert.ok(all.some((d) => d.outcome.accepted) && all.some((d) => !d.outcome.accepted));
    assert.equal(
      hexSha256(decisions),
      hexSha256(scenarios.map((s) => ({ file: s.file, decisions: decisionsOf(s) }))),
    );
  });

  it('is recorded here for the rules of this build', () => {
    assert.equal(
      RULES,
      RECORDED.rules,
      `the rules id in src/log/rules.ts is now ${RULES}, but the fingerprint here is recorded for ${RECORDED.rules}: ` +
        `record the fingerprint of ${RULES} in src/log/rules.test.ts (RECORDED): ${record}`,
    );
  });

  it('names the same decisions as when it was recorded', () => {
    if (fingerprint.scenarios !== RECORDED.scenarios) {
      assert.fail(
        `the scenarios in scenarios/ changed (a file added, removed or edited), so the fingerprint of the decisions ` +
          `cannot tell whether the rules did: if no change to the engine goes with it, record ${record} in ` +
          `src/log/rules.test.ts (RECORDED); if one does, give the rules a new id in src/log/rules.ts first`,
      );
    }
    assert.equal(
      fingerprint.decisions,
      RECORDED.decisions,
      `decisions changed: the engine decides the shipped scenarios otherwise than under ${RECORDED.rules}. ` +
        `Give the rules a new id in src/log/rules.ts (RULES) and record the new fingerprint here (RECORDED in ` +
        `src/log/rules.test.ts): ${record.replace(RULES, '<the new id>')} ` +
        `(or, if the rules id was changed already, record the fingerprint). Entries logged under the old id ` +
        `are then reported as a rules change where the new rules decide them otherwise.`,
    );
  });

  it('does not depend on wording: a logged outcome holds codes and data, never a sentence', () => {
    let violations = 0;
    for (const { decisions: ds } of decisions) {
      for (const { outcome } of ds) {
        for (const v of outcome.violations) {
          violations += 1;
          assert.equal('reason' in v, false);
          assert.deepEqual(Object.keys(v).sort(), ['cite', 'code', 'params']);
        }
      }
    }
    assert.ok(violations > 0);
  });
});
