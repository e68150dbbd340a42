/** @module Engine benchmarks: replay against JSON.parse, peak memory, one decide on 61 Parties. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Act } from '../src/engine/acts.ts';
import { decide } from '../src/engine/decide.ts';
import { evolve } from '../src/engine/evolve.ts';
import { startState } from '../src/engine/run.ts';
import { parameterSeries } from '../src/treaty/parameters/index.ts';
import type { EntityId } from '../src/treaty/entities.ts';
import { BENCH_PARTIES, BENCH_START } from './generate.ts';
import type { Row } from './table.ts';

interface WorkerResult {
  mode: string;
  count: number;
  bytes: number;
  medianMs: number;
  minMs: number;
  rejected: number;
  maxRssMiB: number;
}

function worker(mode: 'parse' | 'replay', count: number): WorkerResult {
  const script = fileURLToPath(new URL('./engine-worker.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, mode, String(count)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as WorkerResult;
}

/** Nanoseconds per call of `f`, the median of several timed batches. */
export function nsPerCall(f: () => unknown, batch = 20000, rounds = 7): number {
  for (let i = 0; i < batch; i += 1) f();
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i += 1) f();
    times.push(Number(process.hrtime.bigint() - t0) / batch);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)] as number;
}

/** One decide against a 61-Party state with a sitting Extraordinary Conference of 49. */
function decideOn61(): Row[] {
  const state = startState({
    treaty: 'est-2009',
    parameters: parameterSeries('est-2009'),
    assume: { inForce: BENCH_START, parties: 'osce-2009+orgs' },
  });
  const on = BENCH_START;
  const apply = (act: Act) => {
    const d = decide(state, act);
    if (!d.ok) throw new Error(`setup act refused: ${JSON.stringify(d.violations)}`);
    for (const e of d.events) evolve(state, e);
  };
  apply({
    act: 'notify-attack',
    on,
    by: 'GE' as EntityId,
    attacker: 'RU' as EntityId,
    kind: 'attack',
    id: 'xc',
  });
  for (const p of BENCH_PARTIES.slice(0, 49)) apply({ act: 'attend', on, by: p, procedure: 'xc' });
  apply({
    act: 'propose-decision',
    on,
    by: 'GE' as EntityId,
    procedure: 'xc',
    decision: 'd',
    text: 'ceasefire',
  });
  const vote: Act = { act: 'vote', on, by: 'US' as EntityId, procedure: 'xc', decision: 'd', vote: 'yes' };
  const close: Act = { act: 'close', on, procedure: 'xc' };
  const voteText = JSON.stringify(vote);
  const baseline = nsPerCall(() => JSON.parse(voteText));
  const voteNs = nsPerCall(() => decide(state, vote));
  const closeNs = nsPerCall(() => decide(state, close), 2000);
  return [
    {
      name: 'decide(vote), 61 Parties',
      value: `${(voteNs / 1000).toFixed(2)} µs`,
      ratio: baseline / voteNs,
      baseline: `JSON.parse of the act: ${(baseline / 1000).toFixed(2)} µs`,
      goal: '',
    },
    {
      name: 'decide(close) with quorum, 61 Parties',
      value: `${(closeNs / 1000).toFixed(2)} µs`,
      ratio: baseline / closeNs,
      baseline: 'same',
      goal: '',
    },
  ];
}

export function engineBench(count: number): Row[] {
  const parse = worker('parse', count);
  const replay = worker('replay', count);
  const perSec = (r: WorkerResult) => (r.count / r.medianMs) * 1000;
  return [
    {
      name: `replay ${count.toLocaleString('en')} acts (decide + evolve)`,
      value: `${(perSec(replay) / 1e6).toFixed(2)} M acts/s (${replay.medianMs.toFixed(0)} ms, ${replay.rejected} refused)`,
      ratio: parse.medianMs / replay.medianMs,
      baseline: `JSON.parse of the same ${(parse.bytes / 2 ** 20).toFixed(0)} MiB: ${parse.medianMs.toFixed(0)} ms`,
      goal: '>= 0.5',
      pass: parse.medianMs / replay.medianMs >= 0.5,
    },
    {
      name: 'peak memory of the replay process',
      value: `${replay.maxRssMiB.toFixed(0)} MiB`,
      ratio: replay.maxRssMiB / parse.maxRssMiB,
      baseline: `a process that only parses them: ${parse.maxRssMiB.toFixed(0)} MiB`,
      goal: '',
    },
    ...decideOn61(),
  ];
}
