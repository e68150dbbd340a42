import assert from 'node:assert/strict';
import { createHash, sign as nodeSign } from 'node:crypto';
import { describe, it } from 'node:test';
import {
  addSignatureLines,
  cosignatureLine,
  cosignatureTimestamp,
  cosignedMessage,
  cosignerKey,
  cosignerKeyId,
  formatCosignerVerifierKey,
  parseCosignerVerifierKey,
  parseSignatureLine,
  parseSignatureLines,
  splitNote,
  verifyCosignature,
} from './cosignature.ts';
import { ed25519Sign, ed25519Verify, privateKeyFromSeed, rawPublicKey, sha256 } from './node-crypto.ts';
import { checkpointText, formatVerifierKey, noteKey, openNote, parseVerifierKey, signNote } from './note.ts';

const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

// A native Ed25519 cosignature/v1 (type 0x04) verifier key the Go reference accepts
// (transparency-dev/formats note/note_cosigv1_test.go, "native algEd25519CosignatureV1 verifier").
const REMORA = 'remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2';
// The cosignature line of the example in c2sp.org/tlog-cosignature, whose signed message has the line
// `time 1679315147`.
const SPEC_LINE =
  '\u2014 witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==';
// transparency-dev/formats TestCosignatureTimestamp: this signature carries 1727964367.
const FORMATS_SIG =
  'ZGhGuQAAAABm/qTPeyKXD+R2rzyQsxPiP8mXum7qq/iF0u4vanlqJyocWODBt97w9uL+8qT7S5gxEHWWOworDcFiEBYJXORmnFBOBA==';
// ... and this one, an Ed25519 note signature without a timestamp, is not a cosignature.
const FORMATS_NOT_COSIG =
  'eQjRQm6eSKzFoiYalgwCPXu2y3ijtg68is9M46JKxuZB+dRfTmeQeDBoXnvxZx2ugnkyV+MUMLXpWs1hPb/W/4xkNQY=';

const seed = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const witnessPrivate = privateKeyFromSeed(seed);
const witnessPublic = rawPublicKey(witnessPrivate);
const NAME = 'witness.example/w1';
const TEXT = checkpointText({ origin: 'example.com/log', size: 20852163, root: sha256(Uint8Array.of(1)) });

/** The key ID computed here from the spec's formula, with node:crypto alone. */
function handKeyId(name: string, pub: Uint8Array): Buffer {
  return createHash('sha256')
    .update(Buffer.concat([Buffer.from(name, 'utf8'), Buffer.from([0x0a, 0x04]), pub]))
    .digest()
    .subarray(0, 4);
}

describe('cosigner keys (c2sp.org/tlog-cosignature, Ed25519)', () => {
  it('reads the Go reference’s native 0x04 verifier key and writes it back unchanged', async () => {
    const key = await parseCosignerVerifierKey(sha256, REMORA);
    assert.ok(key);
    assert.equal(key.name, 'remora.n621.de');
    assert.equal(Buffer.from(key.id).toString('hex'), 'da77ade7');
    assert.equal(formatCosignerVerifierKey(key), REMORA);
    // Its ID is SHA-256(name || 0x0A || 0x04 || key)[:4], computed by hand.
    assert.equal(handKeyId(key.name, key.publicKey).toString('hex'), 'da77ade7');
  });

  it('computes the key ID with the 0x04 type byte, not the 0x01 of log keys', async () => {
    const id = await cosignerKeyId(sha256, NAME, witnessPublic);
    assert.deepEqual(Buffer.from(id), handKeyId(NAME, witnessPublic));
    const logKey = await noteKey(sha256, NAME, witnessPublic);
    assert.notDeepEqual(logKey.id, id);
  });

  it('writes the verifier key as name+hex id+base64(0x04 || key)', async () => {
    const key = await cosignerKey(sha256, NAME, witnessPublic);
    const expected = `${NAME}+${handKeyId(NAME, witnessPublic).toString('hex')}+${b64(Buffer.concat([Buffer.from([4]), witnessPublic]))}`;
    assert.equal(formatCosignerVerifierKey(key), expected);
    assert.deepEqual(await parseCosignerVerifierKey(sha256, expected), key);
  });

  it('refuses a wrong key ID, a 0x01 log key, bad material and bad names', async () => {
    const key = await cosignerKey(sha256, NAME, witnessPublic);
    const good = formatCosignerVerifierKey(key);
    const asLogKey = formatVerifierKey(await noteKey(sha256, NAME, witnessPublic));
    for (const bad of [
      REMORA.replace('da77ade7', 'da77ade8'),
      REMORA.replace('remora', 'Remora'),
      asLogKey,
      good.slice(0, -4),
      `x ${good}`,
      'name+12345678',
    ]) {
      assert.equal(await parseCosignerVerifierKey(sha256, bad), null, bad);
    }
    // And a cosigner key is no log key.
    assert.equal(await parseVerifierKey(sha256, REMORA), null);
  });
});

