// The December 2021 draft in the force-limits analysis: NRA 4 against deployments (any forces of
// Russia or the NATO members of 27 May 1997 beyond those there that day, in the other States in
// Europe) and NRA 6 against NATO's accessions since 1997. Expectations come from the text of the
// articles, the parameters' values and the party registry, never from the engine's output.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { run } from '../../engine/run.ts';
import { parseScenario, toRunInput } from '../../scenario/index.ts';
import { isoDate } from '../../treaty/dates.ts';
import { entityId } from '../../treaty/entities.ts';
import { PARAMETERS } from '../../treaty/parameters/index.ts';
import { MEMBERSHIPS, PRESETS, membersOn, resolvePartySet } from '../../treaty/parties/index.ts';
import type { DeploymentRecord, NraReading, Reading } from '../force-limits.ts';
import {
  ASSUMED_IN_FORCE,
  ASSUMPTIONS,
  NRA_BASELINE_DAY,
  analyzeForceLimits,
  analyzeReading,
  deploymentActs,
  enlargementAgainstNra6,
  firstCrossingMatrix,
} from '../force-limits.ts';
import { dep, reading } from './testing.ts';

const NRA = reading('nra-2021');

const nraHosts = (records: readonly DeploymentRecord[], asOf = '2026-01-01', r: Reading = NRA) =>
  analyzeReading(records, r, isoDate(asOf)).hosts;

const firsts = (records: readonly DeploymentRecord[], r: Reading = NRA, asOf = '2026-01-01') =>
  Object.fromEntries(nraHosts(records, asOf, r).map((h) => [h.host, h.first?.on ?? null]));

/** The 16 members of 27 May 1997 (NRA 4 binds them, with Russia), from the registry. */
const MEMBERS_1997 = membersOn('NATO', NRA_BASELINE_DAY);

