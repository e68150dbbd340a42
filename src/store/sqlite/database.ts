/**
 * @module Opening the SQLite file: the connection's pragmas and the schema migrations. Only
 * src/store/sqlite uses it (the event log, and the tests that check the pragmas).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../event-log.ts';
import type { Migration } from './migrations.ts';
import { migrations as releasedMigrations } from './migrations.ts';

/** How long a writer waits for another process's transaction before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if needed) the SQLite file with the store's pragmas and brings its schema up to
 * date. Synchronous, and throws: callers turn that into a rejection.
 */
export function openSqliteDatabase(
  file: string,
  migrations: readonly Migration[] = releasedMigrations,
): Database.Database {
  if (file !== ':memory:' && file !== '') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    // After journal_mode: this build defaults WAL connections to NORMAL, which can lose the last
    // commits on power loss. FULL syncs the WAL at every commit, so an acknowledged append is durable.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function migrate(db: Database.Database, migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new StoreError('bad_migrations', `migration ${i + 1} has version ${m.version}`);
  });
  const latest = migrations.length;
  // IMMEDIATE takes the write lock first, so two processes opening a new file apply them once.
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    ) STRICT`);
    const applied = db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number | null;
    const current = applied ?? 0;
    if (current > latest) {
      throw new StoreError(
        'schema_too_new',
        `the database has schema version ${current}; this program knows up to ${latest}`,
      );
    }
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of migrations.slice(current)) {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }
  }).immediate();
}
