/**
 * @module The PostgreSQL EventLog (pg, a Pool). Appends are serialised by a transaction-scoped
 * advisory lock per schema, so writers in any number of processes agree on the next index; the
 * batch goes in with one UNNEST insert. Commits are synchronous (synchronous_commit=on).
 */
import pg from 'pg';
import type { PoolClient, QueryResult } from 'pg';
import type { Hash, NodeId } from '../../log/merkle.ts';
import type { EventLog, KeyRecord, NewEntry, StoredNode } from '../event-log.ts';
import { checkBatch, bound } from '../batch.ts';
import {
  IndexConflictError,
  KeyExistsError,
  SeqConflictError,
  StoreError,
  StoreUnavailableError,
  isMilestone,
  nodeKey,
} from '../event-log.ts';
import { createPool, isUnreachable, migrate } from './database.ts';
import { takeWriterLock } from './writer-lock.ts';

export interface PostgresOptions {
  /** The PostgreSQL schema to keep the tables in (created if absent); else the search_path's first. */
  readonly schema?: string;
}

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

const violated = (e: unknown, constraint: string): boolean =>
  e instanceof pg.DatabaseError && e.code === '23505' && e.constraint === constraint;

const INSERT = `WITH e AS (
  INSERT INTO entries (idx, leaf, leaf_hash, party, seq)
  SELECT * FROM unnest($1::bigint[], $2::text[], $3::bytea[], $4::text[], $5::bigint[])
)
INSERT INTO nodes (level, idx, hash) SELECT * FROM unnest($6::int[], $7::bigint[], $8::bytea[])`;

