/**
 * @module C2SP signed notes and tlog checkpoints: the depositary's signed tree heads.
 *
 * A note is text ending in a newline, a blank line, then signature lines `— <key name> <base64 of
 * the 4-byte key ID and the signature>`. For Ed25519 the key ID is the first four bytes of
 * SHA-256(name || 0x0A || 0x01 || public key), and a verifier key is written
 * `<name>+<hex key ID>+<base64 of 0x01 || public key>`. A checkpoint is a note whose text is the
 * log's origin, its size and its base64 root hash, one per line. Pure: SHA-256 and Ed25519 are
 * passed in, so the browser verifies with WebCrypto what the server signs with node:crypto.
 */
import { concat, fromBase64, toBase64, toHex } from './bytes.ts';
import type { AsyncSha256, Hash } from './merkle.ts';

export { fromBase64, toBase64 } from './bytes.ts';

const ED25519 = 0x01;
const DASH = '\u2014 ';
const enc = new TextEncoder();

/** A key name is non-empty and has no spaces or plus signs. */
export function isKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+]/u.test(name);
}

/** An Ed25519 public key as the notes know it. */
export interface NoteKey {
  readonly name: string;
  /** 4 bytes. */
  readonly id: Uint8Array;
  /** 32 bytes. */
  readonly publicKey: Uint8Array;
}

/**
 * The signature type byte of a key (c2sp.org/signed-note): 0x01 for Ed25519 note signatures (the
 * log's checkpoints); other types, such as 0x04 for Ed25519 cosignatures (c2sp.org/tlog-cosignature),
 * share the key format and ID rule with their own byte.
 */
export const ED25519_TYPE = ED25519;

/** SHA-256(name || 0x0A || type || public key)[:4], the type being 0x01 unless said. */
export async function noteKeyId(
  sha: AsyncSha256,
  name: string,
  publicKey: Uint8Array,
  type: number = ED25519,
): Promise<Uint8Array> {
  const digest = await sha(concat(enc.encode(name), Uint8Array.of(0x0a, type), publicKey));
  return digest.slice(0, 4);
}

export async function noteKey(
  sha: AsyncSha256,
  name: string,
  publicKey: Uint8Array,
  type: number = ED25519,
): Promise<NoteKey> {
  if (!isKeyName(name)) throw new TypeError(`not a note key name: ${name}`);
  if (publicKey.length !== 32) throw new TypeError('an Ed25519 public key has 32 bytes');
  return { name, id: await noteKeyId(sha, name, publicKey, type), publicKey };
}

/** `<name>+<hex key ID>+<base64 of type || public key>`, the type being 0x01 unless said. */
export function formatVerifierKey(key: NoteKey, type: number = ED25519): string {
  return `${key.name}+${toHex(key.id)}+${toBase64(concat(Uint8Array.of(type), key.publicKey))}`;
}

/**
 * Parses a verifier key of the given signature type (0x01 unless said) and checks that its ID is
 * the one its name and key give.
 */
export async function parseVerifierKey(
  sha: AsyncSha256,
  text: string,
  type: number = ED25519,
): Promise<NoteKey | null> {
  const m = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(text);
  if (!m) return null;
  const material = fromBase64(m[3] as string);
  if (material === null || material.length !== 33 || material[0] !== type) return null;
  const key = await noteKey(sha, m[1] as string, material.slice(1), type);
  return toHex(key.id) === m[2] ? key : null;
}

/** Signs note text (which must end in a newline) with one key. */
export async function signNote(
  text: string,
  key: NoteKey,
  sign: (message: Uint8Array) => Uint8Array | Promise<Uint8Array>,
): Promise<string> {
  if (!text.endsWith('\n')) throw new TypeError('note text must end with a newline');
  const signature = await sign(enc.encode(text));
  return `${text}\n${DASH}${key.name} ${toBase64(concat(key.id, signature))}\n`;
}

export type Opened =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** One signature line of a note: `— <key name> <base64 of the 4-byte key ID and the signature>`. */
export interface NoteSignature {
  readonly name: string;
  /** 4 bytes. */
  readonly keyId: Uint8Array;
  /** The bytes after the key ID (for a cosignature: the timestamp, then the signature). */
  readonly signature: Uint8Array;
  /** The line as written, without its newline. */
  readonly line: string;
}

const SIGNATURE_LINE = new RegExp(`^${DASH}(\\S+) ([A-Za-z0-9+/=]+)$`);

/** Reads one signature line (without its newline); null when malformed. */
export function parseSignatureLine(line: string): NoteSignature | null {
  const m = SIGNATURE_LINE.exec(line);
  if (!m) return null;
  const blob = fromBase64(m[2] as string);
  if (blob === null || blob.length < 5) return null;
  return { name: m[1] as string, keyId: blob.slice(0, 4), signature: blob.slice(4), line };
}

export type SplitNote =
  | { readonly ok: true; readonly text: string; readonly signatures: readonly NoteSignature[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Picks a note apart (c2sp.org/signed-note): its text (up to and including the newline before the
 * last blank line) and its signature lines, none of them verified.
 */
export function splitNote(note: string): SplitNote {
  // The format allows no control characters but the newline.
  if ([...note].some((ch) => ch < ' ' && ch !== '\n'))
    return { ok: false, reason: 'control characters in the note' };
  const split = note.lastIndexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) return { ok: false, reason: 'not a signed note' };
  const signatures: NoteSignature[] = [];
  for (const line of note.slice(split + 2, -1).split('\n')) {
    const signature = parseSignatureLine(line);
    if (signature === null) {
      return {
        ok: false,
        reason: SIGNATURE_LINE.test(line) ? 'malformed signature' : `malformed signature line: ${line}`,
      };
    }
    signatures.push(signature);
  }
  return { ok: true, text: note.slice(0, split + 1), signatures };
}

/**
 * Checks a note against one trusted key: its signature from that key (same name and ID) must be
 * there and verify. Signatures by other keys are ignored, as the format requires.
 */
export async function openNote(
  note: string,
  key: NoteKey,
  verify: (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean | Promise<boolean>,
): Promise<Opened> {
  const split = splitNote(note);
  if (!split.ok) return split;
  const { text } = split;
  let found = false;
  for (const s of split.signatures) {
    if (s.name !== key.name || toHex(s.keyId) !== toHex(key.id)) continue;
    found = true;
    if (!(await verify(key.publicKey, enc.encode(text), s.signature))) {
      return { ok: false, reason: `the signature of ${key.name} does not verify` };
    }
  }
  return found ? { ok: true, text } : { ok: false, reason: `no signature by ${key.name}+${toHex(key.id)}` };
}

export interface Checkpoint {
  readonly origin: string;
  readonly size: number;
  readonly root: Hash;
}

/** The text of a checkpoint: origin, size and base64 root hash, one per line. */
export function checkpointText(c: Checkpoint): string {
  return `${c.origin}\n${c.size}\n${toBase64(c.root)}\n`;
}

/** Reads checkpoint text (from a verified note); null when malformed. */
export function parseCheckpoint(text: string): Checkpoint | null {
  const [origin, size, root] = text.split('\n');
  if (origin === undefined || origin === '' || size === undefined || root === undefined) return null;
  if (!/^(0|[1-9]\d{0,15})$/.test(size)) return null;
  const hash = fromBase64(root);
  return hash === null || hash.length !== 32 ? null : { origin, size: Number(size), root: hash };
}
