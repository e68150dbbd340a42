// Every scenario in scenarios/ is a test: it must load, run, and meet its own `expect:` block. Across
// them all, every act and every rejection and finding code must be exercised and expected.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

import { ACT_NAMES } from '../src/engine/acts.ts';
import type { Outcome } from '../src/engine/outcome.ts';
import { run } from '../src/engine/run.ts';
import type { Scenario } from '../src/scenario/index.ts';
import { compareExpect, formatIssue, parseScenario, toRunInput } from '../src/scenario/index.ts';
import { FINDING_CODES, REJECTION_CODES } from '../src/treaty/codes.ts';

const DIR = new URL('../scenarios/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.scenario.yaml'))
  .sort();

const text = (file: string): string => readFileSync(new URL(file, DIR), 'utf8');

interface Checked {
  readonly scenario: Scenario;
  readonly outcome: Outcome;
}

/** Loads and runs a scenario once; the coverage tests reuse the results. */
const cache = new Map<string, Checked>();
function check(file: string): Checked {
  const hit = cache.get(file);
  if (hit) return hit;
  const loaded = parseScenario(text(file), `scenarios/${file}`);
  assert.ok(loaded.ok, loaded.ok ? '' : loaded.issues.map(formatIssue).join('\n'));
  const { scenario } = loaded;
  const { outcome } = run(toRunInput(scenario));
  const checked = { scenario, outcome };
  cache.set(file, checked);
  return checked;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The records an `expect:` block lists under a key (`rejected`, `findings`), outside `$none`. */
function expectedRecords(expect: Readonly<Record<string, unknown>> | undefined, key: string) {
  const list = expect?.[key];
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

describe('the scenarios in scenarios/', () => {
  it('are there, at least sixteen of them besides the four cases', () => {
    assert.ok(FILES.filter((f) => !f.startsWith('case-')).length >= 16, FILES.join(', '));
    for (const c of ['georgia-2008', 'missile-defence-2009', 'ukraine-2014', 'nato-efp-2017'])
      assert.ok(FILES.includes(`case-${c}.scenario.yaml`), `case-${c}.scenario.yaml is missing`);
  });

  for (const file of FILES) {
    it(`${file} is well formed and meets its expect: block`, () => {
      const { scenario, outcome } = check(file);
      assert.ok(scenario.description?.trim(), 'a scenario says what it shows in description:');
      assert.ok(scenario.expect, 'a scenario carries an expect: block');
      assert.deepEqual(compareExpect(scenario.expect, outcome), []);
    });
  }
});

describe('across all scenarios', () => {
  const all = (): Checked[] => FILES.map(check);

  it('every act is used', () => {
    const used = new Set(all().flatMap(({ scenario }) => scenario.acts.map((a) => a.act)));
    assert.deepEqual(
      ACT_NAMES.filter((a) => !used.has(a)),
      [],
    );
  });

  for (const [key, codes] of [
    ['rejected', REJECTION_CODES],
    ['findings', FINDING_CODES],
  ] as const) {
    it(`every code of ${key} occurs in some outcome`, () => {
      const seen = new Set(all().flatMap(({ outcome }) => outcome[key].map((r) => r.code)));
      assert.deepEqual(
        codes.filter((c) => !seen.has(c)),
        [],
      );
    });

    it(`every code of ${key} is expected, with its citation, in some expect: block`, () => {
      const expected = new Set(
        all().flatMap(({ scenario }) =>
          expectedRecords(scenario.expect, key)
            .filter((r) => typeof r['code'] === 'string' && typeof r['cite'] === 'string')
            .map((r) => r['code'] as string),
        ),
      );
      assert.deepEqual(
        codes.filter((c) => !expected.has(c)),
        [],
      );
    });
  }
});

describe('the counterfactual cases', () => {
  const cases = FILES.filter((f) => f.startsWith('case-'));

  for (const file of cases) {
    it(`${file} lists its sources`, () => {
      const raw: unknown = parseYaml(text(file), { version: '1.2' });
      assert.ok(isRecord(raw), 'the file is a map');
      const sources = raw['sources'];
      assert.ok(Array.isArray(sources) && sources.length > 0, 'a non-empty sources: list');
      for (const s of sources) {
        assert.ok(
          typeof s === 'string' || (isRecord(s) && typeof s['title'] === 'string'),
          `a source is text or has a title: ${JSON.stringify(s)}`,
        );
      }
    });
  }
});
