/**
 * @module Receipts that prove. A depositary's 201 receipt carries the checkpoint its batch signed and
 * the entry's inclusion proof in that tree (c2sp.org/tlog-proof@v1). A filer keeps it in a receipt
 * file, with the envelope it sent, and can later show, trusting nothing but the depositary's verifier
 * key:
 *
 * 1. offline ({@link checkReceipt}): the checkpoint is signed by that key; the entry's leaf, rebuilt
 *    from the envelope and the receipt (src/log/entry.ts leafTextOf), has the receipt's leaf hash;
 *    the proof leads from it, at its index, to the signed root (RFC 9162 2.1.3.2);
 * 2. against the log as it is now ({@link checkReceiptAgainst}): the log's current signed checkpoint
 *    is at least as large; a consistency proof from the receipt's tree to it verifies (RFC 9162
 *    2.1.4.2), so the receipt's tree is a prefix of today's; and the log still serves the same leaf
 *    at that index.
 *
 * An operator who deletes or rewrites a filing after giving its receipt cannot pass step 2 without a
 * second history, signed with the same key, which the receipt's checkpoint contradicts. Pure (no
 * node:*): the browser checks a receipt the same way.
 */
import { z } from 'zod';
import { equalBytes, fromBase64, toBase64 } from './bytes.ts';
import type { Envelope, FilingOutcome } from './entry.ts';
import { ENTRY_VERSION, ENVELOPE_SCHEMA, envelopeTexts, leafHashOf, leafTextOf } from './entry.ts';
import type { Hash } from './merkle.ts';
import { verifyConsistency, verifyInclusion } from './merkle.ts';
import type { Checkpoint, NoteKey } from './note.ts';
import { openNote, parseCheckpoint, splitNote } from './note.ts';
import type { Cosigned, Policy } from './policy.ts';
import { checkCosignedCheckpoint } from './policy.ts';
import { parseTlogProof } from './tlog-proof.ts';
import type { VerifyCrypto } from './verify.ts';

/** The version of the receipt file format `est submit` writes. */
export const RECEIPT_FILE_VERSION = 1;
/**
 * The version of a receipt file that also carries the entry's proof against a checkpoint a quorum
 * of witnesses cosigned (`witnessed`): it stands alone for anyone holding the witness policy. Files
 * of version 1 still read; a reader of version 1 alone refuses version 2 by its `v`.
 */
export const RECEIPT_FILE_WITNESSED = 2;

const BASE64_HASH = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, { error: 'expected the base64 of 32 bytes' });

/** A receipt as the depositary sends it (format 2 entries). */
export const RECEIPT_SCHEMA = z.object({
  index: z.number().int().min(0),
  leafHash: BASE64_HASH,
  receivedAt: z.string(),
  outcome: z.strictObject({
    accepted: z.boolean(),
    violations: z.array(
      z.strictObject({
        code: z.string(),
        cite: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])),
      }),
    ),
  }),
  rules: z.string().min(1),
  checkpoint: z.string().min(1),
  proof: z.string().min(1),
});

/** What a filer gets back: where its filing is in the log, what it did, and the proof of both. */
export interface Receipt {
  readonly index: number;
  /** Base64 RFC 9162 leaf hash. */
  readonly leafHash: string;
  readonly receivedAt: string;
  readonly outcome: FilingOutcome;
  /** The rules that decided it. */
  readonly rules: string;
  /** The signed checkpoint of the tree its batch made, which includes it. */
  readonly checkpoint: string;
  /** Its inclusion proof in that tree, as c2sp.org/tlog-proof@v1 text (ending in the checkpoint). */
  readonly proof: string;
}

