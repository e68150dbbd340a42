/**
 * The record through the HTTP API (issue 11): keys lodged, rotated and revoked as entries of the
 * log, weak keys refused, the forgery a weak key allows, receipts that prove, and tlog-proofs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromBase64, toBase64 } from '../../src/log/bytes.ts';
import type { WeakKeyReason } from '../../src/log/ed25519-key.ts';
import type { Entry } from '../../src/log/entry.ts';
import { ENVELOPE_VERSION, keyIdOf, leafHashOf, signingBytes } from '../../src/log/entry.ts';
import { verifyInclusion } from '../../src/log/merkle.ts';
import { ed25519Verify, sha256 } from '../../src/log/node-crypto.ts';
import type { Checkpoint } from '../../src/log/note.ts';
import { openNote, parseCheckpoint, parseVerifierKey } from '../../src/log/note.ts';
import { RULES } from '../../src/log/rules.ts';
import { TLOG_PROOF_HEADER, parseTlogProof } from '../../src/log/tlog-proof.ts';
import {
  SMALL_ORDER,
  WEAK_KEYS,
  Y_IDENTITY,
  Y_ORDER_2,
  Y_ORDER_8_A,
  Y_ORDER_8_B,
  encoding,
} from '../../src/log/weak-keys.testing.ts';
import type { TestApp } from './helpers.ts';
import { ADMIN, Filer, problem, testApp, the } from './helpers.ts';

interface Receipt {
  index: number;
  leafHash: string;
  receivedAt: string;
  outcome: { accepted: boolean; violations: { code: string; cite: string }[] };
  rules: string;
  checkpoint: string;
  proof: string;
}

interface KeyAnswer {
  party: string;
  keyId: string;
  receipt: Receipt;
}

interface ListedKey {
  party: string;
  keyId: string;
  publicKey: string;
  addedAt: string;
  revokedAt: string | null;
  lodgedIndex: number;
  revokedIndex: number | null;
}

const json = async <T>(r: Response, status = 200): Promise<T> => {
  const text = await r.text();
  assert.equal(r.status, status, text);
  assert.equal(r.headers.get('content-type'), 'application/json', text);
  return JSON.parse(text) as T;
};

const submit = (t: TestApp, body: unknown) => t.req('POST', '/api/v1/submissions', body);
const lodge = (t: TestApp, party: string, body: unknown) =>
  t.req('POST', `/api/v1/admin/parties/${party}/keys`, body, ADMIN);
const revoke = (t: TestApp, party: string, keyId: string) =>
  t.req('DELETE', `/api/v1/admin/parties/${party}/keys/${keyId}`, undefined, ADMIN);
const listKeys = async (t: TestApp) =>
  (await json<{ keys: ListedKey[] }>(await t.req('GET', '/api/v1/keys'))).keys;
const entryAt = async (t: TestApp, i: number): Promise<Entry> =>
  JSON.parse(the((await t.log.entries(i, i + 1))[0], `entry ${i}`)) as Entry;

/** Opens a checkpoint note with the verifier key the server publishes at GET /api/v1/log/key. */
async function openCheckpoint(t: TestApp, note: string): Promise<Checkpoint> {
  const keyText = await (await t.req('GET', '/api/v1/log/key')).text();
  const key = await parseVerifierKey(sha256, keyText);
  assert.ok(key, `not a verifier key: ${keyText}`);
  const opened = await openNote(note, key, ed25519Verify);
  assert.ok(opened.ok, opened.ok ? '' : opened.reason);
  return the(parseCheckpoint(opened.text) ?? undefined, 'checkpoint');
}

/**
 * Checks a c2sp.org/tlog-proof@v1 text for an entry: it parses, its checkpoint opens with the
 * server's key, and the inclusion of the leaf hash at that index verifies. Returns the checkpoint.
 */
