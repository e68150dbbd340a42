import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Sfc32 } from '../analysis/random.ts';
import { Depositary } from '../app/depositary.ts';
import { concat, toBase64 } from './bytes.ts';
import type { Entry, EntryV1, EntryV2, Envelope, FilingOutcome } from './entry.ts';
import { ENVELOPE_VERSION, canonicalJson, keyIdOf, leafHashOf, leafText, signingBytes } from './entry.ts';
import { ed25519Sign, ed25519Verify, newKeyPair, privateKeyFromSeed, sha256 } from './node-crypto.ts';
import { checkpointText, formatVerifierKey, noteKey, signNote } from './note.ts';
import { describeLogged } from './record.ts';
import { DEPOSITARY } from './filing-act.ts';
import { RULES } from './rules.ts';
import { memoryEventLog } from '../store/memory/event-log.ts';
import { Filer } from '../app/testing.ts';
import type { VerifyInput } from './verify.ts';
import type { VerifyCrypto } from './verify.ts';
import { LogVerifier, WINDOW, isIsoUtc, verifyLog } from './verify.ts';
import { Subtrees, locateByConsistency, rootOf } from './locate-change.ts';
import { sharedVerifier } from './node-verifier.ts';
import { foldRange } from './merkle.ts';

const crypto = { sha256, ed25519Verify };

const DEPOSITARY_KEY = newKeyPair();
const NAME = 'depositary.est.test';
const ORIGIN = 'depositary.est.test/log';

/** A depositary over an empty log, with a settable clock. */
async function openDepositary(
  options: { parameters?: Record<string, unknown>; treaty?: 'est-2009' | 'nrc-2009' } = {},
) {
  let now = new Date('2010-01-15T09:00:00.000Z');
  const d = await Depositary.open({
    log: memoryEventLog(),
    clock: () => now,
    key: { name: NAME, seed: DEPOSITARY_KEY.seed },
    origin: ORIGIN,
    ...(options.treaty ? { treaty: options.treaty } : {}),
    ...(options.parameters ? { parameters: options.parameters } : {}),
  });
  const at = (iso: string) => (now = new Date(iso));
  return { d, at };
}

/**
 * A real log, made by the depositary: it begins with the entries that lodge the Parties' keys (one
 * each), so the filings start at `base`, the number of keys lodged.
 */
async function makeLog(
  options: { parameters?: Record<string, unknown>; treaty?: 'est-2009' | 'nrc-2009' } = {},
) {
  const { d, at } = await openDepositary(options);
  const filers = Object.fromEntries(['RU', 'BY', 'GB', 'DE'].map((p) => [p, new Filer(p)]));
  for (const f of Object.values(filers)) await d.lodgeKey(f.party, toBase64(f.publicKey));
  const f = (p: string): Filer => filers[p] ?? assert.fail(p);
  const base = d.size;
  assert.equal(base, Object.keys(filers).length, 'one entry per key lodged');
  return { d, f, at, filers, base };
}

/** The number of filings {@link standardLog} makes after the keys are lodged. */
const FILINGS = 9;

/** Accepted and refused filings, the depositary's own acts, several days; after the keys' entries. */
async function standardLog() {
  const log = await makeLog();
  const { d, f, at } = log;
  await d.file(f('RU').envelope({ act: 'sign' }));
  await d.file(f('BY').envelope({ act: 'sign' }));
  await d.file(f('GB').envelope({ act: 'ratify' })); // refused: not a signatory
  at('2010-02-01T10:00:00.000Z');
  await d.file(f('RU').envelope({ act: 'ratify' }));
  await d.fileOwn({ act: 'close', procedure: 'c-9' }); // refused: not in force
  await d.file(f('RU').envelope({ act: 'sign' })); // refused: already signed
  at('2010-02-01T10:00:00.500Z');
  await d.fileOwn({ act: 'unsc-measures', procedure: 'xc-1' }); // refused: not in force
  await d.file(f('DE').envelope({ act: 'sign' }));
  at('2010-03-03T08:00:00.000Z');
  await d.file(f('BY').envelope({ act: 'ratify' }));
  assert.equal(d.size, log.base + FILINGS);
  return log;
}

/** A format 2 leaf appended by hand after a log's entries (what the depositary would not log). */
function appended(index: number, receivedAt: string, envelope: Envelope, outcome: FilingOutcome): string {
  const entry: EntryV2 = { v: 2, index, receivedAt, envelope, outcome, rules: RULES };
  return leafText(entry);
}

async function allEntries(d: Depositary): Promise<string[]> {
  const all: string[] = [];
  while (all.length < d.size) all.push(...(await d.entries(all.length, d.size)));
  return all;
}

async function inputOf(d: Depositary, entries?: readonly string[]): Promise<VerifyInput> {
  return {
    entries: entries ?? (await allEntries(d)),
    checkpoint: await d.checkpoint(),
    verifierKey: d.verifierKey,
    keys: await d.keys(),
  };
}

/** Changes entry k's parsed JSON and writes it back in canonical form (every check but its own passes). */
function edit(
  entries: readonly string[],
  k: number,
  change: (e: Entry & Record<string, unknown>) => unknown,
) {
  const copy = [...entries];
  const entry = JSON.parse(copy[k]!) as Entry & Record<string, unknown>;
  change(entry);
  copy[k] = canonicalJson(entry);
  return copy;
}

/** An input without its checkpoint: entries appended by hand are in no tree the depositary signed. */
function unsigned(input: VerifyInput): VerifyInput {
  const { checkpoint: _checkpoint, ...rest } = input;
  return rest;
}

const consistencyOf = (d: Depositary) => (from: number, to: number) => d.consistencyProof(from, to);

