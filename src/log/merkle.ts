/**
 * @module The RFC 9162 Merkle tree (SHA-256, 0x00 leaf and 0x01 node prefixes): leaf and node
 * hashes, the complete subtrees a store keeps, proof plans, and proof verification.
 *
 * A store keeps the hash of every complete subtree: node (level, index) covers the 2^level leaves
 * from index * 2^level. Appending a leaf adds its own node and each subtree it completes (amortised
 * O(1), at most O(log n)). Any range the RFC's proofs need decomposes into O(log n) such nodes, so a
 * proof is planned here as ranges, the store fetches their nodes in one batch, and nothing is ever
 * recomputed from the leaves. Pure: hashing is passed in (node:crypto on the server, WebCrypto in
 * the browser), and indices use arithmetic, not 32-bit bitwise operators, so trees may exceed 2^31.
 */

import { concat, equalBytes } from './bytes.ts';

export type Hash = Uint8Array;
/** SHA-256, synchronous (building the tree) or not (verifying in a browser). */
export type Sha256 = (data: Uint8Array) => Hash;
export type AsyncSha256 = (data: Uint8Array) => Hash | Promise<Hash>;

/** A complete subtree: 2^level leaves starting at leaf index * 2^level. */
export interface NodeId {
  readonly level: number;
  readonly index: number;
}

/** A half-open range of leaves [start, end). */
export type Range = readonly [start: number, end: number];

const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);

/** HASH(0x00 || data) */
export function leafHash(sha: Sha256, data: Uint8Array): Hash {
  return sha(concat(LEAF, data));
}

/** HASH(0x01 || left || right) */
export function nodeHash(sha: Sha256, left: Hash, right: Hash): Hash {
  return sha(concat(NODE, left, right));
}

/** The largest power of two strictly below n (n >= 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

const isPowerOfTwo = (n: number): boolean => n >= 1 && splitPoint(n + 1) === n;

/** The nodes a store must add when the leaf with this index is appended: the leaf, then each parent it completes. */
export function completedBy(index: number): NodeId[] {
  const out: NodeId[] = [{ level: 0, index }];
  let level = 0;
  let i = index;
  while (i % 2 === 1) {
    level += 1;
    i = (i - 1) / 2;
    out.push({ level, index: i });
  }
  return out;
}

/** A complete subtree with its hash. */
export interface HashedNode extends NodeId {
  readonly hash: Hash;
}

/**
 * Appends leaf `index` (whose leaf hash is `leaf`) to the right edge of a tree, the edge being its
 * complete subtrees left to right (as {@link rangeNodes} names those of [0, size)), changed in
 * place. Returns the nodes above the leaves that the leaf completes, lowest first: the
 * {@link completedBy} nodes but the leaf itself, with their hashes.
 */
export function extendEdge(sha: Sha256, edge: HashedNode[], index: number, leaf: Hash): HashedNode[] {
  const added: HashedNode[] = [];
  let node: HashedNode = { level: 0, index, hash: leaf };
  for (let left = edge.at(-1); left !== undefined && left.level === node.level; left = edge.at(-1)) {
    edge.pop();
    node = { level: node.level + 1, index: left.index / 2, hash: nodeHash(sha, left.hash, node.hash) };
    added.push(node);
  }
  edge.push(node);
  return added;
}

/**
 * The complete subtrees that make up a range of the RFC 9162 tree, left to right. The ranges that
 * the tree's own recursion produces ([0, n) and everything its proofs name) always decompose into
 * aligned subtrees of decreasing size: one per set bit of their length.
 */
export function rangeNodes([start, end]: Range): NodeId[] {
  const out: NodeId[] = [];
  let at = start;
  while (at < end) {
    let size = splitPoint(end - at + 1);
    while (at % size !== 0) size /= 2;
    let level = 0;
    for (let s = size; s > 1; s /= 2) level += 1;
    out.push({ level, index: at / size });
    at += size;
  }
  return out;
}

