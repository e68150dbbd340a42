/**
 * The scenario loader on deployments: the force kinds of the weapons articles (launchers of
 * intermediate- and shorter-range missiles, nuclear weapons) and `reaches`, the States a
 * deployment's missiles could reach. A malformed value is reported at its file, line, column and
 * field, with what was expected.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { Issue, Scenario } from './load.ts';
import { formatIssue, parseScenario } from './load.ts';

const FILE = 'scenarios/weapons.scenario.yaml';
const HEAD = ['name: test', 'treaty: nra-2021', 'events:'] as const;

/** The scenario whose only event is `event` (on line 4). */
const load = (event: string) => parseScenario(`${[...HEAD, `  - ${event}`].join('\n')}\n`, FILE);

function loaded(event: string): Scenario {
  const result = load(event);
  if (!result.ok) assert.fail(result.issues.map(formatIssue).join('\n'));
  return result.scenario;
}

/** The one issue of a rejected event, with the column of `needle` on its line. */
function issue(event: string, needle: string): { readonly issue: Issue; readonly column: number } {
  const result = load(event);
  if (result.ok) assert.fail('expected the scenario to be rejected, but it loaded');
  assert.equal(result.issues.length, 1, result.issues.map(formatIssue).join('\n'));
  const line = `  - ${event}`;
  assert.ok(line.includes(needle), needle);
  return { issue: result.issues[0] as Issue, column: line.indexOf(needle) + 1 };
}

const deploy = (forces: string, more = ''): string =>
  `{ on: 2018-02-05, act: deploy, by: RU, in: RU, forces: ${forces}, permanent: true, id: k${more} }`;

describe('parseScenario on the weapons of a deployment', () => {
  it('reads the launchers of missiles and the States they could reach, one or a list, as a list', () => {
    const one = loaded(deploy('{ shorterRangeMissiles: 12 }', ', reaches: PL'));
    assert.deepEqual(one.acts[0], {
      on: '2018-02-05',
      act: 'deploy',
      by: 'RU',
      in: 'RU',
      forces: { shorterRangeMissiles: 12 },
      permanent: true,
      id: 'k',
      reaches: ['PL'],
    });
    const many = loaded(deploy('{ intermediateRangeMissiles: 4 }', ', reaches: [PL, LT]'));
    assert.deepEqual(many.acts[0]?.act === 'deploy' && many.acts[0].reaches, ['PL', 'LT']);
  });

  it('reads an empty reaches as within reach of no State, and a deployment without it as not stated', () => {
    const none = loaded(deploy('{ shorterRangeMissiles: 12 }', ', reaches: []'));
    assert.deepEqual(none.acts[0]?.act === 'deploy' && none.acts[0].reaches, []);
    const unstated = loaded(deploy('{ shorterRangeMissiles: 12 }'));
    assert.equal(unstated.acts[0]?.act === 'deploy' && 'reaches' in unstated.acts[0], false);
  });

  it('reads nuclear weapons as a count like any other kind', () => {
    const s = loaded(deploy('{ nuclearWeapons: 20 }'));
    assert.deepEqual(s.acts[0]?.act === 'deploy' && s.acts[0].forces, { nuclearWeapons: 20 });
  });

  for (const [value, got] of [
    ['-1', '-1'],
    ['2.5', '2.5'],
    ['twelve', '"twelve"'],
  ] as const) {
    it(`reports a count of ${value} at its value: a whole number, 0 or more, is expected`, () => {
      const event = deploy(`{ shorterRangeMissiles: ${value} }`, ', reaches: PL');
      const { issue: i, column } = issue(event, value);
      assert.deepEqual(
        { file: i.file, line: i.line, column: i.column, path: i.path, message: i.message },
        {
          file: FILE,
          line: 4,
          column,
          path: 'events[0].forces.shorterRangeMissiles',
          message: `expected a count (a whole number, 0 or more), got ${got}`,
        },
      );
    });
  }

  it('names a misspelt kind at its key, with the kind meant', () => {
    const { issue: i, column } = issue(deploy('{ shorterRangeMisiles: 12 }'), 'shorterRangeMisiles');
    assert.deepEqual([i.line, i.column, i.path], [4, column, 'events[0].forces.shorterRangeMisiles']);
    assert.equal(i.message, "unknown field 'shorterRangeMisiles' (did you mean shorterRangeMissiles?)");
  });

  it('reports an unknown State among those within reach at its entry', () => {
    const { issue: i, column } = issue(deploy('{ shorterRangeMissiles: 12 }', ', reaches: [PL, ZZ]'), 'ZZ');
    assert.deepEqual([i.line, i.column, i.path], [4, column, 'events[0].reaches[1]']);
    assert.match(i.message, /^unknown party id; expected an ISO 3166-1 alpha-2 code.*got "ZZ"$/);
  });

  it('reports a reaches that is no State or list', () => {
    const { issue: i, column } = issue(deploy('{ shorterRangeMissiles: 12 }', ', reaches: 500'), '500');
    assert.deepEqual([i.line, i.column, i.path], [4, column, 'events[0].reaches']);
    assert.match(i.message, /^expected a party id or a list of them \(possibly empty\): .*got 500$/);
  });

  it('reports a reaches on a deployment without missiles: it says where missiles could strike', () => {
    const { issue: i, column } = issue(deploy('{ troops: 3000 }', ', reaches: [PL]'), '[PL]');
    assert.deepEqual([i.line, i.column, i.path], [4, column, 'events[0].reaches']);
    assert.match(i.message, /intermediateRangeMissiles or shorterRangeMissiles above 0$/);
  });
});