describe('force limits under NRA 4 (2021)', () => {
  it('is a reading of the 2021 draft, assumed in force on the same day as the 2009 readings', () => {
    assert.equal(NRA.treaty, 'nra-2021');
    assert.equal(ASSUMPTIONS['nra-2021'].inForce, ASSUMPTIONS['nrc-2009'].inForce);
    assert.equal(ASSUMPTIONS['nra-2021'].inForce, ASSUMED_IN_FORCE);
  });

  it('its Parties are Russia and the NATO members of the day it is assumed in force', () => {
    const { parties, inForce } = ASSUMPTIONS['nra-2021'];
    const resolved = [...resolvePartySet(parties, inForce)].sort();
    assert.deepEqual(resolved, [...membersOn('NATO', inForce), 'RU'].sort());
    // The same States as the 2009 runs; every State NRA 4 binds is among them.
    assert.deepEqual(resolved, [...PRESETS['nrc-2009']].sort());
    assert.equal(MEMBERS_1997.length, 16);
    for (const id of [...MEMBERS_1997, 'RU']) assert.ok(resolved.includes(id as never), id);
    // States that joined NATO after the day are no Parties.
    for (const id of ['ME', 'MK', 'FI', 'SE']) assert.ok(!resolved.includes(id as never), id);
  });

  it('any counted forces of a 1997 member in a later member breach it, where NRC 4 needs a threshold', () => {
    const records = [
      dep('patrol', 'US', 'PL', '2012-03-01', { troops: 10 }, { to: '2012-04-01' }),
      dep('jets', 'GB', 'EE', '2014-05-01', { combatAircraft: 4 }),
    ];
    assert.deepEqual(firsts(records), { EE: '2014-05-01', PL: '2012-03-01' });
    assert.deepEqual(firsts(records, reading('nrc-2010')), { EE: null, PL: null });
  });

  it('forces there before the assumed entry into force are a breach on that day', () => {
    assert.equal(firsts([dep('early', 'US', 'LV', '2008-06-01', { troops: 100 })])['LV'], ASSUMED_IN_FORCE);
  });

  it('binds Russia (exempt under NRC 4) and only the 1997 members: later members and missions are free', () => {
    const records = [
      dep('ru', 'RU', 'LV', '2015-01-01', { troops: 50 }),
      dep('pl', 'PL', 'LT', '2015-01-01', { tanks: 100 }),
      dep('bap', 'x:baltic-air-policing', 'EE', '2015-01-01', { combatAircraft: 4 }),
    ];
    assert.deepEqual(firsts(records), { EE: null, LT: null, LV: '2015-01-01' });
    // NRC 4 exempts Russia but counts any other state's forces: the Polish tanks exceed its 41.
    assert.deepEqual(firsts(records, reading('nrc-2010')), { EE: null, LT: '2015-01-01', LV: null });
    assert.ok(!MEMBERS_1997.includes(entityId('PL')));
  });

  it('protects the other States in Europe, NATO or not, and not the 1997 members themselves', () => {
    const europe = resolvePartySet(PARAMETERS['nra.4.europe'].values[0]?.value ?? [], ASSUMED_IN_FORCE);
    assert.ok(europe.has(entityId('UA')) && europe.has(entityId('DE')));
    const records = [
      dep('ua', 'US', 'UA', '2015-04-20', { troops: 290 }),
      dep('de', 'US', 'DE', '2015-04-20', { brigades: 2 }),
    ];
    const report = analyzeForceLimits(
      { deployments: records },
      [reading('nrc-2010'), NRA],
      isoDate('2016-01-01'),
    );
    const cells = Object.fromEntries(firstCrossingMatrix(report).map((r) => [r.host, r.cells]));
    assert.deepEqual(cells['UA'], ['not-a-target', '2015-04-20']);
    assert.deepEqual(cells['DE'], ['not-a-target', 'not-a-target']);
  });

  it('a record that gives no counts counts nothing; a new breach opens after the forces left', () => {
    const records = [
      dep('unknown', 'US', 'SK', '2015-01-01', {}),
      dep('first', 'US', 'RO', '2014-04-01', { troops: 100 }, { to: '2014-09-01' }),
      dep('second', 'CA', 'RO', '2015-02-01', { troops: 50 }),
    ];
    const hosts = nraHosts(records);
    assert.equal(hosts.find((h) => h.host === 'SK')?.first, null);
    const ro = hosts.find((h) => h.host === 'RO');
    assert.deepEqual(
      ro?.crossings.map((c) => [c.on, c.deployedBy, c.responsible]),
      [
        ['2014-04-01', ['US'], ['first']],
        ['2015-02-01', ['CA'], ['second']],
      ],
    );
    for (const c of ro?.crossings ?? []) assert.deepEqual(c.exceeded, []);
  });

  it('names the deployments behind a breach, and marks a host where forces stood in 1997', () => {
    const baseline = resolvePartySet(PARAMETERS['nra.4.baseline'].values[0]?.value ?? [], ASSUMED_IN_FORCE);
    assert.ok(baseline.has(entityId('HU')) && !baseline.has(entityId('LT')));
    const records = [
      dep('de-lt', 'DE', 'LT', '2017-02-07', { troops: 450 }),
      dep('nl-lt', 'NL', 'LT', '2017-02-07', { troops: 250 }),
      dep('cz-lt', 'CZ', 'LT', '2017-02-07', { troops: 100 }),
      dep('it-hu', 'IT', 'HU', '2022-08-05', { troops: 250 }),
    ];
    const hosts = nraHosts(records);
    const lt = hosts.find((h) => h.host === 'LT')?.first;
    assert.deepEqual(lt?.deployedBy, ['DE', 'NL']);
    assert.deepEqual(lt?.responsible, ['de-lt', 'nl-lt']);
    assert.equal(lt?.baselineHost, false);
    assert.equal(hosts.find((h) => h.host === 'HU')?.first?.baselineHost, true);
  });

  it('a reading of the 2021 draft can leave temporary deployments out, as the 1997 wording would', () => {
    const permanentOnly: NraReading = {
      id: 'nra-permanent',
      treaty: 'nra-2021',
      label: 'permanent only',
      description: 'permanent only',
      countTemporary: false,
    };
    const records = [
      dep('rotation', 'US', 'PL', '2017-01-12', { brigades: 1 }),
      dep('garrison', 'DE', 'LT', '2025-04-01', { brigades: 1 }, { permanent: true }),
    ];
    assert.deepEqual(firsts(records, permanentOnly), { LT: '2025-04-01', PL: null });
  });

  it('gives the engine’s findings for the same acts run as an nra-2021 scenario', () => {
    const records = [
      dep('a', 'US', 'PL', '2011-01-10', { troops: 800 }, { to: '2011-06-01' }),
      dep('b', 'GB', 'PL', '2012-02-01', { tanks: 14 }),
      dep('c', 'RU', 'MD', '2011-03-01', { troops: 1500 }),
      dep('d', 'DE', 'FR', '2011-03-01', { brigades: 1 }),
      dep('e', 'US', 'HU', '2011-06-01', { attackHelicopters: 5 }, { permanent: true }),
    ];
    const { inForce, parties } = ASSUMPTIONS['nra-2021'];
    const yaml = [
      'name: same acts as a scenario',
      'treaty: nra-2021',
      `assume: { inForce: ${inForce}, parties: ${JSON.stringify(parties)} }`,
      'events:',
      ...deploymentActs(records).map((a) => `  - ${JSON.stringify(a)}`),
    ].join('\n');
    const loaded = parseScenario(yaml, 'inline.scenario.yaml');
    assert.ok(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.issues));
    const engine = run(toRunInput(loaded.scenario), { asOf: isoDate('2013-01-01') }).outcome.findings.flatMap(
      (f) =>
        f.code === 'forces_beyond_1997_baseline' ? [`${f.parties[0]} ${f.on} ${f.deployedBy.join()}`] : [],
    );
    const ours = nraHosts(records, '2013-01-01')
      .flatMap((h) => h.crossings)
      .sort((x, y) => x.on.localeCompare(y.on) || x.host.localeCompare(y.host))
      .map((c) => `${c.host} ${c.on} ${c.deployedBy.join()}`);
    assert.deepEqual(ours, engine);
    // Worked out from the text: PL twice (the US left before the British came), MD from Russia,
    // HU from the US; FR is a 1997 member, not "other".
    assert.deepEqual(ours, ['PL 2011-01-10 US', 'MD 2011-03-01 RU', 'HU 2011-06-01 US', 'PL 2012-02-01 GB']);
  });
});

