import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Depositary } from '../app/depositary.ts';
import { Filer } from '../app/testing.ts';
import { memoryEventLog } from '../store/memory/event-log.ts';
import type { AbsenceInput } from './absence.ts';
import { ABSENCE_EXIT, proveAbsence } from './absence.ts';
import { toBase64 } from './bytes.ts';
import { canonicalJson } from './entry.ts';
import { addSignatureLines, cosignatureLine, cosignerKey, formatCosignerVerifierKey } from './cosignature.ts';
import { ed25519Sign, ed25519Verify, newKeyPair, privateKeyFromSeed, sha256 } from './node-crypto.ts';
import { splitNote } from './note.ts';
import { parsePolicy } from './policy.ts';

const crypto = { sha256, ed25519Verify };
const PARAMETERS = { 'entryIntoForce.instruments': 2, 'extraordinary.excludeAttacker': true };

/**
 * A real log (the depositary's own): RU and BY bring the treaty into force, then, at `notified`, BY
 * notifies an armed attack by RU under the id xc-test, which convenes the Extraordinary Conference
 * in the same entry (EST 8(1)). The checkpoint before the notification and the one after are kept.
 */
async function history() {
  let now = new Date('2010-01-15T09:00:00.000Z');
  const d = await Depositary.open({
    log: memoryEventLog(),
    clock: () => now,
    key: { name: 'depositary.est.test/log', seed: newKeyPair().seed },
    origin: 'depositary.est.test/log',
    parameters: PARAMETERS,
  });
  const ru = new Filer('RU');
  const by = new Filer('BY');
  for (const f of [ru, by]) await d.lodgeKey(f.party, toBase64(f.publicKey));
  for (const f of [ru, by]) await d.file(f.envelope({ act: 'sign' }));
  now = new Date('2010-02-01T09:00:00.000Z');
  for (const f of [ru, by]) await d.file(f.envelope({ act: 'ratify' }));
  now = new Date('2010-06-01T09:00:00.000Z');
  const before = await d.checkpoint();
  const notified = d.size;
  const receipt = await d.file(
    by.envelope({ act: 'notify-attack', attacker: 'RU', kind: 'attack', id: 'xc-test' }),
  );
  assert.equal(receipt.outcome.accepted, true, JSON.stringify(receipt.outcome));
  const after = await d.checkpoint();
  const leaves = await d.entries(0, d.size);
  return { d, before, after, leaves, notified };
}

/** Witnesses a, b, c cosign a note at times t, t+1, t+2; the policy wants two of them. */
async function witnessed(note: string, logVkey: string, t = 1_700_000_000) {
  const ws = await Promise.all(
    ['a', 'b', 'c'].map(async (name) => {
      const pair = newKeyPair();
      const key = await cosignerKey(sha256, `witness.test/${name}`, pair.publicKey);
      return { name, key, sign: (m: Uint8Array) => ed25519Sign(privateKeyFromSeed(pair.seed), m) };
    }),
  );
  const policyText = [
    `log ${logVkey}`,
    ...ws.map((w) => `witness ${w.name} ${formatCosignerVerifierKey(w.key)}`),
    'group two 2 a b c',
    'quorum two',
    '',
  ].join('\n');
  const policy = await parsePolicy(policyText, sha256, 'policy.txt');
  const text = (splitNote(note) as { text: string }).text;
  const cosign = async (names: string[]) =>
    addSignatureLines(
      note,
      await Promise.all(
        names.map((n) => {
          const w = ws.find((x) => x.name === n)!;
          return cosignatureLine(text, w.key, t + ws.indexOf(w), w.sign);
        }),
      ),
    );
  return { policy, cosign };
}

async function input(
  h: Awaited<ReturnType<typeof history>>,
  note: string,
  procedure: string,
  policy: AbsenceInput['policy'],
): Promise<AbsenceInput> {
  return {
    note,
    procedure,
    leaves: h.leaves,
    treaty: 'est-2009',
    parameters: PARAMETERS,
    keys: await h.d.keys(),
    logKey: { vkey: h.d.verifierKey, source: 'given' },
    policy,
    now: 1_700_000_100,
  };
}