/** The entry's proof against a cosigned checkpoint, added to a receipt file (version 2). */
export const WITNESSED_SCHEMA = z.strictObject({
  /**
   * c2sp.org/tlog-proof@v1 text of the entry against a checkpoint that carries the log's signature
   * and the cosignatures (c2sp.org/tlog-cosignature) that met the quorum of the log's witness policy.
   */
  proof: z.string().min(1),
  /**
   * RFC 9162 consistency proof between the receipt's checkpoint and the cosigned one (from the
   * smaller to the larger), base64 hashes: the tree the receipt signed is the cosigned tree's prefix
   * (or the other way round).
   */
  consistency: z.array(BASE64_HASH),
});

export interface Witnessed {
  readonly proof: string;
  readonly consistency: readonly string[];
}

/** What a filer keeps: the envelope it filed and the receipt it was given. Data only. */
export const RECEIPT_FILE_SCHEMA = z
  .strictObject({
    v: z.union([z.literal(RECEIPT_FILE_VERSION), z.literal(RECEIPT_FILE_WITNESSED)]),
    envelope: ENVELOPE_SCHEMA,
    receipt: RECEIPT_SCHEMA,
    witnessed: WITNESSED_SCHEMA.optional(),
  })
  .refine((f) => f.v === RECEIPT_FILE_WITNESSED || f.witnessed === undefined, {
    path: ['witnessed'],
    message: `a receipt file of version ${RECEIPT_FILE_VERSION} has no witnessed field (version ${RECEIPT_FILE_WITNESSED} has)`,
  });

export interface ReceiptFile {
  readonly v: typeof RECEIPT_FILE_VERSION | typeof RECEIPT_FILE_WITNESSED;
  readonly envelope: Envelope;
  readonly receipt: Receipt;
  /** Version 2: the entry's proof against a quorum-cosigned checkpoint. */
  readonly witnessed?: Witnessed;
}

/** A receipt file's content, or why it is not one (naming the field). */
export function parseReceiptFile(
  text: string,
): { ok: true; file: ReceiptFile } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `not JSON (${(e as Error).message})` };
  }
  const parsed = RECEIPT_FILE_SCHEMA.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.') || '(top)'}: ${issue.message}` : '';
    return {
      ok: false,
      reason: `not a receipt file { v: 1, envelope, receipt }: ${where}`,
    };
  }
  return { ok: true, file: parsed.data as ReceiptFile };
}

/** What was checked of a receipt; each problem names one. */
export const RECEIPT_CHECKS = [
  /** The leaf rebuilt from the envelope and the receipt has the receipt's leaf hash. */
  'leaf',
  /** The receipt's checkpoint is signed by the trusted key and is a checkpoint. */
  'checkpoint',
  /** The proof is a tlog-proof of this entry, carrying the receipt's checkpoint. */
  'proof',
  /** The proof leads from the leaf to the signed root. */
  'inclusion',
  /** The log today is signed by the trusted key, and no smaller than the receipt's tree. */
  'log',
  /** The receipt's tree is a prefix of today's. */
  'consistency',
  /** The log today serves the same leaf at the receipt's index. */
  'entry',
] as const;
export type ReceiptCheck = (typeof RECEIPT_CHECKS)[number];

export interface ReceiptProblem {
  readonly check: ReceiptCheck;
  readonly detail: string;
}

export interface ReceiptResult {
  readonly ok: boolean;
  readonly index: number;
  /** What the receipt's checkpoint signs, once its signature verified. */
  readonly signed: { readonly origin: string; readonly size: number; readonly root: string } | null;
  /** Today's signed size, when the log was asked. */
  readonly current: number | null;
  readonly problems: readonly ReceiptProblem[];
}

/** SHA-256 and Ed25519, passed in as for the log's verification. */
export type ReceiptCrypto = VerifyCrypto;

async function openCheckpoint(
  note: string,
  key: NoteKey,
  crypto: ReceiptCrypto,
): Promise<{ ok: true; checkpoint: Checkpoint } | { ok: false; reason: string }> {
  const opened = await openNote(note, key, crypto.ed25519Verify);
  if (!opened.ok) return { ok: false, reason: `not signed by ${key.name}: ${opened.reason}` };
  const checkpoint = parseCheckpoint(opened.text);
  return checkpoint === null ? { ok: false, reason: 'not a checkpoint' } : { ok: true, checkpoint };
}

