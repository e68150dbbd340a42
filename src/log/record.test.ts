// The filing record (src/log/record.ts), tested from what issue 11 asks of it: keys that live in
// the log (lodged, rotated, revoked; in force at each index), no weak keys, who may file what, when
// two outcomes are the same, and rules changes told apart from integrity failures.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Filer } from '../app/testing.ts';
import { parameterSeries } from '../treaty/parameters/index.ts';
import { concat, toBase64 } from './bytes.ts';
import type { Entry, EntryV1, EntryV2, Envelope, FilingOutcome } from './entry.ts';
import { ENVELOPE_VERSION, keyIdOf, signingBytes } from './entry.ts';
import { ed25519Sign, newKeyPair, privateKeyFromSeed, sha256 } from './node-crypto.ts';
import type { Replayed } from './record.ts';
import type { RecordAct } from './filing-act.ts';
import {
  FilingRecord,
  KeyRing,
  describeLogged,
  keyActProblem,
  loggedOutcome,
  outcomeDifference,
} from './record.ts';
import { DEPOSITARY, RECORD_ACTS, filerProblem } from './filing-act.ts';
import { FORMAT_1_RULES, RULES } from './rules.ts';

const DEPOSITARY_KEY = newKeyPair();
const depositarySigner = privateKeyFromSeed(DEPOSITARY_KEY.seed);
const DEPOSITARY_KEY_ID = keyIdOf(sha256, DEPOSITARY_KEY.publicKey);
const ACCEPTED: FilingOutcome = { accepted: true, violations: [] };
const fromHex = (hex: string): Uint8Array => new Uint8Array(Buffer.from(hex, 'hex'));
/** Rules that are not this build's: entries decided under them may be decided otherwise now. */
const EARLIER_RULES = 'est-rules/2010-01-01';

/** A record of an est-2009 log, with the depositary's key. */
const newRecord = (): FilingRecord =>
  new FilingRecord({
    engine: { treaty: 'est-2009', parameters: parameterSeries('est-2009', {}) },
    depositaryKey: DEPOSITARY_KEY.publicKey,
    sha256,
  });

/** A log replayed entry by entry: the Depositary's acts signed with its key, Parties' by their Filers. */
class Log {
  readonly record = newRecord();
  readonly replayed: Replayed[] = [];
  #depositarySeq = 0;
  receivedAt = '2010-01-15T09:00:00.000Z';

  /** Replays a format 2 entry holding the envelope, as logged with the outcome and rules given. */
  add(envelope: Envelope, outcome: FilingOutcome = ACCEPTED, rules = RULES): Replayed {
    const entry: EntryV2 = {
      v: 2,
      index: this.record.size,
      receivedAt: this.receivedAt,
      envelope,
      outcome,
      rules,
    };
    const r = this.record.replay(entry);
    this.replayed.push(r);
    return r;
  }
  /** Replays a format 1 entry. */
  addV1(envelope: Envelope, outcome: FilingOutcome): Replayed {
    const entry: EntryV1 = { index: this.record.size, receivedAt: this.receivedAt, envelope, outcome };
    return this.record.replay(entry);
  }
  /** The Depositary's envelope for an act, signed with its key. */
  own(act: Record<string, unknown>): Envelope {
    this.#depositarySeq += 1;
    const unsigned = {
      v: ENVELOPE_VERSION,
      party: DEPOSITARY,
      keyId: DEPOSITARY_KEY_ID,
      seq: this.#depositarySeq,
      act,
    } as const;
    return { ...unsigned, signature: toBase64(ed25519Sign(depositarySigner, signingBytes(unsigned))) };
  }
  lodge(f: Filer, replaces?: string): Replayed {
    return this.add(this.own(lodgeAct(f, replaces)));
  }
  revoke(f: Filer): Replayed {
    return this.add(this.own({ act: 'revoke-key', party: f.party, keyId: f.keyId }));
  }
  /** The keys in force now, as `party:keyId`. */
  inForce(): string[] {
    return this.record.keys
      .list()
      .filter((k) => this.record.keys.inForce(k.party, k.keyId) !== null)
      .map((k) => `${k.party}:${k.keyId}`)
      .sort();
  }
}

