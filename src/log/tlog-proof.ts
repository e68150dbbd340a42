/**
 * @module C2SP transparency log proofs (c2sp.org/tlog-proof, version `c2sp.org/tlog-proof@v1`): one
 * text file that carries everything needed to check offline that an entry is in a log, given the
 * entry itself and the keys one trusts (a "transparent signature"; the spec suggests the file
 * extension `.tlog-proof`).
 *
 * The text is lines ended by a newline (U+000A), in this order:
 *
 * ```text
 * c2sp.org/tlog-proof@v1                           the header, exactly
 * extra <base64>                                   optional: opaque, unauthenticated extra data
 * index <decimal>                                  the entry's zero-based index, no leading zeros
 * <base64 of a 32-byte hash>                       the RFC 6962 inclusion proof, zero or more
 * ...                                              lines, leaf's sibling first, root's child last
 * <empty line>
 * <origin>                                         the checkpoint (c2sp.org/tlog-checkpoint), a
 * <tree size>                                      complete signed note (c2sp.org/signed-note)
 * <base64 root hash>                               copied byte for byte: its text, an empty line,
 * [extension lines]                                then one or more lines `— <key name> <base64>`
 * <empty line>                                     by the log and by any witnesses
 * — <key name> <base64 of key ID || signature>
 * ```
 *
 * This module only writes and reads that text, strictly: canonical padded standard base64
 * everywhere (RFC 4648 section 4), hashes of exactly 32 bytes, no control characters but the
 * newline, and a checkpoint that has the shape of a signed checkpoint note. It does not verify: the
 * caller opens {@link TlogProof.checkpoint} with its trusted keys (note.ts `openNote`, then
 * `parseCheckpoint`) and folds {@link TlogProof.hashes} from its own leaf hash with merkle.ts
 * `verifyInclusion(sha, proof.index, checkpoint.size, leaf, proof.hashes, checkpoint.root)`. Nothing
 * in the text is to be believed before that, the extra data least of all (no signature covers it).
 * Pure: no node:* modules, so the browser uses it as it is.
 */
import { fromBase64, toBase64 } from './bytes.ts';
import { isKeyName } from './note.ts';

/** The first line of every proof in this version of the format. */
export const TLOG_PROOF_HEADER = 'c2sp.org/tlog-proof@v1';

const HASH_BYTES = 32;
const DASH = '\u2014 ';
const DECIMAL = /^(0|[1-9][0-9]*)$/;

/** A tlog proof as the text carries it; nothing in it is authenticated until verified. */
export interface TlogProof {
  /** The zero-based index of the entry in the log (a safe integer here). */
  readonly index: number;
  /** The inclusion proof, 32-byte SHA-256 hashes from the leaf's sibling up to the root's child. */
  readonly hashes: readonly Uint8Array[];
  /** The log's checkpoint, verbatim: a whole signed note text, ending in a newline. */
  readonly checkpoint: string;
  /**
   * Optional opaque extra data (the `extra` line), unauthenticated. Absent means no `extra` line;
   * an empty array means an `extra` line with nothing after the space.
   */
  readonly extra?: Uint8Array;
}

export type ParsedTlogProof =
  { readonly ok: true; readonly proof: TlogProof } | { readonly ok: false; readonly reason: string };

interface Flaw {
  /** 1-based, counted within the text that was checked. */
  readonly line: number;
  readonly message: string;
}

/**
 * What makes a line unfit for the format, if anything: a control character (the newline has been
 * split on already; signed notes allow no other) or a lone surrogate, which UTF-8 cannot encode.
 */
function forbiddenIn(line: string): string | null {
  for (let i = 0; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    if (c < 0x20) {
      const hex = c.toString(16).padStart(4, '0').toUpperCase();
      return `control character U+${hex} (only the newline may end a line)`;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = line.charCodeAt(i + 1);
      if (c >= 0xdc00 || !(next >= 0xdc00 && next <= 0xdfff)) {
        return 'a lone surrogate (the text must be well-formed Unicode)';
      }
      i += 1;
    }
  }
  return null;
}

