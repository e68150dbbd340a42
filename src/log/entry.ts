/**
 * @module What the depositary receives and what its log holds: the formats, not their meaning (that
 * is ./record.ts).
 *
 * A filing is an envelope `{ v, party, keyId, seq, act, signature }` signed by the Party over the
 * RFC 8785 canonical JSON of everything but `signature`. The log's entry is, in format 2,
 * `{ v: 2, index, receivedAt, envelope, outcome, rules }`, and its leaf is the UTF-8 bytes of that
 * entry's canonical JSON. The outcome is data only: accepted or not, and for each violation its
 * code, its citation and the values it concerns (ids, dates, fields), from which the words are
 * rendered when it is shown, in any language and in any later wording. `rules` names the version of
 * the rules that decided it. Format 1 (no `v`, no `rules`, each violation with the English sentence
 * of its day) is still read: a log written in it stays valid and goes on in format 2.
 *
 * Pure, so the browser recomputes leaves exactly as the server wrote them.
 */
import canonicalize from 'canonicalize';
import { z } from 'zod';
import { toHex } from './bytes.ts';
import type { Hash, Sha256 } from './merkle.ts';
import { leafHash } from './merkle.ts';

/** The envelope version this depositary speaks. */
export const ENVELOPE_VERSION = 1;

/** The longest filer id an envelope carries (and so the longest Party id a key is lodged for). */
export const MAX_PARTY_ID_LENGTH = 64;

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

/** The entry format this depositary writes. */
export const ENTRY_VERSION = 2;

/** The values a violation concerns (ids, dates, field and parameter names), by name. */
export type ViolationData = Readonly<Record<string, string | number>>;

/** A legal refusal as the log records it. */
export interface LoggedViolation {
  readonly code: string;
  /** The provision, as cited: `EST 8(3)`. */
  readonly cite: string;
  /** Format 2: what the violation concerns, by name. */
  readonly params?: ViolationData;
  /** Format 1 only: the English sentence written then. Shown as it was, never compared. */
  readonly reason?: string;
}

export interface FilingOutcome {
  readonly accepted: boolean;
  readonly violations: readonly LoggedViolation[];
}

/** Format 1: what the first depositary wrote. */
export interface EntryV1 {
  readonly index: number;
  /** ISO 8601 UTC with milliseconds, stamped by the depositary. */
  readonly receivedAt: string;
  readonly envelope: Envelope;
  readonly outcome: FilingOutcome;
}

/** Format 2: the outcome is data only, and the rules that decided it are named. */
export interface EntryV2 extends EntryV1 {
  readonly v: typeof ENTRY_VERSION;
  /** The id of the rules that decided the filing (src/log/rules.ts). */
  readonly rules: string;
}

export type Entry = EntryV1 | EntryV2;

/** The format of an entry: 1 or 2. */
export const versionOf = (entry: Entry): 1 | 2 => ('v' in entry ? entry.v : 1);

/** The rules an entry was decided under; null for format 1, which did not name them. */
export const rulesOf = (entry: Entry): string | null => ('rules' in entry ? entry.rules : null);

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

/** {@link leafText} of a format 2 entry whose envelope's canonical text is already known. */
export function leafTextOf(
  envelope: EnvelopeTexts,
  entry: Pick<EntryV2, 'index' | 'receivedAt' | 'outcome' | 'rules'>,
): string {
  return `{"envelope":${envelope.envelope},"index":${canonicalJson(entry.index)},"outcome":${canonicalJson(entry.outcome)},"receivedAt":${canonicalJson(entry.receivedAt)},"rules":${canonicalJson(entry.rules)},"v":${ENTRY_VERSION}}`;
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
  party: z.string().min(1).max(MAX_PARTY_ID_LENGTH),
  keyId: z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected 16 lowercase hex digits' }),
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  act: z.record(z.string(), z.unknown()),
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, { error: 'expected a base64 Ed25519 signature' }),
});

const VIOLATION_V1 = z.strictObject({ code: z.string(), cite: z.string(), reason: z.string() });
const VIOLATION_V2 = z.strictObject({
  code: z.string().min(1),
  cite: z.string().min(1),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
const ENTRY_FIELDS = {
  index: z.number().int().min(0),
  receivedAt: z.string(),
  envelope: ENVELOPE_SCHEMA,
} as const;

/** The shape of an entry in either format (a leaf's JSON). */
export const ENTRY_SCHEMA = z.union([
  z.strictObject({
    ...ENTRY_FIELDS,
    v: z.literal(ENTRY_VERSION),
    rules: z.string().min(1).max(64),
    outcome: z.strictObject({ accepted: z.boolean(), violations: z.array(VIOLATION_V2) }),
  }),
  z.strictObject({
    ...ENTRY_FIELDS,
    outcome: z.strictObject({ accepted: z.boolean(), violations: z.array(VIOLATION_V1) }),
  }),
]);
