/**
 * The node cache (src/store/node-cache.ts) against the store it fronts, on SQLite and (with
 * DATABASE_URL) PostgreSQL: random inclusion and consistency proofs planned on a log built partly
 * through the cache and partly behind its back must fetch exactly the store's hashes, in at most one
 * call of the store, with the upper levels answered from memory and the memory within its bound.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import fc from 'fast-check';
import type { Hash, NodeId } from '../../src/log/merkle.ts';
import {
  consistencyRanges,
  extendEdge,
  foldRange,
  hashRanges,
  inclusionRanges,
  leafHash,
  nodesFor,
  verifyInclusion,
} from '../../src/log/merkle.ts';
import { sha256 } from '../../src/log/node-crypto.ts';
import type { EventLog, NewEntry, StoredNode } from '../../src/store/event-log.ts';
import { IndexConflictError, StoreError, nodeKey } from '../../src/store/event-log.ts';
import type { CachedEventLog } from '../../src/store/node-cache.ts';
import { withNodeCache } from '../../src/store/node-cache.ts';
import { openPostgresEventLog } from '../../src/store/postgres/event-log.ts';
import { openSqliteEventLog } from '../../src/store/sqlite/event-log.ts';
import type { TestApi } from '../support/env.ts';
import { RUN, databaseUrl, pgTests } from '../support/env.ts';
import { eventLogContract } from './event-log.contract.ts';

const encoder = new TextEncoder();
const leafOf = (i: number): string => `{"index":${i}}`;

/** Appends entries [from, to) to a store with the nodes they complete, `frontier` kept up to date. */
async function grow(log: EventLog, frontier: StoredNode[], from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += 500) {
    const entries: NewEntry[] = [];
    const nodes: StoredNode[] = [];
    for (let i = start; i < Math.min(to, start + 500); i += 1) {
      const hash = leafHash(sha256, encoder.encode(leafOf(i)));
      entries.push({ index: i, leaf: leafOf(i), leafHash: hash, party: 'x:cache', seq: i + 1 });
      nodes.push(...extendEdge(sha256, frontier, i, hash));
    }
    await log.append(entries, nodes);
  }
}

const hex = (hashes: readonly Hash[]): string[] => hashes.map((h) => Buffer.from(h).toString('hex'));

/** The nodes of a store's answer that a call asked of the store (cache counters before and after). */
const storeCallsOf = async (log: CachedEventLog, ids: readonly NodeId[]): Promise<[Hash[], number]> => {
  const before = log.nodeCache.storeCalls;
  const got = await log.nodes(ids);
  return [got, log.nodeCache.storeCalls - before];
};

interface Backend {
  readonly name: string;
  /** A fresh, empty storage: its name. */
  fresh(): string;
  /** A handle on a storage, opened as the store opens it (uncached). */
  open(storage: string): Promise<EventLog>;
}

/** Hashes of ranges with their nodes read from a store in one call. */
async function rangeHashes(log: EventLog, ranges: readonly (readonly [number, number])[]): Promise<Hash[]> {
  const ids = nodesFor(ranges);
  const got = await log.nodes(ids);
  const byKey = new Map(ids.map((id, i) => [nodeKey(id), got[i] as Hash]));
  return hashRanges(sha256, ranges, (id) => byKey.get(nodeKey(id)) as Hash);
}

