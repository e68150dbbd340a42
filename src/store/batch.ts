/** @module Checks of an append that need no database, shared by every store. */
import type { NewEntry, StoredNode } from './event-log.ts';
import { IndexConflictError, SeqConflictError, StoreError } from './event-log.ts';

/**
 * The batch is contiguous, repeats no (party, seq), its nodes are above the leaves, and its hashes
 * are SHA-256 sized.
 */
export function checkBatch(entries: readonly NewEntry[], nodes: readonly StoredNode[] = []): void {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    const first = entries[0] as NewEntry;
    if (e.index !== first.index + i) throw new IndexConflictError(e.index);
    const key = `${e.party}\u0000${e.seq}`;
    if (seen.has(key)) throw new SeqConflictError(e.party, e.seq);
    seen.add(key);
    if (e.leafHash.length !== 32)
      throw new StoreError('bad_hash', `the leaf hash of entry ${e.index} is not 32 bytes`);
  });
  for (const n of nodes) {
    if (!(Number.isInteger(n.level) && n.level >= 1))
      throw new StoreError(
        'bad_node',
        `node ${n.level}/${n.index} is not above the leaves: a leaf's hash is its entry's leafHash`,
      );
    if (n.hash.length !== 32)
      throw new StoreError('bad_hash', `the hash of node ${n.level}/${n.index} is not 32 bytes`);
  }
}

/** Array.prototype.slice's reading of a bound, kept finite for the driver. */
export const bound = (n: number): number =>
  Number.isNaN(n) ? 0 : Math.max(-Number.MAX_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, Math.trunc(n)));