describe('verifyLog on a true log', () => {
  it('passes, with the size and root of the checkpoint', async () => {
    const { d, base } = await standardLog();
    const r = await verifyLog(await inputOf(d), crypto);
    assert.deepEqual(r.problems, []);
    assert.equal(r.ok, true);
    assert.equal(r.firstBad, null);
    assert.deepEqual(r.rulesChanges, []);
    assert.equal(r.size, base + FILINGS);
    assert.equal(r.root, toBase64(await d.rootAt(base + FILINGS)));
    assert.deepEqual(r.checkpoint, { origin: ORIGIN, size: base + FILINGS, root: r.root });
  });

  it('passes for an empty log, and for one that holds only its keys', async () => {
    const { d } = await openDepositary();
    const empty = await verifyLog(await inputOf(d), crypto);
    assert.deepEqual(empty.problems, []);
    assert.equal(empty.size, 0);
    assert.equal(empty.root, toBase64(sha256(new Uint8Array())));
    const keysOnly = await makeLog();
    const r = await verifyLog(await inputOf(keysOnly.d), crypto);
    assert.deepEqual(r.problems, []);
    assert.equal(r.size, keysOnly.base);
  });

  it('re-decides with the log’s treaty and parameters, and notices when they are not the log’s', async () => {
    const { d, f } = await makeLog({ parameters: { 'entryIntoForce.instruments': 2 } });
    for (const p of ['RU', 'BY']) await d.file(f(p).envelope({ act: 'sign' }));
    for (const p of ['RU', 'BY']) await d.file(f(p).envelope({ act: 'ratify' }));
    const r = await d.file(
      f('RU').envelope({ act: 'request-consultations', with: ['BY'], subject: 'exercises', id: 'c-1' }),
    );
    assert.equal(r.outcome.accepted, true);
    const input = await inputOf(d);
    const good = await verifyLog({ ...input, parameters: { 'entryIntoForce.instruments': 2 } }, crypto);
    assert.deepEqual(good.problems, []);
    const wrong = await verifyLog(input, crypto);
    assert.equal(wrong.firstBad, r.index);
    assert.equal(wrong.problems[0]?.check, 'outcome');
    assert.match(wrong.problems[0].detail, /accepted.*not_in_force/);
  });

  it('reads the log’s treaty', async () => {
    const { d, f } = await makeLog({ treaty: 'nrc-2009' });
    await d.file(f('RU').envelope({ act: 'sign' }));
    assert.equal((await verifyLog({ ...(await inputOf(d)), treaty: 'nrc-2009' }, crypto)).ok, true);
    // An unknown treaty: the acts are not re-decided (said once), but the keys lodged in the log
    // are still known, so the filings' signatures are still checked.
    const unknown = await verifyLog({ ...(await inputOf(d)), treaty: 'est-2031' }, crypto);
    assert.deepEqual(
      unknown.problems.map((p) => p.check),
      ['settings'],
    );
    const input = await inputOf(d);
    const last = input.entries.length - 1;
    const forged = edit(
      input.entries,
      last,
      (e) => ((e.envelope.act as Record<string, unknown>)['note'] = 'x'),
    );
    const blind = await verifyLog({ ...input, entries: forged, treaty: 'est-2031' }, crypto);
    assert.deepEqual(
      blind.problems.map((p) => [p.index, p.check]),
      [
        [null, 'settings'],
        [last, 'signature'],
        [null, 'root'],
      ],
    );
  });
});

