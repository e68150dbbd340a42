import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cosignatureLine, cosignerKey, formatCosignerVerifierKey } from './cosignature.ts';
import { ed25519Sign, ed25519Verify, privateKeyFromSeed, rawPublicKey, sha256 } from './node-crypto.ts';
import type { NoteKey } from './note.ts';
import { checkpointText, formatVerifierKey, noteKey, signNote } from './note.ts';
import type { Policy } from './policy.ts';
import { PolicyError, checkCosignedCheckpoint, parsePolicy, quorumMet, quorumTime } from './policy.ts';

const crypto = { sha256, ed25519Verify };
const ORIGIN = 'example.com/log';

interface Signer {
  readonly key: NoteKey;
  readonly vkey: string;
  sign(m: Uint8Array): Uint8Array;
}

let nextSeed = 1;
function seedKey() {
  const priv = privateKeyFromSeed(new Uint8Array(32).fill(nextSeed++));
  return { priv, pub: rawPublicKey(priv) };
}

async function logSigner(name = ORIGIN): Promise<Signer> {
  const { priv, pub } = seedKey();
  const key = await noteKey(sha256, name, pub);
  return { key, vkey: formatVerifierKey(key), sign: (m) => ed25519Sign(priv, m) };
}

async function witnessSigner(name: string): Promise<Signer> {
  const { priv, pub } = seedKey();
  const key = await cosignerKey(sha256, name, pub);
  return { key, vkey: formatCosignerVerifierKey(key), sign: (m) => ed25519Sign(priv, m) };
}

const log = await logSigner();
const W: Record<string, Signer> = {};
for (const n of ['X1', 'X2', 'X3', 'Y1', 'Y2', 'Y3'])
  W[n] = await witnessSigner(`witness.${n.toLowerCase()}.example`);
const w = (n: string): Signer => W[n] as Signer;

// The example policy of c2sp.org/tlog-policy, with real keys.
const EXAMPLE = `log ${log.vkey}

witness X1 ${w('X1').vkey}
witness X2 ${w('X2').vkey}
witness X3 ${w('X3').vkey}
group X-witnesses 2 X1 X2 X3

witness Y1 ${w('Y1').vkey}
witness Y2 ${w('Y2').vkey}
witness Y3 ${w('Y3').vkey}
group Y-witnesses any Y1 Y2 Y3

group X-and-Y all X-witnesses Y-witnesses
quorum X-and-Y
`;

async function parseError(text: string): Promise<PolicyError> {
  try {
    await parsePolicy(text, sha256, 'p.policy');
  } catch (e) {
    assert.ok(e instanceof PolicyError, String(e));
    return e;
  }
  assert.fail(`parsed: ${text}`);
}

