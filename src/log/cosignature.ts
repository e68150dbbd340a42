/**
 * @module Witness cosignatures of checkpoints, as c2sp.org/tlog-cosignature defines them for Ed25519
 * cosigners (cosignature/v1).
 *
 * A cosigner is named and holds an Ed25519 key. Its key ID is SHA-256(name || 0x0A || 0x04 || public
 * key)[:4] and its verifier key `<name>+<hex key ID>+<base64 of 0x04 || public key>` (the note.ts
 * format with the signature type 0x04). A cosignature is a note signature line
 * `— <name> <base64 of key ID || timestamp || signature>`, the timestamp being a big-endian uint64
 * of POSIX seconds, and the signature an Ed25519 signature of
 * `cosignature/v1\ntime <timestamp>\n<the whole checkpoint text>`. It states that, as of that time,
 * the consistent tree head of the largest size the cosigner has seen for the origin has that root.
 * Pure: SHA-256 and Ed25519 are passed in, as note.ts does.
 */
import { concat, toBase64, toHex } from './bytes.ts';
import type { AsyncSha256 } from './merkle.ts';
import type { NoteKey, NoteSignature } from './note.ts';
import {
  formatVerifierKey,
  noteKey,
  noteKeyId,
  parseSignatureLine,
  parseVerifierKey,
  splitNote,
} from './note.ts';

export type { NoteSignature, SplitNote } from './note.ts';
export { parseSignatureLine, splitNote } from './note.ts';

/** The signature type byte of Ed25519 cosignature/v1 keys (c2sp.org/tlog-cosignature). */
export const COSIGNATURE_V1 = 0x04;

/** An Ed25519 cosigner (a witness): its name, its 4-byte key ID (type 0x04) and its public key. */
export type CosignerKey = NoteKey;

/** Signs a message with the cosigner's private key (node:crypto on the server). */
export type SignFn = (message: Uint8Array) => Uint8Array | Promise<Uint8Array>;
/** Verifies an Ed25519 signature (node:crypto or WebCrypto). */
export type VerifyFn = (
  publicKey: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
) => boolean | Promise<boolean>;

const enc = new TextEncoder();
const DASH = '\u2014 ';
const TIMESTAMP_BYTES = 8;
const ED25519_SIGNATURE_BYTES = 64;

/** SHA-256(name || 0x0A || 0x04 || public key)[:4] */
export function cosignerKeyId(sha: AsyncSha256, name: string, publicKey: Uint8Array): Promise<Uint8Array> {
  return noteKeyId(sha, name, publicKey, COSIGNATURE_V1);
}

/** A cosigner key from its name and 32-byte public key (throws on a bad name or length). */
export function cosignerKey(sha: AsyncSha256, name: string, publicKey: Uint8Array): Promise<CosignerKey> {
  return noteKey(sha, name, publicKey, COSIGNATURE_V1);
}

/** `<name>+<hex key ID>+<base64 of 0x04 || public key>` */
export function formatCosignerVerifierKey(key: CosignerKey): string {
  return formatVerifierKey(key, COSIGNATURE_V1);
}

/**
 * Parses a cosigner verifier key (type 0x04), checking that its key ID is the one its name and key
 * give; null when it is not one.
 */
export function parseCosignerVerifierKey(sha: AsyncSha256, text: string): Promise<CosignerKey | null> {
  return parseVerifierKey(sha, text, COSIGNATURE_V1);
}

/** Whether a timestamp can be written in a cosignature (whole seconds, within JS's exact integers). */
export const isCosignatureTime = (t: number): boolean => Number.isSafeInteger(t) && t >= 0;

/**
 * The message an Ed25519 cosigner signs: `cosignature/v1\ntime <T>\n` and then the checkpoint's
 * whole note text (with its extension lines, if any, and its final newline; no signature lines).
 */
export function cosignedMessage(checkpointText: string, timestamp: number): Uint8Array {
  if (!isCosignatureTime(timestamp)) throw new TypeError(`not a cosignature timestamp: ${timestamp}`);
  if (!checkpointText.endsWith('\n')) throw new TypeError('checkpoint text must end with a newline');
  return enc.encode(`cosignature/v1\ntime ${timestamp}\n${checkpointText}`);
}

