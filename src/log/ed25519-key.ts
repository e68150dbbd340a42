/**
 * @module Refusing weak Ed25519 public keys when a Party lodges one. A raw 32-byte key is accepted
 * only when it is the canonical encoding of a point of the large prime-order subgroup: it is
 * decoded as RFC 8032 section 5.1.3 says (refusing y >= p, and x = 0 with the sign bit set, as
 * non-canonical), then refused when [8]P is the identity (one of the eight points of small order)
 * or when [L]P is not (a point with a torsion component). Pure BigInt arithmetic on extended
 * twisted Edwards coordinates (RFC 8032 section 5.1.4), variable time: keys are public. Runs the
 * same on the server and in the browser.
 */

/** Why a raw 32-byte Ed25519 public key is refused, or null when it is a canonical encoding of a point of large prime order. */
export type WeakKeyReason = 'length' | 'non-canonical' | 'not-on-curve' | 'small-order' | 'mixed-order';

/** The reasons decoding alone can give. */
export type DecodeFailure = Extract<WeakKeyReason, 'length' | 'non-canonical' | 'not-on-curve'>;

/** A curve point in extended coordinates: x = X/Z, y = Y/Z, x*y = T/Z, each reduced mod p. */
export interface Point {
  readonly x: bigint;
  readonly y: bigint;
  readonly z: bigint;
  readonly t: bigint;
}

/** The field prime 2^255 - 19. */
const P = 2n ** 255n - 19n;
/** The order of the prime-order subgroup (RFC 8032 section 5.1). */
const L = 2n ** 252n + 27742317777372353535851937790883648493n;
const KEY_BYTES = 32;

const mod = (a: bigint): bigint => {
  const r = a % P;
  return r < 0n ? r + P : r;
};

function pow(base: bigint, exp: bigint): bigint {
  let result = 1n;
  let b = mod(base);
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = mod(result * b);
    b = mod(b * b);
  }
  return result;
}

const invert = (a: bigint): bigint => pow(a, P - 2n);

/** The curve constant d = -121665/121666. */
const D = mod(-121665n * invert(121666n));
const D2 = mod(2n * D);
/** A square root of -1 mod p. */
const SQRT_M1 = pow(2n, (P - 1n) / 4n);

const IDENTITY: Point = { x: 0n, y: 1n, z: 1n, t: 0n };

/** The little-endian integer of the bytes. */
const littleEndian = (bytes: Uint8Array): bigint => bytes.reduceRight((n, b) => (n << 8n) | BigInt(b), 0n);

/** The x with x^2 = (y^2 - 1)/(d y^2 + 1) and the given parity (RFC 8032 section 5.1.3, steps 2 to 4). */
function recoverX(y: bigint, sign: bigint): bigint | DecodeFailure {
  const y2 = mod(y * y);
  const u = mod(y2 - 1n);
  const v = mod(D * y2 + 1n);
  let x = mod(u * pow(v, 3n) * pow(u * pow(v, 7n), (P - 5n) / 8n));
  const vx2 = mod(v * x * x);
  if (vx2 === mod(-u)) x = mod(x * SQRT_M1);
  else if (vx2 !== u) return 'not-on-curve';
  if (x === 0n && sign === 1n) return 'non-canonical';
  return (x & 1n) === sign ? x : P - x;
}

/**
 * Decodes a raw 32-byte key to a point (RFC 8032 section 5.1.3), or says why it is no encoding of one.
 * Exported for the tests.
 */
export function decodePoint(raw: Uint8Array): Point | DecodeFailure {
  if (raw.length !== KEY_BYTES) return 'length';
  const n = littleEndian(raw);
  const sign = n >> 255n;
  const y = n & ((1n << 255n) - 1n);
  if (y >= P) return 'non-canonical';
  const x = recoverX(y, sign);
  return typeof x === 'string' ? x : { x, y, z: 1n, t: mod(x * y) };
}

