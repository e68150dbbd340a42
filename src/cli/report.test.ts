/**
 * The report of `est run` shows where an outcome hangs on the reading of EST 8(3): "unanimously"
 * (EST 8(3)) against "by consensus" (EST 6(3)). By default an abstention does not defeat unanimity
 * (`extraordinary.abstentionBlocks` false); read strictly, every Party present whose vote counts
 * must vote yes, so a decision carried with abstentions would fail.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { run } from '../engine/run.ts';
import type { Scenario } from '../scenario/index.ts';
import { parseScenario, toRunInput } from '../scenario/index.ts';
import { hangsOnAbstentions } from '../engine/outcome.ts';
import type { Outcome } from '../engine/outcome.ts';
import { report } from './report.ts';

function load(file: string): Scenario {
  const loaded = parseScenario(
    readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'),
    file,
  );
  assert.ok(loaded.ok, file);
  return loaded.scenario;
}

const STRICT = { 'extraordinary.abstentionBlocks': true } as const;
const outcomeOf = (s: Scenario, extra = {}): Outcome => run(toRunInput(s, extra)).outcome;

/** `procedure: decision` of every decision the report marks as hanging on abstentions. */
function flagged(o: Outcome): string[] {
  return o.procedures.flatMap((p) =>
    (p.decisions ?? []).filter((d) => hangsOnAbstentions(p, d)).map((d) => `${p.id}: ${d.id}`),
  );
}

function adopted(o: Outcome): Map<string, boolean | null> {
  return new Map(
    o.procedures.flatMap((p) => (p.decisions ?? []).map((d) => [`${p.id}: ${d.id}`, d.adopted] as const)),
  );
}

describe('the unanimity reading in the report of est run (EST 8(3) against EST 6(3))', () => {
  for (const file of [
    'case-georgia-2008.scenario.yaml',
    'case-ukraine-2014.scenario.yaml',
    'extraordinary-attacker-excluded.scenario.yaml',
  ]) {
    it(`${file}: flags exactly the decisions the strict reading turns down`, () => {
      const s = load(file);
      const plain = outcomeOf(s);
      const strict = adopted(outcomeOf(s, STRICT));
      const marked = flagged(plain);
      assert.ok(marked.length > 0, 'some decision carried with abstentions');
      // What the default adopts and the strict reading does not is what the report flags.
      const flips = [...adopted(plain)].filter(([id, a]) => a === true && strict.get(id) === false);
      assert.deepEqual(marked.sort(), flips.map(([id]) => id).sort());
      const text = report(plain, { overrides: s.overrides });
      for (const m of marked) assert.ok(text.includes(m), `the report names ${m}`);
      assert.match(text, /Readings that would change an outcome/);
      assert.match(text, /--variant\s+extraordinary\.abstentionBlocks=true/);
    });
  }

  it('fails every decision of the Georgia and Ukraine cases under the strict reading', () => {
    for (const file of ['case-georgia-2008.scenario.yaml', 'case-ukraine-2014.scenario.yaml']) {
      const strict = adopted(outcomeOf(load(file), STRICT));
      assert.ok(strict.size > 0, file);
      for (const [id, a] of strict) assert.equal(a, false, `${file}: ${id}`);
    }
  });

  it('flags nothing once the strict reading is the one run', () => {
    const s = load('case-georgia-2008.scenario.yaml');
    const o = outcomeOf(s, STRICT);
    assert.deepEqual(flagged(o), []);
    assert.doesNotMatch(
      report(o, { overrides: { ...s.overrides, ...STRICT } }),
      /Readings that would change/,
    );
  });

  it('never flags a Conference of the Parties, which decides by consensus (EST 6(3))', () => {
    const o = outcomeOf(load('conference.scenario.yaml'));
    assert.ok(o.procedures.some((p) => p.kind === 'conference' && (p.decisions ?? []).length > 0));
    assert.deepEqual(flagged(o), []);
  });
});
