/**
 * @module Checkpoints held against a log and its witness policy:
 *
 * - `est verify --checkpoint A --checkpoint B`: two checkpoints signed by the same log key that
 *   cannot both be true are the proof of a split view (equivocation). Same size and another root
 *   proves it outright (c2sp.org/tlog-witness calls that a fork); of different sizes, a consistency
 *   proof (RFC 9162 2.1.4) from the smaller to the larger must verify, and the server asked for one
 *   cannot give one that does.
 * - `est verify --server URL --policy FILE`: the server's checkpoint must carry the log's signature
 *   and cosignatures that meet the policy's quorum (c2sp.org/tlog-policy); a client holding the
 *   policy refuses any other, naming the witnesses and groups missing.
 */
import { toBase64 } from '../log/bytes.ts';
import { splitNote } from '../log/cosignature.ts';
import type { Hash } from '../log/merkle.ts';
import { verifyConsistency } from '../log/merkle.ts';
import { ed25519Verify, sha256 } from '../log/node-crypto.ts';
import type { NoteKey } from '../log/note.ts';
import { openNote, parseCheckpoint } from '../log/note.ts';
import type { Cosigned, Policy } from '../log/policy.ts';
import { checkCosignedCheckpoint } from '../log/policy.ts';
import { quorumShortfall } from '../log/quorum-shortfall.ts';
import { ApiError } from './http.ts';

const crypto = { sha256, ed25519Verify };

/** A checkpoint note, opened: what it signs, who signed and cosigned it. */
export interface HeldCheckpoint {
  /** Where it came from: a file name, or a URL. */
  readonly source: string;
  readonly note: string;
  readonly origin: string;
  readonly size: number;
  /** Base64 root hash. */
  readonly root: string;
  /** `name+hexid` of the log key whose signature verified. */
  readonly signedBy: string;
  /** With a policy: the cosignatures that verified (time order), else null. */
  readonly cosigners: readonly Cosigned[] | null;
  /** With a policy: whether they meet its quorum, else null. */
  readonly quorum: boolean | null;
  /** POSIX seconds at which the quorum was met. */
  readonly quorumTime: number | null;
  /** With a policy and no quorum: what is missing (see quorumShortfall). */
  readonly shortfall: readonly string[];
}

/** A checkpoint that cannot be held against the log: not a note, not signed by a trusted key. */
export class CheckpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckpointError';
  }
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/**
 * Opens a checkpoint note with the trusted log keys (`keys`, and the policy's logs of its origin),
 * and, with a policy, checks its cosignatures. Throws {@link CheckpointError} when no trusted key
 * signed it.
 */
export async function holdCheckpoint(
  source: string,
  note: string,
  keys: readonly NoteKey[],
  policy: Policy | null,
): Promise<HeldCheckpoint> {
  const split = splitNote(note);
  if (!split.ok) throw new CheckpointError(`${source}: not a signed note: ${split.reason}`);
  const checkpoint = parseCheckpoint(split.text);
  if (checkpoint === null)
    throw new CheckpointError(`${source}: not a checkpoint (origin, size and root hash lines)`);
  const trusted = [...keys, ...(policy?.logs.map((l) => l.key) ?? [])].filter(
    (k) => k.name === checkpoint.origin,
  );
  let signedBy: string | null = null;
  for (const key of trusted) {
    if ((await openNote(note, key, ed25519Verify)).ok) {
      signedBy = `${key.name}+${hex(key.id)}`;
      break;
    }
  }
  if (signedBy === null)
    throw new CheckpointError(
      trusted.length === 0
        ? `${source}: a checkpoint of ${checkpoint.origin}, a log no key given trusts`
        : `${source}: no trusted key of ${checkpoint.origin} signed it (${trusted.map((k) => `${k.name}+${hex(k.id)}`).join(', ')})`,
    );
  const base = {
    source,
    note,
    origin: checkpoint.origin,
    size: checkpoint.size,
    root: toBase64(checkpoint.root),
    signedBy,
  };
  if (policy === null) return { ...base, cosigners: null, quorum: null, quorumTime: null, shortfall: [] };
  const check = await checkCosignedCheckpoint(note, policy, crypto, { logs: keys.slice() });
  return {
    ...base,
    cosigners: check.cosigners,
    quorum: check.quorum,
    quorumTime: check.quorumTime,
    shortfall: quorumShortfall(
      policy,
      check.cosigners.map((c) => c.witness),
    ),
  };
}

export interface Comparison {
  /**
   * `equivocation`: they cannot both be true; `consistent`: one extends the other (or they are the
   * same tree); `undetermined`: of different sizes, and no server was asked for a consistency proof.
   */
  readonly verdict: 'equivocation' | 'consistent' | 'undetermined';
  readonly a: HeldCheckpoint;
  readonly b: HeldCheckpoint;
  /** Why, in one sentence. */
  readonly reason: string;
}

/** Where consistency proofs come from (a server's `GET /api/v1/log/proof/consistency`). */
export type ConsistencySource = (from: number, to: number) => Promise<readonly Hash[]>;

