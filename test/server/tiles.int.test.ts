import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import pg from 'pg';
import { openPostgresEventLog } from '../../src/store/postgres/event-log.ts';
import { openSqliteEventLog } from '../../src/store/sqlite/event-log.ts';
import { databaseUrl, pgTests } from '../support/env.ts';
import { tilesContract } from './tiles.contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'est-tiles-'));
after(() => rmSync(dir, { recursive: true, force: true }));

tilesContract('SQLite', () => openSqliteEventLog(join(dir, 'est.db')));

// Without DATABASE_URL, each PostgreSQL test is listed as skipped, and no hook runs.
const url = databaseUrl() ?? '';
const onPg = pgTests();
const schema = `est_tiles_${process.pid}`;
onPg.after(async () => {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});
tilesContract('PostgreSQL', () => openPostgresEventLog(url, { schema }), onPg);
