/**
 * @module The browser's own cryptography, so that what the log view shows does not rest on the
 * server's word: SHA-256 and Ed25519 from WebCrypto (`crypto.subtle`), in the shapes the pure log
 * code (src/log) takes. Plus a small synchronous SHA-256 in plain JavaScript, for the one API that
 * needs it synchronously ({@link LogVerifier} of src/log/verify.ts, which builds Merkle trees with
 * a sync hash); it is checked against WebCrypto before it is used ({@link selfTest}).
 */

/** WebCrypto is missing (an insecure context) or lacks an algorithm (Ed25519 before Chromium 137). */
export class CryptoUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CryptoUnavailableError';
  }
}

// Typed from the global itself, so that the same file type-checks under the DOM library (the web
// build) and under Node's (the unit tests, which run it against node:crypto).
type Subtle = typeof globalThis.crypto.subtle;
type Key = Awaited<ReturnType<Subtle['importKey']>>;

function subtle(): Subtle {
  const s = globalThis.crypto?.subtle as Subtle | undefined;
  if (s === undefined)
    throw new CryptoUnavailableError(
      'this browser offers no WebCrypto here: open the page over HTTPS or from localhost, where crypto.subtle is available',
    );
  return s;
}

/** A copy backed by a plain ArrayBuffer, as WebCrypto's BufferSource wants. */
const buffer = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

/** SHA-256 with WebCrypto. */
export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest('SHA-256', buffer(bytes)));
}

const LEAF_PREFIX = Uint8Array.of(0);
const encoder = new TextEncoder();

/** The RFC 9162 leaf hash of a leaf text: SHA-256(0x00 || UTF-8 leaf), with WebCrypto. */
export async function leafHashOfText(leaf: string): Promise<Uint8Array> {
  const utf8 = encoder.encode(leaf);
  const data = new Uint8Array(utf8.length + 1);
  data.set(LEAF_PREFIX, 0);
  data.set(utf8, 1);
  return sha256(data);
}

const NO_ED25519 =
  "this browser's WebCrypto has no Ed25519, so signatures cannot be checked here (it needs Chromium or Chrome 137+, Edge 137+, Firefox 129+ or Safari 17+)";

const imported = new Map<string, Promise<Key>>();

async function importEd25519(publicKey: Uint8Array): Promise<Key> {
  const cacheKey = [...publicKey].join(',');
  let key = imported.get(cacheKey);
  if (key === undefined) {
    key = subtle()
      .importKey('raw', buffer(publicKey), { name: 'Ed25519' }, false, ['verify'])
      .catch((e: unknown) => {
        imported.delete(cacheKey);
        if (e instanceof DOMException && e.name === 'NotSupportedError')
          throw new CryptoUnavailableError(NO_ED25519);
        throw e;
      });
    imported.set(cacheKey, key);
  }
  return key;
}

/**
 * Ed25519 verification with WebCrypto: whether `signature` is the signature of `message` by the raw
 * 32-byte `publicKey`. Throws {@link CryptoUnavailableError} when the browser lacks Ed25519; a
 * malformed key or signature is simply not a valid signature.
 */
export async function ed25519Verify(
  publicKey: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  let key: Key;
  try {
    key = await importEd25519(publicKey);
  } catch (e) {
    if (e instanceof CryptoUnavailableError) throw e;
    return false; // not a point on the curve: no signature verifies with it
  }
  try {
    return await subtle().verify({ name: 'Ed25519' }, key, buffer(signature), buffer(message));
  } catch (e) {
    if (e instanceof DOMException && e.name === 'NotSupportedError')
      throw new CryptoUnavailableError(NO_ED25519);
    throw e;
  }
}

/** Whether this browser can verify Ed25519 with WebCrypto (a message for the reader when not). */
export async function ed25519Support(): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await importEd25519(new Uint8Array(32));
    return { ok: true };
  } catch (e) {
    if (e instanceof CryptoUnavailableError) return { ok: false, reason: e.message };
    // The all-zero key may be refused as a key; the algorithm itself is there.
    return { ok: true };
  }
}

// SHA-256 (FIPS 180-4) in plain JavaScript, synchronous.
const K = Uint32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
const H0 = Uint32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

/** SHA-256 in plain JavaScript (for code that needs a synchronous hash); WebCrypto's is {@link sha256}. */
export function sha256Sync(data: Uint8Array): Uint8Array {
  const bitLength = data.length * 8;
  const padded = new Uint8Array(Math.ceil((data.length + 9) / 64) * 64);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const h = Uint32Array.from(H0);
  const w = new Uint32Array(64);
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i += 1) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 64; i += 1) {
      const a = w[i - 15] as number;
      const b = w[i - 2] as number;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h as unknown as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    for (let i = 0; i < 64; i += 1) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + (K[i] as number) + (w[i] as number)) >>> 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] = ((h[0] as number) + a) >>> 0;
    h[1] = ((h[1] as number) + b) >>> 0;
    h[2] = ((h[2] as number) + c) >>> 0;
    h[3] = ((h[3] as number) + d) >>> 0;
    h[4] = ((h[4] as number) + e) >>> 0;
    h[5] = ((h[5] as number) + f) >>> 0;
    h[6] = ((h[6] as number) + g) >>> 0;
    h[7] = ((h[7] as number) + hh) >>> 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i += 1) outView.setUint32(i * 4, h[i] as number);
  return out;
}

/** Checks the plain-JavaScript SHA-256 against WebCrypto's on a few inputs (block boundaries included). */
export async function selfTest(): Promise<boolean> {
  for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 1000]) {
    const data = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
    const a = sha256Sync(data);
    const b = await sha256(data);
    if (a.length !== b.length || a.some((x, i) => x !== b[i])) return false;
  }
  return true;
}
