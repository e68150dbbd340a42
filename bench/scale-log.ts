/**
 * @module A depositary's log of a million entries for the scale benchmark, made once and kept in
 * the bench cache (`node_modules/.cache/est-bench`, or EST_BENCH_CACHE), so that reruns reuse it.
 *
 * The log is one `est serve` opens as its own: its data directory was set up by the service itself
 * (key, origin, settings), the 61 Parties' keys were lodged through the depositary, and every other
 * entry is a signed filing decided by the record exactly as the writer decides it (FilingRecord,
 * the same leaf text, leaf hash and nodes), only written straight into the store in large batches
 * rather than through HTTP. The filings are each Party's signature and ratification, then the
 * benchmark's stream of consultations, conferences, votes and requests (./generate.ts), one day of
 * receipt per generated day. A checkpoint of the whole log is signed and kept, as a service that
 * had run to that size would have left it.
 *
 * PostgreSQL gets a copy of the same entries (and settings, and the same key in a data directory of
 * its own) in the schema `est_bench_scale_<n>`, also kept between runs.
 */
import type { KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Act } from '../src/engine/acts.ts';
import { toBase64 } from '../src/log/bytes.ts';
import {
  ENVELOPE_VERSION,
  envelopeTexts,
  keyIdOf,
  leafHashOf,
  leafTextOf,
  signingBytes,
} from '../src/log/entry.ts';
import type { Entry, Envelope } from '../src/log/entry.ts';
import type { HashedNode } from '../src/log/merkle.ts';
import { extendEdge, foldRange } from '../src/log/merkle.ts';
import { ed25519Sign, privateKeyFromSeed, rawPublicKey, sha256 } from '../src/log/node-crypto.ts';
import { checkpointText, noteKey, signNote } from '../src/log/note.ts';
import { FilingRecord } from '../src/log/record.ts';
import { DEPOSITARY } from '../src/log/filing-act.ts';
import { RULES } from '../src/log/rules.ts';
import { loadOrCreateKey, setUp } from '../src/server/setup.ts';
import type { NewEntry, StoredNode } from '../src/store/event-log.ts';
import { openPostgresEventLog } from '../src/store/postgres/event-log.ts';
import { openSqliteEventLog } from '../src/store/sqlite/event-log.ts';
import { parameterSeries } from '../src/treaty/parameters/index.ts';
import { BENCH_PARTIES, generateActs } from './generate.ts';
import { ADMIN_TOKEN } from './service-proc.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Bumped when the log's making changes, so that an older cached log is made again. */
const FORMAT = 1;
const ORIGIN = 'bench.est/scale';
const START = '2010-01-01T00:00:00.000Z';
const BATCH = 10_000;
/** The PostgreSQL schema that keeps the log of `n` entries. */
export const scaleSchema = (n: number): string => `est_bench_scale_${n}`;

/** A log made for the benchmark: where it is, and what a reader must find in it. */
export interface ScaleLog {
  /** The data directory for `est serve --data`. */
  readonly dataDir: string;
  /** `--db` for PostgreSQL; undefined for the SQLite file in the data directory. */
  readonly db?: string;
  readonly size: number;
  /** Base64 of the root hash. */
  readonly root: string;
  /** Filings the record refused to log (not well formed for the treaty): skipped, never logged. */
  readonly skipped: number;
  /** Seconds it took to make (when it was made). */
  readonly madeIn: number;
}

export function benchCache(): string {
  return process.env['EST_BENCH_CACHE'] || join(ROOT, 'node_modules', '.cache', 'est-bench');
}

const seedOf = (party: string): Uint8Array =>
  sha256(new TextEncoder().encode(`est bench scale key of ${party}`));

/**
 * What a made log is, kept beside it: remade when its making changes, or when the rules change
 * (entries the current rules decide otherwise would stop est serve from starting on it).
 */
interface Marker extends Omit<ScaleLog, 'dataDir' | 'db'> {
  readonly format: number;
  readonly rules: string;
}

const markerText = (m: Marker): string => JSON.stringify(m);

