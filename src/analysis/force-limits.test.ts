import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { run } from '../engine/run.ts';
import { parseScenario, toRunInput } from '../scenario/index.ts';
import { isoDate } from '../treaty/dates.ts';
import type { DeploymentRecord } from './force-limits.ts';
import {
  FORMER_WP_AND_USSR,
  READINGS,
  analyzeForceLimits,
  analyzeReading,
  deploymentActs,
  firstCrossingMatrix,
  isPartialDate,
  parseDeploymentData,
} from './force-limits.ts';
import { dep, reading } from './force-limits/testing.ts';

const firsts = (records: readonly DeploymentRecord[], id: string, asOf = '2026-01-01') =>
  Object.fromEntries(
    analyzeReading(records, reading(id), isoDate(asOf)).hosts.map((h) => [h.host, h.first?.on ?? null]),
  );

describe('force limits: thresholds and dates', () => {
  it('dates a crossing on the first day a count exceeds its threshold, not on reaching it', () => {
    const records = [
      dep('a', 'US', 'PL', '2015-03-01', { tanks: 30 }),
      dep('b', 'GB', 'PL', '2015-04-01', { tanks: 11 }), // 41: reached, not exceeded
      dep('c', 'CA', 'PL', '2015-05-10', { tanks: 1 }), // 42
    ];
    const result = analyzeReading(records, reading('nrc-2010'), isoDate('2016-01-01'));
    const pl = result.hosts.find((h) => h.host === 'PL');
    assert.equal(pl?.first?.on, '2015-05-10');
    assert.deepEqual(pl?.first?.exceeded, [{ kind: 'tanks', count: 42, threshold: 41 }]);
    assert.deepEqual(pl?.first?.deployedBy, ['CA', 'GB', 'US']);
    assert.deepEqual(pl?.first?.responsible, ['a', 'b', 'c']);
    assert.deepEqual(result.rejected, []);
  });

  it('opens a new crossing after the forces fall back under every threshold', () => {
    const records = [
      dep('brigade-1', 'US', 'RO', '2012-01-15', { brigades: 1 }, { to: '2012-09-15' }),
      dep('brigade-2', 'US', 'RO', '2013-02-01', { brigades: 1 }),
    ];
    const ro = analyzeReading(records, reading('nrc-2010'), isoDate('2014-01-01')).hosts[0];
    assert.deepEqual(
      ro?.crossings.map((c) => [c.on, c.responsible]),
      [
        ['2012-01-15', ['brigade-1']],
        ['2013-02-01', ['brigade-2']],
      ],
    );
  });

  it('a relief on the same day (one ends, the next begins) does not open a new crossing', () => {
    const records = [
      dep('rot-1', 'US', 'PL', '2017-01-12', { brigades: 1 }, { to: '2017-09-13' }),
      dep('rot-2', 'US', 'PL', '2017-09-13', { brigades: 1 }),
    ];
    const pl = analyzeReading(records, reading('nrc-2010'), isoDate('2018-01-01')).hosts[0];
    assert.equal(pl?.crossings.length, 1);
  });

  it('counts nothing before the assumed entry into force, then dates the crossing on that day', () => {
    const records = [dep('early', 'US', 'PL', '2008-06-01', { brigades: 1 })];
    assert.equal(firsts(records, 'nrc-2010')['PL'], '2010-01-01');
  });

  it('leaves out the host itself, Russia (exempt), and old members as hosts', () => {
    const records = [
      dep('own', 'PL', 'PL', '2012-01-01', { brigades: 3, tanks: 500 }),
      dep('ru', 'RU', 'LV', '2012-01-01', { brigades: 1 }),
      dep('de', 'US', 'DE', '2012-01-01', { brigades: 2 }),
    ];
    assert.deepEqual(firsts(records, 'nrc-2010'), { DE: null, LV: null, PL: null });
    const matrix = firstCrossingMatrix(analyzeForceLimits({ deployments: records }, [reading('nrc-2010')]));
    assert.deepEqual(
      matrix.map((r) => [r.host, r.cells[0]]),
      [
        ['DE', 'not-a-target'],
        ['LV', null],
        ['PL', null],
      ],
    );
  });

  it('a host becomes a target the day it joins NATO (Montenegro, 2017-06-05)', () => {
    const records = [dep('it-me', 'IT', 'ME', '2016-01-10', { brigades: 1 })];
    assert.equal(firsts(records, 'nrc-2010')['ME'], '2017-06-05');
    assert.equal(firsts(records, 'joined-after-1991')['ME'], '2017-06-05');
  });
});

