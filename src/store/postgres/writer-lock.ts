/**
 * @module One writer per PostgreSQL store: a session-level advisory lock, keyed by the schema, held
 * on a connection of its own for as long as the process writes. PostgreSQL releases it when that
 * session ends, however it ends (the process killed, the connection cut), so a lock is never left
 * behind. The connection carries `application_name` "est serve pid N on HOST", which is how a
 * second process names the holder it was refused by.
 *
 * Appends are still serialised by their own transaction-scoped lock (./event-log.ts): this one
 * keeps a second depositary from taking filings at all, since its view of the sequence numbers
 * would be wrong as soon as the first one writes.
 */
import pg from 'pg';
import type { WriterLock, WriterLockEvents } from '../event-log.ts';
import { StoreLockedError, StoreUnavailableError } from '../event-log.ts';
import { applicationName, isUnreachable } from './database.ts';

const LOCK_KEY = 'est:writer';

export interface WriterLockOptions {
  readonly url: string;
  /** The schema the store's tables are in (the lock is per schema). */
  readonly schema: string;
  /** Milliseconds between attempts to retake a lost lock (default 1 s). */
  readonly retryMs?: number;
}

/** Who holds the lock, as PostgreSQL knows it; null when nobody does. */
async function holderOf(client: pg.Client, schema: string): Promise<string | null> {
  const { rows } = await client.query<{ name: string; addr: string | null; since: Date }>(
    `SELECT a.application_name AS name, host(a.client_addr) AS addr, a.backend_start AS since
     FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
       AND l.classid = (hashtext($1)::bigint & 4294967295)::oid
       AND l.objid = (hashtext($2)::bigint & 4294967295)::oid
     LIMIT 1`,
    [LOCK_KEY, schema],
  );
  const r = rows[0];
  if (r === undefined) return null;
  const who = r.name === '' ? 'a process' : r.name;
  return `${who}${r.addr === null ? '' : ` from ${r.addr}`}, connected since ${r.since.toISOString()}`;
}

/** Opens a connection and tries the lock once: the client holding it, or who holds it instead. */
async function attempt(options: WriterLockOptions): Promise<{ client: pg.Client } | { holder: string }> {
  const client = new pg.Client({
    connectionString: options.url,
    application_name: applicationName('est serve'),
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
  });
  // Until the lock's own listener is on, an error of the connection must not end the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ ok: boolean }>(
      'SELECT pg_try_advisory_lock(hashtext($1), hashtext($2)) AS ok',
      [LOCK_KEY, options.schema],
    );
    if (rows[0]?.ok === true) return { client };
    const holder = (await holderOf(client, options.schema)) ?? 'another process (it has just let go)';
    await client.end().catch(() => undefined);
    return { holder };
  } catch (e) {
    await client.end().catch(() => undefined);
    throw isUnreachable(e)
      ? new StoreUnavailableError(
          `postgres: cannot reach the database to take the writer lock: ${(e as Error).message}`,
          { cause: e },
        )
      : e;
  }
}

const refusal = (schema: string, holder: string): StoreLockedError =>
  new StoreLockedError(
    `another depositary writes to this PostgreSQL store (schema ${schema}): ${holder}. One process writes to a store; stop that one first, or use another database or schema`,
  );

/**
 * Takes the writer lock, or throws {@link StoreLockedError} naming the holder. When the lock's
 * connection breaks, `events.lost` is told at once and the lock is retaken every `retryMs`:
 * `regained` once held again, or `taken` (and no more attempts) when another process holds it.
 */
export async function takeWriterLock(
  options: WriterLockOptions,
  events: WriterLockEvents,
): Promise<WriterLock> {
  const first = await attempt(options);
  if ('holder' in first) throw refusal(options.schema, first.holder);
  let client: pg.Client | null = first.client;
  let released = false;
  let timer: NodeJS.Timeout | null = null;

  const retake = async (): Promise<void> => {
    timer = null;
    if (released) return;
    try {
      const got = await attempt(options);
      if (released) {
        if ('client' in got) await got.client.end().catch(() => undefined);
        return;
      }
      if ('holder' in got) {
        events.taken(got.holder);
        return;
      }
      watch(got.client);
      events.regained();
    } catch {
      timer = setTimeout(() => void retake(), options.retryMs ?? 1_000);
    }
  };

  const watch = (c: pg.Client): void => {
    client = c;
    let gone = false;
    const lost = (why: string): void => {
      if (gone || released) return;
      gone = true;
      client = null;
      c.end().catch(() => undefined);
      events.lost(why);
      timer = setTimeout(() => void retake(), options.retryMs ?? 1_000);
    };
    c.on('error', (e: Error) => lost(e.message));
    c.on('end', () => lost('its connection ended'));
  };
  watch(first.client);

  return {
    async release() {
      if (released) return;
      released = true;
      if (timer !== null) clearTimeout(timer);
      const c = client;
      client = null;
      // Ending the session releases the lock.
      if (c !== null) await c.end().catch(() => undefined);
    },
  };
}
