/**
 * @module The depositary service's benchmarks, each figure a ratio to a baseline measured in the
 * same run: durable filings per second through HTTP on loopback with 64 concurrent clients against
 * the machine's Ed25519-verify ceiling on all cores; filing latency against a bare echo route of the
 * same framework under the same load; inclusion-proof time at 1,000,000 entries against one SHA-256
 * of a leaf; and `est verify` throughput against SHA-256 of the same leaves. SQLite always;
 * PostgreSQL when DATABASE_URL is set.
 *
 * `est serve` runs in a child process (`--rate-limit 0`), as in production; the 64 clients run in
 * this process over node:http keep-alive connections, their envelopes signed before the clock
 * starts. On a small machine the clients and the server share the cores, which the server alone
 * would have: the filing ratio is, if anything, understated.
 *
 * `npm run bench -- --cpu-prof DIR` has the server write a CPU profile of each filing run to DIR.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toBase64 } from '../src/log/bytes.ts';
import { leafHashOf } from '../src/log/entry.ts';
import { auditCrypto } from '../src/client/audit.ts';
import { sha256 } from '../src/log/node-crypto.ts';
import { verifyLog } from '../src/log/verify.ts';
import { rootOf } from '../src/log/locate-change.ts';
import type { LodgedKey } from '../src/log/verify.ts';
import { openStore } from '../src/store/index.ts';
import type { StoreSpec } from '../src/store/index.ts';
import { coreCount, sha256Ceiling, verifyCeiling } from './service-ceiling.ts';
import type { Signed } from './service-ceiling.ts';
import { streams } from './service-filers.ts';
import type { LoadResult } from './service-load.ts';
import { load } from './service-load.ts';
import { ADMIN_TOKEN, cpuMs, freshSchema, startEcho, startServe } from './service-proc.ts';
import type { Row } from './table.ts';
import { printTable } from './table.ts';
import { fillLog, leafHashNs, timeProofs } from './service-tree.ts';

const CLIENTS = 64;

export interface Sizes {
  /** Filings per client before the clock starts, then timed. */
  readonly warm: number;
  readonly timed: number;
  readonly ceilingMs: number;
  readonly treeSize: number;
  readonly proofs: number;
}

export const SIZES: Record<'quick' | 'full', Sizes> = {
  quick: { warm: 40, timed: 100, ceilingMs: 1000, treeSize: 1_000_000, proofs: 1000 },
  full: { warm: 100, timed: 300, ceilingMs: 2000, treeSize: 1_000_000, proofs: 5000 },
};

export const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits });
const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;

async function getText(url: string): Promise<string> {
  const r = await fetch(url);
  const text = await r.text();
  if (r.status !== 200) throw new Error(`${url}: ${r.status} ${text}`);
  return text;
}

/** What a filing run leaves to verify: the log as a client reads it. */
interface Served {
  readonly entries: string[];
  readonly checkpoint: string;
  readonly verifierKey: string;
  readonly keys: LodgedKey[];
}

async function readLog(url: string): Promise<Served> {
  const checkpoint = await getText(`${url}/api/v1/log/checkpoint`);
  const size = Number(checkpoint.split('\n')[1]);
  const entries: string[] = [];
  while (entries.length < size) {
    const page = JSON.parse(
      await getText(`${url}/api/v1/log/entries?start=${entries.length}&end=${size}`),
    ) as { entries: string[] };
    entries.push(...page.entries);
  }
  const { keys } = JSON.parse(await getText(`${url}/api/v1/keys`)) as { keys: LodgedKey[] };
  return { entries, checkpoint, verifierKey: await getText(`${url}/api/v1/log/key`), keys };
}

export interface FilingRun {
  readonly filings: LoadResult;
  /** The echo route under the same load; null when not measured. */
  readonly echo: LoadResult | null;
  /** The servers' CPU per request over the timed run, in microseconds (all threads). */
  readonly serverCpuUs: number;
  readonly echoCpuUs: number;
  readonly sample: readonly Signed[];
  readonly served: Served;
}

