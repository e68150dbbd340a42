/**
 * Logs the depositary did not write itself, opened by it (issue 11, points 2 to 4): entries decided
 * under other rules, which it opens only when the operator accepts the change and it has logged it;
 * and a log of the first depositary (format 1, keys kept in a table outside the log), whose keys it
 * brings into the log once. The logs are written straight into a memory store here, with their
 * leaves, leaf hashes and tree nodes built as the writer builds them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromBase64 } from '../log/bytes.ts';
import type { Entry, EntryV2, Envelope, FilingOutcome } from '../log/entry.ts';
import { ENVELOPE_VERSION, keyIdOf, leafHashOf, leafText, signingBytes } from '../log/entry.ts';
import type { HashedNode } from '../log/merkle.ts';
import { extendEdge } from '../log/merkle.ts';
import { ed25519Sign, ed25519Verify, newKeyPair, privateKeyFromSeed, sha256 } from '../log/node-crypto.ts';
import type { ListedKey } from '../log/record.ts';
import type { RecordAct } from '../log/filing-act.ts';
import { FilingRecord, listKey } from '../log/record.ts';
import { DEPOSITARY } from '../log/filing-act.ts';
import { FORMAT_1_RULES, RULES } from '../log/rules.ts';
import type { EventLog, KeyRecord } from '../store/event-log.ts';
import { memoryEventLog } from '../store/memory/event-log.ts';
import { parameterSeries } from '../treaty/parameters/index.ts';
import { Depositary } from './depositary.ts';
import { DepositaryError, LogIntegrityError } from './errors.ts';
import { RulesChangeError } from './ledger.ts';
import { Filer, testClock } from './testing.ts';

const DEPOSITARY_KEY = newKeyPair();
const SIGNER = privateKeyFromSeed(DEPOSITARY_KEY.seed);
const DEPOSITARY_KEY_ID = keyIdOf(sha256, DEPOSITARY_KEY.publicKey);
const TREATY = 'est-2009';
/** Rules of an earlier build. */
const OLD_RULES = 'est-rules/2001-01-01';

function open(log: EventLog, acceptRulesChange = false): Promise<Depositary> {
  return Depositary.open({
    log,
    clock: testClock('2011-01-01T00:00:00.000Z').read,
    key: { name: 'depositary.est.test', seed: DEPOSITARY_KEY.seed },
    origin: 'depositary.est.test/log',
    acceptRulesChange,
  });
}

const changed = (o: FilingOutcome): FilingOutcome =>
  o.accepted
    ? { accepted: false, violations: [{ code: 'not_in_force', cite: 'EST 1', params: {} }] }
    : { accepted: true, violations: [] };

/**
 * A log written entry by entry as a depositary would have written it: each leaf the canonical JSON
 * of its entry, its leaf hash, and the tree nodes it completes, appended to a memory store. The
 * outcome logged is what the current rules decide, unless `outcome` says otherwise.
 */