describe('verifyLog names the entry that was changed', () => {
  it('when its index is changed', async () => {
    const { d } = await standardLog();
    const input = await inputOf(d);
    for (let k = 0; k < d.size; k += 1) {
      const r = await verifyLog(
        { ...input, entries: edit(input.entries, k, (e) => ((e as { index: number }).index = k + 1)) },
        crypto,
      );
      assert.equal(r.firstBad, k);
      assert.equal(r.problems[0]?.check, 'index');
    }
  });

  it('when its act is changed (the signature no longer verifies)', async () => {
    const { d } = await standardLog();
    const input = await inputOf(d);
    for (let k = 0; k < d.size; k += 1) {
      const r = await verifyLog(
        {
          ...input,
          entries: edit(input.entries, k, (e) => ((e.envelope.act as Record<string, unknown>)['note'] = 'x')),
        },
        crypto,
      );
      assert.equal(r.firstBad, k);
      assert.equal(r.problems[0]?.check, 'signature');
    }
  });

  it('when its outcome is changed (the engine decides otherwise)', async () => {
    const { d } = await standardLog();
    const input = await inputOf(d);
    // Every entry, the keys' entries too, names the rules of this build: a changed outcome is an
    // integrity failure, not a rules change.
    for (let k = 0; k < d.size; k += 1) {
      const flipped = edit(input.entries, k, (e) => {
        (e.outcome as { accepted: boolean }).accepted = !e.outcome.accepted;
      });
      const r = await verifyLog({ ...input, entries: flipped }, crypto);
      assert.equal(r.firstBad, k, `entry ${k}`);
      assert.equal(r.problems[0]?.check, 'outcome');
      assert.deepEqual(r.rulesChanges, []);
    }
  });

  it('when a refusal’s code, cite or data is changed: each is part of the outcome', async () => {
    const { d, base } = await standardLog();
    const input = await inputOf(d);
    const refused = base + 2; // GB's ratification
    const violation = (JSON.parse(input.entries[refused]!) as Entry).outcome.violations[0]!;
    assert.ok(violation.params !== undefined && Object.keys(violation.params).length > 0);
    const changes: [string, (v: Record<string, unknown>) => void][] = [
      ['code', (v) => (v['code'] = 'not_eligible')],
      ['cite', (v) => (v['cite'] = 'EST 10')],
      ['a value of its data', (v) => (v['params'] = { ...violation.params, who: 'RU' })],
      ['a value added to its data', (v) => (v['params'] = { ...violation.params, also: 'x' })],
      ['its data removed', (v) => (v['params'] = {})],
    ];
    for (const [what, change] of changes) {
      const entries = edit(input.entries, refused, (e) =>
        change(e.outcome.violations[0] as unknown as Record<string, unknown>),
      );
      const r = await verifyLog({ ...input, entries }, crypto);
      assert.equal(r.firstBad, refused, what);
      assert.equal(r.problems[0]?.check, 'outcome', what);
    }
  });

  it('but never when a message is reworded: a format 2 entry holds no sentence, only data', async () => {
    const { d, base } = await standardLog();
    const input = await inputOf(d);
    let refusals = 0;
    for (const leaf of input.entries) {
      for (const v of (JSON.parse(leaf) as Entry).outcome.violations) {
        refusals += 1;
        // Code, cite and data: the words are rendered from them when shown, in any wording.
        assert.deepEqual(Object.keys(v).sort(), ['cite', 'code', 'params']);
        for (const lang of ['en', 'ru'] as const)
          assert.ok(!leaf.includes(describeLogged(v, lang)), `${lang}: ${describeLogged(v, lang)}`);
      }
    }
    assert.equal(
      refusals,
      4,
      'GB’s ratification, the closing, RU’s second signature, the Council’s measures',
    );
    // A sentence slipped into a format 2 entry has no place in it: the leaf is no entry (and an
    // entry is never compared by its words).
    const worded = edit(input.entries, base + 2, (e) => {
      (e.outcome.violations[0] as { reason?: string }).reason = 'GB may not ratify';
    });
    const r = await verifyLog({ ...input, entries: worded }, crypto);
    assert.equal(r.firstBad, base + 2);
    assert.equal(r.problems[0]?.check, 'entry');
  });

  it('when its receipt time goes before the entry ahead of it, or is no ISO UTC time', async () => {
    const { d, base } = await standardLog();
    const input = await inputOf(d);
    const k = base + 4; // the closing, received 2010-02-01T10:00:00.000Z, after RU's ratification
    for (const at of ['2010-01-15T08:59:59.999Z', '2010-02-01T10:00:00Z', '2010-02-01 10:00:00.000Z', 'x']) {
      const r = await verifyLog(
        { ...input, entries: edit(input.entries, k, (e) => ((e as { receivedAt: string }).receivedAt = at)) },
        crypto,
      );
      assert.equal(r.firstBad, k, at);
      assert.equal(r.problems[0]?.check, 'receivedAt');
    }
  });

  it('when its receipt time moves to another day: the act is re-decided on that day', async () => {
    const { d, f, at } = await makeLog();
    const first = await d.file(f('RU').envelope({ act: 'sign' }));
    at('2010-04-01T00:00:00.000Z');
    await d.file(f('BY').envelope({ act: 'sign' }));
    const input = await inputOf(d);
    // Moved to a day still before the next entry's: in order, well signed, and RU may sign on
    // either day, so no check of its own fails.
    const r = await verifyLog(
      {
        ...input,
        entries: edit(
          input.entries,
          first.index,
          (e) => ((e as { receivedAt: string }).receivedAt = '2010-03-01T00:00:00.000Z'),
        ),
      },
      crypto,
    );
    assert.equal(r.firstBad, null);
    assert.deepEqual(
      r.problems.map((p) => p.check),
      ['root'],
    );
  });

  it('when any single byte of any entry is changed: by verifyLog, or by the consistency search', async () => {
    const { d, base } = await standardLog();
    const input = await inputOf(d);
    const signed = { size: d.size, root: await d.rootAt(d.size) };
    let alone = 0;
    let searched = 0;
    /** The bytes of the values that no check of an entry's own can see changed (see below). */
    let hidden = 0;
    // A key's entry, and filings: accepted, refused, the Depositary's, the Council's.
    for (const k of [0, ...[0, 3, 4, 6, 8].map((i) => base + i)]) {
      const parsed = JSON.parse(input.entries[k]!) as EntryV2;
      hidden += parsed.receivedAt.length + parsed.rules.length;
      const leaf = input.entries[k]!;
      for (let i = 0; i < leaf.length; i += 1) {
        const changed = leaf.slice(0, i) + String.fromCharCode(leaf.charCodeAt(i) ^ 1) + leaf.slice(i + 1);
        const entries = input.entries.map((e, j) => (j === k ? changed : e));
        const r = await verifyLog({ ...input, entries }, crypto);
        assert.equal(r.ok, false, `byte ${i} of entry ${k}: ${changed}`);
        // Each check that can name the entry does; what none can (a receipt time moved within
        // the day) the root shows, and the server's consistency proofs then locate it.
        const located = await locateByConsistency({
          sha256,
          leafHashes: entries.map((e) => leafHashOf(sha256, e)),
          signed,
          consistency: consistencyOf(d),
        });
        assert.equal(located.index, k);
        if (r.firstBad === k) alone += 1;
        else {
          searched += 1;
          const field = changed.slice(changed.indexOf('"receivedAt"'), changed.indexOf('"receivedAt"') + 40);
          assert.ok(
            // A later entry may be named as a consequence (out of order now, or re-decided with
            // another reason): the search names the changed one.
            r.firstBad === null || r.firstBad > k,
            `byte ${i} of entry ${k} named ${r.firstBad}: ${field}`,
          );
          // What no check of an entry's own can see: its receipt time moved (within the day, in
          // order), or the name of the rules it says decided it when those decide it the same way.
          assert.match(leaf.slice(0, i + 1), /"(receivedAt|rules)":"[^"]*$/, `byte ${i} of entry ${k}`);
        }
      }
    }
    assert.ok(alone > 1000 && searched > 0 && searched <= hidden, `${alone} alone, ${searched} by search`);
  });
});

describe('verifyLog names an entry removed, reordered or duplicated', () => {
  it('removed: the first entry after the gap', async () => {
    const { d } = await standardLog();
    const input = await inputOf(d);
    for (let k = 0; k < d.size; k += 1) {
      const r = await verifyLog({ ...input, entries: input.entries.filter((_, j) => j !== k) }, crypto);
      assert.equal(r.firstBad, k, `removed ${k}`);
    }
  });

  it('reordered: the first of the two', async () => {
    const { d } = await standardLog();
    const input = await inputOf(d);
    for (let k = 0; k + 1 < d.size; k += 1) {
      const entries = [...input.entries];
      [entries[k], entries[k + 1]] = [entries[k + 1]!, entries[k]!];
      const r = await verifyLog({ ...input, entries }, crypto);
      assert.equal(r.firstBad, k);
      assert.equal(r.problems[0]?.check, 'index');
    }
  });

  it('duplicated: the copy', async () => {
    const { d } = await standardLog();
    const input = await inputOf(d);
    for (let k = 0; k < d.size; k += 1) {
      const entries = [...input.entries.slice(0, k + 1), input.entries[k]!, ...input.entries.slice(k + 1)];
      const r = await verifyLog({ ...input, entries }, crypto);
      assert.equal(r.firstBad, k + 1);
    }
  });

  it('a duplicate re-indexed and re-signed by no one still breaks its filer’s seq', async () => {
    const { d, base } = await standardLog();
    const input = await inputOf(d);
    const copy = JSON.parse(input.entries[base]!) as Entry; // RU's signature
    const n = d.size;
    const entries = [
      ...input.entries,
      leafText({ ...copy, index: n, receivedAt: '2010-03-04T00:00:00.000Z' }),
    ];
    const r = await verifyLog({ ...input, entries }, crypto);
    assert.equal(r.firstBad, n);
    assert.ok(r.problems.some((p) => p.index === n && p.check === 'seq'));
  });
});