/** The hash of a range from the hashes of its complete subtrees (folded from the right, as MTH does). */
export function foldRange(sha: Sha256, hashes: readonly Hash[]): Hash {
  if (hashes.length === 0) return sha(new Uint8Array(0));
  let acc = hashes[hashes.length - 1] as Hash;
  for (let i = hashes.length - 2; i >= 0; i -= 1) acc = nodeHash(sha, hashes[i] as Hash, acc);
  return acc;
}

/** The ranges whose hashes form the inclusion proof of leaf `index` in a tree of `size` (PATH, RFC 9162 2.1.3.1). */
export function inclusionRanges(index: number, size: number): Range[] {
  if (!(index >= 0 && index < size)) throw new RangeError(`leaf ${index} is not in a tree of size ${size}`);
  const out: Range[] = [];
  const path = (m: number, start: number, end: number): void => {
    const n = end - start;
    if (n === 1) return;
    const k = splitPoint(n);
    if (m < k) {
      path(m, start, start + k);
      out.push([start + k, end]);
    } else {
      path(m - k, start + k, end);
      out.push([start, start + k]);
    }
  };
  path(index, 0, size);
  return out;
}

/** The ranges whose hashes form the consistency proof between sizes `from` and `to` (RFC 9162 2.1.4.1). */
export function consistencyRanges(from: number, to: number): Range[] {
  if (!(from >= 0 && from <= to)) throw new RangeError(`no consistency proof from ${from} to ${to}`);
  if (from === 0 || from === to) return [];
  const out: Range[] = [];
  const subproof = (m: number, start: number, end: number, whole: boolean): void => {
    const n = end - start;
    if (m === n) {
      if (!whole) out.push([start, end]);
      return;
    }
    const k = splitPoint(n);
    if (m <= k) {
      subproof(m, start, start + k, whole);
      out.push([start + k, end]);
    } else {
      subproof(m - k, start + k, end, false);
      out.push([start, start + k]);
    }
  };
  subproof(from, 0, to, true);
  return out;
}

/** Every node the ranges need, without repeats (what a store fetches in one batch). */
export function nodesFor(ranges: readonly Range[]): NodeId[] {
  const seen = new Map<string, NodeId>();
  for (const r of ranges) for (const n of rangeNodes(r)) seen.set(`${n.level}/${n.index}`, n);
  return [...seen.values()];
}

/** Hashes of ranges, given a lookup of stored node hashes. */
export function hashRanges(sha: Sha256, ranges: readonly Range[], node: (id: NodeId) => Hash): Hash[] {
  return ranges.map((r) => foldRange(sha, rangeNodes(r).map(node)));
}

const odd = (n: number): boolean => n % 2 === 1;
const half = (n: number): number => Math.floor(n / 2);

/** Verifies an inclusion proof (RFC 9162 2.1.3.2). */
export async function verifyInclusion(
  sha: AsyncSha256,
  index: number,
  size: number,
  leaf: Hash,
  proof: readonly Hash[],
  root: Hash,
): Promise<boolean> {
  if (!(index >= 0 && index < size)) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      r = await sha(concat(NODE, p, r));
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = await sha(concat(NODE, r, p));
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equalBytes(r, root);
}

/** Verifies a consistency proof between two tree heads (RFC 9162 2.1.4.2). */
export async function verifyConsistency(
  sha: AsyncSha256,
  from: number,
  to: number,
  fromRoot: Hash,
  toRoot: Hash,
  proof: readonly Hash[],
): Promise<boolean> {
  if (!(from >= 0 && from <= to)) return false;
  if (from === to) return proof.length === 0 && equalBytes(fromRoot, toRoot);
  if (from === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(from) ? [fromRoot, ...proof] : [...proof];
  let fn = from - 1;
  let sn = to - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0] as Hash;
  let sr = fr;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = await sha(concat(NODE, c, fr));
      sr = await sha(concat(NODE, c, sr));
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = await sha(concat(NODE, sr, c));
    }
    fn = half(fn);
    sn = half(sn);
  }
  return equalBytes(fr, fromRoot) && equalBytes(sr, toRoot) && sn === 0;
}
