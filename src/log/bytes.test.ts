import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fromBase64, toBase64 } from './bytes.ts';

describe('base64', () => {
  it('reads back what it writes, as Node writes it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64(bytes);
        assert.equal(text, Buffer.from(bytes).toString('base64'));
        assert.deepEqual(fromBase64(text), bytes);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses text that is not canonical padded standard base64', () => {
    for (const bad of [
      'QQ', // no padding
      'QR==', // leftover bits set (Node would read it as "A")
      'QUF=', // leftover bits set
      'Q===',
      '=QQ=',
      'QQ=A',
      'Q Q=',
      'QQ==QQ==', // padding inside
      'AB-_', // URL-safe alphabet
      'QUJD\n',
      'QUJDé===',
    ]) {
      assert.equal(fromBase64(bad), null, bad);
    }
    assert.deepEqual(fromBase64(''), new Uint8Array(0));
    assert.deepEqual(fromBase64('QQ=='), Uint8Array.of(0x41));
    assert.deepEqual(fromBase64('QUI='), Uint8Array.of(0x41, 0x42));
  });

  it('refuses any changed character of a signature that is not again canonical base64', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        fc.nat(),
        fc.nat(127),
        (bytes, at, code) => {
          const text = toBase64(bytes);
          const i = at % text.length;
          const changed = text.slice(0, i) + String.fromCharCode(code) + text.slice(i + 1);
          const decoded = fromBase64(changed);
          // Whatever it accepts, it reads as Node does, and writes back to the same text.
          if (decoded !== null) {
            assert.equal(toBase64(decoded), changed);
            assert.deepEqual(decoded, new Uint8Array(Buffer.from(changed, 'base64')));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
