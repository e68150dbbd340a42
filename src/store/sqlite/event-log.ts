/**
 * @module The SQLite EventLog (better-sqlite3): the default store, one file in WAL mode with
 * synchronous=FULL, so an acknowledged append survives kill -9 and power loss. The driver is
 * synchronous; every method returns a promise and reports every failure as a rejection.
 */
import type { Hash, NodeId } from '../../log/merkle.ts';
import type { EventLog, KeyRecord, NewEntry, StoredNode } from '../event-log.ts';
import { checkBatch, bound } from '../batch.ts';
import { IndexConflictError, KeyExistsError, SeqConflictError, StoreError, nodeKey } from '../event-log.ts';
import { openSqliteDatabase } from './database.ts';

interface KeyRow {
  party: string;
  key_id: string;
  public_key: Buffer;
  added_at: string;
  revoked_at: string | null;
}

const blob = (h: Uint8Array): Buffer => Buffer.from(h.buffer, h.byteOffset, h.byteLength);
/** A copy as a plain Uint8Array, so callers never hold the driver's Buffer. */
const bytes = (b: Buffer): Uint8Array => new Uint8Array(b);

const sqliteCode = (e: unknown): string | undefined =>
  e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : undefined;

/** The insert broke UNIQUE (party, seq), or the trigger that guards it against INSERT OR REPLACE. */
const isSeqTaken = (e: unknown): boolean =>
  (sqliteCode(e) === 'SQLITE_CONSTRAINT_UNIQUE' &&
    /entries\.party, entries\.seq/.test((e as Error).message)) ||
  (sqliteCode(e) === 'SQLITE_CONSTRAINT_TRIGGER' && /\(party, seq\) is taken/.test((e as Error).message));

/** Opens (creating if needed) the SQLite file as an EventLog. */
export async function openSqliteEventLog(file: string): Promise<EventLog> {
  const name = `sqlite:${file}`;
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
    insertEntry: db.prepare('INSERT INTO entries (idx, leaf, leaf_hash, party, seq) VALUES (?, ?, ?, ?, ?)'),
    insertNode: db.prepare('INSERT INTO nodes (level, idx, hash) VALUES (?, ?, ?)'),
    entries: db.prepare('SELECT leaf FROM entries WHERE idx >= ? AND idx < ? ORDER BY idx').pluck(),
    node: db.prepare('SELECT hash FROM nodes WHERE level = ? AND idx = ?').pluck(),
    lastSeq: db.prepare('SELECT MAX(seq) FROM entries WHERE party = ?').pluck(),
    lastSeqs: db.prepare('SELECT party, MAX(seq) AS seq FROM entries GROUP BY party'),
    addKey: db.prepare('INSERT INTO party_keys (party, key_id, public_key, added_at) VALUES (?, ?, ?, ?)'),
    revokeKey: db.prepare(
      'UPDATE party_keys SET revoked_at = ? WHERE party = ? AND key_id = ? AND revoked_at IS NULL',
    ),
    allKeys: db.prepare('SELECT * FROM party_keys ORDER BY rowid'),
    partyKeys: db.prepare('SELECT * FROM party_keys WHERE party = ? ORDER BY rowid'),
    getSetting: db.prepare('SELECT value FROM settings WHERE name = ?').pluck(),
    setSetting: db.prepare(
      'INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
    ),
  });
  const q = await attempt(prepare).catch((e: unknown) => {
    db.close();
    throw e;
  });

  const size = (): number => q.size.get() as number;

  const append = db.transaction((entries: readonly NewEntry[], nodes: readonly StoredNode[]) => {
    const first = entries[0];
    if (first !== undefined && first.index !== size()) throw new IndexConflictError(first.index);
    for (const e of entries) {
      try {
        q.insertEntry.run(e.index, e.leaf, blob(e.leafHash), e.party, e.seq);
      } catch (err) {
        if (isSeqTaken(err)) throw new SeqConflictError(e.party, e.seq, { cause: err });
        throw err;
      }
    }
    for (const n of nodes) q.insertNode.run(n.level, n.index, blob(n.hash));
  });

  const readNodes = db.transaction((ids: readonly NodeId[]): Hash[] =>
    ids.map((id) => {
      const h = q.node.get(id.level, id.index) as Buffer | undefined;
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
    append: (entries, nodes) =>
      attempt(() => {
        checkBatch(entries, nodes);
        // IMMEDIATE: take the write lock before reading the size, so no other process can append
        // between the index check and the inserts.
        append.immediate(entries, nodes);
      }),
    entries: (start, end) =>
      attempt(() => {
        const [from, to] = [Math.max(0, bound(start)), bound(end)];
        return from < to ? (q.entries.all(from, to) as string[]) : [];
      }),
    nodes: (ids) => attempt(() => (ids.length === 0 ? [] : readNodes(ids))),
    lastSeq: (party) => attempt(() => (q.lastSeq.get(party) as number | null) ?? 0),
    lastSeqs: () =>
      attempt(
        () =>
          new Map(
            (q.lastSeqs.all() as { party: string; seq: number }[]).map((r): [string, number] => [
              r.party,
              r.seq,
            ]),
          ),
      ),
    addKey: (key) =>
      attempt(() => {
        try {
          q.addKey.run(key.party, key.keyId, blob(key.publicKey), key.addedAt);
        } catch (e) {
          if (sqliteCode(e) === 'SQLITE_CONSTRAINT_PRIMARYKEY')
            throw new KeyExistsError(key.party, key.keyId);
          throw e;
        }
      }),
    revokeKey: (party, keyId, at) => attempt(() => q.revokeKey.run(at, party, keyId).changes > 0),
    keys: (party) =>
      attempt(() =>
        ((party === undefined ? q.allKeys.all() : q.partyKeys.all(party)) as KeyRow[]).map(toKey),
      ),
    getSetting: (settingName) => attempt(() => (q.getSetting.get(settingName) as string | undefined) ?? null),
    setSetting: (settingName, value) =>
      attempt(() => {
        q.setSetting.run(settingName, value);
      }),
    close: () =>
      attempt(() => {
        if (db.open) db.close();
      }),
  };
}
