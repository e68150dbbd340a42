/**
 * Test helpers for the witness: a log that signs checkpoints (and can fork: a second history under
 * the same key), RFC 9162 roots and consistency proofs computed here from the RFC's definitions
 * (not with src/log/merkle.ts, the code under test), and a spawned `est witness serve`.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ed25519Sign, privateKeyFromSeed, rawPublicKey, sha256 } from '../../src/log/node-crypto.ts';
import type { NoteKey } from '../../src/log/note.ts';
import { checkpointText, formatVerifierKey, noteKey, signNote } from '../../src/log/note.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'est.js');

const h = (...parts: Uint8Array[]): Uint8Array =>
  new Uint8Array(createHash('sha256').update(Buffer.concat(parts)).digest());

/** MTH(D[n]) of RFC 9162 2.1.1, by its recursive definition. */
export function mth(leaves: readonly Uint8Array[]): Uint8Array {
  const n = leaves.length;
  if (n === 0) return h();
  if (n === 1) return h(Uint8Array.of(0), leaves[0] as Uint8Array);
  let k = 1;
  while (k * 2 < n) k *= 2;
  return h(Uint8Array.of(1), mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

/** PROOF(m, D[n]) of RFC 9162 2.1.4.1, by its recursive definition (SUBPROOF). */
export function consistencyProof(leaves: readonly Uint8Array[], m: number): Uint8Array[] {
  const subproof = (m: number, d: readonly Uint8Array[], b: boolean): Uint8Array[] => {
    const n = d.length;
    if (m === n) return b ? [] : [mth(d)];
    let k = 1;
    while (k * 2 < n) k *= 2;
    if (m <= k) return [...subproof(m, d.slice(0, k), b), mth(d.slice(k))];
    return [...subproof(m - k, d.slice(k), false), mth(d.slice(0, k))];
  };
  return m === 0 || m === leaves.length ? [] : subproof(m, leaves, true);
}

const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

let seeds = 100;

/** A log with an Ed25519 key, named after its origin, that signs checkpoints of its leaves. */
export class TestLog {
  readonly origin: string;
  readonly leaves: Uint8Array[];
  readonly #seed: Uint8Array;
  #key: NoteKey | null = null;

  constructor(origin: string, options: { seed?: Uint8Array; leaves?: Uint8Array[] } = {}) {
    this.origin = origin;
    this.#seed = options.seed ?? new Uint8Array(32).fill(seeds++ % 256);
    this.leaves = options.leaves ?? [];
  }

  async key(): Promise<NoteKey> {
    this.#key ??= await noteKey(sha256, this.origin, rawPublicKey(privateKeyFromSeed(this.#seed)));
    return this.#key;
  }

  async vkey(): Promise<string> {
    return formatVerifierKey(await this.key());
  }

  /** Appends `count` leaves, tagged so that two branches differ. */
  append(count: number, tag = 'main'): this {
    for (let i = 0; i < count; i += 1) {
      this.leaves.push(new TextEncoder().encode(`${this.origin} ${tag} leaf ${this.leaves.length}`));
    }
    return this;
  }

  root(size: number): Uint8Array {
    return mth(this.leaves.slice(0, size));
  }

  text(size: number): string {
    return checkpointText({ origin: this.origin, size, root: this.root(size) });
  }

  /** The checkpoint of the first `size` leaves, signed by this log's key. */
  async checkpoint(size = this.leaves.length): Promise<string> {
    const priv = privateKeyFromSeed(this.#seed);
    return signNote(this.text(size), await this.key(), (m) => ed25519Sign(priv, m));
  }

  proof(from: number, to = this.leaves.length): Uint8Array[] {
    return consistencyProof(this.leaves.slice(0, to), from);
  }

  /** An add-checkpoint body (c2sp.org/tlog-witness), with the right proof unless one is given. */
  async body(oldSize: number, size = this.leaves.length, proof?: readonly Uint8Array[]): Promise<string> {
    const lines = [`old ${oldSize}`, ...(proof ?? this.proof(oldSize, size)).map(b64)];
    return `${lines.join('\n')}\n\n${await this.checkpoint(size)}`;
  }

  /** Another history under the same key: the first `at` leaves, then its own. */
  fork(at = this.leaves.length): TestLog {
    return new TestLog(this.origin, { seed: this.#seed, leaves: this.leaves.slice(0, at) });
  }
}

export interface RunningWitness {
  readonly url: string;
  readonly proc: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

export function witnessInit(dataDir: string, name: string) {
  return spawnSync(process.execPath, [BIN, 'witness', 'init', '--name', name, '--data', dataDir], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

/** Spawns `est witness serve --port 0` and waits for the address it prints. */
export function startWitness(dataDir: string, logs: readonly string[]): Promise<RunningWitness> {
  const args = ['witness', 'serve', '--data', dataDir, '--port', '0', ...logs.flatMap((l) => ['--log', l])];
  const proc = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stderr.on('data', (b: Buffer) => (err += b.toString()));
  return new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`est witness serve exited (${code}): ${err}`)));
    proc.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m && out.includes('add-checkpoint')) {
        proc.removeAllListeners('exit');
        resolve({
          url: m[1] as string,
          proc,
          stdout: () => out,
          stderr: () => err,
          stop: () =>
            new Promise((done) => {
              proc.once('exit', (code) => done(code));
              proc.kill('SIGTERM');
            }),
        });
      }
    });
  });
}

/** POSTs an add-checkpoint body. */
export async function addCheckpoint(url: string, body: string | Uint8Array) {
  const r = await fetch(`${url}/add-checkpoint`, { method: 'POST', body });
  return { status: r.status, type: r.headers.get('content-type') ?? '', text: await r.text() };
}