/** The receipt's own checks, offline. */
export async function checkReceipt(
  file: ReceiptFile,
  key: NoteKey,
  crypto: ReceiptCrypto,
): Promise<ReceiptResult & { readonly checkpoint: Checkpoint | null }> {
  const { receipt, envelope } = file;
  const problems: ReceiptProblem[] = [];
  const done = (checkpoint: Checkpoint | null) => ({
    ok: problems.length === 0,
    index: receipt.index,
    signed:
      checkpoint === null
        ? null
        : { origin: checkpoint.origin, size: checkpoint.size, root: toBase64(checkpoint.root) },
    current: null,
    problems,
    checkpoint,
  });

  const leaf = leafTextOf(envelopeTexts(envelope), {
    index: receipt.index,
    receivedAt: receipt.receivedAt,
    outcome: receipt.outcome,
    rules: receipt.rules,
  });
  const leafHash = leafHashOf(crypto.sha256, leaf);
  if (toBase64(leafHash) !== receipt.leafHash)
    problems.push({
      check: 'leaf',
      detail: `the entry rebuilt from the envelope and the receipt (format ${ENTRY_VERSION}) has the leaf hash ${toBase64(leafHash)}, not the receipt's ${receipt.leafHash}`,
    });

  const opened = await openCheckpoint(receipt.checkpoint, key, crypto);
  if (!opened.ok) {
    problems.push({ check: 'checkpoint', detail: `the receipt's checkpoint is ${opened.reason}` });
    return done(null);
  }
  const { checkpoint } = opened;
  const proof = parseTlogProof(receipt.proof);
  if (!proof.ok) {
    problems.push({
      check: 'proof',
      detail: `the proof is not a c2sp.org/tlog-proof@v1 text: ${proof.reason}`,
    });
    return done(checkpoint);
  }
  if (proof.proof.index !== receipt.index)
    problems.push({
      check: 'proof',
      detail: `the proof is of entry ${proof.proof.index}, not ${receipt.index}`,
    });
  if (proof.proof.checkpoint !== receipt.checkpoint)
    problems.push({ check: 'proof', detail: "the proof carries another checkpoint than the receipt's" });
  const included = await verifyInclusion(
    crypto.sha256,
    receipt.index,
    checkpoint.size,
    fromBase64(receipt.leafHash) ?? leafHash,
    proof.proof.hashes,
    checkpoint.root,
  );
  if (!included)
    problems.push({
      check: 'inclusion',
      detail: `the proof does not lead from entry ${receipt.index} to the root signed at size ${checkpoint.size}`,
    });
  return done(checkpoint);
}

/** Where today's log is read from. */
export interface LogSources {
  /** The current signed checkpoint note. */
  readonly checkpoint: () => Promise<string>;
  readonly consistencyProof: (from: number, to: number) => Promise<readonly Hash[]>;
  /** Leaf texts of [start, end). */
  readonly entries: (start: number, end: number) => Promise<readonly string[]>;
}

