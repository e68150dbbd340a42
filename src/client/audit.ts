/**
 * @module Verifying a whole depositary from where its log is: a running server (over HTTP, with
 * its proofs), an export file, or the store itself. Each gathers what {@link LogVerifier} needs,
 * streams the entries through it, and adds what only that source can check: inclusion proofs, a
 * consistency proof from an earlier checkpoint, the binary search that locates a changed entry on
 * a server, or the stored tree compared with the stored leaves.
 */
import { availableParallelism } from 'node:os';
import { fromBase64, toBase64 } from '../log/bytes.ts';
import type { Hash } from '../log/merkle.ts';
import { verifyConsistency, verifyInclusion } from '../log/merkle.ts';
import { ed25519Verify, sha256 } from '../log/node-crypto.ts';
import { Verifier } from '../log/node-verifier.ts';
import { openNote, parseCheckpoint, parseVerifierKey } from '../log/note.ts';
import type { VerifyCrypto, VerifyOptions, VerifyProblem, VerifyResult } from '../log/verify.ts';
import type { Located } from '../log/locate-change.ts';
import { LogVerifier } from '../log/verify.ts';
import { Subtrees, locateByConsistency, rootOf } from '../log/locate-change.ts';
import type { ExportHeader } from './export.ts';
import { checkpointSize } from './export.ts';
import type { DepositaryClient } from './http.ts';
import type { LocalLog, StoredMismatch } from './local.ts';
import { compareStoredTree, localKeys } from './local.ts';

/**
 * SHA-256 here, Ed25519 on signature-checking threads so that a long log's signatures are checked
 * while this thread replays its acts through the engine. One thread per core: the replay is the
 * smaller share of the work, and on 2 cores two threads check a log 1.2 times faster than one.
 */
const checker = new Verifier(availableParallelism());
export const auditCrypto: VerifyCrypto = {
  sha256,
  ed25519Verify: (publicKey, message, signature) => checker.verify(publicKey, message, signature),
};

export interface AuditReport {
  readonly kind: 'server' | 'tiles' | 'export' | 'store';
  /** What was verified: the server URL, the tiles' prefix or directory, the export file, the store. */
  readonly source: string;
  readonly result: VerifyResult;
  /** The first entry that does not match, all checks and searches together. */
  readonly firstBad: number | null;
  /** The problem that names `firstBad` (or the first problem of all, when none names an entry). */
  readonly first: VerifyProblem | null;
  readonly keys: number;
  /** Server: the consistency search run because the entries did not make the signed root. */
  readonly located: Located | null;
  /** Server: the entries whose inclusion proofs were checked. */
  readonly inclusion: readonly number[];
  /** Server, with an earlier checkpoint: its size, when the log proved consistent with it. */
  readonly since: { readonly size: number; readonly ok: boolean } | null;
  /** Store: the first stored node that is not what the leaves make. */
  readonly stored: StoredMismatch | null;
  /** The signed checkpoint that was verified (to save for the next --since). */
  readonly checkpoint: string | null;
}

export interface AuditSettings {
  /** Overrides of the log's treaty and parameters, when the source does not say them. */
  readonly treaty?: string;
  readonly parameters?: Readonly<Record<string, unknown>>;
  /** The verifier key the user trusts; the source's must be it, and it alone is used. */
  readonly verifierKey?: string;
  readonly onProgress?: (done: number, total: number) => void;
  readonly maxProblems?: number;
}

/** The verifier key to use, and the problem when the source names another than the one trusted. */
function pinned(
  given: string | undefined,
  source: string | null,
  where: string,
): { key: string | undefined; problem: VerifyProblem | null } {
  const trusted = given?.trim();
  if (trusted === undefined) return { key: source ?? undefined, problem: null };
  if (source === null || source.trim() === trusted) return { key: trusted, problem: null };
  return {
    key: trusted,
    problem: {
      index: null,
      check: 'verifierKey',
      detail: `${where} names the verifier key ${source.trim()}, not the one given (${trusted})`,
    },
  };
}

function summarise(
  kind: AuditReport['kind'],
  source: string,
  result: VerifyResult,
  extra: Partial<Omit<AuditReport, 'kind' | 'source' | 'result' | 'firstBad' | 'first'>> & { keys: number },
): AuditReport {
  const candidates = [result.firstBad, extra.located?.index ?? null].filter((i): i is number => i !== null);
  const firstBad = candidates.length === 0 ? null : Math.min(...candidates);
  const first =
    (firstBad === null ? undefined : result.problems.find((p) => p.index === firstBad)) ??
    result.problems[0] ??
    null;
  return {
    kind,
    source,
    result,
    firstBad,
    first,
    located: null,
    inclusion: [],
    since: null,
    stored: null,
    checkpoint: null,
    ...extra,
  };
}

