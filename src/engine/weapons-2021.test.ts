/**
 * The weapons articles of the December 2021 drafts, from their texts:
 * - NRA 5: no Party deploys ground-launched intermediate- or shorter-range missiles in areas from
 *   which they could reach the territory of the other Parties;
 * - RUS-US 6: neither the United States nor Russia deploys such missiles outside its national
 *   territory, nor in areas of its own territory from which they could strike the other's;
 * - RUS-US 7(1): neither deploys nuclear weapons outside its national territory, and those already
 *   there when the treaty comes into force are brought home.
 * Deployments are facts; what the articles bar is a finding. The engine does no geography: a
 * deployment of missiles states whose territory they could reach (`reaches`), and one that must and
 * does not cannot be judged (`reach_unstated`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { provision } from '../treaty/provisions/index.ts';
import type { Act } from './acts.ts';
import type { FindingOutcome } from './outcome.ts';
import type { Setup } from './testing.ts';
import { day, deploy, endDeployment, given, party, theFinding } from './testing.ts';

const NRA = {
  treaty: 'nra-2021',
  assume: { inForce: '2022-01-01', parties: ['RU', 'nato-on:2021-12-17'] },
} as const;
const RUS_US = { treaty: 'rus-us-2021', assume: { inForce: '2022-01-01', parties: ['RU', 'US'] } } as const;

const nra = (acts: readonly Act[], extra: Omit<Setup, 'acts'> = {}): Setup => ({ ...NRA, ...extra, acts });
const rusUs = (acts: readonly Act[], extra: Omit<Setup, 'acts'> = {}): Setup => ({
  ...RUS_US,
  ...extra,
  acts,
});

/** The findings of one code as of a day, each as the fields a test names. */
function found(setup: Setup, asOf: string, code: FindingOutcome['code']): Record<string, unknown>[] {
  return given(setup)
    .findings(asOf)
    .filter((f) => f.code === code)
    .map((f) => ({ ...f }));
}

/** What the weapons articles find (RUS-US 4(1) finds the accessions of the registry as well). */
const WEAPONS_CODES: ReadonlySet<string> = new Set([
  'missiles_within_reach',
  'missiles_outside_territory',
  'missiles_home_within_reach',
  'nuclear_weapons_abroad',
]);
const weaponsFindings = (setup: Setup, asOf: string) =>
  given(setup)
    .findings(asOf)
    .filter((f) => WEAPONS_CODES.has(f.code));

/** An Iskander brigade (12 launchers) in the Kaliningrad region since February 2018. */
const KALININGRAD = deploy('RU', 'RU', { shorterRangeMissiles: 12 }, '2018-02-05', {
  id: 'kaliningrad',
  reaches: ['PL', 'LT'],
});