async function verifyTlogProof(
  t: TestApp,
  text: string,
  index: number,
  leafHash: string,
): Promise<Checkpoint> {
  assert.ok(text.startsWith(`${TLOG_PROOF_HEADER}\nindex ${index}\n`), text);
  const parsed = parseTlogProof(text);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
  const { proof } = parsed;
  assert.equal(proof.index, index);
  const c = await openCheckpoint(t, proof.checkpoint);
  assert.ok(index < c.size, `entry ${index} is not in a tree of ${c.size}`);
  const leaf = the(fromBase64(leafHash) ?? undefined, 'leaf hash');
  assert.equal(await verifyInclusion(sha256, index, c.size, leaf, proof.hashes, c.root), true, text);
  // A proof of another leaf, or at another index, does not verify with the same hashes.
  const other = sha256(leaf);
  assert.equal(await verifyInclusion(sha256, index, c.size, other, proof.hashes, c.root), false);
  if (c.size > 1) {
    const elsewhere = index === 0 ? 1 : index - 1;
    assert.equal(await verifyInclusion(sha256, elsewhere, c.size, leaf, proof.hashes, c.root), false);
  }
  return c;
}

/** Checks a receipt: its proof is of its own index and checkpoint, and verifies for its leaf hash. */
async function verifyReceipt(t: TestApp, receipt: Receipt): Promise<Checkpoint> {
  const parsed = parseTlogProof(receipt.proof);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
  assert.equal(parsed.proof.checkpoint, receipt.checkpoint, 'the proof ends in the receipt’s checkpoint');
  const c = await verifyTlogProof(t, receipt.proof, receipt.index, receipt.leafHash);
  // The leaf hash is that of the entry logged at the index.
  const leaf = the((await t.log.entries(receipt.index, receipt.index + 1))[0], 'leaf');
  assert.equal(toBase64(leafHashOf(sha256, leaf)), receipt.leafHash);
  return c;
}

/** Words the detail of a refusal has, by reason. */
const WORDS: Readonly<Record<WeakKeyReason, RegExp>> = {
  length: /32 bytes/,
  'non-canonical': /non-canonical/,
  'not-on-curve': /no point on the curve/,
  'small-order': /small order/,
  'mixed-order': /mixed order/,
};

describe('weak keys', () => {
  it('the small-order encodings are the published ones', () => {
    // libsodium's blocklist (ed25519_ref10.c has_small_order), as hex.
    const hex = (raw: Uint8Array) => Buffer.from(raw).toString('hex');
    assert.equal(
      hex(encoding(Y_ORDER_8_A)),
      '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
    );
    assert.equal(
      hex(encoding(Y_ORDER_8_B)),
      'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
    );
    assert.equal(hex(encoding(Y_ORDER_2)), 'ec' + 'ff'.repeat(30) + '7f');
    assert.equal(new Set(Array.from(SMALL_ORDER.values(), hex)).size, 8);
  });

  for (const { name, raw, reason } of WEAK_KEYS) {
    const words = WORDS[reason];
    it(`are refused with a 400 problem naming why, and nothing is logged: ${name}`, async () => {
      const t = await testApp();
      await t.parties('RU');
      const [size, keys] = [t.d.size, await listKeys(t)];
      const publicKey = toBase64(raw);
      for (const party of ['RU', 'US']) {
        const body = await problem(await lodge(t, party, { publicKey }), 400, 'malformed');
        assert.equal(body['reason'], reason, body.detail);
        assert.match(body.detail, words);
        assert.match(body.detail, /^publicKey is /);
      }
      // Nor as the key that replaces one in force.
      const replaces = the(keys[0], 'RU key').keyId;
      const body = await problem(await lodge(t, 'RU', { publicKey, replaces }), 400, 'malformed');
      assert.equal(body['reason'], reason);
      assert.equal(t.d.size, size);
      assert.equal(await t.log.size(), size);
      assert.deepEqual(await listKeys(t), keys);
    });
  }

  it('the forgery "R = identity, S = 0" cannot be made for any lodged Party: it is a 401', async () => {
    const t = await testApp();
    await t.parties('RU', 'US', 'DE');
    const identity = encoding(Y_IDENTITY);
    const forged = new Uint8Array(64);
    forged.set(identity, 0); // R = the identity point, S = 0
    const unsigned = (party: string, keyId: string) =>
      ({ v: ENVELOPE_VERSION, party, keyId, seq: 1, act: { act: 'sign' } }) as const;
    // The threat: under the identity key this signature verifies for any message.
    assert.equal(ed25519Verify(identity, signingBytes(unsigned('GE', 'x')), forged), true);

    // The identity key is refused, so no Party has it...
    await problem(await lodge(t, 'GE', { publicKey: toBase64(identity) }), 400, 'malformed');
    const size = t.d.size;
    const keys = await listKeys(t);
    assert.deepEqual(keys.map((k) => k.party).sort(), ['DE', 'RU', 'US']);
    const identityId = keyIdOf(sha256, identity);
    assert.ok(keys.every((k) => k.keyId !== identityId));
    await problem(
      await submit(t, { ...unsigned('GE', identityId), signature: toBase64(forged) }),
      401,
      'unknown-key',
    );
    // ...and under every key lodged, the forged signature does not verify.
    for (const k of keys) {
      const envelope = { ...unsigned(k.party, k.keyId), signature: toBase64(forged) };
      await problem(await submit(t, envelope), 401, 'bad-signature');
    }
    assert.equal(t.d.size, size);
  });
});