/** Whether two checkpoints of one log can both be true. */
export async function compareCheckpoints(
  a: HeldCheckpoint,
  b: HeldCheckpoint,
  consistency: { readonly source: string; readonly proof: ConsistencySource } | null,
): Promise<Comparison> {
  if (a.origin !== b.origin)
    throw new CheckpointError(
      `${a.source} is a checkpoint of ${a.origin}, ${b.source} of ${b.origin}: two logs, which may differ`,
    );
  if (a.size === b.size)
    return a.root === b.root
      ? { verdict: 'consistent', a, b, reason: `the same tree of size ${a.size}` }
      : {
          verdict: 'equivocation',
          a,
          b,
          reason: `the log's key signed two different trees of size ${a.size}: the two notes prove it, with nothing else`,
        };
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  if (consistency === null)
    return {
      verdict: 'undetermined',
      a,
      b,
      reason: `checkpoints of different sizes (${small.size} and ${large.size}) are told apart only by a consistency proof: give --server URL`,
    };
  const root = (h: HeldCheckpoint): Hash => Uint8Array.from(Buffer.from(h.root, 'base64'));
  let proof: readonly Hash[];
  try {
    proof = await consistency.proof(small.size, large.size);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    return {
      verdict: 'equivocation',
      a,
      b,
      reason: `${consistency.source} gives no consistency proof from size ${small.size} to ${large.size} (${e.status} ${e.title}${e.detail ? `: ${e.detail}` : ''}): it cannot show one history holding both`,
    };
  }
  const ok = await verifyConsistency(sha256, small.size, large.size, root(small), root(large), proof);
  return ok
    ? {
        verdict: 'consistent',
        a,
        b,
        reason: `the tree of size ${small.size} is a prefix of that of size ${large.size} (a consistency proof from ${consistency.source} verifies)`,
      }
    : {
        verdict: 'equivocation',
        a,
        b,
        reason: `the consistency proof ${consistency.source} gives from size ${small.size} to ${large.size} does not verify: the tree of size ${small.size} is not a prefix of that of size ${large.size}, as far as that server can show`,
      };
}

const iso = (t: number): string => new Date(t * 1000).toISOString().replace('.000Z', 'Z');

/** Who signed and cosigned a checkpoint, in lines (indented by `pad`). */
export function describeHeld(h: HeldCheckpoint, pad = '  '): string[] {
  const lines = [
    `${pad}${h.source}: ${h.origin}, size ${h.size}, root ${h.root}`,
    `${pad}  signed by the log key ${h.signedBy}`,
  ];
  if (h.cosigners !== null) {
    lines.push(
      h.cosigners.length === 0
        ? `${pad}  cosigned by no witness of the policy`
        : `${pad}  cosigned by ${h.cosigners.map((c) => `${c.witness} (${iso(c.timestamp)})`).join(', ')}`,
    );
    if (h.quorum === true)
      lines.push(
        `${pad}  the policy's quorum is met${h.quorumTime === null ? '' : ` (since ${iso(h.quorumTime)})`}`,
      );
    else {
      lines.push(`${pad}  the policy's quorum is NOT met:`);
      for (const s of h.shortfall) lines.push(`${pad}    ${s}`);
    }
  }
  return lines;
}

export function formatComparison(c: Comparison): string {
  const head =
    c.verdict === 'equivocation'
      ? `EQUIVOCATION: two checkpoints of ${c.a.origin}, signed by the same log key, cannot both be true.`
      : c.verdict === 'consistent'
        ? `No equivocation: the two checkpoints of ${c.a.origin} are consistent.`
        : `Not determined: two checkpoints of ${c.a.origin} of different sizes.`;
  const lines = [head, ...describeHeld(c.a), ...describeHeld(c.b), `${c.reason}.`];
  if (c.verdict === 'equivocation')
    lines.push(
      "Keep both notes: each carries the log's signature, and together they show that it showed two histories (a split view).",
    );
  return `${lines.join('\n')}\n`;
}

/** The server's checkpoint against a policy: `ok` only with the log's signature and the quorum. */
export interface ServedCheck {
  readonly ok: boolean;
  /** `checkpoint`: the cosigned route answered; `latest`: it had none (503), so the latest was read. */
  readonly route: 'checkpoint' | 'latest';
  readonly held: HeldCheckpoint;
}

/** Reads a server's checkpoint (or, when it has none cosigned, its latest) and checks it. */
export async function checkServedCheckpoint(
  client: { text(path: string): Promise<string>; checkpoint(): Promise<string>; readonly base: URL },
  policy: Policy,
  keys: readonly NoteKey[],
): Promise<ServedCheck> {
  const base = client.base.toString().replace(/\/$/, '');
  try {
    const note = await client.checkpoint();
    const held = await holdCheckpoint(`${base}/api/v1/log/checkpoint`, note, keys, policy);
    return { ok: held.quorum === true, route: 'checkpoint', held };
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 503)) throw e;
    const note = await client.text('api/v1/log/checkpoint/latest');
    const held = await holdCheckpoint(`${base}/api/v1/log/checkpoint/latest`, note, keys, policy);
    return { ok: false, route: 'latest', held };
  }
}

export function formatServedCheck(c: ServedCheck, policyFile: string): string {
  const lines: string[] = [];
  if (c.ok) {
    lines.push(`The checkpoint meets the witness policy ${policyFile}:`);
  } else {
    lines.push(
      `REFUSED: the checkpoint does not meet the witness policy ${policyFile}${c.route === 'latest' ? ' (the server has no cosigned checkpoint: /api/v1/log/checkpoint answers 503; its latest checkpoint is below)' : ''}:`,
    );
  }
  lines.push(...describeHeld(c.held));
  return `${lines.join('\n')}\n`;
}
