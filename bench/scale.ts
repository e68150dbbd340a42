/**
 * @module The service at scale (`npm run bench -- --scale`, or `--only scale`): a depositary's log
 * of 1,000,000 entries (./scale-log.ts, made once and kept in the bench cache), on SQLite and, when
 * DATABASE_URL is set, PostgreSQL. Each figure against a baseline of the same run:
 *
 * - the start-up of `est serve` on it (from the spawn until it listens: it has replayed every entry
 *   and checked the tree and the kept checkpoint), against only reading the same entries from the
 *   same store, 1000 at a time;
 * - the service's memory after start-up (RSS and V8 heap, from its /metrics), against `est serve`
 *   on an empty log;
 * - inclusion proofs of random entries with the upper levels of the tree in memory (the node
 *   cache, src/store/node-cache.ts, as `est serve` opens its store), against the same proofs asked
 *   of the store alone, the two interleaved.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromBase64 } from '../src/log/bytes.ts';
import { leafHashOf } from '../src/log/entry.ts';
import type { Hash } from '../src/log/merkle.ts';
import { hashRanges, inclusionRanges, nodesFor, verifyInclusion } from '../src/log/merkle.ts';
import { sha256 } from '../src/log/node-crypto.ts';
import type { EventLog } from '../src/store/event-log.ts';
import { nodeKey } from '../src/store/event-log.ts';
import type { CachedEventLog } from '../src/store/node-cache.ts';
import { withNodeCache } from '../src/store/node-cache.ts';
import { openPostgresEventLog } from '../src/store/postgres/event-log.ts';
import { openSqliteEventLog } from '../src/store/sqlite/event-log.ts';
import { fmt } from './service.ts';
import { percentile } from './service-load.ts';
import { freshSchema, metric, startServe } from './service-proc.ts';
import type { ScaleLog } from './scale-log.ts';
import { postgresScaleLog, scaleSchema, sqliteScaleLog } from './scale-log.ts';
import type { Row } from './table.ts';
import { printTable } from './table.ts';

const say = (line: string) => console.log(line);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/** Milliseconds to read every entry of a store, a page of 1000 at a time (what a replay must read). */
async function readAll(open: () => Promise<EventLog>, size: number): Promise<number> {
  const t0 = performance.now();
  const log = await open();
  try {
    let bytes = 0;
    for (let start = 0; start < size; start += 1000) {
      for (const leaf of await log.entries(start, Math.min(size, start + 1000))) bytes += leaf.length;
    }
    if (bytes === 0) throw new Error('the log read is empty');
  } finally {
    await log.close();
  }
  return performance.now() - t0;
}

interface Started {
  /** Milliseconds from the spawn until it listened. */
  readonly ms: number;
  readonly size: number;
  readonly rss: number;
  readonly heap: number;
}

/** Starts `est serve` on a data directory (and store), measures it, and stops it. */
async function startUp(dataDir: string, db: string | undefined): Promise<Started> {
  const t0 = performance.now();
  const server = await startServe(dataDir, db);
  const ms = performance.now() - t0;
  try {
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { size: number };
    // Settled after start-up: what it holds, not the garbage of the replay.
    await new Promise((done) => setTimeout(done, 1000));
    const text = await (await fetch(`${server.url}/metrics`)).text();
    return {
      ms,
      size: health.size,
      rss: metric(text, 'process_resident_memory_bytes'),
      heap: metric(text, 'nodejs_heap_size_used_bytes'),
    };
  } finally {
    await server.stop();
  }
}

interface ProofRun {
  readonly times: number[];
  readonly storeCalls: number;
  readonly fetched: number;
  readonly asked: number;
}

/** One inclusion proof as the depositary makes one: its nodes in one `nodes` call, folded. */
async function proof(log: EventLog, index: number, size: number): Promise<Hash[]> {
  const ranges = inclusionRanges(index, size);
  const ids = nodesFor(ranges);
  const got = await log.nodes(ids);
  const byKey = new Map(ids.map((id, i) => [nodeKey(id), got[i] as Hash]));
  return hashRanges(sha256, ranges, (id) => byKey.get(nodeKey(id)) as Hash);
}

/**
 * Proofs of the same random entries from the store alone and through the node cache, interleaved
 * in rounds so that both see the same machine; after a warm-up of both (the cache fills as proofs
 * ask for nodes, as it does in a running service).
 */
async function proofRuns(
  raw: EventLog,
  log: ScaleLog,
  count: number,
): Promise<{ plain: ProofRun; cached: ProofRun; cache: CachedEventLog }> {
  const cache = withNodeCache(raw);
  const size = log.size;
  const root = fromBase64(log.root) as Hash;
  let seed = 2009;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((seed / 2 ** 31) * size);
  };
  for (const index of [0, size - 1, random(), random()]) {
    const [leaf] = await raw.entries(index, index + 1);
    for (const from of [raw, cache]) {
      const hashes = await proof(from, index, size);
      if (!(await verifyInclusion(sha256, index, size, leafHashOf(sha256, leaf as string), hashes, root)))
        throw new Error(`the proof of ${index} in ${size} does not verify`);
    }
  }
  for (let i = 0; i < count / 2; i += 1) {
    const index = random();
    await proof(raw, index, size);
    await proof(cache, index, size);
  }
  const plain: number[] = [];
  const cached: number[] = [];
  const before = cache.nodeCache;
  let plainAsked = 0;
  for (let round = 0; round < 10; round += 1) {
    const indices = Array.from({ length: count / 10 }, random);
    for (const [from, times] of [
      [raw, plain],
      [cache, cached],
    ] as const) {
      for (const index of indices) {
        const t0 = performance.now();
        await proof(from, index, size);
        times.push(performance.now() - t0);
        if (from === raw) plainAsked += nodesFor(inclusionRanges(index, size)).length;
      }
    }
  }
  const after = cache.nodeCache;
  return {
    plain: { times: plain, storeCalls: plain.length, fetched: plainAsked, asked: plainAsked },
    cached: {
      times: cached,
      storeCalls: after.storeCalls - before.storeCalls,
      fetched: after.fetched - before.fetched,
      asked: after.asked - before.asked,
    },
    cache,
  };
}

