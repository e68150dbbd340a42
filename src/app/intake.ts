/**
 * @module Intake: what the depositary checks when a filing arrives, before it waits its turn. The
 * envelope's shape, that its filer may file its act (src/log/record.ts), that a key of the filer is
 * in force, and that the envelope has a canonical form. Its signature is then checked on another
 * thread; the writer checks again, at the filing's own index, that the key is still in force.
 */
import type { Envelope, EnvelopeTexts } from '../log/entry.ts';
import { ENVELOPE_SCHEMA, envelopeTexts, leafTextOf } from '../log/entry.ts';
import { fromBase64 } from '../log/bytes.ts';
import type { FilingRecord } from '../log/record.ts';
import { DEPOSITARY, filerProblem } from '../log/filing-act.ts';
import { RULES } from '../log/rules.ts';
import { MAX_ENTRY_BYTES } from '../log/tiles.ts';
import { kindOf } from '../treaty/entities.ts';
import type { DepositaryError } from './errors.ts';
import { badSignature, envelopeTooLarge, forbidden, malformed, unknownKey } from './errors.ts';

/** A filing fit to queue: its envelope, canonical texts, the key to verify it with, and the signature. */
export interface Admitted {
  readonly envelope: Envelope;
  readonly texts: EnvelopeTexts;
  readonly key: Uint8Array;
  readonly signature: Uint8Array;
}

/**
 * The largest canonical envelope whose entry fits in the 65,535 bytes an entry of the log holds
 * (c2sp.org/tlog-tiles) when the filing is accepted, whatever its index: what the entry adds around
 * the envelope at the largest index. A refusal adds more (its violations); the writer checks the
 * whole entry before anything of it is applied.
 */
export const MAX_ENVELOPE_BYTES =
  MAX_ENTRY_BYTES -
  Buffer.byteLength(
    leafTextOf(
      { signing: '', envelope: '' },
      {
        index: Number.MAX_SAFE_INTEGER,
        receivedAt: '2000-01-01T00:00:00.000Z',
        outcome: { accepted: true, violations: [] },
        rules: RULES,
      },
    ),
  );

/** Checks a raw filing against the record as it stands; the reason it is not taken, or what to queue. */
export function admit(raw: unknown, record: FilingRecord): Admitted | DepositaryError {
  const parsed = ENVELOPE_SCHEMA.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({
      field: i.path.join('.') || '(envelope)',
      message: i.message,
    }));
    return malformed('the envelope is not { v, party, keyId, seq, act, signature }', { problems });
  }
  const envelope = parsed.data as Envelope;
  const { party } = envelope;
  const wrongFiler = filerProblem(party, envelope.act['act']);
  if (wrongFiler !== null)
    return kindOf(party) === null && party !== DEPOSITARY ? malformed(wrongFiler) : forbidden(wrongFiler);
  const key = record.keyFor(envelope);
  if ('why' in key) return unknownKey(key.why);
  let texts: EnvelopeTexts;
  try {
    texts = envelopeTexts(envelope);
  } catch (e) {
    return malformed(
      `the envelope has no canonical JSON form: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const size = Buffer.byteLength(texts.envelope);
  if (size > MAX_ENVELOPE_BYTES) return envelopeTooLarge(size, MAX_ENVELOPE_BYTES);
  const signature = fromBase64(envelope.signature);
  if (signature === null) return badSignature(`the signature of ${party} is not base64`);
  return { envelope, texts, key: key.key, signature };
}