/** The SQLite log of `n` entries in the bench cache, made when it is not there yet. */
export async function sqliteScaleLog(n: number, say: (line: string) => void): Promise<ScaleLog> {
  const dataDir = join(benchCache(), `scale-${n}`);
  const markerFile = join(dataDir, 'made.json');
  if (existsSync(markerFile)) {
    const marker = JSON.parse(readFileSync(markerFile, 'utf8')) as Marker;
    if (marker.format === FORMAT && marker.rules === RULES && marker.size === n)
      return { ...marker, dataDir };
  }
  say(`making a log of ${n.toLocaleString('en')} entries in ${dataDir} (once; kept for later runs)`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const t0 = performance.now();
  const made = await makeLog(dataDir, n, say);
  const marker: Marker = { format: FORMAT, rules: RULES, ...made, madeIn: (performance.now() - t0) / 1000 };
  writeFileSync(markerFile, markerText(marker));
  return { ...marker, dataDir };
}

/** The parts of a log made, before it is marked made. */
type Made = Omit<ScaleLog, 'dataDir' | 'db' | 'madeIn'>;

async function makeLog(dataDir: string, n: number, say: (line: string) => void): Promise<Made> {
  // The service sets up its own data directory, and lodges the Parties' keys as it always does.
  const setup = await setUp({
    dataDir,
    origin: ORIGIN,
    exercise: true,
    env: { EST_ADMIN_TOKEN: ADMIN_TOKEN },
    clock: () => new Date(START),
  });
  const origin = setup.origin;
  const signers = new Map(BENCH_PARTIES.map((p) => [p as string, privateKeyFromSeed(seedOf(p))]));
  try {
    for (const [party, key] of signers) await setup.depositary.lodgeKey(party, toBase64(rawPublicKey(key)));
  } finally {
    await setup.log.close();
  }
  const depositaryKey = privateKeyFromSeed(loadOrCreateKey(dataDir).seed);
  const depositaryPublic = rawPublicKey(depositaryKey);
  signers.set(DEPOSITARY, depositaryKey);
  const keyIds = new Map(
    [...signers].map(([party, key]) => [party, keyIdOf(sha256, rawPublicKey(key))] as const),
  );

  const log = await openSqliteEventLog(join(dataDir, 'est.db'));
  try {
    // The record as the depositary holds it after the keys were lodged.
    const record = new FilingRecord({
      engine: { treaty: 'est-2009', parameters: parameterSeries('est-2009', {}) },
      depositaryKey: depositaryPublic,
      sha256,
    });
    const frontier: HashedNode[] = [];
    let size = await log.size();
    for (const leaf of await log.entries(0, size)) {
      const entry = JSON.parse(leaf) as Entry;
      const { problems } = record.replay(entry);
      if (problems.length > 0) throw new Error(`entry ${entry.index}: ${problems[0]?.detail}`);
      extendEdge(sha256, frontier, entry.index, leafHashOf(sha256, leaf));
    }

    const prologue: Act[] = BENCH_PARTIES.flatMap((by) => [
      { act: 'sign', on: '2010-01-01', by } as Act,
      { act: 'ratify', on: '2010-01-01', by } as Act,
    ]);
    const acts = [...prologue, ...generateActs(n - size - prologue.length)];
    let skipped = 0;
    let day = '';
    let sameDay = 0;
    let entries: NewEntry[] = [];
    let nodes: StoredNode[] = [];
    const flush = async () => {
      await log.append(entries, nodes);
      entries = [];
      nodes = [];
    };
    // More acts are generated than needed, in case some cannot be logged.
    for (let a = 0; size < n; a += 1) {
      let act = acts[a];
      if (act === undefined) {
        acts.push(...generateActs(Math.max(1000, n - size), 4242 + a));
        act = acts[a];
      }
      const { on, by, ...body } = act as Act & { by?: string };
      const party = by ?? DEPOSITARY;
      if (on !== day) {
        day = on;
        sameDay = 0;
      }
      // One act every 50 ms from midnight of its day: receipts rise, and fall on the act's day.
      const receivedAt = new Date(Date.parse(`${on}T00:00:00.000Z`) + 50 * (sameDay += 1)).toISOString();
      const unsigned = {
        v: ENVELOPE_VERSION,
        party,
        keyId: keyIds.get(party) as string,
        seq: record.nextSeq(party),
        act: body,
      } as const;
      const envelope: Envelope = {
        ...unsigned,
        signature: toBase64(ed25519Sign(signers.get(party) as KeyObject, signingBytes(unsigned))),
      };
      const decided = record.decide(envelope, receivedAt);
      if (!decided.ok) {
        skipped += 1;
        continue;
      }
      const leaf = leafTextOf(envelopeTexts(envelope), {
        index: size,
        receivedAt,
        outcome: decided.outcome,
        rules: RULES,
      });
      const hash = leafHashOf(sha256, leaf);
      nodes.push(...extendEdge(sha256, frontier, size, hash));
      entries.push({ index: size, leaf, leafHash: hash, party, seq: envelope.seq });
      size += 1;
      if (entries.length === BATCH) {
        await flush();
        if (size % 100_000 < BATCH) say(`  ${size.toLocaleString('en')} entries`);
      }
    }
    if (entries.length > 0) await flush();
    const root = foldRange(
      sha256,
      frontier.map((f) => f.hash),
    );
    // The checkpoint a service that had filed all this would have kept.
    const key = await noteKey(sha256, origin, depositaryPublic);
    const note = await signNote(checkpointText({ origin, size, root }), key, (m) =>
      ed25519Sign(depositaryKey, m),
    );
    await log.setSetting('checkpoint', note);
    return { size, root: toBase64(root), skipped };
  } finally {
    await log.close();
  }
}

const SETTINGS = ['origin', 'verifierKey', 'treaty', 'parameters', 'checkpoint'] as const;
const MARKER_SETTING = 'benchScaleLog';

/** The URL that selects a schema (`options=-c search_path=...`), as `est serve --db` takes it. */
export function schemaUrl(databaseUrl: string, schema: string): string {
  const u = new URL(databaseUrl);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

/**
 * The same log in PostgreSQL (schema {@link scaleSchema}), with a data directory of its own holding
 * the same key: copied from the SQLite log when the schema does not hold it already.
 */
export async function postgresScaleLog(
  from: ScaleLog,
  databaseUrl: string,
  say: (line: string) => void,
): Promise<ScaleLog> {
  const dataDir = `${from.dataDir}-postgres`;
  const schema = scaleSchema(from.size);
  const db = schemaUrl(databaseUrl, schema);
  const want = markerText({
    format: FORMAT,
    rules: RULES,
    size: from.size,
    root: from.root,
    skipped: from.skipped,
    madeIn: from.madeIn,
  });
  const probe = await openPostgresEventLog(databaseUrl, { schema });
  let made: string | null;
  try {
    made = await probe.getSetting(MARKER_SETTING);
  } finally {
    await probe.close();
  }
  if (made === want && existsSync(join(dataDir, 'depositary.key'))) return { ...from, dataDir, db };

  say(`copying the log to PostgreSQL (schema ${schema}; once, kept for later runs)`);
  const t0 = performance.now();
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await admin.end();
  }
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  copyFileSync(join(from.dataDir, 'depositary.key'), join(dataDir, 'depositary.key'));

  const source = await openSqliteEventLog(join(from.dataDir, 'est.db'));
  const target = await openPostgresEventLog(databaseUrl, { schema });
  try {
    const frontier: HashedNode[] = [];
    for (let start = 0; start < from.size; start += BATCH) {
      const leaves = await source.entries(start, Math.min(from.size, start + BATCH));
      const entries: NewEntry[] = [];
      const nodes: StoredNode[] = [];
      leaves.forEach((leaf, i) => {
        const index = start + i;
        const { party, seq } = (JSON.parse(leaf) as Entry).envelope;
        const hash = leafHashOf(sha256, leaf);
        nodes.push(...extendEdge(sha256, frontier, index, hash));
        entries.push({ index, leaf, leafHash: hash, party, seq });
      });
      await target.append(entries, nodes);
      if ((start + BATCH) % 200_000 === 0) say(`  ${(start + BATCH).toLocaleString('en')} entries`);
    }
    const root = toBase64(
      foldRange(
        sha256,
        frontier.map((f) => f.hash),
      ),
    );
    if (root !== from.root) throw new Error(`the copy's root ${root} is not the log's ${from.root}`);
    for (const name of SETTINGS) {
      const value = await source.getSetting(name);
      if (value !== null) await target.setSetting(name, value);
    }
    await target.setSetting(MARKER_SETTING, want);
  } finally {
    await source.close();
    await target.close();
  }
  say(`  copied in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return { ...from, dataDir, db };
}
