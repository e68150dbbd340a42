// node:test's describe/it return promises that the runner itself awaits and reports.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

import { decide } from '../engine/decide.ts';
import { evolve } from '../engine/evolve.ts';
import { startState } from '../engine/run.ts';
import { isoDate } from '../treaty/dates.ts';
import type { IsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import { parameterSeries, resolveParameters } from '../treaty/parameters/index.ts';
import type { ParameterId } from '../treaty/parameters/index.ts';
import { PRESETS } from '../treaty/parties/index.ts';
import {
  STANCES,
  monthEnds,
  parseStanceTable,
  prepareOutlook,
  probabilityBy,
  runTrials,
  simulateOutlook,
  summarize,
  trial,
  trialActs,
} from './outlook.ts';
import type { Behaviour, OutlookResult, Stance, StanceTable } from './outlook.ts';
import { Sfc32, normalCdf, normalQuantile } from './random.ts';

const SHIPPED = join(import.meta.dirname, '..', '..', 'data', 'stances-2009.yaml');
const HORIZON = isoDate('2019-11-29');

function shipped(): StanceTable {
  const parsed = parseStanceTable(parseYaml(readFileSync(SHIPPED, 'utf8'), { version: '1.2' }));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues, null, 2));
  return parsed.table;
}

const params = (overrides: Partial<Record<ParameterId, unknown>> = {}) =>
  resolveParameters('est-2009', overrides);

const behaviour = (sign: number, ratify: number, signMonths = 3, ratifyMonths = 6): Behaviour => ({
  sign: { probability: sign, delay: { dist: 'lognormal', medianMonths: signMonths, sigma: 0.5 } },
  ratify: {
    probability: ratify,
    withinMonths: 60,
    delay: { dist: 'lognormal', medianMonths: ratifyMonths, sigma: 0.5 },
  },
  rationale: 'test',
});

/** A table over the 61 eligible entities: `stanceOf` picks each one's category. */
function table(
  stanceOf: (id: string) => Stance,
  categories: Partial<Record<Stance, Behaviour>> = {},
  extra: Partial<StanceTable> = {},
): StanceTable {
  const base = Object.fromEntries(STANCES.map((s) => [s, behaviour(1, 1)])) as Record<Stance, Behaviour>;
  return {
    title: 'test',
    start: isoDate('2009-11-29'),
    signatureMonths: 24,
    climate: { rho: 0, rationale: 'test' },
    blocs: [],
    categories: { ...base, ...categories },
    stances: PRESETS['osce-2009+orgs'].map((id) => ({
      id,
      stance: stanceOf(id),
      confidence: 'low' as const,
      sources: ['S22'],
      note: 'test',
    })),
    sources: [],
    ...extra,
  };
}

const simulate = (
  t: StanceTable,
  trials: number,
  seed = 2009,
  overrides: Partial<Record<ParameterId, unknown>> = {},
  horizon: IsoDate = HORIZON,
): OutlookResult => simulateOutlook(t, { trials, seed, horizon, parameters: params(overrides) });

describe('the random streams', () => {
  it('repeat for a seed and stream, and differ between streams', () => {
    const take = (g: Sfc32) => Array.from({ length: 5 }, () => g.nextUint32());
    assert.deepEqual(take(new Sfc32(2009, 7)), take(new Sfc32(2009, 7)));
    assert.notDeepEqual(take(new Sfc32(2009, 7)), take(new Sfc32(2009, 8)));
    assert.notDeepEqual(take(new Sfc32(2009, 7)), take(new Sfc32(2010, 7)));
  });

  it('give uniforms strictly inside (0, 1) with mean one half', () => {
    const g = new Sfc32(1, 1);
    let sum = 0;
    for (let i = 0; i < 200_000; i += 1) {
      const u = g.next();
      assert.ok(u > 0 && u < 1);
      sum += u;
    }
    assert.ok(Math.abs(sum / 200_000 - 0.5) < 0.003);
  });

  it('have a normal CDF and quantile that match reference values and invert each other', () => {
    assert.ok(Math.abs(normalCdf(1) - 0.8413447460685429) < 1e-14);
    assert.ok(Math.abs(normalCdf(-2) - 0.022750131948179195) < 1e-14);
    assert.ok(Math.abs(normalQuantile(0.975) - 1.959963984540054) < 1e-8);
    for (const p of [1e-9, 0.01, 0.3, 0.5, 0.7, 0.99, 1 - 1e-9])
      assert.ok(Math.abs(normalCdf(normalQuantile(p)) - p) < 1e-9 * Math.max(1, p / 1e-9));
    assert.equal(normalQuantile(0), -Infinity);
    assert.equal(normalQuantile(1), Infinity);
  });
});

