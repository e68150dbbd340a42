/**
 * The browser's witness check (web/src/witness-check.ts) under Node, whose WebCrypto it uses as the
 * browser's: labels from the policy's comment lines; a checkpoint signed by a log and cosigned
 * (c2sp.org/tlog-cosignature) by some of the witnesses of a policy (c2sp.org/tlog-policy), checked
 * for each witness and for the quorum; and each way it is flagged: a quorum not met, a cosignature
 * changed, a checkpoint the server gave as not cosigned (its 503), a log key other than the trusted
 * one, no policy, a policy that cannot be read. Keys, signatures and cosignatures are real Ed25519
 * (node:crypto) built here from the specifications' formats.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cosignatureLine, cosignerKey, formatCosignerVerifierKey } from '../../src/log/cosignature.ts';
import { ed25519Sign, newKeyPair, privateKeyFromSeed, sha256 } from '../../src/log/node-crypto.ts';
import { checkpointText, formatVerifierKey, noteKey, signNote } from '../../src/log/note.ts';
import type { WitnessCheck } from '../../web/src/witness-check.ts';
import { checkWitnesses, witnessLabels } from '../../web/src/witness-check.ts';

const asyncSha = (b: Uint8Array) => Promise.resolve(sha256(b));
const ORIGIN = 'depositary.example/est';

async function signer(name: string, cosigner: boolean) {
  const pair = newKeyPair();
  const priv = privateKeyFromSeed(pair.seed);
  const sign = (m: Uint8Array) => ed25519Sign(priv, m);
  if (cosigner) {
    const key = await cosignerKey(asyncSha, name, pair.publicKey);
    return { key, vkey: formatCosignerVerifierKey(key), sign };
  }
  const key = await noteKey(asyncSha, name, pair.publicKey);
  return { key, vkey: formatVerifierKey(key), sign };
}

async function fixture() {
  const log = await signer(ORIGIN, false);
  const nato = await signer('witness.example/nato', true);
  const csto = await signer('witness.example/csto', true);
  const neutral = await signer('witness.example/neutral', true);
  const text = checkpointText({ origin: ORIGIN, size: 7, root: new Uint8Array(32).fill(9) });
  const signed = await signNote(text, log.key, log.sign);
  // nato cosigns at 1000, csto at 1005; neutral does not cosign.
  const lines = [
    await cosignatureLine(text, nato.key, 1000, nato.sign),
    await cosignatureLine(text, csto.key, 1005, csto.sign),
  ];
  const note = signed + lines.join('');
  const policy = (quorum: string) =>
    [
      '# Demo witnesses: one operator runs them all.',
      `log ${log.vkey}`,
      '# a NATO member',
      `witness nato ${nato.vkey} https://nato.example/`,
      '# a CSTO member',
      `witness csto ${csto.vkey}`,
      '',
      '# not a label: a blank line parts it from the witness',
      '',
      `witness neutral ${neutral.vkey}`,
      'group blocs all nato csto neutral',
      'group two 2 nato csto neutral',
      `quorum ${quorum}`,
      '',
    ].join('\n');
  return { log, nato, csto, neutral, text, signed, note, policy };
}

const checked = (c: WitnessCheck) => {
  assert.equal(c.kind, 'checked');
  return c;
};

describe('witnessLabels', () => {
  it('takes the comment line just above each witness line, and nothing else', async () => {
    const f = await fixture();
    const labels = witnessLabels(f.policy('blocs'));
    assert.deepEqual(
      [...labels],
      [
        ['nato', 'a NATO member'],
        ['csto', 'a CSTO member'],
      ],
    );
  });
});

describe('checkWitnesses', () => {
  it('says when the log has no witnesses', async () => {
    const f = await fixture();
    const c = await checkWitnesses({ policy: null, note: f.signed, cosigned: true, verifierKey: f.log.vkey });
    assert.deepEqual(c, { kind: 'no-policy' });
  });

  it('refuses a policy that cannot be read, naming the line', async () => {
    const f = await fixture();
    const c = await checkWitnesses({
      policy: 'witness a not-a-key\nquorum a\n',
      note: f.signed,
      cosigned: true,
      verifierKey: f.log.vkey,
    });
    assert.equal(c.kind, 'bad-policy');
    assert.match(c.kind === 'bad-policy' ? c.reason : '', /the policy:1:/);
  });

  it('meets a 2-of-3 quorum with two verified cosignatures, at the later time', async () => {
    const f = await fixture();
    const c = checked(
      await checkWitnesses({
        policy: f.policy('two'),
        note: f.note,
        cosigned: true,
        verifierKey: f.log.vkey,
      }),
    );
    assert.equal(c.ok, true);
    assert.deepEqual(c.problems, []);
    assert.equal(c.logOk, true);
    assert.equal(c.policyListsKey, true);
    assert.equal(c.quorumMet, true);
    assert.equal(c.quorumTime, 1005);
    assert.equal(c.served, 'cosigned');
    assert.deepEqual(c.checkpoint, { origin: ORIGIN, size: 7, root: Buffer.alloc(32, 9).toString('base64') });
    assert.deepEqual(
      c.witnesses.map((w) => [w.name, w.label, w.status, w.timestamp, w.url]),
      [
        ['nato', 'a NATO member', 'cosigned', 1000, 'https://nato.example/'],
        ['csto', 'a CSTO member', 'cosigned', 1005, null],
        ['neutral', null, 'absent', null, null],
      ],
    );
    assert.equal(c.witnesses[0]?.keyName, `${f.nato.key.name}+${Buffer.from(f.nato.key.id).toString('hex')}`);
  });

  it('flags a quorum of all three as not met when one has not cosigned', async () => {
    const f = await fixture();
    const c = checked(
      await checkWitnesses({
        policy: f.policy('blocs'),
        note: f.note,
        cosigned: true,
        verifierKey: f.log.vkey,
      }),
    );
    assert.equal(c.ok, false);
    assert.equal(c.quorumMet, false);
    assert.equal(c.quorumTime, null);
    assert.deepEqual(c.problems, [{ code: 'no-quorum', quorum: 'blocs', cosigned: 2 }]);
  });

  it('flags a changed cosignature, and that witness no longer counts', async () => {
    const f = await fixture();
    const csto = f.note.split('\n').findIndex((l) => l.startsWith(`— ${f.csto.key.name} `));
    const lines = f.note.split('\n');
    const line = lines[csto] as string;
    // One character of the signature (past the key id and the timestamp) changed.
    const at = line.length - 5;
    lines[csto] = line.slice(0, at) + (line[at] === 'A' ? 'B' : 'A') + line.slice(at + 1);
    const c = checked(
      await checkWitnesses({
        policy: f.policy('two'),
        note: lines.join('\n'),
        cosigned: true,
        verifierKey: f.log.vkey,
      }),
    );
    assert.equal(c.ok, false);
    assert.equal(c.witnesses[1]?.status, 'invalid');
    assert.equal(typeof c.witnesses[1]?.reason, 'string');
    assert.deepEqual(
      c.problems.map((p) => p.code),
      ['cosignature', 'no-quorum'],
    );
    assert.equal(c.problems[0]?.code === 'cosignature' && c.problems[0].witness, 'csto');
  });

  it('flags a checkpoint the server gave as not cosigned (its /checkpoint answered 503)', async () => {
    const f = await fixture();
    const c = checked(
      await checkWitnesses({
        policy: f.policy('two'),
        note: f.signed,
        cosigned: false,
        verifierKey: f.log.vkey,
      }),
    );
    assert.equal(c.ok, false);
    assert.equal(c.served, 'latest');
    assert.deepEqual(
      c.problems.map((p) => p.code),
      ['not-cosigned', 'no-quorum'],
    );
    assert.ok(c.witnesses.every((w) => w.status === 'absent'));
  });

  it('checks the log signature with the trusted key, not the policy’s log line', async () => {
    const f = await fixture();
    const other = await signer(ORIGIN, false);
    const c = checked(
      await checkWitnesses({
        policy: f.policy('two'),
        note: f.note,
        cosigned: true,
        verifierKey: other.vkey,
      }),
    );
    assert.equal(c.ok, false);
    assert.equal(c.logOk, false);
    assert.equal(c.policyListsKey, false);
    assert.equal(c.problems[0]?.code, 'log-signature');
    // The cosignatures themselves still verify.
    assert.equal(c.quorumMet, true);
  });

  it('accepts a quorum of none without cosignatures', async () => {
    const f = await fixture();
    const c = checked(
      await checkWitnesses({
        policy: f.policy('none'),
        note: f.signed,
        cosigned: true,
        verifierKey: f.log.vkey,
      }),
    );
    assert.equal(c.ok, true);
    assert.equal(c.quorum, 'none');
  });

  it('refuses a cosignature dated more than five minutes after now', async () => {
    const f = await fixture();
    const c = checked(
      await checkWitnesses({
        policy: f.policy('two'),
        note: f.note,
        cosigned: true,
        verifierKey: f.log.vkey,
        now: 1000,
      }),
    );
    // csto's 1005 is within 300 s of 1000; at now = 700 it is not.
    assert.equal(c.ok, true);
    const late = checked(
      await checkWitnesses({
        policy: f.policy('two'),
        note: f.note,
        cosigned: true,
        verifierKey: f.log.vkey,
        now: 700,
      }),
    );
    assert.equal(late.ok, false);
    assert.equal(late.witnesses[1]?.status, 'invalid');
  });
});
