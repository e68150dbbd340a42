/**
 * Tampering with a stored row is detected. Entries are filed on SQLite, the server is stopped, and
 * someone with the database file drops the append-only triggers and rewrites one leaf (the outcome
 * of entry k flipped from accepted to refused). Then `est serve` must refuse to start, saying why,
 * and `est verify --data` must name entry k.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { Filer } from '../../src/app/testing.ts';
import { canonicalJson, leafHashOf } from '../../src/log/entry.ts';
import type { Entry } from '../../src/log/entry.ts';
import { nodeHash } from '../../src/log/merkle.ts';
import { sha256 } from '../../src/log/node-crypto.ts';
import type { Receipt } from './helpers.ts';
import { file, killLeftovers, lodge, runEst, serve, stop } from './helpers.ts';

const dirs: string[] = [];
after(() => {
  killLeftovers();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A data directory whose SQLite log holds signatures and ratifications of six Parties. */
async function filedLog(): Promise<{ data: string; receipts: Receipt[] }> {
  const data = mkdtempSync(join(tmpdir(), 'est-tamper-'));
  dirs.push(data);
  const parties = ['RU', 'US', 'DE', 'FR', 'PL', 'UA'].map((id) => new Filer(id));
  const s = await serve({ data });
  const receipts: Receipt[] = [];
  try {
    await lodge(s.url, parties);
    for (const [seq, act] of [
      [1, 'sign'],
      [2, 'ratify'],
    ] as const) {
      for (const p of parties) {
        const r = await file(s.url, p.envelope({ act }, seq));
        assert.equal(r.status, 201, r.text);
        receipts.push(JSON.parse(r.text) as Receipt);
      }
    }
  } finally {
    assert.equal(await stop(s), 0);
  }
  return { data, receipts };
}

/** The first accepted entry after the first few: the one to tamper with. */
function target(receipts: readonly Receipt[]): number {
  const k = receipts.findIndex((r, i) => i >= 3 && r.outcome.accepted);
  assert.ok(k >= 0, 'an accepted entry to tamper with');
  return k;
}

/** Opens the log's SQLite file, drops the append-only triggers, and applies `change`. */
function tamper(data: string, change: (db: Database.Database) => void): void {
  const db = new Database(join(data, 'est.db'));
  try {
    const triggers = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('entries', 'nodes')")
      .pluck()
      .all() as string[];
    assert.ok(triggers.length > 0, 'the log has append-only triggers');
    for (const t of triggers) db.exec(`DROP TRIGGER ${t}`);
    change(db);
  } finally {
    db.close();
  }
}

/** Entry k's leaf with its outcome flipped to refused. */
function flipped(db: Database.Database, k: number): string {
  const leaf = db.prepare('SELECT leaf FROM entries WHERE idx = ?').pluck().get(k) as string;
  const entry = JSON.parse(leaf) as Entry;
  assert.equal(entry.outcome.accepted, true);
  return canonicalJson({ ...entry, outcome: { accepted: false, violations: [] } });
}

/** Rewrites entry k as {@link flipped}, then every leaf hash and stored node from the leaves. */
function forge(db: Database.Database, k: number): void {
  db.prepare('UPDATE entries SET leaf = ? WHERE idx = ?').run(flipped(db, k), k);
  const leaves = db.prepare('SELECT leaf FROM entries ORDER BY idx').pluck().all() as string[];
  const setHash = db.prepare('UPDATE entries SET leaf_hash = ? WHERE idx = ?');
  const setNode = db.prepare('UPDATE nodes SET hash = ? WHERE level = ? AND idx = ?');
  let level = leaves.map((l) => leafHashOf(sha256, l));
  level.forEach((h, i) => {
    setHash.run(Buffer.from(h), i);
    setNode.run(Buffer.from(h), 0, i);
  });
  for (let lv = 1; level.length >= 2; lv += 1) {
    const up: Uint8Array[] = [];
    for (let i = 0; i + 1 < level.length; i += 2) {
      const h = nodeHash(sha256, level[i] as Uint8Array, level[i + 1] as Uint8Array);
      setNode.run(Buffer.from(h), lv, i / 2);
      up.push(h);
    }
    level = up;
  }
}

const verifyData = (data: string) => runEst(['verify', '--data', data]);
const hasVerifyData = async (): Promise<boolean> =>
  /--data\b/.test((await runEst(['verify', '--help'])).stdout);

describe('a stored leaf changed behind the depositary', { timeout: 300_000 }, () => {
  it('stops est serve from starting, with a message naming the problem; est verify --data names the entry', async () => {
    const { data, receipts } = await filedLog();
    const k = target(receipts);
    tamper(data, (db) => {
      db.prepare('UPDATE entries SET leaf = ? WHERE idx = ?').run(flipped(db, k), k);
    });

    await assert.rejects(
      serve({ data }),
      (e: Error) => {
        assert.match(e.message, /exited with [1-9]\d* before it listened/);
        assert.match(e.message, /the log does not hold together/);
        assert.match(e.message, new RegExp(`entry ${k}\\b`));
        assert.match(e.message, /est verify/);
        return true;
      },
      'est serve refuses a log whose entry no longer says what it said, naming the entry',
    );

    const verified = await verifyData(data);
    assert.notEqual(verified.code, 0, verified.stdout);
    assert.match(verified.stdout, new RegExp(`The log does NOT verify: entry ${k} does not match`));
  });

  it('is reported as a problem with the data (exit 1), not as an internal error of est (exit 70)', async () => {
    const { data, receipts } = await filedLog();
    const k = target(receipts);
    tamper(data, (db) => {
      db.prepare('UPDATE entries SET leaf = ? WHERE idx = ?').run(flipped(db, k), k);
    });
    await assert.rejects(serve({ data }), (e: Error) => {
      assert.match(e.message, /exited with 1 before it listened/);
      assert.doesNotMatch(e.message, /internal error/);
      return true;
    });
  });

  it('is named by est verify --data even when the leaf hash and the whole stored tree were rewritten to match', async (t) => {
    if (!(await hasVerifyData())) {
      t.todo('est verify --data is not written yet');
      return;
    }
    const { data, receipts } = await filedLog();
    const k = target(receipts);
    // A careful forger: the leaf hash and every stored node rewritten from the changed leaves.
    tamper(data, (db) => forge(db, k));
    // The stored tree now matches the leaves; only the engine, re-deciding entry k, sees it.
    const verified = await verifyData(data);
    assert.notEqual(verified.code, 0, verified.stdout);
    assert.match(verified.stdout, new RegExp(`The log does NOT verify: entry ${k} does not match`));
    assert.match(verified.stdout, /outcome/);
  });

  it('stops est serve from starting when the leaf hash and the whole stored tree were rewritten to match', async () => {
    const { data, receipts } = await filedLog();
    const k = target(receipts);
    tamper(data, (db) => forge(db, k));
    const started = await serve({ data }).then(
      async (s) => {
        await stop(s);
        return true;
      },
      () => false,
    );
    assert.equal(started, false, `est serve started on a log whose entry ${k} the engine decides otherwise`);
  });
});
