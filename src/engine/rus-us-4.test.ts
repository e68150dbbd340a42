/**
 * RUS-US 4 from the text of the 2021 draft, which binds the United States alone: (1) it undertakes
 * to prevent any further eastward enlargement of NATO and to deny membership to the States that were
 * part of the USSR; (2) it sets up no bases and uses no infrastructure for military activity on the
 * territory of the former Soviet States outside NATO. The accessions are the registry's (Finland on
 * 4 April 2023, Sweden on 7 March 2024; the seven of 29 March 2004, Estonia, Latvia and Lithuania
 * among them); a US deployment is recorded by the `deploy` act.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { provision } from '../treaty/provisions/index.ts';
import { treatyKnows } from './decide.ts';
import type { Act } from './acts.ts';
import type { FindingOutcome } from './outcome.ts';
import type { Setup } from './testing.ts';
import { deploy, endDeployment, given } from './testing.ts';

const inForceFrom = (inForce: string, acts: readonly Act[] = [], extra: Omit<Setup, 'acts'> = {}): Setup => ({
  treaty: 'rus-us-2021',
  assume: { inForce, parties: ['RU', 'US'] },
  ...extra,
  acts,
});
const findings = (setup: Setup, asOf: string, code: FindingOutcome['code']): FindingOutcome[] =>
  given(setup)
    .findings(asOf)
    .filter((f) => f.code === code);
const accessions = (setup: Setup, asOf: string) =>
  findings(setup, asOf, 'eastward_enlargement').map((f) => [
    f.on,
    f.parties[0],
    f.code === 'eastward_enlargement' ? f.formerSoviet : 'other',
  ]);

describe('RUS-US 4(1): no eastward enlargement of NATO', () => {
  it('finds Finland on 4 April 2023 and Sweden on 7 March 2024, neither a former Soviet State', () => {
    assert.deepEqual(findings(inForceFrom('2022-01-01'), '2025-12-31', 'eastward_enlargement'), [
      {
        code: 'eastward_enlargement',
        cite: 'RUS-US 4',
        parties: ['FI'],
        on: '2023-04-04',
        formerSoviet: false,
      },
      {
        code: 'eastward_enlargement',
        cite: 'RUS-US 4',
        parties: ['SE'],
        on: '2024-03-07',
        formerSoviet: false,
      },
    ]);
  });
  it('finds no accession before entry into force, nor before its day', () => {
    assert.deepEqual(accessions(inForceFrom('2023-06-01'), '2025-12-31'), [['2024-03-07', 'SE', false]]);
    assert.deepEqual(accessions(inForceFrom('2022-01-01'), '2023-04-03'), []);
  });
  it('marks the three Baltic States as former Soviet States had the treaty been in force in 2004', () => {
    const in2004 = accessions(inForceFrom('2004-01-01'), '2004-12-31');
    assert.deepEqual(
      in2004.filter(([, , soviet]) => soviet === true).map(([, id]) => id),
      ['EE', 'LT', 'LV'],
    );
    assert.deepEqual(
      in2004.filter(([, , soviet]) => soviet === false).map(([, id]) => id),
      ['BG', 'RO', 'SI', 'SK'],
    );
    assert.ok(in2004.every(([on]) => on === '2004-03-29'));
  });
  it('binds the United States: with Russia the only Party, no accession is a finding', () => {
    const setup: Setup = { treaty: 'rus-us-2021', assume: { inForce: '2022-01-01', parties: ['RU'] } };
    assert.deepEqual(findings(setup, '2025-12-31', 'eastward_enlargement'), []);
  });
  it('still finds the accession when rus-us.4.formerUssr is unset, leaving the mark out', () => {
    const setup = inForceFrom('2022-01-01', [], { parameters: { 'rus-us.4.formerUssr': null } });
    assert.deepEqual(accessions(setup, '2025-12-31'), [
      ['2023-04-04', 'FI', undefined],
      ['2024-03-07', 'SE', undefined],
    ]);
  });
  it('is not the NRA 6 finding: the member States are not Parties here', () => {
    assert.deepEqual(findings(inForceFrom('2022-01-01'), '2025-12-31', 'nato_enlargement'), []);
  });
});

describe('RUS-US 4(2): no US military activity in the former Soviet States outside NATO', () => {
  it('knows the deploy acts, and no withdrawal (its clause, if any, is unknown)', () => {
    assert.ok(treatyKnows('rus-us-2021', 'deploy'));
    assert.ok(treatyKnows('rus-us-2021', 'end-deployment'));
    assert.ok(!treatyKnows('rus-us-2021', 'withdraw'));
  });
  it('finds US forces in Georgia, dated their first day, naming host, deployment and deployer', () => {
    const setup = inForceFrom('2022-01-01', [
      deploy('US', 'GE', { troops: 400 }, '2022-08-29', { id: 'np22' }),
    ]);
    assert.deepEqual(findings(setup, '2022-12-31', 'us_military_activity_in_former_ussr'), [
      {
        code: 'us_military_activity_in_former_ussr',
        cite: 'RUS-US 4',
        parties: ['GE'],
        on: '2022-08-29',
        deployment: 'np22',
        deployedBy: ['US'],
      },
    ]);
  });
  it('counts temporary forces and forces whose figures no source gave', () => {
    const setup = inForceFrom('2022-01-01', [
      deploy('US', 'MD', {}, '2024-08-05', { id: 'fs', permanent: false }),
    ]);
    assert.equal(findings(setup, '2024-12-31', 'us_military_activity_in_former_ussr').length, 1);
  });
  it('finds nothing in a former Soviet State that is a NATO member (Estonia), nor outside the former USSR', () => {
    const acts = [
      deploy('US', 'EE', { combatAircraftAndAttackHelicopters: 2 }, '2022-02-24', { id: 'f35' }),
      deploy('US', 'PL', { troops: 3000 }, '2022-03-01', { id: 'pl' }),
    ];
    assert.deepEqual(
      findings(inForceFrom('2022-01-01', acts), '2022-12-31', 'us_military_activity_in_former_ussr'),
      [],
    );
  });
  it('binds the United States alone: Russian forces in Belarus or Armenia are no finding', () => {
    const acts = [
      deploy('RU', 'BY', { troops: 30000 }, '2022-01-18', { id: 'r1' }),
      deploy('RU', 'AM', {}, '2022-03-01', { id: 'r2' }),
    ];
    assert.deepEqual(given(inForceFrom('2022-01-01', acts)).findings('2022-12-31'), []);
  });
  it('dates a deployment already there on entry into force on that day', () => {
    const acts = [deploy('US', 'UA', { troops: 150 }, '2021-11-01', { id: 'jmtg' })];
    const [f] = findings(
      inForceFrom('2022-01-01', acts),
      '2022-12-31',
      'us_military_activity_in_former_ussr',
    );
    assert.equal(f?.on, '2022-01-01');
  });
  it('finds nothing once the forces have left before entry into force', () => {
    const acts = [
      deploy('US', 'UA', { troops: 150 }, '2021-11-01', { id: 'jmtg' }),
      endDeployment('US', 'jmtg', '2021-12-31'),
    ];
    assert.deepEqual(
      findings(inForceFrom('2022-01-01', acts), '2022-12-31', 'us_military_activity_in_former_ussr'),
      [],
    );
  });
  it('stops when the host joins NATO: in force from 2003, US forces in Lithuania until 29 March 2004 only', () => {
    const acts = [
      deploy('US', 'LT', { troops: 100 }, '2003-06-01', { id: 'before' }),
      deploy('US', 'LT', { troops: 100 }, '2005-06-01', { id: 'after' }),
    ];
    const f = findings(inForceFrom('2003-01-01', acts), '2006-12-31', 'us_military_activity_in_former_ussr');
    assert.deepEqual(
      f.map((x) => [x.on, x.code === 'us_military_activity_in_former_ussr' && x.deployment]),
      [['2003-06-01', 'before']],
    );
  });
  it('reads the former Soviet States from rus-us.4.formerUssr: without Georgia there, no finding', () => {
    const acts = [deploy('US', 'GE', { troops: 400 }, '2022-08-29', { id: 'np22' })];
    const setup = inForceFrom('2022-01-01', acts, {
      parameters: { 'rus-us.4.formerUssr': ['UA', 'BY', 'MD'] },
    });
    assert.deepEqual(findings(setup, '2022-12-31', 'us_military_activity_in_former_ussr'), []);
  });
});

describe('RUS-US: what is modelled', () => {
  it('models both paragraphs of Article 4 and says why the others outside Articles 6 and 7 are not', () => {
    assert.equal(provision('rus-us.4.1')?.notModelled, undefined);
    assert.equal(provision('rus-us.4.2')?.notModelled, undefined);
    assert.match(provision('rus-us.5.1')?.notModelled?.en ?? '', /perceive/);
    assert.match(provision('rus-us.5.2')?.notModelled?.en ?? '', /not acts the engine records/);
  });
});