/** Indices to check inclusion proofs for: the first, the last, and `count` spread at random. */
export function sampleIndices(size: number, count: number, random: () => number = Math.random): number[] {
  if (size === 0) return [];
  const out = new Set<number>([0, size - 1]);
  for (let i = 0; out.size < Math.min(size, count + 2) && i < count * 4; i += 1)
    out.add(Math.floor(random() * size));
  return [...out].sort((a, b) => a - b);
}

export interface ServerAuditOptions extends AuditSettings {
  /** An earlier checkpoint note of this log: the log must have grown from it, append-only. */
  readonly since?: string;
  /** Inclusion proofs to check besides the first and last entry's (default 16). */
  readonly sample?: number;
}

/**
 * A log as a server serves it: through the JSON API ({@link DepositaryClient}) or through its tiles
 * (c2sp.org/tlog-tiles, ./tile-log.ts), which answer the same questions.
 */
export type LogReader = Pick<
  DepositaryClient,
  'checkpoint' | 'verifierKey' | 'keys' | 'treaty' | 'pages' | 'inclusionProof' | 'consistencyProof'
> & {
  readonly base: URL | string;
  /** `tiles` when the log is read through its tiles. */
  readonly kind?: 'tiles';
};

/**
 * Verifies a log as a server serves it, over HTTP (the JSON API or the tiles) or from a directory
 * of tiles. Network and protocol errors are thrown (ClientError).
 */
export async function auditServer(client: LogReader, options: ServerAuditOptions = {}): Promise<AuditReport> {
  const kind = client.kind ?? 'server';
  const source = client.base.toString().replace(/\/$/, '');
  // The checkpoint first: everything after is read at (at least) its size, so a log that grows
  // meanwhile still verifies against it.
  const note = await client.checkpoint();
  const served = await client.verifierKey();
  const keys = await client.keys();
  const treaty = options.treaty ?? (await client.treaty()) ?? undefined;
  const pin = pinned(options.verifierKey, served, 'the server');
  const verifierKey = pin.key ?? served;
  const verifier = await LogVerifier.create(
    {
      keys,
      verifierKey,
      ...(treaty === undefined ? {} : { treaty }),
      ...(options.parameters ? { parameters: options.parameters } : {}),
      ...(options.maxProblems === undefined ? {} : { maxProblems: options.maxProblems }),
    },
    auditCrypto,
  );
  if (pin.problem) verifier.addProblem(pin.problem);
  const size = checkpointSize(note.slice(0, Math.max(0, note.indexOf('\n\n') + 1))) ?? 0;
  for await (const page of client.pages(0, size)) {
    for (const leaf of page) await verifier.add(leaf);
    options.onProgress?.(verifier.size, size);
  }
  const checkpoint = await verifier.checkCheckpoint(note);
  const result = verifier.result();
  if (checkpoint === null) return summarise(kind, source, result, { keys: keys.length });

  // The tree the server signed, checked with its own proofs.
  const signed = { size: checkpoint.size, root: fromBase64(checkpoint.root) as Hash };
  const problems: VerifyProblem[] = [];
  let located: Located | null = null;
  if (result.problems.some((p) => p.check === 'root' || p.check === 'size')) {
    located = await locateByConsistency({
      sha256,
      leafHashes: verifier.leafHashes,
      signed,
      consistency: (from, to) => client.consistencyProof(from, to),
    });
    const at = located.index;
    if (at !== null && at < verifier.size && !result.problems.some((p) => p.index === at)) {
      problems.push({
        index: located.index,
        check: 'root',
        detail: `this is not the entry the signed tree holds (found with ${located.proofs} consistency proofs): it was changed after it was logged`,
      });
    }
  }
  const inclusion = sampleIndices(Math.min(signed.size, verifier.size), options.sample ?? 16);
  for (const index of inclusion) {
    const proof = await client.inclusionProof(index, signed.size);
    const leaf = verifier.leafHashes[index] as Hash;
    if (!(await verifyInclusion(sha256, index, signed.size, leaf, proof, signed.root)))
      problems.push({
        index,
        check: 'inclusion',
        detail: `its inclusion proof does not verify against the signed root`,
      });
  }
  let since: AuditReport['since'] = null;
  if (options.since !== undefined) {
    since = await checkSince(options.since, verifierKey, signed, verifier.leafHashes, client, problems);
  }
  for (const p of problems) verifier.addProblem(p);
  return summarise(kind, source, verifier.result(), {
    keys: keys.length,
    located,
    inclusion,
    since,
    checkpoint: note,
  });
}

