import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromBase64, toBase64 } from '../log/bytes.ts';
import type { Entry } from '../log/entry.ts';
import { leafHashOf } from '../log/entry.ts';
import { verifyConsistency, verifyInclusion } from '../log/merkle.ts';
import { ed25519Verify, newKeyPair, sha256 } from '../log/node-crypto.ts';
import { openNote, parseCheckpoint, parseVerifierKey } from '../log/note.ts';
import type { EventLog } from '../store/event-log.ts';
import { memoryEventLog } from '../store/memory/event-log.ts';
import type { Receipt } from './depositary.ts';
import { Depositary } from './depositary.ts';
import { DepositaryError, LogIntegrityError } from './errors.ts';
import { RulesChangeError } from './ledger.ts';
import { Filer, testClock as clock } from './testing.ts';

const DEPOSITARY_KEY = newKeyPair();

async function open(log: EventLog = memoryEventLog(), time = clock()) {
  const d = await Depositary.open({
    log,
    clock: time.read,
    key: { name: 'depositary.est.test', seed: DEPOSITARY_KEY.seed },
    origin: 'depositary.est.test/log',
  });
  return { d, log, time };
}

async function withParties(parties: readonly string[]) {
  const o = await open();
  const filers = Object.fromEntries(parties.map((p) => [p, new Filer(p)]));
  for (const f of Object.values(filers)) await o.d.lodgeKey(f.party, toBase64(f.publicKey));
  const filer = (party: string): Filer => filers[party] ?? assert.fail(`no filer ${party}`);
  // Each key lodged is an entry of the log: the filings start after them.
  return { ...o, filer, base: o.d.size };
}

async function refused(p: Promise<unknown>, status: number, type: string): Promise<DepositaryError> {
  const e = await p.then(
    () => assert.fail(`expected a ${status} ${type}, but the filing was taken`),
    (err: unknown) => err,
  );
  assert.ok(e instanceof DepositaryError, `not a DepositaryError: ${String(e)}`);
  assert.equal(e.status, status, e.message);
  assert.equal(e.type, type);
  return e;
}

describe('a filing with a good signature', () => {
  it('is logged with its receipt: index, leaf hash, receipt time and outcome', async () => {
    const { d, log, filer, base } = await withParties(['RU']);
    assert.equal(base, 1, 'the key lodged is entry 0');
    const receipt = await d.file(filer('RU').envelope({ act: 'sign' }));
    assert.equal(receipt.index, base);
    assert.equal(receipt.receivedAt, '2010-01-15T09:00:00.000Z');
    assert.deepEqual(receipt.outcome, { accepted: true, violations: [] });
    const [leaf] = await log.entries(base, base + 1);
    const entry = JSON.parse(leaf!) as Entry;
    assert.equal(entry.envelope.party, 'RU');
    assert.equal(toBase64(leafHashOf(sha256, leaf!)), receipt.leafHash);
    assert.equal((await d.outcome()).parties.find((p) => p.id === 'RU')?.status, 'signatory');
    assert.equal(d.nextSeq('RU'), 2);
  });

  it('is logged even when the treaty refuses it, with the provision that refuses it', async () => {
    const { d, filer, base } = await withParties(['GB']);
    const receipt = await d.file(filer('GB').envelope({ act: 'ratify' }));
    assert.equal(receipt.outcome.accepted, false);
    assert.deepEqual(
      receipt.outcome.violations.map((v) => [v.code, v.cite]),
      [['not_a_signatory', 'EST 11']],
    );
    assert.equal(d.size, base + 1);
    assert.equal((await d.outcome()).rejected[0]?.index, base);
  });

  it('takes its date from the day of receipt', async () => {
    const { d, filer, time } = await withParties(['RU', 'BY']);
    await d.file(filer('RU').envelope({ act: 'sign' }));
    time.set('2010-03-02T10:00:00.000Z');
    await d.file(filer('BY').envelope({ act: 'sign' }));
    const signed = (await d.outcome()).parties.map((p) => [p.id, p.signed]);
    assert.deepEqual(signed, [
      ['BY', '2010-03-02'],
      ['RU', '2010-01-15'],
    ]);
  });
});

