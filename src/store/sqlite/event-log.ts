/**
 * @module The SQLite EventLog (better-sqlite3): the default store, one file in WAL mode with
 * synchronous=FULL, so an acknowledged append survives kill -9 and power loss. Reads run on the
 * calling thread; every write runs on one connection in a worker thread (writer.js), so that a
 * commit does not stop the caller's event loop. Every method returns a promise and reports every
 * failure as a rejection.
 */
import { Worker } from 'node:worker_threads';
import type { Hash, NodeId } from '../../log/merkle.ts';
import type { EventLog, KeyRecord, NewEntry, StoredNode, WitnessedMilestone } from '../event-log.ts';
import { checkBatch, bound } from '../batch.ts';
import {
  IndexConflictError,
  KeyExistsError,
  SeqConflictError,
  StoreError,
  isMilestone,
  nodeKey,
} from '../event-log.ts';
import { BUSY_TIMEOUT_MS, openSqliteDatabase } from './database.ts';

interface KeyRow {
  party: string;
  key_id: string;
  public_key: Buffer;
  added_at: string;
  revoked_at: string | null;
}

/** A copy as a plain Uint8Array, so callers never hold the driver's Buffer. */
const bytes = (b: Buffer): Uint8Array => new Uint8Array(b);

/** What the writer thread answers (writer.js). */
type WriterError =
  | { readonly kind: 'seq'; readonly party: string; readonly seq: number }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'key'; readonly party: string; readonly keyId: string }
  | { readonly kind: 'fault'; readonly message: string; readonly code: string | null };
type WriterReply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: WriterError };