/**
 * Whether a text has the shape of a signed checkpoint note: origin, size and root hash lines and
 * any extension lines, all non-empty; an empty line; one or more signature lines; a final newline.
 * Signatures are not checked, only their syntax.
 */
function checkpointFlaw(note: string): Flaw | null {
  if (note === '') return { line: 1, message: 'missing the checkpoint' };
  const lines = note.split('\n');
  const last = lines.pop();
  for (const [i, line] of lines.entries()) {
    const bad = forbiddenIn(line);
    if (bad !== null) return { line: i + 1, message: `${bad} in the checkpoint` };
  }
  if (last !== '') return { line: lines.length + 1, message: 'the checkpoint does not end with a newline' };
  const blank = lines.indexOf('');
  if (blank < 0) {
    return {
      line: lines.length + 1,
      message: 'missing the empty line between the checkpoint and its signatures',
    };
  }
  if (blank < 3) {
    const part = ['origin', 'tree size', 'root hash'][blank] as string;
    return { line: blank + 1, message: `missing the checkpoint's ${part} line` };
  }
  if (!DECIMAL.test(lines[1] as string)) {
    return { line: 2, message: 'the tree size must be a decimal number without leading zeros' };
  }
  const root = fromBase64(lines[2] as string);
  if (root === null || root.length !== HASH_BYTES) {
    return { line: 3, message: 'the root hash must be canonical base64 of 32 bytes' };
  }
  const signatures = lines.slice(blank + 1);
  if (signatures.length === 0) return { line: blank + 2, message: 'missing the signature lines' };
  for (const [i, line] of signatures.entries()) {
    const at = blank + 2 + i;
    if (line === '') return { line: at, message: 'an empty line among the signature lines' };
    if (!line.startsWith(DASH))
      return { line: at, message: 'a signature line starts with an em dash (U+2014) and a space' };
    const parts = line.slice(DASH.length).split(' ');
    if (parts.length !== 2) return { line: at, message: 'a signature line is `— <key name> <base64>`' };
    const [name, blob] = parts as [string, string];
    if (!isKeyName(name))
      return { line: at, message: 'the key name must be non-empty, without spaces or "+"' };
    const bytes = fromBase64(blob);
    if (bytes === null || bytes.length < 5) {
      return {
        line: at,
        message: 'the signature must be canonical base64 of a 4-byte key ID and a signature',
      };
    }
  }
  return null;
}

/**
 * Writes a proof as `c2sp.org/tlog-proof@v1` text. Throws a RangeError for an index that is not a
 * non-negative safe integer or a hash that is not 32 bytes, and a TypeError for a checkpoint that
 * is not a signed checkpoint note (see the module comment), so that what it writes always parses.
 */
export function formatTlogProof(p: TlogProof): string {
  if (!Number.isSafeInteger(p.index) || p.index < 0) {
    throw new RangeError(`a tlog proof index is a non-negative safe integer, not ${p.index}`);
  }
  for (const [i, h] of p.hashes.entries()) {
    if (h.length !== HASH_BYTES) throw new RangeError(`hash ${i} of the proof has ${h.length} bytes, not 32`);
  }
  const flaw = checkpointFlaw(p.checkpoint);
  if (flaw !== null) throw new TypeError(`not a checkpoint note: line ${flaw.line}: ${flaw.message}`);
  const head = [
    TLOG_PROOF_HEADER,
    ...(p.extra === undefined ? [] : [`extra ${toBase64(p.extra)}`]),
    `index ${p.index}`,
    ...p.hashes.map(toBase64),
  ];
  return `${head.join('\n')}\n\n${p.checkpoint}`;
}

