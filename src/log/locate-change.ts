/**
 * @module Finding the first changed leaf of a log whose signed root the leaves held do not make: the
 * RFC 9162 root of a list of leaves ({@link rootOf}), the root of any prefix of it ({@link Subtrees}),
 * and a binary search over those prefixes with the server's consistency proofs
 * ({@link locateByConsistency}). A leaf changed so that every check of its own still passes (a
 * receipt time moved within the day, say) shows only as a wrong root; this names it.
 *
 * Pure (no node:*): SHA-256 is passed in, so the browser runs the same code.
 */
import { equalBytes } from './bytes.ts';
import type { Hash, HashedNode, Sha256 } from './merkle.ts';
import { extendEdge, foldRange, nodeHash, rangeNodes, verifyConsistency } from './merkle.ts';

/** The RFC 9162 root over leaf hashes (the hash of the empty string for none). */
export function rootOf(sha: Sha256, leafHashes: readonly Hash[]): Hash {
  const edge: HashedNode[] = [];
  leafHashes.forEach((leaf, i) => extendEdge(sha, edge, i, leaf));
  return foldRange(
    sha,
    edge.map((n) => n.hash),
  );
}

/**
 * The hash of every complete subtree of a list of leaves, so that the root of any prefix costs
 * O(log n) (the binary search of {@link locateByConsistency} asks for about log n of them).
 */
export class Subtrees {
  readonly #sha: Sha256;
  readonly #levels: Hash[][];
  constructor(sha: Sha256, leafHashes: readonly Hash[]) {
    this.#sha = sha;
    this.#levels = [[...leafHashes]];
    for (let below = this.#levels[0] as Hash[]; below.length >= 2;) {
      const level: Hash[] = [];
      for (let i = 0; i + 1 < below.length; i += 2)
        level.push(nodeHash(sha, below[i] as Hash, below[i + 1] as Hash));
      this.#levels.push(level);
      below = level;
    }
  }
  get size(): number {
    return (this.#levels[0] as Hash[]).length;
  }
  /** The number of levels with a complete subtree (1 + the highest level). */
  get height(): number {
    return this.#levels.length;
  }
  /** The complete subtrees of a level, left to right: node (level, i) is the i-th. */
  level(level: number): readonly Hash[] {
    return this.#levels[level] ?? [];
  }
  /** The root of the first `size` leaves. */
  rootAt(size: number): Hash {
    if (!(Number.isInteger(size) && size >= 0 && size <= this.size))
      throw new RangeError(`no prefix of size ${size} in ${this.size} leaves`);
    return foldRange(
      this.#sha,
      rangeNodes([0, size]).map((n) => (this.#levels[n.level] as Hash[])[n.index] as Hash),
    );
  }
}

/** Where the consistency proofs come from: `GET /api/v1/log/proof/consistency?from=&to=`. */
export type ConsistencyProofs = (from: number, to: number) => Promise<readonly Hash[]>;

export interface Located {
  /**
   * The first entry whose leaf is not the one the signed tree holds (or the first missing one), or
   * null when the leaves given make the signed root (as far as they reach).
   */
  readonly index: number | null;
  /** How many consistency proofs were asked for. */
  readonly proofs: number;
}

/**
 * Finds the first changed leaf by binary search: the smallest prefix of the leaves we hold whose
 * root is not consistent with the signed root. A prefix made only of true leaves always proves
 * consistent; one that holds a changed leaf never does (short of a SHA-256 collision). O(log n)
 * proofs. For a server whose stored tree is intact but whose entries were changed afterwards.
 */
export async function locateByConsistency(options: {
  readonly sha256: Sha256;
  readonly leafHashes: readonly Hash[];
  readonly signed: { readonly size: number; readonly root: Hash };
  readonly consistency: ConsistencyProofs;
}): Promise<Located> {
  const { sha256, leafHashes, signed } = options;
  const tree = new Subtrees(sha256, leafHashes.slice(0, signed.size));
  let proofs = 0;
  const consistent = async (m: number): Promise<boolean> => {
    if (m === 0) return true;
    if (m === signed.size) return equalBytes(tree.rootAt(m), signed.root);
    proofs += 1;
    const proof = await options.consistency(m, signed.size);
    return verifyConsistency(sha256, m, signed.size, tree.rootAt(m), signed.root, proof);
  };
  const reach = tree.size;
  if (await consistent(reach)) return { index: reach < signed.size ? reach : null, proofs };
  let good = 0;
  let bad = reach;
  while (bad - good > 1) {
    const mid = good + Math.floor((bad - good) / 2);
    if (await consistent(mid)) good = mid;
    else bad = mid;
  }
  return { index: bad - 1, proofs };
}
