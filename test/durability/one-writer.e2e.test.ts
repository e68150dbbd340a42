/**
 * One writer per store, and a depositary that outlives its database connections.
 *
 * - SQLite: a second `est serve` on a data directory in use is refused (exit 75), naming the
 *   directory and the process; once that process is gone, even by SIGKILL, the directory is free.
 * - PostgreSQL (when DATABASE_URL is set): a second `est serve` on the same store is refused (exit
 *   75), naming the holder as pg_stat_activity knows it. Every connection of the service is cut
 *   again and again, while it is idle and while 16 clients file: the process stays up, filers get
 *   503 with Retry-After (never a 500), a filer that sends the same envelope again gets its receipt,
 *   and in the end every acknowledged filing is in the log exactly once, each Party's seqs without a
 *   gap. A process whose writer lock another one took while its connection was down stops (75).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { TestContext } from 'node:test';
import pg from 'pg';
import { Filer, actFor, partyIds } from '../../src/app/testing.ts';
import type { Entry, Envelope } from '../../src/log/entry.ts';
import { databaseUrl } from '../support/env.ts';
import type { Receipt } from './helpers.ts';
import {
  allEntries,
  file,
  freshSchema,
  getJson,
  killLeftovers,
  lodge,
  runEst,
  serve,
  sleep,
  stop,
} from './helpers.ts';

const DATABASE_URL = databaseUrl();
const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  killLeftovers();
  for (const c of cleanups.reverse()) await c();
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'est-one-writer-'));
  cleanups.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

describe('one est serve per data directory (SQLite)', () => {
  it('refuses a second one, naming the directory and the process, and frees the directory when the first is killed', async () => {
    const data = tempDir();
    const first = await serve({ data });
    const second = await runEst(['serve', '--port', '0', '--data', data]);
    assert.equal(second.code, 75, second.stderr);
    assert.match(
      second.stderr,
      new RegExp(`the data directory ${data} is in use by est serve \\(pid ${first.proc.pid} on `),
    );
    assert.doesNotMatch(second.stderr, /\n\s+at /, 'no stack trace');
    // The first goes on serving, untouched.
    assert.equal((await getJson<{ ok: boolean }>(`${first.url}/healthz`)).ok, true);
    first.proc.kill('SIGKILL');
    await first.exited;
    const third = await serve({ data });
    assert.equal(await stop(third), 0);
  });
});

/** Cuts the PostgreSQL connections of the process `pid` (those whose application_name names it). */
async function cut(admin: pg.Client, pid: number, which: 'all' | 'lock' = 'all'): Promise<number> {
  const pattern = which === 'lock' ? `est serve pid ${pid} on %` : `% pid ${pid} on %`;
  const { rows } = await admin.query<{ n: string }>(
    `SELECT count(pg_terminate_backend(pid))::text AS n FROM pg_stat_activity
     WHERE application_name LIKE $1 AND pid <> pg_backend_pid()`,
    [pattern],
  );
  return Number(rows[0]?.n ?? 0);
}

/** Files an envelope until the depositary gives a definitive answer; 503s are retried with the same envelope. */
async function fileUntilAnswered(
  url: string,
  envelope: Envelope,
  seen: { retries: number; statuses: Set<number> },
) {
  for (let attempt = 0; ; attempt += 1) {
    let status: number;
    let text: string;
    try {
      ({ status, text } = await file(url, envelope, 30_000));
    } catch {
      // The connection itself failed (it should not): count it and try again.
      status = 0;
      text = '';
    }
    seen.statuses.add(status);
    if (status === 201 || status === 200) return JSON.parse(text) as Receipt;
    assert.ok(status === 503 || status === 0, `status ${status}: ${text}`);
    assert.ok(attempt < 200, `no answer after ${attempt} tries: ${text}`);
    seen.retries += 1;
    await sleep(100);
  }
}

async function pgServe(t: TestContext) {
  if (DATABASE_URL === undefined) {
    t.skip('DATABASE_URL is not set');
    return null;
  }
  const schema = await freshSchema(DATABASE_URL, 'est_one_writer');
  cleanups.push(() => schema.drop());
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  cleanups.push(() => admin.end());
  const served = await serve({ data: tempDir(), db: schema.url });
  return { schema, admin, served };
}