/** A receipt's own checks, then the log as it is now against it. */
export async function checkReceiptAgainst(
  file: ReceiptFile,
  key: NoteKey,
  crypto: ReceiptCrypto,
  sources: LogSources,
): Promise<ReceiptResult> {
  const offline = await checkReceipt(file, key, crypto);
  const { checkpoint: then, ...result } = offline;
  const problems = [...offline.problems];
  const finish = (current: number | null): ReceiptResult => ({
    ...result,
    ok: problems.length === 0,
    current,
    problems,
  });
  if (then === null) return finish(null);
  const { index } = file.receipt;

  const now = await openCheckpoint(await sources.checkpoint(), key, crypto);
  if (!now.ok) {
    problems.push({ check: 'log', detail: `the log's current checkpoint is ${now.reason}` });
    return finish(null);
  }
  const current = now.checkpoint;
  if (current.size < then.size) {
    problems.push({
      check: 'log',
      detail: `the log now signs ${current.size} entries, fewer than the ${then.size} of the receipt's tree: entries were removed${index >= current.size ? `, entry ${index} among them` : ''}`,
    });
    return finish(current.size);
  }
  const proof = await sources.consistencyProof(then.size, current.size);
  if (!(await verifyConsistency(crypto.sha256, then.size, current.size, then.root, current.root, proof)))
    problems.push({
      check: 'consistency',
      detail:
        current.size === then.size
          ? `the depositary's key has signed two different trees of size ${then.size} (the receipt's and today's): its history was rewritten, and the two checkpoints prove it`
          : `the log at size ${current.size} does not extend the tree of size ${then.size} that the receipt's checkpoint signed: its history was rewritten`,
    });
  const [leaf] = await sources.entries(index, index + 1);
  const want = fromBase64(file.receipt.leafHash);
  if (leaf === undefined)
    problems.push({ check: 'entry', detail: `the log no longer serves entry ${index}` });
  else if (want === null || !equalBytes(leafHashOf(crypto.sha256, leaf), want))
    problems.push({
      check: 'entry',
      detail: `the log serves another entry ${index} than the one the receipt proves`,
    });
  return finish(current.size);
}

/** What was checked of a receipt against a witness policy, offline; each problem names one. */
export const WITNESSED_CHECKS = [
  /** The receipt's own checks (leaf, its checkpoint signed by the policy's log key, inclusion). */
  'receipt',
  /** The file carries a proof against a cosigned checkpoint, a tlog-proof of this entry. */
  'witnessed',
  /** That checkpoint is signed by the policy's log key and its cosignatures meet the quorum. */
  'cosigned',
  /** The proof leads from the entry's leaf to the cosigned root. */
  'inclusion',
  /** The receipt's tree and the cosigned tree are one history (RFC 9162 consistency proof). */
  'consistency',
] as const;
export type WitnessedCheck = (typeof WITNESSED_CHECKS)[number];

export interface WitnessedResult {
  readonly ok: boolean;
  readonly index: number;
  readonly receivedAt: string;
  /** The receipt's own checks, with the policy's log key. */
  readonly receipt: ReceiptResult;
  /** The cosigned checkpoint the file carries, once read. */
  readonly cosigned: {
    readonly origin: string;
    readonly size: number;
    readonly root: string;
    /** Verified cosignatures, time order (policy names, POSIX seconds). */
    readonly cosigners: readonly Cosigned[];
    /** POSIX seconds at which its cosignatures met the quorum (null when they do not). */
    readonly quorumTime: number | null;
  } | null;
  readonly problems: readonly { readonly check: WitnessedCheck; readonly detail: string }[];
}

/**
 * A receipt that stands alone: with no server, trusting only a witness policy (c2sp.org/tlog-policy),
 * checks the receipt's own proofs with the policy's log key, then its `witnessed` part: the
 * checkpoint carries the log's signature and cosignatures that meet the quorum
 * (c2sp.org/tlog-cosignature), the entry's leaf is in the cosigned tree, and the receipt's tree and
 * the cosigned tree are one history.
 */
