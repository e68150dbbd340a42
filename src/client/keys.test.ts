import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fromBase64, toBase64 } from '../log/bytes.ts';
import { keyIdOf, signingBytes } from '../log/entry.ts';
import { ed25519Verify, newKeyPair, sha256 } from '../log/node-crypto.ts';
import {
  KEY_FILE_TYPE,
  KeyFileError,
  keyFileModeWarning,
  keyFromSeed,
  readKeyFile,
  signEnvelope,
  writeKeyFile,
} from './keys.ts';
import { testDepositary } from './testing.ts';

const made: string[] = [];
const dir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'est-keys-'));
  made.push(d);
  return d;
};
after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe('key files', () => {
  it('are written mode 0600 as JSON, and read back to the same key', () => {
    const path = join(dir(), 'ru.key');
    const pair = newKeyPair();
    writeKeyFile(path, { party: 'RU', ...pair });
    assert.equal(statSync(path).mode & 0o777, 0o600);
    const body = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body), ['type', 'party', 'keyId', 'publicKey', 'seed']);
    assert.equal(body['type'], KEY_FILE_TYPE);
    assert.equal(body['keyId'], keyIdOf(sha256, pair.publicKey));
    const key = readKeyFile(path);
    assert.equal(key.party, 'RU');
    assert.deepEqual(key.publicKey, pair.publicKey);
    assert.deepEqual(key.seed, pair.seed);
    assert.equal(keyFileModeWarning(path), null);
  });

  it('are never overwritten without force; with force, replaced whole and still 0600', () => {
    const path = join(dir(), 'ru.key');
    writeKeyFile(path, { party: 'RU', ...newKeyPair() });
    const before = readFileSync(path, 'utf8');
    assert.throws(() => writeKeyFile(path, { party: 'RU', ...newKeyPair() }), /exists; add --force/);
    assert.equal(readFileSync(path, 'utf8'), before);
    chmodSync(path, 0o644);
    const pair = newKeyPair();
    writeKeyFile(path, { party: 'BY', ...pair }, { force: true });
    assert.equal(statSync(path).mode & 0o777, 0o600);
    assert.equal(readKeyFile(path).party, 'BY');
  });

  it('refuse a public key that is not the seed’s, and a folder that does not exist', () => {
    const a = newKeyPair();
    const b = newKeyPair();
    assert.throws(
      () => writeKeyFile(join(dir(), 'x.key'), { party: 'RU', seed: a.seed, publicKey: b.publicKey }),
      KeyFileError,
    );
    assert.throws(() => writeKeyFile(join(dir(), 'no', 'x.key'), { party: 'RU', ...a }), /no such folder/);
  });

  it('say clearly what is wrong with a file that is not a good key', () => {
    const d = dir();
    const pair = newKeyPair();
    const good = {
      type: KEY_FILE_TYPE,
      party: 'RU',
      keyId: keyIdOf(sha256, pair.publicKey),
      publicKey: toBase64(pair.publicKey),
      seed: toBase64(pair.seed),
    };
    const cases: [string, string, RegExp][] = [
      ['missing', '', /no such file/],
      ['text', 'hello', /not a key file/],
      ['array', '[]', /expected a JSON object/],
      ['noseed', JSON.stringify({ ...good, seed: undefined }), /"seed" is missing/],
      ['noparty', JSON.stringify({ ...good, party: '' }), /"party" is missing/],
      ['shortseed', JSON.stringify({ ...good, seed: 'AAAA' }), /base64 of 32 bytes/],
      [
        'otherpub',
        JSON.stringify({ ...good, publicKey: toBase64(newKeyPair().publicKey) }),
        /not the public key/,
      ],
      ['otherid', JSON.stringify({ ...good, keyId: '0000000000000000' }), /"keyId" is not the id/],
      ['badpem', '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n', /not a readable PEM/],
    ];
    for (const [name, text, message] of cases) {
      const path = join(d, name);
      if (name !== 'missing') writeFileSync(path, text);
      assert.throws(() => readKeyFile(path), message, name);
    }
    assert.throws(() => readKeyFile(d), /is a folder/);
  });

  it('may be a PKCS#8 PEM Ed25519 key, which names no Party', () => {
    const path = join(dir(), 'k.pem');
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    const key = readKeyFile(path);
    assert.equal(key.party, null);
    assert.throws(() => signEnvelope(key, 1, { act: 'sign' }), /names no Party/);
    assert.equal(signEnvelope(key, 1, { act: 'sign' }, 'RU').party, 'RU');
    const rsa = join(dir(), 'rsa.pem');
    writeFileSync(
      rsa,
      generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
    );
    assert.throws(() => readKeyFile(rsa), /est keys are Ed25519/);
  });

  it('warn when others may read them', () => {
    const path = join(dir(), 'ru.key');
    writeKeyFile(path, { party: 'RU', ...newKeyPair() });
    chmodSync(path, 0o640);
    assert.match(keyFileModeWarning(path) ?? '', /mode 0640.*chmod 600/);
  });
});

describe('signEnvelope', () => {
  it('signs the canonical JSON of the envelope without its signature, and the depositary takes it', async () => {
    const key = keyFromSeed('RU', newKeyPair().seed);
    const envelope = signEnvelope(key, 1, { act: 'sign' });
    assert.deepEqual(Object.keys(envelope), ['v', 'party', 'keyId', 'seq', 'act', 'signature']);
    assert.equal(envelope.keyId, keyIdOf(sha256, key.publicKey));
    assert.ok(ed25519Verify(key.publicKey, signingBytes(envelope), fromBase64(envelope.signature)!));
    const { d } = await testDepositary([]);
    await d.lodgeKey('RU', toBase64(key.publicKey));
    const receipt = await d.file(envelope);
    assert.equal(receipt.outcome.accepted, true);
  });
});
