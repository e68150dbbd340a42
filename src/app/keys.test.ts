/**
 * Keys are part of the record (issue 11, points 4 and 5): lodging, rotating and revoking a Party's
 * key are entries of the log, signed by the depositary; the keys in force follow from the log
 * alone, whatever the store's key table says and whichever process reads the store; a filing is
 * decided against the keys in force at its own index; and no weak key is ever lodged.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { fromBase64, toBase64 } from '../log/bytes.ts';
import type { WeakKeyReason } from '../log/ed25519-key.ts';
import { weakKeyReason } from '../log/ed25519-key.ts';
import type { Entry, EntryV2 } from '../log/entry.ts';
import { ENVELOPE_SCHEMA, MAX_PARTY_ID_LENGTH, leafHashOf, signingBytes } from '../log/entry.ts';
import { ed25519Verify, newKeyPair, sha256 } from '../log/node-crypto.ts';
import { sharedVerifier } from '../log/node-verifier.ts';
import { FilingRecord, keyActProblem, listKey } from '../log/record.ts';
import { filerProblem, partyIdProblem } from '../log/filing-act.ts';
import { RULES } from '../log/rules.ts';
import { WEAK_KEYS, encoding, mixedOrderKey, p } from '../log/weak-keys.testing.ts';
import type { EventLog, KeyRecord } from '../store/event-log.ts';
import { openStore } from '../store/index.ts';
import { parameterSeries } from '../treaty/parameters/index.ts';
import { memoryEventLog } from '../store/memory/event-log.ts';
import { Depositary } from './depositary.ts';
import { DepositaryError } from './errors.ts';
import { Filer, testClock } from './testing.ts';

const DEPOSITARY_KEY = newKeyPair();

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function open(log: EventLog, time = testClock()): Promise<Depositary> {
  return Depositary.open({
    log,
    clock: time.read,
    key: { name: 'depositary.est.test', seed: DEPOSITARY_KEY.seed },
    origin: 'depositary.est.test/log',
  });
}

async function refused(p: Promise<unknown>, status: number, type: string): Promise<DepositaryError> {
  const e = await p.then(
    () => assert.fail(`expected a ${status} ${type}, but it was taken`),
    (err: unknown) => err,
  );
  assert.ok(e instanceof DepositaryError, `not a DepositaryError: ${String(e)}`);
  assert.equal(e.status, status, e.message);
  assert.equal(e.type, type, e.message);
  return e;
}

async function entriesOf(log: EventLog): Promise<Entry[]> {
  return (await log.entries(0, await log.size())).map((l) => JSON.parse(l) as Entry);
}

/** The keys a fresh record derives from the log alone, replaying it as `est verify` does. */
async function keysReplayed(d: Depositary, log: EventLog) {
  const record = new FilingRecord({
    engine: { treaty: d.treaty, parameters: d.parameterSeries },
    depositaryKey: DEPOSITARY_KEY.publicKey,
    sha256,
  });
  for (const entry of await entriesOf(log)) {
    const replayed = record.replay(entry);
    assert.deepEqual(replayed.problems, [], `entry ${entry.index} replays without a problem`);
  }
  return record.keys.list().map(listKey);
}

