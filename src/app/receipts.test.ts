/**
 * Receipts that prove (issue 11, point 6): each receipt carries the signed checkpoint of the tree
 * its batch made and the entry's inclusion proof in it (c2sp.org/tlog-proof@v1), so that a filer
 * holding nothing but the receipt and the depositary's verifier key can show what the log held.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromBase64, toBase64 } from '../log/bytes.ts';
import { leafHashOf } from '../log/entry.ts';
import type { Checkpoint } from '../log/note.ts';
import { openNote, parseCheckpoint, parseVerifierKey } from '../log/note.ts';
import { verifyConsistency, verifyInclusion } from '../log/merkle.ts';
import { ed25519Verify, newKeyPair, sha256 } from '../log/node-crypto.ts';
import { RULES } from '../log/rules.ts';
import { TLOG_PROOF_HEADER, parseTlogProof } from '../log/tlog-proof.ts';
import type { EventLog } from '../store/event-log.ts';
import { memoryEventLog } from '../store/memory/event-log.ts';
import type { Receipt } from './depositary.ts';
import { Depositary } from './depositary.ts';
import { DepositaryError } from './errors.ts';
import { Filer, partyIds, testClock } from './testing.ts';

const DEPOSITARY_KEY = newKeyPair();

async function open(log: EventLog = memoryEventLog()) {
  const d = await Depositary.open({
    log,
    clock: testClock().read,
    key: { name: 'depositary.est.test', seed: DEPOSITARY_KEY.seed },
    origin: 'depositary.est.test/log',
  });
  return { d, log };
}

/** A checkpoint note, opened with the depositary's verifier key (asserting its signature). */
async function opened(d: Depositary, note: string): Promise<Checkpoint> {
  const key = await parseVerifierKey(sha256, d.verifierKey);
  assert.ok(key, d.verifierKey);
  const o = await openNote(note, key, ed25519Verify);
  assert.ok(o.ok, o.ok ? '' : o.reason);
  const c = parseCheckpoint(o.text);
  assert.ok(c, o.text);
  assert.equal(c.origin, 'depositary.est.test/log');
  return c;
}

/**
 * What a filer can check with its receipt alone: the checkpoint is the depositary's, the tree
 * includes the entry, and the tlog proof leads from the entry's leaf hash to that tree's root.
 * Returns the checkpoint.
 */
async function checkReceipt(d: Depositary, r: Receipt): Promise<Checkpoint> {
  const c = await opened(d, r.checkpoint);
  assert.ok(c.size >= r.index + 1, `the tree of ${c.size} entries includes entry ${r.index}`);
  assert.ok(r.proof.startsWith(`${TLOG_PROOF_HEADER}\nindex ${r.index}\n`), r.proof);
  const parsed = parseTlogProof(r.proof);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
  assert.equal(parsed.proof.index, r.index);
  assert.equal(parsed.proof.checkpoint, r.checkpoint, 'the proof ends in the receipt checkpoint');
  const leaf = fromBase64(r.leafHash);
  assert.ok(leaf !== null && leaf.length === 32);
  assert.ok(
    await verifyInclusion(sha256, r.index, c.size, leaf, parsed.proof.hashes, c.root),
    `the proof of entry ${r.index} leads to the root of ${c.size}`,
  );
  return c;
}

describe('a receipt', () => {
  it('holds a signed checkpoint that includes the entry, and its proof in it', async () => {
    const { d, log } = await open();
    const [ru, us] = [new Filer('RU'), new Filer('US')];
    const receipts: Receipt[] = [];
    for (const f of [ru, us]) receipts.push((await d.lodgeKey(f.party, f.publicKeyBase64)).receipt);
    receipts.push(await d.file(ru.envelope({ act: 'sign' })));
    receipts.push(await d.fileOwn({ act: 'close', procedure: 'c-1' }));
    receipts.push(await d.file(us.envelope({ act: 'ratify' })));
    receipts.push(await d.revokeKey('US', us.keyId));
    assert.deepEqual(
      receipts.map((r) => r.index),
      [0, 1, 2, 3, 4, 5],
    );
    const leaves = await log.entries(0, d.size);
    for (const r of receipts) {
      const c = await checkReceipt(d, r);
      // Filed one at a time: each batch is one entry, and its tree ends with it.
      assert.equal(c.size, r.index + 1);
      assert.equal(toBase64(c.root), toBase64(await d.rootAt(c.size)));
      assert.equal(r.leafHash, toBase64(leafHashOf(sha256, leaves[r.index]!)));
      assert.equal(r.rules, RULES);
      assert.equal(d.rules, RULES);
    }
    // Every tree a receipt holds is one the latest extends.
    const latest = await opened(d, await d.checkpoint());
    for (const r of receipts) {
      const c = parseCheckpoint(r.checkpoint.slice(0, r.checkpoint.indexOf('\n\n') + 1))!;
      const proof = await d.consistencyProof(c.size, latest.size);
      assert.ok(await verifyConsistency(sha256, c.size, latest.size, c.root, latest.root, proof));
    }
  });

  it('of a refused filing proves it as well', async () => {
    const { d } = await open();
    const gb = new Filer('GB');
    await d.lodgeKey('GB', gb.publicKeyBase64);
    const r = await d.file(gb.envelope({ act: 'ratify' }));
    assert.equal(r.outcome.accepted, false);
    await checkReceipt(d, r);
  });

  it('does not verify for another entry, or against another tree', async () => {
    const { d } = await open();
    const [ru, us] = [new Filer('RU'), new Filer('US')];
    for (const f of [ru, us]) await d.lodgeKey(f.party, f.publicKeyBase64);
    const [a, b] = await Promise.all([
      d.file(ru.envelope({ act: 'sign' })),
      d.file(us.envelope({ act: 'sign' })),
    ]);
    const c = await checkReceipt(d, a);
    await checkReceipt(d, b);
    const proof = parseTlogProof(a.proof);
    assert.ok(proof.ok);
    const otherLeaf = fromBase64(b.leafHash)!;
    assert.equal(
      await verifyInclusion(sha256, a.index, c.size, otherLeaf, proof.proof.hashes, c.root),
      false,
    );
    const earlier = await d.rootAt(a.index);
    const leaf = fromBase64(a.leafHash)!;
    assert.equal(await verifyInclusion(sha256, a.index, c.size, leaf, proof.proof.hashes, earlier), false);
  });
});