/** The canonical 32-byte encoding of a point (RFC 8032 section 5.1.2). Exported for the tests. */
export function encodePoint(p: Point): Uint8Array {
  const zInv = invert(p.z);
  const x = mod(p.x * zInv);
  let n = mod(p.y * zInv) | ((x & 1n) << 255n);
  const out = new Uint8Array(KEY_BYTES);
  for (let i = 0; i < KEY_BYTES; i += 1) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return out;
}

/** P + Q, with the complete addition formulas of RFC 8032 section 5.1.4. Exported for the tests. */
export function addPoints(p: Point, q: Point): Point {
  const a = mod((p.y - p.x) * (q.y - q.x));
  const b = mod((p.y + p.x) * (q.y + q.x));
  const c = mod(D2 * p.t * q.t);
  const d = mod(2n * p.z * q.z);
  const e = b - a;
  const f = d - c;
  const g = d + c;
  const h = b + a;
  return { x: mod(e * f), y: mod(g * h), z: mod(f * g), t: mod(e * h) };
}

/** 2P, with the doubling formulas of RFC 8032 section 5.1.4. */
function doublePoint(p: Point): Point {
  const a = mod(p.x * p.x);
  const b = mod(p.y * p.y);
  const c = mod(2n * p.z * p.z);
  const h = a + b;
  const e = h - mod((p.x + p.y) * (p.x + p.y));
  const g = a - b;
  const f = c + g;
  return { x: mod(e * f), y: mod(g * h), z: mod(f * g), t: mod(e * h) };
}

/** [k]P by double-and-add, from the top bit down. */
function multiply(p: Point, k: bigint): Point {
  let acc = IDENTITY;
  for (let bit = BigInt(k.toString(2).length - 1); bit >= 0n; bit -= 1n) {
    acc = doublePoint(acc);
    if ((k >> bit) & 1n) acc = addPoints(acc, p);
  }
  return acc;
}

/** Whether a point is the neutral element (0, 1). */
const isIdentity = (p: Point): boolean => p.x === 0n && p.y === p.z;

/**
 * Why a raw Ed25519 public key must be refused, or null when it is the canonical encoding of a
 * point of the prime-order subgroup (neither small order nor carrying a torsion component).
 */
export function weakKeyReason(raw: Uint8Array): WeakKeyReason | null {
  // The scalar multiplications cost a millisecond or two; a log replayed again and again (a
  // verifier, a browser view) asks about the same few keys each time.
  const id = Array.from(raw, (b) => b.toString(16).padStart(2, '0')).join('');
  const known = checked.get(id);
  if (known !== undefined) return known;
  const reason = decide(raw);
  if (checked.size >= CACHE_SIZE) checked.delete(checked.keys().next().value as string);
  checked.set(id, reason);
  return reason;
}

const CACHE_SIZE = 4096;
const checked = new Map<string, WeakKeyReason | null>();

function decide(raw: Uint8Array): WeakKeyReason | null {
  const point = decodePoint(raw);
  if (typeof point === 'string') return point;
  if (isIdentity(multiply(point, 8n))) return 'small-order';
  return isIdentity(multiply(point, L)) ? null : 'mixed-order';
}

const DESCRIPTIONS: Readonly<Record<WeakKeyReason, string>> = {
  length: 'a key of the wrong length (an Ed25519 public key is 32 bytes)',
  'non-canonical': 'a non-canonical point encoding (y not below 2^255 - 19, or x = 0 with the sign bit set)',
  'not-on-curve': 'an encoding of no point on the curve (x^2 has no square root for that y)',
  'small-order': 'a point of small order (order 1, 2, 4 or 8)',
  'mixed-order': 'a point of mixed order (it has a small-order component besides its prime-order part)',
};

/** English text for a refusal reason, a noun phrase for error messages ("the key is ..."). */
export function describeWeakKey(reason: WeakKeyReason): string {
  return DESCRIPTIONS[reason];
}