function nodeCacheTests(backend: Backend, api: TestApi = RUN): void {
  const { after, describe, it } = api;
  let last = '';
  eventLogContract(
    `${backend.name} behind the node cache`,
    {
      create: async () => withNodeCache(await backend.open((last = backend.fresh())), { maxNodes: 8 }),
      reopen: async () => withNodeCache(await backend.open(last), { maxNodes: 8 }),
    },
    api,
  );

  describe(`the node cache on ${backend.name}`, () => {
    // 5,000 entries: the first 3,000 appended through the cache, the rest by another handle (as
    // another process would), which the cache learns of only when asked.
    const SIZE = 5000;
    const THROUGH = 3000;
    const MAX = 256;
    let raw: EventLog;
    let other: EventLog;
    let cached: CachedEventLog;
    const root = async (size: number): Promise<Hash> => (await rangeHashes(raw, [[0, size]]))[0] as Hash;

    it('answers random proofs with the store’s hashes, in one call of the store at most', async () => {
      const storage = backend.fresh();
      [raw, other] = [await backend.open(storage), await backend.open(storage)];
      cached = withNodeCache(raw, { maxNodes: MAX });
      const frontier: StoredNode[] = [];
      await grow(cached, frontier, 0, THROUGH);
      await grow(other, frontier, THROUGH, SIZE);
      const expected = foldRange(
        sha256,
        frontier.map((n) => n.hash),
      );
      assert.deepEqual(hex([await root(SIZE)]), hex([expected]));

      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: SIZE }),
          fc.integer({ min: 0, max: SIZE }),
          fc.boolean(),
          async (size, at, consistency) => {
            const ranges = consistency
              ? consistencyRanges(Math.min(at, size), size)
              : inclusionRanges(at % size, size);
            const ids = nodesFor(ranges);
            const [got, calls] = await storeCallsOf(cached, ids);
            assert.ok(calls <= 1, `${calls} calls of the store for one proof`);
            assert.deepEqual(hex(got), hex(await raw.nodes(ids)));
            // Asked again, only the levels below the ones kept go to the store.
            const fetched = cached.nodeCache.fetched;
            await cached.nodes(ids);
            const level = cached.nodeCache.level;
            assert.equal(
              cached.nodeCache.fetched - fetched,
              ids.filter((id) => id.level < level).length,
              `nodes at or above level ${level} were fetched again`,
            );
            assert.ok(cached.nodeCache.held <= MAX, `${cached.nodeCache.held} hashes held, above ${MAX}`);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('gives inclusion proofs that verify against the root', async () => {
      for (const [index, size] of [
        [0, 1],
        [4999, 5000],
        [1234, 4097],
        [2999, 3000],
        [4096, 4097],
      ] as const) {
        const proof = await rangeHashes(cached, inclusionRanges(index, size));
        const leaf = leafHash(sha256, encoder.encode(leafOf(index)));
        assert.ok(
          await verifyInclusion(sha256, index, size, leaf, proof, await root(size)),
          `${index}/${size}`,
        );
      }
    });

    it('keeps the upper levels only, and raises its lowest level as the log grows', async () => {
      // 5,000 leaves in 256 hashes: the levels from 6 up (5,000 / 2^5 = 156 <= 256 < 312).
      assert.equal(cached.nodeCache.level, 6);
      assert.ok(cached.nodeCache.held > 0);
      const small = withNodeCache(raw, { maxNodes: 1 << 16 });
      await small.nodes(nodesFor(inclusionRanges(10, SIZE)));
      assert.equal(small.nodeCache.level, 1);
      assert.ok(small.nodeCache.hits === 0 && small.nodeCache.fetched > 0);
      const [, calls] = await storeCallsOf(small, nodesFor(inclusionRanges(11, SIZE)));
      // The sibling leaf (level 0) still comes from the store; everything above is held.
      assert.equal(calls, 1);
      assert.equal(small.nodeCache.fetched, nodesFor(inclusionRanges(10, SIZE)).length + 1);
    });

    it('asks nothing of the store when every node is held', async () => {
      const ids = nodesFor([[0, 4096]]);
      await cached.nodes(ids);
      const [got, calls] = await storeCallsOf(cached, ids);
      assert.equal(calls, 0);
      assert.deepEqual(hex(got), hex(await raw.nodes(ids)));
    });

    it('returns copies: changing an answer does not change the next one', async () => {
      const ids = [{ level: 12, index: 0 }];
      const [first] = await cached.nodes(ids);
      (first as Hash).fill(0);
      assert.deepEqual(hex(await cached.nodes(ids)), hex(await raw.nodes(ids)));
    });

    it('keeps nothing of an append the store refused, and fails as the store does on a missing node', async () => {
      const frontier: StoredNode[] = [];
      const fresh = withNodeCache(await backend.open(backend.fresh()));
      await grow(fresh, frontier, 0, 2);
      // Index 5 is not the next one: the store refuses it, with the node 1/2 it would complete.
      const hash = leafHash(sha256, encoder.encode('x'));
      await assert.rejects(
        fresh.append(
          [{ index: 5, leaf: 'x', leafHash: hash, party: 'x:cache', seq: 99 }],
          [{ level: 1, index: 2, hash }],
        ),
        IndexConflictError,
      );
      await assert.rejects(fresh.nodes([{ level: 1, index: 2 }]), StoreError);
      await assert.rejects(
        fresh.nodes([
          { level: 1, index: 0 },
          { level: 3, index: 0 },
        ]),
        StoreError,
      );
      assert.equal((await fresh.nodes([{ level: 1, index: 0 }])).length, 1);
      await fresh.close();
    });

    it('passes every other member of the store through (the writer lock among them, where there is one)', () => {
      const wrapped = withNodeCache(raw);
      for (const [key, value] of Object.entries(raw)) {
        assert.ok(key in wrapped, `${key} is not passed through`);
        assert.equal(typeof (wrapped as unknown as Record<string, unknown>)[key], typeof value, key);
      }
      assert.equal(wrapped.name, raw.name);
    });

    after(async () => {
      await raw?.close();
      await other?.close();
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'est-node-cache-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

nodeCacheTests({
  name: 'SQLite',
  fresh: () => join(dir, `log-${++files}.db`),
  open: (file) => openSqliteEventLog(file),
});

// Without DATABASE_URL, each PostgreSQL test is listed as skipped, and no hook runs.
const url = databaseUrl() ?? '';
const onPg = pgTests();
const schemas: string[] = [];
onPg.after(async () => {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  } finally {
    await admin.end();
  }
});
nodeCacheTests(
  {
    name: 'PostgreSQL',
    fresh: () => {
      const schema = `est_node_cache_${process.pid}_${schemas.length + 1}`;
      schemas.push(schema);
      return schema;
    },
    open: (schema) => openPostgresEventLog(url, { schema }),
  },
  onPg,
);
