/**
 * The EventLog contract: every store (memory, SQLite, PostgreSQL) runs these tests through
 * `eventLogContract(name, factory)`. A factory opens a fresh, empty store; `reopen`, when the store
 * persists, opens the same storage again after `close`.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Hash } from '../../src/log/merkle.ts';
import type { EventLog, NewEntry, StoredNode } from '../../src/store/event-log.ts';
import {
  IndexConflictError,
  KeyExistsError,
  SeqConflictError,
  StoreError,
} from '../../src/store/event-log.ts';
import type { TestApi } from '../support/env.ts';
import { RUN } from '../support/env.ts';

export interface EventLogFactory {
  /** A fresh, empty store. */
  create(): Promise<EventLog>;
  /** The same storage as the last `create`, opened again (persistent stores only). */
  reopen?(): Promise<EventLog>;
}

const hash = (s: string): Hash => new Uint8Array(createHash('sha256').update(s).digest());

function entry(index: number, party = 'RU', seq = index + 1, leaf = `{"index":${index}}`): NewEntry {
  return { index, leaf, leafHash: hash(leaf), party, seq };
}
/**
 * An entry whose leaf names its filer, as the depositary's leaves do: the seqs a log holds are read
 * back from its entries ({@link lastSeqs}), the way the depositary reads them on replay.
 */
const filed = (index: number, party: string, seq: number): NewEntry =>
  entry(index, party, seq, JSON.stringify({ index, party, seq }));

/**
 * The highest seq of each party among the log's entries, read through `size` and `entries` from
 * the leaves made by {@link filed} (other leaves name no filer and are passed over).
 */
export async function lastSeqs(log: EventLog): Promise<Map<string, number>> {
  const last = new Map<string, number>();
  for (const leaf of await log.entries(0, await log.size())) {
    const { party, seq } = JSON.parse(leaf) as { party?: string; seq?: number };
    if (party !== undefined && seq !== undefined) last.set(party, Math.max(last.get(party) ?? 0, seq));
  }
  return last;
}

/** The highest seq of a party among the log's entries, 0 when none (see {@link lastSeqs}). */
const lastSeq = async (log: EventLog, party: string): Promise<number> =>
  (await lastSeqs(log)).get(party) ?? 0;

const node = (level: number, index: number): StoredNode => ({
  level,
  index,
  hash: hash(`${level}/${index}`),
});

/**
 * Version-1 rows for testing migration 2 (leaf hashes kept once, in entries): four entries, each
 * leaf hash copied into nodes at level 0 (entry 2's copy changed since, behind the depositary), and
 * node 1/0. Each store's test writes them in its own SQL.
 */
export const VERSION_1_ROWS = {
  entries: [0, 1, 2, 3].map((i) => ({
    idx: i,
    leaf: `{"index":${i}}`,
    leafHash: hash(String(i)),
    seq: i + 1,
  })),
  nodes: [
    ...[0, 1, 2, 3].map((i) => ({ level: 0, idx: i, hash: hash(i === 2 ? 'changed' : String(i)) })),
    { level: 1, idx: 0, hash: hash('1/0') },
  ],
  /** The (level, idx) of the nodes rows left after migration 2: the copy that differs, and 1/0. */
  kept: [
    [0, 2],
    [1, 0],
  ],
} as const;

/** What a store opened on {@link VERSION_1_ROWS} reads: level 0 from the entries, 1/0 as stored. */
export async function assertReadsAfterMigration2(log: EventLog): Promise<void> {
  assert.deepEqual(
    await log.nodes(VERSION_1_ROWS.entries.map((e) => ({ level: 0, index: e.idx }))),
    VERSION_1_ROWS.entries.map((e) => e.leafHash),
  );
  assert.deepEqual(await log.nodes([{ level: 1, index: 0 }]), [hash('1/0')]);
}

async function using(factory: EventLogFactory, f: (log: EventLog) => Promise<void>): Promise<void> {
  const log = await factory.create();
  try {
    await f(log);
  } finally {
    await log.close();
  }
}