describe('NATO enlargement against NRA 6 (2021)', () => {
  /** The accessions after 27 May 1997 in the registry: state and day. */
  const accessions = MEMBERSHIPS.filter(
    (m) => m.bloc === 'NATO' && m.kind === 'member' && m.from > NRA_BASELINE_DAY,
  ).map((m) => ({ state: m.state, on: m.from }));

  it('lists every accession since 27 May 1997 in the registry, oldest first', () => {
    const report = enlargementAgainstNra6(isoDate('2026-01-01'));
    assert.deepEqual(
      [...report.accessions.map((a) => `${a.on} ${a.state}`)],
      accessions.map((a) => `${a.on} ${a.state}`).sort(),
    );
    // The enlargements named in the brief are all there (1999, 2004, 2009, 2017, 2020, 2023, 2024).
    const years = new Set(report.accessions.map((a) => a.on.slice(0, 4)));
    assert.deepEqual([...years], ['1999', '2004', '2009', '2017', '2020', '2023', '2024']);
  });

  it('an accession after the assumed entry into force is a finding of NRA 6 on its day; earlier ones are not', () => {
    const report = enlargementAgainstNra6(isoDate('2026-01-01'));
    assert.equal(report.inForce, ASSUMED_IN_FORCE);
    for (const { state, on } of accessions) {
      const a = report.accessions.find((x) => x.state === state);
      if (on < ASSUMED_IN_FORCE) {
        assert.equal(a?.status, 'before-entry-into-force', state);
        assert.equal(a?.finding, null, state);
      } else {
        assert.equal(a?.status, 'finding', state);
        assert.deepEqual(a?.finding, { code: 'nato_enlargement', cite: 'NRA 6', on }, state);
      }
    }
  });

  it('an accession after the day of the report is listed as such, with no finding', () => {
    const report = enlargementAgainstNra6(isoDate('2023-12-31'));
    const fi = accessions.find((a) => a.state === 'FI');
    const se = accessions.find((a) => a.state === 'SE');
    assert.ok(fi && se && fi.on <= '2023-12-31' && se.on > '2023-12-31');
    assert.equal(report.accessions.find((a) => a.state === 'FI')?.status, 'finding');
    assert.deepEqual(
      report.accessions.filter((a) => a.state === 'SE').map((a) => [a.status, a.finding]),
      [['after-report', null]],
    );
  });

  it('comes with the report when a reading of the 2021 draft is in it, and only then', () => {
    const records = [dep('x', 'US', 'PL', '2017-01-12', { brigades: 1 })];
    const both = analyzeForceLimits({ deployments: records }, [reading('nrc-2010'), NRA]);
    assert.deepEqual(
      both.assumptions.map((a) => a.treaty),
      ['nrc-2009', 'nra-2021'],
    );
    assert.equal(both.enlargement?.accessions.length, accessions.length);
    const old = analyzeForceLimits({ deployments: records }, [reading('nrc-2010')]);
    assert.equal(old.enlargement, null);
    assert.deepEqual(
      old.assumptions.map((a) => a.treaty),
      ['nrc-2009'],
    );
  });
});