const stats = (times: readonly number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
};
const us = (ms: number) => `${fmt(ms * 1000, 0)} µs`;

async function scaleRows(
  label: string,
  log: ScaleLog,
  openRaw: () => Promise<EventLog>,
  emptyDb: () => Promise<{ db: string | undefined; drop: () => Promise<void> }>,
  proofs: number,
): Promise<{ rows: Row[]; cachedMean: number; plainMean: number }> {
  await readAll(openRaw, log.size); // warms the page cache and the driver, as a second start would find them
  const readMs = await readAll(openRaw, log.size);
  const started = await startUp(log.dataDir, log.db);
  if (started.size !== log.size)
    throw new Error(`est serve found ${started.size} entries in the ${label} log, not ${log.size}`);

  const emptyDir = mkdtempSync(join(tmpdir(), 'est-scale-empty-'));
  const empty = await emptyDb();
  let bare: Started;
  try {
    bare = await startUp(emptyDir, empty.db);
  } finally {
    await empty.drop();
    rmSync(emptyDir, { recursive: true, force: true });
  }

  const raw = await openRaw();
  let run: Awaited<ReturnType<typeof proofRuns>>;
  try {
    run = await proofRuns(raw, log, proofs);
  } finally {
    await raw.close();
  }
  const plain = stats(run.plain.times);
  const cached = stats(run.cached.times);
  const n = fmt(log.size);
  const per = (r: ProofRun) => r.fetched / r.times.length;
  const rows: Row[] = [
    {
      name: `est serve start-up on ${n} entries (${label})`,
      value: `${seconds(started.ms)} (until it listens; empty log ${seconds(bare.ms)})`,
      ratio: started.ms / readMs,
      baseline: `reading the same ${n} entries from the store, 1000 at a time: ${seconds(readMs)}`,
      goal: '',
    },
    {
      name: `est serve memory after start-up (${label})`,
      value: `RSS ${mib(started.rss)}, heap used ${mib(started.heap)}`,
      ratio: started.rss / bare.rss,
      baseline: `est serve on an empty log: RSS ${mib(bare.rss)}, heap used ${mib(bare.heap)}`,
      goal: '',
    },
    {
      name: `inclusion proof at ${n} entries, upper levels in memory (${label})`,
      value: `${us(cached.mean)} mean, p50 ${us(cached.p50)}, p99 ${us(cached.p99)}; ${fmt(per(run.cached), 1)} nodes read per proof, ${fmt(run.cached.storeCalls / run.cached.times.length, 2)} store calls`,
      ratio: cached.mean / plain.mean,
      baseline: `the store alone, same proofs interleaved: ${us(plain.mean)} mean, p50 ${us(plain.p50)}, p99 ${us(plain.p99)}; ${fmt(per(run.plain), 1)} nodes read per proof (cache: levels ${run.cache.nodeCache.level} and up, ${fmt(run.cache.nodeCache.held)} hashes held)`,
      goal: '',
    },
  ];
  return { rows, cachedMean: cached.mean, plainMean: plain.mean };
}

/** Runs the scale benchmarks and prints their tables. */
export async function printScaleTables(quick: boolean): Promise<void> {
  const n = quick ? 100_000 : 1_000_000;
  const proofs = quick ? 2000 : 10_000;
  const sqlite = await sqliteScaleLog(n, say);
  const file = join(sqlite.dataDir, 'est.db');
  const lite = await scaleRows(
    'SQLite',
    sqlite,
    () => openSqliteEventLog(file),
    () => Promise.resolve({ db: undefined, drop: () => Promise.resolve() }),
    proofs,
  );
  printTable(`Scale: ${fmt(n)} entries (SQLite)`, lite.rows);

  const databaseUrl = process.env['DATABASE_URL'] || undefined;
  if (databaseUrl === undefined) {
    console.log('\nScale (PostgreSQL): DATABASE_URL is not set; the PostgreSQL figures are skipped.');
    return;
  }
  const postgres = await postgresScaleLog(sqlite, databaseUrl, say);
  const pg = await scaleRows(
    'PostgreSQL',
    postgres,
    () => openPostgresEventLog(databaseUrl, { schema: scaleSchema(n) }),
    async () => {
      const s = await freshSchema(databaseUrl, 'est_scale_empty');
      return { db: s.url, drop: s.drop };
    },
    proofs,
  );
  printTable(`Scale: ${fmt(n)} entries (PostgreSQL)`, [
    ...pg.rows,
    {
      name: 'PostgreSQL proof against SQLite, upper levels in memory',
      value: `${us(pg.cachedMean)} against ${us(lite.cachedMean)}`,
      ratio: pg.cachedMean / lite.cachedMean,
      baseline: `the stores alone: ${us(pg.plainMean)} against ${us(lite.plainMean)} (${(pg.plainMean / lite.plainMean).toFixed(2)})`,
      goal: '',
    },
  ]);
}