async function checkSince(
  sinceNote: string,
  verifierKey: string,
  signed: { size: number; root: Hash },
  leafHashes: readonly Hash[],
  client: Pick<LogReader, 'consistencyProof'>,
  problems: VerifyProblem[],
): Promise<{ size: number; ok: boolean } | null> {
  const fail = (detail: string): void => {
    problems.push({ index: null, check: 'consistency', detail });
  };
  const key = await parseVerifierKey(sha256, verifierKey.trim());
  if (key === null) return null;
  const opened = await openNote(sinceNote, key, ed25519Verify);
  const old = opened.ok ? parseCheckpoint(opened.text) : null;
  if (!opened.ok || old === null) {
    fail(`the earlier checkpoint is not one of this log's: ${opened.ok ? 'malformed' : opened.reason}`);
    return null;
  }
  if (old.size > signed.size) {
    fail(
      `the log had ${old.size} entries at the earlier checkpoint and signs only ${signed.size} now: it shrank`,
    );
    return { size: old.size, ok: false };
  }
  let ok = true;
  const proof = await client.consistencyProof(old.size, signed.size);
  if (!(await verifyConsistency(sha256, old.size, signed.size, old.root, signed.root, proof))) {
    fail(
      `the log is not an append-only extension of the earlier checkpoint (size ${old.size}): its history was rewritten`,
    );
    ok = false;
  }
  if (old.size <= leafHashes.length) {
    const then = rootOf(sha256, leafHashes.slice(0, old.size));
    if (toBase64(then) !== toBase64(old.root)) {
      fail(`the first ${old.size} entries served now do not make the root signed at the earlier checkpoint`);
      ok = false;
    }
  }
  return { size: old.size, ok };
}

/** Verifies an export (its header and entries, as read by parseExport). */
export async function auditExport(
  source: string,
  header: ExportHeader,
  entries: readonly string[],
  options: AuditSettings = {},
): Promise<AuditReport> {
  const treaty = options.treaty ?? header.treaty;
  const parameters = options.parameters ?? header.parameters;
  const pin = pinned(options.verifierKey, header.verifierKey, 'the export');
  const settings: VerifyOptions = {
    keys: header.keys,
    ...(pin.key === undefined ? {} : { verifierKey: pin.key }),
    origin: header.origin,
    ...(treaty === undefined ? {} : { treaty }),
    ...(parameters === undefined ? {} : { parameters }),
    ...(options.maxProblems === undefined ? {} : { maxProblems: options.maxProblems }),
  };
  const verifier = await LogVerifier.create(settings, auditCrypto);
  if (pin.problem) verifier.addProblem(pin.problem);
  if (header.size !== entries.length)
    verifier.addProblem({
      index: Math.min(header.size, entries.length),
      check: 'size',
      detail: `the header says ${header.size} entries, the file holds ${entries.length}`,
    });
  let done = 0;
  for (const leaf of entries) {
    await verifier.add(leaf);
    done += 1;
    if (done % 1000 === 0) options.onProgress?.(done, entries.length);
  }
  const result = await verifier.finish(header.checkpoint);
  if (result.firstBad === null && result.problems.some((p) => p.check === 'root')) {
    verifier.addProblem({
      index: null,
      check: 'root',
      detail:
        'every entry passes its own checks, so the one changed cannot be named from an export alone: est verify --server names it with consistency proofs',
    });
    return summarise('export', source, verifier.result(), {
      keys: header.keys.length,
      checkpoint: header.checkpoint,
    });
  }
  return summarise('export', source, result, { keys: header.keys.length, checkpoint: header.checkpoint });
}

/** Verifies the store directly: every entry, and the stored tree against the stored leaves. */
export async function auditStore(local: LocalLog, options: AuditSettings = {}): Promise<AuditReport> {
  const keys = await localKeys(local.log);
  const pin = pinned(options.verifierKey, local.verifierKey, 'the store');
  const settings: VerifyOptions = {
    keys,
    treaty: options.treaty ?? local.treaty,
    parameters: options.parameters ?? local.parameters,
    ...(pin.key === undefined ? {} : { verifierKey: pin.key }),
    ...(local.origin === null ? {} : { origin: local.origin }),
    ...(options.maxProblems === undefined ? {} : { maxProblems: options.maxProblems }),
  };
  const verifier = await LogVerifier.create(settings, auditCrypto);
  if (pin.problem) verifier.addProblem(pin.problem);
  const size = await local.log.size();
  for (let start = 0; start < size; start += 1000) {
    const page = await local.log.entries(start, Math.min(size, start + 1000));
    for (const leaf of page) await verifier.add(leaf);
    options.onProgress?.(verifier.size, size);
    if (page.length === 0) break;
  }
  const stored = await compareStoredTree(local.log, new Subtrees(sha256, verifier.leafHashes));
  if (stored !== null)
    verifier.addProblem({
      index: stored.level === 0 ? stored.index : null,
      check: 'stored',
      detail: stored.detail,
    });
  const result = await verifier.finish();
  return summarise('store', local.where, result, { keys: keys.length, stored });
}
