/**
 * @module Test helpers: the weak Ed25519 public keys the tests expect to be refused. They are built
 * independently of src/log/ed25519-key.ts, with field arithmetic and constants of their own:
 * - the eight points of small order, from libsodium's published blocklist (`has_small_order` in
 *   src/libsodium/crypto_core/ed25519/ref10/ed25519_ref10.c);
 * - non-canonical encodings: y >= p, and x = 0 with the sign bit set;
 * - a y that is no point of the curve, found with Euler's criterion;
 * - a point of mixed order: a genuine key plus the point of order 2. Only this one uses the
 *   module's own point arithmetic (decodePoint, addPoints, encodePoint), which its tests check
 *   against the small-order points.
 * It uses no node:* module, as src/log may not.
 */
import type { WeakKeyReason } from './ed25519-key.ts';
import { addPoints, decodePoint, encodePoint } from './ed25519-key.ts';

/** The prime of the field, 2^255 - 19. */
export const p = 2n ** 255n - 19n;
/** a mod p, in [0, p). */
export const mod = (a: bigint): bigint => ((a % p) + p) % p;
/** b^e mod p, by square and multiply. */
export function pow(b: bigint, e: bigint): bigint {
  let r = 1n;
  for (let base = mod(b), k = e; k > 0n; k >>= 1n, base = mod(base * base)) if (k & 1n) r = mod(r * base);
  return r;
}
/** The inverse mod p (Fermat: a^(p - 2)). */
export const inv = (a: bigint): bigint => pow(a, p - 2n);
/** d = -121665/121666 (RFC 8032 section 5.1). */
export const d = mod(-121665n * inv(121666n));
/** Euler's criterion: a is a square mod p. */
export const isSquare = (a: bigint): boolean => mod(a) === 0n || pow(a, (p - 1n) / 2n) === 1n;

/** 32 little-endian bytes of y, with the sign bit of x on top. */
export function encoding(y: bigint, sign: 0 | 1 = 0): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0, n = y; i < 32; i += 1, n >>= 8n) out[i] = Number(n & 0xffn);
  out[31]! |= sign << 7;
  return out;
}

/**
 * The y coordinates of the points of small order, as libsodium's blocklist lists them
 * (`has_small_order` in src/libsodium/crypto_core/ed25519/ref10/ed25519_ref10.c): 0 (order 4),
 * 1 (order 1), two y values of order 8, and p - 1 (order 2).
 */
export const Y_ORDER_4 = 0n;
export const Y_IDENTITY = 1n;
export const Y_ORDER_2 = p - 1n;
export const Y_ORDER_8_A = 2707385501144840649318225287225658788936804267575313519463743609750303402022n;
export const Y_ORDER_8_B = 55188659117513257062467267217118295137698188065244968500265048394206261417927n;

/** The names of the eight points of small order. */
export type SmallOrderName =
  | 'the identity'
  | 'the point of order 2'
  | 'a point of order 4 (+x)'
  | 'a point of order 4 (-x)'
  | 'a point of order 8 (A, +x)'
  | 'a point of order 8 (A, -x)'
  | 'a point of order 8 (B, +x)'
  | 'a point of order 8 (B, -x)';

/** The eight canonical encodings: x = 0 (y = ±1) has only sign 0; the others come as ±x. */
export const SMALL_ORDER: ReadonlyMap<SmallOrderName, Uint8Array> = new Map<SmallOrderName, Uint8Array>([
  ['the identity', encoding(Y_IDENTITY)],
  ['the point of order 2', encoding(Y_ORDER_2)],
  ['a point of order 4 (+x)', encoding(Y_ORDER_4, 0)],
  ['a point of order 4 (-x)', encoding(Y_ORDER_4, 1)],
  ['a point of order 8 (A, +x)', encoding(Y_ORDER_8_A, 0)],
  ['a point of order 8 (A, -x)', encoding(Y_ORDER_8_A, 1)],
  ['a point of order 8 (B, +x)', encoding(Y_ORDER_8_B, 0)],
  ['a point of order 8 (B, -x)', encoding(Y_ORDER_8_B, 1)],
]);

/** The smallest y >= 2 for which (y^2 - 1)/(d y^2 + 1) has no square root: no point has it. */
export function offCurveY(): bigint {
  for (let y = 2n; ; y += 1n) if (!isSquare(mod((y * y - 1n) * inv(d * y * y + 1n)))) return y;
}

/** A genuine key plus the point of order 2: on the curve, canonical, but not of prime order. */
export function mixedOrderKey(genuine: Uint8Array): Uint8Array {
  const a = decodePoint(genuine);
  const t2 = decodePoint(encoding(Y_ORDER_2));
  if (typeof a === 'string') throw new Error(`the genuine key does not decode: ${a}`);
  if (typeof t2 === 'string') throw new Error(`the point of order 2 does not decode: ${t2}`);
  return encodePoint(addPoints(a, t2));
}

/** The public key of RFC 8032 section 7.1, TEST 1: a genuine key, of prime order. */
export const RFC8032_TEST1_KEY = Uint8Array.from(
  'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'.match(/../g)!,
  (byte) => parseInt(byte, 16),
);

/** A weak key, named, with the reason weakKeyReason must give for it. */
export interface WeakKey {
  readonly name: string;
  readonly raw: Uint8Array;
  readonly reason: WeakKeyReason;
}

/** Every kind of weak 32-byte key: fourteen different encodings. */
export const WEAK_KEYS: readonly WeakKey[] = [
  ...Array.from(SMALL_ORDER, ([name, raw]): WeakKey => ({ name, raw, reason: 'small-order' })),
  { name: 'y = p (non-canonical)', raw: encoding(p), reason: 'non-canonical' },
  { name: 'y = p + 1, -x (non-canonical)', raw: encoding(p + 1n, 1), reason: 'non-canonical' },
  { name: 'y = 2^255 - 1 (non-canonical)', raw: encoding(2n ** 255n - 1n), reason: 'non-canonical' },
  { name: 'x = 0 with the sign bit (non-canonical)', raw: encoding(Y_IDENTITY, 1), reason: 'non-canonical' },
  { name: `y = ${offCurveY()} (not on the curve)`, raw: encoding(offCurveY()), reason: 'not-on-curve' },
  {
    name: 'a genuine key plus the point of order 2',
    raw: mixedOrderKey(RFC8032_TEST1_KEY),
    reason: 'mixed-order',
  },
];
