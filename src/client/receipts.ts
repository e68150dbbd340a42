/**
 * @module `est verify --server URL --receipt FILE`: whether a depositary still holds what the
 * receipts it gave prove (src/log/receipt.ts), and the receipt files `est submit --receipt-out`
 * writes.
 */
import { writeFileSync } from 'node:fs';
import type { Receipt } from '../app/depositary.ts';
import type { Envelope } from '../log/entry.ts';
import { ed25519Verify, sha256 } from '../log/node-crypto.ts';
import { toBase64 } from '../log/bytes.ts';
import { splitNote } from '../log/cosignature.ts';
import { parseCheckpoint, parseVerifierKey } from '../log/note.ts';
import type { Policy } from '../log/policy.ts';
import type { ReceiptFile, ReceiptResult, WitnessedResult } from '../log/receipt.ts';
import {
  RECEIPT_FILE_VERSION,
  RECEIPT_FILE_WITNESSED,
  checkReceiptAgainst,
  checkWitnessedReceipt,
  parseReceiptFile,
} from '../log/receipt.ts';
import { parseTlogProof } from '../log/tlog-proof.ts';
import type { DepositaryClient } from './http.ts';
import { ApiError, BadResponseError } from './http.ts';

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

/** What `--update` did to one receipt file. */
export interface ReceiptUpdate {
  readonly file: string;
  readonly updated: boolean;
  /** What was added, or why nothing was. */
  readonly detail: string;
}

/**
 * Adds to a receipt file the entry's proof against the newest checkpoint a quorum of the log's
 * witnesses cosigned (GET /api/v1/log/tlog-proof, which answers against it once it covers the
 * entry), with the consistency proof between the receipt's tree and the cosigned one: the file
 * becomes version 2 and stands alone for anyone holding the policy. Nothing is written while no
 * cosigned checkpoint covers the entry. Network and protocol errors are thrown (ClientError).
 */
export async function updateReceiptFile(
  client: DepositaryClient,
  name: string,
  text: string,
): Promise<ReceiptUpdate> {
  const parsed = parseReceiptFile(text);
  if (!parsed.ok) return { file: name, updated: false, detail: `NOT a receipt file: ${parsed.reason}` };
  const { file } = parsed;
  const index = file.receipt.index;
  const proofText = await client.text(`api/v1/log/tlog-proof?index=${index}`);
  const proof = parseTlogProof(proofText);
  if (!proof.ok) throw new BadResponseError(`GET /api/v1/log/tlog-proof: not a tlog-proof: ${proof.reason}`);
  const split = splitNote(proof.proof.checkpoint);
  const cosigned = split.ok ? parseCheckpoint(split.text) : null;
  if (!split.ok || cosigned === null)
    throw new BadResponseError("GET /api/v1/log/tlog-proof: the proof's checkpoint does not read");
  // The log's own signature is one line; a cosigned checkpoint carries the witnesses' too.
  if (split.signatures.length < 2)
    return {
      file: name,
      updated: false,
      detail: `no checkpoint cosigned by the witnesses holds entry ${index} yet (the server proves it against its latest checkpoint, signed by the log alone): nothing changed; try again later`,
    };
  const own = splitNote(file.receipt.checkpoint);
  const then = own.ok ? parseCheckpoint(own.text) : null;
  if (then === null) return { file: name, updated: false, detail: "the receipt's checkpoint does not read" };
  const [from, to] = then.size <= cosigned.size ? [then.size, cosigned.size] : [cosigned.size, then.size];
  const consistency = from === to ? [] : await client.consistencyProof(from, to);
  const updated: ReceiptFile = {
    v: RECEIPT_FILE_WITNESSED,
    envelope: file.envelope,
    receipt: file.receipt,
    witnessed: { proof: proofText, consistency: consistency.map(toBase64) },
  };
  writeFileSync(name, `${JSON.stringify(updated, null, 2)}\n`, { mode: 0o644 });
  return {
    file: name,
    updated: true,
    detail: `added the proof of entry ${index} against the checkpoint of size ${cosigned.size} that the witnesses cosigned (${split.signatures.length - 1} cosignature${split.signatures.length === 2 ? '' : 's'}), and the consistency proof from size ${from} to ${to}`,
  };
}

/** The earliest time a quorum of witnesses had cosigned a checkpoint holding an entry (GET /api/v1/log/witnessed). */
export interface WitnessedTime {
  readonly index: number;
  readonly receivedAt: string;
  readonly witnessedAt: string | null;
  readonly size: number | null;
  readonly quorum: string | null;
}