class History {
  readonly log: EventLog = memoryEventLog();
  readonly #edge: HashedNode[] = [];
  /** Decides each filing as the current rules do. */
  readonly #record = new FilingRecord({
    engine: { treaty: TREATY, parameters: parameterSeries(TREATY, {}) },
    depositaryKey: DEPOSITARY_KEY.publicKey,
    sha256,
  });
  #size = 0;
  #seq = 0;

  get size(): number {
    return this.#size;
  }

  /** An act of the Depositary, signed with its key and the next seq. */
  own(act: RecordAct): Envelope {
    const unsigned = {
      v: ENVELOPE_VERSION,
      party: DEPOSITARY,
      keyId: DEPOSITARY_KEY_ID,
      seq: (this.#seq += 1),
      act,
    } as const;
    return {
      ...unsigned,
      signature: Buffer.from(ed25519Sign(SIGNER, signingBytes(unsigned))).toString('base64'),
    };
  }

  /**
   * Appends an envelope as an entry in format 1 or 2 (under `rules`); returns its index. `logged`
   * writes that outcome without deciding the act at all (for an entry no depositary could log).
   */
  async add(
    envelope: Envelope,
    receivedAt: string,
    options: {
      format: 1 | 2;
      rules?: string;
      outcome?: (decided: FilingOutcome) => FilingOutcome;
      logged?: FilingOutcome;
    },
  ): Promise<number> {
    let outcome = options.logged;
    if (outcome === undefined) {
      const decided = this.#record.decide(envelope, receivedAt);
      assert.ok(decided.ok, `the act of entry ${this.#size} is well formed`);
      outcome = (options.outcome ?? ((o) => o))(decided.outcome);
    }
    const index = this.#size;
    const entry: Entry =
      options.format === 1
        ? {
            index,
            receivedAt,
            envelope,
            outcome: {
              accepted: outcome.accepted,
              violations: outcome.violations.map((v) => ({
                code: v.code,
                cite: v.cite,
                reason: `The English sentence of its day, for ${v.code}.`,
              })),
            },
          }
        : { v: 2, index, receivedAt, envelope, outcome, rules: options.rules ?? RULES };
    const leaf = leafText(entry);
    const leafHash = leafHashOf(sha256, leaf);
    const nodes = extendEdge(sha256, this.#edge, index, leafHash);
    await this.log.append([{ index, leaf, leafHash, party: envelope.party, seq: envelope.seq }], nodes);
    this.#size += 1;
    return index;
  }

  /** Lodges a Party's key (format 2, under `rules`). */
  lodge(f: Filer, receivedAt: string, rules = RULES): Promise<number> {
    const act: RecordAct = { act: 'lodge-key', party: f.party, keyId: f.keyId, publicKey: f.publicKeyBase64 };
    return this.add(this.own(act), receivedAt, { format: 2, rules });
  }
}

async function entriesOf(log: EventLog, from = 0): Promise<EntryV2[]> {
  return (await log.entries(from, await log.size())).map((l) => JSON.parse(l) as EntryV2);
}

function assertSignedByDepositary(e: Entry): void {
  assert.equal(e.envelope.party, DEPOSITARY);
  assert.equal(e.envelope.keyId, DEPOSITARY_KEY_ID);
  assert.ok(
    ed25519Verify(DEPOSITARY_KEY.publicKey, signingBytes(e.envelope), fromBase64(e.envelope.signature)!),
    `entry ${e.index} is signed with the depositary's key`,
  );
}

/** The log replayed by a fresh record, as `est verify` does, with the keys given it as listed. */
async function replayed(log: EventLog, listedKeys: readonly ListedKey[] = []) {
  const record = new FilingRecord({
    engine: { treaty: TREATY, parameters: parameterSeries(TREATY, {}) },
    depositaryKey: DEPOSITARY_KEY.publicKey,
    sha256,
    listedKeys,
  });
  for (const e of await entriesOf(log)) {
    const r = record.replay(e);
    assert.deepEqual(r.problems, [], `entry ${e.index}`);
  }
  return record;
}

async function refusedToOpen(p: Promise<unknown>): Promise<Error> {
  const e = await p.then(
    () => assert.fail('the depositary opened'),
    (err: unknown) => err,
  );
  assert.ok(e instanceof Error);
  return e;
}

describe('a log decided under other rules', () => {
  /**
   * Keys lodged and filings decided under OLD_RULES: GB's ratification without a signature logged
   * as accepted, and RU's signature logged as refused, both the other way round from the current
   * rules; RU's ratification is decided alike under both.
   */
  async function decidedUnderOldRules() {
    const h = new History();
    const [gb, ru] = [new Filer('GB'), new Filer('RU')];
    await h.lodge(gb, '2010-01-10T00:00:00.000Z', OLD_RULES);
    await h.lodge(ru, '2010-01-10T00:00:01.000Z', OLD_RULES);
    const ratified = await h.add(gb.envelope({ act: 'ratify' }), '2010-01-20T00:00:00.000Z', {
      format: 2,
      rules: OLD_RULES,
      outcome: changed,
    });
    const signed = await h.add(ru.envelope({ act: 'sign' }), '2010-01-21T00:00:00.000Z', {
      format: 2,
      rules: OLD_RULES,
      outcome: changed,
    });
    await h.add(ru.envelope({ act: 'ratify' }), '2010-01-22T00:00:00.000Z', { format: 2, rules: OLD_RULES });
    return { h, gb, ru, indices: [ratified, signed] };
  }

  it('is refused at opening, naming the first entry decided otherwise and both outcomes', async () => {
    const { h, indices } = await decidedUnderOldRules();
    const e = await refusedToOpen(open(h.log));
    assert.ok(e instanceof RulesChangeError, `${e.name}: ${e.message}`);
    assert.deepEqual(
      e.changes.map((c) => c.index),
      indices,
    );
    const [first] = e.changes;
    assert.equal(first!.rules, OLD_RULES);
    assert.equal(first!.current, RULES);
    assert.deepEqual(first!.logged, { accepted: true, violations: [] });
    assert.equal(first!.decided.accepted, false);
    assert.deepEqual(
      first!.decided.violations.map((v) => [v.code, v.cite]),
      [['not_a_signatory', 'EST 11']],
    );
    assert.match(e.message, new RegExp(`entry ${indices[0]}\\b`));
    assert.ok(e.message.includes(OLD_RULES) && e.message.includes(RULES), e.message);
    assert.match(e.message, /the log says accepted, the current rules refused \(not_a_signatory EST 11\)/);
    assert.match(e.message, /--accept-rules-change/);
    assert.equal(await h.log.size(), h.size, 'nothing is appended');
  });

  it('is opened when the change is accepted, which logs one rules-change entry; once', async () => {
    const { h, gb, ru, indices } = await decidedUnderOldRules();
    const d = await open(h.log, true);
    assert.equal(d.size, h.size + 1);
    const [change] = await entriesOf(h.log, h.size);
    assertSignedByDepositary(change!);
    assert.equal(change!.index, h.size);
    assert.equal(change!.v, 2);
    assert.equal(change!.rules, RULES);
    assert.deepEqual(change!.envelope.act, { act: 'rules-change', from: [OLD_RULES], to: RULES, indices });
    assert.deepEqual(change!.outcome, { accepted: true, violations: [] });

    // From then on the state follows the current rules; the earlier entries stay as they were.
    const outcome = await d.outcome();
    assert.deepEqual(
      outcome.rejected.map((r) => [r.index, r.code]),
      [[indices[0], 'not_a_signatory']],
    );
    assert.ok(outcome.parties.some((p) => p.id === 'RU'));
    assert.ok(!outcome.parties.some((p) => p.id === 'GB'), 'GB is not a Party under the current rules');
    const record = await replayed(h.log);
    assert.deepEqual(
      record.rulesChanges().map((c) => [c.index, c.recordedBy]),
      indices.map((i) => [i, change!.index]),
    );
    assert.equal((await d.file(gb.envelope({ act: 'sign' }))).outcome.accepted, true);
    assert.equal(d.nextSeq('RU'), ru.seq + 1);

    // Opened again, with or without the flag, it opens and logs no second change.
    const size = d.size;
    assert.equal((await open(h.log)).size, size);
    assert.equal((await open(h.log, true)).size, size);
    assert.equal(await h.log.size(), size);
  });

  it('names the rules of every entry decided otherwise, and only those entries', async () => {
    const h = new History();
    const gb = new Filer('GB');
    const us = new Filer('US');
    await h.lodge(gb, '2010-01-10T00:00:00.000Z', 'est-rules/2000-01-01');
    await h.lodge(us, '2010-01-10T00:00:00.000Z', OLD_RULES);
    const a = await h.add(gb.envelope({ act: 'ratify' }), '2010-01-20T00:00:00.000Z', {
      format: 2,
      rules: 'est-rules/2000-01-01',
      outcome: changed,
    });
    await h.add(us.envelope({ act: 'sign' }), '2010-01-21T00:00:00.000Z', { format: 2, rules: OLD_RULES });
    const b = await h.add(us.envelope({ act: 'sign' }), '2010-01-22T00:00:00.000Z', {
      format: 2,
      rules: OLD_RULES,
      outcome: changed,
    });
    const d = await open(h.log, true);
    const [change] = await entriesOf(h.log, d.size - 1);
    assert.deepEqual(change!.envelope.act, {
      act: 'rules-change',
      from: ['est-rules/2000-01-01', OLD_RULES],
      to: RULES,
      indices: [a, b],
    });
  });

  it('is refused even with the change accepted when an entry naming the current rules was decided otherwise', async () => {
    const h = new History();
    const gb = new Filer('GB');
    await h.lodge(gb, '2010-01-10T00:00:00.000Z');
    const forged = await h.add(gb.envelope({ act: 'ratify' }), '2010-01-20T00:00:00.000Z', {
      format: 2,
      rules: RULES,
      outcome: changed,
    });
    for (const accept of [false, true]) {
      const e = await refusedToOpen(open(h.log, accept));
      assert.ok(
        e instanceof LogIntegrityError && !(e instanceof RulesChangeError),
        `${e.name}: ${e.message}`,
      );
      assert.match(e.message, new RegExp(`^entry ${forged}: `));
      assert.match(e.message, /the log says accepted, the rules decide refused/);
    }
    assert.equal(await h.log.size(), h.size, 'nothing is appended');
  });

  it('is refused even with the change accepted when an act of the record was logged otherwise', async () => {
    const h = new History();
    const gb = new Filer('GB');
    const act: RecordAct = { act: 'lodge-key', party: 'GB', keyId: gb.keyId, publicKey: gb.publicKeyBase64 };
    await h.add(h.own(act), '2010-01-10T00:00:00.000Z', { format: 2, rules: OLD_RULES, outcome: changed });
    const e = await refusedToOpen(open(h.log, true));
    assert.ok(e instanceof LogIntegrityError && !(e instanceof RulesChangeError), `${e.name}: ${e.message}`);
    assert.match(e.message, /^entry 0: /);
    assert.equal(await h.log.size(), 1);
  });

  it('that lodges a weak key is refused at opening, with the filing forged under it', async () => {
    const h = new History();
    // The identity point (y = 1): with it, the signature R = identity, S = 0 verifies on any message.
    const identity = new Uint8Array(32);
    identity[0] = 1;
    const keyId = keyIdOf(sha256, identity);
    const accepted: FilingOutcome = { accepted: true, violations: [] };
    const publicKey = Buffer.from(identity).toString('base64');
    await h.add(h.own({ act: 'lodge-key', party: 'RU', keyId, publicKey }), '2010-01-10T00:00:00.000Z', {
      format: 2,
      logged: accepted,
    });
    const unsigned = { v: ENVELOPE_VERSION, party: 'RU', keyId, seq: 1, act: { act: 'sign' } } as const;
    const forged = new Uint8Array(64);
    forged.set(identity);
    const envelope = { ...unsigned, signature: Buffer.from(forged).toString('base64') };
    await h.add(envelope, '2010-01-11T00:00:00.000Z', { format: 2, logged: accepted });
    for (const accept of [false, true]) {
      const e = await refusedToOpen(open(h.log, accept));
      assert.ok(
        e instanceof LogIntegrityError && !(e instanceof RulesChangeError),
        `${e.name}: ${e.message}`,
      );
      assert.match(e.message, /^entry 0: the public key is a point of small order/);
    }
  });
});

/** A Party's key as the first depositary kept it in its table. */
const row = (f: Filer, addedAt: string): Omit<KeyRecord, 'revokedAt'> => ({
  party: f.party,
  keyId: f.keyId,
  publicKey: f.publicKey,
  addedAt,
});

describe('a log of the first depositary (format 1, keys in a table)', () => {
  /**
   * RU's first key, then its second after the first was revoked in the table; US's and GB's keys.
   * Format 1 entries filed under them, GB's refused with the English sentence of its day.
   */
  async function firstDepositary() {
    const h = new History();
    const [ru1, ru2, us, gb] = [new Filer('RU'), new Filer('RU'), new Filer('US'), new Filer('GB')];
    ru2.seq = 1; // RU's seqs run on across its keys
    await h.log.addKey(row(ru1, '2010-01-01T00:00:00.000Z'));
    await h.log.addKey(row(us, '2010-01-02T00:00:00.000Z'));
    await h.log.addKey(row(gb, '2010-01-03T00:00:00.000Z'));
    await h.add(ru1.envelope({ act: 'sign' }), '2010-01-10T00:00:00.000Z', { format: 1 });
    await h.add(us.envelope({ act: 'sign' }), '2010-01-11T00:00:00.000Z', { format: 1 });
    const refused = await h.add(gb.envelope({ act: 'ratify' }), '2010-01-12T00:00:00.000Z', { format: 1 });
    assert.equal(await h.log.revokeKey('RU', ru1.keyId, '2010-02-01T00:00:00.000Z'), true);
    await h.log.addKey(row(ru2, '2010-02-01T00:00:00.000Z'));
    await h.add(ru2.envelope({ act: 'ratify' }), '2010-02-10T00:00:00.000Z', { format: 1 });
    const leaf = JSON.parse((await h.log.entries(refused, refused + 1))[0]!) as Entry;
    assert.ok(!('v' in leaf) && leaf.outcome.violations[0]?.reason !== undefined, 'a format 1 refusal');
    return { h, ru1, ru2, us, gb };
  }

  it('is continued with its keys lodged in the log, once, before any other format 2 entry', async () => {
    const { h, ru1, ru2, us, gb } = await firstDepositary();
    const d = await open(h.log);
    const acts = await entriesOf(h.log, h.size);
    for (const e of acts) {
      assertSignedByDepositary(e);
      assert.equal(e.v, 2);
      assert.equal(e.rules, RULES);
    }
    const lodge = (f: Filer) => ({
      act: 'lodge-key',
      party: f.party,
      keyId: f.keyId,
      publicKey: f.publicKeyBase64,
    });
    assert.deepEqual(
      acts.map((e) => e.envelope.act),
      [lodge(ru1), lodge(us), lodge(gb), lodge(ru2), { act: 'revoke-key', party: 'RU', keyId: ru1.keyId }],
    );
    assert.equal(d.size, h.size + 5);
    const revokedAt = h.size + 4;
    assert.deepEqual(
      (await d.keys()).map((k) => [k.party, k.keyId, k.lodgedIndex, k.revokedIndex]),
      [
        ['RU', ru1.keyId, h.size, revokedAt],
        ['US', us.keyId, h.size + 1, null],
        ['GB', gb.keyId, h.size + 2, null],
        ['RU', ru2.keyId, h.size + 3, null],
      ],
    );
    // `est verify`, given the keys the depositary lists, finds the log whole and every key it used lodged.
    const record = await replayed(
      h.log,
      (await d.keys()).map((k) => ({ party: k.party, keyId: k.keyId, publicKey: k.publicKey })),
    );
    assert.deepEqual(record.unloggedListedKeys(), []);
    assert.deepEqual(record.keys.list().map(listKey), await d.keys());

    // The keys decide filings from the log: RU's first key is revoked, its second is in force.
    const e = await d.file(ru1.envelope({ act: 'withdraw', statement: 'x' })).catch((x: unknown) => x);
    assert.ok(e instanceof DepositaryError && e.status === 401, String(e));
    assert.match(e.message, new RegExp(`revoked at entry ${revokedAt}\\b`));
    assert.equal((await d.file(us.envelope({ act: 'ratify' }))).index, d.size - 1);

    // Opened again, it brings nothing in: the log lodges the keys now.
    const size = d.size;
    assert.equal((await open(h.log)).size, size);
    assert.equal(await h.log.size(), size);
  });

  it('once continued, ignores edits of the table: un-revoked, inserted and deleted rows', async () => {
    const { h, ru1, ru2, us } = await firstDepositary();
    const first = await open(h.log);
    const size = first.size;
    const keys = await first.keys();
    const mallory = new Filer('UA');
    const table = await h.log.keys();
    // The table as someone with the database leaves it: RU's first key un-revoked, US's row deleted,
    // a key for UA that nobody lodged.
    const edited: EventLog = {
      ...h.log,
      keys: () =>
        Promise.resolve([
          ...table
            .filter((k) => k.party !== 'US')
            .map((k) => (k.keyId === ru1.keyId ? { ...k, revokedAt: null } : k)),
          { ...row(mallory, '2010-01-01T00:00:00.000Z'), revokedAt: null },
        ]),
    };
    const d = await open(edited);
    assert.equal(d.size, size, 'nothing is appended');
    assert.deepEqual(await d.keys(), keys);
    for (const [f, why] of [
      [ru1, /revoked at entry/],
      [mallory, /no key .* of UA is lodged/],
    ] as const) {
      const e = await d.file(f.envelope({ act: 'sign' }, f === ru1 ? 3 : 1)).catch((x: unknown) => x);
      assert.ok(e instanceof DepositaryError && e.status === 401, `${f.party}: ${String(e)}`);
      assert.match(e.message, why);
    }
    assert.equal(d.size, size);
    assert.equal((await d.file(us.envelope({ act: 'ratify' }))).index, size);
    assert.equal((await d.file(ru2.envelope({ act: 'withdraw', statement: 'x' }))).index, size + 1);
  });

  it('not yet continued, is refused when a key its entries used is missing from the table', async () => {
    const { h, us } = await firstDepositary();
    const table = await h.log.keys();
    const edited: EventLog = {
      ...h.log,
      keys: () => Promise.resolve(table.filter((k) => k.party !== 'US')),
    };
    const e = await refusedToOpen(open(edited));
    assert.ok(e instanceof LogIntegrityError, `${e.name}: ${e.message}`);
    assert.match(e.message, new RegExp(`^entry 1: no key ${us.keyId} is listed for US`));
    assert.equal(await h.log.size(), h.size, 'nothing is appended');
  });

  it('decided otherwise by the current rules is continued, when the change is accepted, with its keys lodged too', async () => {
    const h = new History();
    const [ru, gb] = [new Filer('RU'), new Filer('GB')];
    await h.log.addKey(row(ru, '2010-01-01T00:00:00.000Z'));
    await h.log.addKey(row(gb, '2010-01-02T00:00:00.000Z'));
    await h.add(ru.envelope({ act: 'sign' }), '2010-01-10T00:00:00.000Z', { format: 1 });
    const changedAt = await h.add(gb.envelope({ act: 'ratify' }), '2010-01-12T00:00:00.000Z', {
      format: 1,
      outcome: changed,
    });
    const e = await refusedToOpen(open(h.log));
    assert.ok(e instanceof RulesChangeError, `${e.name}: ${e.message}`);
    assert.equal(e.changes[0]?.rules, FORMAT_1_RULES);
    assert.equal(await h.log.size(), h.size, 'nothing is appended, not even the keys');

    const d = await open(h.log, true);
    const acts = (await entriesOf(h.log, h.size)).map((x) => x.envelope.act);
    assert.deepEqual(
      acts.filter((a) => a['act'] === 'rules-change'),
      [{ act: 'rules-change', from: [FORMAT_1_RULES], to: RULES, indices: [changedAt] }],
    );
    assert.deepEqual(
      acts.filter((a) => a['act'] === 'lodge-key').map((a) => a['keyId']),
      [ru.keyId, gb.keyId],
    );
    assert.equal(acts.length, 3);
    assert.equal((await d.file(ru.envelope({ act: 'ratify' }))).outcome.accepted, true);
    const size = d.size;
    assert.equal((await open(h.log)).size, size);
  });
});
