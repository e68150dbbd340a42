/**
 * @module Inclusion proofs in a big log: a store filled quickly with `n` entries (leaves and the
 * nodes each completes, precomputed and appended in big batches through EventLog.append, not through
 * the Depositary), then proofs planned, fetched and folded exactly as Depositary.inclusionProof does
 * (inclusionRanges, nodesFor, one EventLog.nodes call, hashRanges).
 */
import { canonicalJson, leafHashOf } from '../src/log/entry.ts';
import type { Hash, Sha256 } from '../src/log/merkle.ts';
import {
  extendEdge,
  foldRange,
  hashRanges,
  inclusionRanges,
  leafHash,
  nodesFor,
  verifyInclusion,
} from '../src/log/merkle.ts';
import { sha256 } from '../src/log/node-crypto.ts';
import type { EventLog, NewEntry, StoredNode } from '../src/store/event-log.ts';
import { nodeKey } from '../src/store/event-log.ts';
import { percentile } from './service-load.ts';

const SIGNATURE = `${'A'.repeat(86)}==`;

/** A compact entry of the right form (its content does not matter to a proof's cost). */
function leafAt(index: number): string {
  return canonicalJson({
    index,
    receivedAt: new Date(Date.UTC(2010, 0, 1) + index * 1000).toISOString(),
    envelope: {
      v: 1,
      party: 'x:bench',
      keyId: '0000000000000000',
      seq: index + 1,
      act: { act: 'sign' },
      signature: SIGNATURE,
    },
    outcome: { accepted: false, violations: [] },
  });
}

/** Appends entries [log size, n) with their nodes, `batch` at a time; returns the root of all n. */
export async function fillLog(log: EventLog, n: number, batch = 20_000): Promise<Hash> {
  const frontier: StoredNode[] = [];
  if ((await log.size()) !== 0) throw new Error(`${log.name} is not empty`);
  for (let start = 0; start < n; start += batch) {
    const entries: NewEntry[] = [];
    const nodes: StoredNode[] = [];
    for (let i = start; i < Math.min(n, start + batch); i += 1) {
      const leaf = leafAt(i);
      const hash = leafHashOf(sha256, leaf);
      entries.push({ index: i, leaf, leafHash: hash, party: 'x:bench', seq: i + 1 });
      nodes.push(...extendEdge(sha256, frontier, i, hash));
    }
    await log.append(entries, nodes);
  }
  return foldRange(
    sha256,
    frontier.map((f) => f.hash),
  );
}

/** One inclusion proof as Depositary.inclusionProof makes it; counts the hashes folded. */
export async function inclusionProof(
  log: EventLog,
  index: number,
  size: number,
  sha: Sha256 = sha256,
): Promise<{ proof: Hash[]; nodesRead: number }> {
  const ranges = inclusionRanges(index, size);
  const ids = nodesFor(ranges);
  const got = await log.nodes(ids);
  const byKey = new Map(ids.map((id, i) => [nodeKey(id), got[i] as Hash]));
  return { proof: hashRanges(sha, ranges, (id) => byKey.get(nodeKey(id)) as Hash), nodesRead: ids.length };
}

export interface ProofTiming {
  /** Milliseconds per proof. */
  readonly mean: number;
  readonly p50: number;
  readonly p99: number;
  /** Per proof, on average: stored nodes read, SHA-256 computed, hashes in the proof. */
  readonly nodesRead: number;
  readonly hashes: number;
  readonly length: number;
}

/** Times `count` proofs of random leaves in a log of `size` (after checking a few verify). */
export async function timeProofs(
  log: EventLog,
  size: number,
  root: Hash,
  count: number,
): Promise<ProofTiming> {
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = 0; i < 8; i += 1) {
    const index = i === 0 ? size - 1 : Math.floor(random() * size);
    const { proof } = await inclusionProof(log, index, size);
    const leaf = leafHashOf(sha256, leafAt(index));
    if (!(await verifyInclusion(sha256, index, size, leaf, proof, root)))
      throw new Error(`the inclusion proof of ${index} in ${size} does not verify`);
  }
  let hashes = 0;
  const counting: Sha256 = (d) => {
    hashes += 1;
    return sha256(d);
  };
  let nodesRead = 0;
  let length = 0;
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const index = Math.floor(random() * size);
    const t0 = performance.now();
    const r = await inclusionProof(log, index, size, counting);
    times.push(performance.now() - t0);
    nodesRead += r.nodesRead;
    length += r.proof.length;
  }
  times.sort((a, b) => a - b);
  return {
    mean: times.reduce((a, b) => a + b, 0) / count,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    nodesRead: nodesRead / count,
    hashes: hashes / count,
    length: length / count,
  };
}

/** Nanoseconds of one RFC 9162 leaf hash of a leaf of that log (the baseline of a proof's time). */
export function leafHashNs(): number {
  const leaves = Array.from({ length: 1024 }, (_, i) => new TextEncoder().encode(leafAt(i * 997)));
  const run = (k: number) => {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < k; i += 1) leafHash(sha256, leaves[i % leaves.length] as Uint8Array);
    return Number(process.hrtime.bigint() - t0) / k;
  };
  run(20_000);
  return [run(100_000), run(100_000), run(100_000)].sort((a, b) => a - b)[1] as number;
}