describe('the shipped stance table (data/stances-2009.yaml)', () => {
  const t = shipped();

  it('covers the 56 OSCE states of 2009 and the five organizations, once each', () => {
    assert.deepEqual(
      t.stances.map((s) => s.id),
      [...PRESETS['osce-2009+orgs']].sort(),
    );
  });

  it('cites a source for every stance but unknown, and none for unknown', () => {
    for (const s of t.stances) {
      if (s.stance === 'unknown') assert.deepEqual(s.sources, [], s.id);
      else assert.ok(s.sources.length > 0 && s.confidence !== null, s.id);
    }
  });

  it('gives the reported positions of TREATY.md §5', () => {
    const stance = (id: string) => t.stances.find((s) => s.id === id)?.stance;
    for (const id of PRESETS['csto-2009']) assert.equal(stance(id), 'supportive', id);
    for (const id of ['US', 'PL', 'GE', 'NATO']) assert.equal(stance(id), 'opposed', id);
    assert.equal(stance('IT'), 'open');
    assert.equal(stance('DE'), 'open');
    assert.equal(stance('FR'), 'cautious');
  });

  it('codes Switzerland as supportive, as its own source and the seed report S93 (Xinhua) say', () => {
    // W3: the Swiss foreign minister welcomed the treaty initiative (June 2009); S93 (1 Dec 2009):
    // Switzerland was so far the only state to have voiced support for the treaty.
    const ch = t.stances.find((s) => s.id === 'CH');
    assert.equal(ch?.stance, 'supportive');
    assert.ok(ch?.sources.includes('W3') && ch.sources.includes('S93'), 'W3 and S93');
  });
});

describe('reading a stance table', () => {
  const good = () => parseYaml(readFileSync(SHIPPED, 'utf8'), { version: '1.2' }) as Record<string, never>;

  it('refuses a stance other than unknown without a source, and an unknown source id', () => {
    const raw = good() as unknown as { stances: Record<string, { sources?: string[] }> };
    delete (raw.stances['US'] as { sources?: string[] }).sources;
    (raw.stances['PL'] as { sources: string[] }).sources = ['S999'];
    const parsed = parseStanceTable(raw);
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    assert.deepEqual(parsed.issues.map((i) => i.path).sort(), ['stances.PL.sources', 'stances.US.sources']);
  });

  it('names each malformed field', () => {
    const parsed = parseStanceTable({
      title: 'x',
      model: { start: '2009-02-30', categories: {} },
      stances: { ZZ: { stance: 'hostile', note: 'x' }, FR: { stance: 'open', note: 'x', sources: ['S11'] } },
    });
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    const paths = parsed.issues.map((i) => i.path);
    for (const p of [
      'model.start',
      'model.categories.supportive',
      'stances.ZZ',
      'stances.ZZ.stance',
      'stances.FR.confidence',
    ])
      assert.ok(paths.includes(p), `${p} in ${paths.join(', ')}`);
  });
});

describe('reading a stance table: the checks between fields', () => {
  const good = () => parseYaml(readFileSync(SHIPPED, 'utf8'), { version: '1.2' }) as ShippedRaw;
  type ShippedRaw = {
    model: { categories: Record<string, { sign: Record<string, unknown>; ratify: Record<string, unknown> }> };
    stances: Record<string, Record<string, unknown>>;
  };

  it('still run where a field below them is broken, and read a broken value as none', () => {
    const raw = good();
    (raw.model.categories['open'] as { ratify: Record<string, unknown> }).ratify['withinMonths'] = 'soon';
    (raw.model.categories['open'] as { sign: Record<string, unknown> }).sign['delay'] = 5;
    (raw.stances['PL'] as Record<string, unknown>)['sources'] = 'S22';
    (raw.stances['US'] as Record<string, unknown>)['confidence'] = 'sure';
    const parsed = parseStanceTable(raw);
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    assert.deepEqual(parsed.issues.map((i) => `${i.path}: ${i.message}`).sort(), [
      'model.categories.open.ratify.withinMonths: expected a number of months from 0 to 1200',
      'model.categories.open.ratify.withinMonths: expected a positive number of months, or null for no limit',
      'model.categories.open.sign.delay.dist: expected lognormal, uniform or fixed',
      'stances.PL.sources: a stance other than unknown must cite a source',
      'stances.PL.sources: expected a list of source ids',
      'stances.US.confidence: a stance other than unknown needs a confidence',
      'stances.US.confidence: expected one of high, medium, low',
    ]);
  });
});