describe('proof of inaction (src/log/absence.ts)', () => {
  it('absent: no entry up to the cosigned checkpoint before the notification convenes the conference', async () => {
    const h = await history();
    const w = await witnessed(h.before, h.d.verifierKey);
    const note = await w.cosign(['a', 'c']);
    const s = await proveAbsence(
      await input(h, note, 'xc-test', { policy: w.policy, source: 'given' }),
      crypto,
    );
    assert.equal(s.status, 'absent', s.lines.join('\n'));
    assert.equal(ABSENCE_EXIT[s.status], 0);
    assert.equal(s.kind, null, 'no entry names the procedure');
    assert.equal(s.checkpoint?.size, h.notified);
    assert.deepEqual(
      s.checkpoint?.witnesses.map((x) => x.name),
      ['a', 'c'],
    );
    // The quorum (two of three) was met by the second cosignature, c's, at t + 2.
    assert.equal(
      s.checkpoint?.quorumTime,
      new Date((1_700_000_000 + 2) * 1000).toISOString().replace('.000Z', 'Z'),
    );
    const text = s.lines.join('\n');
    assert.match(text, new RegExp(`None of entries 0 to ${h.notified - 1}`));
    assert.match(text, /the logging of the filing that calls for it/);
    assert.ok(text.includes(note.split('\n')[4] as string), 'the note itself is in the statement');
  });

  it('not absent: the entry that logs the notification convenes it, and is named', async () => {
    const h = await history();
    const w = await witnessed(h.after, h.d.verifierKey);
    const note = await w.cosign(['a', 'b', 'c']);
    const s = await proveAbsence(
      await input(h, note, 'xc-test', { policy: w.policy, source: 'given' }),
      crypto,
    );
    assert.equal(s.status, 'present', s.lines.join('\n'));
    assert.equal(ABSENCE_EXIT[s.status], 1);
    assert.equal(s.kind, 'extraordinary-conference');
    assert.equal(s.trace?.convened?.index, h.notified);
    assert.equal(s.trace?.convened?.event, 'ExtraordinaryConferenceConvened');
    assert.equal(s.trace?.opened?.by, 'BY');
    assert.equal(s.deadline, '2010-06-01', 'EST 8(1): immediately, the day of the notification');
    assert.match(s.lines.join('\n'), new RegExp(`Entry ${h.notified} \\(notify-attack by BY`));
  });

  it('no statement without the quorum, or when an entry is not the one the checkpoint signed', async () => {
    const h = await history();
    const w = await witnessed(h.before, h.d.verifierKey);
    const one = await w.cosign(['b']);
    const s = await proveAbsence(
      await input(h, one, 'xc-test', { policy: w.policy, source: 'given' }),
      crypto,
    );
    assert.equal(s.status, 'unverified');
    assert.equal(ABSENCE_EXIT[s.status], 3);
    assert.match(s.problems.join('\n'), /quorum \(two\) is not met/);

    // Entry 0 changed: the entries no longer make the cosigned root.
    const both = await w.cosign(['a', 'b']);
    const changed = { ...(await input(h, both, 'xc-test', { policy: w.policy, source: 'given' })) };
    const entry0 = JSON.parse(h.leaves[0] as string) as { receivedAt: string };
    entry0.receivedAt = '2010-01-15T09:00:00.001Z';
    const bad = await proveAbsence(
      { ...changed, leaves: [canonicalJson(entry0), ...h.leaves.slice(1)] },
      crypto,
    );
    assert.equal(bad.status, 'unverified');
    assert.match(bad.problems.join('\n'), /root/);
  });

  it('without a policy the statement says that the depositary alone vouches for the checkpoint', async () => {
    const h = await history();
    const s = await proveAbsence(await input(h, h.before, 'xc-test', null), crypto);
    assert.equal(s.status, 'absent');
    assert.match(s.lines.join('\n'), /the depositary alone vouches for it/);
  });
});
