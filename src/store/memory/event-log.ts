/** @module The in-memory EventLog: for tests and throwaway runs; the reference for the contract suite. */
import type { Hash, NodeId } from '../../log/merkle.ts';
import { checkBatch } from '../batch.ts';
import type { EventLog, KeyRecord, NewEntry, StoredNode, WitnessedMilestone } from '../event-log.ts';
import {
  IndexConflictError,
  KeyExistsError,
  SeqConflictError,
  StoreError,
  isMilestone,
  nodeKey,
} from '../event-log.ts';

/** Runs `f` and turns a throw into a rejection, as every EventLog method must. */
function attempt<T>(f: () => T): Promise<T> {
  try {
    return Promise.resolve(f());
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

export function memoryEventLog(): EventLog {
  const leaves: string[] = [];
  const leafHashes: Hash[] = [];
  const nodes = new Map<string, Hash>();
  const seqs = new Map<string, Set<number>>();
  const keys: KeyRecord[] = [];
  const settings = new Map<string, string>();
  /** Rising in size and in quorum time. */
  const witnessed: WitnessedMilestone[] = [];
  return {
    name: 'memory',
    size: () => Promise.resolve(leaves.length),
    append: (entries: readonly NewEntry[], newNodes: readonly StoredNode[]) =>
      attempt(() => {
        // Check everything before writing anything: the append is all or nothing.
        checkBatch(entries, newNodes);
        const first = entries[0];
        if (first !== undefined && first.index !== leaves.length) throw new IndexConflictError(first.index);
        for (const e of entries)
          if (seqs.get(e.party)?.has(e.seq)) throw new SeqConflictError(e.party, e.seq);
        for (const n of newNodes) {
          if (nodes.has(nodeKey(n)))
            throw new StoreError('store_fault', `node ${nodeKey(n)} is already stored`);
        }
        for (const e of entries) {
          leaves.push(e.leaf);
          leafHashes.push(e.leafHash);
          let set = seqs.get(e.party);
          if (!set) seqs.set(e.party, (set = new Set()));
          set.add(e.seq);
        }
        for (const n of newNodes) nodes.set(nodeKey(n), n.hash);
      }),
    entries: (start, end) => Promise.resolve(leaves.slice(Math.max(0, start), Math.max(0, end))),
    nodes: (ids: readonly NodeId[]) =>
      attempt(() =>
        ids.map((id) => {
          const h = id.level === 0 ? leafHashes[id.index] : nodes.get(nodeKey(id));
          if (!h) throw new StoreError('missing_node', `node ${nodeKey(id)} is not stored`);
          return h;
        }),
      ),
    addKey: (key) =>
      attempt(() => {
        if (keys.some((k) => k.party === key.party && k.keyId === key.keyId)) {
          throw new KeyExistsError(key.party, key.keyId);
        }
        keys.push({ ...key, publicKey: new Uint8Array(key.publicKey), revokedAt: null });
      }),
    revokeKey(party, keyId, at) {
      const i = keys.findIndex((k) => k.party === party && k.keyId === keyId && k.revokedAt === null);
      if (i < 0) return Promise.resolve(false);
      keys[i] = { ...(keys[i] as KeyRecord), revokedAt: at };
      return Promise.resolve(true);
    },
    keys: (party) => Promise.resolve(keys.filter((k) => party === undefined || k.party === party)),
    getSetting: (name) => Promise.resolve(settings.get(name) ?? null),
    setSetting(name, value) {
      settings.set(name, value);
      return Promise.resolve();
    },
    addWitnessed(size, quorumTime) {
      if (!isMilestone(size, quorumTime)) return Promise.resolve();
      const newest = witnessed.at(-1);
      if (newest === undefined || (size > newest.size && quorumTime > newest.quorumTime))
        witnessed.push({ size, quorumTime });
      else if (size > newest.size) witnessed[witnessed.length - 1] = { size, quorumTime: newest.quorumTime };
      return Promise.resolve();
    },
    witnessedAt(index) {
      let [lo, hi] = [0, witnessed.length];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((witnessed[mid] as WitnessedMilestone).size > index) hi = mid;
        else lo = mid + 1;
      }
      return Promise.resolve(witnessed[lo] ?? null);
    },
    close: () => Promise.resolve(),
  };
}
