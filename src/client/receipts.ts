/**
 * @module `est verify --server URL --receipt FILE`: whether a depositary still holds what the
 * receipts it gave prove (src/log/receipt.ts), and the receipt files `est submit --receipt-out`
 * writes.
 */
import { writeFileSync } from 'node:fs';
import type { Receipt } from '../app/depositary.ts';
import type { Envelope } from '../log/entry.ts';
import { ed25519Verify, sha256 } from '../log/node-crypto.ts';
import { parseVerifierKey } from '../log/note.ts';
import type { ReceiptFile, ReceiptResult } from '../log/receipt.ts';
import { RECEIPT_FILE_VERSION, checkReceiptAgainst, parseReceiptFile } from '../log/receipt.ts';
import type { DepositaryClient } from './http.ts';

/** The receipt file of a filing: the envelope sent and the receipt given, as JSON. */
export function receiptFileText(envelope: Envelope, receipt: Receipt): string {
  const file: ReceiptFile = { v: RECEIPT_FILE_VERSION, envelope, receipt };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function writeReceiptFile(path: string, envelope: Envelope, receipt: Receipt): void {
  writeFileSync(path, receiptFileText(envelope, receipt), { mode: 0o644 });
}

export interface ReceiptReport {
  /** The file it came from. */
  readonly file: string;
  /** Why the file is not a receipt file, when it is not (then nothing else was checked). */
  readonly unreadable: string | null;
  readonly result: ReceiptResult | null;
}

export interface ReceiptsReport {
  readonly ok: boolean;
  readonly source: string;
  /** The verifier key the receipts were checked with. */
  readonly verifierKey: string;
  /** Set when the key given is not the one the server names. */
  readonly keyMismatch: string | null;
  readonly receipts: readonly ReceiptReport[];
}

/**
 * Checks receipt files against a server's log, trusting `verifierKey` when given (else the key the
 * server names). Network and protocol errors are thrown (ClientError).
 */
export async function auditReceipts(
  client: DepositaryClient,
  files: readonly { readonly name: string; readonly text: string }[],
  verifierKey?: string,
): Promise<ReceiptsReport> {
  const served = await client.verifierKey();
  const trusted = verifierKey?.trim() ?? served;
  const key = await parseVerifierKey(sha256, trusted);
  if (key === null) throw new TypeError(`not a note verifier key: ${trusted}`);
  const keyMismatch =
    trusted === served ? null : `the server names the verifier key ${served}, not the one given (${trusted})`;
  const sources = {
    checkpoint: () => client.checkpoint(),
    consistencyProof: (from: number, to: number) => client.consistencyProof(from, to),
    entries: (start: number, end: number) => client.entries(start, end),
  };
  const receipts: ReceiptReport[] = [];
  for (const { name, text } of files) {
    const parsed = parseReceiptFile(text);
    if (!parsed.ok) {
      receipts.push({ file: name, unreadable: parsed.reason, result: null });
      continue;
    }
    const result = await checkReceiptAgainst(parsed.file, key, { sha256, ed25519Verify }, sources);
    receipts.push({ file: name, unreadable: null, result });
  }
  return {
    ok: receipts.every((r) => r.result?.ok === true),
    source: client.base.toString().replace(/\/$/, ''),
    verifierKey: trusted,
    keyMismatch,
    receipts,
  };
}

/** The report in lines a person reads. */
export function formatReceipts(report: ReceiptsReport): string {
  const lines: string[] = [];
  if (report.keyMismatch !== null) lines.push(`note: ${report.keyMismatch}`);
  for (const r of report.receipts) {
    if (r.result === null) {
      lines.push(`${r.file}: NOT a receipt file: ${r.unreadable}`);
      continue;
    }
    const { result } = r;
    if (result.ok) {
      lines.push(
        `${r.file}: ok  entry ${result.index} is in the tree signed at size ${result.signed?.size}, and the log (now ${result.current} entries) still holds it`,
      );
    } else {
      lines.push(`${r.file}: FAILS  entry ${result.index}: the log no longer holds what this receipt proves`);
      for (const p of result.problems) lines.push(`  ${p.check}: ${p.detail}`);
    }
  }
  const bad = report.receipts.filter((r) => r.result?.ok !== true).length;
  lines.push(
    bad === 0
      ? `${report.receipts.length === 1 ? 'The receipt verifies' : `All ${report.receipts.length} receipts verify`} against ${report.source}.`
      : `${bad} of ${report.receipts.length} ${report.receipts.length === 1 ? 'receipt does' : 'receipts do'} NOT verify against ${report.source}.`,
  );
  return `${lines.join('\n')}\n`;
}