describe('the outlook Monte Carlo', () => {
  it('gives the same result, bit for bit, for the same seed, whatever the chunk size', () => {
    const t = shipped();
    const options = { trials: 3000, seed: 42, horizon: HORIZON, parameters: params() };
    const whole = JSON.stringify(simulateOutlook(t, options, { chunk: 3000 }));
    assert.equal(JSON.stringify(simulateOutlook(t, options, { chunk: 7 })), whole);
    assert.equal(JSON.stringify(simulateOutlook(t, options, { chunk: 1000 })), whole);
    // Chunks run out of order give the same tallies too.
    const o = prepareOutlook(t, options);
    runTrials(o, 2000, 3000);
    runTrials(o, 0, 2000);
    assert.equal(JSON.stringify(summarize(o)), whole);
    assert.notEqual(JSON.stringify(simulateOutlook(t, { ...options, seed: 43 })), whole);
  });

  it('refuses to run a trial twice', () => {
    const o = prepareOutlook(shipped(), { trials: 10, seed: 1, horizon: HORIZON, parameters: params() });
    runTrials(o, 0, 5);
    assert.throws(() => runTrials(o, 4, 6), /already run/);
    assert.throws(() => summarize(o), /only 5 of 10/);
  });

  it('puts the treaty in force in every trial when everybody signs and ratifies in time', () => {
    const r = simulate(
      table(() => 'supportive'),
      500,
    );
    assert.equal(r.inForceByHorizon.probability, 1);
    assert.equal(r.curve.at(-1)?.probability, 1);
    assert.ok(r.median !== null && r.median < '2011-12-31');
    assert.equal(r.instruments.p10, 56);
  });

  it('never puts it in force when fewer states than the threshold can ratify', () => {
    const supporters = new Set(PRESETS['osce-2009'].slice(0, 24));
    const r = simulate(
      table((id) => (supporters.has(id as EntityId) ? 'supportive' : 'opposed'), {
        opposed: behaviour(0, 1),
      }),
      500,
    );
    assert.equal(r.inForceByHorizon.trials, 0);
    assert.equal(r.median, null);
    assert.deepEqual(r.pivotal, []);
    assert.equal(r.instruments.p90, 24);
    // 57 instruments from 56 states is impossible even when all ratify.
    assert.equal(
      simulate(
        table(() => 'supportive'),
        100,
        1,
        { 'entryIntoForce.instruments': 57 },
      ).inForceByHorizon.trials,
      0,
    );
  });

  it('names a pivotal depositor for each trial in force, and only then', () => {
    const r = simulate(shipped(), 4000);
    assert.ok(r.inForceByHorizon.trials > 0);
    assert.equal(
      r.pivotal.reduce((s, p) => s + p.count, 0),
      r.inForceByHorizon.trials,
    );
    assert.ok(Math.abs(r.pivotal.reduce((s, p) => s + p.share, 0) - 1) < 1e-12);
    // Organizations' instruments do not count by default, so they are never pivotal.
    assert.ok(r.pivotal.every((p) => p.id.length === 2));
  });

  it('lets organizations be pivotal when their instruments count', () => {
    // The five organizations deposit within a month or so; the states take years.
    const fast = behaviour(1, 1, 0.5, 0.5);
    const slow = behaviour(1, 1, 12, 24);
    const t = table((id) => (id.length > 2 ? 'supportive' : 'open'), { supportive: fast, open: slow });
    const counted = simulate(t, 300, 9, {
      'entryIntoForce.countOrganizations': true,
      'entryIntoForce.instruments': 3,
    });
    assert.equal(counted.inForceByHorizon.probability, 1);
    assert.ok(counted.pivotal.every((p) => ['EU', 'OSCE', 'CSTO', 'NATO', 'CIS'].includes(p.id)));
    const notCounted = simulate(t, 300, 9, { 'entryIntoForce.instruments': 3 });
    assert.ok(notCounted.pivotal.every((p) => p.id.length === 2));
  });

  it("keeps each entity's stated chances, however strongly decisions are linked", () => {
    const t = table(
      () => 'open',
      { open: behaviour(0.5, 0.4) },
      {
        climate: { rho: 0.3, rationale: 'test' },
        blocs: [{ id: 'nato', members: 'nato-2009', rho: 0.6, rationale: 'test' }],
      },
    );
    const r = simulate(t, 4000, 3);
    const states = r.entities.filter((e) => e.id.length === 2);
    const mean = (f: (e: (typeof states)[number]) => number) =>
      states.reduce((a, e) => a + f(e), 0) / states.length;
    assert.ok(Math.abs(mean((e) => e.signs) - 0.5) < 0.02, `signs ${mean((e) => e.signs)}`);
    assert.ok(Math.abs(mean((e) => e.deposits) - 0.2) < 0.02, `deposits ${mean((e) => e.deposits)}`);
    // Linked decisions widen the spread of the number of instruments, not its mean.
    const independent = simulate({ ...t, climate: { rho: 0, rationale: 'test' }, blocs: [] }, 4000, 3);
    assert.ok(
      r.instruments.p90 - r.instruments.p10 > independent.instruments.p90 - independent.instruments.p10,
    );
  });

  it('has a standard error that shrinks as the trials grow, as the spread across seeds does', () => {
    const t = shipped();
    const spread = (trials: number) => {
      const ps = [1, 2, 3, 4, 5, 6, 7, 8].map(
        (seed) => simulate(t, trials, seed).inForceByHorizon.probability,
      );
      const mean = ps.reduce((a, b) => a + b, 0) / ps.length;
      return Math.sqrt(ps.reduce((a, p) => a + (p - mean) ** 2, 0) / (ps.length - 1));
    };
    const small = simulate(t, 200, 1).inForceByHorizon.standardError;
    const large = simulate(t, 3200, 1).inForceByHorizon.standardError;
    assert.ok(large < small / 3, `${large} vs ${small}`);
    assert.ok(spread(3200) < spread(200) / 2);
  });

  it('reports a monthly curve that never decreases and ends on the horizon', () => {
    const r = simulate(shipped(), 2000);
    assert.equal(r.curve[0]?.date, '2009-11-30');
    assert.equal(r.curve.at(-1)?.date, HORIZON);
    for (let i = 1; i < r.curve.length; i += 1)
      assert.ok((r.curve[i]?.probability ?? 0) >= (r.curve[i - 1]?.probability ?? 0));
    assert.equal(probabilityBy(r, '2015-12-31')?.date, '2015-12-31');
  });

  it('compares rules on the same random trials: a higher threshold is never reached earlier', () => {
    const t = shipped();
    const at25 = simulate(t, 2000, 5);
    const at30 = simulate(t, 2000, 5, { 'entryIntoForce.instruments': 30 });
    at25.curve.forEach((p, i) => assert.ok((at30.curve[i]?.probability ?? 1) <= p.probability));
    assert.ok(at30.inForceByHorizon.trials < at25.inForceByHorizon.trials);
  });

  it('agrees with the engine: replaying a trial gives the same entry into force and pivotal state', () => {
    const t = shipped();
    for (const org of [false, true]) {
      const overrides = { 'entryIntoForce.countOrganizations': org, 'entryIntoForce.instruments': 20 };
      const parameters = params(overrides);
      const o = prepareOutlook(t, { trials: 150, seed: 77, horizon: HORIZON, parameters });
      let inForce = 0;
      for (let index = 0; index < 150; index += 1) {
        const expected = trial(o, index);
        const state = startState({ treaty: 'est-2009', parameters: parameterSeries('est-2009', overrides) });
        let pivotal: EntityId | null = null;
        for (const act of trialActs(o, index)) {
          const d = decide(state, act);
          if (!d.ok) continue; // a signature after entry into force is refused (EST 10): it changes nothing here
          for (const e of d.events) {
            if (e.type === 'EnteredIntoForce' && act.act === 'ratify') pivotal = act.by;
            evolve(state, e);
          }
        }
        assert.equal(state.entryIntoForce, expected.entryIntoForce, `trial ${index}`);
        assert.equal(pivotal, expected.pivotal, `trial ${index}`);
        if (expected.entryIntoForce !== null) inForce += 1;
      }
      assert.ok(inForce > 10 && inForce < 150, `${inForce} trials in force`);
    }
  });
});

describe('month ends', () => {
  it('run from the start month to the horizon, leap days included', () => {
    assert.deepEqual(monthEnds(isoDate('2011-12-15'), isoDate('2012-03-10')), [
      '2011-12-31',
      '2012-01-31',
      '2012-02-29',
      '2012-03-10',
    ]);
    assert.deepEqual(monthEnds(isoDate('2011-12-15'), isoDate('2011-12-31')), ['2011-12-31']);
  });
});