describe('rotating and revoking keys', () => {
  it('replaces a key in one entry: the old key then files nothing, the new one files in sequence', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const old = the(RU, 'RU');
    const signed = await json<Receipt>(await submit(t, old.envelope({ act: 'sign' })), 201);
    assert.equal(signed.outcome.accepted, true);

    const next = new Filer('RU');
    next.seq = old.seq;
    t.time.set('2010-02-01T12:00:00.000Z');
    const base = t.d.size;
    const rotated = await json<KeyAnswer>(
      await lodge(t, 'RU', { publicKey: next.publicKeyBase64, replaces: old.keyId }),
      201,
    );
    assert.deepEqual(rotated, { party: 'RU', keyId: next.keyId, receipt: rotated.receipt });
    assert.equal(rotated.receipt.index, base);
    assert.equal(rotated.receipt.receivedAt, '2010-02-01T12:00:00.000Z');
    await verifyReceipt(t, rotated.receipt);
    const entry = await entryAt(t, base);
    assert.equal(entry.envelope.party, 'DEPOSITARY');
    assert.deepEqual(entry.envelope.act, {
      act: 'lodge-key',
      party: 'RU',
      keyId: next.keyId,
      publicKey: next.publicKeyBase64,
      replaces: old.keyId,
    });

    // The old key's filings are refused, with the entry that revoked it; nothing is logged.
    const stale = await problem(await submit(t, old.envelope({ act: 'ratify' })), 401, 'unknown-key');
    assert.match(stale.detail, new RegExp(`revoked at entry ${base}\\b`));
    assert.equal(t.d.size, base + 1);
    const ratified = await json<Receipt>(await submit(t, next.envelope({ act: 'ratify' })), 201);
    assert.equal(ratified.index, base + 1);

    const keys = await listKeys(t);
    assert.deepEqual(
      keys.map((k) => [k.keyId, k.revokedAt, k.revokedIndex]),
      [
        [old.keyId, '2010-02-01T12:00:00.000Z', base],
        [next.keyId, null, null],
      ],
    );

    // The replaced key cannot be replaced or revoked again; an unknown key cannot be replaced.
    const another = new Filer('RU');
    await problem(
      await lodge(t, 'RU', { publicKey: another.publicKeyBase64, replaces: old.keyId }),
      404,
      'not-found',
    );
    await problem(
      await lodge(t, 'RU', { publicKey: another.publicKeyBase64, replaces: '0011223344556677' }),
      404,
      'not-found',
    );
    await problem(await revoke(t, 'RU', old.keyId), 404, 'not-found');
    assert.equal(t.d.size, base + 2);
  });

  it('revokes a key with an entry (200 with its receipt); a second revocation is a 404', async () => {
    const t = await testApp();
    const { RU, US } = await t.parties('RU', 'US');
    const ru = the(RU, 'RU');
    const base = t.d.size;
    const r = await revoke(t, 'RU', ru.keyId);
    const body = await json<KeyAnswer>(r, 200);
    assert.deepEqual(Object.keys(body).sort(), ['keyId', 'party', 'receipt']);
    assert.equal(body.party, 'RU');
    assert.equal(body.keyId, ru.keyId);
    assert.equal(body.receipt.index, base);
    assert.deepEqual(body.receipt.outcome, { accepted: true, violations: [] });
    await verifyReceipt(t, body.receipt);
    await problem(await revoke(t, 'RU', ru.keyId), 404, 'not-found');
    // A key of another Party is not this Party's to revoke.
    await problem(await revoke(t, 'RU', the(US, 'US').keyId), 404, 'not-found');
    await problem(await submit(t, ru.envelope({ act: 'sign' })), 401, 'unknown-key');
    assert.equal(t.d.size, base + 1);
    // US is untouched.
    assert.equal(
      (await json<Receipt>(await submit(t, the(US, 'US').envelope({ act: 'sign' })), 201)).index,
      base + 1,
    );
  });

  it('never logs a filing after the entry that revoked its key, however the two race', async () => {
    const t = await testApp();
    const ids = ['RU', 'US', 'DE', 'FR', 'BY', 'GE', 'AM', 'AZ'];
    const f = await t.parties(...ids);
    // Half the Parties send the filing first, half the revocation first; all at once.
    const raced = await Promise.all(
      ids.map(async (id, i) => {
        const filer = the(f[id], id);
        const file = () => submit(t, filer.envelope({ act: 'sign' }));
        const drop = () => revoke(t, id, filer.keyId);
        const [filed, revoked] =
          i % 2 === 0 ? await Promise.all([file(), drop()]) : (await Promise.all([drop(), file()])).reverse();
        return { id, filed: filed as Response, revoked: revoked as Response };
      }),
    );
    for (const { id, filed, revoked } of raced) {
      const { receipt } = await json<KeyAnswer>(revoked, 200);
      if (filed.status === 201) {
        const logged = await json<Receipt>(filed, 201);
        assert.ok(
          logged.index < receipt.index,
          `${id}: filed at ${logged.index}, revoked at ${receipt.index}`,
        );
      } else await problem(filed, 401, 'unknown-key');
    }
  });

  it('refuses a Party filing the record’s own acts (403), and logs nothing', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const ru = the(RU, 'RU');
    const base = t.d.size;
    const other = new Filer('RU');
    const acts = [
      { act: 'lodge-key', party: 'RU', keyId: other.keyId, publicKey: other.publicKeyBase64 },
      { act: 'revoke-key', party: 'RU', keyId: ru.keyId },
      { act: 'rules-change', from: ['format-1'], to: RULES, indices: [0] },
    ];
    for (const act of acts) await problem(await submit(t, ru.envelope(act, 1)), 403, 'forbidden');
    assert.equal(t.d.size, base);
  });
});

