import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Envelope, FilingOutcome } from './entry.ts';
import { ENVELOPE_SCHEMA, canonicalJson, envelopeTexts, leafText, leafTextOf, signingText } from './entry.ts';

/** Keys that sort differently by UTF-16 code units than by code points or locale, and escapes. */
const tricky = fc.constantFrom(
  'act',
  'é',
  '\u20ac',
  '\ud83d\ude00',
  'a\nb',
  'A',
  'a',
  '"',
  '\\',
  '\u0001',
  '10',
  '9',
);
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    tricky,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), tricky), tie('value'), { maxKeys: 5 }),
  ),
})).value;

const envelope: fc.Arbitrary<Envelope> = fc.record({
  v: fc.constant(1 as const),
  party: fc.oneof(fc.constantFrom('RU', 'US', 'DEPOSITARY', 'x:south-ossetia'), fc.string({ minLength: 1 })),
  keyId: fc.stringMatching(/^[0-9a-f]{16}$/),
  seq: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  act: fc.dictionary(fc.oneof(fc.string(), tricky), json, { maxKeys: 6 }),
  signature: fc.stringMatching(/^[A-Za-z0-9+/]{86}==$/),
});

const outcome: fc.Arbitrary<FilingOutcome> = fc.record({
  accepted: fc.boolean(),
  violations: fc.array(
    fc.record({
      code: fc.string(),
      cite: fc.string(),
      params: fc.dictionary(fc.oneof(fc.string(), tricky), fc.oneof(fc.string(), fc.integer()), {
        maxKeys: 3,
      }),
    }),
    { maxLength: 3 },
  ),
});

describe('the envelope texts written from one canonicalisation', () => {
  it('are exactly the canonical JSON of the signed part and of the envelope', () => {
    fc.assert(
      fc.property(envelope, (e) => {
        const texts = envelopeTexts(e);
        assert.equal(texts.signing, signingText(e));
        assert.equal(texts.envelope, canonicalJson(e));
      }),
      { numRuns: 2000 },
    );
  });

  it('give exactly the leaf text of the entry', () => {
    fc.assert(
      fc.property(
        envelope,
        fc.nat(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        outcome,
        fc.string({ minLength: 1 }),
        (e, index, receivedAt, o, rules) => {
          const entry = { v: 2 as const, index, receivedAt, envelope: e, outcome: o, rules };
          assert.equal(leafTextOf(envelopeTexts(e), entry), leafText(entry));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('cover every member the envelope schema allows', () => {
    // The texts are written member by member: a new member of the schema must be written too.
    assert.deepEqual(Object.keys(ENVELOPE_SCHEMA.shape).sort(), [
      'act',
      'keyId',
      'party',
      'seq',
      'signature',
      'v',
    ]);
  });
});
