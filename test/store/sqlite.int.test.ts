import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { IndexConflictError, StoreError } from '../../src/store/event-log.ts';
import type { EventLog } from '../../src/store/event-log.ts';
import { openStore, storeSpec } from '../../src/store/index.ts';
import { openSqliteDatabase } from '../../src/store/sqlite/database.ts';
import { openSqliteEventLog } from '../../src/store/sqlite/event-log.ts';
import { migrations } from '../../src/store/sqlite/migrations.ts';
import { VERSION_1_ROWS, assertReadsAfterMigration2, eventLogContract } from './event-log.contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'est-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
let last = '';
const fresh = (): string => join(dir, `log-${++counter}.db`);

eventLogContract('SQLite', {
  create: () => openSqliteEventLog((last = fresh())),
  reopen: () => openSqliteEventLog(last),
});

const hash = (s: string): Uint8Array => new Uint8Array(createHash('sha256').update(s).digest());

describe('the SQLite file', () => {
  let file: string;
  let log: EventLog;
  let raw: Database.Database;

  before(async () => {
    file = fresh();
    log = await openSqliteEventLog(file);
    await log.append(
      [
        { index: 0, leaf: '{"index":0}', leafHash: hash('0'), party: 'RU', seq: 1 },
        { index: 1, leaf: '{"index":1}', leafHash: hash('1'), party: 'RU', seq: 2 },
      ],
      [{ level: 1, index: 0, hash: hash('1/0') }],
    );
    raw = new Database(file);
    // The sqlite3 shell's default: REPLACE then deletes without firing DELETE triggers.
    raw.pragma('recursive_triggers = OFF');
  });
  after(async () => {
    raw.close();
    await log.close();
  });

  for (const sql of [
    "UPDATE entries SET leaf = 'x'",
    'DELETE FROM entries',
    'UPDATE nodes SET hash = zeroblob(32)',
    'DELETE FROM nodes',
    "INSERT OR REPLACE INTO entries VALUES (0, 'x', zeroblob(32), 'US', 1)",
    "INSERT OR REPLACE INTO entries VALUES (2, 'x', zeroblob(32), 'RU', 1)",
    'INSERT OR REPLACE INTO nodes VALUES (1, 0, zeroblob(32))',
  ]) {
    it(`refuses \`${sql}\` from another connection`, async () => {
      assert.throws(() => raw.exec(sql), /the log is append-only/);
      assert.deepEqual(await log.entries(0, 10), ['{"index":0}', '{"index":1}']);
      assert.deepEqual(await log.nodes([{ level: 1, index: 0 }]), [hash('1/0')]);
      assert.deepEqual(await log.nodes([{ level: 0, index: 1 }]), [hash('1')]);
    });
  }

  it('refuses a leaf hash stored again as a node of level 0', () => {
    assert.throws(
      () => raw.exec('INSERT INTO nodes VALUES (0, 1, zeroblob(32))'),
      /a leaf hash is kept with its entry/,
    );
  });
});

describe('the SQLite migrations', () => {
  const applied = (file: string): { version: number; name: string; applied_at: string }[] => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare('SELECT * FROM schema_migrations ORDER BY version').all() as {
        version: number;
        name: string;
        applied_at: string;
      }[];
    } finally {
      db.close();
    }
  };

  it('are recorded once each, and opening again does not run them again', async () => {
    const file = fresh();
    await (await openSqliteEventLog(file)).close();
    const first = applied(file);
    assert.deepEqual(
      first.map((m) => [m.version, m.name]),
      migrations.map((m) => [m.version, m.name]),
    );
    await (await openSqliteEventLog(file)).close();
    assert.deepEqual(applied(file), first);
  });

  it('apply only the new ones to an existing file', () => {
    const file = fresh();
    openSqliteDatabase(file).close();
    const next = [...migrations, { version: migrations.length + 1, name: 'test', sql: 'CREATE TABLE t (x)' }];
    openSqliteDatabase(file, next).close();
    openSqliteDatabase(file, next).close();
    assert.deepEqual(
      applied(file).map((m) => m.version),
      next.map((m) => m.version),
    );
  });

  it('2 drops the copies of leaf hashes from nodes, but keeps one that differs from its entry', async () => {
    const file = fresh();
    const v1 = openSqliteDatabase(file, migrations.slice(0, 1));
    const insertEntry = v1.prepare("INSERT INTO entries VALUES (?, ?, ?, 'RU', ?)");
    const insertNode = v1.prepare('INSERT INTO nodes VALUES (?, ?, ?)');
    for (const e of VERSION_1_ROWS.entries) insertEntry.run(e.idx, e.leaf, Buffer.from(e.leafHash), e.seq);
    for (const n of VERSION_1_ROWS.nodes) insertNode.run(n.level, n.idx, Buffer.from(n.hash));
    v1.close();

    const log = await openSqliteEventLog(file);
    try {
      await assertReadsAfterMigration2(log);
    } finally {
      await log.close();
    }
    const db = new Database(file, { readonly: true });
    try {
      assert.deepEqual(
        db.prepare('SELECT level, idx FROM nodes ORDER BY level, idx').raw().all(),
        VERSION_1_ROWS.kept,
      );
    } finally {
      db.close();
    }
    const rw = new Database(file);
    try {
      assert.throws(() => rw.exec('DELETE FROM nodes'), /the log is append-only/, 'the guard is back');
    } finally {
      rw.close();
    }
  });

  it('refuse a file whose schema is newer than this program', async () => {
    const file = fresh();
    openSqliteDatabase(file, [
      ...migrations,
      { version: migrations.length + 1, name: 'from the future', sql: 'SELECT 1' },
    ]).close();
    await assert.rejects(
      openSqliteEventLog(file),
      (e: unknown) => e instanceof StoreError && e.code === 'schema_too_new',
    );
  });

  it('leave nothing applied when one of them fails', () => {
    const file = fresh();
    const broken = [
      ...migrations,
      { version: migrations.length + 1, name: 'broken', sql: 'CREATE TABLE nope (' },
    ];
    assert.throws(() => openSqliteDatabase(file, broken), /syntax error|incomplete input/);
    const db = new Database(file, { readonly: true });
    try {
      assert.equal(
        db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'schema_migrations'").pluck().get(),
        0,
      );
    } finally {
      db.close();
    }
  });
});

