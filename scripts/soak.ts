/**
 * `npm run soak -- --minutes N [--rate R] [--db URL] [--streams S] [--readers K] [--parties P]`: a
 * long run of `est serve` under a steady load, to see whether its memory or its latency drifts.
 * Not part of the tests (it runs for minutes; nothing is asserted).
 *
 * It starts a real `est serve --exercise` (data directory in a temporary directory; on PostgreSQL
 * when `--db postgres://...` is given, in a schema of its own, dropped at the end), lodges a key for
 * each of P Parties through the admin API, and then, for N minutes:
 *
 * - files R signed filings a second, on a fixed schedule (each Party's next filing waits for its
 *   previous answer, so its seqs stay in order; a filing that could not start on time is counted
 *   late, and the schedule does not catch up in a burst);
 * - keeps S event streams (GET /api/v1/stream) open, reading every entry (reconnecting from the last
 *   id if one is cut);
 * - keeps K readers asking in turn for the treaty's state, the checkpoint, an inclusion proof and a
 *   tlog-proof of a random entry, and a page of entries, each reader five times a second.
 *
 * Each minute it prints the entries, the service's RSS and V8 heap (from its /metrics), the p50 and
 * p99 latency of filings and of reads, the streams' lag and the machine's load; at the end, the drift:
 * the last minute against the first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Filer, actFor, partyIds } from '../src/app/testing.ts';
import { ADMIN_TOKEN, freshSchema, metric, startServe } from '../bench/service-proc.ts';
import { percentile } from '../bench/service-load.ts';

const USAGE =
  'usage: npm run soak -- --minutes N [--rate R] [--db postgres://...] [--streams S] [--readers K] [--parties P]';

function wholeNumber(text: string | undefined, name: string, fallback: number, min = 1): number {
  if (text === undefined) return fallback;
  if (!/^\d{1,6}$/.test(text) || Number(text) < min) {
    console.error(`soak: --${name} ${text}: expected a whole number from ${min}\n${USAGE}`);
    process.exit(2);
  }
  return Number(text);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        minutes: { type: 'string' },
        rate: { type: 'string' },
        db: { type: 'string' },
        streams: { type: 'string' },
        readers: { type: 'string' },
        parties: { type: 'string' },
      },
      strict: true,
    });
  } catch (e) {
    console.error(`soak: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    process.exit(2);
  }
})();
const minutes = wholeNumber(values.minutes, 'minutes', 10);
const rate = wholeNumber(values.rate, 'rate', 20);
const streamCount = wholeNumber(values.streams, 'streams', 8, 0);
const readerCount = wholeNumber(values.readers, 'readers', 4, 0);
const partyCount = wholeNumber(values.parties, 'parties', 20);
if (partyCount > 60) {
  console.error(`soak: --parties ${partyCount}: at most 60\n${USAGE}`);
  process.exit(2);
}
if (values.db !== undefined && !/^postgres(ql)?:\/\//i.test(values.db)) {
  console.error(`soak: --db ${values.db}: expected a postgres:// URL (SQLite is the default)\n${USAGE}`);
  process.exit(2);
}

/** What one minute saw. */
interface Minute {
  filings: number[];
  reads: number[];
  /** GET /api/v1/log/proof/inclusion, and GET /api/v1/log/tlog-proof (which also signs, and keeps, the latest checkpoint). */
  proofs: number[];
  tlogProofs: number[];
  /** Every read, by kind. */
  byKind: Map<string, number[]>;
  failed: number;
  late: number;
}
const fresh = (): Minute => ({
  filings: [],
  reads: [],
  proofs: [],
  tlogProofs: [],
  byKind: new Map(),
  failed: 0,
  late: 0,
});
let current = fresh();
const failures = new Map<string, number>();
const fail = (what: string) => {
  current.failed += 1;
  failures.set(what, (failures.get(what) ?? 0) + 1);
};

