// The case library in cases/: every fact has a dated source with a title or URL; dates are real and
// in order; every host is a target under at least one reading; the crises point at scenarios that
// load. (`est analyze force-limits` over the library is run in cases.e2e.test.ts.)
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';

import type { DeploymentData } from '../src/analysis/force-limits.ts';
import {
  ASSUMED_IN_FORCE,
  NRA_BASELINE_DAY,
  READINGS,
  analyzeForceLimits,
  firstCrossingMatrix,
  isPartialDate,
  parseDeploymentData,
} from '../src/analysis/force-limits.ts';
import { formatIssue, parseScenario } from '../src/scenario/index.ts';
import { parseIsoDate } from '../src/treaty/dates.ts';
import { membersOn, resolvePartySet } from '../src/treaty/parties/index.ts';

const root = join(import.meta.dirname, '..');
const readYaml = (file: string): unknown =>
  parseYaml(readFileSync(join(root, file), 'utf8'), { version: '1.2' }) as unknown;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function loadDeployments(): DeploymentData {
  const parsed = parseDeploymentData(readYaml('cases/deployments.yaml'));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.issues.join('\n'));
  return parsed.data;
}

/** A source is usable when it has a title or an http(s) URL, and a real (possibly partial) date. */
function checkSource(s: unknown, where: string): void {
  assert.ok(isRecord(s), `${where}: not a map`);
  const hasTitle = typeof s['title'] === 'string' && s['title'].trim() !== '';
  const hasUrl = typeof s['url'] === 'string' && /^https?:\/\/\S+$/.test(s['url']);
  assert.ok(hasTitle || hasUrl, `${where}: needs a title or a URL`);
  assert.ok(
    typeof s['date'] === 'string' && isPartialDate(s['date']),
    `${where}: bad date ${String(s['date'])}`,
  );
}

describe('cases/deployments.yaml', () => {
  const data = loadDeployments();
  const asOf = data.asOf;

  it('loads, with deployments and an asOf day', () => {
    assert.ok(data.deployments.length >= 40, `only ${data.deployments.length} deployments`);
    assert.ok(asOf !== undefined);
  });

  it('every source has a title or URL and a real date, not after the data', () => {
    for (const [id, s] of data.sources) {
      checkSource(s, `source ${id}`);
      assert.ok(s.date <= (asOf ?? '9999'), `source ${id} is dated after ${asOf}`);
    }
  });

  it('every deployment has at least one known source, and every source is used', () => {
    const used = new Set<string>();
    for (const d of data.deployments) {
      assert.ok(d.sources.length > 0, d.id);
      for (const s of d.sources) {
        assert.ok(data.sources.has(s), `${d.id}: unknown source ${s}`);
        used.add(s);
      }
    }
    assert.deepEqual(
      [...data.sources.keys()].filter((s) => !used.has(s)),
      [],
      'sources nobody cites',
    );
  });

  it('dates are real calendar days, each deployment ends after it begins, none after the data', () => {
    for (const d of data.deployments) {
      assert.ok(parseIsoDate(d.from) !== null, d.id);
      if (d.to !== null) {
        assert.ok(parseIsoDate(d.to) !== null, d.id);
        assert.ok(d.from < d.to, `${d.id}: ends before it begins`);
      }
      assert.ok(d.from <= (asOf ?? '9999') && (d.to ?? '') <= (asOf ?? '9999'), `${d.id}: after ${asOf}`);
    }
  });

  it('covers the years from 2010 to 2025', () => {
    const years = new Set(data.deployments.map((d) => d.from.slice(0, 4)));
    for (const y of ['2010', '2012', '2014', '2017', '2022', '2024', '2025']) assert.ok(years.has(y), y);
  });

  it('every host is a target under at least one reading of NRC 4 on the day the deployment began', () => {
    for (const d of data.deployments) {
      const targeted = READINGS.some(
        (r) => r.treaty === 'nrc-2009' && resolvePartySet(r.targets, d.from).has(d.in),
      );
      assert.ok(targeted, `${d.id}: ${d.in} is no reading's target on ${d.from}`);
    }
  });

  it('low-confidence records and records without counts explain themselves in a note', () => {
    for (const d of data.deployments) {
      const counts = Object.keys(d.forces).length;
      if (d.confidence === 'low' || counts === 0) assert.ok(d.note, `${d.id}: needs a note`);
    }
  });

  it('reports the first crossings the data imply under each reading', () => {
    const report = analyzeForceLimits(data, READINGS, asOf);
    const cells = Object.fromEntries(
      firstCrossingMatrix(report).map((r) => [
        r.host,
        Object.fromEntries(report.readings.map((x, i) => [x.reading.id, r.cells[i]])),
      ]),
    );
    // The US armoured brigade in Poland (January 2017), as in scenarios/case-nato-efp-2017.
    assert.equal(cells['PL']?.['nrc-2010'], '2017-01-12');
    // Rotations do not count the 1997 way; the German brigade in Lithuania is permanent.
    assert.equal(cells['PL']?.['permanent-only'], null);
    assert.equal(cells['LT']?.['permanent-only'], '2025-04-01');
    // Finland is no former Warsaw Pact or Soviet state.
    assert.equal(cells['FI']?.['former-wp-ussr'], 'not-a-target');
    for (const r of report.readings) assert.deepEqual(r.rejected, [], r.reading.id);
  });

  it('under the 2021 draft, a host breaches NRA 4 the first day forces a 1997 member counted are there', () => {
    // Every host of the library joined NATO after 1997 (or, Finland, later still): an "other" State
    // in Europe. NRA 4 sets no figure, so the first day of any counted deployment of Russia or of a
    // member of 27 May 1997 there, on or after the assumed entry into force, is the breach.
    const bound = new Set<string>([...membersOn('NATO', NRA_BASELINE_DAY), 'RU']);
    assert.ok(asOf !== undefined);
    const report = analyzeForceLimits(data, READINGS, asOf);
    const nra = report.readings.find((r) => r.reading.id === 'nra-2021');
    assert.ok(nra);
    assert.deepEqual(nra.rejected, []);
    const nrc = report.readings.find((r) => r.reading.id === 'nrc-2010');
    for (const h of nra.hosts) {
      const days: string[] = data.deployments
        .filter((d) => d.in === h.host && bound.has(d.by) && d.from > NRA_BASELINE_DAY && d.from <= asOf)
        .filter((d) => Object.values(d.forces).some((n) => n !== undefined && n > 0))
        .filter((d) => d.to === null || d.to > ASSUMED_IN_FORCE)
        .map((d) => (d.from < ASSUMED_IN_FORCE ? ASSUMED_IN_FORCE : d.from))
        .sort();
      assert.equal(h.first?.on ?? null, days[0] ?? null, h.host);
      assert.ok(h.target, h.host);
      // With no threshold, the 2021 bar is breached no later than the 2009 one in the library.
      const old = nrc?.hosts.find((x) => x.host === h.host)?.first?.on;
      if (old !== undefined) assert.ok(h.first !== null && h.first.on <= old, h.host);
    }
  });
});