describe('the SQLite connection', () => {
  it('runs in WAL mode with synchronous=FULL, foreign keys on and a busy timeout', () => {
    const file = fresh();
    openSqliteDatabase(file).close();
    // Opened again: an existing WAL file is where this build would default to synchronous=NORMAL.
    const db = openSqliteDatabase(file);
    try {
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(db.pragma('synchronous', { simple: true }), 2);
      assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
      assert.ok((db.pragma('busy_timeout', { simple: true }) as number) >= 1000);
    } finally {
      db.close();
    }
  });

  it('rejects, and does not throw, when the file cannot be opened', async () => {
    const file = join(dir, 'not-a-database.db');
    rmSync(file, { force: true });
    const db = new Database(file);
    db.exec('CREATE TABLE entries (x); INSERT INTO entries VALUES (1)');
    db.close();
    let opened: Promise<EventLog> | undefined;
    assert.doesNotThrow(() => (opened = openSqliteEventLog(file)));
    await assert.rejects(opened as Promise<EventLog>, StoreError);
  });

  it('rejects calls after it is closed', async () => {
    const log = await openSqliteEventLog(fresh());
    await log.close();
    await log.close();
    await assert.rejects(log.size(), StoreError);
  });

  it('refuses an append at an index another connection to the file has taken', async () => {
    const file = fresh();
    const [a, b] = [await openSqliteEventLog(file), await openSqliteEventLog(file)];
    try {
      await a.append([{ index: 0, leaf: '{}', leafHash: hash('a'), party: 'RU', seq: 1 }], []);
      await assert.rejects(
        b.append([{ index: 0, leaf: '{}', leafHash: hash('b'), party: 'US', seq: 1 }], []),
        IndexConflictError,
      );
      await b.append([{ index: 1, leaf: '{}', leafHash: hash('b'), party: 'US', seq: 1 }], []);
      assert.equal(await a.size(), 2);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('creates the directory of a new file', async () => {
    const log = await openSqliteEventLog(join(dir, 'a', 'b', 'est.db'));
    assert.equal(await log.size(), 0);
    await log.close();
  });
});

describe('opening a store from --db', () => {
  it('defaults to est.db in the data directory', () => {
    assert.deepEqual(storeSpec(undefined, 'est-data'), { kind: 'sqlite', file: join('est-data', 'est.db') });
  });

  it('reads postgres:// and postgresql:// as PostgreSQL, :memory: as memory, and anything else as a file', () => {
    assert.deepEqual(storeSpec('postgres://u@h/db', 'd'), { kind: 'postgres', url: 'postgres://u@h/db' });
    assert.deepEqual(storeSpec('postgresql://u@h/db', 'd'), { kind: 'postgres', url: 'postgresql://u@h/db' });
    assert.deepEqual(storeSpec(':memory:', 'd'), { kind: 'memory' });
    assert.deepEqual(storeSpec('/var/lib/est/log.db', 'd'), { kind: 'sqlite', file: '/var/lib/est/log.db' });
  });

  it('opens the SQLite store a spec names', async () => {
    const log = await openStore(storeSpec(fresh(), dir));
    assert.match(log.name, /^sqlite:/);
    await log.close();
    const memory = await openStore(storeSpec(':memory:', dir));
    assert.equal(memory.name, 'memory');
    await memory.close();
  });
});