const lodgeAct = (f: { party: string; keyId: string; publicKey: Uint8Array }, replaces?: string) => ({
  act: 'lodge-key' as const,
  party: f.party,
  keyId: f.keyId,
  publicKey: toBase64(f.publicKey),
  ...(replaces === undefined ? {} : { replaces }),
});

const checks = (r: Replayed): string[] => r.problems.map((p) => p.check);

describe('KeyRing: the keys in force, from the log alone', () => {
  it('lodges, rotates (replaces) and revokes keys: the keys in force at each index', () => {
    const log = new Log();
    const ru1 = new Filer('RU');
    const ru2 = new Filer('RU');
    const by = new Filer('BY');
    const at: string[][] = [];
    const step = (r: Replayed): void => {
      assert.deepEqual(r.problems, [], `entry ${log.record.size - 1}`);
      at.push(log.inForce());
    };
    step(log.lodge(ru1)); // 0
    step(log.lodge(by)); // 1
    step(log.add(ru1.envelope({ act: 'sign' }))); // 2: RU signs with its first key
    step(log.lodge(ru2, ru1.keyId)); // 3: RU's second key replaces its first
    step(log.add(by.envelope({ act: 'sign' }))); // 4: BY signs, its key still in force
    step(log.revoke(by)); // 5: BY's key revoked
    ru2.seq = ru1.seq; // the seq is the Party's, whichever key signs
    step(log.add(ru2.envelope({ act: 'ratify' }))); // 6: RU ratifies with its second key
    const ru1Id = `RU:${ru1.keyId}`;
    const ru2Id = `RU:${ru2.keyId}`;
    const byId = `BY:${by.keyId}`;
    assert.deepEqual(at, [
      [ru1Id],
      [byId, ru1Id].sort(),
      [byId, ru1Id].sort(),
      [byId, ru2Id].sort(),
      [byId, ru2Id].sort(),
      [ru2Id],
      [ru2Id],
    ]);
    // Each key with the entries that lodged and revoked it, in the order lodged.
    const keys = log.record.keys.list();
    assert.deepEqual(
      keys.map((k) => [k.party, k.keyId, k.lodgedAt.index, k.revokedAt?.index ?? null]),
      [
        ['RU', ru1.keyId, 0, 3],
        ['BY', by.keyId, 1, 5],
        ['RU', ru2.keyId, 3, null],
      ],
    );
    assert.deepEqual(
      log.record.keys.list('RU').map((k) => k.keyId),
      [ru1.keyId, ru2.keyId],
    );
    assert.deepEqual(log.record.keys.get('RU', ru2.keyId)?.publicKey, ru2.publicKey);
    assert.equal(log.record.keys.size, 3);
  });

  it('takes a filing signed with a key in force, and names one signed after its revocation or replacement', () => {
    const log = new Log();
    const ru1 = new Filer('RU');
    const ru2 = new Filer('RU');
    const by = new Filer('BY');
    log.lodge(ru1);
    log.lodge(by);
    const signed = log.add(ru1.envelope({ act: 'sign' }));
    assert.deepEqual(signed.key, ru1.publicKey, 'checked with the key in force at its index');
    const replacement = log.record.size;
    log.lodge(ru2, ru1.keyId);
    const revocation = log.record.size;
    log.revoke(by);
    // BY files with its revoked key: the filing is checked against the keys at its own index.
    const late = log.add(by.envelope({ act: 'sign' }));
    assert.equal(late.key, null);
    assert.deepEqual(checks(late), ['key']);
    assert.match(
      late.problems[0]!.detail,
      new RegExp(`${by.keyId} of BY was revoked at entry ${revocation}\\b`),
    );
    // RU files with the key its second one replaced.
    const replaced = log.add(ru1.envelope({ act: 'ratify' }));
    assert.deepEqual(checks(replaced), ['key']);
    assert.match(replaced.problems[0]!.detail, new RegExp(`revoked at entry ${replacement}\\b`));
    // A key never lodged.
    const stranger = new Filer('GB');
    const unknown = log.add(stranger.envelope({ act: 'sign' }));
    assert.deepEqual(checks(unknown), ['key']);
    assert.match(unknown.problems[0]!.detail, new RegExp(`no key ${stranger.keyId} of GB is lodged`));
  });

  it('lodges a key id once: again is refused, even after it was revoked (a revoked key never comes back)', () => {
    const log = new Log();
    const ru = new Filer('RU');
    log.lodge(ru);
    const again = log.lodge(ru);
    assert.deepEqual(checks(again), ['keys']);
    assert.match(again.problems[0]!.detail, new RegExp(`${ru.keyId} was already lodged for RU`));
    log.revoke(ru);
    const back = log.lodge(ru);
    assert.deepEqual(checks(back), ['keys']);
    assert.equal(log.record.keys.inForce('RU', ru.keyId), null, 'still revoked');
    assert.deepEqual(log.inForce(), []);
    // keyActProblem says the same to the depositary before it logs the act.
    assert.match(keyActProblem(log.record.keys, lodgeAct(ru), sha256) ?? '', /already lodged/);
  });

  it('refuses to revoke or replace a key that is not in force', () => {
    const log = new Log();
    const ru = new Filer('RU');
    const other = new Filer('RU');
    const ring = log.record.keys;
    const revoke: RecordAct = { act: 'revoke-key', party: 'RU', keyId: ru.keyId };
    assert.match(keyActProblem(ring, revoke, sha256) ?? '', /no key .* in force/);
    assert.match(keyActProblem(ring, lodgeAct(other, ru.keyId), sha256) ?? '', /not in force/);
    log.lodge(ru);
    assert.equal(keyActProblem(ring, revoke, sha256), null);
    assert.equal(keyActProblem(ring, lodgeAct(other, ru.keyId), sha256), null);
    log.revoke(ru);
    assert.deepEqual(checks(log.revoke(ru)), ['keys'], 'revoked twice');
    assert.deepEqual(checks(log.lodge(other, ru.keyId)), ['keys'], 'replacing a revoked key');
    assert.equal(ring.get('RU', other.keyId), null, 'a refused act lodges nothing');
  });

  it('lodges keys only for Parties: not for the Security Council, the Depositary or a non-id', () => {
    const ring = new KeyRing();
    const f = new Filer('RU');
    for (const party of ['UNSC', DEPOSITARY, 'Russia', 'ru', ''])
      assert.ok(keyActProblem(ring, { ...lodgeAct(f), party }, sha256) !== null, party);
    for (const party of ['RU', 'EU'])
      assert.equal(keyActProblem(ring, { ...lodgeAct(f), party }, sha256), null, party);
  });
});