describe('verifyLog and the checkpoint', () => {
  it('fails a checkpoint signed by another key', async () => {
    const { d } = await standardLog();
    const input = await inputOf(d);
    const other = newKeyPair();
    const key = await noteKey(sha256, NAME, other.publicKey);
    const forged = await signNote(
      checkpointText({ origin: ORIGIN, size: d.size, root: await d.rootAt(d.size) }),
      key,
      (m) => ed25519Sign(privateKeyFromSeed(other.seed), m),
    );
    const r = await verifyLog({ ...input, checkpoint: forged }, crypto);
    assert.equal(r.ok, false);
    assert.equal(r.firstBad, null);
    assert.deepEqual(
      r.problems.map((p) => p.check),
      ['checkpoint'],
    );
    assert.equal(r.checkpoint, null);
  });

  it('fails a checkpoint for another root, or another size', async () => {
    const { d } = await standardLog();
    const input = await inputOf(d);
    const key = await noteKey(sha256, NAME, DEPOSITARY_KEY.publicKey);
    const sign = (size: number, root: Uint8Array) =>
      signNote(checkpointText({ origin: ORIGIN, size, root }), key, (m) =>
        ed25519Sign(privateKeyFromSeed(DEPOSITARY_KEY.seed), m),
      );
    const n = d.size;
    const otherRoot = await verifyLog({ ...input, checkpoint: await sign(n, await d.rootAt(n - 1)) }, crypto);
    assert.deepEqual(
      otherRoot.problems.map((p) => p.check),
      ['root'],
    );
    // An older checkpoint over more entries than it signs: the first unsigned entry is named.
    const older = await verifyLog({ ...input, checkpoint: await sign(n - 1, await d.rootAt(n - 1)) }, crypto);
    assert.equal(older.firstBad, n - 1);
    assert.deepEqual(
      older.problems.map((p) => p.check),
      ['size'],
    );
    // Entries missing at the end.
    const missing = await verifyLog({ ...input, entries: input.entries.slice(0, n - 2) }, crypto);
    assert.equal(missing.firstBad, n - 2);
    assert.ok(missing.problems.some((p) => p.check === 'size'));
  });

  it('fails a checkpoint with a changed byte, and a bad verifier key', async () => {
    const { d } = await standardLog();
    const input = await inputOf(d);
    const cp = input.checkpoint!;
    const changed = cp.replace(ORIGIN, `${ORIGIN}x`);
    assert.equal((await verifyLog({ ...input, checkpoint: changed }, crypto)).ok, false);
    const r = await verifyLog({ ...input, verifierKey: 'nonsense' }, crypto);
    assert.ok(r.problems.some((p) => p.check === 'verifierKey'));
    // Without the verifier key, the Depositary's own filings (the first of which lodges a key)
    // cannot be checked: said, not skipped.
    const { verifierKey: _v, ...without } = input;
    const blind = await verifyLog(without, crypto);
    const depositarySigned = input.entries
      .map((e) => (JSON.parse(e) as Entry).envelope.party)
      .flatMap((party, i) => (party === DEPOSITARY || party === 'UNSC' ? [i] : []));
    assert.equal(depositarySigned.length, 4 + 2, 'four keys lodged, the closing, the Council’s measures');
    assert.deepEqual(
      blind.problems.filter((p) => p.check === 'key').map((p) => p.index),
      depositarySigned,
    );
    assert.equal(blind.problems[0]?.index, depositarySigned[0]);
    assert.equal(blind.problems[0]?.check, 'key');
    assert.match(blind.problems[0].detail, /DEPOSITARY's filing cannot be checked/);
  });

  it('checks the origin when it is given', async () => {
    const { d } = await standardLog();
    const r = await verifyLog({ ...(await inputOf(d)), origin: 'elsewhere/log' }, crypto);
    assert.deepEqual(
      r.problems.map((p) => p.check),
      ['checkpoint'],
    );
  });
});

describe('verifyLog and the keys', () => {
  it('checks format 2 entries with the keys the log lodged, never with keys listed outside it', async () => {
    const { d } = await standardLog();
    const input = await inputOf(d);
    assert.deepEqual((await verifyLog({ ...input, keys: [] }, crypto)).problems, []);
  });

  it('names an entry signed with a key that is not lodged, or that was revoked before it', async () => {
    const { d, f } = await standardLog();
    const gb = f('GB');
    // A key of GB's that was never lodged signs a filing appended by hand (well signed, in seq).
    const stranger = new Filer('GB');
    const n = d.size;
    const later = '2010-03-04T00:00:00.000Z';
    const unlodged = stranger.envelope({ act: 'sign' }, d.nextSeq('GB'));
    const input = await inputOf(d);
    const withUnlodged = [...input.entries, appended(n, later, unlodged, { accepted: true, violations: [] })];
    const r = await verifyLog({ ...unsigned(input), entries: withUnlodged }, crypto);
    assert.equal(r.firstBad, n);
    assert.deepEqual(
      r.problems.map((p) => [p.index, p.check]),
      [[n, 'key']],
    );
    assert.match(r.problems[0]!.detail, new RegExp(`no key ${stranger.keyId} of GB is lodged`));
    // GB's own key, revoked in the log: a filing signed with it after the revocation is named.
    const revocation = await d.revokeKey('GB', gb.keyId);
    const afterRevocation = gb.envelope({ act: 'sign' });
    const revokedInput = await inputOf(d);
    const m = d.size;
    const withRevoked = [
      ...revokedInput.entries,
      appended(m, later, afterRevocation, { accepted: true, violations: [] }),
    ];
    const s = await verifyLog({ ...unsigned(revokedInput), entries: withRevoked }, crypto);
    assert.equal(s.firstBad, m);
    assert.deepEqual(
      s.problems.map((p) => [p.index, p.check]),
      [[m, 'key']],
    );
    assert.match(s.problems[0]!.detail, new RegExp(`revoked at entry ${revocation.index}\\b`));
    // ... and the key list given from outside changes nothing: the revoked key listed as in force.
    const listed = revokedInput.keys.map((k) => ({ party: k.party, keyId: k.keyId, publicKey: k.publicKey }));
    const t = await verifyLog({ ...unsigned(revokedInput), keys: listed, entries: withRevoked }, crypto);
    assert.deepEqual(t.problems, s.problems);
  });

  it('refuses a key listed under an id that is not its own', async () => {
    const { d, filers } = await standardLog();
    const input = await inputOf(d);
    const keys = input.keys.map((k) =>
      k.party === 'GB' ? { ...k, publicKey: toBase64(filers['DE']!.publicKey) } : k,
    );
    const r = await verifyLog({ ...input, keys }, crypto);
    assert.deepEqual(
      r.problems.map((p) => [p.index, p.check]),
      [[null, 'keys']],
    );
    assert.match(r.problems[0]!.detail, new RegExp(filers['GB']!.keyId));
    // The log's own entries are checked with the keys it lodged, so none of them is named (a
    // format 1 entry that used such a key is: see the format 1 tests below).
    assert.equal(r.firstBad, null);
  });

  it('names an entry whose filer may not file its act', async () => {
    const { d, base, filers } = await standardLog();
    const input = await inputOf(d);
    const ru = filers['RU']!;
    const n = d.size;
    const envelope = ru.envelope({ act: 'close', procedure: 'c-9' }, d.nextSeq('RU'));
    const closing = JSON.parse(input.entries[base + 4]!) as Entry;
    assert.equal(closing.envelope.act['act'], 'close');
    const entries = [...input.entries, appended(n, '2010-03-04T00:00:00.000Z', envelope, closing.outcome)];
    const r = await verifyLog({ ...input, entries }, crypto);
    assert.ok(
      r.problems.some((p) => p.index === n && p.check === 'filer'),
      JSON.stringify(r.problems),
    );
  });

  it('names a leaf that is not canonical JSON, or no entry at all', async () => {
    const { d, base } = await standardLog();
    const input = await inputOf(d);
    const k = base + 3;
    const spaced = input.entries.map((e, j) => (j === k ? JSON.stringify(JSON.parse(e), null, 1) : e));
    const r = await verifyLog({ ...input, entries: spaced }, crypto);
    assert.equal(r.firstBad, k);
    assert.match(r.problems[0]!.detail, /canonical/);
    const j = base + 5;
    const notEntry = input.entries.map((e, i) => (i === j ? `{"index":${j}}` : e));
    assert.equal((await verifyLog({ ...input, entries: notEntry }, crypto)).firstBad, j);
  });

  it('keeps at most maxProblems problems, and counts the rest', async () => {
    const { d } = await standardLog();
    const input = await inputOf(d);
    // Every entry's index changed (the index is not signed: one problem each).
    let entries = [...input.entries];
    for (let k = 0; k < d.size; k += 1)
      entries = edit(entries, k, (e) => ((e as { index: number }).index = k + 100));
    const all = await verifyLog({ ...unsigned(input), entries }, crypto);
    assert.equal(all.problems.length, d.size);
    assert.equal(all.omitted, 0);
    const r = await verifyLog({ ...unsigned(input), entries, maxProblems: 3 }, crypto);
    assert.deepEqual(r.problems, all.problems.slice(0, 3));
    assert.equal(r.omitted, d.size - 3);
    assert.equal(r.ok, false);
  });
});

/**
 * Ed25519 answered after a delay of 0 to 2 ms drawn from a seeded generator, so that later entries'
 * answers often come first, the same way on every run.
 */
function lateCrypto(seed = 2009): VerifyCrypto & { inFlight: () => number; most: () => number } {
  const draws = new Sfc32(seed);
  let inFlight = 0;
  let most = 0;
  return {
    sha256,
    ed25519Verify: (publicKey, message, signature) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      const ok = ed25519Verify(publicKey, message, signature);
      return new Promise((resolve) =>
        setTimeout(() => {
          inFlight -= 1;
          resolve(ok);
        }, draws.nextUint32() % 3),
      );
    },
    inFlight: () => inFlight,
    most: () => most,
  };
}