describe('keys as entries of the log', () => {
  it('lodging, rotating and revoking each append an entry signed by the depositary', async () => {
    const log = memoryEventLog();
    const time = testClock();
    const d = await open(log, time);
    const ru1 = new Filer('RU');
    const ru2 = new Filer('RU');
    const us = new Filer('US');

    const lodged = await d.lodgeKey('RU', ru1.publicKeyBase64);
    assert.deepEqual([lodged.party, lodged.keyId, lodged.receipt.index], ['RU', ru1.keyId, 0]);
    time.set('2010-02-01T00:00:00.000Z');
    const rotated = await d.lodgeKey('RU', ru2.publicKeyBase64, ru1.keyId);
    assert.deepEqual([rotated.keyId, rotated.receipt.index], [ru2.keyId, 1]);
    const usLodged = await d.lodgeKey('US', us.publicKeyBase64);
    time.set('2010-03-01T00:00:00.000Z');
    const revoked = await d.revokeKey('US', us.keyId);
    assert.deepEqual([usLodged.receipt.index, revoked.index], [2, 3]);
    assert.equal(d.size, 4);

    const entries = await entriesOf(log);
    const leaves = await log.entries(0, 4);
    assert.deepEqual(
      entries.map((e) => e.envelope.act),
      [
        { act: 'lodge-key', party: 'RU', keyId: ru1.keyId, publicKey: ru1.publicKeyBase64 },
        {
          act: 'lodge-key',
          party: 'RU',
          keyId: ru2.keyId,
          publicKey: ru2.publicKeyBase64,
          replaces: ru1.keyId,
        },
        { act: 'lodge-key', party: 'US', keyId: us.keyId, publicKey: us.publicKeyBase64 },
        { act: 'revoke-key', party: 'US', keyId: us.keyId },
      ],
    );
    const receipts = [lodged.receipt, rotated.receipt, usLodged.receipt, revoked];
    entries.forEach((e, i) => {
      const entry = e as EntryV2;
      assert.equal(entry.v, 2);
      assert.equal(entry.rules, RULES);
      assert.deepEqual(entry.outcome, { accepted: true, violations: [] });
      assert.equal(entry.envelope.party, 'DEPOSITARY');
      assert.equal(entry.envelope.keyId, d.keyId);
      assert.equal(entry.envelope.seq, i + 1);
      const signature = fromBase64(entry.envelope.signature)!;
      assert.ok(
        ed25519Verify(DEPOSITARY_KEY.publicKey, signingBytes(entry.envelope), signature),
        `entry ${i} is signed with the depositary's key`,
      );
      assert.equal(receipts[i]!.leafHash, toBase64(leafHashOf(sha256, leaves[i]!)));
    });

    const listed = await d.keys();
    assert.deepEqual(listed, await keysReplayed(d, log));
    assert.deepEqual(
      listed.map((k) => [k.party, k.keyId, k.lodgedIndex, k.revokedIndex, k.addedAt, k.revokedAt]),
      [
        ['RU', ru1.keyId, 0, 1, '2010-01-15T09:00:00.000Z', '2010-02-01T00:00:00.000Z'],
        ['RU', ru2.keyId, 1, null, '2010-02-01T00:00:00.000Z', null],
        ['US', us.keyId, 2, 3, '2010-02-01T00:00:00.000Z', '2010-03-01T00:00:00.000Z'],
      ],
    );
    assert.deepEqual(await d.keys('US'), [listed[2]]);

    // The keys decide filings: the replaced and the revoked are refused, naming the entry that ended them.
    const old = await refused(d.file(ru1.envelope({ act: 'sign' }, 1)), 401, 'unknown-key');
    assert.match(old.message, /revoked at entry 1\b/);
    const gone = await refused(d.file(us.envelope({ act: 'sign' }, 1)), 401, 'unknown-key');
    assert.match(gone.message, /revoked at entry 3\b/);
    assert.equal((await d.file(ru2.envelope({ act: 'sign' }, 1))).index, 4);
  });

  it('refuses key acts the record does not allow, appending nothing', async () => {
    const d = await open(memoryEventLog());
    const ru = new Filer('RU');
    await d.lodgeKey('RU', ru.publicKeyBase64);
    await refused(d.lodgeKey('RU', ru.publicKeyBase64), 409, 'key-exists');
    await refused(d.revokeKey('RU', new Filer('RU').keyId), 404, 'not-found');
    await refused(d.lodgeKey('RU', new Filer('RU').publicKeyBase64, new Filer('RU').keyId), 404, 'not-found');
    await refused(d.lodgeKey('UNSC', new Filer('UNSC').publicKeyBase64), 400, 'malformed');
    await refused(d.lodgeKey('DEPOSITARY', new Filer('DEPOSITARY').publicKeyBase64), 400, 'malformed');
    assert.equal(d.size, 1);
    await d.revokeKey('RU', ru.keyId);
    await refused(d.revokeKey('RU', ru.keyId), 404, 'not-found');
    // Two revocations of one key at once: one entry, and the other told the record's answer.
    const other = new Filer('RU');
    await d.lodgeKey('RU', other.publicKeyBase64);
    const both = await Promise.allSettled([d.revokeKey('RU', other.keyId), d.revokeKey('RU', other.keyId)]);
    assert.deepEqual(
      both.map((r) => r.status),
      ['fulfilled', 'rejected'],
    );
    assert.equal(d.size, 4);
  });

  it('cannot be filed by a Party, even one whose key is in force', async () => {
    const d = await open(memoryEventLog());
    const ru = new Filer('RU');
    await d.lodgeKey('RU', ru.publicKeyBase64);
    const mallory = new Filer('RU');
    for (const act of [
      { act: 'lodge-key', party: 'RU', keyId: mallory.keyId, publicKey: mallory.publicKeyBase64 },
      { act: 'revoke-key', party: 'RU', keyId: ru.keyId },
      { act: 'rules-change', from: ['x'], to: RULES, indices: [0] },
    ])
      await refused(d.file(ru.envelope(act, 1)), 403, 'forbidden');
    assert.equal(d.size, 1);
    assert.equal((await d.keys()).length, 1);
  });
});

