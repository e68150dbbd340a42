import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { Act } from './acts.ts';
import { decide } from './decide.ts';
import type { Setup } from './testing.ts';
import { day, deploy, endDeployment, given, party, theFinding } from './testing.ts';

const NRC = { treaty: 'nrc-2009', assume: { inForce: '2010-01-01', parties: 'nrc-2009' } } as const;
const on = (acts: readonly Act[], extra: Omit<Setup, 'acts'> = {}): Setup => ({ ...NRC, ...extra, acts });

const findingsOf = (setup: Setup, asOf: string) => given(setup).findings(asOf);

describe('substantial combat forces (NRC 4)', () => {
  describe('deployments', () => {
    it('records a deployment, refusing nothing', () => {
      given(NRC)
        .when(deploy('US', 'PL', { tanks: 10 }, '2010-02-01', { id: 'd1', permanent: false }))
        .thenEvents({
          type: 'ForcesDeployed',
          on: day('2010-02-01'),
          by: party('US'),
          deployment: 'd1',
          in: party('PL'),
          forces: { tanks: 10 },
          permanent: false,
        });
    });
    it('refuses a deployment id already in use as duplicate_id under NRC 4', () => {
      given(on([deploy('US', 'PL', { tanks: 10 }, '2010-02-01', { id: 'd1' })]))
        .when(deploy('GB', 'EE', { tanks: 10 }, '2010-02-02', { id: 'd1' }))
        .thenRefused('duplicate_id', 'NRC 4');
    });
    it('records the end of an active deployment by the state that made it', () => {
      given(on([deploy('US', 'PL', { tanks: 10 }, '2010-02-01', { id: 'd1' })]))
        .when(endDeployment('US', 'd1', '2010-03-01'))
        .thenEvents({ type: 'DeploymentEnded', on: day('2010-03-01'), by: party('US'), deployment: 'd1' });
    });
    it('refuses to end an unknown deployment as unknown_deployment under NRC 4', () => {
      given(NRC)
        .when(endDeployment('US', 'd9', '2010-03-01'))
        .thenRefused('unknown_deployment', 'NRC 4');
    });
    it("refuses to end another state's deployment as unknown_deployment under NRC 4", () => {
      given(on([deploy('US', 'PL', { tanks: 10 }, '2010-02-01', { id: 'd1' })]))
        .when(endDeployment('GB', 'd1', '2010-03-01'))
        .thenRefused('unknown_deployment', 'NRC 4');
    });
    it('refuses to end a deployment twice as unknown_deployment under NRC 4', () => {
      given(
        on([
          deploy('US', 'PL', { tanks: 10 }, '2010-02-01', { id: 'd1' }),
          endDeployment('US', 'd1', '2010-03-01'),
        ]),
      )
        .when(endDeployment('US', 'd1', '2010-04-01'))
        .thenRefused('unknown_deployment', 'NRC 4');
    });
    it('is not an act of the EST: deciding one there is a programming error', () => {
      const act = deploy('US', 'PL', { tanks: 10 }, '2010-02-01', { id: 'd1' });
      assert.throws(() => decide(given().state, act), TypeError);
    });
  });

  describe('thresholds (tanks: 41)', () => {
    it('finds nothing with 41 tanks in a target state', () => {
      assert.deepEqual(
        findingsOf(on([deploy('US', 'PL', { tanks: 41 }, '2010-02-01', { id: 'd1' })]), '2011-01-01'),
        [],
      );
    });
    it('finds substantial_combat_forces under NRC 4 with 42, dated the first day', () => {
      const f = theFinding(
        findingsOf(on([deploy('US', 'PL', { tanks: 42 }, '2010-02-01', { id: 'd1' })]), '2011-01-01'),
        'substantial_combat_forces',
      );
      assert.deepEqual(f, {
        code: 'substantial_combat_forces',
        cite: 'NRC 4',
        parties: ['PL'],
        on: '2010-02-01',
        exceeded: [{ kind: 'tanks', count: 42, threshold: 41 }],
        deployedBy: ['US'],
      });
    });
    it('finds one brigade substantial (threshold 0)', () => {
      const f = findingsOf(
        on([deploy('US', 'PL', { brigades: 1 }, '2010-02-01', { id: 'd1' })]),
        '2010-02-01',
      );
      assert.equal(f.length, 1);
    });
    it('ignores kinds with no threshold, such as troops', () => {
      assert.deepEqual(
        findingsOf(on([deploy('US', 'PL', { troops: 5000 }, '2010-02-01', { id: 'd1' })]), '2011-01-01'),
        [],
      );
    });
    it('adds up the forces of several states, naming them all, from the day the sum exceeds', () => {
      const f = theFinding(
        findingsOf(
          on([
            deploy('US', 'EE', { tanks: 30 }, '2010-02-01', { id: 'd1' }),
            deploy('GB', 'EE', { tanks: 20 }, '2010-03-01', { id: 'd2' }),
          ]),
          '2011-01-01',
        ),
        'substantial_combat_forces',
      );
      assert.equal(f.on, '2010-03-01');
      assert.equal(f.code === 'substantial_combat_forces' && f.deployedBy.join(), 'GB,US');
    });
    it('is not found before the day it is exceeded', () => {
      assert.deepEqual(
        findingsOf(on([deploy('US', 'PL', { tanks: 42 }, '2010-02-01', { id: 'd1' })]), '2010-01-31'),
        [],
      );
    });
  });

  describe('whose forces count', () => {
    it("never counts the host's own forces", () => {
      assert.deepEqual(
        findingsOf(on([deploy('PL', 'PL', { tanks: 300 }, '2010-02-01', { id: 'd1' })]), '2011-01-01'),
        [],
      );
    });
    it("counts the others' forces beside the host's own, and only those", () => {
      const f = findingsOf(
        on([
          deploy('PL', 'PL', { tanks: 30 }, '2010-02-01', { id: 'd1' }),
          deploy('US', 'PL', { tanks: 30 }, '2010-02-01', { id: 'd2' }),
        ]),
        '2011-01-01',
      );
      assert.deepEqual(f, []);
    });
    it('does not count Russia (scf.exempt)', () => {
      assert.deepEqual(
        findingsOf(on([deploy('RU', 'PL', { tanks: 300 }, '2010-02-01', { id: 'd1' })]), '2011-01-01'),
        [],
      );
    });
    it('counts Russia when scf.exempt is emptied', () => {
      const setup = on([deploy('RU', 'PL', { tanks: 300 }, '2010-02-01', { id: 'd1' })], {
        parameters: { 'scf.exempt': [] },
      });
      assert.equal(findingsOf(setup, '2011-01-01').length, 1);
    });
    it('does not count forces in a state that joined NATO before 1997 (Germany)', () => {
      assert.deepEqual(
        findingsOf(on([deploy('US', 'DE', { tanks: 300 }, '2010-02-01', { id: 'd1' })]), '2011-01-01'),
        [],
      );
    });
  });

  describe('temporary deployments', () => {
    const temporary = [deploy('US', 'PL', { tanks: 42 }, '2010-02-01', { id: 'd1', permanent: false })];
    it('count when scf.countTemporary is true (the 2009 text)', () => {
      assert.equal(findingsOf(on(temporary), '2011-01-01').length, 1);
    });
    it('do not count when scf.countTemporary is false (the 1997 text)', () => {
      assert.deepEqual(
        findingsOf(on(temporary, { parameters: { 'scf.countTemporary': false } }), '2011-01-01'),
        [],
      );
    });
    it('leave permanent deployments counted when scf.countTemporary is false', () => {
      const setup = on([deploy('US', 'PL', { tanks: 42 }, '2010-02-01', { id: 'd1', permanent: true })], {
        parameters: { 'scf.countTemporary': false },
      });
      assert.equal(findingsOf(setup, '2011-01-01').length, 1);
    });
  });

  describe('when forces are withdrawn', () => {
    const exceeded = [deploy('US', 'PL', { tanks: 42 }, '2010-02-01', { id: 'd1' })];
    it('keeps the one finding when nothing exceeds again', () => {
      const f = findingsOf(on([...exceeded, endDeployment('US', 'd1', '2010-03-01')]), '2011-01-01');
      assert.equal(f.length, 1);
    });
    it('opens a second finding when a new deployment exceeds again', () => {
      const f = findingsOf(
        on([
          ...exceeded,
          endDeployment('US', 'd1', '2010-03-01'),
          deploy('GB', 'PL', { tanks: 42 }, '2010-04-01', { id: 'd2' }),
        ]),
        '2011-01-01',
      );
      assert.deepEqual(
        f.map((x) => x.on),
        ['2010-02-01', '2010-04-01'],
      );
      assert.deepEqual(f[1]?.code === 'substantial_combat_forces' && f[1].deployedBy, ['GB']);
    });
    it('opens no second finding while the first exceedance lasts', () => {
      const f = findingsOf(
        on([...exceeded, deploy('GB', 'PL', { tanks: 42 }, '2010-04-01', { id: 'd2' })]),
        '2011-01-01',
      );
      assert.equal(f.length, 1);
    });
    it('opens a second finding when a partial withdrawal drops below and forces rise again', () => {
      const f = findingsOf(
        on([
          deploy('US', 'PL', { tanks: 30 }, '2010-02-01', { id: 'd1' }),
          deploy('GB', 'PL', { tanks: 20 }, '2010-02-01', { id: 'd2' }),
          endDeployment('GB', 'd2', '2010-03-01'),
          deploy('FR', 'PL', { tanks: 12 }, '2010-04-01', { id: 'd3' }),
        ]),
        '2011-01-01',
      );
      assert.deepEqual(
        f.map((x) => x.on),
        ['2010-02-01', '2010-04-01'],
      );
    });
    it('does not name a state whose deployment ended the day it began', () => {
      const f = findingsOf(
        on([
          deploy('US', 'PL', { tanks: 42 }, '2010-02-01', { id: 'd1' }),
          endDeployment('US', 'd1', '2010-02-01'),
          deploy('GB', 'PL', { tanks: 42 }, '2010-03-01', { id: 'd2' }),
        ]),
        '2011-01-01',
      );
      assert.deepEqual(
        f.map((x) => x.code === 'substantial_combat_forces' && x.deployedBy),
        [['GB']],
      );
    });
  });

  describe('a target that joins NATO later: Montenegro (2017-06-05)', () => {
    const spec = given(on([deploy('US', 'ME', { tanks: 50 }, '2016-01-01', { id: 'd1' })]));
    it('finds nothing before its accession to NATO', () => {
      assert.deepEqual(spec.findings('2017-06-04'), []);
    });
    it('finds the forces already there substantial from the day of its accession', () => {
      assert.equal(
        theFinding(spec.findings('2017-06-05'), 'substantial_combat_forces', 'ME').on,
        '2017-06-05',
      );
    });
  });

  // NRC 4 binds the Parties to the agreement (TREATY.md: the NRC member states, 28 Allies and Russia
  // in December 2009): a state that is neither a Party nor an Ally breaches nothing, whatever it
  // deploys. Sweden joined NATO on 7 March 2024.
  describe('forces of a state bound by neither the agreement nor the Alliance: Sweden in Estonia', () => {
    const spec = given(
      on([
        deploy('SE', 'EE', { tanks: 30 }, '2020-01-01', { id: 'se' }),
        deploy('US', 'EE', { tanks: 20 }, '2020-01-01', { id: 'us' }),
      ]),
    );
    it('are no breach while Sweden is outside both: 20 bound tanks are not over 41', () => {
      assert.deepEqual(spec.findings('2024-03-06'), []);
    });
    it('count from the day Sweden joins NATO, and the finding names the host and both deployers', () => {
      assert.deepEqual(theFinding(spec.findings('2024-03-07'), 'substantial_combat_forces', 'EE'), {
        code: 'substantial_combat_forces',
        cite: 'NRC 4',
        parties: ['EE'],
        on: '2024-03-07',
        exceeded: [{ kind: 'tanks', count: 50, threshold: 41 }],
        deployedBy: ['SE', 'US'],
      });
    });
    it('alone are never a breach before Sweden is bound, however large', () => {
      const alone = given(on([deploy('SE', 'EE', { brigades: 3, tanks: 500 }, '2015-01-01', { id: 'se' })]));
      assert.deepEqual(alone.findings('2024-03-06'), []);
      const f = theFinding(alone.findings('2024-12-31'), 'substantial_combat_forces', 'EE');
      assert.equal(f.on, '2024-03-07');
      assert.ok('deployedBy' in f);
      assert.deepEqual(f.deployedBy, ['SE']);
    });
  });

  describe('forces named for no state (a mission flown by Allies in turn)', () => {
    it('count as any bound forces do', () => {
      const f = findingsOf(
        on([deploy('x:baltic-air-policing', 'LT', { airRegiments: 1 }, '2012-01-01', { id: 'bap' })]),
        '2012-12-31',
      );
      assert.deepEqual(
        f.map((x) => [x.parties, x.on]),
        [[['LT'], '2012-01-01']],
      );
    });
  });

  describe('forces deployed before the agreement is in force', () => {
    it('are found substantial from the day of entry into force', () => {
      const f = findingsOf(on([deploy('US', 'PL', { tanks: 42 }, '2009-12-10', { id: 'd1' })]), '2011-01-01');
      assert.deepEqual(
        f.map((x) => x.on),
        ['2010-01-01'],
      );
    });
  });
});
