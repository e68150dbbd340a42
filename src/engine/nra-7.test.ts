/**
 * NRA 7(1) from the text of the 2021 draft: the Parties that are NATO member States carry out no
 * military activity of any kind on the territory of Ukraine and the other States of Eastern Europe,
 * the South Caucasus and Central Asia. Deployments are facts (nothing refused); each deployment of
 * a bound State there is a finding `military_activity_in_barred_region`. Russia is not bound.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { PARAMETERS } from '../treaty/parameters/index.ts';
import { provision } from '../treaty/provisions/index.ts';
import type { Act } from './acts.ts';
import type { FindingOutcome } from './outcome.ts';
import type { Setup } from './testing.ts';
import { deploy, endDeployment, given, ratify, sign, theFinding, withdraw } from './testing.ts';

const NRA = {
  treaty: 'nra-2021',
  assume: { inForce: '2022-01-01', parties: ['RU', 'nato-on:2021-12-17'] },
} as const;
const on = (acts: readonly Act[], extra: Omit<Setup, 'acts'> = {}): Setup => ({ ...NRA, ...extra, acts });
/** The NRA 7(1) findings only (NRA 4 may note the same deployments too). */
const activity = (setup: Setup, asOf: string): FindingOutcome[] =>
  given(setup)
    .findings(asOf)
    .filter((f) => f.code === 'military_activity_in_barred_region');
/** Each NRA 7(1) finding as [day, host, deployer, region]. */
const summary = (fs: readonly FindingOutcome[]) =>
  fs.map((f) =>
    f.code === 'military_activity_in_barred_region' ? [f.on, f.parties[0], f.deployedBy[0], f.region] : [],
  );