describe('keyActProblem: no weak keys', () => {
  // The eight points of small order (src/log/ed25519-key.test.ts derives them; libsodium lists
  // them): the identity, the point of order 2, the two of order 4 and the four of order 8.
  const SMALL_ORDER: readonly [string, string][] = [
    ['identity', '01' + '00'.repeat(31)],
    ['order 2', 'ec' + 'ff'.repeat(30) + '7f'],
    ['order 4, +x', '00'.repeat(32)],
    ['order 4, -x', '00'.repeat(31) + '80'],
    ['order 8 (A), +x', '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05'],
    ['order 8 (A), -x', '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85'],
    ['order 8 (B), +x', 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a'],
    ['order 8 (B), -x', 'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa'],
  ];
  const actFor = (raw: Uint8Array, keyId = keyIdOf(sha256, raw)) =>
    lodgeAct({ party: 'RU', keyId, publicKey: raw });

  for (const [name, hex] of SMALL_ORDER) {
    it(`refuses the point of small order ${name}, and the log does not lodge it`, () => {
      const raw = fromHex(hex);
      assert.match(keyActProblem(new KeyRing(), actFor(raw), sha256) ?? '', /small order/);
      const log = new Log();
      const r = log.add(log.own(actFor(raw)));
      assert.deepEqual(checks(r), ['keys']);
      assert.equal(log.record.keys.get('RU', keyIdOf(sha256, raw)), null);
    });
  }

  it('refuses non-canonical encodings: y = p, y = p + 1, and x = 0 with the sign bit set', () => {
    const p = 'ed' + 'ff'.repeat(30) + '7f'; // 2^255 - 19, little-endian
    const pPlus1 = 'ee' + 'ff'.repeat(30) + '7f';
    const negativeIdentity = '01' + '00'.repeat(30) + '80';
    for (const hex of [p, pPlus1, negativeIdentity])
      assert.match(keyActProblem(new KeyRing(), actFor(fromHex(hex)), sha256) ?? '', /non-canonical/, hex);
  });

  it('refuses a key whose id is not its own, and takes a genuine key under its id', () => {
    const key = newKeyPair().publicKey;
    const other = newKeyPair().publicKey;
    const wrong = keyActProblem(new KeyRing(), actFor(key, keyIdOf(sha256, other)), sha256);
    assert.ok(wrong !== null);
    assert.ok(wrong.includes(keyIdOf(sha256, key)), wrong);
    assert.equal(keyActProblem(new KeyRing(), actFor(key), sha256), null);
  });

  it('refuses what is not 32 bytes', () => {
    const short = toBase64(new Uint8Array(31));
    const act = { ...actFor(newKeyPair().publicKey), publicKey: short };
    assert.match(keyActProblem(new KeyRing(), act, sha256) ?? '', /32 bytes/);
  });
});

describe('filerProblem: who may file which act', () => {
  const TREATY_ACTS = ['sign', 'ratify', 'withdraw', 'request-consultations'];
  const table: readonly [string, string, boolean][] = [
    // The Depositary files close and the record's own acts, nothing else.
    ...(['close', ...RECORD_ACTS] as const).map((a): [string, string, boolean] => [DEPOSITARY, a, true]),
    ...[...TREATY_ACTS, 'unsc-measures'].map((a): [string, string, boolean] => [DEPOSITARY, a, false]),
    // The Security Council files unsc-measures only.
    ['UNSC', 'unsc-measures', true],
    ...[...TREATY_ACTS, 'close', ...RECORD_ACTS].map((a): [string, string, boolean] => ['UNSC', a, false]),
    // Parties (a State, an organization) file the treaty's acts, not those of the others.
    ...['RU', 'EU'].flatMap((party) => [
      ...TREATY_ACTS.map((a): [string, string, boolean] => [party, a, true]),
      ...['close', 'unsc-measures', ...RECORD_ACTS].map((a): [string, string, boolean] => [party, a, false]),
    ]),
    // What is no id files nothing.
    ...['Russia', 'ru', '', 'DEPOSITARY ', 'depositary'].map((p): [string, string, boolean] => [
      p,
      'sign',
      false,
    ]),
  ];

  for (const [party, act, may] of table) {
    it(`${JSON.stringify(party)} ${may ? 'may' : 'may not'} file ${act}`, () => {
      const problem = filerProblem(party, act);
      if (may) assert.equal(problem, null);
      else assert.ok(problem !== null && problem.length > 0);
    });
  }
});

describe('logged outcomes and when two are the same', () => {
  const refused = (params: Record<string, string | number>): FilingOutcome => ({
    accepted: false,
    violations: [{ code: 'not_a_signatory', cite: 'EST 11', params }],
  });

  it('loggedOutcome is data only: code, the cite as cited, the params; never a sentence', () => {
    assert.deepEqual(loggedOutcome({ ok: true, events: [] }), ACCEPTED);
    const logged = loggedOutcome({
      ok: false,
      violations: [{ code: 'not_a_signatory', cite: 'est.11', params: { who: 'GB' } }],
    });
    assert.deepEqual(logged, refused({ who: 'GB' }));
    for (const v of logged.violations) assert.equal('reason' in v, false);
    // A violation without params logs empty params (so that a later one with them differs).
    const bare = loggedOutcome({ ok: false, violations: [{ code: 'not_in_force', cite: 'est.4' }] });
    assert.deepEqual(bare.violations[0]?.params, {});
  });

  it('never compares a format 1 sentence: any wording of the same refusal is the same outcome', () => {
    const decided = refused({ who: 'GB' });
    for (const reason of ['GB has not signed the Treaty.', 'Only a signatory may ratify.', ''])
      assert.equal(
        outcomeDifference(
          { accepted: false, violations: [{ code: 'not_a_signatory', cite: 'EST 11', reason }] },
          decided,
        ),
        null,
        reason,
      );
  });

  it('compares acceptance, the violations, each code and cite, and (format 2) each params', () => {
    const decided = refused({ who: 'GB' });
    const v1 = (code: string, cite: string): FilingOutcome => ({
      accepted: false,
      violations: [{ code, cite, reason: 'x' }],
    });
    const differing: [string, FilingOutcome][] = [
      ['accepted', ACCEPTED],
      ['format 1, another code', v1('not_eligible', 'EST 11')],
      ['format 1, another cite', v1('not_a_signatory', 'EST 10')],
      ['another value', refused({ who: 'RU' })],
      ['a value more', refused({ who: 'GB', date: '2010-01-15' })],
      ['no values', refused({})],
      [
        'one violation more',
        {
          accepted: false,
          violations: [...decided.violations, { code: 'not_in_force', cite: 'EST 4', params: {} }],
        },
      ],
    ];
    for (const [what, logged] of differing) {
      const difference = outcomeDifference(logged, decided);
      assert.ok(difference !== null && difference.length > 0, what);
    }
    assert.equal(outcomeDifference(refused({ who: 'GB' }), decided), null);
    assert.equal(outcomeDifference(ACCEPTED, ACCEPTED), null);
  });

  it('describeLogged renders format 2 data in either language, and shows a format 1 sentence as it was', () => {
    const v2 = refused({ who: 'GB' }).violations[0]!;
    const en = describeLogged(v2, 'en');
    const ru = describeLogged(v2, 'ru');
    assert.ok(en.includes('GB') && ru.includes('GB') && en !== ru, `${en} / ${ru}`);
    const old = 'Refused in the words of 2010.';
    assert.equal(describeLogged({ code: 'not_a_signatory', cite: 'EST 11', reason: old }, 'ru'), old);
  });
});

describe('FilingRecord.replay: rules changes apart from integrity failures', () => {
  /** GB ratifies without having signed: the Treaty (EST 11) refuses it. */
  const ratifyUnsigned = (log: Log, outcome: FilingOutcome, rules: string): Replayed => {
    const gb = new Filer('GB');
    log.lodge(gb);
    return log.add(gb.envelope({ act: 'ratify' }), outcome, rules);
  };
  const NOT_A_SIGNATORY: FilingOutcome = {
    accepted: false,
    violations: [{ code: 'not_a_signatory', cite: 'EST 11', params: { who: 'GB' } }],
  };

  it('decides a filing as logged under the current rules: no problem, no change', () => {
    const log = new Log();
    const r = ratifyUnsigned(log, NOT_A_SIGNATORY, RULES);
    assert.deepEqual(r.problems, []);
    assert.equal(r.rulesChange, null);
    assert.deepEqual(r.decided, NOT_A_SIGNATORY);
    assert.deepEqual(log.record.rulesChanges(), []);
  });

  it('reports an entry of other rules that the current rules decide otherwise as a RulesChange, not a problem', () => {
    const log = new Log();
    const r = ratifyUnsigned(log, ACCEPTED, EARLIER_RULES);
    const index = log.record.size - 1;
    assert.deepEqual(r.problems, []);
    const change = {
      index,
      rules: EARLIER_RULES,
      current: RULES,
      logged: ACCEPTED,
      decided: NOT_A_SIGNATORY,
      recordedBy: null,
    };
    assert.deepEqual(r.rulesChange, change);
    assert.deepEqual(log.record.rulesChanges(), [change]);
  });

  it('names the rules of a format 1 entry, which named none, as format-1', () => {
    const log = new Log();
    const gb = new Filer('GB');
    const record = new FilingRecord({
      engine: { treaty: 'est-2009', parameters: parameterSeries('est-2009', {}) },
      depositaryKey: DEPOSITARY_KEY.publicKey,
      sha256,
      listedKeys: [{ party: 'GB', keyId: gb.keyId, publicKey: gb.publicKeyBase64 }],
    });
    const entry: EntryV1 = {
      index: 0,
      receivedAt: log.receivedAt,
      envelope: gb.envelope({ act: 'ratify' }),
      outcome: { accepted: true, violations: [] },
    };
    const r = record.replay(entry);
    assert.deepEqual(r.problems, []);
    assert.equal(r.rulesChange?.rules, FORMAT_1_RULES);
    assert.deepEqual(r.rulesChange?.decided, NOT_A_SIGNATORY);
  });

  it('calls the same difference an outcome problem when the entry names the current rules', () => {
    const log = new Log();
    const r = ratifyUnsigned(log, ACCEPTED, RULES);
    assert.deepEqual(checks(r), ['outcome']);
    assert.equal(r.rulesChange, null);
    assert.deepEqual(log.record.rulesChanges(), []);
  });

  it('calls a record act’s changed outcome an outcome problem, whatever rules it names', () => {
    const log = new Log();
    const refusedLodging: FilingOutcome = {
      accepted: false,
      violations: [{ code: 'not_eligible', cite: 'EST 10', params: {} }],
    };
    const r = log.add(log.own(lodgeAct(new Filer('RU'))), refusedLodging, EARLIER_RULES);
    assert.deepEqual(checks(r), ['outcome']);
    assert.equal(r.rulesChange, null);
  });

  it('marks the changes a rules-change entry to the current rules records (recordedBy), and only those', () => {
    const log = new Log();
    ratifyUnsigned(log, ACCEPTED, EARLIER_RULES);
    const changed = log.record.size - 1;
    ratifyUnsigned(log, ACCEPTED, EARLIER_RULES);
    const unrecorded = log.record.size - 1;
    // A change to other rules than this build's records nothing for this build.
    log.add(
      log.own({ act: 'rules-change', from: [EARLIER_RULES], to: 'est-rules/2099-01-01', indices: [changed] }),
    );
    assert.deepEqual(
      log.record.rulesChanges().map((c) => [c.index, c.recordedBy]),
      [
        [changed, null],
        [unrecorded, null],
      ],
    );
    const recording = log.record.size;
    const r = log.add(log.own({ act: 'rules-change', from: [EARLIER_RULES], to: RULES, indices: [changed] }));
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      log.record.rulesChanges().map((c) => [c.index, c.recordedBy]),
      [
        [changed, recording],
        [unrecorded, null],
      ],
    );
  });

  it('refuses a rules-change entry that lists an entry not before it', () => {
    const log = new Log();
    const index = log.record.size;
    const r = log.add(log.own({ act: 'rules-change', from: [EARLIER_RULES], to: RULES, indices: [index] }));
    assert.deepEqual(checks(r), ['rules']);
  });

  it('reads the record’s acts (and so knows the keys) where the treaty is not known', () => {
    const record = new FilingRecord({ engine: null, depositaryKey: DEPOSITARY_KEY.publicKey, sha256 });
    const ru = new Filer('RU');
    const log = new Log();
    const lodging: EntryV2 = {
      v: 2,
      index: 0,
      receivedAt: log.receivedAt,
      envelope: log.own(lodgeAct(ru)),
      outcome: ACCEPTED,
      rules: RULES,
    };
    assert.deepEqual(record.replay(lodging).problems, []);
    const filing: Entry = { ...lodging, index: 1, envelope: ru.envelope({ act: 'sign' }) };
    const r = record.replay(filing);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.key, ru.publicKey);
    assert.equal(r.decided, null, 'not decided without the treaty');
  });
});

describe('FilingRecord: keys listed outside the log (format 1)', () => {
  it('flags a listed key of small order, and takes no filing under it', () => {
    const identity = concat(Uint8Array.of(1), new Uint8Array(31));
    const keyId = keyIdOf(sha256, identity);
    const record = new FilingRecord({
      engine: null,
      depositaryKey: DEPOSITARY_KEY.publicKey,
      sha256,
      listedKeys: [{ party: 'FR', keyId, publicKey: toBase64(identity) }],
    });
    assert.equal(record.listedKeyProblems.length, 1);
    assert.match(record.listedKeyProblems[0]!, /small order/);
    const forged: Envelope = {
      v: ENVELOPE_VERSION,
      party: 'FR',
      keyId,
      seq: 1,
      act: { act: 'sign' },
      signature: toBase64(concat(identity, new Uint8Array(32))),
    };
    const entry: EntryV1 = {
      index: 0,
      receivedAt: '2010-01-15T09:00:00.000Z',
      envelope: forged,
      outcome: ACCEPTED,
    };
    const r = record.replay(entry);
    assert.equal(r.key, null);
    assert.deepEqual(checks(r), ['key']);
  });
});