/** Opens the log at `url` (creating its tables, and the schema if asked, when absent). */
export async function openPostgresEventLog(url: string, options: PostgresOptions = {}): Promise<EventLog> {
  const name = options.schema === undefined ? 'postgres' : `postgres:${options.schema}`;
  const fault = (e: unknown): Error => {
    if (e instanceof StoreError) return e;
    const message = `${name}: ${e instanceof Error ? e.message : String(e)}`;
    return isUnreachable(e)
      ? new StoreUnavailableError(message, { cause: e })
      : new StoreError('store_fault', message, { cause: e });
  };
  /** Runs `f`, its failures wrapped as StoreError unless they are one already. */
  const attempt = async <T>(f: () => Promise<T>): Promise<T> => {
    try {
      return await f();
    } catch (e) {
      throw fault(e);
    }
  };

  const pool = await attempt(() => Promise.resolve(createPool(url, options.schema)));
  const schema = await attempt(() => migrate(pool, options.schema)).catch(async (e: unknown) => {
    await pool.end();
    throw e;
  });
  // One lock per schema: stores in other schemas of the same database do not wait for each other.
  // The size is read by its own statement after the lock is held, so (read committed) it sees the
  // previous holder's commit.
  const HEAD = `BEGIN;
SELECT pg_advisory_xact_lock(hashtext('est:append'), hashtext(${pg.escapeLiteral(schema)}));
SELECT COALESCE(MAX(idx) + 1, 0)::text AS size FROM entries`;

  const query = <R extends pg.QueryResultRow>(
    text: string,
    values: unknown[] = [],
  ): Promise<QueryResult<R>> => pool.query<R>(text, values);

  /** The first entry of the batch whose (party, seq) is already logged. */
  const takenBy = async (client: PoolClient, entries: readonly NewEntry[]): Promise<NewEntry | undefined> => {
    const { rows } = await client.query<{ party: string; seq: string }>(
      `SELECT party, seq::text AS seq FROM entries
       WHERE (party, seq) IN (SELECT * FROM unnest($1::text[], $2::bigint[]))`,
      [entries.map((e) => e.party), entries.map((e) => e.seq)],
    );
    const taken = new Set(rows.map((r) => `${r.party}\u0000${r.seq}`));
    return entries.find((e) => taken.has(`${e.party}\u0000${String(e.seq)}`));
  };

  async function append(entries: readonly NewEntry[], nodes: readonly StoredNode[]): Promise<void> {
    checkBatch(entries, nodes);
    if (entries.length === 0 && nodes.length === 0) return;
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      try {
        // Several statements in one simple query: one round trip. pg then returns one result each.
        const results = (await client.query(HEAD)) as unknown as QueryResult<{ size: string }>[];
        const size = Number(results[2]?.rows[0]?.size);
        const first = entries[0];
        if (first !== undefined && first.index !== size) throw new IndexConflictError(first.index);
        await client.query({
          name: 'est-append',
          text: INSERT,
          values: [
            entries.map((e) => e.index),
            entries.map((e) => e.leaf),
            entries.map((e) => blob(e.leafHash)),
            entries.map((e) => e.party),
            entries.map((e) => e.seq),
            nodes.map((n) => n.level),
            nodes.map((n) => n.index),
            nodes.map((n) => blob(n.hash)),
          ],
        });
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch((err: unknown) => {
          broken = err instanceof Error ? err : new Error(String(err));
        });
        throw e;
      }
    } catch (e) {
      if (violated(e, 'entries_party_seq_key')) {
        const culprit = (broken === undefined ? await takenBy(client, entries) : undefined) ?? entries[0];
        if (culprit !== undefined) throw new SeqConflictError(culprit.party, culprit.seq, { cause: e });
      }
      // Only a writer that bypassed the lock (not this store) can take the index under us.
      if (violated(e, 'entries_pkey'))
        throw new IndexConflictError((entries[0] as NewEntry).index, { cause: e });
      throw e;
    } finally {
      client.release(broken);
    }
  }

  /**
   * EventLog.addWitnessed under a lock of its own (per schema): a new milestone if both rise, the
   * newest extended if only the size does. The two branches exclude each other.
   */
  async function addWitnessed(size: number, quorumTime: number): Promise<void> {
    if (!isMilestone(size, quorumTime)) return;
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [
        'est:witnessed',
        schema,
      ]);
      await client.query(
        `WITH newest AS (SELECT size, quorum_time FROM witnessed ORDER BY size DESC LIMIT 1),
         ins AS (
           INSERT INTO witnessed (size, quorum_time) SELECT $1::bigint, $2::bigint
           WHERE NOT EXISTS (SELECT 1 FROM newest WHERE size >= $1::bigint OR quorum_time >= $2::bigint)
         )
         UPDATE witnessed w SET size = $1::bigint FROM newest n
         WHERE w.size = n.size AND n.size < $1::bigint AND n.quorum_time >= $2::bigint`,
        [size, quorumTime],
      );
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch((err: unknown) => {
        broken = err instanceof Error ? err : new Error(String(err));
      });
      throw e;
    } finally {
      client.release(broken);
    }
  }

  async function readNodes(ids: readonly NodeId[]): Promise<Hash[]> {
    if (ids.length === 0) return [];
    // Named: each connection plans it once (a proof's query is otherwise mostly planning).
    const { rows } = await pool.query<{ hash: Buffer | null }>({
      name: 'est-nodes',
      text: `SELECT COALESCE(n.hash, e.leaf_hash) AS hash
       FROM unnest($1::int[], $2::bigint[]) WITH ORDINALITY AS q(level, idx, ord)
       LEFT JOIN nodes n ON q.level > 0 AND n.level = q.level AND n.idx = q.idx
       LEFT JOIN entries e ON q.level = 0 AND e.idx = q.idx
       ORDER BY q.ord`,
      values: [ids.map((id) => id.level), ids.map((id) => id.index)],
    });
    return ids.map((id, i) => {
      const h = rows[i]?.hash;
      if (h == null) throw new StoreError('missing_node', `node ${nodeKey(id)} is not stored`);
      return bytes(h);
    });
  }

  const toKey = (r: KeyRow): KeyRecord => ({
    party: r.party,
    keyId: r.key_id,
    publicKey: bytes(r.public_key),
    addedAt: r.added_at,
    revokedAt: r.revoked_at,
  });
  const KEY_COLUMNS = 'party, key_id, public_key, added_at, revoked_at';

  let ended = false;
  return {
    name,
    size: () =>
      attempt(async () => {
        const { rows } = await query<{ size: string }>(
          'SELECT COALESCE(MAX(idx) + 1, 0)::text AS size FROM entries',
        );
        return Number(rows[0]?.size ?? 0);
      }),
    append: (entries, nodes) => attempt(() => append(entries, nodes)),
    entries: (start, end) =>
      attempt(async () => {
        const [from, to] = [Math.max(0, bound(start)), bound(end)];
        if (from >= to) return [];
        const { rows } = await query<{ leaf: string }>(
          'SELECT leaf FROM entries WHERE idx >= $1 AND idx < $2 ORDER BY idx',
          [from, to],
        );
        return rows.map((r) => r.leaf);
      }),
    nodes: (ids) => attempt(() => readNodes(ids)),
    addKey: (key) =>
      attempt(async () => {
        try {
          await query(
            'INSERT INTO party_keys (party, key_id, public_key, added_at) VALUES ($1, $2, $3, $4)',
            [key.party, key.keyId, blob(key.publicKey), key.addedAt],
          );
        } catch (e) {
          if (violated(e, 'party_keys_pkey')) throw new KeyExistsError(key.party, key.keyId);
          throw e;
        }
      }),
    revokeKey: (party, keyId, at) =>
      attempt(async () => {
        const r = await query(
          'UPDATE party_keys SET revoked_at = $1 WHERE party = $2 AND key_id = $3 AND revoked_at IS NULL',
          [at, party, keyId],
        );
        return (r.rowCount ?? 0) > 0;
      }),
    keys: (party) =>
      attempt(async () => {
        const { rows } =
          party === undefined
            ? await query<KeyRow>(`SELECT ${KEY_COLUMNS} FROM party_keys ORDER BY lodged`)
            : await query<KeyRow>(`SELECT ${KEY_COLUMNS} FROM party_keys WHERE party = $1 ORDER BY lodged`, [
                party,
              ]);
        return rows.map(toKey);
      }),
    getSetting: (settingName) =>
      attempt(async () => {
        const { rows } = await query<{ value: string }>('SELECT value FROM settings WHERE name = $1', [
          settingName,
        ]);
        return rows[0]?.value ?? null;
      }),
    setSetting: (settingName, value) =>
      attempt(async () => {
        await query(
          'INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
          [settingName, value],
        );
      }),
    addWitnessed: (size, quorumTime) => attempt(() => addWitnessed(size, quorumTime)),
    witnessedAt: (index) =>
      attempt(async () => {
        const { rows } = await query<{ size: string; quorum_time: string }>(
          // Ordered by the column, not by the text it is read as ('12' < '3').
          'SELECT size::text, quorum_time::text FROM witnessed w WHERE w.size > $1 ORDER BY w.size LIMIT 1',
          [index],
        );
        const r = rows[0];
        return r === undefined ? null : { size: Number(r.size), quorumTime: Number(r.quorum_time) };
      }),
    lockWriter: (events) => takeWriterLock({ url, schema }, events),
    close: () =>
      attempt(async () => {
        if (ended) return;
        ended = true;
        await pool.end();
      }),
  };
}