/** Opens a SQLite store in a temp dir (a file other connections can open too). */
function sqliteStore(): { file: string; open: () => Promise<EventLog> } {
  const dir = mkdtempSync(join(tmpdir(), 'est-keys-'));
  dirs.push(dir);
  const file = join(dir, 'est.db');
  return { file, open: () => openStore({ kind: 'sqlite', file }) };
}

describe("the store's key table", () => {
  /** What a depositary says to filings under each key, without logging any. */
  async function answers(d: Depositary, envelopes: readonly Record<string, unknown>[]) {
    const out: string[] = [];
    for (const e of envelopes) {
      const r = await d.file(e).then(
        (receipt) => `logged at ${receipt.index}`,
        (err: unknown) => (err instanceof DepositaryError ? `${err.status} ${err.message}` : String(err)),
      );
      out.push(r);
    }
    return out;
  }

  it('edited behind the depositary (rows un-revoked, inserted, deleted) changes none of its decisions', async () => {
    const store = sqliteStore();
    const log = await store.open();
    const d = await open(log);
    const ru = new Filer('RU');
    const us = new Filer('US');
    const mallory = new Filer('UA');
    await d.lodgeKey('RU', ru.publicKeyBase64);
    await d.lodgeKey('US', us.publicKeyBase64);
    await d.file(ru.envelope({ act: 'sign' }, 1));
    const revocation = await d.revokeKey('RU', ru.keyId);
    const size = d.size;
    const keys = await d.keys();
    // The filings probed (both refused, so probing logs nothing): RU under its revoked key, and UA
    // under a key that only the table will hold.
    const probes = [ru.envelope({ act: 'ratify' }, 2), mallory.envelope({ act: 'sign' }, 1)];
    const before = await answers(d, probes);
    assert.equal(before.length, 2);
    assert.match(before[0]!, new RegExp(`^401 .*revoked at entry ${revocation.index}\\b`));
    assert.match(before[1]!, /^401 .*no key .* of UA is lodged/);
    assert.equal(d.size, size);
    await log.close();

    const raw = new Database(store.file);
    try {
      const insert = raw.prepare(
        'INSERT INTO party_keys (party, key_id, public_key, added_at, revoked_at) VALUES (?, ?, ?, ?, ?)',
      );
      // RU's revoked key back in force; a key for UA that the operator never lodged; US's row, then
      // deleted (the table is not the record, in either direction).
      insert.run('RU', ru.keyId, Buffer.from(ru.publicKey), '2010-01-01T00:00:00.000Z', null);
      insert.run('UA', mallory.keyId, Buffer.from(mallory.publicKey), '2010-01-01T00:00:00.000Z', null);
      insert.run('US', us.keyId, Buffer.from(us.publicKey), '2010-01-01T00:00:00.000Z', '2010-01-02');
      raw.prepare("UPDATE party_keys SET revoked_at = NULL WHERE party = 'US'").run();
      raw.prepare("DELETE FROM party_keys WHERE party = 'US'").run();
      assert.equal(raw.prepare('SELECT COUNT(*) FROM party_keys').pluck().get(), 2);
    } finally {
      raw.close();
    }

    const reopened = await store.open();
    try {
      const again = await open(reopened);
      assert.equal(again.size, size, 'reopening appends nothing');
      assert.deepEqual(await again.keys(), keys);
      assert.deepEqual(await answers(again, probes), before);
      assert.equal(again.size, size);
      // And US, whose row was deleted from the table, files as before.
      assert.equal((await again.file(us.envelope({ act: 'sign' }, 1))).index, size);
    } finally {
      await reopened.close();
    }
  });

  it('is no longer written: lodging and revoking leave it as it was', async () => {
    const log = memoryEventLog();
    const d = await open(log);
    const ru = new Filer('RU');
    await d.lodgeKey('RU', ru.publicKeyBase64);
    await d.revokeKey('RU', ru.keyId);
    assert.deepEqual(await log.keys(), []);
  });
});