/** 64 clients filing through `est serve` on one store, then the same load on the echo route. */
export async function filingRun(
  sizes: Sizes,
  db: string | undefined,
  nodeFlags: readonly string[],
  options: { readonly serveArgs?: readonly string[]; readonly echo?: boolean } = {},
): Promise<FilingRun> {
  const data = mkdtempSync(join(tmpdir(), 'est-bench-'));
  const { filers, bodies, sample } = streams(CLIENTS, sizes.warm + sizes.timed);
  const warm = bodies.map((b) => b.slice(0, sizes.warm));
  const timed = bodies.map((b) => b.slice(sizes.warm));
  try {
    const server = await startServe(data, db, nodeFlags, options.serveArgs ?? []);
    let filings: LoadResult;
    let served: Served;
    let serverCpuUs = NaN;
    try {
      for (const f of filers) {
        const r = await fetch(`${server.url}/api/v1/admin/parties/${f.party}/keys`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ publicKey: toBase64(f.publicKey) }),
        });
        if (r.status !== 201) throw new Error(`lodging ${f.party}: ${r.status} ${await r.text()}`);
      }
      await load(`${server.url}/api/v1/submissions`, warm, 201);
      const cpu0 = cpuMs(server);
      filings = await load(`${server.url}/api/v1/submissions`, timed, 201);
      serverCpuUs = ((cpuMs(server) - cpu0) * 1000) / filings.count;
      served = await readLog(server.url);
    } finally {
      await server.stop();
    }
    if (options.echo === false) return { filings, echo: null, sample, served, serverCpuUs, echoCpuUs: NaN };
    const echoServer = await startEcho();
    let echo: LoadResult;
    let echoCpuUs = NaN;
    try {
      await load(`${echoServer.url}/echo`, warm, 201);
      const cpu0 = cpuMs(echoServer);
      echo = await load(`${echoServer.url}/echo`, timed, 201);
      echoCpuUs = ((cpuMs(echoServer) - cpu0) * 1000) / echo.count;
    } finally {
      await echoServer.stop();
    }
    return { filings, echo, sample, served, serverCpuUs, echoCpuUs };
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
}

function filingRows(run: FilingRun, ceiling: number, cores: number, perCore: number): Row[] {
  const { filings } = run;
  const echo = run.echo as LoadResult;
  const ratio = filings.perSecond / ceiling;
  const verifyUs = 1e6 / perCore;
  // What the machine would allow if a filing cost only its signature check and the echo route's
  // HTTP (server and load generator, measured above): the best ratio any depositary could reach
  // here with this framework and this load on the same cores.
  const echoUs = run.echoCpuUs + echo.clientCpuUs;
  const bound = (cores * 1e6) / (verifyUs + echoUs);
  const rows: Row[] = [
    {
      name: `durable filings/s, HTTP loopback, ${CLIENTS} clients`,
      value: `${fmt(filings.perSecond)}/s (${fmt(filings.count)} in ${fmt(filings.ms)} ms)`,
      ratio,
      baseline: `Ed25519 verify, ${cores} cores at once: ${fmt(ceiling)}/s (one core ${fmt(perCore)}/s)`,
      goal: '>= 0.5',
      pass: ratio >= 0.5,
    },
    {
      name: 'filing latency p50',
      value: ms(filings.p50),
      ratio: filings.p50 / echo.p50,
      baseline: `echo route, same framework and load: p50 ${ms(echo.p50)}`,
      goal: '',
    },
    {
      name: 'filing latency p99',
      value: `${ms(filings.p99)} (max ${ms(filings.max)})`,
      ratio: filings.p99 / echo.p99,
      baseline: `echo route: p99 ${ms(echo.p99)} (max ${ms(echo.max)})`,
      goal: 'p99 < 50 ms',
      pass: filings.p99 < 50,
    },
    {
      name: 'filings/s against echo requests/s',
      value: `${fmt(filings.perSecond)}/s`,
      ratio: filings.perSecond / echo.perSecond,
      baseline: `echo route: ${fmt(echo.perSecond)} requests/s`,
      goal: '',
    },
  ];
  if (Number.isNaN(run.serverCpuUs) || Number.isNaN(run.echoCpuUs)) return rows;
  return [
    ...rows,
    {
      name: 'CPU per filing: server (every thread), load generator',
      value: `${fmt(run.serverCpuUs)} µs, ${fmt(filings.clientCpuUs)} µs`,
      ratio: run.serverCpuUs / verifyUs,
      baseline: `one Ed25519 verify on one core: ${fmt(verifyUs)} µs`,
      goal: '',
    },
    {
      name: 'bound on the filing ratio on this machine',
      value: `${fmt(bound)}/s if a filing cost only its verify and the echo's HTTP`,
      ratio: bound / ceiling,
      baseline: `echo route per request: server ${fmt(run.echoCpuUs)} µs, load generator ${fmt(echo.clientCpuUs)} µs of CPU`,
      goal: '',
    },
  ];
}

/** A log of `size` entries filled straight into the store, and proofs timed in it. */
async function proofRow(spec: StoreSpec, sizes: Sizes, label: string): Promise<Row> {
  const log = await openStore(spec);
  try {
    const t0 = performance.now();
    const root = await fillLog(log, sizes.treeSize);
    const filled = performance.now() - t0;
    const t = await timeProofs(log, sizes.treeSize, root, sizes.proofs);
    const hashNs = leafHashNs();
    return {
      // openStore puts the node cache in front of the store, as est serve has it (./scale.ts
      // measures the same proofs with and without it).
      name: `inclusion proof at ${fmt(sizes.treeSize)} entries (${label}, upper levels in memory)`,
      value: `${fmt(t.mean * 1000, 1)} µs mean, p99 ${fmt(t.p99 * 1000, 1)} µs`,
      ratio: (t.mean * 1e6) / hashNs,
      baseline: `one leaf hash (SHA-256 of 0x00 and the leaf): ${fmt(hashNs, 0)} ns; per proof ${fmt(t.nodesRead, 1)} nodes read, ${fmt(t.hashes, 1)} hashes, ${fmt(t.length, 1)} long (filled in ${fmt(filled / 1000, 1)} s)`,
      goal: '',
    };
  } finally {
    await log.close();
  }
}