export async function checkWitnessedReceipt(
  file: ReceiptFile,
  policy: Policy,
  crypto: ReceiptCrypto,
): Promise<WitnessedResult> {
  const problems: { check: WitnessedCheck; detail: string }[] = [];
  const { receipt } = file;
  // The receipt's checkpoint: checked with the policy's key for its origin.
  const split = splitNote(receipt.checkpoint);
  const origin = split.ok ? parseCheckpoint(split.text)?.origin : undefined;
  const logKeys = policy.logs.filter((l) => l.key.name === origin).map((l) => l.key);
  let own: (ReceiptResult & { checkpoint: Checkpoint | null }) | null = null;
  for (const key of logKeys) {
    own = await checkReceipt(file, key, crypto);
    if (own.signed !== null) break;
  }
  if (own === null) {
    own = {
      ok: false,
      index: receipt.index,
      signed: null,
      current: null,
      checkpoint: null,
      problems: [
        {
          check: 'checkpoint',
          detail: `the policy trusts no log${origin === undefined ? '' : ` with origin ${origin}`}`,
        },
      ],
    };
  }
  const { checkpoint: then, ...ownResult } = own;
  for (const p of own.problems) problems.push({ check: 'receipt', detail: `${p.check}: ${p.detail}` });
  const finish = (cosigned: WitnessedResult['cosigned']): WitnessedResult => ({
    ok: problems.length === 0,
    index: receipt.index,
    receivedAt: receipt.receivedAt,
    receipt: ownResult,
    cosigned,
    problems,
  });

  if (file.witnessed === undefined) {
    problems.push({
      check: 'witnessed',
      detail:
        "the receipt carries no cosigned checkpoint (its own is signed by the log alone): add one with est verify --receipt FILE --server URL --update once the log's witnesses have cosigned a checkpoint that holds the entry",
    });
    return finish(null);
  }
  const parsed = parseTlogProof(file.witnessed.proof);
  if (!parsed.ok) {
    problems.push({
      check: 'witnessed',
      detail: `witnessed.proof is not a c2sp.org/tlog-proof@v1 text: ${parsed.reason}`,
    });
    return finish(null);
  }
  const proof = parsed.proof;
  if (proof.index !== receipt.index)
    problems.push({
      check: 'witnessed',
      detail: `witnessed.proof is of entry ${proof.index}, not ${receipt.index}`,
    });
  const check = await checkCosignedCheckpoint(proof.checkpoint, policy, crypto);
  if (check.checkpoint === null) {
    problems.push({
      check: 'witnessed',
      detail: `witnessed.proof's checkpoint: ${check.log.ok ? '' : check.log.reason}`,
    });
    return finish(null);
  }
  const cos = check.checkpoint;
  if (!check.log.ok)
    problems.push({ check: 'cosigned', detail: `the cosigned checkpoint is ${check.log.reason}` });
  if (!check.quorum)
    problems.push({
      check: 'cosigned',
      detail: `the cosignatures of the checkpoint of size ${cos.size} do not meet the policy's quorum (${policy.quorum}): ${check.cosigners.length === 0 ? 'none verifies' : `only ${check.cosigners.map((c) => c.witness).join(', ')}`}`,
    });
  for (const bad of check.invalid)
    problems.push({
      check: 'cosigned',
      detail: `the cosignature of ${bad.witness} does not verify: ${bad.reason}`,
    });
  const leafHash = fromBase64(receipt.leafHash);
  if (
    leafHash === null ||
    !(await verifyInclusion(crypto.sha256, receipt.index, cos.size, leafHash, proof.hashes, cos.root))
  )
    problems.push({
      check: 'inclusion',
      detail: `the proof does not lead from entry ${receipt.index} to the root cosigned at size ${cos.size}`,
    });
  if (then !== null) {
    const hashes = file.witnessed.consistency.map((h) => fromBase64(h) as Hash);
    const [small, large] = then.size <= cos.size ? [then, cos] : [cos, then];
    if (!(await verifyConsistency(crypto.sha256, small.size, large.size, small.root, large.root, hashes)))
      problems.push({
        check: 'consistency',
        detail:
          small.size === large.size
            ? `the receipt's checkpoint and the cosigned one sign two different trees of size ${small.size}: the log's key signed both`
            : `the tree of size ${small.size} is not a prefix of that of size ${large.size} (the receipt's and the cosigned checkpoints): witnessed.consistency does not verify`,
      });
  }
  return finish({
    origin: cos.origin,
    size: cos.size,
    root: toBase64(cos.root),
    cosigners: check.cosigners,
    quorumTime: check.quorumTime,
  });
}
