import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Point, WeakKeyReason } from './ed25519-key.ts';
import { addPoints, decodePoint, describeWeakKey, encodePoint, weakKeyReason } from './ed25519-key.ts';
import type { SmallOrderName } from './weak-keys.testing.ts';
import {
  SMALL_ORDER,
  Y_IDENTITY,
  Y_ORDER_2,
  Y_ORDER_8_A,
  Y_ORDER_8_B,
  d,
  encoding,
  inv,
  isSquare,
  mod,
  p,
} from './weak-keys.testing.ts';

// The weak encodings and the field arithmetic come from weak-keys.testing.ts, which derives them
// independently of the module under test.

const fromHex = (hex: string): Uint8Array => new Uint8Array(Buffer.from(hex, 'hex'));
const hexOf = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

function point(raw: Uint8Array): Point {
  const decoded = decodePoint(raw);
  if (typeof decoded === 'string') assert.fail(`${hexOf(raw)} does not decode: ${decoded}`);
  return decoded;
}

/** A fresh key from Node (OpenSSL): the raw key is the last 32 bytes of the SPKI DER. */
function nodeKey(): Uint8Array {
  const der = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
  return new Uint8Array(der.subarray(der.length - 32));
}

describe('the published points of small order', () => {
  it('match the libsodium hex bytes', () => {
    // Same list, as bytes in libsodium's source (and Go's x/crypto, Zcash's ZIP 215 tests).
    assert.equal(
      hexOf(encoding(Y_ORDER_8_A)),
      '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
    );
    assert.equal(
      hexOf(encoding(Y_ORDER_8_B)),
      'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
    );
    assert.equal(hexOf(encoding(Y_ORDER_2)), 'ec' + 'ff'.repeat(30) + '7f');
  });

  it('have the y of an order-8 point: doubling gives y = 0, so d y^4 + 2 y^2 - 1 = 0', () => {
    // For -x^2 + y^2 = 1 + d x^2 y^2, 2P has y = (y^2 + x^2)/(2 + x^2 - y^2); it is 0 when
    // x^2 = -y^2, which on the curve means 2 y^2 = 1 - d y^4.
    for (const y of [Y_ORDER_8_A, Y_ORDER_8_B]) {
      const y2 = mod(y * y);
      assert.equal(mod(d * y2 * y2 + 2n * y2 - 1n), 0n);
    }
  });

  for (const [name, raw] of SMALL_ORDER) {
    it(`refuses ${name} as small-order`, () => assert.equal(weakKeyReason(raw), 'small-order'));
  }

  it('form a group of order 8 under the module addition (a check of addPoints)', () => {
    const at = (name: SmallOrderName): Point => point(SMALL_ORDER.get(name)!);
    const encodes = (q: Point, name: SmallOrderName) =>
      assert.equal(hexOf(encodePoint(q)), hexOf(SMALL_ORDER.get(name)!));
    const t8 = at('a point of order 8 (A, +x)');
    const t4 = addPoints(t8, t8);
    assert.equal(hexOf(encodePoint(t4)).slice(0, 62), '00'.repeat(31), '2 * order 8 has y = 0');
    encodes(addPoints(t4, t4), 'the point of order 2');
    encodes(addPoints(at('the point of order 2'), at('the point of order 2')), 'the identity');
    encodes(addPoints(at('a point of order 4 (+x)'), at('a point of order 4 (-x)')), 'the identity');
    encodes(addPoints(at('a point of order 8 (A, +x)'), at('a point of order 8 (A, -x)')), 'the identity');
  });
});

describe('non-canonical encodings', () => {
  it('refuses every y from p to 2^255 - 1, with either sign', () => {
    for (let y = p; y < 2n ** 255n; y += 1n) {
      for (const sign of [0, 1] as const)
        assert.equal(weakKeyReason(encoding(y, sign)), 'non-canonical', `y = ${y}`);
    }
  });

  it('refuses x = 0 with the sign bit set (y = 1 and y = p - 1)', () => {
    assert.equal(hexOf(encoding(Y_IDENTITY, 1)), '01' + '00'.repeat(30) + '80');
    assert.equal(weakKeyReason(encoding(Y_IDENTITY, 1)), 'non-canonical');
    assert.equal(weakKeyReason(encoding(Y_ORDER_2, 1)), 'non-canonical');
  });
});