describe('cases/crises.yaml', () => {
  const raw = readYaml('cases/crises.yaml');
  assert.ok(isRecord(raw));
  const sources = new Map<string, Record<string, unknown>>();
  for (const [i, s] of (raw['sources'] as unknown[]).entries()) {
    checkSource(s, `sources[${i}]`);
    const id = (s as Record<string, unknown>)['id'] as string;
    assert.ok(!sources.has(id), `duplicate source ${id}`);
    sources.set(id, s as Record<string, unknown>);
  }
  const crises = raw['crises'] as Record<string, unknown>[];

  it('has the crises of the four case scenarios', () => {
    assert.deepEqual(
      crises.map((c) => c['id']),
      ['georgia-2008', 'missile-defence-2009', 'ukraine-2014', 'efp-2017'],
    );
  });

  it('every crisis points at a scenario that loads', () => {
    for (const c of crises) {
      const file = c['scenario'] as string;
      assert.ok(existsSync(join(root, file)), file);
      const loaded = parseScenario(readFileSync(join(root, file), 'utf8'), file);
      assert.ok(loaded.ok, loaded.ok ? '' : loaded.issues.map(formatIssue).join('\n'));
      if (c['deployments'] !== undefined) assert.ok(existsSync(join(root, c['deployments'] as string)));
    }
  });

  it('every fact has a real date, in order, and at least one known, dated source', () => {
    const used = new Set<string>();
    for (const c of crises) {
      const facts = c['facts'] as Record<string, unknown>[];
      assert.ok(facts.length >= 5, `${String(c['id'])}: few facts`);
      let previous = '';
      for (const f of facts) {
        const on = String(f['on']);
        assert.ok(parseIsoDate(on) !== null, `${String(c['id'])}: bad date ${on}`);
        assert.ok(on >= previous, `${String(c['id'])}: ${on} comes after ${previous}`);
        previous = on;
        assert.ok(typeof f['fact'] === 'string' && f['fact'].length > 10);
        const refs = f['sources'] as string[];
        assert.ok(Array.isArray(refs) && refs.length > 0, `${String(c['id'])} ${on}: no source`);
        for (const r of refs) {
          assert.ok(sources.has(r), `${String(c['id'])} ${on}: unknown source ${r}`);
          used.add(r);
        }
      }
    }
    assert.deepEqual(
      [...sources.keys()].filter((s) => !used.has(s)),
      [],
      'sources nobody cites',
    );
  });
});