describe('two depositaries on one store', () => {
  it('never accept a key once one of them has committed its revocation', async () => {
    const store = sqliteStore();
    const [logA, logB] = [await store.open(), await store.open()];
    try {
      const a = await open(logA);
      const ru = new Filer('RU');
      const us = new Filer('US');
      const de = new Filer('DE');
      for (const f of [ru, us, de]) await a.lodgeKey(f.party, f.publicKeyBase64);
      await a.file(ru.envelope({ act: 'sign' }, 1));
      const b = await open(logB);
      assert.equal(b.size, a.size);
      assert.deepEqual(await b.keys(), await a.keys());

      const revocation = await a.revokeKey('RU', ru.keyId);
      // B has not read the revocation: its append lands on an index already taken, so nothing of
      // it is written, and B reads the log again.
      const filing = ru.envelope({ act: 'ratify' }, 2);
      const conflict = await refused(b.file(filing), 503, 'unavailable');
      assert.match(conflict.message, /another writer appended/);
      // Sent again, it is decided on the log as committed: the key was revoked.
      const e = await refused(b.file(filing), 401, 'unknown-key');
      assert.match(e.message, new RegExp(`revoked at entry ${revocation.index}\\b`));
      assert.equal(b.size, revocation.index + 1);
      assert.deepEqual(await b.keys(), await a.keys());
      const logged = (await logB.entries(0, await logB.size())).map((l) => JSON.parse(l) as Entry);
      assert.ok(
        !logged.some((x) => x.envelope.party === 'RU' && x.envelope.seq === 2),
        "RU's filing under the revoked key is not in the log",
      );
      // B goes on with the keys in force; A, in turn, is the one behind, and catches up the same way.
      const usFiled = await b.file(us.envelope({ act: 'sign' }, 1));
      assert.equal(usFiled.index, revocation.index + 1);
      const deFiling = de.envelope({ act: 'sign' }, 1);
      await refused(a.file(deFiling), 503, 'unavailable');
      assert.equal((await a.file(deFiling)).index, usFiled.index + 1);
      assert.equal(a.nextSeq('US'), 2);
    } finally {
      await logA.close();
      await logB.close();
    }
  });
});