describe('cosignature lines', () => {
  it('reads the timestamps of the spec’s example and of the Go reference’s vector', () => {
    const spec = parseSignatureLine(SPEC_LINE);
    assert.ok(spec);
    assert.equal(spec.name, 'witness.example.com/w1');
    assert.equal(cosignatureTimestamp(spec), 1679315147);
    const formats = parseSignatureLine(`\u2014 x ${FORMATS_SIG}`);
    assert.equal(cosignatureTimestamp(formats!), 1727964367);
    assert.equal(cosignatureTimestamp(parseSignatureLine(`\u2014 x ${FORMATS_NOT_COSIG}`)!), null);
  });

  it('builds the signed message as the spec writes it', () => {
    assert.equal(
      new TextDecoder().decode(cosignedMessage(TEXT, 1679315147)),
      `cosignature/v1\ntime 1679315147\nexample.com/log\n20852163\n${b64(sha256(Uint8Array.of(1)))}\n`,
    );
    assert.throws(() => cosignedMessage(TEXT, -1));
    assert.throws(() => cosignedMessage(TEXT, 1.5));
    assert.throws(() => cosignedMessage('no newline', 1));
  });

  it('signs a line byte for byte as computed by hand with node:crypto', async () => {
    const key = await cosignerKey(sha256, NAME, witnessPublic);
    const t = 1700000000;
    const line = await cosignatureLine(TEXT, key, t, (m) => ed25519Sign(witnessPrivate, m));
    // By hand: Ed25519 over "cosignature/v1\ntime <t>\n" + text; blob = key id || u64 BE t || signature.
    const message = Buffer.from(`cosignature/v1\ntime ${t}\n${TEXT}`, 'utf8');
    const sig = nodeSign(null, message, witnessPrivate);
    const ts = Buffer.alloc(8);
    ts.writeBigUInt64BE(BigInt(t));
    const blob = Buffer.concat([handKeyId(NAME, witnessPublic), ts, sig]);
    assert.equal(line, `\u2014 ${NAME} ${blob.toString('base64')}\n`);
  });

  it('verifies a cosignature and gives its time; refuses one changed anywhere', async () => {
    const key = await cosignerKey(sha256, NAME, witnessPublic);
    const line = await cosignatureLine(TEXT, key, 1700000000, (m) => ed25519Sign(witnessPrivate, m));
    assert.deepEqual(await verifyCosignature(TEXT, line, key, ed25519Verify), {
      ok: true,
      timestamp: 1700000000,
    });

    // Another checkpoint.
    const other = TEXT.replace('20852163', '20852164');
    assert.equal((await verifyCosignature(other, line, key, ed25519Verify)).ok, false);
    // The timestamp changed (the signature covers it).
    const parsed = parseSignatureLine(line.trimEnd())!;
    const blob = Buffer.concat([parsed.keyId, parsed.signature]);
    blob[11] = (blob[11] as number) ^ 1;
    const retimed = `\u2014 ${NAME} ${blob.toString('base64')}`;
    assert.deepEqual(await verifyCosignature(TEXT, retimed, key, ed25519Verify), {
      ok: false,
      reason: `the cosignature of ${NAME} does not verify`,
    });
    // Another witness's key.
    const otherKey = await cosignerKey(sha256, 'witness.example/w2', witnessPublic);
    assert.equal((await verifyCosignature(TEXT, line, otherKey, ed25519Verify)).ok, false);
    // Extension lines are covered.
    const extended = `${TEXT}extension\n`;
    const extLine = await cosignatureLine(extended, key, 5, (m) => ed25519Sign(witnessPrivate, m));
    assert.equal((await verifyCosignature(extended, extLine, key, ed25519Verify)).ok, true);
    assert.equal((await verifyCosignature(`${TEXT}extensioN\n`, extLine, key, ed25519Verify)).ok, false);
    // A plain note signature (no timestamp) by the same key is no cosignature.
    const plain = (await signNote(TEXT, key, (m) => ed25519Sign(witnessPrivate, m))).split('\n\n')[1]!;
    assert.equal((await verifyCosignature(TEXT, plain, key, ed25519Verify)).ok, false);
  });

  it('a cosignature does not verify as the log’s own note signature (key IDs differ)', async () => {
    const key = await cosignerKey(sha256, NAME, witnessPublic);
    const line = await cosignatureLine(TEXT, key, 1, (m) => ed25519Sign(witnessPrivate, m));
    const asLog = await noteKey(sha256, NAME, witnessPublic);
    const opened = await openNote(`${TEXT}\n${line}`, asLog, ed25519Verify);
    assert.equal(opened.ok, false);
  });
});

describe('notes and their signature lines', () => {
  it('picks a note apart, and adds cosignature lines to it once', async () => {
    const logKey = await noteKey(sha256, 'example.com/log', witnessPublic);
    const note = await signNote(TEXT, logKey, (m) => ed25519Sign(witnessPrivate, m));
    const key = await cosignerKey(sha256, NAME, witnessPublic);
    const line = await cosignatureLine(TEXT, key, 7, (m) => ed25519Sign(witnessPrivate, m));
    const cosigned = addSignatureLines(note, [line, line.trimEnd()]);
    assert.equal(cosigned, `${note}${line}`);
    const split = splitNote(cosigned);
    assert.ok(split.ok);
    assert.equal(split.text, TEXT);
    assert.deepEqual(
      split.signatures.map((s) => s.name),
      ['example.com/log', NAME],
    );
    // The log's signature still opens with the cosignature after it.
    assert.equal((await openNote(cosigned, logKey, ed25519Verify)).ok, true);
    assert.throws(() => addSignatureLines(note, ['not a line']));
    assert.throws(() => addSignatureLines(TEXT, [line]));
  });

  it('reads a witness answer: one or more lines, each ending in a newline', async () => {
    const key = await cosignerKey(sha256, NAME, witnessPublic);
    const line = await cosignatureLine(TEXT, key, 7, (m) => ed25519Sign(witnessPrivate, m));
    assert.equal(parseSignatureLines(line)?.length, 1);
    assert.equal(parseSignatureLines(line + line)?.length, 2);
    for (const bad of ['', line.trimEnd(), `${line}\n`, 'hello\n', `${line}- x AAAA\n`]) {
      assert.equal(parseSignatureLines(bad), null, JSON.stringify(bad));
    }
  });
});
