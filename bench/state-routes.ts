/**
 * @module The state routes at a long log (issue 15 item 3): `GET /api/v1/treaty` from the real app
 * served on loopback, against the route as it was (the outcome computed and serialised for each
 * request) served beside it, in the same run; the clients are fetch in the same process. 64 Parties file the service bench's acts (many of them
 * refused: the outcome's lists grow with the log) until the log holds `entries`; then: the first
 * read at that size (computed, serialised, hashed once), a read after it (the bytes kept), a
 * revalidation (304), the gzip coding and the summary, and the latency of `GET /api/v1/log/key`
 * while 16 readers fetch the treaty.
 */
import { Hono } from 'hono';
import { Depositary } from '../src/app/depositary.ts';
import { Filer, actFor, partyIds } from '../src/app/testing.ts';
import { toHex } from '../src/log/bytes.ts';
import { newKeyPair, sha256 } from '../src/log/node-crypto.ts';
import { createApp } from '../src/server/app.ts';
import { createMetrics } from '../src/server/metrics.ts';
import { startServer } from '../src/server/node.ts';
import { memoryEventLog } from '../src/store/memory/event-log.ts';
import { percentile } from './service-load.ts';
import type { Row } from './table.ts';

const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits });
const mb = (bytes: number) => `${fmt(bytes / 1e6, 1)} MB`;

/** A depositary over a memory store whose log holds at least `entries`, filed by 64 Parties. */
export async function longLog(entries: number): Promise<Depositary> {
  let time = Date.parse('2010-01-15T09:00:00.000Z');
  const d = await Depositary.open({
    log: memoryEventLog(),
    clock: () => new Date(time),
    key: { name: 'bench.est', seed: newKeyPair().seed },
    origin: 'bench.est/log',
    receiptProofs: false,
  });
  const ids = partyIds(64);
  const filers = ids.map((id) => new Filer(id));
  for (const f of filers) await d.lodgeKey(f.party, f.publicKeyBase64);
  for (let seq = 1; d.size < entries; seq += 1) {
    time += 3_600_000;
    await Promise.all(filers.map((f) => d.file(f.envelope(actFor(f.party, seq, ids), seq))));
  }
  return d;
}

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await f();
  return { ms: performance.now() - t0, value };
}

/** The median of `runs` timings of `f`. */
async function median(runs: number, f: () => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) ms.push((await timed(f)).ms);
  return percentile(
    ms.sort((a, b) => a - b),
    50,
  );
}

/** The median latency of GET /api/v1/log/key, each asked while 16 readers fetch the treaty. */
async function keyUnderLoad(
  get: (path: string, headers?: Record<string, string>) => Promise<Response>,
  rounds: number,
  readerHeaders: Record<string, string>,
): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const readers = Array.from({ length: 16 }, async () =>
      (await get('/api/v1/treaty', readerHeaders)).arrayBuffer(),
    );
    ms.push((await timed(async () => (await get('/api/v1/log/key')).text())).ms);
    await Promise.all(readers);
  }
  return percentile(
    ms.sort((a, b) => a - b),
    50,
  );
}

const PLAIN = { 'Accept-Encoding': 'identity' };
const GZIP = { 'Accept-Encoding': 'gzip' };