/** `est verify`'s work over the leaves of a filing run, against SHA-256 of the same leaves. */
async function verifyRows(served: Served, sizes: Sizes, label: string, perCore: number): Promise<Row[]> {
  const leaves = served.entries.map((l) => new TextEncoder().encode(l));
  const shaPerSecond = sha256Ceiling(leaves, sizes.ceilingMs);
  const baseline = `SHA-256 of the same ${fmt(leaves.length)} leaves (${fmt(
    leaves.reduce((n, l) => n + l.length, 0) / leaves.length,
  )} B), one core: ${fmt(shaPerSecond)}/s`;

  const t0 = performance.now();
  const result = await verifyLog(
    {
      entries: served.entries,
      checkpoint: served.checkpoint,
      verifierKey: served.verifierKey,
      keys: served.keys,
    },
    auditCrypto,
  );
  const verifyMs = performance.now() - t0;
  if (!result.ok) throw new Error(`the bench's log does not verify: ${JSON.stringify(result.problems[0])}`);

  const rounds = Math.max(1, Math.round(200_000 / leaves.length));
  const t1 = performance.now();
  for (let r = 0; r < rounds; r += 1)
    rootOf(
      sha256,
      served.entries.map((l) => leafHashOf(sha256, l)),
    );
  const rootMs = (performance.now() - t1) / rounds;
  const perSecond = (leaves.length / verifyMs) * 1000;
  const rootPerSecond = (leaves.length / rootMs) * 1000;
  return [
    {
      name: `est verify (signatures on the checking threads; seqs, engine, root) (${label})`,
      value: `${fmt(perSecond)} leaves/s (${fmt(leaves.length)} in ${fmt(verifyMs)} ms)`,
      ratio: perSecond / shaPerSecond,
      baseline: `${baseline} (one Ed25519 verify per leaf alone allows ${fmt(perCore)}/s)`,
      goal: '',
    },
    {
      name: `root recomputed from the leaves (leaf hashes + tree) (${label})`,
      value: `${fmt(rootPerSecond)} leaves/s`,
      ratio: rootPerSecond / shaPerSecond,
      baseline: 'same',
      goal: '',
    },
  ];
}

/** Runs the service benchmarks and prints their tables. */
export async function printServiceTables(
  quick: boolean,
  argv: readonly string[] = process.argv,
): Promise<void> {
  const sizes = SIZES[quick ? 'quick' : 'full'];
  // `--cpu-prof DIR`: the server writes a CPU profile of each filing run there.
  const profAt = argv.indexOf('--cpu-prof');
  const profDir = profAt >= 0 ? argv[profAt + 1] : undefined;
  const nodeFlags = profDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profDir}`];
  const databaseUrl = process.env['DATABASE_URL'] || undefined;
  const cores = coreCount();

  const labels = ['SQLite', ...(databaseUrl === undefined ? [] : ['PostgreSQL'])];
  if (databaseUrl === undefined)
    console.log('\nService (PostgreSQL): DATABASE_URL is not set; the PostgreSQL figures are skipped.');

  for (const label of labels) {
    const schema = (prefix: string) =>
      label === 'PostgreSQL' ? freshSchema(databaseUrl as string, prefix) : Promise.resolve(null);
    const filingDb = await schema('est_bench');
    let run: FilingRun;
    try {
      run = await filingRun(sizes, filingDb?.url, nodeFlags);
    } finally {
      await filingDb?.drop();
    }
    const ceiling = await verifyCeiling(run.sample, cores, sizes.ceilingMs);
    const perCore = await verifyCeiling(run.sample, 1, sizes.ceilingMs);
    printTable(
      `Service: filings (${label}; est serve in a child process, ${CLIENTS} clients in the bench process)`,
      filingRows(run, ceiling, cores, perCore),
    );

    const treeDb = await schema('est_tree');
    const treeDir = treeDb === null ? mkdtempSync(join(tmpdir(), 'est-tree-')) : null;
    try {
      const spec: StoreSpec =
        treeDb === null
          ? { kind: 'sqlite', file: join(treeDir as string, 'est.db') }
          : { kind: 'postgres', url: treeDb.url };
      printTable(`Service: the log (${label})`, [
        await proofRow(spec, sizes, label),
        ...(await verifyRows(run.served, sizes, label, perCore)),
      ]);
    } finally {
      await treeDb?.drop();
      if (treeDir !== null) rmSync(treeDir, { recursive: true, force: true });
    }
  }
}
