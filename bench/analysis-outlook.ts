/**
 * @module Outlook benchmark: Monte Carlo trials per second on the shipped stance table, against two
 * baselines measured in the same run. (1) Drawing the same random numbers and nothing else (a fresh
 * stream per trial, as the simulation does): the floor of any Monte Carlo with these draws, so the
 * ratio is the share of the time the randomness itself takes. (2) Replaying the same trials' sign and
 * ratify acts through the engine (decide + evolve), the reference the direct rule is tested against:
 * the ratio says how much the direct rule saves over simulating through the engine.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parseStanceTable, prepareOutlook, runTrials, trialActs } from '../src/analysis/outlook.ts';
import type { Outlook, StanceTable } from '../src/analysis/outlook.ts';
import { Sfc32 } from '../src/analysis/random.ts';
import type { Act } from '../src/engine/acts.ts';
import { decide } from '../src/engine/decide.ts';
import { evolve } from '../src/engine/evolve.ts';
import { startState } from '../src/engine/run.ts';
import { isoDate } from '../src/treaty/dates.ts';
import { parameterSeries, resolveParameters } from '../src/treaty/parameters/index.ts';
import type { Row } from './table.ts';

const SEED = 2009;
const HORIZON = isoDate('2019-11-29');

function shippedTable(): StanceTable {
  const file = fileURLToPath(new URL('../data/stances-2009.yaml', import.meta.url));
  const parsed = parseStanceTable(parseYaml(readFileSync(file, 'utf8'), { version: '1.2' }));
  if (!parsed.ok) throw new Error(`data/stances-2009.yaml: ${parsed.issues[0]?.message ?? 'invalid'}`);
  return parsed.table;
}

/** Median over `rounds` of the seconds `f` takes. */
function seconds(f: () => void, rounds: number): number {
  f(); // warm-up
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const t0 = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)] as number;
}

const perSecond = (n: number, s: number): string => `${Math.round(n / s).toLocaleString('en')} trials/s`;

export function outlookBench(quick = false): Row[] {
  const table = shippedTable();
  const parameters = resolveParameters('est-2009');
  const trials = quick ? 20_000 : 100_000;
  const replayTrials = quick ? 1_000 : 5_000;
  const fresh = (n: number): Outlook =>
    prepareOutlook(table, { trials: n, seed: SEED, horizon: HORIZON, parameters });

  const mc = seconds(() => runTrials(fresh(trials), 0, trials), 5);

  // (1) The same uniforms per trial (shared scores, four per entity), from a fresh stream per trial.
  const o = fresh(1);
  const draws = o.shared.length + 4 * o.entities.length;
  let sink = 0;
  const rng = seconds(() => {
    for (let t = 0; t < trials; t += 1) {
      const g = new Sfc32(SEED, t);
      for (let i = 0; i < draws; i += 1) sink += g.next();
    }
  }, 5);
  if (sink === 0) throw new Error('unreachable');

  // (2) The same trials' acts, drawn beforehand, replayed through the engine.
  const acts: Act[][] = [];
  const drawer = fresh(replayTrials);
  for (let t = 0; t < replayTrials; t += 1) acts.push(trialActs(drawer, t));
  const meanActs = acts.reduce((a, x) => a + x.length, 0) / replayTrials;
  const series = parameterSeries('est-2009');
  const replay = seconds(() => {
    for (const list of acts) {
      const state = startState({ treaty: 'est-2009', parameters: series });
      for (const act of list) {
        const d = decide(state, act);
        if (d.ok) for (const e of d.events) evolve(state, e);
      }
    }
  }, 3);
  const mcRate = trials / mc;
  return [
    {
      name: `outlook Monte Carlo, ${o.entities.length} entities, ${trials.toLocaleString('en')} trials`,
      value: perSecond(trials, mc),
      ratio: mcRate / (trials / rng),
      baseline: `drawing the same ${draws} numbers per trial only: ${perSecond(trials, rng)}`,
      goal: '',
    },
    {
      name: 'outlook direct rule vs engine replay',
      value: perSecond(trials, mc),
      ratio: mcRate / (replayTrials / replay),
      baseline: `the same trials' acts (${meanActs.toFixed(0)} per trial) through decide + evolve: ${perSecond(replayTrials, replay)}`,
      goal: '',
    },
  ];
}