describe('NRA 5: no intermediate- or shorter-range missiles within reach of the other Parties', () => {
  describe('what a deployment of missiles must say', () => {
    it('records whose territory the missiles could reach with the deployment', () => {
      given(NRA)
        .when(KALININGRAD)
        .thenEvents({
          type: 'ForcesDeployed',
          on: day('2018-02-05'),
          by: party('RU'),
          deployment: 'kaliningrad',
          in: party('RU'),
          forces: { shorterRangeMissiles: 12 },
          permanent: true,
          reaches: [party('PL'), party('LT')],
        });
    });
    it('refuses missiles whose reach is not stated as reach_unstated under NRA 5: the engine does no geography', () => {
      const [v] = given(NRA)
        .when(deploy('RU', 'RU', { shorterRangeMissiles: 12 }, '2018-02-05', { id: 'k' }))
        .thenRefused('reach_unstated', 'NRA 5');
      assert.deepEqual(v?.params, { id: 'k' });
    });
    it('asks no reach of a deployment without missiles, nor the readings of NRA 5', () => {
      given(NRA)
        .withParameters({ 'nra.5.ranges': null, 'nra.5.reachOf': null })
        .when(deploy('RU', 'RU', { troops: 30000 }, '2022-02-10', { id: 'r' }))
        .thenAccepted();
    });
    it('refuses missiles when the ranges are not classed (nra.5.ranges unset), citing NRA 5', () => {
      given(NRA)
        .withParameters({ 'nra.5.ranges': null })
        .when(KALININGRAD)
        .thenRefused('parameter_unset', 'NRA 5');
    });
  });

  describe('within reach', () => {
    it('finds missiles on Russian territory within reach of Poland and Lithuania, from entry into force', () => {
      assert.deepEqual(found(nra([KALININGRAD]), '2022-12-31', 'missiles_within_reach'), [
        {
          code: 'missiles_within_reach',
          cite: 'NRA 5',
          parties: ['RU'],
          on: '2022-01-01',
          deployment: 'kaliningrad',
          in: 'RU',
          reaches: ['LT', 'PL'],
        },
      ]);
    });
    it('finds nothing for missiles deep in Russia, within reach of no Party (Kazakhstan is none)', () => {
      const acts = [
        deploy('RU', 'RU', { shorterRangeMissiles: 12 }, '2017-05-17', { id: 't', reaches: ['KZ'] }),
      ];
      assert.deepEqual(found(nra(acts), '2022-12-31', 'missiles_within_reach'), []);
    });
    it('finds nothing for missiles stated to reach no other State at all (reaches: [])', () => {
      const acts = [
        deploy('RU', 'RU', { intermediateRangeMissiles: 4 }, '2022-03-01', { id: 'e', reaches: [] }),
      ];
      assert.deepEqual(found(nra(acts), '2022-12-31', 'missiles_within_reach'), []);
    });
    it('names only the Parties within reach: Belarus and Sweden (no Parties) are left out', () => {
      const acts = [
        deploy('RU', 'RU', { shorterRangeMissiles: 12 }, '2018-02-05', {
          id: 'k',
          reaches: ['PL', 'BY', 'LT', 'SE'],
        }),
      ];
      const f = theFinding(given(nra(acts)).findings('2022-12-31'), 'missiles_within_reach', 'RU');
      assert.deepEqual(f.code === 'missiles_within_reach' && f.reaches, ['LT', 'PL']);
    });
    it('does not count the host as reached: its territory is where the missiles stand', () => {
      const acts = [
        deploy('US', 'PL', { shorterRangeMissiles: 4 }, '2022-03-01', {
          id: 'p',
          reaches: ['PL', 'DE', 'RU'],
        }),
      ];
      const [f] = found(nra(acts), '2022-12-31', 'missiles_within_reach');
      assert.deepEqual(f?.['reaches'], ['DE', 'RU']);
    });
    it('makes no difference between home and abroad: US missiles in Germany within reach of Russia', () => {
      const acts = [
        deploy('US', 'DE', { intermediateRangeMissiles: 4 }, '2026-01-01', {
          id: 'typhon-de',
          permanent: false,
          reaches: ['RU', 'PL'],
        }),
      ];
      assert.deepEqual(
        found(nra(acts), '2026-12-31', 'missiles_within_reach').map((f) => [f['parties'], f['in'], f['on']]),
        [[['US'], 'DE', '2026-01-01']],
      );
      // The same deployment is no NRA 4 finding: Germany is one of the 1997 members (outside-bound).
      assert.deepEqual(found(nra(acts), '2026-12-31', 'forces_beyond_1997_baseline'), []);
    });
    it('finds nothing for missiles of a State that is not a Party', () => {
      const acts = [
        deploy('SE', 'SE', { intermediateRangeMissiles: 4 }, '2022-03-01', { id: 's', reaches: ['RU'] }),
      ];
      assert.deepEqual(found(nra(acts), '2022-12-31', 'missiles_within_reach'), []);
    });
  });

  describe('whose territory: the letter of the text or the other side (nra.5.reachOf)', () => {
    const acts = [
      deploy('US', 'DE', { intermediateRangeMissiles: 4 }, '2026-01-01', { id: 'u', reaches: ['PL', 'RU'] }),
    ];
    it('counts allies by default: "the other Parties" has no exception for them', () => {
      const [f] = found(nra(acts), '2026-12-31', 'missiles_within_reach');
      assert.deepEqual(f?.['reaches'], ['PL', 'RU']);
    });
    it('counts only Russia for a NATO member under other-side', () => {
      const [f] = found(
        nra(acts, { parameters: { 'nra.5.reachOf': 'other-side' } }),
        '2026-12-31',
        'missiles_within_reach',
      );
      assert.deepEqual(f?.['reaches'], ['RU']);
    });
    it('finds nothing under other-side for missiles within reach of allies only', () => {
      const only = [
        deploy('US', 'DE', { intermediateRangeMissiles: 4 }, '2026-01-01', {
          id: 'u',
          reaches: ['PL', 'FR'],
        }),
      ];
      assert.equal(found(nra(only), '2026-12-31', 'missiles_within_reach').length, 1);
      assert.deepEqual(
        found(
          nra(only, { parameters: { 'nra.5.reachOf': 'other-side' } }),
          '2026-12-31',
          'missiles_within_reach',
        ),
        [],
      );
    });
    it('counts the NATO members within reach of Russian missiles under other-side', () => {
      const [f] = found(
        nra([KALININGRAD], { parameters: { 'nra.5.reachOf': 'other-side' } }),
        '2022-12-31',
        'missiles_within_reach',
      );
      assert.deepEqual(f?.['reaches'], ['LT', 'PL']);
    });
  });

  describe('time', () => {
    it('finds nothing before entry into force', () => {
      assert.deepEqual(found(nra([KALININGRAD]), '2021-12-31', 'missiles_within_reach'), []);
    });
    it('finds nothing for missiles gone before entry into force, and a new finding when others come', () => {
      const acts = [
        KALININGRAD,
        endDeployment('RU', 'kaliningrad', '2021-06-01'),
        deploy('RU', 'RU', { shorterRangeMissiles: 4 }, '2022-08-01', { id: 'again', reaches: ['LT'] }),
      ];
      assert.deepEqual(
        found(nra(acts), '2022-12-31', 'missiles_within_reach').map((f) => [f['deployment'], f['on']]),
        [['again', '2022-08-01']],
      );
    });
    it('counts temporary deployments by default, and none when nra.5.countTemporary is false', () => {
      const acts = [
        deploy('RU', 'RU', { shorterRangeMissiles: 12 }, '2022-03-01', {
          id: 'x',
          permanent: false,
          reaches: ['LT'],
        }),
      ];
      assert.equal(found(nra(acts), '2022-12-31', 'missiles_within_reach').length, 1);
      assert.deepEqual(
        found(
          nra(acts, { parameters: { 'nra.5.countTemporary': false } }),
          '2022-12-31',
          'missiles_within_reach',
        ),
        [],
      );
    });
  });
});

