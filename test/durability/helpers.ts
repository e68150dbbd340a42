/**
 * Helpers of the durability tests: `est serve` as a child process (started, killed, restarted on the
 * same data), lodging the filers' keys, a fresh PostgreSQL schema per run, and reading the whole log
 * back over HTTP.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve, join } from 'node:path';
import pg from 'pg';
import type { Filer } from '../../src/app/testing.ts';
import { fromBase64 } from '../../src/log/bytes.ts';
import type { Envelope } from '../../src/log/entry.ts';
import type { Hash } from '../../src/log/merkle.ts';
import { nodeHash, splitPoint } from '../../src/log/merkle.ts';
import { sha256 } from '../../src/log/node-crypto.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'est.js');
export const ADMIN_TOKEN = 'durability-admin-token';

/** An `est serve` child process. */
export interface Served {
  readonly proc: ChildProcess;
  readonly url: string;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  readonly exited: Promise<number | string | null>;
}

const children = new Set<ChildProcess>();

/** SIGKILLs every child still running (for `after`). */
export function killLeftovers(): void {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  children.clear();
}

/** The environment of a child: no DATABASE_URL or EST_* of ours leaks in; the admin token is set. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['DATABASE_URL', 'EST_ADMIN_TOKEN', 'EST_DATA_DIR']) delete env[k];
  return { ...env, EST_ADMIN_TOKEN: ADMIN_TOKEN, ...extra };
}

/** Runs `est <args>` to completion; resolves with its code and output (never rejects on exit codes). */
export function runEst(
  args: readonly string[],
  timeoutMs = 120_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const proc = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(proc);
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  proc.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      fail(new Error(`est ${args.join(' ')} took over ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      children.delete(proc);
      // 'exit' may come before the pipes are drained.
      setImmediate(() => done({ code, stdout, stderr }));
    });
  });
}

/**
 * Starts `est serve --port 0 --rate-limit 0 --data DIR [--db URL] [ARGS...]` and waits (polling its
 * output) for the address line. Rejects with the output when it exits first or takes over
 * `timeoutMs`. `env` adds to the child's environment (the admin token is ADMIN_TOKEN by default).
 */
export function serve(options: {
  data: string;
  db?: string;
  args?: readonly string[];
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<Served> {
  const args = ['serve', '--port', '0', '--rate-limit', '0', '--data', options.data];
  if (options.db !== undefined) args.push('--db', options.db);
  args.push(...(options.args ?? []));
  return startEst(args, options);
}

/**
 * Starts `est ARGS...` (any command that serves: `est serve`, `est mirror`, `est witness serve`)
 * and waits (polling its output) for its address line, `listening on http://...`, and for `ready`
 * too when given (the end of its banner, say). Rejects with the output when it exits first or
 * takes over `timeoutMs`. `env` adds to the child's environment.
 */
export function startEst(
  args: readonly string[],
  options: { env?: Record<string, string>; ready?: RegExp; timeoutMs?: number } = {},
): Promise<Served> {
  const what = `est ${args[0] ?? ''}`;
  const proc = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: childEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(proc);
  let out = '';
  let err = '';
  proc.stdout.on('data', (b: Buffer) => (out += b.toString()));
  proc.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const exited = new Promise<number | string | null>((done) =>
    proc.once('exit', (code, signal) => {
      children.delete(proc);
      setImmediate(() => done(code ?? signal));
    }),
  );
  const timeoutMs = options.timeoutMs ?? 60_000;
  return new Promise((started, failed) => {
    let gone = false;
    void exited.then((code) => {
      gone = true;
      failed(new Error(`${what} exited with ${code} before it listened:\n${out}\n${err}`));
    });
    const since = Date.now();
    const poll = () => {
      if (gone) return;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m && (options.ready === undefined || options.ready.test(out))) {
        started({ proc, url: m[1] as string, stdout: () => out, stderr: () => err, exited });
        return;
      }
      if (Date.now() - since > timeoutMs) {
        proc.kill('SIGKILL');
        failed(new Error(`${what} did not print its address in ${timeoutMs} ms:\n${out}\n${err}`));
        return;
      }
      setTimeout(poll, 25);
    };
    poll();
  });
}

/** `est serve` on a data directory with more arguments: its address, and a way to stop it. */
export async function serveAt(
  data: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<{ readonly url: string; stop(): Promise<unknown> }> {
  const served = await serve({ data, args, env });
  return { url: served.url, stop: () => stop(served) };
}

/** SIGTERM, and the exit code. */
export async function stop(s: Served): Promise<number | string | null> {
  s.proc.kill('SIGTERM');
  return s.exited;
}

/** JSON from a GET, asserting 200. */
export async function getJson<T>(url: string): Promise<T> {
  const r = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const text = await r.text();
  assert.equal(r.status, 200, `${url}: ${text}`);
  return JSON.parse(text) as T;
}

export async function getText(url: string): Promise<string> {
  const r = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const text = await r.text();
  assert.equal(r.status, 200, `${url}: ${text}`);
  return text;
}

/**
 * Lodges each Party's key through the admin route: each is an entry of the log. Returns the
 * receipts of those entries, in order.
 */
export async function lodge(url: string, parties: readonly Filer[]): Promise<Receipt[]> {
  const receipts: Receipt[] = [];
  for (const p of parties) {
    const r = await fetch(`${url}/api/v1/admin/parties/${p.party}/keys`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ publicKey: p.publicKeyBase64 }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await r.text();
    assert.equal(r.status, 201, `lodging ${p.party}: ${text}`);
    const body = JSON.parse(text) as { party: string; keyId: string; receipt: Receipt };
    assert.equal(body.keyId, p.keyId, `the key id of ${p.party}'s key`);
    receipts.push(body.receipt);
  }
  return receipts;
}

/** Revokes a Party's key through the admin route; the receipt of the revoking entry. */
export async function revoke(url: string, party: string, keyId: string): Promise<Receipt> {
  const r = await fetch(`${url}/api/v1/admin/parties/${party}/keys/${keyId}`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    signal: AbortSignal.timeout(30_000),
  });
  const text = await r.text();
  assert.equal(r.status, 200, `revoking ${keyId} of ${party}: ${text}`);
  return (JSON.parse(text) as { receipt: Receipt }).receipt;
}

export interface Receipt {
  readonly index: number;
  readonly leafHash: string;
  readonly receivedAt: string;
  readonly outcome: { readonly accepted: boolean };
  readonly rules: string;
  /** The signed checkpoint of the tree the entry's batch made. */
  readonly checkpoint: string;
  /** The entry's inclusion proof in that tree, c2sp.org/tlog-proof@v1 text. */
  readonly proof: string;
}

/** Files one envelope; the response's status and body text. */
export async function file(
  url: string,
  envelope: Envelope,
  timeoutMs = 60_000,
): Promise<{ status: number; text: string }> {
  const r = await fetch(`${url}/api/v1/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(envelope),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: r.status, text: await r.text() };
}

/** Every leaf text of the log's first `size` entries, a page at a time. */
export async function allEntries(url: string, size: number): Promise<string[]> {
  const out: string[] = [];
  while (out.length < size) {
    const { entries } = await getJson<{ entries: string[] }>(
      `${url}/api/v1/log/entries?start=${out.length}&end=${size}`,
    );
    assert.ok(entries.length > 0, `no entries from ${out.length}`);
    out.push(...entries);
  }
  return out;
}

/**
 * The RFC 9162 root over leaf hashes by its recursive definition (MTH, section 2.1.1), independent
 * of the right-edge code the depositary and the verifier use.
 */
export function merkleRoot(leaves: readonly Hash[]): Hash {
  if (leaves.length === 0) return sha256(new Uint8Array(0));
  if (leaves.length === 1) return leaves[0] as Hash;
  const k = splitPoint(leaves.length);
  return nodeHash(sha256, merkleRoot(leaves.slice(0, k)), merkleRoot(leaves.slice(k)));
}

export const base64Hashes = (hashes: readonly string[]): Hash[] =>
  hashes.map((h) => {
    const b = fromBase64(h);
    assert.ok(b !== null && b.length === 32, `not a base64 hash: ${h}`);
    return b;
  });

/**
 * A PostgreSQL schema of its own for one run, created now: the URL to give `--db` (the schema in
 * its `options=-c search_path=...`), and `drop()` to remove it with everything in it.
 */
export async function freshSchema(
  databaseUrl: string,
  prefix: string,
): Promise<{ url: string; schema: string; drop: () => Promise<void> }> {
  const schema = `${prefix}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  const u = new URL(databaseUrl);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: u.toString(),
    schema,
    drop: async () => {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await c.end();
      }
    },
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
