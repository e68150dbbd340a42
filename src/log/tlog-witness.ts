/**
 * @module The request and answers of a witness's `add-checkpoint` call (c2sp.org/tlog-witness): the
 * body `old <size>\n`, up to 63 base64 consistency proof lines, a blank line, then the signed
 * checkpoint note; a 409 answer whose `text/x.tlog.size` body is the size the witness last
 * cosigned. Pure, for both the witness and the log that asks it.
 */
import { fromBase64, toBase64 } from './bytes.ts';
import type { Hash } from './merkle.ts';

/** The call's path, after the witness's submission prefix. */
export const ADD_CHECKPOINT_PATH = '/add-checkpoint';
/** The content type of a 409 answer giving the witness's size. */
export const TLOG_SIZE_TYPE = 'text/x.tlog.size';
/** The most proof lines a client may send. */
export const MAX_PROOF_LINES = 63;
/** A bound on the body: 63 proof lines and a note with room for many signatures. */
export const MAX_ADD_CHECKPOINT_BYTES = 64 * 1024;

export interface AddCheckpoint {
  readonly oldSize: number;
  readonly proof: readonly Hash[];
  /** The signed checkpoint note, as sent. */
  readonly note: string;
}

const SIZE = /^(0|[1-9][0-9]{0,15})$/;

/** A decimal size with no leading zeros, within JS's exact integers; null otherwise. */
export function parseSize(text: string): number | null {
  if (!SIZE.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}

export type ParsedAddCheckpoint =
  { readonly ok: true; readonly request: AddCheckpoint } | { readonly ok: false; readonly reason: string };

/** Reads an add-checkpoint body; the note itself is checked by the caller. */
export function parseAddCheckpoint(body: string): ParsedAddCheckpoint {
  const fail = (reason: string): ParsedAddCheckpoint => ({ ok: false, reason });
  const blank = body.indexOf('\n\n');
  if (blank < 0) return fail('no blank line between the old size and proof lines and the checkpoint');
  const head = body.slice(0, blank).split('\n');
  const note = body.slice(blank + 2);
  const [first, ...proofLines] = head;
  const m = /^old (.*)$/.exec(first ?? '');
  if (!m) return fail('the first line must be "old <size>"');
  const oldSize = parseSize(m[1] as string);
  if (oldSize === null) return fail(`old size ${m[1]}: not a decimal size without leading zeros`);
  if (proofLines.length > MAX_PROOF_LINES)
    return fail(`${proofLines.length} consistency proof lines (at most ${MAX_PROOF_LINES})`);
  const proof: Hash[] = [];
  for (const [i, line] of proofLines.entries()) {
    const hash = fromBase64(line);
    if (hash === null || hash.length !== 32)
      return fail(`proof line ${i + 1} is not the base64 of a 32-byte hash`);
    proof.push(hash);
  }
  if (note === '') return fail('no checkpoint after the blank line');
  return { ok: true, request: { oldSize, proof, note } };
}

/** Writes an add-checkpoint body. */
export function formatAddCheckpoint(request: AddCheckpoint): string {
  if (!(Number.isSafeInteger(request.oldSize) && request.oldSize >= 0))
    throw new TypeError(`not a tree size: ${request.oldSize}`);
  if (request.proof.length > MAX_PROOF_LINES) throw new TypeError('too many proof hashes');
  const lines = [`old ${request.oldSize}`, ...request.proof.map(toBase64)];
  return `${lines.join('\n')}\n\n${request.note}`;
}

/** Reads a 409 answer's body (`<size>\n`); null when malformed. */
export function parseTlogSize(body: string): number | null {
  return body.endsWith('\n') ? parseSize(body.slice(0, -1)) : null;
}
