/**
 * @module What the depositary receives and what its log holds.
 *
 * A filing is an envelope `{ v, party, keyId, seq, act, signature }` signed by the Party over the
 * RFC 8785 canonical JSON of everything but `signature`. The log's entry is
 * `{ index, receivedAt, envelope, outcome }`, and its leaf is the UTF-8 bytes of that entry's
 * canonical JSON. Pure, so the browser recomputes leaves exactly as the server wrote them.
 */
import canonicalize from 'canonicalize';
import { z } from 'zod';
import { toHex } from './bytes.ts';
import type { Hash, Sha256 } from './merkle.ts';
import { leafHash } from './merkle.ts';

/** The envelope version this depositary speaks. */
export const ENVELOPE_VERSION = 1;

export interface Envelope {
  readonly v: typeof ENVELOPE_VERSION;
  /** The filing Party (or, for the depositary's own acts, the depositary's name). */
  readonly party: string;
  /** Lowercase hex of the first 8 bytes of SHA-256 of the raw Ed25519 public key. */
  readonly keyId: string;
  /** Per Party, from 1, rising by exactly 1. */
  readonly seq: number;
  /** A scenario act without `on` and `by`: the filer is `party`, the date is the day of receipt. */
  readonly act: Readonly<Record<string, unknown>>;
  /** Base64 Ed25519 signature over {@link signingText} of the envelope. */
  readonly signature: string;
}

/** A legal refusal as the log records it. */
export interface LoggedViolation {
  readonly code: string;
  readonly cite: string;
  readonly reason: string;
}

export interface FilingOutcome {
  readonly accepted: boolean;
  readonly violations: readonly LoggedViolation[];
}

export interface Entry {
  readonly index: number;
  /** ISO 8601 UTC with milliseconds, stamped by the depositary. */
  readonly receivedAt: string;
  readonly envelope: Envelope;
  readonly outcome: FilingOutcome;
}

const encoder = new TextEncoder();

/** RFC 8785 canonical JSON; throws on what JSON cannot hold (undefined, NaN, cycles). */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return text;
}

/** What a Party signs: the canonical JSON of the envelope without its signature. */
export function signingText(envelope: Omit<Envelope, 'signature'> & { readonly signature?: string }): string {
  const { signature: _signature, ...unsigned } = envelope;
  return canonicalJson(unsigned);
}

export function signingBytes(
  envelope: Omit<Envelope, 'signature'> & { readonly signature?: string },
): Uint8Array {
  return encoder.encode(signingText(envelope));
}

/** The exact text of an entry's leaf (what `GET /api/v1/log/entries` returns). */
export function leafText(entry: Entry): string {
  return canonicalJson(entry);
}

/** The canonical texts of an envelope: what its Party signed, and the envelope as a leaf holds it. */
export interface EnvelopeTexts {
  readonly signing: string;
  readonly envelope: string;
}

/**
 * {@link signingText} and the envelope's own canonical JSON at the cost of one canonicalisation of
 * its act: the envelope's keys are fixed (its schema is strict), so the sorted members are written
 * in order, each value in its canonical form, and the signature slotted in between `seq` and `v`.
 */
export function envelopeTexts(e: Envelope): EnvelopeTexts {
  const head = `{"act":${canonicalJson(e.act)},"keyId":${canonicalJson(e.keyId)},"party":${canonicalJson(e.party)},"seq":${canonicalJson(e.seq)}`;
  const v = canonicalJson(e.v);
  return {
    signing: `${head},"v":${v}}`,
    envelope: `${head},"signature":${canonicalJson(e.signature)},"v":${v}}`,
  };
}

/** {@link leafText} of an entry whose envelope's canonical text is already known. */
export function leafTextOf(
  envelope: EnvelopeTexts,
  entry: Pick<Entry, 'index' | 'receivedAt' | 'outcome'>,
): string {
  return `{"envelope":${envelope.envelope},"index":${canonicalJson(entry.index)},"outcome":${canonicalJson(entry.outcome)},"receivedAt":${canonicalJson(entry.receivedAt)}}`;
}

/** The RFC 9162 leaf hash of a leaf text. */
export function leafHashOf(sha: Sha256, text: string): Hash {
  return leafHash(sha, encoder.encode(text));
}

/** The key id of a raw Ed25519 public key: lowercase hex of the first 8 bytes of its SHA-256. */
export function keyIdOf(sha: Sha256, publicKey: Uint8Array): string {
  return toHex(sha(publicKey).slice(0, 8));
}

/** The shape of an envelope, checked before anything else is done with a filing. */
export const ENVELOPE_SCHEMA = z.strictObject({
  v: z.literal(ENVELOPE_VERSION),
  party: z.string().min(1).max(64),
  keyId: z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected 16 lowercase hex digits' }),
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  act: z.record(z.string(), z.unknown()),
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, { error: 'expected a base64 Ed25519 signature' }),
});