describe('a burst of filings', () => {
  it('gives every filing of one batch the same checkpoint, and each its own proof in it', async () => {
    const log = memoryEventLog();
    let appends = 0;
    const counting: EventLog = { ...log, append: (e, n) => ((appends += 1), log.append(e, n)) };
    const { d } = await open(counting);
    const filers = partyIds(50).map((id) => new Filer(id));
    for (const f of filers) await d.lodgeKey(f.party, f.publicKeyBase64);
    const base = d.size;
    assert.equal(base, 50);
    const before = appends;
    const envelopes = filers.flatMap((f) => [f.envelope({ act: 'sign' }), f.envelope({ act: 'ratify' })]);
    assert.equal(envelopes.length, 100);
    const receipts = await Promise.all(envelopes.map((e) => d.file(e)));
    assert.equal(appends - before, 1, 'filed in the same turn, the 100 are one batch');
    assert.deepEqual(
      receipts.map((r) => r.index).sort((x, y) => x - y),
      envelopes.map((_, i) => base + i),
    );
    assert.equal(new Set(receipts.map((r) => r.checkpoint)).size, 1, 'one checkpoint for the batch');
    const c = await opened(d, receipts[0]!.checkpoint);
    assert.equal(c.size, base + 100);
    assert.equal(toBase64(c.root), toBase64(await d.rootAt(c.size)));
    for (const r of receipts) assert.equal((await checkReceipt(d, r)).size, c.size);
    // The proofs made from memory for the batch are those the stored tree gives.
    for (const r of receipts) {
      const parsed = parseTlogProof(r.proof);
      assert.ok(parsed.ok);
      assert.deepEqual(
        parsed.proof.hashes.map(toBase64),
        (await d.inclusionProof(r.index, c.size)).map(toBase64),
      );
    }
  });
});

describe('the tlog proof of an entry against the latest checkpoint', () => {
  it('verifies for every entry, and is refused beyond the log', async () => {
    const { d, log } = await open();
    const filers = ['RU', 'US', 'DE'].map((id) => new Filer(id));
    for (const f of filers) await d.lodgeKey(f.party, f.publicKeyBase64);
    await Promise.all(filers.map((f) => d.file(f.envelope({ act: 'sign' }))));
    for (const f of filers) await d.file(f.envelope({ act: 'ratify' }));
    const size = d.size;
    assert.equal(size, 9);
    const latest = await opened(d, await d.checkpoint());
    assert.equal(latest.size, size);
    const leaves = await log.entries(0, size);
    for (let i = 0; i < size; i += 1) {
      const text = await d.tlogProof(i);
      const parsed = parseTlogProof(text);
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
      assert.equal(parsed.proof.index, i);
      const c = await opened(d, parsed.proof.checkpoint);
      assert.deepEqual(c, latest);
      assert.ok(
        await verifyInclusion(sha256, i, c.size, leafHashOf(sha256, leaves[i]!), parsed.proof.hashes, c.root),
        `entry ${i}`,
      );
    }
    for (const bad of [size, -1, 1.5]) {
      const e = await d.tlogProof(bad).then(
        () => null,
        (err: unknown) => err,
      );
      assert.ok(e instanceof DepositaryError && e.status === 400, `index ${bad}: ${String(e)}`);
    }
  });

  it('follows the log as it grows', async () => {
    const { d, log } = await open();
    const ru = new Filer('RU');
    await d.lodgeKey('RU', ru.publicKeyBase64);
    const early = parseTlogProof(await d.tlogProof(0));
    assert.ok(early.ok);
    await d.file(ru.envelope({ act: 'sign' }));
    const later = parseTlogProof(await d.tlogProof(0));
    assert.ok(later.ok);
    const c = await opened(d, later.proof.checkpoint);
    assert.equal(c.size, 2);
    const [leaf] = await log.entries(0, 1);
    assert.ok(await verifyInclusion(sha256, 0, 2, leafHashOf(sha256, leaf!), later.proof.hashes, c.root));
  });
});
