import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { EventLog, NewEntry } from '../../src/store/event-log.ts';
import { IndexConflictError, StoreError } from '../../src/store/event-log.ts';
import { openStore, storeSpec } from '../../src/store/index.ts';
import { createPool, migrate } from '../../src/store/postgres/database.ts';
import { openPostgresEventLog } from '../../src/store/postgres/event-log.ts';
import { migrations } from '../../src/store/postgres/migrations.ts';
import type { TestApi } from '../support/env.ts';
import { databaseUrl, pgTests } from '../support/env.ts';
import {
  VERSION_1_ROWS,
  assertReadsAfterMigration2,
  eventLogContract,
  lastSeqs,
} from './event-log.contract.ts';

// Without DATABASE_URL, each test is listed as skipped with the reason, and no hook runs.
postgresTests(databaseUrl() ?? '', pgTests());

function postgresTests(url: string, api: TestApi): void {
  const { after, before, describe, it } = api;
  const schemas: string[] = [];
  let counter = 0;
  const freshSchema = (): string => {
    const s = `est_test_${process.pid}_${++counter}`;
    schemas.push(s);
    return s;
  };

  const admin = new pg.Client({ connectionString: url });
  before(() => admin.connect());
  after(async () => {
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await admin.end();
  });

  let last = '';
  eventLogContract(
    'PostgreSQL',
    {
      create: () => openPostgresEventLog(url, { schema: (last = freshSchema()) }),
      reopen: () => openPostgresEventLog(url, { schema: last }),
    },
    api,
  );

  const hash = (s: string): Uint8Array => new Uint8Array(createHash('sha256').update(s).digest());
  const entry = (index: number, party: string, seq: number): NewEntry => ({
    index,
    leaf: `{"index":${index}}`,
    leafHash: hash(String(index)),
    party,
    seq,
  });

  describe('the PostgreSQL tables', () => {
    let schema: string;
    let log: EventLog;
    before(async () => {
      schema = freshSchema();
      log = await openPostgresEventLog(url, { schema });
      await log.append([entry(0, 'RU', 1), entry(1, 'RU', 2)], [{ level: 1, index: 0, hash: hash('1/0') }]);
    });
    after(() => log.close());

    for (const sql of [
      "UPDATE entries SET leaf = 'x'",
      'DELETE FROM entries',
      'TRUNCATE entries',
      "UPDATE nodes SET hash = decode(repeat('00', 32), 'hex')",
      'DELETE FROM nodes',
      'TRUNCATE nodes',
      'DELETE FROM entries WHERE false',
    ]) {
      it(`refuse \`${sql}\` from another connection`, async () => {
        await assert.rejects(admin.query(`SET search_path TO ${schema}; ${sql}`), /the log is append-only/);
        assert.deepEqual(await log.entries(0, 10), ['{"index":0}', '{"index":1}']);
        assert.deepEqual(await log.nodes([{ level: 1, index: 0 }]), [hash('1/0')]);
        assert.deepEqual(await log.nodes([{ level: 0, index: 1 }]), [hash('1')]);
      });
    }

    it('refuse a leaf hash stored again as a node of level 0', async () => {
      await assert.rejects(
        admin.query(`INSERT INTO ${schema}.nodes VALUES (0, 1, decode(repeat('00', 32), 'hex'))`),
        /nodes_above_leaves/,
      );
    });
  });

  describe('PostgreSQL stores sharing a schema', () => {
    it('let exactly one of two concurrent appends at the same index succeed, the other getting IndexConflictError', async () => {
      const schema = freshSchema();
      const [a, b] = await Promise.all([
        openPostgresEventLog(url, { schema }),
        openPostgresEventLog(url, { schema }),
      ]);
      try {
        for (let i = 0; i < 20; i++) {
          const results = await Promise.allSettled([
            a.append([entry(i, 'RU', i + 1)], []),
            b.append([entry(i, 'US', i + 1)], []),
          ]);
          const refused = results.filter((r) => r.status === 'rejected');
          assert.equal(refused.length, 1, `round ${i}`);
          assert.ok(refused[0]?.reason instanceof IndexConflictError);
        }
        assert.equal(await a.size(), 20);
        assert.equal((await b.entries(0, 100)).length, 20);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });

    it('serialise writers that retry on IndexConflictError into one log without gaps', async () => {
      const schema = freshSchema();
      const parties = ['RU', 'US', 'DE', 'FR'];
      const stores = await Promise.all(parties.map(() => openPostgresEventLog(url, { schema })));
      try {
        await Promise.all(
          stores.map(async (log, w) => {
            const party = parties[w] as string;
            for (let seq = 1; seq <= 10; seq++) {
              for (;;) {
                try {
                  const index = await log.size();
                  const leaf = JSON.stringify({ index, party, seq });
                  await log.append([{ ...entry(index, party, seq), leaf }], []);
                  break;
                } catch (e) {
                  if (!(e instanceof IndexConflictError)) throw e;
                }
              }
            }
          }),
        );
        const [first] = stores as [EventLog];
        assert.equal(await first.size(), 40);
        const leaves = await first.entries(0, 40);
        assert.deepEqual(
          leaves.map((l) => (JSON.parse(l) as { index: number }).index),
          leaves.map((_, i) => i),
        );
        assert.deepEqual([...(await lastSeqs(first))].sort(), parties.map((p) => [p, 10]).sort());
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });
  });

  describe('the PostgreSQL migrations', () => {
    const applied = async (schema: string): Promise<{ version: number; name: string; applied_at: Date }[]> =>
      (
        await admin.query(
          `SELECT version, name, applied_at FROM ${schema}.schema_migrations ORDER BY version`,
        )
      ).rows as { version: number; name: string; applied_at: Date }[];

    it('are applied once when several connections open a new schema at the same time', async () => {
      const schema = freshSchema();
      const stores = await Promise.all(
        Array.from({ length: 6 }, () => openPostgresEventLog(url, { schema })),
      );
      await Promise.all(stores.map((s) => s.close()));
      assert.deepEqual(
        (await applied(schema)).map((m) => [m.version, m.name]),
        migrations.map((m) => [m.version, m.name]),
      );
    });

    it('are not run again when the store is opened again', async () => {
      const schema = freshSchema();
      await (await openPostgresEventLog(url, { schema })).close();
      const first = await applied(schema);
      await (await openPostgresEventLog(url, { schema })).close();
      assert.deepEqual(await applied(schema), first);
    });

    it('2 drops the copies of leaf hashes from nodes, but keeps one that differs from its entry', async () => {
      const schema = freshSchema();
      const pool = createPool(url, schema);
      try {
        await migrate(pool, schema, migrations.slice(0, 1));
      } finally {
        await pool.end();
      }
      for (const e of VERSION_1_ROWS.entries)
        await admin.query(`INSERT INTO ${schema}.entries VALUES ($1, $2, $3, 'RU', $4)`, [
          e.idx,
          e.leaf,
          Buffer.from(e.leafHash),
          e.seq,
        ]);
      for (const n of VERSION_1_ROWS.nodes)
        await admin.query(`INSERT INTO ${schema}.nodes VALUES ($1, $2, $3)`, [
          n.level,
          n.idx,
          Buffer.from(n.hash),
        ]);

      const log = await openPostgresEventLog(url, { schema });
      try {
        await assertReadsAfterMigration2(log);
      } finally {
        await log.close();
      }
      const { rows } = await admin.query<{ level: number; idx: string }>(
        `SELECT level, idx::text AS idx FROM ${schema}.nodes ORDER BY level, idx`,
      );
      assert.deepEqual(
        rows.map((r) => [r.level, Number(r.idx)]),
        VERSION_1_ROWS.kept,
      );
      await assert.rejects(admin.query(`DELETE FROM ${schema}.nodes`), /the log is append-only/);
    });

    it('refuse a schema newer than this program', async () => {
      const schema = freshSchema();
      await (await openPostgresEventLog(url, { schema })).close();
      await admin.query(
        `INSERT INTO ${schema}.schema_migrations (version, name) VALUES ($1, 'from the future')`,
        [migrations.length + 1],
      );
      await assert.rejects(
        openPostgresEventLog(url, { schema }),
        (e: unknown) => e instanceof StoreError && e.code === 'schema_too_new',
      );
    });
  });

  describe('the PostgreSQL connections', () => {
    it('commit synchronously and use the schema asked for, keeping options given in the URL', async () => {
      const u = new URL(url);
      u.searchParams.set('options', '-c statement_timeout=12345');
      const pool = createPool(u.toString(), 'est_some_schema');
      try {
        const show = async (name: string): Promise<unknown> =>
          (await pool.query<Record<string, unknown>>(`SHOW ${name}`)).rows[0]?.[name];
        assert.equal(await show('synchronous_commit'), 'on');
        assert.equal(await show('search_path'), 'est_some_schema');
        assert.equal(await show('statement_timeout'), '12345ms');
      } finally {
        await pool.end();
      }
    });

    it('refuse a schema name that is not a plain identifier', async () => {
      await assert.rejects(
        openPostgresEventLog(url, { schema: 'x; DROP TABLE y' }),
        (e: unknown) => e instanceof StoreError && e.code === 'bad_schema',
      );
    });

    it('reject, and do not throw, when the server cannot be reached', async () => {
      await assert.rejects(openPostgresEventLog('postgres://postgres@127.0.0.1:1/test'), StoreError);
    });

    it('reject calls after the store is closed', async () => {
      const log = await openPostgresEventLog(url, { schema: freshSchema() });
      await log.close();
      await log.close();
      await assert.rejects(log.size(), StoreError);
    });

    it('are opened from a --db URL', async () => {
      const spec = storeSpec(url, 'unused');
      assert.equal(spec.kind, 'postgres');
      const log = await openStore({ ...spec, kind: 'postgres', url, schema: freshSchema() });
      assert.equal(await log.size(), 0);
      await log.close();
    });
  });
}