describe('a filing the depositary does not take', () => {
  it('is a 401 when the key is unknown, and nothing is logged', async () => {
    const { d } = await withParties([]);
    await refused(d.file(new Filer('RU').envelope({ act: 'sign' })), 401, 'unknown-key');
    assert.equal(d.size, 0);
  });

  it('is a 401 when the signature does not verify', async () => {
    const { d, filer, base } = await withParties(['RU']);
    const env = filer('RU').envelope({ act: 'sign' });
    await refused(d.file({ ...env, act: { act: 'ratify' } }), 401, 'bad-signature');
    const flipped = fromBase64(env.signature)!;
    flipped[0]! ^= 1;
    await refused(d.file({ ...env, signature: toBase64(flipped) }), 401, 'bad-signature');
    assert.equal(d.size, base);
  });

  it('is a 401 once the key is revoked', async () => {
    const { d, filer } = await withParties(['RU']);
    const revoked = await d.revokeKey('RU', filer('RU').keyId);
    const e = await refused(d.file(filer('RU').envelope({ act: 'sign' })), 401, 'unknown-key');
    assert.match(e.message, new RegExp(`revoked at entry ${revoked.index}\\b`));
    assert.equal(d.size, revoked.index + 1);
  });

  it('is a 409 when its seq was used (a replay), and it is never applied twice', async () => {
    const { d, filer, base } = await withParties(['RU']);
    const env = filer('RU').envelope({ act: 'sign' });
    await d.file(env);
    const e = await refused(d.file(env), 409, 'seq-conflict');
    assert.deepEqual(e.extra, { expected: 2 });
    assert.equal(d.size, base + 1);
  });

  it('is a 409 when its seq skips ahead', async () => {
    const { d, filer } = await withParties(['RU']);
    await refused(d.file(filer('RU').envelope({ act: 'sign' }, 2)), 409, 'seq-conflict');
    assert.equal(d.nextSeq('RU'), 1);
  });

  it('is a 400 when the envelope is malformed', async () => {
    const { d, filer, base } = await withParties(['RU']);
    const env = filer('RU').envelope({ act: 'sign' });
    for (const bad of [
      null,
      'x',
      [],
      { ...env, v: 2 },
      { ...env, seq: 0 },
      { ...env, extra: 1 },
      { ...env, keyId: 'XYZ' },
    ]) {
      await refused(d.file(bad), 400, 'malformed');
    }
    assert.equal(d.size, base);
  });

  it('is a 400 when the act is not one the treaty knows, and its seq is not used up', async () => {
    const { d, filer, base } = await withParties(['RU']);
    const f = filer('RU');
    for (const act of [
      { act: 'sgin' },
      { act: 'deploy' },
      { act: 'sign', on: '2010-01-01' },
      { act: 'withdraw', statment: 'x' },
    ]) {
      const e = await refused(d.file(f.envelope(act, 1)), 400, 'malformed');
      assert.ok(Array.isArray(e.extra['problems']));
    }
    assert.equal(d.size, base);
    await d.file(f.envelope({ act: 'sign' }, 1));
    assert.equal(d.size, base + 1);
  });

  it('is a 403 when a Party files an act of the Depositary or of the Security Council', async () => {
    const { d, filer } = await withParties(['RU']);
    await refused(d.file(filer('RU').envelope({ act: 'close', procedure: 'c-1' })), 403, 'forbidden');
    await refused(
      d.file(filer('RU').envelope({ act: 'unsc-measures', procedure: 'xc-1' })),
      403,
      'forbidden',
    );
  });
});

describe("the depositary's own acts", () => {
  it('are signed with its key and logged like any filing', async () => {
    const { d, log } = await withParties([]);
    const r = await d.fileOwn({ act: 'close', procedure: 'c-9' });
    assert.equal(r.outcome.accepted, false);
    assert.equal(r.outcome.violations[0]?.code, 'not_in_force');
    const entry = JSON.parse((await log.entries(0, 1))[0]!) as Entry;
    assert.equal(entry.envelope.party, 'DEPOSITARY');
    assert.equal(entry.envelope.keyId, d.keyId);
    const unsc = await d.fileOwn({ act: 'unsc-measures', procedure: 'xc-1' });
    assert.equal(unsc.index, 1);
    assert.equal(d.nextSeq('UNSC'), 2);
  });
});