describe('force limits: readings', () => {
  it('the permanent-only reading ignores rotations and counts permanent stationing', () => {
    const records = [
      dep('rotation', 'US', 'PL', '2017-01-12', { brigades: 1, tanks: 87 }),
      dep('garrison', 'DE', 'LT', '2025-04-01', { brigades: 1 }, { permanent: true }),
    ];
    assert.deepEqual(firsts(records, 'nrc-2010'), { LT: '2025-04-01', PL: '2017-01-12' });
    assert.deepEqual(firsts(records, 'permanent-only'), { LT: '2025-04-01', PL: null });
  });

  it('the former Warsaw Pact and USSR reading leaves out AL, HR, SI, ME and MK (and FI, SE)', () => {
    const hosts = ['AL', 'HR', 'SI', 'ME', 'MK', 'FI', 'SE', ...FORMER_WP_AND_USSR];
    const records = hosts.map((h) => dep(`us-${h.toLowerCase()}`, 'US', h, '2025-06-01', { brigades: 1 }));
    const report = analyzeForceLimits(
      { deployments: records },
      [reading('nrc-2010'), reading('former-wp-ussr')],
      isoDate('2026-01-01'),
    );
    const cells = Object.fromEntries(firstCrossingMatrix(report).map((r) => [r.host, r.cells]));
    for (const h of ['AL', 'HR', 'SI', 'ME', 'MK', 'FI', 'SE'])
      assert.deepEqual(cells[h], ['2025-06-01', 'not-a-target'], h);
    for (const h of FORMER_WP_AND_USSR) assert.deepEqual(cells[h], ['2025-06-01', '2025-06-01'], h);
  });

  it('the 1991 and 1997 cut-offs give the same targets (nobody joined in between)', () => {
    const records = ['PL', 'HR', 'MK', 'SE'].map((h) => dep(h, 'US', h, '2024-06-01', { brigades: 1 }));
    assert.deepEqual(firsts(records, 'joined-after-1991'), firsts(records, 'nrc-2010'));
  });

  it('the 24 read as a combined count or as two separate counts', () => {
    const records = [
      dep('jets', 'US', 'PL', '2022-02-10', { combatAircraft: 16 }, { to: '2022-03-01' }),
      dep('apaches', 'US', 'PL', '2022-02-26', { attackHelicopters: 20 }),
      dep('more-apaches', 'US', 'RO', '2023-05-01', { attackHelicopters: 25 }),
    ];
    const combined = analyzeReading(records, reading('nrc-2010'), isoDate('2024-01-01'));
    const separate = analyzeReading(records, reading('separate-24'), isoDate('2024-01-01'));
    const pl = combined.hosts.find((h) => h.host === 'PL');
    assert.equal(pl?.first?.on, '2022-02-26');
    assert.deepEqual(pl?.first?.exceeded, [
      { kind: 'combatAircraftAndAttackHelicopters', count: 36, threshold: 24 },
    ]);
    assert.deepEqual(pl?.first?.responsible, ['apaches', 'jets']);
    assert.equal(separate.hosts.find((h) => h.host === 'PL')?.first, null);
    const ro = separate.hosts.find((h) => h.host === 'RO');
    assert.equal(ro?.first?.on, '2023-05-01');
    assert.deepEqual(ro?.first?.exceeded, [{ kind: 'attackHelicopters', count: 25, threshold: 24 }]);
  });

  it('under separate counts, one day can exceed both halves and a ground threshold, found once', () => {
    const records = [
      dep('mix', 'US', 'LV', '2022-03-01', { combatAircraft: 30, attackHelicopters: 30, tanks: 50 }),
    ];
    const lv = analyzeReading(records, reading('separate-24'), isoDate('2023-01-01')).hosts[0];
    assert.equal(lv?.crossings.length, 1);
    assert.deepEqual(lv?.first?.exceeded.map((e) => e.kind).sort(), [
      'attackHelicopters',
      'combatAircraft',
      'tanks',
    ]);
  });

  it('every reading is well formed and has a unique id', () => {
    assert.equal(new Set(READINGS.map((r) => r.id)).size, READINGS.length);
    for (const r of READINGS) assert.ok(analyzeReading([], r));
  });
});