describe('tlog-policy files (c2sp.org/tlog-policy)', () => {
  it('reads the specification’s example', async () => {
    const p = await parsePolicy(EXAMPLE, sha256);
    assert.equal(p.logs.length, 1);
    assert.equal(p.logs[0]?.key.name, ORIGIN);
    assert.deepEqual(
      p.witnesses.map((x) => [x.name, x.key.name, x.line]),
      [
        ['X1', 'witness.x1.example', 3],
        ['X2', 'witness.x2.example', 4],
        ['X3', 'witness.x3.example', 5],
        ['Y1', 'witness.y1.example', 8],
        ['Y2', 'witness.y2.example', 9],
        ['Y3', 'witness.y3.example', 10],
      ],
    );
    assert.deepEqual(
      p.groups.map((g) => [g.name, g.rule, g.threshold, g.members]),
      [
        ['X-witnesses', 2, 2, ['X1', 'X2', 'X3']],
        ['Y-witnesses', 'any', 1, ['Y1', 'Y2', 'Y3']],
        ['X-and-Y', 'all', 2, ['X-witnesses', 'Y-witnesses']],
      ],
    );
    assert.equal(p.quorum, 'X-and-Y');
    assert.equal(p.quorumLine, 14);
  });

  it('evaluates the example’s quorum as the spec explains it: two X witnesses and one Y witness', async () => {
    const p = await parsePolicy(EXAMPLE, sha256);
    const cases: [string[], boolean][] = [
      [[], false],
      [['X1', 'X2', 'Y1'], true],
      [['X2', 'X3', 'Y3'], true],
      [['X1', 'Y1', 'Y2', 'Y3'], false],
      [['X1', 'X2', 'X3'], false],
      [['X1', 'X2', 'X3', 'Y1', 'Y2', 'Y3'], true],
      // Names of groups are not witnesses: naming them does not count.
      [['X-witnesses', 'Y-witnesses'], false],
    ];
    for (const [set, want] of cases) assert.equal(quorumMet(p, set), want, set.join(' '));
  });

  it('accepts comments, blank lines, tabs and leading or trailing whitespace, and URLs', async () => {
    const p = await parsePolicy(
      `# a comment\n   # an indented comment\n\t\nlog\t${log.vkey}  https://log.example/  \n  witness  A ${w('X1').vkey} https://w.example/a\nquorum A`,
      sha256,
    );
    assert.equal(p.logs[0]?.url, 'https://log.example/');
    assert.equal(p.witnesses[0]?.url, 'https://w.example/a');
    assert.equal(p.quorum, 'A');
    assert.equal(quorumMet(p, ['A']), true);
    assert.equal(quorumMet(p, []), false);
  });

  it('quorum none needs no cosignature, and an empty set of witnesses and logs is allowed', async () => {
    const p = await parsePolicy('quorum none\n', sha256);
    assert.equal(quorumMet(p, []), true);
    assert.equal(quorumTime(p, []), null);
  });

  it('names the line and the fault of each malformed policy', async () => {
    const W1 = `witness W1 ${w('X1').vkey}\n`;
    const cases: [string, number, RegExp][] = [
      ['quorum none\nlogs x\n', 2, /unknown line "logs"/],
      ['quorum W1\n', 1, /W1 is not a witness or group defined on a line above/],
      [`group G any W1\n${W1}quorum G\n`, 1, /W1 is not a witness or group defined/],
      [`${W1}group G any W1 W1\nquorum G\n`, 2, /W1 is listed twice in group G/],
      [
        `${W1}group G 0 W1\nquorum G\n`,
        2,
        /threshold 0 must be all, any or a whole number from 1 to its 1 members/,
      ],
      [`${W1}group G 2 W1\nquorum G\n`, 2, /threshold 2/],
      [`${W1}group G 01 W1\nquorum G\n`, 2, /threshold 01/],
      [`${W1}group G any\nquorum G\n`, 2, /expected: group/],
      [`${W1}group G any none\nquorum none\n`, 2, /"none" cannot be a group member/],
      [`witness none ${w('X1').vkey}\nquorum none\n`, 1, /cannot be named "none"/],
      [`${W1}witness W1 ${w('X2').vkey}\nquorum W1\n`, 2, /W1 is already defined, as a witness, on line 1/],
      [`${W1}group W1 any W1\nquorum W1\n`, 2, /already defined/],
      [`${W1}witness W2 ${w('X1').vkey}\nquorum W1\n`, 2, /already listed on line 1/],
      [`log ${log.vkey}\nlog ${log.vkey}\nquorum none\n`, 2, /already listed on line 1/],
      [`witness W1 ${log.vkey}\nquorum none\n`, 1, /not an Ed25519 cosigner verifier key/],
      [`log ${w('X1').vkey}\nquorum none\n`, 1, /not an Ed25519 log verifier key/],
      [`log ${log.vkey.replace(/\+[0-9a-f]{8}\+/, '+00000000+')}\nquorum none\n`, 1, /not an Ed25519 log/],
      [`log ${log.vkey} not-a-url\nquorum none\n`, 1, /not-a-url is not a URL/],
      [`log ${log.vkey} https://a/ extra\nquorum none\n`, 1, /expected: log <vkey> \[<url>\]/],
      [`witness W1\nquorum none\n`, 1, /expected: witness <name> <vkey>/],
      ['quorum none\r\n', 1, /carriage return/],
      ['quorum none\n# bell \u0007\n', 2, /control character U\+0007/],
      ['quorum none\nquorum none\n', 2, /a second quorum line \(the first is line 1\)/],
      ['quorum\n', 1, /expected: quorum <name\|none>/],
      [`${W1}`, 0, /no quorum line/],
    ];
    for (const [text, line, message] of cases) {
      const e = await parseError(text);
      assert.equal(e.line, line, `${JSON.stringify(text)}: ${e.message}`);
      assert.match(e.message, message);
      assert.ok(e.message.startsWith(`p.policy${line > 0 ? `:${line}` : ''}: `), e.message);
    }
  });

  it('a log key and a witness key may not be the same key', async () => {
    const e = await parseError(
      `log ${log.vkey}\nwitness W1 ${formatCosignerVerifierKey(await cosignerKey(sha256, 'w', log.key.publicKey))}\nquorum W1\n`,
    );
    assert.equal(e.line, 2);
  });

  it('nests groups several levels deep', async () => {
    const p = await parsePolicy(
      `witness A ${w('X1').vkey}\nwitness B ${w('X2').vkey}\nwitness C ${w('X3').vkey}\n` +
        'group AB all A B\ngroup ABorC any AB C\ngroup top 1 ABorC\nquorum top\n',
      sha256,
    );
    assert.equal(quorumMet(p, ['C']), true);
    assert.equal(quorumMet(p, ['A']), false);
    assert.equal(quorumMet(p, ['A', 'B']), true);
  });

  it('finds the earliest time the cosignatures met the quorum', async () => {
    const p = await parsePolicy(EXAMPLE, sha256);
    const t = (pairs: [string, number][]) => pairs.map(([witness, timestamp]) => ({ witness, timestamp }));
    assert.equal(
      quorumTime(
        p,
        t([
          ['Y1', 50],
          ['X3', 300],
          ['X1', 100],
          ['X2', 200],
        ]),
      ),
      200,
    );
    assert.equal(
      quorumTime(
        p,
        t([
          ['X1', 100],
          ['X2', 200],
          ['Y2', 900],
        ]),
      ),
      900,
    );
    assert.equal(
      quorumTime(
        p,
        t([
          ['X1', 1],
          ['Y1', 2],
        ]),
      ),
      null,
    );
  });
});