const threads: VerifyCrypto = {
  sha256,
  ed25519Verify: (k, m, s) => sharedVerifier().verify(k, m, s),
};

describe('verifyLog with signature checks still in flight', () => {
  it('reports the same problems, in the same order, as checks answered at once', async () => {
    const { d, base } = await standardLog();
    const input = await inputOf(d);
    // Several entries broken at once, some in more than one way (a signature and a seq, say).
    let entries = edit(input.entries, 1, (e) => ((e.envelope.act as Record<string, unknown>)['note'] = 'x'));
    entries = edit(entries, base + 1, (e) => ((e.envelope.act as Record<string, unknown>)['note'] = 'x'));
    entries = edit(entries, base + 3, (e) => ((e.envelope as { seq: number }).seq = 7));
    entries = edit(entries, base + 5, (e) => ((e as { index: number }).index = base + 9));
    entries = edit(
      entries,
      base + 7,
      (e) => ((e.outcome as { accepted: boolean }).accepted = !e.outcome.accepted),
    );
    const broken = { ...input, entries };
    const atOnce = await verifyLog(broken, crypto);
    assert.ok(atOnce.problems.length >= 6, JSON.stringify(atOnce.problems));
    assert.deepEqual(
      atOnce.problems.filter((p) => p.index === base + 3).map((p) => p.check),
      ['signature', 'seq'],
      'the signature before the seq',
    );
    for (let round = 0; round < 5; round += 1)
      assert.deepEqual(await verifyLog(broken, lateCrypto()), atOnce);
    assert.deepEqual(await verifyLog(broken, threads), atOnce);
  });

  it('keeps at most WINDOW entries in flight, and more than one', async () => {
    const { d, f, base } = await makeLog();
    // Refused after the first, and logged all the same: an entry with a signature each.
    for (let i = 0; i < WINDOW + 300; i += 1)
      await d.file(f(['RU', 'BY', 'GB'][i % 3]!).envelope({ act: 'sign' }));
    const input = await inputOf(d);
    const late = lateCrypto();
    const r = await verifyLog(input, late);
    assert.deepEqual(r.problems, []);
    assert.equal(r.size, base + WINDOW + 300);
    assert.ok(late.most() <= WINDOW + 1, `at most ${WINDOW} entries and the checkpoint: ${late.most()}`);
    assert.ok(late.most() >= WINDOW / 2, `${late.most()} in flight at most`);
    assert.equal(late.inFlight(), 0);
    // A bad signature late in a long log is found at its place, with the threads too.
    const k = base + WINDOW + 150;
    const broken = edit(input.entries, k, (e) => ((e.envelope.act as Record<string, unknown>)['note'] = 'x'));
    const t = await verifyLog({ ...input, entries: broken }, threads);
    assert.equal(t.firstBad, k);
    assert.deepEqual(
      t.problems.map((p) => [p.index, p.check]),
      [
        [k, 'signature'],
        [null, 'root'],
      ],
    );
  });

  it('throws a check that fails to run where it is awaited, and leaves no rejection unhandled', async () => {
    const { d } = await standardLog();
    const input = await inputOf(d);
    const unhandled: unknown[] = [];
    const record = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', record);
    try {
      const failing: VerifyCrypto = {
        sha256,
        ed25519Verify: () => Promise.reject(new Error('no Ed25519 here')),
      };
      await assert.rejects(verifyLog(input, failing), /no Ed25519 here/);
      await new Promise((r) => setTimeout(r, 10));
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('gives a result only once every check has answered, and keeps added problems in turn', async () => {
    const { d, base } = await standardLog();
    const input = await inputOf(d);
    const entries = edit(
      input.entries,
      base + 2,
      (e) => ((e.envelope.act as Record<string, unknown>)['note'] = 'x'),
    );
    const v = await LogVerifier.create({ keys: input.keys, verifierKey: d.verifierKey }, lateCrypto());
    for (const leaf of entries) await v.add(leaf);
    v.addProblem({ index: null, check: 'inclusion', detail: 'found after the entries' });
    assert.throws(() => v.result(), /still being checked/);
    await v.settle();
    assert.deepEqual(
      v.result().problems.map((p) => p.check),
      ['signature', 'inclusion'],
    );
  });
});

describe('the tree helpers', () => {
  it('rootOf and Subtrees agree with the depositary at every size', async () => {
    const { d } = await standardLog();
    const hashes = (await d.entries(0, d.size)).map((e) => leafHashOf(sha256, e));
    const tree = new Subtrees(sha256, hashes);
    for (let n = 0; n <= hashes.length; n += 1) {
      const want = toBase64(n === 0 ? foldRange(sha256, []) : await d.rootAt(n));
      assert.equal(toBase64(rootOf(sha256, hashes.slice(0, n))), want);
      assert.equal(toBase64(tree.rootAt(n)), want);
    }
    assert.throws(() => tree.rootAt(hashes.length + 1), RangeError);
  });

  it('isIsoUtc takes only what toISOString writes', () => {
    assert.equal(isIsoUtc('2010-01-15T09:00:00.000Z'), true);
    for (const t of ['2010-02-30T09:00:00.000Z', '2010-01-15T09:00:00Z', '2010-01-15T09:00:00.000+00:00', ''])
      assert.equal(isIsoUtc(t), false, t);
  });
});

describe('locateByConsistency', () => {
  it('finds the changed entry with O(log n) proofs, at every position', async () => {
    const { d, f, at } = await makeLog();
    for (let i = 0; i < 37; i += 1) {
      at(`2010-01-15T09:00:${String(i).padStart(2, '0')}.000Z`);
      await d.file(f(['RU', 'BY', 'GB', 'DE'][i % 4]!).envelope({ act: 'sign' }));
    }
    const leaves = await d.entries(0, d.size);
    const signed = { size: d.size, root: await d.rootAt(d.size) };
    for (let k = 0; k < leaves.length; k += 1) {
      const changed = edit(
        leaves,
        k,
        (e) => ((e as { receivedAt: string }).receivedAt = e.receivedAt.replace('.000Z', '.001Z')),
      );
      const located = await locateByConsistency({
        sha256,
        leafHashes: changed.map((e) => leafHashOf(sha256, e)),
        signed,
        consistency: consistencyOf(d),
      });
      assert.equal(located.index, k);
      assert.ok(located.proofs <= 7, `${located.proofs} proofs`);
    }
  });

  it('says null when the leaves make the signed root, and names the first missing leaf', async () => {
    const { d } = await standardLog();
    const hashes = (await d.entries(0, d.size)).map((e) => leafHashOf(sha256, e));
    const signed = { size: d.size, root: await d.rootAt(d.size) };
    const all = await locateByConsistency({
      sha256,
      leafHashes: hashes,
      signed,
      consistency: consistencyOf(d),
    });
    assert.deepEqual(all, { index: null, proofs: 0 });
    const short = await locateByConsistency({
      sha256,
      leafHashes: hashes.slice(0, 6),
      signed,
      consistency: consistencyOf(d),
    });
    assert.equal(short.index, 6);
  });
});

// Format 1: the leaves the first depositary wrote, `{ index, receivedAt, envelope, outcome }`, each
// violation with the English sentence of its day, and the Parties' keys kept outside the log. Made
// here as that depositary made them: envelopes signed with real keys, the Depositary's own with the
// depositary's key, the checkpoint signed as a note.

const depositarySigner = privateKeyFromSeed(DEPOSITARY_KEY.seed);
const DEPOSITARY_KEY_ID = keyIdOf(sha256, DEPOSITARY_KEY.publicKey);
const ACCEPTED: FilingOutcome = { accepted: true, violations: [] };

/** An envelope of the Depositary's, signed with the depositary's key. */
function depositaryEnvelope(act: Record<string, unknown>, seq: number): Envelope {
  const unsigned = { v: ENVELOPE_VERSION, party: DEPOSITARY, keyId: DEPOSITARY_KEY_ID, seq, act } as const;
  return { ...unsigned, signature: toBase64(ed25519Sign(depositarySigner, signingBytes(unsigned))) };
}

/** The depositary's signed checkpoint of these leaves, and its verifier key. */
async function signed(leaves: readonly string[]): Promise<{ checkpoint: string; verifierKey: string }> {
  const key = await noteKey(sha256, NAME, DEPOSITARY_KEY.publicKey);
  const root = rootOf(
    sha256,
    leaves.map((l) => leafHashOf(sha256, l)),
  );
  const checkpoint = await signNote(checkpointText({ origin: ORIGIN, size: leaves.length, root }), key, (m) =>
    ed25519Sign(depositarySigner, m),
  );
  return { checkpoint, verifierKey: formatVerifierKey(key) };
}

/** Sentences for the refusals, as a depositary of 2010 might have worded them (not today's words). */
const WORDING_2010: Readonly<Record<string, string>> = {
  not_a_signatory: 'Refused: the State has not signed the Treaty and cannot ratify it (EST Art. 11).',
  not_in_force: 'Refused: the Treaty is not yet in force.',
  already_signed: 'Refused: the State signed already.',
};
/** The same refusals worded otherwise. */
const WORDING_2011: Readonly<Record<string, string>> = {
  not_a_signatory: 'Only a signatory may deposit an instrument of ratification.',
  not_in_force: 'No procedure can be closed before the Treaty enters into force.',
  already_signed: 'A second signature is of no effect.',
};

/** A format 1 log: RU, BY and GB file, the Depositary closes a procedure, over two days. */
function formatOneLog() {
  const filers = { RU: new Filer('RU'), BY: new Filer('BY'), GB: new Filer('GB'), DE: new Filer('DE') };
  const day1 = '2010-01-15T09:00:00.000Z';
  const day2 = '2010-02-01T10:00:00.000Z';
  const refused = (code: string, cite: string): FilingOutcome => ({
    accepted: false,
    violations: [{ code, cite, reason: WORDING_2010[code] ?? assert.fail(code) }],
  });
  const filings: [Envelope, string, FilingOutcome][] = [
    [filers.RU.envelope({ act: 'sign' }), day1, ACCEPTED],
    [filers.BY.envelope({ act: 'sign' }), day1, ACCEPTED],
    [filers.GB.envelope({ act: 'ratify' }), day1, refused('not_a_signatory', 'EST 11')],
    [filers.RU.envelope({ act: 'ratify' }), day2, ACCEPTED],
    [depositaryEnvelope({ act: 'close', procedure: 'c-9' }, 1), day2, refused('not_in_force', 'EST 4')],
    [filers.RU.envelope({ act: 'sign' }), day2, refused('already_signed', 'EST 10')],
  ];
  const leaves = filings.map(([envelope, receivedAt, outcome], index) => {
    const entry: EntryV1 = { index, receivedAt, envelope, outcome };
    return canonicalJson(entry);
  });
  // GET /api/v1/keys of the first depositary: every Party's key, DE's too (it filed nothing).
  const keys = Object.values(filers).map((f) => ({
    party: f.party,
    keyId: f.keyId,
    publicKey: f.publicKeyBase64,
  }));
  return { leaves, keys, filers, depositarySeq: 1, last: day2 };
}

/** The format 1 leaves with each refusal's sentence in another wording. */
const reworded = (leaves: readonly string[], wording: Readonly<Record<string, string>>): string[] =>
  leaves.map((leaf) => {
    const entry = JSON.parse(leaf) as EntryV1;
    const violations = entry.outcome.violations.map((v) => ({ ...v, reason: wording[v.code] ?? v.reason }));
    return canonicalJson({ ...entry, outcome: { ...entry.outcome, violations } });
  });

/** A format 2 entry of the Depositary's record (a key lodged, say), signed with its key. */
function recordEntry(index: number, receivedAt: string, act: Record<string, unknown>, seq: number): string {
  return appended(index, receivedAt, depositaryEnvelope(act, seq), ACCEPTED);
}

/** A log's leaves, continued in format 2 on one day: the Depositary's record acts, Parties' filings. */
function continuation(leaves: readonly string[], depositarySeq: number, at: string) {
  const entries = [...leaves];
  let seq = depositarySeq;
  return {
    entries,
    /** Appends a record act of the Depositary's; its index. */
    record(act: Record<string, unknown>): number {
      seq += 1;
      entries.push(recordEntry(entries.length, at, act, seq));
      return entries.length - 1;
    },
    /** Appends a Party's filing with the outcome the rules give it; its index. */
    filing(envelope: Envelope, outcome: FilingOutcome = ACCEPTED): number {
      entries.push(appended(entries.length, at, envelope, outcome));
      return entries.length - 1;
    },
  };
}

const lodgeKeyAct = (f: Filer) => ({
  act: 'lodge-key',
  party: f.party,
  keyId: f.keyId,
  publicKey: f.publicKeyBase64,
});

describe('a format 1 log', () => {
  it('verifies with the keys listed outside it, whatever the wording of its refusals', async () => {
    const { leaves, keys } = formatOneLog();
    for (const wording of [WORDING_2010, WORDING_2011]) {
      const entries = reworded(leaves, wording);
      // Not today's words: the sentences are shown as they were, never compared.
      for (const leaf of entries)
        for (const v of (JSON.parse(leaf) as Entry).outcome.violations)
          assert.equal(describeLogged(v), wording[v.code]);
      const r = await verifyLog({ entries, keys, ...(await signed(entries)) }, crypto);
      assert.deepEqual(r.problems, []);
      assert.equal(r.ok, true);
      assert.equal(r.size, entries.length);
      assert.deepEqual(r.rulesChanges, []);
    }
    // Rewording a logged sentence after the fact changes the leaf, which the signed root shows:
    // an integrity matter, never a changed outcome.
    const after = reworded(leaves, WORDING_2011);
    const r = await verifyLog({ entries: after, keys, ...(await signed(leaves)) }, crypto);
    assert.deepEqual(
      r.problems.map((p) => p.check),
      ['root'],
    );
  });

  it('names a format 1 entry signed with a key not listed, or listed under another id', async () => {
    const { leaves, keys, filers } = formatOneLog();
    const cp = await signed(leaves);
    const gbFiling = 2;
    const unlisted = await verifyLog(
      { entries: leaves, keys: keys.filter((k) => k.party !== 'GB'), ...cp },
      crypto,
    );
    assert.equal(unlisted.firstBad, gbFiling);
    assert.deepEqual(
      unlisted.problems.map((p) => [p.index, p.check]),
      [[gbFiling, 'key']],
    );
    const misfiled = keys.map((k) => (k.party === 'GB' ? { ...k, publicKey: filers.DE.publicKeyBase64 } : k));
    const r = await verifyLog({ entries: leaves, keys: misfiled, ...cp }, crypto);
    assert.equal(r.firstBad, gbFiling);
    assert.deepEqual(
      r.problems.map((p) => [p.index, p.check]),
      [
        [null, 'keys'],
        [gbFiling, 'key'],
      ],
    );
  });

  it('goes on in format 2: the listed keys lodged in the log once, then filings', async () => {
    const { leaves, keys, filers, depositarySeq } = formatOneLog();
    const log = continuation(leaves, depositarySeq, '2010-03-01T08:00:00.000Z');
    for (const f of [filers.RU, filers.BY, filers.GB, filers.DE]) log.record(lodgeKeyAct(f));
    log.filing(filers.BY.envelope({ act: 'ratify' }));
    log.filing(filers.GB.envelope({ act: 'ratify' }), {
      accepted: false,
      violations: [{ code: 'not_a_signatory', cite: 'EST 11', params: { who: 'GB' } }],
    });
    const { entries } = log;
    const r = await verifyLog({ entries, keys, ...(await signed(entries)) }, crypto);
    assert.deepEqual(r.problems, []);
    assert.equal(r.size, leaves.length + 4 + 2);
    assert.deepEqual(r.rulesChanges, []);
    // Once the log holds its keys, the list outside it is not needed for the format 2 part: its
    // format 1 part still is.
    const noList = await verifyLog({ entries, keys: [], ...(await signed(entries)) }, crypto);
    const partyFilingsInFormat1 = leaves.flatMap((leaf, i) =>
      (JSON.parse(leaf) as Entry).envelope.party === DEPOSITARY ? [] : [i],
    );
    assert.deepEqual(
      [...new Set(noList.problems.map((p) => p.index))],
      partyFilingsInFormat1,
      'the format 1 Parties’ filings, and no others',
    );
  });

  it('names a key format 1 entries used that the format 2 part did not lodge', async () => {
    const { leaves, keys, filers, depositarySeq } = formatOneLog();
    const log = continuation(leaves, depositarySeq, '2010-03-01T08:00:00.000Z');
    // GB's key is left out (it signed entry 2); DE's too, but DE filed nothing in format 1.
    for (const f of [filers.RU, filers.BY]) log.record(lodgeKeyAct(f));
    log.filing(filers.BY.envelope({ act: 'ratify' }));
    const { entries } = log;
    const r = await verifyLog({ entries, keys, ...(await signed(entries)) }, crypto);
    assert.equal(r.ok, false);
    assert.deepEqual(
      r.problems.map((p) => [p.index, p.check]),
      [[null, 'keys']],
    );
    assert.match(r.problems[0]!.detail, new RegExp(`key ${filers.GB.keyId} of GB`));
    assert.doesNotMatch(r.problems[0]!.detail, new RegExp(filers.DE.keyId));
  });

  it('never follows a format 2 entry: a format 1 entry after one is named (its key would come from outside)', async () => {
    const { leaves, keys, filers, depositarySeq } = formatOneLog();
    const at = '2010-03-01T08:00:00.000Z';
    const log = continuation(leaves, depositarySeq, at);
    for (const f of [filers.RU, filers.BY, filers.GB]) log.record(lodgeKeyAct(f));
    log.record({ act: 'revoke-key', party: 'GB', keyId: filers.GB.keyId });
    // GB's revoked key, still in the list outside the log, signs a format 1 entry after the revocation.
    const late = log.entries.length;
    const entry: EntryV1 = {
      index: late,
      receivedAt: at,
      envelope: filers.GB.envelope({ act: 'sign' }),
      outcome: ACCEPTED,
    };
    const entries = [...log.entries, canonicalJson(entry)];
    const r = await verifyLog({ entries, keys, ...(await signed(entries)) }, crypto);
    assert.equal(r.firstBad, late);
    assert.deepEqual(
      r.problems.map((p) => [p.index, p.check]),
      [[late, 'entry']],
    );
  });

  it('flags a listed key of small order, and does not take the filing forged under it', async (t) => {
    const { leaves, keys } = formatOneLog();
    // The identity point: 0x01 then 31 zero bytes. With it, the signature R = identity, S = 0 holds
    // for any message ([0]B = identity + [k]identity).
    const identity = concat(Uint8Array.of(1), new Uint8Array(31));
    const fr = { party: 'FR', keyId: keyIdOf(sha256, identity), publicKey: toBase64(identity) };
    const unsigned = {
      v: ENVELOPE_VERSION,
      party: 'FR',
      keyId: fr.keyId,
      seq: 1,
      act: { act: 'sign' },
    } as const;
    const forgedSignature = concat(identity, new Uint8Array(32));
    const forged: Envelope = { ...unsigned, signature: toBase64(forgedSignature) };
    const nodeSays = ed25519Verify(identity, signingBytes(unsigned), forgedSignature);
    t.diagnostic(
      `node:crypto (OpenSSL ${process.versions.openssl}) verifies the forged signature: ${nodeSays}`,
    );
    const k = leaves.length;
    const entry: EntryV1 = {
      index: k,
      receivedAt: '2010-02-01T10:00:00.000Z',
      envelope: forged,
      outcome: ACCEPTED,
    };
    const entries = [...leaves, canonicalJson(entry)];
    const r = await verifyLog({ entries, keys: [...keys, fr], ...(await signed(entries)) }, crypto);
    assert.equal(r.ok, false);
    assert.equal(r.firstBad, k);
    assert.deepEqual(
      r.problems.map((p) => [p.index, p.check]),
      [
        [null, 'keys'],
        [k, 'key'],
      ],
    );
    assert.match(r.problems[0]!.detail, new RegExp(`${fr.keyId} of FR.*small order`));
    assert.match(r.problems[1]!.detail, new RegExp(`${fr.keyId}.*FR.*small order`));
  });
});
