/**
 * Receipts that prove, tried as the operator would attack them: filings are made with
 * `est submit --receipt-out`; the server is stopped; someone with the database file drops the
 * append-only triggers and deletes the newest entry, the tree nodes over it and the checkpoint the
 * depositary kept; the server starts again on what is left and takes a new filing at the freed index.
 * `est verify --receipt` must then name the receipt of the deleted filing and its index, and still
 * pass the receipts of the filings the log holds.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { completedBy } from '../../src/log/merkle.ts';
import { parseReceiptFile } from '../../src/log/receipt.ts';
import { killLeftovers, runEst, serve, stop, ADMIN_TOKEN } from '../durability/helpers.ts';

const dirs: string[] = [];
after(() => {
  killLeftovers();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'est-receipts-'));
  dirs.push(d);
  return d;
}

async function submit(url: string, key: string, act: string, out: string): Promise<number> {
  const actFile = join(out, '..', `${act}.yaml`);
  writeFileSync(actFile, `act: ${act}\n`);
  const r = await runEst(['submit', '--server', url, '--key', key, '--receipt-out', out, actFile]);
  assert.equal(r.code, 0, r.stderr);
  const parsed = parseReceiptFile(readFileSync(out, 'utf8'));
  assert.ok(parsed.ok, 'the file est submit wrote is a receipt file');
  return parsed.file.receipt.index;
}

describe('est verify --receipt, after the operator deleted the newest filing', () => {
  it('names the receipt of the deleted filing and its index, and passes those still logged', async () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    const key = join(dir, 'ru.key');
    const made = await runEst(['keygen', '--party', 'RU', '--out', key, '--json']);
    assert.equal(made.code, 0, made.stderr);
    const { publicKey } = JSON.parse(made.stdout) as { publicKey: string };

    let s = await serve({ data });
    const lodged = await fetch(`${s.url}/api/v1/admin/parties/RU/keys`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ publicKey }),
    });
    assert.equal(lodged.status, 201);
    const receipts = ['sign', 'ratify', 'withdraw'].map((a) => join(dir, `${a}.receipt.json`));
    const indices: number[] = [];
    for (const [i, act] of ['sign', 'ratify', 'withdraw'].entries())
      indices.push(await submit(s.url, key, act, receipts[i] as string));
    const before = await runEst(['verify', '--server', s.url, ...receipts.flatMap((r) => ['--receipt', r])]);
    assert.equal(before.code, 0, before.stdout + before.stderr);
    assert.match(before.stdout, /All 3 receipts verify/);
    assert.equal(await stop(s), 0);

    // The operator, with the database file: the newest entry, the nodes it completed, the kept checkpoint.
    const newest = indices.at(-1) as number;
    const db = new Database(join(data, 'est.db'));
    db.exec('DROP TRIGGER entries_no_delete; DROP TRIGGER nodes_no_delete;');
    db.prepare('DELETE FROM entries WHERE idx = ?').run(newest);
    for (const n of completedBy(newest).filter((n) => n.level > 0))
      db.prepare('DELETE FROM nodes WHERE level = ? AND idx = ?').run(n.level, n.index);
    db.prepare("DELETE FROM settings WHERE name = 'checkpoint'").run();
    db.close();

    s = await serve({ data });
    try {
      const gone = await runEst(['verify', '--server', s.url, '--receipt', receipts[2] as string]);
      assert.equal(gone.code, 1, gone.stdout + gone.stderr);
      assert.match(gone.stdout, new RegExp(`withdraw\\.receipt\\.json: FAILS\\s+entry ${newest}`));
      assert.match(gone.stdout, /entries were removed/);

      // A new filing takes the freed index: the depositary has now signed two trees of one size.
      const again = join(dir, 'again.receipt.json');
      assert.equal(await submit(s.url, key, 'withdraw', again), newest);
      const forked = await runEst(['verify', '--server', s.url, '--receipt', receipts[2] as string]);
      assert.equal(forked.code, 1);
      assert.match(forked.stdout, /history was rewritten/);

      const kept = await runEst([
        'verify',
        '--server',
        s.url,
        '--receipt',
        receipts[0] as string,
        '--receipt',
        receipts[1] as string,
        '--receipt',
        again,
      ]);
      assert.equal(kept.code, 0, kept.stdout + kept.stderr);
      assert.match(kept.stdout, /All 3 receipts verify/);
    } finally {
      await stop(s);
    }
  });

  it('refuses a file that is not a receipt, naming it', async () => {
    const dir = tempDir();
    const s = await serve({ data: join(dir, 'data') });
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{"v":1}');
      const r = await runEst(['verify', '--server', s.url, '--receipt', bad]);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /bad\.json: NOT a receipt file/);
    } finally {
      await stop(s);
    }
  });
});