describe('RUS-US 6: no such missiles abroad, nor at home within reach of the other Party', () => {
  it('accepts the deployment acts under the treaty with the United States, refusing an unknown end under RUS-US 6', () => {
    given(RUS_US)
      .when(endDeployment('US', 'nothing', '2022-03-01'))
      .thenRefused('unknown_deployment', 'RUS-US 6');
  });

  describe('outside national territory', () => {
    it('finds US missiles in the Philippines, whatever they could reach, and asks no reach of them', () => {
      const acts = [
        deploy('US', 'PH', { intermediateRangeMissiles: 4 }, '2024-04-08', {
          id: 'typhon-ph',
          permanent: false,
        }),
      ];
      assert.deepEqual(found(rusUs(acts), '2024-12-31', 'missiles_outside_territory'), [
        {
          code: 'missiles_outside_territory',
          cite: 'RUS-US 6',
          parties: ['US'],
          on: '2024-04-08',
          deployment: 'typhon-ph',
          in: 'PH',
        },
      ]);
    });
    it('finds Russian missiles in Belarus', () => {
      const acts = [deploy('RU', 'BY', { intermediateRangeMissiles: 1 }, '2025-12-17', { id: 'by' })];
      assert.equal(
        theFinding(given(rusUs(acts)).findings('2025-12-31'), 'missiles_outside_territory', 'RU').on,
        '2025-12-17',
      );
    });
    it('dates missiles abroad before entry into force on that day', () => {
      const acts = [deploy('US', 'DE', { intermediateRangeMissiles: 4 }, '2021-03-01', { id: 'd' })];
      assert.deepEqual(
        found(rusUs(acts), '2022-12-31', 'missiles_outside_territory').map((f) => f['on']),
        ['2022-01-01'],
      );
    });
    it('does not count temporary deployments when rus-us.6.countTemporary is false', () => {
      const acts = [
        deploy('US', 'PH', { intermediateRangeMissiles: 4 }, '2024-04-08', { id: 't', permanent: false }),
      ];
      assert.deepEqual(
        found(
          rusUs(acts, { parameters: { 'rus-us.6.countTemporary': false } }),
          '2024-12-31',
          'missiles_outside_territory',
        ),
        [],
      );
    });
  });

  describe('at home', () => {
    it('refuses missiles at home whose reach is not stated as reach_unstated under RUS-US 6', () => {
      given(RUS_US)
        .when(deploy('RU', 'RU', { shorterRangeMissiles: 12 }, '2022-03-01', { id: 'k' }))
        .thenRefused('reach_unstated', 'RUS-US 6');
    });
    it('finds nothing for Russian missiles within reach of Poland and Lithuania only: the other Party is the United States', () => {
      const setup = rusUs([KALININGRAD]);
      assert.deepEqual(found(setup, '2022-12-31', 'missiles_home_within_reach'), []);
      assert.deepEqual(found(setup, '2022-12-31', 'missiles_outside_territory'), []);
    });
    it('finds missiles at home within reach of the other Party', () => {
      const acts = [
        deploy('RU', 'RU', { intermediateRangeMissiles: 4 }, '2022-03-01', {
          id: 'chukotka',
          reaches: ['US'],
        }),
      ];
      assert.deepEqual(found(rusUs(acts), '2022-12-31', 'missiles_home_within_reach'), [
        {
          code: 'missiles_home_within_reach',
          cite: 'RUS-US 6',
          parties: ['RU'],
          on: '2022-03-01',
          deployment: 'chukotka',
          in: 'RU',
          reaches: ['US'],
        },
      ]);
    });
    it('finds nothing for US missiles at home within reach of Canada and Mexico only', () => {
      const acts = [
        deploy('US', 'US', { intermediateRangeMissiles: 4 }, '2024-01-11', {
          id: 'jblm',
          reaches: ['CA', 'MX'],
        }),
      ];
      assert.deepEqual(weaponsFindings(rusUs(acts), '2024-12-31'), []);
    });
  });
});