async function cosignedNote(text: string, signers: [Signer, number][]): Promise<string> {
  let note = await signNote(text, log.key, (m) => log.sign(m));
  for (const [s, t] of signers) note += await cosignatureLine(text, s.key, t, (m) => s.sign(m));
  return note;
}

describe('checking a cosigned checkpoint against a policy', () => {
  const text = checkpointText({ origin: ORIGIN, size: 10, root: sha256(Uint8Array.of(7)) });
  let policy: Policy;

  it('verifies the log, each cosignature and the quorum, and says when the quorum was met', async () => {
    policy = await parsePolicy(EXAMPLE, sha256);
    const note = await cosignedNote(text, [
      [w('X3'), 300],
      [w('Y2'), 150],
      [w('X1'), 100],
    ]);
    const r = await checkCosignedCheckpoint(note, policy, crypto);
    assert.equal(r.ok, true);
    assert.deepEqual(r.log, { ok: true, vkey: log.vkey.split('+').slice(0, 2).join('+') });
    assert.deepEqual(r.checkpoint?.size, 10);
    assert.deepEqual(r.cosigners, [
      { witness: 'X1', timestamp: 100 },
      { witness: 'Y2', timestamp: 150 },
      { witness: 'X3', timestamp: 300 },
    ]);
    assert.deepEqual(r.invalid, []);
    assert.equal(r.quorum, true);
    assert.equal(r.quorumTime, 300);
  });

  it('refuses a checkpoint short of the quorum', async () => {
    const r = await checkCosignedCheckpoint(
      await cosignedNote(text, [
        [w('X1'), 1],
        [w('X2'), 2],
      ]),
      policy,
      crypto,
    );
    assert.equal(r.ok, false);
    assert.equal(r.log.ok, true);
    assert.equal(r.quorum, false);
    assert.equal(r.quorumTime, null);
  });

  it('refuses cosignatures that do not verify, and lists them', async () => {
    const other = checkpointText({ origin: ORIGIN, size: 11, root: sha256(Uint8Array.of(7)) });
    const stray = await cosignatureLine(other, w('Y1').key, 5, (m) => w('Y1').sign(m));
    const note =
      (await cosignedNote(text, [
        [w('X1'), 1],
        [w('X2'), 2],
      ])) + stray;
    const r = await checkCosignedCheckpoint(note, policy, crypto);
    assert.equal(r.quorum, false);
    assert.deepEqual(r.invalid, [
      { witness: 'Y1', reason: 'the cosignature of witness.y1.example does not verify' },
    ]);
  });

  it('ignores signatures by keys the policy does not know', async () => {
    const stranger = await witnessSigner('stranger.example');
    const r = await checkCosignedCheckpoint(
      await cosignedNote(text, [
        [stranger, 1],
        [w('X1'), 2],
        [w('X2'), 3],
        [w('Y3'), 4],
      ]),
      policy,
      crypto,
    );
    assert.equal(r.ok, true);
    assert.equal(r.cosigners.length, 3);
  });

  it('needs the log’s own signature, by a key named after the origin', async () => {
    const cosigs = [
      await cosignatureLine(text, w('X1').key, 1, (m) => w('X1').sign(m)),
      await cosignatureLine(text, w('X2').key, 1, (m) => w('X2').sign(m)),
      await cosignatureLine(text, w('Y1').key, 1, (m) => w('Y1').sign(m)),
    ];
    const impostor = await logSigner(ORIGIN);
    const forged = (await signNote(text, impostor.key, (m) => impostor.sign(m))) + cosigs.join('');
    const r = await checkCosignedCheckpoint(forged, policy, crypto);
    assert.equal(r.ok, false);
    assert.equal(r.quorum, true);
    assert.deepEqual(r.log, { ok: false, reason: `no trusted key of ${ORIGIN} signed it` });

    const elsewhere = checkpointText({
      origin: 'other.example/log',
      size: 1,
      root: sha256(Uint8Array.of(1)),
    });
    const r2 = await checkCosignedCheckpoint(
      await signNote(elsewhere, log.key, (m) => log.sign(m)),
      policy,
      crypto,
    );
    assert.deepEqual(r2.log, { ok: false, reason: 'the policy trusts no log with origin other.example/log' });

    // A policy without logs, with the log's key given by the caller.
    const bare = await parsePolicy('quorum none\n', sha256);
    const r3 = await checkCosignedCheckpoint(await cosignedNote(text, []), bare, crypto, { logs: [log.key] });
    assert.equal(r3.ok, true);
  });

  it('refuses cosignatures dated in the future when told the time', async () => {
    const note = await cosignedNote(text, [
      [w('X1'), 1000],
      [w('X2'), 1000],
      [w('Y1'), 5000],
    ]);
    const r = await checkCosignedCheckpoint(note, policy, crypto, { now: 1000 });
    assert.equal(r.quorum, false);
    assert.deepEqual(r.invalid, [{ witness: 'Y1', reason: 'the cosignature of Y1 is dated in the future' }]);
    assert.equal((await checkCosignedCheckpoint(note, policy, crypto, { now: 4800 })).ok, true);
  });

  it('reports a note that is not a checkpoint', async () => {
    for (const bad of ['hello\n', `${text}no signatures\n`, 'x\n\n\u2014 a AAAAAAAA\n']) {
      const r = await checkCosignedCheckpoint(bad, policy, crypto);
      assert.equal(r.ok, false);
      assert.equal(r.log.ok, false);
    }
  });
});
