/**
 * @module Connecting to PostgreSQL: the pool's session settings and the schema migrations. Only
 * src/store/postgres uses it (the event log, and its tests).
 */
import { hostname } from 'node:os';
import pg from 'pg';
import type { PoolConfig } from 'pg';
import { StoreError } from '../event-log.ts';
import type { Migration } from './migrations.ts';
import { migrations as releasedMigrations } from './migrations.ts';

/** Unquoted, lower-case identifiers only: they read the same in SQL, in search_path and in psql. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function checkSchemaName(schema: string): void {
  if (!SCHEMA_NAME.test(schema)) {
    throw new StoreError(
      'bad_schema',
      `schema name ${JSON.stringify(schema)} is not [a-z_][a-z0-9_]* (up to 63)`,
    );
  }
}

/**
 * A pool whose every connection has the store's session settings, sent as startup options (no
 * extra round trip, and a connection never runs a query without them): synchronous_commit=on, so
 * a commit is acknowledged only once it is flushed to disk whatever the server's default; and
 * search_path set to `schema` when given.
 */
export function createPool(url: string, schema?: string): pg.Pool {
  if (schema !== undefined) checkSchemaName(schema);
  let connectionString = url;
  let options = [
    '-c synchronous_commit=on',
    ...(schema === undefined ? [] : [`-c search_path=${schema}`]),
  ].join(' ');
  // Options in the URL would override the pool's, so they are moved over and ours appended.
  if (URL.canParse(url)) {
    const u = new URL(url);
    const own = u.searchParams.get('options');
    if (own !== null) {
      u.searchParams.delete('options');
      connectionString = u.toString();
      options = `${own} ${options}`;
    }
  }
  const config: PoolConfig = {
    connectionString,
    options,
    // Seen in pg_stat_activity: an operator (or a second est serve) can tell whose connection it is.
    application_name: applicationName(),
    // A database that does not answer fails the request in seconds, not after the OS's minutes.
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
  };
  const pool = new pg.Pool(config);
  // A connection that breaks (pg_terminate_backend, a server restart, the network) emits 'error'.
  // The pool listens on idle ones and drops them; one checked out (between the statements of a
  // transaction) has no listener of the pool's, and an unheard 'error' event would end the process.
  // Every client gets a listener for its whole life: the query in flight rejects, the next query
  // on the broken client fails, and its release(error) removes it from the pool.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/** The name the store's connections carry in pg_stat_activity. */
export function applicationName(role = 'est'): string {
  return `${role} pid ${process.pid} on ${hostname()}`.slice(0, 63);
}

/**
 * SQLSTATEs and socket errors that mean the database is away (not that the statement is wrong):
 * class 08 (connection exception), 57P01-57P03 (shutdown, crash, cannot connect now), 53300 (too
 * many connections), and the driver's own words for a dropped or refused connection.
 */
const AWAY_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
const AWAY_MESSAGES =
  /Connection terminated|not queryable|timeout exceeded when trying to connect|Connection ended|terminating connection/i;

/** Whether an error of the driver means the database cannot be reached now (try again later). */
export function isUnreachable(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && (AWAY_CODES.has(code) || code.startsWith('08'))) return true;
  return AWAY_MESSAGES.test(e.message);
}

/**
 * Creates the schema if needed and applies the pending migrations, all in one transaction under an
 * advisory lock keyed by the schema: processes starting together apply them once, in turn.
 * Returns the schema the tables live in.
 */
export async function migrate(
  pool: pg.Pool,
  schema: string | undefined,
  migrations: readonly Migration[] = releasedMigrations,
): Promise<string> {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new StoreError('bad_migrations', `migration ${i + 1} has version ${m.version}`);
  });
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const target =
      schema ?? (await client.query<{ s: string | null }>('SELECT current_schema() AS s')).rows[0]?.s ?? null;
    if (target === null) {
      throw new StoreError('no_schema', 'no schema in the search_path exists to create the tables in');
    }
    await client.query("SELECT pg_advisory_xact_lock(hashtext('est:migrate'), hashtext($1))", [target]);
    // Looked up before creating: CREATE ... IF NOT EXISTS needs the CREATE privilege even when the
    // object exists, and a production role may have no more than it needs on a migrated schema.
    const exists = async (sql: string): Promise<boolean> =>
      (await client.query<{ e: boolean }>(sql, [target])).rows[0]?.e === true;
    if (!(await exists('SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS e'))) {
      await client.query(`CREATE SCHEMA ${target}`);
    }
    const tracked = "SELECT to_regclass(quote_ident($1) || '.schema_migrations') IS NOT NULL AS e";
    if (!(await exists(tracked))) {
      await client.query(`CREATE TABLE schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
    }
    const current =
      (await client.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations')).rows[0]
        ?.v ?? 0;
    if (current > migrations.length) {
      throw new StoreError(
        'schema_too_new',
        `schema ${target} has version ${current}; this program knows up to ${migrations.length}`,
      );
    }
    for (const m of migrations.slice(current)) {
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ]);
    }
    await client.query('COMMIT');
    return target;
  } catch (e) {
    await client.query('ROLLBACK').catch((err: unknown) => {
      broken = err instanceof Error ? err : new Error(String(err));
    });
    throw e;
  } finally {
    client.release(broken);
  }
}