const data = mkdtempSync(join(tmpdir(), 'est-soak-'));
const schema = values.db === undefined ? null : await freshSchema(values.db, 'est_soak');
const server = await startServe(data, schema?.url, [], ['--exercise']).catch(async (e: unknown) => {
  await schema?.drop();
  rmSync(data, { recursive: true, force: true });
  throw e;
});
const base = server.url;
const stop = new AbortController();
let serverGone = false;
server.proc.once('exit', (code, signal) => {
  if (stop.signal.aborted) return;
  serverGone = true;
  console.error(`soak: est serve exited during the run (${signal ?? `code ${code}`})`);
  stop.abort();
});

const sleep = (ms: number) =>
  new Promise<void>((done) => {
    const wake = () => {
      clearTimeout(t);
      done();
    };
    const t = setTimeout(() => {
      stop.signal.removeEventListener('abort', wake);
      done();
    }, ms);
    stop.signal.addEventListener('abort', wake, { once: true });
  });

async function timed(
  url: string,
  init: RequestInit = {},
): Promise<{ ms: number; status: number; text: string }> {
  const t0 = performance.now();
  // No abort signal: these end in milliseconds, and the run waits for them at the end (undici keeps
  // a request's abort listener until the request is collected, thousands of them on one signal).
  const r = await fetch(url, init);
  const text = await r.text();
  return { ms: performance.now() - t0, status: r.status, text };
}

// The Parties; their keys are lodged through the admin API before the run.
const ids = partyIds(partyCount);
const filers = ids.map((id) => new Filer(id));
async function lodgeKeys(): Promise<void> {
  for (const f of filers) {
    const r = await fetch(`${base}/api/v1/admin/parties/${f.party}/keys`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ publicKey: f.publicKeyBase64 }),
    });
    if (r.status !== 201) throw new Error(`lodging ${f.party}'s key: ${r.status} ${await r.text()}`);
  }
}

/** The size of the log as the last checkpoint read said (readers ask proofs within it). */
let size = filers.length;

async function fileOne(f: Filer): Promise<void> {
  const envelope = f.envelope(actFor(f.party, f.seq + 1, ids));
  const r = await timed(`${base}/api/v1/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(envelope),
  });
  if (r.status === 201) current.filings.push(r.ms);
  else fail(`filing ${r.status}`);
}

async function filing(): Promise<void> {
  const busy = new Set<Filer>();
  const interval = 1000 / rate;
  const t0 = performance.now();
  for (let k = 0; !stop.signal.aborted; k += 1) {
    const wait = t0 + k * interval - performance.now();
    if (wait > 0) await sleep(wait);
    if (stop.signal.aborted) break;
    const f = filers[k % filers.length] as Filer;
    if (busy.has(f)) {
      current.late += 1;
      continue;
    }
    busy.add(f);
    fileOne(f)
      .catch((e: unknown) => {
        if (!stop.signal.aborted) fail(`filing: ${e instanceof Error ? e.message : String(e)}`);
      })
      .finally(() => busy.delete(f));
  }
}

const READS = ['treaty', 'checkpoint', 'inclusion', 'tlog-proof', 'entries'] as const;

async function reader(n: number): Promise<void> {
  for (let k = n; !stop.signal.aborted; k += 1) {
    const kind = READS[k % READS.length] as (typeof READS)[number];
    const index = Math.floor(Math.random() * size);
    const path = {
      treaty: '/api/v1/treaty',
      checkpoint: '/api/v1/log/checkpoint',
      inclusion: `/api/v1/log/proof/inclusion?index=${index}&size=${size}`,
      'tlog-proof': `/api/v1/log/tlog-proof?index=${index}`,
      entries: `/api/v1/log/entries?start=${index}&end=${index + 100}`,
    }[kind];
    try {
      const r = await timed(`${base}${path}`);
      if (r.status !== 200) fail(`${kind} ${r.status}`);
      else {
        const into = { inclusion: current.proofs, 'tlog-proof': current.tlogProofs }[kind as string];
        (into ?? current.reads).push(r.ms);
        const kept = current.byKind.get(kind) ?? [];
        kept.push(r.ms);
        current.byKind.set(kind, kept);
        if (kind === 'checkpoint') size = Number(r.text.split('\n')[1]) || size;
      }
    } catch (e) {
      if (!stop.signal.aborted) fail(`${kind}: ${e instanceof Error ? e.message : String(e)}`);
    }
    await sleep(200);
  }
}

/** Each stream's last index received. */
const lastSeen: number[] = [];
let reconnects = 0;

async function stream(n: number): Promise<void> {
  lastSeen[n] = -1;
  while (!stop.signal.aborted) {
    try {
      const from = lastSeen[n] === -1 ? '' : `?from=${lastSeen[n] + 1}`;
      const r = await fetch(`${base}/api/v1/stream${from}`, { signal: stop.signal });
      if (r.status !== 200 || r.body === null) {
        fail(`stream ${r.status}`);
        await sleep(1000);
        continue;
      }
      let buffer = '';
      const decoder = new TextDecoder();
      for await (const chunk of r.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const id = /^id: (\d+)$/m.exec(event);
          if (id !== null) lastSeen[n] = Number(id[1]);
        }
      }
    } catch (e) {
      if (stop.signal.aborted) break;
      fail(`stream: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!stop.signal.aborted) {
      reconnects += 1;
      await sleep(100);
    }
  }
}