/**
 * The proofs of several entries against one checkpoint, as {@link formatTlogProof} writes each: the
 * checkpoint is checked once, and a hash shared by several proofs (the same array) is encoded once.
 */
export function formatTlogProofs(
  checkpoint: string,
  entries: readonly { readonly index: number; readonly hashes: readonly Uint8Array[] }[],
): string[] {
  const flaw = checkpointFlaw(checkpoint);
  if (flaw !== null) throw new TypeError(`not a checkpoint note: line ${flaw.line}: ${flaw.message}`);
  const encoded = new Map<Uint8Array, string>();
  const base64 = (h: Uint8Array): string => {
    if (h.length !== HASH_BYTES) throw new RangeError(`a proof hash has ${h.length} bytes, not 32`);
    let text = encoded.get(h);
    if (text === undefined) encoded.set(h, (text = toBase64(h)));
    return text;
  };
  return entries.map(({ index, hashes }) => {
    if (!Number.isSafeInteger(index) || index < 0)
      throw new RangeError(`a tlog proof index is a non-negative safe integer, not ${index}`);
    return `${TLOG_PROOF_HEADER}\nindex ${index}\n${hashes.map((h) => `${base64(h)}\n`).join('')}\n${checkpoint}`;
  });
}

/**
 * Reads `c2sp.org/tlog-proof@v1` text, refusing anything that is not exactly in the format (see
 * the module comment) with a reason that names the 1-based line at fault. Verifies nothing.
 */
export function parseTlogProof(text: string): ParsedTlogProof {
  const fail = (line: number, message: string): ParsedTlogProof => ({
    ok: false,
    reason: `line ${line}: ${message}`,
  });
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const bad = forbiddenIn(line);
    if (bad !== null) return fail(i + 1, bad);
  }
  // Lines are numbered from 0 here and reported from 1. When the text ends in a newline, as it
  // should, the last element is the empty string after it and not a line.
  const end = text.endsWith('\n') ? lines.length - 1 : lines.length;

  if (lines[0] !== TLOG_PROOF_HEADER) return fail(1, `expected the header ${TLOG_PROOF_HEADER}`);
  let at = 1;
  let extra: Uint8Array | undefined;
  const second = lines[at];
  if (at < end && second?.startsWith('extra ') === true) {
    const bytes = fromBase64(second.slice('extra '.length));
    if (bytes === null) return fail(at + 1, 'the extra data must be canonical standard base64');
    extra = bytes;
    at += 1;
  }

  const indexLine = lines[at];
  if (at >= end || indexLine === undefined || indexLine === '') return fail(at + 1, 'missing the index line');
  if (!indexLine.startsWith('index ')) {
    return fail(at + 1, at === 1 ? 'expected `index <n>` or `extra <base64>`' : 'expected `index <n>`');
  }
  const digits = indexLine.slice('index '.length);
  if (!DECIMAL.test(digits)) return fail(at + 1, 'the index must be a decimal number without leading zeros');
  const index = Number(digits);
  if (!Number.isSafeInteger(index)) {
    return fail(at + 1, 'the index is above 2^53 - 1, more than this reader can hold');
  }
  at += 1;

  const hashes: Uint8Array[] = [];
  for (; at < end && lines[at] !== ''; at += 1) {
    const hash = fromBase64(lines[at] as string);
    if (hash === null || hash.length !== HASH_BYTES) {
      return fail(at + 1, 'an inclusion proof hash must be canonical base64 of 32 bytes');
    }
    hashes.push(hash);
  }
  if (at >= end) return fail(at + 1, 'missing the empty line after the inclusion proof');
  at += 1;

  const checkpoint = lines.slice(at).join('\n');
  const flaw = checkpointFlaw(checkpoint);
  if (flaw !== null) return fail(at + flaw.line, flaw.message);
  const proof: TlogProof =
    extra === undefined ? { index, hashes, checkpoint } : { index, hashes, checkpoint, extra };
  return { ok: true, proof };
}