describe('GET /api/v1/keys', () => {
  it('lists lodgedIndex and revokedIndex, which point at the entries that lodged and revoked each key', async () => {
    const t = await testApp();
    const { RU, BY, DE } = await t.parties('RU', 'BY', 'DE');
    await submit(t, the(RU, 'RU').envelope({ act: 'sign' }));
    t.time.set('2010-01-20T09:00:00.000Z');
    await json(await revoke(t, 'BY', the(BY, 'BY').keyId));
    const next = new Filer('DE');
    t.time.set('2010-01-21T09:00:00.000Z');
    await json(await lodge(t, 'DE', { publicKey: next.publicKeyBase64, replaces: the(DE, 'DE').keyId }), 201);

    const keys = await listKeys(t);
    assert.deepEqual(
      keys.map((k) => [k.party, k.keyId, k.revokedIndex === null]),
      [
        ['RU', the(RU, 'RU').keyId, true],
        ['BY', the(BY, 'BY').keyId, false],
        ['DE', the(DE, 'DE').keyId, false],
        ['DE', next.keyId, true],
      ],
    );
    for (const k of keys) {
      const lodged = await entryAt(t, k.lodgedIndex);
      assert.equal(lodged.index, k.lodgedIndex);
      assert.equal(lodged.envelope.party, 'DEPOSITARY');
      assert.equal(lodged.envelope.keyId, t.d.keyId);
      assert.equal(lodged.envelope.act['act'], 'lodge-key');
      assert.equal(lodged.envelope.act['party'], k.party);
      assert.equal(lodged.envelope.act['keyId'], k.keyId);
      assert.equal(lodged.envelope.act['publicKey'], k.publicKey);
      assert.equal(lodged.receivedAt, k.addedAt);
      if (k.revokedIndex === null) {
        assert.equal(k.revokedAt, null);
        continue;
      }
      const revoked = await entryAt(t, k.revokedIndex);
      assert.equal(revoked.index, k.revokedIndex);
      assert.equal(revoked.envelope.party, 'DEPOSITARY');
      assert.equal(revoked.receivedAt, k.revokedAt);
      const act = revoked.envelope.act;
      assert.equal(act['party'], k.party);
      assert.ok(
        (act['act'] === 'revoke-key' && act['keyId'] === k.keyId) ||
          (act['act'] === 'lodge-key' && act['replaces'] === k.keyId),
        JSON.stringify(act),
      );
    }
    // The Party route lists the same keys, without the indices.
    const de = await json<{ keys: unknown[] }>(await t.req('GET', '/api/v1/parties/DE'));
    assert.deepEqual(
      de.keys,
      keys
        .filter((k) => k.party === 'DE')
        .map(({ keyId, publicKey, addedAt, revokedAt }) => ({ keyId, publicKey, addedAt, revokedAt })),
    );
  });
});

