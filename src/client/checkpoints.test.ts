/**
 * compareCheckpoints: whether two checkpoints of one log can both be true. The trees and proofs
 * here are computed as RFC 9162 2.1 defines them (MTH, and 2.1.4.1's SUBPROOF), independently of
 * src/log/merkle.ts: the same size with two roots is a fork (c2sp.org/tlog-witness), which the two
 * notes prove alone; of two sizes, the smaller tree must be a prefix of the larger, shown by a
 * consistency proof.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import type { HeldCheckpoint } from './checkpoints.ts';
import { CheckpointError, compareCheckpoints } from './checkpoints.ts';
import { ApiError } from './http.ts';

const sha = (...parts: Uint8Array[]): Uint8Array => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};
const leaf = (d: string): Uint8Array => sha(Uint8Array.of(0), new TextEncoder().encode(d));
/** The largest power of 2 below n (n > 1). */
const split = (n: number): number => 2 ** Math.floor(Math.log2(n - 1));
/** MTH(D[n]), RFC 9162 2.1.1. */
function mth(d: readonly string[]): Uint8Array {
  if (d.length === 0) return sha();
  if (d.length === 1) return leaf(d[0] as string);
  const k = split(d.length);
  return sha(Uint8Array.of(1), mth(d.slice(0, k)), mth(d.slice(k)));
}
/** SUBPROOF(m, D[n], b), RFC 9162 2.1.4.1. */
function subproof(m: number, d: readonly string[], b: boolean): Uint8Array[] {
  if (m === d.length) return b ? [] : [mth(d)];
  const k = split(d.length);
  return m <= k
    ? [...subproof(m, d.slice(0, k), b), mth(d.slice(k))]
    : [...subproof(m - k, d.slice(k), false), mth(d.slice(0, k))];
}

const ORIGIN = 'depositary.est.test/compare';
const entries = (n: number, changed = -1): string[] =>
  Array.from({ length: n }, (_, i) => (i === changed ? `changed ${i}` : `entry ${i}`));
/** A checkpoint as held (its note's signatures are holdCheckpoint's business, not compared here). */
const held = (source: string, d: readonly string[], origin = ORIGIN): HeldCheckpoint => ({
  source,
  note: '',
  origin,
  size: d.length,
  root: Buffer.from(mth(d)).toString('base64'),
  signedBy: `${origin}+00000000`,
  cosigners: null,
  quorum: null,
  quorumTime: null,
  shortfall: [],
});
/** A server whose log is `d`: it answers consistency proofs of that log. */
const server = (d: readonly string[]) => ({
  source: 'https://server.test',
  proof: (from: number, to: number) => Promise.resolve(subproof(from, d.slice(0, to), true)),
});
const noCall = {
  source: 'https://server.test',
  proof: () => Promise.reject(new Error('not to be asked')),
};

describe('compareCheckpoints (two checkpoints of one log)', () => {
  it('finds the same tree consistent', async () => {
    const r = await compareCheckpoints(held('a', entries(5)), held('b', entries(5)), noCall);
    assert.equal(r.verdict, 'consistent');
  });

  it('finds two roots for one size an equivocation, with no server asked', async () => {
    for (const consistency of [null, noCall]) {
      const r = await compareCheckpoints(held('a', entries(5)), held('b', entries(5, 3)), consistency);
      assert.equal(r.verdict, 'equivocation');
      assert.match(r.reason, /two different trees of size 5/);
    }
  });

  it('cannot tell two sizes apart without a consistency proof', async () => {
    const r = await compareCheckpoints(held('a', entries(3)), held('b', entries(7)), null);
    assert.equal(r.verdict, 'undetermined');
  });

  it('finds a prefix consistent, whichever comes first, for sizes that split the tree differently', async () => {
    const log = entries(13);
    for (const [m, n] of [
      [1, 13],
      [4, 8],
      [3, 7],
      [6, 13],
      [8, 13],
      [12, 13],
    ] as const) {
      const a = held('a', log.slice(0, m));
      const b = held('b', log.slice(0, n));
      assert.equal((await compareCheckpoints(a, b, server(log))).verdict, 'consistent', `${m} -> ${n}`);
      assert.equal((await compareCheckpoints(b, a, server(log))).verdict, 'consistent', `${n} -> ${m}`);
    }
  });

  it('finds an equivocation when the larger tree does not extend the smaller', async () => {
    // The server's log has entry 2 other than the small checkpoint signed: no proof from it can
    // lead from the small root to the large one.
    const small = held('a', entries(6));
    const large = held('b', entries(11, 2));
    const r = await compareCheckpoints(small, large, server(entries(11, 2)));
    assert.equal(r.verdict, 'equivocation');
    assert.match(r.reason, /does not verify/);
  });

  it('finds an equivocation when the server gives no proof', async () => {
    const refusing = {
      source: 'https://server.test',
      proof: () => Promise.reject(new ApiError(400, { title: 'Bad request', detail: 'no such size' }, 'x')),
    };
    const r = await compareCheckpoints(held('a', entries(2)), held('b', entries(9)), refusing);
    assert.equal(r.verdict, 'equivocation');
    assert.match(r.reason, /gives no consistency proof from size 2 to 9/);
  });

  it('refuses checkpoints of two logs', async () => {
    await assert.rejects(
      compareCheckpoints(held('a', entries(2)), held('b', entries(2), 'other.test/log'), null),
      CheckpointError,
    );
  });
});