describe('a filing and the revocation of its key', () => {
  it('is refused at its own index when the revocation is logged ahead of it, however slow its signature check', async () => {
    const d = await open(memoryEventLog());
    const ru = new Filer('RU');
    const us = new Filer('US');
    await d.lodgeKey('RU', ru.publicKeyBase64);
    await d.lodgeKey('US', us.publicKeyBase64);
    const base = d.size;

    // Hold every signature check until the test lets them through.
    const verifier = sharedVerifier();
    const held: (() => void)[] = [];
    const original = verifier.verify.bind(verifier);
    verifier.verify = (...args) => {
      const result = original(...args);
      return new Promise((resolve) => held.push(() => resolve(result)));
    };
    try {
      // A filing of US opens a batch; the revocation is queued behind it, in the same batch.
      const first = d.file(us.envelope({ act: 'sign' }, 1));
      const revoking = d.revokeKey('RU', ru.keyId);
      await new Promise((r) => setImmediate(r));
      // The writer now waits on US's signature. RU's filing arrives: its key is still in force,
      // so it is taken in and waits its turn, its signature check held like the other.
      const late = d.file(ru.envelope({ act: 'sign' }, 1));
      const lateAnswer = late.then(
        () => null,
        (e: unknown) => e,
      );
      for (let i = 0; i < 100 && held.length < 2; i += 1) await new Promise((r) => setTimeout(r, 1));
      assert.equal(held.length, 2, 'both signature checks are held');
      for (const release of held.splice(0)) release();

      assert.equal((await first).index, base);
      const revocation = await revoking;
      assert.equal(revocation.index, base + 1);
      const e = await lateAnswer;
      assert.ok(e instanceof DepositaryError, `RU's filing was logged after its key was revoked`);
      assert.equal(e.status, 401);
      assert.equal(e.type, 'unknown-key');
      assert.match(e.message, new RegExp(`revoked at entry ${revocation.index}\\b`));
      assert.equal(d.size, base + 2);
      assert.equal(d.nextSeq('RU'), 1);
    } finally {
      verifier.verify = original;
      for (const release of held.splice(0)) release();
    }
  });

  it('is logged when it was queued before the revocation (the log keeps arrival order)', async () => {
    const d = await open(memoryEventLog());
    const ru = new Filer('RU');
    await d.lodgeKey('RU', ru.publicKeyBase64);
    const filing = d.file(ru.envelope({ act: 'sign' }, 1));
    const revocation = d.revokeKey('RU', ru.keyId);
    const [filed, revoked] = await Promise.all([filing, revocation]);
    assert.ok(filed.index < revoked.index);
    await refused(d.file(ru.envelope({ act: 'ratify' }, 2)), 401, 'unknown-key');
  });
});

describe('weak keys', () => {
  // The shared weak keys (src/log/weak-keys.testing.ts), and two of this test's own: y = p + 1
  // with sign 0, and a Filer's key plus the point of order 2.
  const weak: [string, Uint8Array, WeakKeyReason][] = [
    ...WEAK_KEYS.map(({ name, raw, reason }): [string, Uint8Array, WeakKeyReason] => [name, raw, reason]),
    ['a non-canonical encoding (y = p + 1, the identity again)', encoding(p + 1n), 'non-canonical'],
    [
      'a point of mixed order (a Filer key plus the point of order 2)',
      mixedOrderKey(new Filer('RU').publicKey),
      'mixed-order',
    ],
  ];

  it('are each refused with a 400 naming why, and nothing is appended', async () => {
    const log = memoryEventLog();
    const dep = await open(log);
    const seen = new Set<string>();
    for (const [name, raw, reason] of weak) {
      assert.equal(raw.length, 32, name);
      assert.equal(weakKeyReason(raw), reason, `${name} is ${reason}`);
      seen.add(toBase64(raw));
      const e = await refused(dep.lodgeKey('RU', toBase64(raw)), 400, 'malformed');
      assert.equal(e.extra['reason'], reason, name);
      assert.match(e.message, /publicKey is /, name);
    }
    assert.equal(seen.size, weak.length, `${weak.length} different encodings`);
    assert.equal(dep.size, 0);
    assert.equal(await log.size(), 0);
    assert.deepEqual(await dep.keys(), []);
  });

  it('are refused as a replacement too, and the key they would replace stays in force', async () => {
    const dep = await open(memoryEventLog());
    const ru = new Filer('RU');
    await dep.lodgeKey('RU', ru.publicKeyBase64);
    for (const [name, raw] of weak) {
      await refused(dep.lodgeKey('RU', toBase64(raw), ru.keyId), 400, 'malformed').catch((e: unknown) =>
        assert.fail(`${name}: ${String(e)}`),
      );
    }
    assert.equal(dep.size, 1);
    assert.equal((await dep.file(ru.envelope({ act: 'sign' }, 1))).index, 1);
  });

  it('refuses a key that is not 32 bytes, or not base64', async () => {
    const dep = await open(memoryEventLog());
    for (const bad of [
      toBase64(new Uint8Array(31).fill(7)),
      toBase64(new Uint8Array(33).fill(7)),
      'not base64',
    ])
      await refused(dep.lodgeKey('RU', bad), 400, 'malformed');
    assert.equal(dep.size, 0);
  });

  it('in a format 1 key table are not brought into the log', async () => {
    const log = memoryEventLog();
    const ru = new Filer('RU');
    const rows: Omit<KeyRecord, 'revokedAt'>[] = [
      { party: 'RU', keyId: ru.keyId, publicKey: ru.publicKey, addedAt: '2010-01-01T00:00:00.000Z' },
      {
        party: 'US',
        keyId: '0000000000000000',
        publicKey: encoding(1n),
        addedAt: '2010-01-02T00:00:00.000Z',
      },
    ];
    for (const r of rows) await log.addKey(r);
    const dep = await open(log);
    assert.deepEqual(
      (await dep.keys()).map((k) => [k.party, k.keyId]),
      [['RU', ru.keyId]],
    );
  });
});