describe('force limits: one source of truth with the engine', () => {
  it('gives the same crossings as the engine running the same acts as a scenario', () => {
    const records = [
      dep('d-pl-us', 'US', 'PL', '2011-01-10', { tanks: 30, troops: 800 }),
      dep('d-pl-gb', 'GB', 'PL', '2011-02-01', { tanks: 14 }, { to: '2011-03-15' }),
      dep('d-lt-de', 'DE', 'LT', '2011-03-01', { armouredVehicles: 150 }),
      dep('d-lt-nl', 'NL', 'LT', '2011-04-01', { armouredVehicles: 40 }),
      dep('d-pl-ca', 'CA', 'PL', '2011-05-01', { tanks: 12 }),
      dep('d-ro-us', 'US', 'RO', '2011-06-01', { airRegiments: 1 }, { to: '2012-06-01' }),
      dep(
        'd-hu-us',
        'US',
        'HU',
        '2011-06-01',
        { combatAircraft: 20, attackHelicopters: 5 },
        { permanent: true },
      ),
    ];
    const acts = deploymentActs(records);
    const yaml = [
      'name: same acts as a scenario',
      'treaty: nrc-2009',
      'assume: { inForce: 2010-01-01, parties: nrc-2009 }',
      'events:',
      ...acts.map((a) => `  - ${JSON.stringify(a)}`),
    ].join('\n');
    const loaded = parseScenario(yaml, 'inline.scenario.yaml');
    assert.ok(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.issues));
    const engine = run(toRunInput(loaded.scenario), { asOf: isoDate('2013-01-01') }).outcome.findings.filter(
      (f) => f.code === 'substantial_combat_forces',
    );
    const ours = analyzeReading(records, reading('nrc-2010'), isoDate('2013-01-01'));
    const crossings = ours.hosts
      .flatMap((h) => h.crossings)
      .sort((a, b) => a.on.localeCompare(b.on) || a.host.localeCompare(b.host));
    assert.deepEqual(
      crossings.map((c) => ({ on: c.on, host: c.host, exceeded: c.exceeded, deployedBy: c.deployedBy })),
      engine.map((f) => ({
        on: f.on,
        host: f.parties[0],
        exceeded: f.code === 'substantial_combat_forces' ? f.exceeded : [],
        deployedBy: f.code === 'substantial_combat_forces' ? f.deployedBy : [],
      })),
    );
    // And the dates are the ones worked out by hand: PL 44 tanks, LT 190 vehicles, PL 42 tanks
    // again, RO an air regiment, HU 25 aircraft and helicopters.
    assert.deepEqual(
      crossings.map((c) => `${c.host} ${c.on}`),
      ['PL 2011-02-01', 'LT 2011-04-01', 'PL 2011-05-01', 'HU 2011-06-01', 'RO 2011-06-01'],
    );
  });

  it('deployment acts come in date order, deployments before ends on one day', () => {
    const acts = deploymentActs([
      dep('late', 'US', 'PL', '2012-05-01', {}),
      dep('early', 'US', 'PL', '2011-01-01', {}, { to: '2012-05-01' }),
    ]);
    assert.deepEqual(
      acts.map((a) => `${a.on} ${a.act}`),
      ['2011-01-01 deploy', '2012-05-01 deploy', '2012-05-01 end-deployment'],
    );
  });
});