describe('the log as a Merkle tree', () => {
  async function logOf(n: number) {
    const { d, log, filer, base } = await withParties(['RU', 'US', 'DE']);
    const order = ['RU', 'US', 'DE'] as const;
    for (let i = 0; i < n; i += 1) await d.file(filer(order[i % 3]!).envelope({ act: 'sign' }));
    // The three keys lodged come first: the log holds base + n entries.
    return { d, log, size: base + n };
  }

  it('signs a checkpoint that opens with its verifier key and names the size and root', async () => {
    const { d, size } = await logOf(5);
    const key = (await parseVerifierKey(sha256, d.verifierKey))!;
    const opened = await openNote(await d.checkpoint(), key, ed25519Verify);
    assert.ok(opened.ok);
    const c = parseCheckpoint(opened.text)!;
    assert.equal(c.origin, 'depositary.est.test/log');
    assert.equal(c.size, size);
    assert.equal(toBase64(c.root), toBase64(await d.rootAt(size)));
  });

  it('proves the inclusion of every entry in every size, against the root of that size', async () => {
    const { d, log, size: total } = await logOf(11);
    const leaves = await log.entries(0, total);
    assert.equal(leaves.length, total);
    for (let size = 1; size <= total; size += 1) {
      const root = await d.rootAt(size);
      for (let i = 0; i < size; i += 1) {
        const proof = await d.inclusionProof(i, size);
        assert.equal(
          await verifyInclusion(sha256, i, size, leafHashOf(sha256, leaves[i]!), proof, root),
          true,
        );
      }
    }
  });

  it('proves every size consistent with every later one', async () => {
    const { d, size } = await logOf(9);
    for (let to = 1; to <= size; to += 1) {
      for (let from = 1; from <= to; from += 1) {
        const proof = await d.consistencyProof(from, to);
        assert.equal(
          await verifyConsistency(sha256, from, to, await d.rootAt(from), await d.rootAt(to), proof),
          true,
        );
      }
    }
  });

  it('refuses proofs beyond the log', async () => {
    const { d, size } = await logOf(3);
    await assert.rejects(d.inclusionProof(size, size), DepositaryError);
    await assert.rejects(d.inclusionProof(0, size + 1), DepositaryError);
    await assert.rejects(d.consistencyProof(size + 1, size), DepositaryError);
    await assert.rejects(d.consistencyProof(0, size + 1), DepositaryError);
  });
});