/** The entry's witnessed time from the server, or null when the server does not say (an older one). */
export async function witnessedTime(client: DepositaryClient, index: number): Promise<WitnessedTime | null> {
  try {
    const body = (await client.json(`api/v1/log/witnessed?index=${index}`)) as WitnessedTime;
    return typeof body === 'object' && body !== null && typeof body.receivedAt === 'string' ? body : null;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

const iso = (t: number): string => new Date(t * 1000).toISOString().replace('.000Z', 'Z');

/** The "received ... / witnessed by a quorum at ..." lines of an entry. */
export function timeLines(
  receivedAt: string,
  witnessedAt: string | null,
  size: number | null,
  pad = '  ',
): string[] {
  return [
    `${pad}received                     ${receivedAt}  (the act is made: the depositary received it)`,
    witnessedAt === null
      ? `${pad}witnessed by a quorum        not yet  (no checkpoint cosigned by a quorum of witnesses holds it)`
      : `${pad}witnessed by a quorum at     ${witnessedAt}  (checkpoint of size ${size}: the other Parties are informed)`,
  ];
}

export interface OfflineReceiptReport {
  readonly file: string;
  readonly unreadable: string | null;
  readonly result: WitnessedResult | null;
}

/** `est verify --receipt FILE --policy FILE`: the receipts, with no server, against the policy. */
export async function checkReceiptsOffline(
  files: readonly { readonly name: string; readonly text: string }[],
  policy: Policy,
): Promise<{ ok: boolean; receipts: OfflineReceiptReport[] }> {
  const receipts: OfflineReceiptReport[] = [];
  for (const { name, text } of files) {
    const parsed = parseReceiptFile(text);
    if (!parsed.ok) {
      receipts.push({ file: name, unreadable: parsed.reason, result: null });
      continue;
    }
    const result = await checkWitnessedReceipt(parsed.file, policy, { sha256, ed25519Verify });
    receipts.push({ file: name, unreadable: null, result });
  }
  return { ok: receipts.every((r) => r.result?.ok === true), receipts };
}

export function formatOffline(
  report: { ok: boolean; receipts: readonly OfflineReceiptReport[] },
  policyFile: string,
): string {
  const lines: string[] = [];
  for (const r of report.receipts) {
    if (r.result === null) {
      lines.push(`${r.file}: NOT a receipt file: ${r.unreadable}`);
      continue;
    }
    const { result } = r;
    const c = result.cosigned;
    if (result.ok && c !== null) {
      lines.push(
        `${r.file}: ok  entry ${result.index} is in the tree of size ${c.size} that the log signed and a quorum of the witnesses of ${policyFile} cosigned`,
      );
      lines.push(`  ok  the entry rebuilt from the envelope and the receipt is the leaf the receipt proves`);
      lines.push(
        `  ok  the receipt's checkpoint (size ${result.receipt.signed?.size}) is signed by the policy's log key, and the entry is in it`,
      );
      lines.push(
        `  ok  the cosigned checkpoint is signed by the log key; cosigned by ${c.cosigners.map((x) => `${x.witness} (${iso(x.timestamp)})`).join(', ')}`,
      );
      lines.push(
        `  ok  their cosignatures met the policy's quorum at ${c.quorumTime === null ? '?' : iso(c.quorumTime)}`,
      );
      lines.push(
        `  ok  the inclusion proof leads from the entry to the cosigned root; the two trees are one history`,
      );
    } else {
      lines.push(`${r.file}: FAILS  entry ${result.index}`);
      for (const p of result.problems) lines.push(`  ${p.check}: ${p.detail}`);
    }
    lines.push(
      ...timeLines(result.receivedAt, c?.quorumTime == null ? null : iso(c.quorumTime), c?.size ?? null),
    );
  }
  const bad = report.receipts.filter((r) => r.result?.ok !== true).length;
  lines.push(
    bad === 0
      ? `${report.receipts.length === 1 ? 'The receipt verifies' : `All ${report.receipts.length} receipts verify`} offline against the witness policy ${policyFile}.`
      : `${bad} of ${report.receipts.length} ${report.receipts.length === 1 ? 'receipt does' : 'receipts do'} NOT verify offline against the witness policy ${policyFile}.`,
  );
  return `${lines.join('\n')}\n`;
}