export function eventLogContract(name: string, factory: EventLogFactory, api: TestApi = RUN): void {
  const { describe, it } = api;
  describe(`the ${name} event log`, () => {
    it('starts empty', () =>
      using(factory, async (log) => {
        assert.equal(await log.size(), 0);
        assert.deepEqual(await log.entries(0, 10), []);
        assert.equal(await lastSeq(log, 'RU'), 0);
        assert.deepEqual([...(await lastSeqs(log))], []);
        assert.deepEqual(await log.keys(), []);
        assert.equal(await log.getSetting('origin'), null);
      }));

    it('gives back each leaf text exactly as appended, Russian and all', () =>
      using(factory, async (log) => {
        const leaves = ['{"a":"Российская Федерация"}', '{"b":"\\u2028 \u2014 \ud83c\udf0d"}', '{"c":1}'];
        await log.append(
          leaves.map((l, i) => entry(i, 'RU', i + 1, l)),
          [node(1, 0)],
        );
        assert.equal(await log.size(), 3);
        assert.deepEqual(await log.entries(0, 3), leaves);
        assert.deepEqual(await log.entries(1, 2), [leaves[1]]);
      }));

    it('clips entry ranges to the log', () =>
      using(factory, async (log) => {
        await log.append([entry(0), entry(1), entry(2)], []);
        assert.deepEqual(await log.entries(2, 100), ['{"index":2}']);
        assert.deepEqual(await log.entries(5, 100), []);
        assert.deepEqual(await log.entries(-3, 1), ['{"index":0}']);
        assert.deepEqual(await log.entries(2, 1), []);
      }));

    it('returns nodes in the order asked, level 0 the leaf hashes, and refuses a missing one', () =>
      using(factory, async (log) => {
        await log.append([entry(0), entry(1)], [node(1, 0)]);
        const got = await log.nodes([
          { level: 1, index: 0 },
          { level: 0, index: 1 },
          { level: 0, index: 0 },
        ]);
        assert.deepEqual(
          got.map((h) => Buffer.from(h).toString('hex')),
          [node(1, 0).hash, entry(1).leafHash, entry(0).leafHash].map((h) => Buffer.from(h).toString('hex')),
        );
        await assert.rejects(log.nodes([{ level: 3, index: 0 }]), StoreError);
        await assert.rejects(log.nodes([{ level: 0, index: 2 }]), StoreError);
      }));

    it('refuses a node of level 0 (a leaf hash comes with its entry), and writes none of the batch', () =>
      using(factory, async (log) => {
        await assert.rejects(
          log.append([entry(0)], [node(0, 0)]),
          (e: unknown) => e instanceof StoreError && e.code === 'bad_node',
        );
        assert.equal(await log.size(), 0);
      }));

    it('refuses an index that is not the next one, and writes nothing', () =>
      using(factory, async (log) => {
        await log.append([entry(0)], []);
        await assert.rejects(log.append([filed(2, 'US', 1)], [node(1, 1)]), IndexConflictError);
        await assert.rejects(log.append([filed(0, 'US', 1)], []), IndexConflictError);
        assert.equal(await log.size(), 1);
        assert.equal(await lastSeq(log, 'US'), 0);
      }));

    it('refuses a (party, seq) already logged, and writes none of the batch', () =>
      using(factory, async (log) => {
        await log.append([entry(0, 'RU', 1)], []);
        await assert.rejects(
          log.append([filed(1, 'US', 1), filed(2, 'RU', 1)], [node(1, 0)]),
          SeqConflictError,
        );
        assert.equal(await log.size(), 1);
        assert.equal(await lastSeq(log, 'US'), 0);
        await assert.rejects(log.nodes([{ level: 0, index: 1 }]), StoreError);
        await assert.rejects(log.nodes([{ level: 1, index: 0 }]), StoreError);
        // The same seq of another party is fine.
        await log.append([entry(1, 'US', 1)], []);
        assert.equal(await log.size(), 2);
      }));

    it('refuses a batch that repeats a (party, seq) within itself', () =>
      using(factory, async (log) => {
        await assert.rejects(log.append([entry(0, 'RU', 1), entry(1, 'RU', 1)], []), SeqConflictError);
        assert.equal(await log.size(), 0);
      }));

    it('refuses a node already stored, or a hash that is not 32 bytes, and writes none of the batch', () =>
      using(factory, async (log) => {
        await log.append([entry(0), entry(1)], [node(1, 0)]);
        await assert.rejects(log.append([filed(2, 'US', 1)], [node(2, 0), node(1, 0)]), StoreError);
        await assert.rejects(
          log.append([{ ...filed(2, 'US', 1), leafHash: new Uint8Array(31) }], []),
          StoreError,
        );
        await assert.rejects(
          log.append([filed(2, 'US', 1)], [{ level: 2, index: 0, hash: new Uint8Array(33) }]),
          StoreError,
        );
        assert.equal(await log.size(), 2);
        await assert.rejects(log.nodes([{ level: 2, index: 0 }]), StoreError);
        assert.equal(await lastSeq(log, 'US'), 0);
      }));

    it('knows the last seq of each party', () =>
      using(factory, async (log) => {
        await log.append([filed(0, 'RU', 1), filed(1, 'US', 1), filed(2, 'RU', 2), filed(3, 'RU', 3)], []);
        assert.equal(await lastSeq(log, 'RU'), 3);
        assert.equal(await lastSeq(log, 'US'), 1);
        assert.equal(await lastSeq(log, 'DE'), 0);
        assert.deepEqual([...(await lastSeqs(log))].sort(), [
          ['RU', 3],
          ['US', 1],
        ]);
      }));

    it('appends a thousand entries in one batch', () =>
      using(factory, async (log) => {
        const batch = Array.from({ length: 1000 }, (_, i) => entry(i, 'RU', i + 1));
        await log.append(
          batch,
          batch.slice(0, 500).map((_, i) => node(1, i)),
        );
        assert.equal(await log.size(), 1000);
        assert.deepEqual(await log.entries(998, 1000), ['{"index":998}', '{"index":999}']);
        assert.deepEqual(await log.nodes([{ level: 0, index: 999 }]), [entry(999).leafHash]);
        assert.deepEqual(await log.nodes([{ level: 1, index: 499 }]), [node(1, 499).hash]);
      }));

    it('keeps, lists and revokes Party keys', () =>
      using(factory, async (log) => {
        const publicKey = new Uint8Array(32).map((_, i) => i);
        await log.addKey({
          party: 'RU',
          keyId: '00112233aabbccdd',
          publicKey,
          addedAt: '2026-01-01T00:00:00.000Z',
        });
        await log.addKey({
          party: 'US',
          keyId: '0011223344556677',
          publicKey,
          addedAt: '2026-01-02T00:00:00.000Z',
        });
        await assert.rejects(
          log.addKey({
            party: 'RU',
            keyId: '00112233aabbccdd',
            publicKey,
            addedAt: '2026-01-03T00:00:00.000Z',
          }),
          KeyExistsError,
        );
        const [ru] = await log.keys('RU');
        assert.ok(ru);
        assert.deepEqual([...ru.publicKey], [...publicKey]);
        assert.equal(ru.revokedAt, null);
        assert.equal(await log.revokeKey('RU', '00112233aabbccdd', '2026-02-01T00:00:00.000Z'), true);
        assert.equal(await log.revokeKey('RU', '00112233aabbccdd', '2026-02-02T00:00:00.000Z'), false);
        assert.equal(await log.revokeKey('DE', 'ffffffffffffffff', '2026-02-02T00:00:00.000Z'), false);
        assert.equal((await log.keys('RU'))[0]?.revokedAt, '2026-02-01T00:00:00.000Z');
        assert.equal((await log.keys()).length, 2);
      }));

    it('keeps settings', () =>
      using(factory, async (log) => {
        await log.setSetting('origin', 'est.example/log');
        await log.setSetting('origin', 'est.example/log2');
        assert.equal(await log.getSetting('origin'), 'est.example/log2');
      }));

    it('keeps witnessed milestones and answers the earliest one holding an entry', () =>
      using(factory, async (log) => {
        assert.equal(await log.witnessedAt(0), null);
        await log.addWitnessed(3, 1000);
        await log.addWitnessed(3, 1000); // again: nothing changes
        await log.addWitnessed(8, 1005);
        // Entry i is held by a checkpoint of size > i: entries 0-2 by size 3, 3-7 by size 8.
        assert.deepEqual(await log.witnessedAt(0), { size: 3, quorumTime: 1000 });
        assert.deepEqual(await log.witnessedAt(2), { size: 3, quorumTime: 1000 });
        assert.deepEqual(await log.witnessedAt(3), { size: 8, quorumTime: 1005 });
        assert.deepEqual(await log.witnessedAt(7), { size: 8, quorumTime: 1005 });
        assert.equal(await log.witnessedAt(8), null);
        // Not larger: ignored, whatever the time (an older checkpoint cosigned late, or again).
        await log.addWitnessed(5, 1010);
        await log.addWitnessed(8, 900);
        assert.deepEqual(await log.witnessedAt(4), { size: 8, quorumTime: 1005 });
        // Larger in the same second, or with an earlier time (a witness's clock behind): the newest
        // milestone is extended, its entries dated at its time, never earlier.
        await log.addWitnessed(10, 1005);
        await log.addWitnessed(12, 1001);
        assert.deepEqual(await log.witnessedAt(3), { size: 12, quorumTime: 1005 });
        assert.deepEqual(await log.witnessedAt(11), { size: 12, quorumTime: 1005 });
        assert.deepEqual(await log.witnessedAt(2), { size: 3, quorumTime: 1000 });
        await log.addWitnessed(13, 1006);
        assert.deepEqual(await log.witnessedAt(12), { size: 13, quorumTime: 1006 });
        // Not a milestone: size 0 holds no entry; fractions and negatives are no sizes or times.
        await log.addWitnessed(0, 2000);
        await log.addWitnessed(20.5, 2000);
        await log.addWitnessed(20, -1);
        assert.equal(await log.witnessedAt(13), null);
      }));

    it('records concurrent milestones as if one after the other', () =>
      using(factory, async (log) => {
        // Sizes and times rise together; whatever order the store takes them in, every entry gets
        // a time no earlier than its own milestone's and the log's newest size is covered.
        await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((i) => log.addWitnessed(i * 10, 100 + i)));
        const newest = await log.witnessedAt(79);
        assert.equal(newest?.size, 80);
        for (let i = 1; i <= 8; i += 1) {
          const m = await log.witnessedAt(i * 10 - 1);
          assert.ok(m !== null && m.quorumTime >= 100 + i && m.size >= i * 10, JSON.stringify(m));
        }
      }));

    if (factory.reopen !== undefined) {
      const reopen = factory.reopen.bind(factory);
      it('still has everything after closing and opening again', async () => {
        const log = await factory.create();
        await log.append([filed(0, 'RU', 1), filed(1, 'US', 1)], [node(1, 0)]);
        await log.addKey({
          party: 'RU',
          keyId: '00112233aabbccdd',
          publicKey: new Uint8Array(32),
          addedAt: 'x',
        });
        await log.setSetting('origin', 'o');
        await log.addWitnessed(1, 1000);
        await log.addWitnessed(2, 1001);
        await log.close();
        const again = await reopen();
        try {
          assert.equal(await again.size(), 2);
          assert.deepEqual(await again.entries(0, 2), [filed(0, 'RU', 1).leaf, filed(1, 'US', 1).leaf]);
          assert.equal(await lastSeq(again, 'US'), 1);
          assert.deepEqual(
            await again.nodes([
              { level: 1, index: 0 },
              { level: 0, index: 1 },
            ]),
            [node(1, 0).hash, filed(1, 'US', 1).leafHash],
          );
          assert.equal((await again.keys()).length, 1);
          assert.equal(await again.getSetting('origin'), 'o');
          assert.deepEqual(await again.witnessedAt(0), { size: 1, quorumTime: 1000 });
          assert.deepEqual(await again.witnessedAt(1), { size: 2, quorumTime: 1001 });
        } finally {
          await again.close();
        }
      });
    }
  });
}
