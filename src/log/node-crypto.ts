/** @module SHA-256 and Ed25519 from node:crypto, shaped for the pure log code (raw 32-byte keys). */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { Hash } from './merkle.ts';

export function sha256(data: Uint8Array): Hash {
  return new Uint8Array(createHash('sha256').update(data).digest());
}

// PKCS#8 wrapping of an Ed25519 seed (RFC 8410): SEQUENCE { 0, AlgorithmIdentifier 1.3.101.112, OCTET STRING { seed } }.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

const b64url = (b: Uint8Array): string => Buffer.from(b).toString('base64url');

/** A private key object from its 32-byte seed. */
export function privateKeyFromSeed(seed: Uint8Array): KeyObject {
  if (seed.length !== 32) throw new TypeError('an Ed25519 seed has 32 bytes');
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new TypeError('an Ed25519 public key has 32 bytes');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: b64url(raw) }, format: 'jwk' });
}

/** The raw 32-byte public key of a key object. */
export function rawPublicKey(key: KeyObject): Uint8Array {
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  return new Uint8Array(Buffer.from(jwk.x ?? '', 'base64url'));
}

/** The raw 32-byte seed of a private key object. */
export function rawSeed(key: KeyObject): Uint8Array {
  const jwk = key.export({ format: 'jwk' });
  return new Uint8Array(Buffer.from(jwk.d ?? '', 'base64url'));
}

export function newKeyPair(): { seed: Uint8Array; publicKey: Uint8Array } {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { seed: rawSeed(privateKey), publicKey: rawPublicKey(privateKey) };
}

export function ed25519Sign(privateKey: KeyObject, message: Uint8Array): Uint8Array {
  return new Uint8Array(sign(null, message, privateKey));
}

export function ed25519Verify(
  publicKey: Uint8Array | KeyObject,
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  if (signature.length !== 64) return false;
  try {
    const key = publicKey instanceof Uint8Array ? publicKeyFromRaw(publicKey) : publicKey;
    return verify(null, message, key, signature);
  } catch {
    // A malformed key is simply a signature that does not verify.
    return false;
  }
}