describe('RUS-US 7(1): no nuclear weapons outside national territory', () => {
  const SHARING = ['BE', 'DE', 'IT', 'NL', 'TR'].map((host) =>
    deploy('US', host, { nuclearWeapons: 20 }, '2021-01-01', { id: `b61-${host.toLowerCase()}` }),
  );

  it('finds the weapons already abroad at entry into force, due home that day by default', () => {
    const f = found(rusUs(SHARING), '2022-12-31', 'nuclear_weapons_abroad');
    assert.deepEqual(
      f.map((x) => [x['in'], x['on'], x['alreadyAbroad'], x['due']]),
      ['BE', 'DE', 'IT', 'NL', 'TR'].map((host) => [host, '2022-01-01', true, '2022-01-01']),
    );
  });
  it('finds nothing for weapons brought home by the day they were due', () => {
    const acts = [...SHARING.slice(0, 1), endDeployment('US', 'b61-be', '2022-01-01')];
    assert.deepEqual(found(rusUs(acts), '2022-12-31', 'nuclear_weapons_abroad'), []);
  });
  it('gives them the time rus-us.7.returnDays allows, and finds those still abroad when it ends', () => {
    const acts = [...SHARING.slice(0, 2), endDeployment('US', 'b61-be', '2022-07-01')];
    const setup = rusUs(acts, { parameters: { 'rus-us.7.returnDays': 365 } });
    assert.deepEqual(found(setup, '2022-12-31', 'nuclear_weapons_abroad'), []);
    assert.deepEqual(
      found(setup, '2023-12-31', 'nuclear_weapons_abroad').map((f) => [f['in'], f['on']]),
      [['DE', '2023-01-01']],
    );
  });
  it('finds a deployment abroad after entry into force on its first day (Russian weapons in Belarus)', () => {
    const acts = [deploy('RU', 'BY', { nuclearWeapons: 1 }, '2023-06-16', { id: 'by' })];
    assert.deepEqual(found(rusUs(acts), '2023-12-31', 'nuclear_weapons_abroad'), [
      {
        code: 'nuclear_weapons_abroad',
        cite: 'RUS-US 7',
        parties: ['RU'],
        on: '2023-06-16',
        deployment: 'by',
        in: 'BY',
        alreadyAbroad: false,
      },
    ]);
  });
  it('finds nothing for nuclear weapons on national territory', () => {
    const acts = [deploy('US', 'US', { nuclearWeapons: 100 }, '2021-01-01', { id: 'home' })];
    assert.deepEqual(given(rusUs(acts)).findings('2022-12-31'), []);
  });
  it('asks no reach of nuclear weapons, and needs no missile reading for them', () => {
    given(RUS_US)
      .withParameters({ 'rus-us.6.ranges': null })
      .when(deploy('US', 'DE', { nuclearWeapons: 20 }, '2022-03-01', { id: 'n' }))
      .thenAccepted();
  });
  it('finds missiles and nuclear weapons of one deployment abroad under both articles', () => {
    const acts = [
      deploy('RU', 'BY', { intermediateRangeMissiles: 1, nuclearWeapons: 1 }, '2025-12-17', { id: 'both' }),
    ];
    assert.deepEqual(
      weaponsFindings(rusUs(acts), '2025-12-31')
        .map((f) => [f.code, f.cite])
        .sort(),
      [
        ['missiles_outside_territory', 'RUS-US 6'],
        ['nuclear_weapons_abroad', 'RUS-US 7'],
      ],
    );
  });

  describe('the other paragraphs', () => {
    for (const id of ['rus-us.7.2', 'rus-us.7.3', 'rus-us.7.4'])
      it(`${id} is NOT MODELLED, with a reason of its own in English and Russian`, () => {
        const why = provision(id)?.notModelled;
        assert.ok(why && !why.en.startsWith('Not modelled yet') && why.ru.length > 40, id);
      });
    it('the first paragraph, RUS-US 6 and NRA 5 are modelled', () => {
      for (const id of ['rus-us.7.1', 'rus-us.6', 'nra.5'])
        assert.equal(provision(id)?.notModelled, undefined, id);
    });
  });
});

describe('NRC 4 is unchanged by the new kinds: they have no threshold', () => {
  const NRC = { treaty: 'nrc-2009', assume: { inForce: '2010-01-01', parties: 'nrc-2009' } } as const;
  it('finds no substantial combat forces in missiles and nuclear weapons alone', () => {
    const acts = [
      deploy(
        'US',
        'PL',
        { intermediateRangeMissiles: 40, shorterRangeMissiles: 40, nuclearWeapons: 50 },
        '2010-02-01',
        {
          id: 'm',
          reaches: ['RU'],
        },
      ),
    ];
    assert.deepEqual(given({ ...NRC, acts }).findings('2010-12-31'), []);
  });
  it('counts only the kinds with thresholds beside them', () => {
    const acts = [
      deploy('US', 'PL', { tanks: 42, intermediateRangeMissiles: 40 }, '2010-02-01', { id: 'm' }),
    ];
    const f = theFinding(given({ ...NRC, acts }).findings('2010-12-31'), 'substantial_combat_forces', 'PL');
    assert.deepEqual(f.code === 'substantial_combat_forces' && f.exceeded, [
      { kind: 'tanks', count: 42, threshold: 41 },
    ]);
  });
});
