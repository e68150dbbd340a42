/** The browser's crypto adapters, checked against node:crypto (Node has WebCrypto too). */
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { describe, it } from 'node:test';
import { ed25519Verify, leafHashOfText, selfTest, sha256, sha256Sync } from '../../web/src/crypto.ts';

const nodeSha = (b: Uint8Array): Uint8Array => new Uint8Array(createHash('sha256').update(b).digest());

describe('web crypto adapters', () => {
  it('computes SHA-256 in plain JavaScript as node:crypto does, across block boundaries', () => {
    for (const n of [0, 1, 3, 55, 56, 57, 63, 64, 65, 127, 128, 1000, 70_000]) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 7 + 3) & 0xff);
      assert.deepEqual(sha256Sync(data), nodeSha(data), `length ${n}`);
    }
  });

  it('agrees with WebCrypto (the self-test the log view runs)', async () => {
    assert.equal(await selfTest(), true);
    const data = new TextEncoder().encode('abc');
    assert.deepEqual(await sha256(data), nodeSha(data));
  });

  it('hashes a leaf as SHA-256(0x00 || UTF-8)', async () => {
    const leaf = '{"index":0,"ü":"Россия"}';
    const expected = nodeSha(new Uint8Array([0, ...new TextEncoder().encode(leaf)]));
    assert.deepEqual(await leafHashOfText(leaf), expected);
  });

  it('verifies Ed25519 signatures and refuses a changed message or signature', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }).subarray(-32));
    const message = new TextEncoder().encode('checkpoint\n');
    const signature = new Uint8Array(sign(null, message, privateKey));
    assert.equal(await ed25519Verify(raw, message, signature), true);
    assert.equal(await ed25519Verify(raw, new TextEncoder().encode('checkpoint!\n'), signature), false);
    const forged = signature.slice();
    forged[0] = (forged[0] as number) ^ 1;
    assert.equal(await ed25519Verify(raw, message, forged), false);
    assert.equal(await ed25519Verify(raw.slice(1), message, signature), false);
  });
});