describe('force limits: case data', () => {
  const good = {
    title: 't',
    asOf: '2020-01-01',
    sources: [{ id: 's', title: 'A source', date: '2017-01' }],
    deployments: [
      {
        id: 'x',
        title: 'X',
        by: 'US',
        in: 'PL',
        from: '2017-01-12',
        to: null,
        forces: { tanks: 87, combatAircraft: 4, attackHelicopters: 2 },
        approximate: ['tanks'],
        permanent: false,
        sources: ['s'],
        confidence: 'high',
      },
    ],
  };

  it('accepts well-formed data', () => {
    const parsed = parseDeploymentData(good);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.issues.join('\n'));
    assert.equal(parsed.data.asOf, '2020-01-01');
    assert.equal(parsed.data.deployments[0]?.forces.tanks, 87);
  });

  it('reports every problem, with where it is', () => {
    const bad = {
      sources: [
        { id: 's', date: '2017-13' },
        { id: 's2', url: 'ftp://x', title: 'ok', date: 2017 },
      ],
      deployments: [
        {
          id: 'Bad Id',
          title: 'X',
          by: 'ZZ',
          in: 'NATO',
          from: '2017-02-30',
          to: '2016-01-01',
          forces: { tanks: -1, submarines: 2, combatAircraft: 1, combatAircraftAndAttackHelicopters: 5 },
          approximate: ['troops'],
          permanent: 'no',
          sources: ['missing'],
          confidence: 'certain',
        },
      ],
    };
    const parsed = parseDeploymentData(bad);
    assert.ok(!parsed.ok);
    const text = parsed.issues.join('\n');
    for (const expected of [
      'sources[0]: a source needs a title or a URL',
      'sources[0].date',
      'sources[1].url',
      'deployments[0].id',
      'deployments[0].by',
      'deployments[0].in',
      'deployments[0].from',
      'deployments[0].forces.tanks',
      'deployments[0].forces.submarines: unknown force kind',
      'deployments[0].forces.combatAircraftAndAttackHelicopters: 5 is not',
      "deployments[0].approximate: 'troops'",
      'deployments[0].permanent',
      "deployments[0].sources: unknown source 'missing'",
      'deployments[0].confidence',
    ])
      assert.ok(text.includes(expected), `missing: ${expected}\n${text}`);
  });

  it('rejects a deployment that ends before it begins, and duplicate ids', () => {
    const first = good.deployments[0] as Record<string, unknown>;
    const parsed = parseDeploymentData({
      ...good,
      deployments: [first, { ...first, from: '2018-01-01' }, { ...first, id: 'y', to: '2017-01-12' }],
    });
    assert.ok(!parsed.ok);
    assert.match(parsed.issues.join('\n'), /to: 2017-01-12 is not after from/);
    assert.match(parsed.issues.join('\n'), /duplicate id 'x'/);
  });

  it('checks sources and duplicate ids across the file, even where a field is broken', () => {
    const first = good.deployments[0] as Record<string, unknown>;
    const parsed = parseDeploymentData({
      ...good,
      sources: [...good.sources, { id: 's', url: 'https://example.org/s', date: 2017 }],
      deployments: [
        first,
        { ...first, title: '' },
        { ...first, sources: ['t'] },
        { ...first, id: [] },
        { ...first, forces: { tanks: 87, troops: 'many' }, approximate: ['troops'] },
      ],
    });
    assert.ok(!parsed.ok);
    // A broken deployment takes no id, so no duplicate is reported for it.
    assert.deepEqual([...parsed.issues].sort(), [
      'deployments[1].title: expected a string',
      "deployments[2].sources: unknown source 't'",
      'deployments[3].id: expected a lower-case id (letters, digits, hyphens)',
      "deployments[4].approximate: 'troops' is neither a count given in forces nor from/to",
      'deployments[4].forces.troops: expected a whole number, got "many"',
      "sources[1].id: duplicate id 's'",
    ]);
  });

  it('knows partial dates', () => {
    for (const d of ['2017', '2017-02', '2016-02-29']) assert.ok(isPartialDate(d), d);
    for (const d of ['17', '2017-13', '2017-02-30', '2017-2-1', '']) assert.ok(!isPartialDate(d), d);
  });
});
