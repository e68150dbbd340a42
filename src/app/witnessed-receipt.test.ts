/**
 * checkWitnessedReceipt: a receipt that stands alone for whoever holds the witness policy
 * (c2sp.org/tlog-policy). A real depositary (memory store) gives the receipt; its newest checkpoint
 * is cosigned here with real witness keys (c2sp.org/tlog-cosignature, cosignature/v1), under a
 * policy whose quorum is 2 of 3. What must hold comes from the specifications: the log's signature
 * by the policy's log key, cosignatures meeting the quorum (the quorum time is when the second
 * cosigned), the entry in the cosigned tree, and one history from the receipt's tree to it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toBase64 } from '../log/bytes.ts';
import { cosignatureLine, cosignerKey, formatCosignerVerifierKey, splitNote } from '../log/cosignature.ts';
import {
  ed25519Sign,
  ed25519Verify,
  newKeyPair,
  privateKeyFromSeed,
  rawPublicKey,
  sha256,
} from '../log/node-crypto.ts';
import { parseCheckpoint } from '../log/note.ts';
import { parsePolicy } from '../log/policy.ts';
import type { ReceiptFile } from '../log/receipt.ts';
import { RECEIPT_FILE_VERSION, RECEIPT_FILE_WITNESSED, checkWitnessedReceipt } from '../log/receipt.ts';
import { formatTlogProof } from '../log/tlog-proof.ts';
import { memoryEventLog } from '../store/memory/event-log.ts';
import { Depositary } from './depositary.ts';
import { Filer, testClock } from './testing.ts';

const crypto = { sha256, ed25519Verify };
const ORIGIN = 'depositary.est.test/witnessed-receipt';

async function witness(name: string) {
  const priv = privateKeyFromSeed(newKeyPair().seed);
  const key = await cosignerKey(sha256, name, rawPublicKey(priv));
  return { name, key, vkey: formatCosignerVerifierKey(key), sign: (m: Uint8Array) => ed25519Sign(priv, m) };
}
const W = [await witness('w1.test'), await witness('w2.test'), await witness('w3.test')];

async function setUp() {
  const d = await Depositary.open({
    log: memoryEventLog(),
    clock: testClock().read,
    key: { name: ORIGIN, seed: newKeyPair().seed },
    origin: ORIGIN,
  });
  const ru = new Filer('RU');
  await d.lodgeKey(ru.party, ru.publicKeyBase64);
  const envelope = ru.envelope({ act: 'sign' });
  const receipt = await d.file(envelope);
  // Later filings: the cosigned checkpoint is larger than the receipt's.
  const us = new Filer('US');
  await d.lodgeKey(us.party, us.publicKeyBase64);
  await d.file(us.envelope({ act: 'ratify' }));
  const text = [
    `log ${d.verifierKey}`,
    ...W.map((w, i) => `witness W${i + 1} ${w.vkey}`),
    'group two 2 W1 W2 W3',
    'quorum two',
    '',
  ].join('\n');
  const policy = await parsePolicy(text, sha256, 'test.policy');
  return { d, envelope, receipt, policy, text };
}

/** The depositary's newest checkpoint, cosigned by W[i] at times[i] (null: not by W[i]). */
async function cosigned(d: Depositary, times: readonly (number | null)[]): Promise<string> {
  let note = await d.checkpoint();
  const split = splitNote(note);
  assert.ok(split.ok);
  for (const [i, t] of times.entries()) {
    const w = W[i]!;
    if (t !== null) note += await cosignatureLine(split.text, w.key, t, w.sign);
  }
  return note;
}

async function witnessedFile(
  s: Awaited<ReturnType<typeof setUp>>,
  note: string,
): Promise<ReceiptFile & { witnessed: { proof: string; consistency: string[] } }> {
  const split = splitNote(note);
  const c = split.ok ? parseCheckpoint(split.text) : null;
  assert.ok(c !== null);
  const own = splitNote(s.receipt.checkpoint);
  const then = own.ok ? parseCheckpoint(own.text) : null;
  assert.ok(then !== null && then.size < c.size);
  const hashes = await s.d.inclusionProof(s.receipt.index, c.size);
  return {
    v: RECEIPT_FILE_WITNESSED,
    envelope: s.envelope,
    receipt: s.receipt,
    witnessed: {
      proof: formatTlogProof({ index: s.receipt.index, hashes, checkpoint: note }),
      consistency: (await s.d.consistencyProof(then.size, c.size)).map(toBase64),
    },
  };
}

describe('checkWitnessedReceipt (c2sp.org/tlog-policy, tlog-cosignature, tlog-proof)', () => {
  it('holds with 2 of 3 cosignatures, dated when the second witness cosigned', async () => {
    const s = await setUp();
    // Cosigned at 1000 (W1), 3000 (W2), 2000 (W3): two had cosigned by 2000.
    const r = await checkWitnessedReceipt(
      await witnessedFile(s, await cosigned(s.d, [1000, 3000, 2000])),
      s.policy,
      crypto,
    );
    assert.deepEqual(r.problems, []);
    assert.equal(r.ok, true);
    assert.equal(r.index, s.receipt.index);
    assert.equal(r.cosigned?.size, s.d.size);
    assert.equal(r.cosigned?.quorumTime, 2000);
    assert.deepEqual(r.cosigned?.cosigners.map((c) => c.witness).sort(), ['W1', 'W2', 'W3']);
  });

  it('fails the quorum with one cosignature of the two needed', async () => {
    const s = await setUp();
    const r = await checkWitnessedReceipt(
      await witnessedFile(s, await cosigned(s.d, [null, 1000, null])),
      s.policy,
      crypto,
    );
    assert.equal(r.ok, false);
    assert.deepEqual(
      r.problems.map((p) => p.check),
      ['cosigned'],
    );
  });

  it('fails without a cosigned checkpoint (a version-1 receipt)', async () => {
    const s = await setUp();
    const file: ReceiptFile = { v: RECEIPT_FILE_VERSION, envelope: s.envelope, receipt: s.receipt };
    const r = await checkWitnessedReceipt(file, s.policy, crypto);
    assert.equal(r.ok, false);
    assert.deepEqual(
      r.problems.map((p) => p.check),
      ['witnessed'],
    );
  });

  it('fails when the consistency proof does not join the two trees', async () => {
    const s = await setUp();
    const file = await witnessedFile(s, await cosigned(s.d, [1, 2, 3]));
    const consistency = [...file.witnessed.consistency];
    assert.ok(consistency.length > 0);
    consistency[0] = toBase64(new Uint8Array(32));
    const r = await checkWitnessedReceipt(
      { ...file, witnessed: { ...file.witnessed, consistency } },
      s.policy,
      crypto,
    );
    assert.equal(r.ok, false);
    assert.ok(
      r.problems.some((p) => p.check === 'consistency'),
      JSON.stringify(r.problems),
    );
  });

  it("fails under a policy that trusts another log key: the receipt's own checks fail", async () => {
    const s = await setUp();
    const other = await setUp();
    const file = await witnessedFile(s, await cosigned(s.d, [1, 2, 3]));
    const r = await checkWitnessedReceipt(file, other.policy, crypto);
    assert.equal(r.ok, false);
    assert.ok(
      r.problems.some((p) => p.check === 'receipt'),
      JSON.stringify(r.problems),
    );
  });
});
