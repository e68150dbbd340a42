/**
 * @module The tiles' benchmark (c2sp.org/tlog-tiles under /tlog/): entry bundles and tiles of hashes
 * served per second by `est serve`, each against the JSON entries route serving the same entries in
 * the same run (`GET /api/v1/log/entries`, pages of the 256 entries a bundle holds). A log of real
 * filings is made first (64 Parties filing through HTTP), then 16 clients read full tiles over
 * keep-alive connections, every tile in turn. What a tile's path serves never changes, so the server
 * keeps it in memory after its first read (src/server/routes/tiles.ts); the JSON route computes
 * each page anew, which is the difference measured. SQLite always; PostgreSQL when DATABASE_URL is
 * set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'undici';
import { toBase64 } from '../src/log/bytes.ts';
import { tilePath } from '../src/log/tiles.ts';
import { streams } from './service-filers.ts';
import { load, percentile } from './service-load.ts';
import { ADMIN_TOKEN, cpuMs, freshSchema, startServe } from './service-proc.ts';
import type { Child } from './service-proc.ts';
import type { Row } from './table.ts';
import { printTable } from './table.ts';

const FILERS = 64;
const READERS = 16;

const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits });

interface ReadResult {
  readonly perSecond: number;
  readonly bytesPerSecond: number;
  readonly p99: number;
  readonly serverCpuUs: number;
}

/** `READERS` clients GET the paths, each its share in turn, `rounds` times over; all answers 200. */
async function read(
  server: Child,
  paths: readonly string[],
  rounds: number,
  headers: Record<string, string> = {},
): Promise<ReadResult> {
  const url = new URL(server.url);
  const clients = Array.from({ length: READERS }, () => new Client(url.origin, { pipelining: 1 }));
  const latencies: number[] = [];
  let bytes = 0;
  const cpu0 = cpuMs(server);
  const t0 = performance.now();
  try {
    await Promise.all(
      clients.map(async (client, c) => {
        for (let r = 0; r < rounds; r += 1)
          for (let i = c; i < paths.length; i += READERS) {
            const start = performance.now();
            const res = await client.request({
              path: paths[(i + r) % paths.length] as string,
              method: 'GET',
              headers,
            });
            const body = Buffer.from(await res.body.arrayBuffer());
            latencies.push(performance.now() - start);
            if (res.statusCode !== 200)
              throw new Error(`${paths[i]}: ${res.statusCode} ${body.toString().slice(0, 300)}`);
            bytes += body.length;
          }
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
  const ms = performance.now() - t0;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: (latencies.length / ms) * 1000,
    bytesPerSecond: (bytes / ms) * 1000,
    p99: percentile(latencies, 99),
    serverCpuUs: ((cpuMs(server) - cpu0) * 1000) / latencies.length,
  };
}

/** A depositary with a log of real filings; the full bundles it holds. */
async function served(
  data: string,
  db: string | undefined,
  perFiler: number,
): Promise<{ server: Child; full: number }> {
  const server = await startServe(data, db);
  try {
    const { filers, bodies } = streams(FILERS, perFiler);
    for (const f of filers) {
      const r = await fetch(`${server.url}/api/v1/admin/parties/${f.party}/keys`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ publicKey: toBase64(f.publicKey) }),
      });
      if (r.status !== 201) throw new Error(`lodging ${f.party}: ${r.status} ${await r.text()}`);
    }
    await load(`${server.url}/api/v1/submissions`, bodies, 201);
    const size = Number((await (await fetch(`${server.url}/tlog/checkpoint`)).text()).split('\n')[1]);
    return { server, full: Math.floor(size / 256) };
  } catch (e) {
    await server.stop();
    throw e;
  }
}

async function tileRows(db: string | undefined, label: string, quick: boolean): Promise<Row[]> {
  const data = mkdtempSync(join(tmpdir(), 'est-bench-tiles-'));
  try {
    const { server, full } = await served(data, db, quick ? 100 : 400);
    try {
      const rounds = quick ? 4 : 10;
      const bundles = Array.from(
        { length: full },
        (_, n) => `/tlog/${tilePath({ level: 'entries', index: n, width: 256 })}`,
      );
      const pages = Array.from(
        { length: full },
        (_, n) => `/api/v1/log/entries?start=${n * 256}&end=${(n + 1) * 256}`,
      );
      const hashes = Array.from(
        { length: full },
        (_, n) => `/tlog/${tilePath({ level: 0, index: n, width: 256 })}`,
      );
      // Warm both paths (the store's page cache, the JIT) before the clock.
      await read(server, pages, 1);
      await read(server, bundles, 1);
      const json = await read(server, pages, rounds);
      const bundle = await read(server, bundles, rounds);
      const gzip = await read(server, bundles, rounds, { 'accept-encoding': 'gzip' });
      const tiles = await read(server, hashes, rounds);
      const baseline = `GET /api/v1/log/entries, the same 256 entries a page: ${fmt(json.perSecond)}/s, ${fmt(json.bytesPerSecond / 1e6, 1)} MB/s, p99 ${fmt(json.p99, 1)} ms, ${fmt(json.serverCpuUs)} µs server CPU each`;
      const row = (name: string, r: ReadResult, extra = ''): Row => ({
        name: `${name} (${label})`,
        value: `${fmt(r.perSecond)}/s, ${fmt(r.bytesPerSecond / 1e6, 1)} MB/s, p99 ${fmt(r.p99, 1)} ms, ${fmt(r.serverCpuUs)} µs server CPU each${extra}`,
        ratio: r.perSecond / json.perSecond,
        baseline,
        goal: '',
      });
      return [
        row('entry bundles served/s, full (256 entries)', bundle),
        row('entry bundles served/s, gzip', gzip),
        row('tiles of hashes served/s, level 0 (8,192 B)', tiles),
      ];
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
}

/** Runs the tiles' benchmark and prints its table, per store. */
export async function printTileTables(quick: boolean): Promise<void> {
  const databaseUrl = process.env['DATABASE_URL'] || undefined;
  const rows = await tileRows(undefined, 'SQLite', quick);
  if (databaseUrl !== undefined) {
    const schema = await freshSchema(databaseUrl, 'est_bench_tiles');
    try {
      rows.push(...(await tileRows(schema.url, 'PostgreSQL', quick)));
    } finally {
      await schema.drop();
    }
  } else console.log('\nTiles (PostgreSQL): DATABASE_URL is not set; the PostgreSQL figures are skipped.');
  printTable(
    `Tiles (c2sp.org/tlog-tiles) under /tlog/: est serve in a child process, ${READERS} clients in the bench process`,
    rows,
  );
}