describe('a depositary opened again on the same log', () => {
  it('has the same state, sequence numbers, keys and root', async () => {
    const time = clock();
    const first = await withParties(['RU', 'BY']);
    await first.d.file(first.filer('RU').envelope({ act: 'sign' }));
    await first.d.file(first.filer('BY').envelope({ act: 'ratify' }));
    const size = first.base + 2;
    const again = await open(first.log, time);
    assert.equal(again.d.size, size);
    assert.equal(again.d.nextSeq('RU'), 2);
    assert.deepEqual(await again.d.outcome(), await first.d.outcome());
    assert.deepEqual(await again.d.keys(), await first.d.keys());
    assert.equal((await again.d.keys()).length, 2);
    assert.equal(toBase64(await again.d.rootAt(size)), toBase64(await first.d.rootAt(size)));
    await again.d.file(first.filer('RU').envelope({ act: 'ratify' }));
    assert.equal(again.d.size, size + 1);
  });

  it('refuses to start when a stored tree node was changed behind its back', async () => {
    const first = await withParties(['RU']);
    await first.d.file(first.filer('RU').envelope({ act: 'sign' }));
    const tampered: EventLog = {
      ...first.log,
      nodes: async (ids) =>
        (await first.log.nodes(ids)).map((h) => Uint8Array.from(h, (b, i) => (i === 0 ? b ^ 1 : b))),
    };
    await assert.rejects(open(tampered), /does not match the log's entries/);
  });
});

describe('many filings at once', () => {
  it('are each logged exactly once, in group commits', async () => {
    const log = memoryEventLog();
    let appends = 0;
    const counting: EventLog = { ...log, append: (e, n) => ((appends += 1), log.append(e, n)) };
    const { d } = await open(counting);
    const parties = ['RU', 'US', 'DE', 'FR', 'PL', 'BY', 'KZ', 'IT'];
    const filers = parties.map((p) => new Filer(p));
    for (const f of filers) await d.lodgeKey(f.party, toBase64(f.publicKey));
    const base = d.size;
    const lodgingAppends = appends;
    const envelopes = filers.flatMap((f) => [f.envelope({ act: 'sign' }), f.envelope({ act: 'ratify' })]);
    const receipts: Receipt[] = await Promise.all(envelopes.map((e) => d.file(e)));
    assert.equal(d.size, base + envelopes.length);
    assert.deepEqual(
      receipts.map((r) => r.index).sort((a, b) => a - b),
      envelopes.map((_, i) => base + i),
    );
    const filingAppends = appends - lodgingAppends;
    assert.ok(filingAppends < envelopes.length, `${filingAppends} appends for ${envelopes.length} filings`);
    for (const p of parties) assert.equal(d.nextSeq(p), 3);
  });
});

describe('when the store fails to append', () => {
  it('refuses the batch with a 503, logs none of it, and goes on afterwards', async () => {
    const log = memoryEventLog();
    let fail = false;
    const flaky: EventLog = {
      ...log,
      append: (e, n) => {
        if (fail) {
          fail = false;
          return Promise.reject(new Error('disk full'));
        }
        return log.append(e, n);
      },
    };
    const { d } = await open(flaky);
    const ru = new Filer('RU');
    await d.lodgeKey('RU', toBase64(ru.publicKey));
    const base = d.size;
    fail = true;
    await refused(d.file(ru.envelope({ act: 'sign' }, 1)), 503, 'unavailable');
    assert.equal(fail, false, 'the append failed');
    assert.equal(d.size, base);
    assert.equal(d.nextSeq('RU'), 1);
    assert.deepEqual((await d.outcome()).parties, []);
    assert.equal((await d.keys('RU')).length, 1, 'the key lodged before survives the reload');
    const r = await d.file(ru.envelope({ act: 'sign' }, 1));
    assert.equal(r.index, base);
  });
});

describe('the outcome as of an earlier day', () => {
  it('is the state on that day', async () => {
    const { d, filer, time } = await withParties(['RU', 'BY']);
    await d.file(filer('RU').envelope({ act: 'sign' }));
    time.set('2010-02-01T00:00:00.000Z');
    await d.file(filer('BY').envelope({ act: 'sign' }));
    assert.deepEqual(
      (await d.outcome('2010-01-20' as never)).parties.map((p) => p.id),
      ['RU'],
    );
    assert.deepEqual(
      (await d.outcome()).parties.map((p) => p.id),
      ['BY', 'RU'],
    );
  });
});

describe('guards against awkward input', () => {
  it('refuses an envelope with no canonical JSON form as a 400, not a crash', async () => {
    const { d, filer, base } = await withParties(['RU']);
    const env = filer('RU').envelope({ act: 'sign' });
    await refused(d.file({ ...env, act: { act: 'sign', note: Number.POSITIVE_INFINITY } }), 400, 'malformed');
    assert.equal(d.size, base);
  });

  it("refuses the operator's act when it carries a date or an actor, or is not the Depositary's", async () => {
    const { d } = await withParties([]);
    await refused(d.fileOwn({ act: 'close', procedure: 'c-1', on: '2010-01-01' }), 400, 'malformed');
    await refused(d.fileOwn({ act: 'sign' }), 403, 'forbidden');
    assert.equal(d.size, 0);
  });

  it("numbers the operator's acts when they are written, so a refused one leaves no gap", async () => {
    const { d } = await withParties([]);
    const [bad, good] = await Promise.allSettled([
      d.fileOwn({ act: 'close' }),
      d.fileOwn({ act: 'close', procedure: 'c-1' }),
    ]);
    assert.equal(bad.status, 'rejected');
    assert.equal(good.status, 'fulfilled');
    assert.equal(d.nextSeq('DEPOSITARY'), 2);
  });

  it('resolves every receipt even when a listener throws', async () => {
    const { d, filer, base } = await withParties(['RU', 'BY']);
    const heard: number[] = [];
    d.subscribe(() => {
      throw new Error('listener failure');
    });
    d.subscribe((a) => heard.push(a.index));
    const receipts = await Promise.all([
      d.file(filer('RU').envelope({ act: 'sign' })),
      d.file(filer('BY').envelope({ act: 'sign' })),
    ]);
    const indices = receipts.map((r) => r.index).sort((a, b) => a - b);
    assert.deepEqual(indices, [base, base + 1]);
    assert.deepEqual(
      heard.sort((a, b) => a - b),
      indices,
    );
  });

  it('answers a key lodged twice with a 409', async () => {
    const { d, filer } = await withParties(['RU']);
    await refused(d.lodgeKey('RU', toBase64(filer('RU').publicKey)), 409, 'key-exists');
  });
});

describe('a log that no longer holds together', () => {
  it('is refused at opening, naming the entry whose logged outcome the rules do not give', async () => {
    const first = await withParties(['GB']);
    const { index } = await first.d.file(first.filer('GB').envelope({ act: 'ratify' }));
    const changed: EventLog = {
      ...first.log,
      entries: async (start, end) =>
        (await first.log.entries(start, end)).map((leaf) =>
          leaf
            .replace('"accepted":false', '"accepted":true')
            .replace(/"violations":\[[^\]]*\]/, '"violations":[]'),
        ),
    };
    await assert.rejects(
      open(changed),
      (e: Error) =>
        e instanceof LogIntegrityError &&
        !(e instanceof RulesChangeError) &&
        new RegExp(`entry ${index}\\b`).test(e.message),
    );
  });

  it('is refused at opening when it no longer gives the root of a checkpoint the depositary signed', async () => {
    const first = await withParties(['RU', 'BY']);
    await first.d.file(first.filer('RU').envelope({ act: 'sign' }));
    await first.d.file(first.filer('BY').envelope({ act: 'sign' }));
    await first.d.checkpoint();
    // The same depositary, on a log emptied behind its back: only the signed checkpoint remembers it.
    const other = await withParties([]);
    await other.log.setSetting('checkpoint', (await first.log.getSetting('checkpoint'))!);
    await assert.rejects(
      open(other.log),
      (e: Error) => e instanceof LogIntegrityError && /entries were removed/.test(e.message),
    );
  });
});
