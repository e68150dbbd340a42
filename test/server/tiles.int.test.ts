import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import pg from 'pg';
import { openPostgresEventLog } from '../../src/store/postgres/event-log.ts';
import { openSqliteEventLog } from '../../src/store/sqlite/event-log.ts';
import { tilesContract } from './tiles.contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'est-tiles-'));
after(() => rmSync(dir, { recursive: true, force: true }));

tilesContract('SQLite', () => openSqliteEventLog(join(dir, 'est.db')));

const url = process.env['DATABASE_URL'];
if (url === undefined) {
  it(
    'serves tiles from a PostgreSQL store',
    {
      skip: 'DATABASE_URL is not set: the tiles are not tested on PostgreSQL (e.g. postgres://postgres@127.0.0.1:5432/test)',
    },
    () => undefined,
  );
} else {
  const schema = `est_tiles_${process.pid}`;
  after(async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });
  tilesContract('PostgreSQL', () => openPostgresEventLog(url, { schema }));
}
