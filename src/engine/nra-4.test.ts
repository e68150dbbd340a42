/**
 * NRA 4 from the text of the 2021 draft: Russia and the States that were NATO members on 27 May 1997
 * deploy no forces on the territory of the other States in Europe beyond those stationed there on
 * that day. Deployments are facts (nothing refused); the finding `forces_beyond_1997_baseline` notes
 * them. The consent exception of NRA 4(2) is not modelled.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { PARAMETERS } from '../treaty/parameters/index.ts';
import { resolvePartySet } from '../treaty/parties/index.ts';
import { provision } from '../treaty/provisions/index.ts';
import { isoDate } from '../treaty/dates.ts';
import type { Act } from './acts.ts';
import type { Setup } from './testing.ts';
import { day, deploy, endDeployment, given, party, theFinding } from './testing.ts';

const NRA = {
  treaty: 'nra-2021',
  assume: { inForce: '2022-01-01', parties: ['RU', 'nato-on:2021-12-17'] },
} as const;
const on = (acts: readonly Act[], extra: Omit<Setup, 'acts'> = {}): Setup => ({ ...NRA, ...extra, acts });
const findingsOf = (setup: Setup, asOf: string) => given(setup).findings(asOf);

describe('NRA 4: no forces beyond those of 27 May 1997', () => {
  describe('deployments are facts', () => {
    it('records a deployment, refusing nothing', () => {
      given(NRA)
        .when(deploy('US', 'SK', { troops: 400 }, '2022-03-09', { id: 'd1', permanent: false }))
        .thenEvents({
          type: 'ForcesDeployed',
          on: day('2022-03-09'),
          by: party('US'),
          deployment: 'd1',
          in: party('SK'),
          forces: { troops: 400 },
          permanent: false,
        });
    });
    it('refuses a deployment id already in use as duplicate_id under NRA 4', () => {
      given(on([deploy('US', 'SK', { troops: 400 }, '2022-03-09', { id: 'd1' })]))
        .when(deploy('GB', 'EE', { troops: 800 }, '2022-03-10', { id: 'd1' }))
        .thenRefused('duplicate_id', 'NRA 4');
    });
    it('refuses to end an unknown deployment as unknown_deployment under NRA 4', () => {
      given(NRA)
        .when(endDeployment('US', 'd9', '2022-03-01'))
        .thenRefused('unknown_deployment', 'NRA 4');
    });
  });

  describe('who is bound', () => {
    it('binds Russia and the 16 NATO members of 27 May 1997, not the later members', () => {
      const bound = resolvePartySet(PARAMETERS['nra.4.bound'].values[0]!.value, isoDate('2022-01-01'));
      assert.equal(bound.size, 17);
      for (const id of ['RU', 'US', 'DE', 'GB', 'TR', 'ES', 'IS']) assert.ok(bound.has(party(id)), id);
      for (const id of ['PL', 'CZ', 'HU', 'SK', 'RO', 'BG', 'FI', 'SE']) assert.ok(!bound.has(party(id)), id);
    });
    it('finds US forces in Slovakia (a member since 2004), dated their first day', () => {
      const f = findingsOf(
        on([deploy('US', 'SK', { troops: 400 }, '2022-03-09', { id: 'd1' })]),
        '2022-12-31',
      );
      assert.deepEqual(f, [
        {
          code: 'forces_beyond_1997_baseline',
          cite: 'NRA 4',
          parties: ['SK'],
          on: '2022-03-09',
          deployedBy: ['US'],
          baselineHost: false,
        },
      ]);
    });
    it('finds Russian forces in a European State outside NATO, marking a host where Russian forces stood in 1997', () => {
      const f = theFinding(
        findingsOf(on([deploy('RU', 'BY', { troops: 1000 }, '2022-02-10', { id: 'r1' })]), '2022-12-31'),
        'forces_beyond_1997_baseline',
        'BY',
      );
      assert.deepEqual(f.code === 'forces_beyond_1997_baseline' && [f.deployedBy, f.baselineHost], [
        ['RU'],
        true,
      ]);
    });
    it('does not bind a later member: Polish or Czech forces in Slovakia are no finding', () => {
      const acts = [
        deploy('PL', 'SK', { combatAircraftAndAttackHelicopters: 2 }, '2022-09-01', { id: 'p1' }),
        deploy('CZ', 'SK', { troops: 400 }, '2022-03-24', { id: 'c1' }),
      ];
      assert.deepEqual(findingsOf(on(acts), '2022-12-31'), []);
    });
    it('binds a 1997 member only on the days it is a Party', () => {
      const setup: Setup = {
        treaty: 'nra-2021',
        assume: { inForce: '2022-01-01', parties: ['RU', 'DE'] },
        acts: [deploy('US', 'SK', { troops: 400 }, '2022-03-09', { id: 'd1' })],
      };
      assert.deepEqual(findingsOf(setup, '2022-12-31'), []);
    });
  });

  describe('where', () => {
    it("does not find forces of a 1997 member on another 1997 member's territory (US forces in Germany)", () => {
      assert.deepEqual(
        findingsOf(
          on([deploy('US', 'DE', { brigades: 1, troops: 4000 }, '2022-03-01', { id: 'u1' })]),
          '2022-12-31',
        ),
        [],
      );
    });
    it('finds them when "other States" is read as any State but the deployer, marked as a baseline host', () => {
      const f = findingsOf(
        on([deploy('US', 'DE', { troops: 4000 }, '2022-03-01', { id: 'u1' })], {
          parameters: { 'nra.4.otherStates': 'other-than-deployer' },
        }),
        '2022-12-31',
      );
      assert.deepEqual(
        f.map((x) => x.code === 'forces_beyond_1997_baseline' && [x.parties, x.baselineHost]),
        [[['DE'], true]],
      );
    });
    it('does not find forces outside Europe (Russian forces in Kazakhstan)', () => {
      assert.deepEqual(
        findingsOf(on([deploy('RU', 'KZ', { troops: 2000 }, '2022-01-06', { id: 'k1' })]), '2022-12-31'),
        [],
      );
    });
    it("never counts a State's forces on its own territory", () => {
      assert.deepEqual(
        findingsOf(on([deploy('RU', 'RU', { troops: 10000 }, '2022-02-01', { id: 'r' })]), '2022-12-31'),
        [],
      );
    });
  });

  describe('the baseline of 27 May 1997', () => {
    it('does not count a deployment that began on or before 27 May 1997', () => {
      const acts = [deploy('US', 'HU', { troops: 3000 }, '1997-05-27', { id: 'taszar' })];
      assert.deepEqual(findingsOf(on(acts), '2022-12-31'), []);
    });
    it('counts one that began the day after', () => {
      const acts = [deploy('US', 'HU', { troops: 3000 }, '1997-05-28', { id: 'later' })];
      const f = theFinding(findingsOf(on(acts), '2022-12-31'), 'forces_beyond_1997_baseline', 'HU');
      // Dated on entry into force; Hungary had US forces on 27 May 1997, so it is a baseline host.
      assert.deepEqual(
        [f.on, f.code === 'forces_beyond_1997_baseline' && f.baselineHost],
        ['2022-01-01', true],
      );
    });
    it('does not count a record with no forces counted (figures no source gave)', () => {
      assert.deepEqual(
        findingsOf(on([deploy('US', 'SK', {}, '2022-03-09', { id: 'd1' })]), '2022-12-31'),
        [],
      );
    });
  });

  describe('time', () => {
    it('finds nothing before entry into force, and dates an earlier deployment on that day', () => {
      const setup = on([deploy('US', 'RO', { troops: 1000 }, '2021-06-01', { id: 'd1' })]);
      assert.equal(
        theFinding(findingsOf(setup, '2022-12-31'), 'forces_beyond_1997_baseline', 'RO').on,
        '2022-01-01',
      );
    });
    it('closes when the forces leave and opens again when they return', () => {
      const setup = on([
        deploy('US', 'RO', { troops: 1000 }, '2022-02-09', { id: 'a' }),
        endDeployment('US', 'a', '2022-05-01'),
        deploy('FR', 'RO', { troops: 750 }, '2022-06-01', { id: 'b' }),
      ]);
      assert.deepEqual(
        findingsOf(setup, '2022-12-31').map(
          (f) => f.code === 'forces_beyond_1997_baseline' && [f.on, f.deployedBy],
        ),
        [
          ['2022-02-09', ['US']],
          ['2022-06-01', ['FR']],
        ],
      );
    });
    it('counts temporary deployments by default, and none when nra.4.countTemporary is false', () => {
      const acts = [deploy('US', 'SK', { troops: 400 }, '2022-03-09', { id: 'd1', permanent: false })];
      assert.equal(findingsOf(on(acts), '2022-12-31').length, 1);
      assert.deepEqual(
        findingsOf(on(acts, { parameters: { 'nra.4.countTemporary': false } }), '2022-12-31'),
        [],
      );
    });
  });

  describe('the consent exception (NRA 4(2))', () => {
    it('is NOT MODELLED: the provision says so, and the first paragraph is modelled', () => {
      assert.ok(provision('nra.4.2')?.notModelled);
      assert.equal(provision('nra.4.1')?.notModelled, undefined);
    });
  });
});