export async function stateRouteBench(quick: boolean): Promise<Row[]> {
  const entries = quick ? 20_000 : 104_000;
  const d = await longLog(entries);
  const app = createApp({
    depositary: d,
    adminTokenHash: toHex(sha256(new TextEncoder().encode('bench'))),
    metrics: createMetrics({ defaults: false }),
    limits: { ratePerSecond: 0 },
  });
  // The routes as they were: the outcome computed and serialised for every request.
  const before = new Hono();
  before.get('/api/v1/treaty', async (c) => c.json(await d.outcome()));
  before.get('/api/v1/log/key', (c) => c.text(d.verifierKey));
  // Sixteen readers of the old route wait for each other's outcomes for many seconds: no timeout.
  const options = { host: '127.0.0.1', port: 0, requestTimeoutMs: 600_000, keepAliveTimeoutMs: 600_000 };
  const now = await startServer({ app, ...options });
  const then = await startServer({ app: before, ...options });
  const client =
    (url: string) =>
    (path: string, headers: Record<string, string> = {}) =>
      fetch(`${url}${path}`, { headers });
  const get = client(now.url);
  const getBefore = client(then.url);
  try {
    const runs = quick ? 15 : 21;
    const old = await median(runs, async () => (await getBefore('/api/v1/treaty', PLAIN)).arrayBuffer());
    const oldBytes = (await (await getBefore('/api/v1/treaty', PLAIN)).arrayBuffer()).byteLength;
    const first = await timed(async () => (await get('/api/v1/treaty', PLAIN)).arrayBuffer());
    const bytes = first.value.byteLength;
    if (bytes !== oldBytes) throw new Error(`the treaty is ${bytes} bytes, and was ${oldBytes}`);
    const head = await get('/api/v1/treaty', PLAIN);
    await head.arrayBuffer();
    const etag = head.headers.get('etag') ?? '';
    const warm = await median(runs, async () => (await get('/api/v1/treaty', PLAIN)).arrayBuffer());
    const warmGzip = await median(runs, async () => (await get('/api/v1/treaty', GZIP)).arrayBuffer());
    const revalidate = await median(runs, async () =>
      (await get('/api/v1/treaty', { ...PLAIN, 'If-None-Match': etag })).text(),
    );
    const zipped = Number((await get('/api/v1/treaty', GZIP)).headers.get('content-length') ?? NaN);
    const summary = (await (await get('/api/v1/treaty?summary=1', PLAIN)).arrayBuffer()).byteLength;
    const rounds = quick ? 5 : 9;
    const keyBefore = await keyUnderLoad(getBefore, rounds, PLAIN);
    const keyAfter = await keyUnderLoad(get, rounds, PLAIN);
    const keyAfterGzip = await keyUnderLoad(get, rounds, GZIP);

    const at = `${fmt(d.size)} entries`;
    const baseline = `computed and serialised per request: ${fmt(old, 1)} ms`;
    return [
      {
        name: `GET /api/v1/treaty at ${at}, read again at the same size`,
        value: `${fmt(warm, 1)} ms`,
        ratio: old / warm,
        baseline,
        // At a long log the bytes on the wire are most of it: the 304 and gzip are the large savings.
        goal: '',
      },
      {
        name: 'the same, gzipped (as browsers and fetch ask; the gunzip counted)',
        value: `${fmt(warmGzip, 1)} ms`,
        ratio: old / warmGzip,
        baseline,
        goal: '',
      },
      {
        name: `GET /api/v1/treaty at ${at}, first read at a new size`,
        value: `${fmt(first.ms, 1)} ms`,
        ratio: old / first.ms,
        baseline,
        goal: '>= 0.7',
        pass: old / first.ms >= 0.7,
      },
      {
        name: 'the same, revalidated (If-None-Match: 304)',
        value: `${fmt(revalidate, 2)} ms`,
        ratio: old / revalidate,
        baseline,
        goal: '',
      },
      {
        name: 'its body, gzipped',
        value: mb(zipped),
        ratio: zipped / bytes,
        baseline: `plain JSON: ${mb(bytes)}`,
        goal: '',
      },
      {
        name: 'its summary (?summary=1: the long lists as counts)',
        value: `${fmt(summary)} bytes`,
        ratio: summary / bytes,
        baseline: `the whole outcome: ${mb(bytes)}`,
        goal: '',
      },
      {
        name: 'GET /api/v1/log/key while 16 readers fetch the treaty (median)',
        value: `${fmt(keyAfter, 1)} ms`,
        ratio: keyBefore / keyAfter,
        baseline: `with the treaty computed per request: ${fmt(keyBefore, 1)} ms`,
        goal: '>= 5',
        pass: keyBefore / keyAfter >= 5,
      },
      {
        name: 'the same, the readers taking gzip',
        value: `${fmt(keyAfterGzip, 1)} ms`,
        ratio: keyBefore / keyAfterGzip,
        baseline: `with the treaty computed per request: ${fmt(keyBefore, 1)} ms`,
        goal: '',
      },
    ];
  } finally {
    await Promise.all([now.close(), then.close()]);
  }
}