interface Writer {
  /** Sends one write (its buffers moved, not copied); resolves with its value once it is committed. */
  write(
    message: Readonly<Record<string, unknown>> & { readonly op: string },
    transfer?: readonly ArrayBuffer[],
  ): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * An append as the writer thread takes it: the numbers and the hashes each in one buffer, moved to
 * the thread rather than copied object by object (a batch holds hundreds of hashes).
 */
function packAppend(
  entries: readonly NewEntry[],
  nodes: readonly StoredNode[],
): { message: Readonly<Record<string, unknown>> & { op: 'append' }; transfer: ArrayBuffer[] } {
  const numbers = new Float64Array(2 * (entries.length + nodes.length));
  const hashes = new Uint8Array(32 * (entries.length + nodes.length));
  entries.forEach((e, i) => {
    numbers[2 * i] = e.index;
    numbers[2 * i + 1] = e.seq;
    hashes.set(e.leafHash, 32 * i);
  });
  nodes.forEach((n, j) => {
    const i = entries.length + j;
    numbers[2 * i] = n.level;
    numbers[2 * i + 1] = n.index;
    hashes.set(n.hash, 32 * i);
  });
  return {
    message: {
      op: 'append',
      leaves: entries.map((e) => e.leaf),
      parties: entries.map((e) => e.party),
      numbers,
      hashes,
    },
    transfer: [numbers.buffer, hashes.buffer],
  };
}

/** Starts the writer thread on a file whose schema is in place, and waits until it is ready. */
async function startWriter(file: string, name: string): Promise<Writer> {
  const worker = new Worker(new URL('./writer.js', import.meta.url), {
    workerData: { file, busyTimeoutMs: BUSY_TIMEOUT_MS },
    // Plain JavaScript: no TypeScript loader in this thread.
    execArgv: [],
  });
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  let stopped: Error | null = null;
  const stop = (why: Error) => {
    stopped ??= why;
    for (const w of waiting.values()) w.reject(stopped);
    waiting.clear();
  };
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the writer thread exited with ${code}`)));
  });
  worker.on('error', (e) =>
    stop(new StoreError('store_fault', `${name}: the writer thread failed: ${e.message}`, { cause: e })),
  );
  worker.on('exit', () => stop(new StoreError('store_fault', `${name}: the writer thread has stopped`)));
  worker.on('message', (reply: WriterReply | { ready: true }) => {
    if (!('id' in reply)) return;
    const w = waiting.get(reply.id);
    if (w === undefined) return;
    waiting.delete(reply.id);
    if (reply.ok) {
      w.resolve(reply.value);
      return;
    }
    const e = reply.error;
    w.reject(
      e.kind === 'seq'
        ? new SeqConflictError(e.party, e.seq)
        : e.kind === 'index'
          ? new IndexConflictError(e.index)
          : e.kind === 'key'
            ? new KeyExistsError(e.party, e.keyId)
            : new StoreError('store_fault', `${name}: ${e.message}`, { cause: e }),
    );
  });
  await ready;
  return {
    write: (message, transfer = []) =>
      stopped !== null
        ? Promise.reject(stopped)
        : new Promise((resolve, reject) => {
            const id = (next += 1);
            waiting.set(id, { resolve, reject });
            worker.postMessage({ ...message, id }, transfer);
          }),
    close: async () => {
      if (stopped !== null) return;
      const exited = new Promise((r) => worker.once('exit', r));
      worker.postMessage('close');
      await exited;
    },
  };
}

/** Opens (creating if needed) the SQLite file as an EventLog. */
export async function openSqliteEventLog(file: string): Promise<EventLog> {
  const name = `sqlite:${file}`;
  if (file === ':memory:' || file === '')
    throw new StoreError(
      'bad_file',
      'an SQLite event log needs a file; the memory store keeps a log in memory',
    );
  const fault = (e: unknown): Error =>
    e instanceof StoreError
      ? e
      : new StoreError('store_fault', `${name}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  /** Runs `f` and turns a throw into a rejection, driver errors wrapped as StoreError. */
  const attempt = <T>(f: () => T): Promise<T> => {
    try {
      return Promise.resolve(f());
    } catch (e) {
      return Promise.reject(fault(e));
    }
  };

  const db = await attempt(() => openSqliteDatabase(file));
  const prepare = () => ({
    // idx is the rowid and the log has no gaps, so MAX is O(log n) where COUNT(*) would scan.
    size: db.prepare('SELECT COALESCE(MAX(idx) + 1, 0) FROM entries').pluck(),
    entries: db.prepare('SELECT leaf FROM entries WHERE idx >= ? AND idx < ? ORDER BY idx').pluck(),
    node: db.prepare('SELECT hash FROM nodes WHERE level = ? AND idx = ?').pluck(),
    leafHash: db.prepare('SELECT leaf_hash FROM entries WHERE idx = ?').pluck(),
    allKeys: db.prepare('SELECT * FROM party_keys ORDER BY rowid'),
    partyKeys: db.prepare('SELECT * FROM party_keys WHERE party = ? ORDER BY rowid'),
    getSetting: db.prepare('SELECT value FROM settings WHERE name = ?').pluck(),
    witnessedAt: db.prepare(
      'SELECT size, quorum_time AS quorumTime FROM witnessed WHERE size > ? ORDER BY size LIMIT 1',
    ),
  });
  const q = await attempt(prepare).catch((e: unknown) => {
    db.close();
    throw e;
  });
  const writer = await startWriter(file, name).catch((e: unknown) => {
    db.close();
    throw fault(e);
  });

  const size = (): number => q.size.get() as number;

  const readNodes = db.transaction((ids: readonly NodeId[]): Hash[] =>
    ids.map((id) => {
      const h = (id.level === 0 ? q.leafHash.get(id.index) : q.node.get(id.level, id.index)) as
        Buffer | undefined;
      if (h === undefined) throw new StoreError('missing_node', `node ${nodeKey(id)} is not stored`);
      return bytes(h);
    }),
  );

  const toKey = (r: KeyRow): KeyRecord => ({
    party: r.party,
    keyId: r.key_id,
    publicKey: bytes(r.public_key),
    addedAt: r.added_at,
    revokedAt: r.revoked_at,
  });

  return {
    name,
    size: () => attempt(size),
    append: async (entries, nodes) => {
      await attempt(() => checkBatch(entries, nodes));
      const { message, transfer } = packAppend(entries, nodes);
      await writer.write(message, transfer);
    },
    entries: (start, end) =>
      attempt(() => {
        const [from, to] = [Math.max(0, bound(start)), bound(end)];
        return from < to ? (q.entries.all(from, to) as string[]) : [];
      }),
    nodes: (ids) => attempt(() => (ids.length === 0 ? [] : readNodes(ids))),
    addKey: async (key) => {
      await writer.write({ op: 'addKey', key });
    },
    revokeKey: async (party, keyId, at) =>
      (await writer.write({ op: 'revokeKey', party, keyId, at })) === true,
    keys: (party) =>
      attempt(() =>
        ((party === undefined ? q.allKeys.all() : q.partyKeys.all(party)) as KeyRow[]).map(toKey),
      ),
    getSetting: (settingName) => attempt(() => (q.getSetting.get(settingName) as string | undefined) ?? null),
    setSetting: async (settingName, value) => {
      await writer.write({ op: 'setSetting', name: settingName, value });
    },
    addWitnessed: async (witnessedSize, quorumTime) => {
      if (isMilestone(witnessedSize, quorumTime))
        await writer.write({ op: 'addWitnessed', size: witnessedSize, quorumTime });
    },
    witnessedAt: (index) =>
      attempt(() => (q.witnessedAt.get(index) as WitnessedMilestone | undefined) ?? null),
    close: async () => {
      await writer.close();
      await attempt(() => {
        if (db.open) db.close();
      });
    },
  };
}
