// A thread of the signature checker (node-verifier.ts): verifies Ed25519 signatures in
// batches, synchronously, with node:crypto. Plain JavaScript, so the thread needs no TypeScript loader.
//
// In:  { id, keys: Uint8Array (32 bytes per item), offsets: Uint32Array (start of each item's message
//        in `messages`, then the end), messages: Uint8Array, signatures: Uint8Array (64 bytes per item) }
// Out: { id, ok: Uint8Array (1 when the item's signature verifies, else 0) }
import { createPublicKey, verify } from 'node:crypto';
import { parentPort } from 'node:worker_threads';

/** Key objects by the raw key's base64: a Party's key is parsed once, not at every filing. */
const keys = new Map();

function keyObject(raw) {
  const id = Buffer.from(raw).toString('base64');
  let key = keys.get(id);
  if (key === undefined) {
    try {
      key = createPublicKey({
        key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') },
        format: 'jwk',
      });
    } catch {
      key = null; // not a point on the curve: nothing verifies with it
    }
    if (keys.size >= 100_000) keys.clear();
    keys.set(id, key);
  }
  return key;
}

parentPort.on('message', ({ id, keys: raw, offsets, messages, signatures }) => {
  const count = offsets.length - 1;
  const ok = new Uint8Array(count);
  for (let i = 0; i < count; i += 1) {
    const key = keyObject(raw.subarray(32 * i, 32 * i + 32));
    if (key === null) continue;
    try {
      ok[i] = verify(
        null,
        messages.subarray(offsets[i], offsets[i + 1]),
        key,
        signatures.subarray(64 * i, 64 * i + 64),
      )
        ? 1
        : 0;
    } catch {
      ok[i] = 0;
    }
  }
  parentPort.postMessage({ id, ok }, [ok.buffer]);
});