describe('one writer per PostgreSQL store, through lost connections', () => {
  it('refuses a second est serve on the same store, naming the holder', async (t) => {
    const s = await pgServe(t);
    if (s === null) return;
    const second = await runEst(['serve', '--port', '0', '--data', tempDir(), '--db', s.schema.url]);
    assert.equal(second.code, 75, second.stderr);
    assert.match(second.stderr, /another depositary writes to this PostgreSQL store/);
    assert.match(second.stderr, new RegExp(`est serve pid ${s.served.proc.pid} on `));
    assert.doesNotMatch(second.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(await stop(s.served), 0);
  });

  it('stays up while its connections are cut, idle and under load, and loses or doubles no acknowledged filing', async (t) => {
    const s = await pgServe(t);
    if (s === null) return;
    const { admin, served } = s;
    const pid = served.proc.pid as number;
    const filers = partyIds(16).map((p) => new Filer(p));
    await lodge(served.url, filers);

    // Idle: every connection cut, twice (the second time the writer lock's connection, retaken
    // after a second, is cut again); the next filing is taken all the same.
    for (let i = 0; i < 2; i += 1) {
      assert.ok((await cut(admin, pid)) >= 1, 'the service had connections to cut');
      await sleep(1_500);
    }
    const seen = { retries: 0, statuses: new Set<number>() };
    const acked = new Map<string, Receipt>();
    const ids = filers.map((f) => f.party);
    const one = filers[0] as Filer;
    acked.set(
      `${one.party}/1`,
      await fileUntilAnswered(served.url, one.envelope(actFor(one.party, 1, ids)), seen),
    );

    // Under load: 16 clients file in turn while the connections are cut every 250 ms.
    let filing = true;
    const clients = filers.map(async (f) => {
      while (filing) {
        const seq = f.seq + 1;
        const envelope = f.envelope(actFor(f.party, seq, ids));
        acked.set(`${f.party}/${seq}`, await fileUntilAnswered(served.url, envelope, seen));
      }
    });
    // Cut until ten cuts have found connections to cut (it reconnects in between), 30 s at most.
    let cuts = 0;
    const until = Date.now() + 30_000;
    while (cuts < 10 && Date.now() < until) {
      await sleep(250);
      cuts += (await cut(admin, pid)) > 0 ? 1 : 0;
    }
    filing = false;
    await Promise.all(clients);

    assert.equal(served.proc.exitCode, null, `est serve is still running:\n${served.stderr()}`);
    assert.ok(cuts >= 10, `the connections were cut ${cuts} times`);
    assert.ok(!seen.statuses.has(500), `no 500 (${[...seen.statuses].join(', ')})`);
    assert.doesNotMatch(served.stderr(), /Unhandled|uncaught|\n\s+at /i, served.stderr());

    // Every acknowledged filing once, at its receipt's index; each Party's seqs 1..n with no gap.
    const size = (await getJson<{ size: number }>(`${served.url}/api/v1/settings`)).size;
    const entries = (await allEntries(served.url, size)).map((l) => JSON.parse(l) as Entry);
    const byKey = new Map<string, number[]>();
    for (const e of entries) {
      const k = `${e.envelope.party}/${e.envelope.seq}`;
      byKey.set(k, [...(byKey.get(k) ?? []), e.index]);
    }
    for (const [k, r] of acked)
      assert.deepEqual(byKey.get(k), [r.index], `${k} is logged once, at ${r.index}`);
    for (const f of filers) {
      const seqs = entries.filter((e) => e.envelope.party === f.party).map((e) => e.envelope.seq);
      assert.deepEqual(
        seqs,
        Array.from({ length: seqs.length }, (_, i) => i + 1),
        `${f.party}'s seqs`,
      );
      assert.equal(seqs.length, f.seq, `${f.party}: every filing it made is logged, none more`);
    }
    t.diagnostic(`${acked.size} filings acknowledged, ${cuts} cuts, ${seen.retries} retries after 503`);
    assert.equal(await stop(served), 0);
  });

  it('retakes its writer lock after losing it; stops (75) if another process took it meanwhile', async (t) => {
    const s = await pgServe(t);
    if (s === null) return;
    const { admin, served, schema } = s;
    const pid = served.proc.pid as number;
    const ru = new Filer('RU');
    await lodge(served.url, [ru]);
    assert.equal(await cut(admin, pid, 'lock'), 1, 'one lock connection');
    const deadline = Date.now() + 20_000;
    while (!/filings taken again/.test(served.stderr())) {
      assert.ok(Date.now() < deadline, served.stderr());
      await sleep(100);
    }
    assert.match(served.stderr(), /filings held: the depositary lost its writer lock/);
    const seen = { retries: 0, statuses: new Set<number>() };
    await fileUntilAnswered(served.url, ru.envelope({ act: 'sign' }), seen);

    // Now someone else takes the lock while the connection is down: the service must stop.
    const rival = new pg.Client({ connectionString: DATABASE_URL, application_name: 'rival writer' });
    await rival.connect();
    cleanups.push(() => rival.end());
    assert.equal(await cut(admin, pid, 'lock'), 1);
    await rival.query("SELECT pg_advisory_lock(hashtext('est:writer'), hashtext($1))", [schema.schema]);
    assert.equal(await served.exited, 75, served.stderr());
    assert.match(served.stderr(), /another process took this store's writer lock.*rival writer/);
  });
});