interface Line {
  minute: number;
  entries: number;
  rss: number;
  heap: number;
  external: number;
  filed: number;
  filingP50: number;
  filingP99: number;
  readP50: number;
  readP99: number;
  proofP50: number;
  proofP99: number;
  tlogP50: number;
  tlogP99: number;
  /** p50 and p99 of each kind of read. */
  kinds: Map<string, readonly [number, number]>;
  lag: number;
  failed: number;
  late: number;
  load: number;
}

const p = (xs: number[], q: number) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    q,
  );
const lines: Line[] = [];
const ms = (x: number) => (Number.isNaN(x) ? '-' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const mib = (b: number) => (b / 2 ** 20).toFixed(1);

function header(): void {
  console.log(
    [
      'min',
      'entries',
      'RSS MiB',
      'heap MiB',
      'external MiB',
      'filed',
      'filing p50/p99 ms',
      'read p50/p99 ms',
      'proof p50/p99 ms',
      'tlog-proof p50/p99 ms',
      'stream lag',
      'failed',
      'late',
      'load',
    ].join('\t'),
  );
}

function print(l: Line): void {
  console.log(
    [
      l.minute,
      l.entries,
      mib(l.rss),
      mib(l.heap),
      mib(l.external),
      l.filed,
      `${ms(l.filingP50)}/${ms(l.filingP99)}`,
      `${ms(l.readP50)}/${ms(l.readP99)}`,
      `${ms(l.proofP50)}/${ms(l.proofP99)}`,
      `${ms(l.tlogP50)}/${ms(l.tlogP99)}`,
      l.lag,
      l.failed,
      l.late,
      l.load.toFixed(2),
    ].join('\t'),
  );
}

async function sample(minute: number): Promise<void> {
  const done = current;
  current = fresh();
  const text = (await timed(`${base}/metrics`)).text;
  const entries = ((await (await fetch(`${base}/healthz`)).json()) as { size: number }).size;
  const line: Line = {
    minute,
    entries,
    rss: metric(text, 'process_resident_memory_bytes'),
    heap: metric(text, 'nodejs_heap_size_used_bytes'),
    external: metric(text, 'nodejs_external_memory_bytes'),
    filed: done.filings.length,
    filingP50: p(done.filings, 50),
    filingP99: p(done.filings, 99),
    readP50: p(done.reads, 50),
    readP99: p(done.reads, 99),
    proofP50: p(done.proofs, 50),
    proofP99: p(done.proofs, 99),
    tlogP50: p(done.tlogProofs, 50),
    tlogP99: p(done.tlogProofs, 99),
    kinds: new Map([...done.byKind].map(([k, xs]) => [k, [p(xs, 50), p(xs, 99)] as const])),
    lag: streamCount === 0 ? 0 : Math.max(...lastSeen.map((s) => entries - 1 - s)),
    failed: done.failed,
    late: done.late,
    load: loadavg()[0] ?? NaN,
  };
  lines.push(line);
  print(line);
}

console.log(
  `soak: est serve on ${schema === null ? 'SQLite' : `PostgreSQL (schema ${schema.schema})`} at ${base}; ${minutes} min, ${rate} filings/s from ${filers.length} Parties, ${streamCount} streams, ${readerCount} readers`,
);
let work: Promise<void>[] = [];
try {
  await lodgeKeys();
  header();
  work = [
    filing(),
    ...Array.from({ length: readerCount }, (_, n) => reader(n)),
    ...Array.from({ length: streamCount }, (_, n) => stream(n)),
  ];
  const start = performance.now();
  for (let m = 1; m <= minutes && !stop.signal.aborted; m += 1) {
    await sleep(start + m * 60_000 - performance.now());
    if (!stop.signal.aborted) await sample(m);
  }
} finally {
  stop.abort();
  await Promise.allSettled(work);
  await server.stop();
  await schema?.drop();
  rmSync(data, { recursive: true, force: true });
}

const first = lines[0];
const last = lines.at(-1);
if (lines.length < 2) console.log('\n(the drift needs two minutes or more)');
if (first !== undefined && last !== undefined && lines.length > 1) {
  const change = (a: number, b: number, unit: (x: number) => string) =>
    `${unit(a)} -> ${unit(b)} (${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(0)}%)`;
  const grown = last.entries - first.entries;
  console.log(
    `\ndrift, minute ${last.minute} against minute ${first.minute} (${grown} entries filed between):`,
  );
  console.log(
    `  RSS           ${change(first.rss, last.rss, mib)} MiB, ${((last.rss - first.rss) / 2 ** 20 / (grown / 1000)).toFixed(2)} MiB per 1000 entries`,
  );
  console.log(
    `  heap used     ${change(first.heap, last.heap, mib)} MiB, ${((last.heap - first.heap) / 2 ** 20 / (grown / 1000)).toFixed(2)} MiB per 1000 entries`,
  );
  console.log(`  external      ${change(first.external, last.external, mib)} MiB`);
  console.log(
    `  filing p50    ${change(first.filingP50, last.filingP50, ms)} ms; p99 ${change(first.filingP99, last.filingP99, ms)} ms`,
  );
  console.log(
    `  reads (not proofs) p50 ${change(first.readP50, last.readP50, ms)} ms; p99 ${change(first.readP99, last.readP99, ms)} ms; each kind:`,
  );
  for (const kind of READS) {
    const [a50, a99] = first.kinds.get(kind) ?? [NaN, NaN];
    const [b50, b99] = last.kinds.get(kind) ?? [NaN, NaN];
    console.log(`    ${kind.padEnd(11)} p50 ${change(a50, b50, ms)} ms; p99 ${change(a99, b99, ms)} ms`);
  }
  // A leak shows as a slope that does not flatten: the second half of the run alone.
  const mid = lines[Math.floor((lines.length - 1) / 2)] as Line;
  if (mid !== first && mid !== last) {
    const perMinute = (last.rss - mid.rss) / 2 ** 20 / (last.minute - mid.minute);
    console.log(
      `  RSS, second half (minute ${mid.minute} to ${last.minute}): ${mib(mid.rss)} -> ${mib(last.rss)} MiB, ${perMinute >= 0 ? '+' : ''}${perMinute.toFixed(2)} MiB a minute, ${((last.rss - mid.rss) / 2 ** 20 / ((last.entries - mid.entries) / 1000)).toFixed(2)} MiB per 1000 entries`,
    );
  }
  console.log(
    `  load average  ${first.load.toFixed(2)} -> ${last.load.toFixed(2)} (the machine is shared: latency follows the load)`,
  );
}
console.log(
  `failures: ${failures.size === 0 ? 'none' : [...failures].map(([k, v]) => `${k} ×${v}`).join(', ')}; stream reconnects: ${reconnects}`,
);
process.exit(serverGone || failures.size > 0 ? 1 : 0);
