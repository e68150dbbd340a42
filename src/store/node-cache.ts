/**
 * @module The upper levels of the tree kept in memory, in front of a store: an EventLog wrapper
 * whose `nodes` answers the nodes it holds itself and asks the store, in one call, only for the rest.
 *
 * A stored node is a complete subtree (RFC 9162 2.1.1): once appended it never changes. So a copy
 * kept here can never go stale, and needs no invalidation. An inclusion proof in a log of n entries
 * takes about one node per level (log2 n of them), and any two proofs share most of the upper ones;
 * keeping every node from some level up leaves a proof only its few lower nodes to fetch, still in
 * one round trip (none when all it needs is held). The memory is bounded: the lowest level kept
 * rises as the log grows, so that at most `maxNodes` hashes are held (the levels below it are
 * dropped).
 *
 * Nodes are learnt lazily: from appends made through this wrapper (once they are durable), and
 * from the store's answers. Nothing is read at open. A node another process appends is learnt when
 * first asked for.
 */
import type { Hash, NodeId } from '../log/merkle.ts';
import type { EventLog, StoredNode } from './event-log.ts';

export interface NodeCacheOptions {
  /**
   * The most node hashes kept (default 65,536, 2 MiB of hashes): the lowest level kept is the lowest
   * at which every node of the log from that level up fits.
   */
  readonly maxNodes?: number;
}

/** What the cache holds and has saved, for tests and benchmarks. */
export interface NodeCacheStats {
  /** The lowest level kept now (nodes below it always come from the store). */
  readonly level: number;
  /** Hashes held. */
  readonly held: number;
  /** Nodes asked for, answered from memory, and asked of the store. */
  readonly asked: number;
  readonly hits: number;
  readonly fetched: number;
  /** Calls of the store's `nodes` (each one round trip, for PostgreSQL). */
  readonly storeCalls: number;
}

/** An EventLog with the upper levels of its tree in memory. */
export interface CachedEventLog extends EventLog {
  readonly nodeCache: NodeCacheStats;
}

const HASH = 32;
/** Levels above this are not kept (2^62 leaves: far beyond any log, and beyond exact numbers). */
const TOP = 62;

/** One level's nodes, by index: their hashes end to end, and which are present. */
interface Level {
  hashes: Uint8Array;
  present: Uint8Array;
  count: number;
}

/**
 * Wraps a store so that its upper tree levels are answered from memory. Every other method is passed
 * to the store as it is.
 *
 * @example const log = withNodeCache(await openSqliteEventLog(file));
 */
export function withNodeCache(store: EventLog, options: NodeCacheOptions = {}): CachedEventLog {
  const maxNodes = options.maxNodes ?? 1 << 16;
  if (!(Number.isSafeInteger(maxNodes) && maxNodes >= 1))
    throw new RangeError(`maxNodes must be a whole number from 1 (got ${maxNodes})`);
  const levels = new Map<number, Level>();
  /** The leaves the log is known to hold at least (from the nodes seen): what sizes the cache. */
  let known = 0;
  let lowest = 1;
  const stats = { asked: 0, hits: 0, fetched: 0, storeCalls: 0 };
  const lockWriter = store.lockWriter?.bind(store);

  /**
   * The lowest level at which the whole upper tree fits: the nodes at levels >= L of a tree of n
   * leaves number less than n / 2^(L-1).
   */
  const lowestFor = (n: number): number => {
    let level = 1;
    while (level < TOP && n / 2 ** (level - 1) > maxNodes) level += 1;
    return level;
  };

  const keepable = (id: NodeId): boolean =>
    Number.isSafeInteger(id.level) &&
    id.level >= 1 &&
    id.level <= TOP &&
    Number.isSafeInteger(id.index) &&
    id.index >= 0;

  const get = (id: NodeId): Hash | null => {
    if (!keepable(id) || id.level < lowest) return null;
    const l = levels.get(id.level);
    if (l === undefined || id.index >= l.present.length || l.present[id.index] !== 1) return null;
    return l.hashes.slice(id.index * HASH, (id.index + 1) * HASH);
  };

  /** Keeps a node known to be stored (appended, or read from the store). */
  const put = (id: NodeId, hash: Hash): void => {
    if (!keepable(id) || hash.length !== HASH) return;
    const leaves = (id.index + 1) * 2 ** id.level;
    if (leaves > known) {
      known = leaves;
      const level = lowestFor(known);
      if (level > lowest) {
        for (const k of levels.keys()) if (k < level) levels.delete(k);
        lowest = level;
      }
    }
    if (id.level < lowest) return;
    let l = levels.get(id.level);
    if (l === undefined)
      levels.set(id.level, (l = { hashes: new Uint8Array(0), present: new Uint8Array(0), count: 0 }));
    if (id.index >= l.present.length) {
      // Doubled, but never past what the known log holds at this level.
      const room = Math.max(
        id.index + 1,
        Math.min(2 * l.present.length, Math.ceil(known / 2 ** id.level)),
        16,
      );
      const hashes = new Uint8Array(room * HASH);
      hashes.set(l.hashes);
      const present = new Uint8Array(room);
      present.set(l.present);
      l.hashes = hashes;
      l.present = present;
    }
    if (l.present[id.index] === 1) return;
    l.hashes.set(hash, id.index * HASH);
    l.present[id.index] = 1;
    l.count += 1;
  };

  return {
    name: store.name,
    size: () => store.size(),
    async append(entries, nodes: readonly StoredNode[]) {
      await store.append(entries, nodes);
      // Durable now: what was appended is the store's for good.
      for (const n of nodes) put(n, n.hash);
    },
    entries: (start, end) => store.entries(start, end),
    async nodes(ids) {
      const out: Hash[] = new Array<Hash>(ids.length);
      const missing: NodeId[] = [];
      const at: number[] = [];
      ids.forEach((id, i) => {
        const h = get(id);
        if (h === null) {
          missing.push(id);
          at.push(i);
        } else out[i] = h;
      });
      stats.asked += ids.length;
      stats.hits += ids.length - missing.length;
      if (missing.length > 0) {
        stats.fetched += missing.length;
        stats.storeCalls += 1;
        const got = await store.nodes(missing);
        missing.forEach((id, j) => {
          const h = got[j] as Hash;
          out[at[j] as number] = h;
          put(id, h);
        });
      }
      return out;
    },
    addKey: (key) => store.addKey(key),
    revokeKey: (party, keyId, at) => store.revokeKey(party, keyId, at),
    keys: (party) => store.keys(party),
    getSetting: (name) => store.getSetting(name),
    setSetting: (name, value) => store.setSetting(name, value),
    addWitnessed: (size, quorumTime) => store.addWitnessed(size, quorumTime),
    witnessedAt: (index) => store.witnessedAt(index),
    // The one-writer lock of a store shared between processes, where the store has one.
    ...(lockWriter === undefined ? {} : { lockWriter }),
    close: () => store.close(),
    get nodeCache(): NodeCacheStats {
      let held = 0;
      for (const l of levels.values()) held += l.count;
      return { level: lowest, held, ...stats };
    },
  };
}