describe('NRA 7(1): no military activity of the NATO members in the named regions', () => {
  describe('who is bound', () => {
    it('finds US forces in Ukraine, dated their first day, naming host, deployer, deployment and region', () => {
      const f = activity(on([deploy('US', 'UA', { troops: 200 }, '2022-02-01', { id: 'u1' })]), '2022-12-31');
      assert.deepEqual(f, [
        {
          code: 'military_activity_in_barred_region',
          cite: 'NRA 7',
          parties: ['UA'],
          on: '2022-02-01',
          deployment: 'u1',
          deployedBy: ['US'],
          region: 'ukraine',
        },
      ]);
    });
    it('binds every member, not only those of 1997: Polish forces in Ukraine are a finding here, none under NRA 4', () => {
      const setup = on([deploy('PL', 'UA', { troops: 100 }, '2022-02-01', { id: 'p1' })]);
      assert.equal(activity(setup, '2022-12-31').length, 1);
      assert.deepEqual(
        given(setup)
          .findings('2022-12-31')
          .filter((f) => f.code === 'forces_beyond_1997_baseline'),
        [],
      );
    });
    it('does not bind Russia, no NATO member: Russian forces in Belarus, Ukraine or Armenia are no finding', () => {
      const acts = [
        deploy('RU', 'BY', { troops: 30000 }, '2022-01-18', { id: 'r1' }),
        deploy('RU', 'UA', { troops: 150000 }, '2022-02-24', { id: 'r2' }),
        deploy('RU', 'AM', {}, '2022-03-01', { id: 'r3' }),
      ];
      assert.deepEqual(activity(on(acts), '2022-12-31'), []);
    });
    it('binds a member only on the days it is a Party', () => {
      const setup: Setup = {
        treaty: 'nra-2021',
        assume: { inForce: '2022-01-01', parties: ['RU', 'DE'] },
        acts: [deploy('US', 'GE', { troops: 400 }, '2022-08-29', { id: 'u1' })],
      };
      assert.deepEqual(activity(setup, '2022-12-31'), []);
    });
    it('attributes forces named for no State (a mission) to no member', () => {
      assert.deepEqual(
        activity(on([deploy('x:kfor', 'MD', { troops: 50 }, '2022-03-01', { id: 'm1' })]), '2022-12-31'),
        [],
      );
    });
  });

  describe('where', () => {
    it('finds each region: Moldova (Eastern Europe), Georgia (South Caucasus), Kazakhstan (Central Asia)', () => {
      const acts = [
        deploy('RO', 'MD', {}, '2022-03-01', { id: 'a' }),
        deploy('US', 'GE', { troops: 400 }, '2022-08-29', { id: 'b' }),
        deploy('GB', 'KZ', { troops: 50 }, '2022-09-01', { id: 'c' }),
      ];
      assert.deepEqual(summary(activity(on(acts), '2022-12-31')), [
        ['2022-03-01', 'MD', 'RO', 'eastern-europe'],
        ['2022-08-29', 'GE', 'US', 'south-caucasus'],
        ['2022-09-01', 'KZ', 'GB', 'central-asia'],
      ]);
    });
    it("finds nothing on NATO's own eastern members under the narrow reading of Eastern Europe (Belarus and Moldova)", () => {
      assert.deepEqual(PARAMETERS['nra.7.easternEurope'].values[0]?.value, ['BY', 'MD']);
      assert.equal(PARAMETERS['nra.7.easternEurope'].confidence, 'R-l');
      assert.deepEqual(
        activity(on([deploy('US', 'PL', { troops: 3000 }, '2022-03-01', { id: 'u1' })]), '2022-12-31'),
        [],
      );
    });
    it("finds them under a wider reading, but never a member's forces on its own territory", () => {
      const acts = [
        deploy('US', 'PL', { troops: 3000 }, '2022-03-01', { id: 'u1' }),
        deploy('PL', 'PL', { troops: 10000 }, '2022-03-01', { id: 'p1' }),
      ];
      const wide = { parameters: { 'nra.7.easternEurope': ['BY', 'MD', 'PL', 'RO', 'BG'] } };
      assert.deepEqual(summary(activity(on(acts, wide), '2022-12-31')), [
        ['2022-03-01', 'PL', 'US', 'eastern-europe'],
      ]);
    });
    it('finds nothing in the rest of Europe (Slovakia) or outside the regions', () => {
      const acts = [
        deploy('US', 'SK', { troops: 400 }, '2022-03-09', { id: 'u1' }),
        deploy('FR', 'RO', { troops: 500 }, '2022-03-01', { id: 'f1' }),
      ];
      assert.deepEqual(activity(on(acts), '2022-12-31'), []);
    });
  });

  describe('any military activity', () => {
    it('counts a temporary deployment and one whose figures no source gave', () => {
      const acts = [deploy('US', 'GE', {}, '2022-08-29', { id: 'u1', permanent: false })];
      assert.equal(activity(on(acts), '2022-12-31').length, 1);
    });
    it('counts temporary forces even where NRA 4 is read the 1997 way (nra.4.countTemporary=false)', () => {
      const acts = [deploy('US', 'UA', { troops: 200 }, '2022-02-01', { id: 'u1', permanent: false })];
      const setup = on(acts, { parameters: { 'nra.4.countTemporary': false } });
      assert.deepEqual(
        given(setup)
          .findings('2022-12-31')
          .map((f) => f.code),
        ['military_activity_in_barred_region'],
      );
    });
    it('makes one finding per deployment, even with several in one host', () => {
      const acts = [
        deploy('US', 'GE', { troops: 400 }, '2022-08-29', { id: 'u1' }),
        deploy('GB', 'GE', {}, '2022-08-29', { id: 'g1' }),
        deploy('US', 'GE', { troops: 100 }, '2022-10-01', { id: 'u2' }),
      ];
      assert.deepEqual(
        activity(on(acts), '2022-12-31')
          .map((f) => (f.code === 'military_activity_in_barred_region' ? f.deployment : ''))
          .sort(),
        ['g1', 'u1', 'u2'],
      );
    });
  });

  describe('time', () => {
    it('finds nothing before the deployment starts, nor a deployment over before entry into force', () => {
      const acts = [
        deploy('US', 'GE', { troops: 400 }, '2022-08-29', { id: 'u1' }),
        endDeployment('US', 'u1', '2022-09-09'),
      ];
      assert.deepEqual(activity(on(acts), '2022-08-28'), []);
      assert.equal(activity(on(acts), '2022-08-29').length, 1);
      const later = { ...on(acts), assume: { inForce: '2022-09-10', parties: NRA.assume.parties } };
      assert.deepEqual(activity(later, '2022-12-31'), []);
    });
    it('dates a deployment already there on entry into force on that day, as NRA 4 does', () => {
      const acts = [deploy('GB', 'UA', { troops: 100 }, '2015-02-24', { id: 'orbital', permanent: false })];
      assert.equal(
        theFinding(activity(on(acts), '2022-12-31'), 'military_activity_in_barred_region').on,
        '2022-01-01',
      );
    });
    it('dates it on the day the agreement enters into force for a deployer that ratifies later', () => {
      const acts = [
        deploy('GB', 'UA', { troops: 100 }, '2021-12-20', { id: 'orbital' }),
        ...['RU', 'US', 'DE', 'GB'].map((s) => sign(s, '2022-01-10')),
        ratify('RU', '2022-02-01'),
        ratify('US', '2022-02-01'),
        ratify('DE', '2022-02-01'),
        ratify('GB', '2022-02-10'),
      ];
      const f = activity({ treaty: 'nra-2021', acts }, '2022-12-31');
      assert.deepEqual(summary(f), [['2022-02-10', 'UA', 'GB', 'ukraine']]);
    });
    it('finds no deployment that ended before entry into force', () => {
      const acts = [
        deploy('GB', 'UA', { troops: 100 }, '2015-02-24', { id: 'orbital' }),
        endDeployment('GB', 'orbital', '2021-12-31'),
      ];
      assert.deepEqual(activity(on(acts), '2022-12-31'), []);
    });
    it('binds a withdrawing Party until its withdrawal takes effect, and not after', () => {
      const acts = [
        withdraw('GB', '2022-03-01'),
        deploy('GB', 'GE', {}, '2022-03-30', { id: 'during' }),
        deploy('GB', 'MD', {}, '2022-03-31', { id: 'after' }),
      ];
      assert.deepEqual(summary(activity(on(acts), '2022-12-31')), [
        ['2022-03-30', 'GE', 'GB', 'south-caucasus'],
      ]);
    });
  });

  it('is modelled, while NRA 7(2) is marked not modelled with its reason', () => {
    assert.equal(provision('nra.7.1')?.notModelled, undefined);
    assert.match(provision('nra.7.2')?.notModelled?.en ?? '', /width/);
  });
});