describe('the Party a key is lodged for (issue 15, item 6)', () => {
  const longest = `x:${'a'.repeat(MAX_PARTY_ID_LENGTH - 2)}`;
  const ids = [
    'RU',
    'NATO',
    'x:south-ossetia',
    longest,
    `${longest}a`,
    `x:${'b'.repeat(4998)}`,
    'UNSC',
    'DEPOSITARY',
    'ZZ',
    'ru',
    '',
    'x:',
    'x:Capital',
  ];
  /** Whether a filing of a treaty act by `party` passes the envelope's shape and the filer's rule. */
  const files = (party: string): boolean => {
    const envelope = new Filer(party).envelope({ act: 'sign' }, 1);
    return ENVELOPE_SCHEMA.safeParse(envelope).success && filerProblem(party, 'sign') === null;
  };

  it('is one that a filing may come from, by the same rule: lodged exactly when it could file', async () => {
    const d = await open(memoryEventLog());
    for (const id of ids) {
      const lodged = await d.lodgeKey(id, new Filer(id).publicKeyBase64).then(
        () => true,
        (e: unknown) => {
          assert.ok(e instanceof DepositaryError && e.status === 400, `${id}: ${String(e)}`);
          return false;
        },
      );
      assert.equal(
        lodged,
        files(id),
        `${id.slice(0, 20)} (${id.length}): lodged ${lodged}, files ${files(id)}`,
      );
    }
  });

  it('may be as long as an envelope allows, and that Party then files under it', async () => {
    const d = await open(memoryEventLog());
    const filer = new Filer(longest);
    await d.lodgeKey(longest, filer.publicKeyBase64);
    const receipt = await d.file(filer.envelope({ act: 'sign' }));
    assert.equal(receipt.index, 1);
  });

  it('refuses a 5,000-character id with a 400 that shows it cut short and says what is expected, appending nothing', async () => {
    const d = await open(memoryEventLog());
    const id = `x:${'b'.repeat(4998)}`;
    const e = await refused(d.lodgeKey(id, new Filer('RU').publicKeyBase64), 400, 'malformed');
    assert.ok(e.message.length < 400, `${e.message.length} characters`);
    assert.match(
      e.message,
      /^"x:b{22}…" \(5000 characters\) is not a Party id: expected .*ISO 3166-1 alpha-2.*x:name.*at most 64 characters/,
    );
    const revoked = await refused(d.revokeKey(id, '0123456789abcdef'), 400, 'malformed');
    assert.equal(revoked.message, e.message);
    assert.equal(d.size, 0);
  });

  it('is not the Depositary or the Council, which file with the depositary key: the refusal says where their acts go', async () => {
    const d = await open(memoryEventLog());
    for (const id of ['DEPOSITARY', 'UNSC']) {
      const e = await refused(d.lodgeKey(id, new Filer(id).publicKeyBase64), 400, 'malformed');
      assert.match(e.message, /POST \/api\/v1\/admin\/acts/);
    }
  });

  it('is checked by the record on replay by the same rule: a logged lodge-key for a 65-character id is a problem', () => {
    const record = new FilingRecord({
      engine: { treaty: 'est-2009', parameters: parameterSeries('est-2009', {}) },
      depositaryKey: DEPOSITARY_KEY.publicKey,
      sha256,
    });
    const ru = new Filer('RU');
    const act = {
      act: 'lodge-key',
      party: `${longest}a`,
      keyId: ru.keyId,
      publicKey: ru.publicKeyBase64,
    } as const;
    assert.equal(keyActProblem(record.keys, act, sha256), partyIdProblem(act.party));
    assert.notEqual(partyIdProblem(act.party), null);
    assert.equal(keyActProblem(record.keys, { ...act, party: longest }, sha256), null);
  });
});