describe('receipts that prove', () => {
  it('carry the checkpoint of a tree that includes the entry and its tlog-proof, which verifies', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const base = t.d.size;
    const r = await submit(t, the(RU, 'RU').envelope({ act: 'sign' }));
    const receipt = await json<Receipt>(r, 201);
    assert.equal(receipt.rules, RULES);
    assert.equal(typeof receipt.checkpoint, 'string');
    assert.equal(typeof receipt.proof, 'string');
    const c = await verifyReceipt(t, receipt);
    // Signed when its batch committed: the tree of the log just after this entry.
    assert.equal(c.size, base + 1);
    assert.equal(c.origin, 'depositary.est.test/log');
    assert.equal(toBase64(c.root), toBase64(await t.d.rootAt(base + 1)));
    // The checkpoint the server gives now is that one.
    assert.equal(await (await t.req('GET', '/api/v1/log/checkpoint')).text(), receipt.checkpoint);
  });

  it('of one group commit share a checkpoint, and each proof verifies', async () => {
    const t = await testApp();
    const f = await t.parties('RU', 'US', 'DE', 'FR', 'BY');
    const base = t.d.size;
    const filers = Object.values(f);
    const envelopes = Array.from({ length: 23 }, (_, i) =>
      the(filers[i % filers.length], 'filer').envelope({ act: i < filers.length ? 'sign' : 'ratify' }),
    );
    const receipts = await Promise.all(envelopes.map(async (e) => json<Receipt>(await submit(t, e), 201)));
    assert.deepEqual(
      receipts.map((x) => x.index).sort((a, b) => a - b),
      Array.from({ length: 23 }, (_, i) => base + i),
    );
    for (const receipt of receipts) {
      const c = await verifyReceipt(t, receipt);
      assert.ok(c.size > receipt.index && c.size <= t.d.size);
    }
    assert.ok(
      new Set(receipts.map((x) => x.checkpoint)).size < receipts.length,
      'a batch shares one checkpoint',
    );
  });

  it('are given for keys lodged and revoked, and for the operator’s own acts', async () => {
    const t = await testApp();
    const f = new Filer('RU');
    const lodged = await json<KeyAnswer>(await lodge(t, 'RU', { publicKey: f.publicKeyBase64 }), 201);
    await verifyReceipt(t, lodged.receipt);
    const closed = await json<Receipt>(
      await t.req('POST', '/api/v1/admin/acts', { act: { act: 'close', procedure: 'c-1' } }, ADMIN),
      201,
    );
    await verifyReceipt(t, closed);
    const revoked = await json<KeyAnswer>(await revoke(t, 'RU', f.keyId), 200);
    await verifyReceipt(t, revoked.receipt);
    assert.deepEqual([lodged.receipt.index, closed.index, revoked.receipt.index], [0, 1, 2]);
  });

  it('still verify once the log has grown, with the proof GET /api/v1/log/tlog-proof gives', async () => {
    const t = await testApp();
    const { RU, US } = await t.parties('RU', 'US');
    const first = await json<Receipt>(await submit(t, the(RU, 'RU').envelope({ act: 'sign' })), 201);
    for (let i = 0; i < 5; i += 1)
      await submit(t, the(US, 'US').envelope({ act: i === 0 ? 'sign' : 'ratify' }));
    // The receipt's own proof is of its older, smaller tree.
    const old = await verifyReceipt(t, first);
    assert.equal(old.size, first.index + 1);
    const r = await t.req('GET', `/api/v1/log/tlog-proof?index=${first.index}`);
    const text = await r.text();
    assert.equal(r.status, 200, text);
    assert.match(r.headers.get('content-type') ?? '', /^text\/plain/);
    const latest = await verifyTlogProof(t, text, first.index, first.leafHash);
    assert.equal(latest.size, t.d.size);
  });
});

