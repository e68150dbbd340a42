/**
 * @module Checking a receipt in the browser, as `est verify --server URL --receipt FILE` does:
 * `checkReceiptAgainst` of src/log/receipt.ts, with the depositary's verifier key as the only thing
 * trusted, Ed25519 from WebCrypto, SHA-256 in plain JavaScript checked against WebCrypto first
 * (./crypto.ts), and today's log read from the API: its signed checkpoint, a consistency proof from
 * the receipt's tree to it, and the entry at the receipt's index.
 *
 * Besides the result, which of the checks ran: a check after one that failed may not have (no
 * inclusion without a signed checkpoint), and the view says so rather than passing it.
 */
import { fromBase64 } from '../../src/log/bytes.ts';
import { parseVerifierKey } from '../../src/log/note.ts';
import type { LogSources, ReceiptCheck, ReceiptFile, ReceiptResult } from '../../src/log/receipt.ts';
import { RECEIPT_CHECKS, checkReceiptAgainst, parseReceiptFile } from '../../src/log/receipt.ts';
import { parseTlogProof } from '../../src/log/tlog-proof.ts';
import { api } from './api.ts';
import { CryptoUnavailableError, ed25519Verify, selfTest, sha256, sha256Sync } from './crypto.ts';

/** The checks, in the order they are made. */
export { RECEIPT_CHECKS };

export type CheckStatus = 'passed' | 'failed' | 'not-checked';

export type ReceiptVerdict =
  /** The text is not a receipt file (why, naming the field, in English). */
  | { readonly kind: 'unreadable'; readonly reason: string }
  /** The verifier key is not one. */
  | { readonly kind: 'verifier-key' }
  | {
      readonly kind: 'checked';
      readonly file: ReceiptFile;
      readonly result: ReceiptResult;
      readonly statuses: Readonly<Record<ReceiptCheck, CheckStatus>>;
    };

/** Today's log, from the depositary's API. */
export const API_SOURCES: LogSources = {
  checkpoint: api.checkpoint,
  consistencyProof: async (from, to) =>
    (await api.consistencyProof(from, to)).map((h) => {
      const bytes = fromBase64(h);
      if (bytes === null || bytes.length !== 32)
        throw new Error(`the consistency proof from ${from} to ${to} holds a hash that is not 32 bytes`);
      return bytes;
    }),
  entries: api.entries,
};

/** Which checks ran, passed or failed, from the result and the receipt. */
export function statusesOf(file: ReceiptFile, result: ReceiptResult): Record<ReceiptCheck, CheckStatus> {
  const failed = new Set(result.problems.map((p) => p.check));
  const signed = result.signed !== null;
  const proofRead = signed && parseTlogProof(file.receipt.proof).ok;
  const comparedLog = result.current !== null && !failed.has('log');
  const ran: Record<ReceiptCheck, boolean> = {
    leaf: true,
    checkpoint: true,
    proof: signed,
    inclusion: proofRead,
    log: signed,
    consistency: comparedLog,
    entry: comparedLog,
  };
  const out = {} as Record<ReceiptCheck, CheckStatus>;
  for (const c of RECEIPT_CHECKS) out[c] = failed.has(c) ? 'failed' : ran[c] ? 'passed' : 'not-checked';
  return out;
}

/** Checks a receipt file's text against the log, trusting only `verifierKey`. */
export async function checkReceiptText(
  text: string,
  verifierKey: string,
  sources: LogSources = API_SOURCES,
): Promise<ReceiptVerdict> {
  const parsed = parseReceiptFile(text);
  if (!parsed.ok) return { kind: 'unreadable', reason: parsed.reason };
  const key = await parseVerifierKey(sha256, verifierKey.trim());
  if (key === null) return { kind: 'verifier-key' };
  if (!(await selfTest()))
    throw new CryptoUnavailableError("this browser's SHA-256 in JavaScript disagrees with WebCrypto's");
  const result = await checkReceiptAgainst(parsed.file, key, { sha256: sha256Sync, ed25519Verify }, sources);
  return { kind: 'checked', file: parsed.file, result, statuses: statusesOf(parsed.file, result) };
}