function uint64(n: number): Uint8Array {
  const out = new Uint8Array(TIMESTAMP_BYTES);
  new DataView(out.buffer).setBigUint64(0, BigInt(n));
  return out;
}

/**
 * The cosignature line of a checkpoint, with its newline: `— <name> <base64(key ID || timestamp ||
 * signature)>\n`. `checkpointText` is the note text the log signed (as openNote returns it).
 */
export async function cosignatureLine(
  checkpointText: string,
  key: CosignerKey,
  timestamp: number,
  sign: SignFn,
): Promise<string> {
  const signature = await sign(cosignedMessage(checkpointText, timestamp));
  if (signature.length !== ED25519_SIGNATURE_BYTES) throw new TypeError('an Ed25519 signature has 64 bytes');
  return `${DASH}${key.name} ${toBase64(concat(key.id, uint64(timestamp), signature))}\n`;
}

/**
 * The timestamp a cosignature carries (the 8 bytes after the key ID), unverified; null when the
 * signature is not the size of an Ed25519 cosignature or its time is past JS's exact integers.
 */
export function cosignatureTimestamp(sig: NoteSignature): number | null {
  if (sig.signature.length !== TIMESTAMP_BYTES + ED25519_SIGNATURE_BYTES) return null;
  const t = new DataView(sig.signature.buffer, sig.signature.byteOffset, TIMESTAMP_BYTES).getBigUint64(0);
  return t <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(t) : null;
}

/** Whether a signature line is by this key: the same name and key ID. */
export const isBy = (sig: NoteSignature, key: NoteKey): boolean =>
  sig.name === key.name && toHex(sig.keyId) === toHex(key.id);

export type CosignatureCheck =
  { readonly ok: true; readonly timestamp: number } | { readonly ok: false; readonly reason: string };

/**
 * Verifies one cosignature (a signature line, with or without its newline, or one already parsed)
 * of checkpoint text by a cosigner; gives its timestamp.
 */
export async function verifyCosignature(
  checkpointText: string,
  line: string | NoteSignature,
  key: CosignerKey,
  verify: VerifyFn,
): Promise<CosignatureCheck> {
  const sig = typeof line === 'string' ? parseSignatureLine(line.replace(/\n$/, '')) : line;
  if (sig === null) return { ok: false, reason: 'malformed signature line' };
  if (!isBy(sig, key)) return { ok: false, reason: `not a signature by ${key.name}+${toHex(key.id)}` };
  const timestamp = cosignatureTimestamp(sig);
  if (timestamp === null) return { ok: false, reason: `the cosignature of ${key.name} is malformed` };
  const ok = await verify(
    key.publicKey,
    cosignedMessage(checkpointText, timestamp),
    sig.signature.slice(TIMESTAMP_BYTES),
  );
  return ok
    ? { ok: true, timestamp }
    : { ok: false, reason: `the cosignature of ${key.name} does not verify` };
}

/**
 * Reads signature lines, each ending in a newline (a witness's add-checkpoint answer, c2sp.org/
 * tlog-witness); null when the text is anything else or has none.
 */
export function parseSignatureLines(text: string): NoteSignature[] | null {
  if (text === '' || !text.endsWith('\n')) return null;
  const out: NoteSignature[] = [];
  for (const line of text.slice(0, -1).split('\n')) {
    const sig = parseSignatureLine(line);
    if (sig === null) return null;
    out.push(sig);
  }
  return out;
}

/**
 * A note with signature lines added after its own (each line with or without its newline), those
 * it already has left out; the note must be a well-formed signed note.
 */
export function addSignatureLines(note: string, lines: readonly string[]): string {
  const split = splitNote(note);
  if (!split.ok) throw new TypeError(`not a signed note: ${split.reason}`);
  const have = new Set(split.signatures.map((s) => s.line));
  let out = note;
  for (const raw of lines) {
    const line = raw.replace(/\n$/, '');
    if (parseSignatureLine(line) === null) throw new TypeError(`not a signature line: ${line}`);
    if (have.has(line)) continue;
    have.add(line);
    out += `${line}\n`;
  }
  return out;
}