describe('GET /api/v1/log/tlog-proof', () => {
  it('proves every entry against the latest checkpoint, as text', async () => {
    const t = await testApp();
    const f = await t.parties('RU', 'US', 'DE');
    for (const [i, id] of ['RU', 'US', 'DE', 'RU', 'US'].entries())
      await submit(t, the(f[id], id).envelope({ act: i < 3 ? 'sign' : 'ratify' }));
    const checkpoint = await (await t.req('GET', '/api/v1/log/checkpoint')).text();
    const c = await openCheckpoint(t, checkpoint);
    assert.equal(c.size, t.d.size);
    const leaves = await t.log.entries(0, t.d.size);
    for (const [i, leaf] of leaves.entries()) {
      const r = await t.req('GET', `/api/v1/log/tlog-proof?index=${i}`);
      const text = await r.text();
      assert.equal(r.status, 200, text);
      assert.match(r.headers.get('content-type') ?? '', /^text\/plain/);
      assert.equal(r.headers.get('cache-control'), 'no-cache');
      const parsed = parseTlogProof(text);
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
      assert.equal(parsed.proof.checkpoint, checkpoint, 'against the latest checkpoint');
      await verifyTlogProof(t, text, i, toBase64(leafHashOf(sha256, leaf)));
    }
  });

  it('is a 400 problem for an index that is not that of an entry', async () => {
    const t = await testApp();
    await t.parties('RU');
    const size = t.d.size;
    for (const q of [
      `index=${size}`,
      `index=${size + 100}`,
      'index=-1',
      'index=x',
      'index=1e2',
      'index=',
      '',
    ]) {
      await problem(await t.req('GET', `/api/v1/log/tlog-proof?${q}`), 400, 'malformed');
    }
    const empty = await testApp();
    await problem(await empty.req('GET', '/api/v1/log/tlog-proof?index=0'), 400, 'malformed');
  });
});
