import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { Filer } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'est.js');

interface Running {
  readonly proc: ChildProcess;
  readonly url: string;
  readonly stdout: () => string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `est serve --port 0` and waits until it prints its address and the rest of its banner. */
function serve(args: readonly string[], env: Record<string, string> = {}): Promise<Running> {
  const clean = { ...process.env };
  for (const k of ['DATABASE_URL', 'EST_ADMIN_TOKEN', 'EST_DATA_DIR']) delete clean[k];
  const proc = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
    cwd: ROOT,
    env: { ...clean, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((done) => proc.once('exit', (code) => done(code)));
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`est serve did not start in time:\n${out}\n${err}`));
    }, 20_000);
    proc.stderr?.on('data', (b: Buffer) => (err += b.toString()));
    proc.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m && out.includes('Ctrl-C stops')) {
        clearTimeout(timer);
        resolveStart({
          proc,
          url: m[1] as string,
          stdout: () => out,
          stop: () => {
            proc.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`est serve exited with ${code}:\n${out}\n${err}`));
    });
  });
}

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'est-serve-'));
  dirs.push(d);
  return d;
};
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const get = async (url: string) => {
  const r = await fetch(url);
  assert.equal(r.status, 200, url);
  return r;
};

describe('est serve', () => {
  it('serves signed filings, and after a restart on the same data has the same log and root', async () => {
    const data = tempDir();
    const first = await serve(['--data', data]);
    let checkpoint: string;
    let size: number;
    const ru = new Filer('RU');
    try {
      assert.match(first.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const token = /ADMIN TOKEN[^\n]*\n\s+(\S+)/.exec(first.stdout())?.[1];
      assert.ok(token, first.stdout());
      assert.equal(statSync(data).mode & 0o777, 0o700);
      assert.equal(statSync(join(data, 'depositary.key')).mode & 0o777, 0o600);

      const lodged = await fetch(`${first.url}/api/v1/admin/parties/RU/keys`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ publicKey: ru.publicKeyBase64 }),
      });
      assert.equal(lodged.status, 201, await lodged.clone().text());
      // The key lodged is an entry of the log; the filing comes after it.
      const key = (await lodged.json()) as { keyId: string; receipt: { index: number } };
      assert.equal(key.keyId, ru.keyId);
      const filed = await fetch(`${first.url}/api/v1/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(ru.envelope({ act: 'sign' })),
      });
      assert.equal(filed.status, 201, await filed.clone().text());
      const receipt = (await filed.json()) as { index: number; checkpoint: string };
      assert.equal(receipt.index, key.receipt.index + 1);
      size = receipt.index + 1;
      assert.deepEqual(await (await get(`${first.url}/healthz`)).json(), { ok: true, size });
      checkpoint = await (await get(`${first.url}/api/v1/log/checkpoint`)).text();
      assert.equal(checkpoint, receipt.checkpoint, 'the receipt carries the latest checkpoint');
    } finally {
      assert.equal(await first.stop(), 0, 'a graceful stop exits 0');
    }

    const second = await serve(['--data', data]);
    try {
      assert.doesNotMatch(second.stdout(), /ADMIN TOKEN/);
      assert.match(second.stdout(), new RegExp(`log +${size} ${size === 1 ? 'entry' : 'entries'},`));
      assert.deepEqual(await (await get(`${second.url}/healthz`)).json(), { ok: true, size });
      assert.equal(await (await get(`${second.url}/api/v1/log/checkpoint`)).text(), checkpoint);
      const party = (await (await get(`${second.url}/api/v1/parties/RU`)).json()) as {
        nextSeq: number;
        keys: { keyId: string; revokedAt: string | null }[];
      };
      assert.equal(party.nextSeq, 2);
      // The key is read back from the log.
      assert.deepEqual(
        party.keys.map((k) => [k.keyId, k.revokedAt]),
        [[ru.keyId, null]],
      );
      // Seq 1 again: the same signed filing is answered with its receipt (Ed25519 signatures are
      // deterministic, so this is the envelope logged before the restart); another act is refused.
      const post = (body: unknown) =>
        fetch(`${second.url}/api/v1/submissions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
      const again = await post(ru.envelope({ act: 'sign' }, 1));
      assert.equal(again.status, 200);
      assert.equal(((await again.json()) as { index: number }).index, size - 1);
      const replay = await post(ru.envelope({ act: 'ratify' }, 1));
      assert.equal(replay.status, 409);
    } finally {
      assert.equal(await second.stop(), 0);
    }
  });

  it('files the demo history into an empty log with --demo, and takes EST_ADMIN_TOKEN', async () => {
    const data = tempDir();
    const s = await serve(['--data', data, '--demo'], { EST_ADMIN_TOKEN: 'a-token-from-the-environment' });
    try {
      assert.match(s.stdout(), /demo: filed \d+ signed acts/);
      assert.doesNotMatch(s.stdout(), /ADMIN TOKEN/);
      const outcome = (await (await get(`${s.url}/api/v1/treaty`)).json()) as { inForce: boolean };
      assert.equal(outcome.inForce, true);
      const revoke = await fetch(`${s.url}/api/v1/admin/parties/RU/keys/0000000000000000`, {
        method: 'DELETE',
        headers: { Authorization: 'Bearer a-token-from-the-environment' },
      });
      assert.equal(revoke.status, 404, 'the token is accepted; the key is unknown');
    } finally {
      assert.equal(await s.stop(), 0);
    }
  });

  it('names a data directory it cannot write, and what to do (exit 1, no stack)', () => {
    const data = tempDir();
    // As root every directory is writable: the service then runs as nobody, who may not write it.
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) chmodSync(data, 0o500);
    const r = spawnSync(process.execPath, [BIN, 'serve', '--port', '0', '--data', data], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '', EST_ADMIN_TOKEN: '', HOME: tmpdir() },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    if (!asRoot) chmodSync(data, 0o700);
    assert.equal(r.status, 1, r.stderr);
    assert.match(
      r.stderr,
      /the data directory .* cannot be written \(EACCES\).*Give it a directory it may write/,
    );
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });

  it('refuses to start with an origin other than the one the log was started with', async () => {
    const data = tempDir();
    const s = await serve(['--data', data, '--origin', 'depositary.example/est']);
    assert.match(s.stdout(), /origin +depositary\.example\/est/);
    assert.equal(await s.stop(), 0);
    await assert.rejects(
      serve(['--data', data, '--origin', 'other.example/est']),
      /exited with 1[\s\S]*origin is depositary\.example\/est/,
    );
  });

  it('shows the admin token at every start until its first use; a port in use says how to choose another; est admin token --reset replaces it', async () => {
    const data = tempDir();
    const tokenOf = (r: Running) => /ADMIN TOKEN[^\n]*\n\s+(\S+)/.exec(r.stdout())?.[1];
    const first = await serve(['--data', data]);
    const made = tokenOf(first);
    assert.ok(made, first.stdout());
    // A second start on a port in use (with a data directory of its own: this one is locked by the
    // first) fails after its setup: it names the way out and loses nothing.
    const port = new URL(first.url).port;
    const clash = spawnSync(process.execPath, [BIN, 'serve', '--port', port, '--data', tempDir()], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '', EST_ADMIN_TOKEN: '' },
    });
    assert.equal(clash.status, 1, clash.stderr);
    assert.match(clash.stderr, /port is in use.*--port N.*npm start -- --port N/);
    assert.doesNotMatch(clash.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(await first.stop(), 0);

    // Not used yet: the next start shows the same token again.
    const second = await serve(['--data', data]);
    assert.equal(tokenOf(second), made);
    assert.match(second.stdout(), /not used yet/);
    const wrong = await fetch(`${second.url}/api/v1/admin/parties/RU/keys/0000000000000000`, {
      method: 'DELETE',
      headers: { Authorization: 'Bearer not-the-token' },
    });
    assert.equal(wrong.status, 401);
    assert.ok(existsSync(join(data, 'admin-token')), 'a refused token does not count as a use');
    const used = await fetch(`${second.url}/api/v1/admin/parties/RU/keys/0000000000000000`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${made}` },
    });
    assert.equal(used.status, 404, 'the token is accepted; the key is unknown');
    assert.equal(existsSync(join(data, 'admin-token')), false, 'used: only its hash is kept');
    assert.equal(await second.stop(), 0);

    const third = await serve(['--data', data]);
    assert.equal(tokenOf(third), undefined);
    assert.match(third.stdout(), /est admin token --reset --data/);
    assert.equal(await third.stop(), 0);

    const est = (...args: string[]) =>
      spawnSync(process.execPath, [BIN, ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: '', EST_ADMIN_TOKEN: '' },
      });
    const shown = est('admin', 'token', '--data', data);
    assert.equal(shown.status, 0, shown.stderr);
    assert.match(shown.stdout, /has been used/);
    const reset = est('admin', 'token', '--reset', '--data', data);
    assert.equal(reset.status, 0, reset.stderr);
    const fresh = /^\s+(\S+)$/m.exec(reset.stdout)?.[1];
    assert.ok(fresh && fresh !== made, reset.stdout);
    assert.equal(statSync(join(data, 'admin-token')).mode & 0o777, 0o600);

    const fourth = await serve(['--data', data]);
    try {
      assert.equal(tokenOf(fourth), fresh);
      const old = await fetch(`${fourth.url}/api/v1/admin/parties/RU/keys/0000000000000000`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${made}` },
      });
      assert.equal(old.status, 401, 'the old token no longer works');
      const renewed = await fetch(`${fourth.url}/api/v1/admin/parties/RU/keys/0000000000000000`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${fresh}` },
      });
      assert.equal(renewed.status, 404);
    } finally {
      assert.equal(await fourth.stop(), 0);
    }
    const missing = est('admin', 'token', '--data', join(data, 'nowhere'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no such folder/);
  });
});