describe('decoding', () => {
  it('refuses keys that are not 32 bytes', () => {
    for (const n of [0, 1, 31, 33, 64]) assert.equal(weakKeyReason(new Uint8Array(n)), 'length');
  });

  it('refuses exactly the small y whose x^2 is not a square (Euler criterion)', () => {
    let offCurve = 0;
    let large = 0;
    for (let y = 2n; y <= 50n; y += 1n) {
      const x2 = mod((y * y - 1n) * inv(d * y * y + 1n));
      for (const sign of [0, 1] as const) {
        const reason = weakKeyReason(encoding(y, sign));
        if (!isSquare(x2)) {
          assert.equal(reason, 'not-on-curve', `y = ${y}`);
          offCurve += 1;
        } else {
          assert.ok(reason === null || reason === 'mixed-order', `y = ${y}: ${String(reason)}`);
          large += 1;
        }
      }
    }
    assert.ok(offCurve > 0 && large > 0, `${offCurve} off the curve, ${large} on it`);
  });

  it('decodes the RFC 8032 base point (y = 4/5, x even) and accepts it', () => {
    const base = '5866666666666666666666666666666666666666666666666666666666666666'; // RFC 8032 section 5.1
    assert.equal(hexOf(encoding(mod(4n * inv(5n)))), base);
    assert.equal(hexOf(encodePoint(point(fromHex(base)))), base);
    assert.equal(weakKeyReason(fromHex(base)), null);
  });
});

describe('genuine keys', () => {
  const keys = Array.from({ length: 200 }, nodeKey);

  it('accepts 200 keys made by node:crypto', () => {
    for (const key of keys) assert.equal(weakKeyReason(key), null, hexOf(key));
  });

  it('accepts a Buffer as well as a Uint8Array', () => {
    assert.equal(weakKeyReason(Buffer.from(keys[0]!)), null);
  });

  it('refuses a genuine key plus any non-identity small-order point as mixed-order', () => {
    for (const key of keys.slice(0, 8)) {
      const a = point(key);
      for (const [name, raw] of SMALL_ORDER) {
        const shifted = encodePoint(addPoints(a, point(raw)));
        if (name === 'the identity') assert.equal(hexOf(shifted), hexOf(key));
        else assert.equal(weakKeyReason(shifted), 'mixed-order', `${hexOf(key)} + ${name}`);
      }
    }
  });

  it('gets the key back after adding the point of order 2 twice', () => {
    const t2 = point(SMALL_ORDER.get('the point of order 2')!);
    for (const key of keys.slice(0, 8)) {
      assert.equal(hexOf(encodePoint(addPoints(addPoints(point(key), t2), t2))), hexOf(key));
    }
  });
});

describe('properties', () => {
  const REASONS: readonly (WeakKeyReason | null)[] = [
    null,
    'length',
    'non-canonical',
    'not-on-curve',
    'small-order',
    'mixed-order',
  ];

  it('gives null or one reason for any 32 bytes, and never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (raw) => {
        const reason = weakKeyReason(raw);
        assert.ok(REASONS.includes(reason) && reason !== 'length');
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any other length', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 80 }).filter((raw) => raw.length !== 32),
        (raw) => weakKeyReason(raw) === 'length',
      ),
    );
  });

  it('encodes every decoded point back to the same bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (raw) => {
        const decoded = decodePoint(raw);
        if (typeof decoded !== 'string') assert.equal(hexOf(encodePoint(decoded)), hexOf(raw));
      }),
      { numRuns: 300 },
    );
  });
});

describe('describeWeakKey', () => {
  const REASON_TEXTS: readonly (readonly [WeakKeyReason, RegExp])[] = [
    ['length', /32 bytes/],
    ['non-canonical', /non-canonical/],
    ['not-on-curve', /no point on the curve/],
    ['small-order', /^a point of small order \(order 1, 2, 4 or 8\)$/],
    ['mixed-order', /mixed order/],
  ];

  it('names each reason in a distinct English phrase', () => {
    const texts = REASON_TEXTS.map(([reason, pattern]) => {
      const text = describeWeakKey(reason);
      assert.match(text, pattern);
      return text;
    });
    assert.equal(new Set(texts).size, texts.length);
  });
});
