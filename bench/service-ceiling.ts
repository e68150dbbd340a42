/**
 * @module The machine's ceilings, measured in the same run as the figures they divide: Ed25519
 * verifications per second on every core at once (one worker thread per core, each looping over
 * the same signed messages the service verifies), and SHA-256 of leaves per second on one core.
 */
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Hash } from '../src/log/merkle.ts';
import { leafHash } from '../src/log/merkle.ts';
import { sha256 } from '../src/log/node-crypto.ts';

/** What a worker loops over: raw public keys, messages and signatures, index-aligned. */
export interface Signed {
  readonly publicKey: Uint8Array;
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
}

// Plain JavaScript, so the worker needs no TypeScript loader. The same call as ed25519Verify in
// src/log/node-crypto.ts: node:crypto's verify with a public KeyObject, the keys made beforehand
// (as the depositary keeps its Parties' key objects).
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createPublicKey, verify } = require('node:crypto');
const { items, ms } = workerData;
const keys = items.map((s) => createPublicKey({
  key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(s.publicKey).toString('base64url') },
  format: 'jwk',
}));
const check = (i) => {
  const s = items[i];
  if (!verify(null, s.message, keys[i], s.signature)) throw new Error('a signature does not verify');
};
for (let i = 0; i < Math.min(items.length, 200); i += 1) check(i);
const t0 = performance.now();
let n = 0;
while (performance.now() - t0 < ms) {
  for (let j = 0; j < 32; j += 1) check((n + j) % items.length);
  n += 32;
}
parentPort.postMessage({ n, ms: performance.now() - t0 });
`;

/** Ed25519 verifications per second with `threads` worker threads looping at once for `ms` each. */
export async function verifyCeiling(items: readonly Signed[], threads: number, ms: number): Promise<number> {
  const runs = Array.from(
    { length: threads },
    () =>
      new Promise<number>((resolve, reject) => {
        const w = new Worker(WORKER, { eval: true, workerData: { items, ms } });
        w.once('message', (m: { n: number; ms: number }) => resolve((m.n / m.ms) * 1000));
        w.once('error', reject);
      }),
  );
  return (await Promise.all(runs)).reduce((a, b) => a + b, 0);
}

export const coreCount = (): number => cpus().length;

/** RFC 9162 leaf hashes (SHA-256 of 0x00 and the leaf) per second on one core, over these leaves. */
export function sha256Ceiling(leaves: readonly Uint8Array[], ms: number): number {
  let sink: Hash | null = null;
  for (const l of leaves.slice(0, 1000)) sink = leafHash(sha256, l);
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < ms) {
    for (let j = 0; j < 64; j += 1) sink = leafHash(sha256, leaves[(n + j) % leaves.length] as Uint8Array);
    n += 64;
  }
  if (sink === null) throw new Error('no leaves');
  return (n / (performance.now() - t0)) * 1000;
}
