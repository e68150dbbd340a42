/**
 * A tree node deleted from a real SQLite store (issue 15, item 6). Not on the tree's right edge, est
 * serve starts, and a proof that needs the node is a 500 `store-damaged` naming it, logged on one
 * line; est verify --data names it too. On the right edge, est serve refuses to start, exit status
 * 1, naming the node, the entries it covers, that the store is damaged and what to do; so does est
 * log export --data. Never "internal error", never a stack.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { Filer } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'est.js');
const TOKEN = 'damaged-store-admin-token';

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, EST_ADMIN_TOKEN: TOKEN };
  for (const k of ['DATABASE_URL', 'EST_DATA_DIR', 'EST_DEBUG']) delete env[k];
  return env;
}

interface Running {
  readonly url: string;
  readonly stderr: () => string;
  stop(): Promise<number | null>;
}

/** Starts `est serve --port 0 --data DIR` and waits for its banner. */
function serve(data: string): Promise<Running> {
  const proc: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', data], {
    cwd: ROOT,
    env: cleanEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((done) => proc.once('exit', (code) => done(code)));
  proc.stderr?.on('data', (b: Buffer) => (err += b.toString()));
  return new Promise((started, failed) => {
    proc.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m && out.includes('Ctrl-C stops'))
        started({
          url: m[1] as string,
          stderr: () => err,
          stop: () => {
            proc.kill('SIGTERM');
            return exited;
          },
        });
    });
    void exited.then((code) => failed(new Error(`est serve exited with ${code}:\n${out}\n${err}`)));
  });
}

/** Runs est to its end. */
function est(args: readonly string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: cleanEnv(), encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Deletes a node row behind the store's back (its append-only trigger set aside, then put back). */
function deleteNode(data: string, level: number, index: number): void {
  const db = new Database(join(data, 'est.db'));
  try {
    const trigger = db
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'nodes_no_delete'")
      .pluck()
      .get() as string;
    db.exec('DROP TRIGGER nodes_no_delete');
    const gone = db.prepare('DELETE FROM nodes WHERE level = ? AND idx = ?').run(level, index);
    assert.equal(gone.changes, 1, `node ${level}/${index} was stored`);
    db.exec(trigger);
  } finally {
    db.close();
  }
}

describe('a store that has lost a tree node', () => {
  const data = mkdtempSync(join(tmpdir(), 'est-damaged-'));
  dirs.push(data);

  it('is filled with four entries (the nodes 1/0, 1/1 and 2/0 stored)', async () => {
    const s = await serve(data);
    try {
      for (const party of ['RU', 'US', 'GB', 'FR']) {
        const r = await fetch(`${s.url}/api/v1/admin/parties/${party}/keys`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ publicKey: new Filer(party).publicKeyBase64 }),
        });
        assert.equal(r.status, 201, await r.clone().text());
      }
    } finally {
      assert.equal(await s.stop(), 0);
    }
  });

  it('off the right edge: est serve starts, and a proof that needs the node is a named 500, logged on one line', async () => {
    deleteNode(data, 1, 0);
    const s = await serve(data);
    let stderr: string;
    try {
      const r = await fetch(`${s.url}/api/v1/log/proof/inclusion?index=2&size=4`);
      const body = (await r.json()) as { type: string; detail: string };
      assert.equal(r.status, 500, JSON.stringify(body));
      assert.equal(r.headers.get('content-type'), 'application/problem+json');
      assert.equal(body.type, 'https://est.example/problems/store-damaged');
      assert.match(body.detail, /tree node 1\/0 \(the hash of entries 0 to 1\) is missing/);
      const fine = await fetch(`${s.url}/api/v1/log/proof/inclusion?index=0&size=4`);
      assert.equal(fine.status, 200, 'a proof that does not need the node is served');
      await fine.arrayBuffer();
    } finally {
      assert.equal(await s.stop(), 0);
      stderr = s.stderr();
    }
    const lines = stderr.split('\n').filter((l) => l.includes('failed:'));
    assert.equal(lines.length, 1, stderr);
    assert.match(
      lines[0] ?? '',
      /^est serve: GET \/api\/v1\/log\/proof\/inclusion failed: the store is damaged: tree node 1\/0 \(the hash of entries 0 to 1\) is not stored, and the log needs it\. Restore the store from a backup/,
    );
    assert.doesNotMatch(stderr, /\n\s+at |internal error/);

    const verified = est(['verify', '--data', data]);
    assert.equal(verified.code, 1, `${verified.stdout}${verified.stderr}`);
    assert.match(
      verified.stdout,
      /tree node 1\/0 \(the hash of entries 0 to 1\) is not stored: the store is damaged/,
    );
  });

  it('on the right edge: est serve does not start (exit 1), naming the node, its entries and what to do', () => {
    deleteNode(data, 2, 0);
    const r = spawnSync(process.execPath, [BIN, 'serve', '--port', '0', '--data', data], {
      cwd: ROOT,
      env: cleanEnv(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(r.status, 1, `${r.stdout}${r.stderr}`);
    assert.match(
      r.stderr,
      /^est: .*the store is damaged: tree node 2\/0 \(the hash of entries 0 to 3\) is not stored, and the log needs it\. Restore the store from a backup .*est mirror.*est log export --server MIRROR_URL/m,
    );
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);

    const exported = est(['log', 'export', '--data', data]);
    assert.equal(exported.code, 1, exported.stderr);
    assert.match(exported.stderr, /the store is damaged: tree node 2\/0 \(the hash of entries 0 to 3\)/);
  });
});
