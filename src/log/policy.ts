/**
 * @module Transparency log trust policies (c2sp.org/tlog-policy): which logs are trusted, which
 * witnesses, and the quorum of witnesses whose cosignatures make a checkpoint count.
 *
 * A policy file is line based: `log <vkey> [<url>]`, `witness <name> <vkey> [<url>]`,
 * `group <name> <k|all|any> <member>...` and exactly one `quorum <name|none>`; items are separated
 * by spaces and tabs; blank lines and lines starting with `#` are ignored. A group or the quorum
 * names only witnesses and groups defined on lines above it, so groups nest without cycles. Log
 * keys are Ed25519 note keys (type 0x01, named after the log's origin, c2sp.org/tlog-checkpoint);
 * witness keys are Ed25519 cosigner keys (type 0x04, c2sp.org/tlog-cosignature).
 *
 * {@link checkCosignedCheckpoint} applies a policy to a checkpoint note: the log's signature, each
 * witness's cosignature (c2sp.org/tlog-cosignature), the quorum, and the earliest time at which the
 * cosignatures met it. Pure: SHA-256 and Ed25519 are passed in.
 */
import { toHex } from './bytes.ts';
import type { CosignerKey, VerifyFn } from './cosignature.ts';
import { COSIGNATURE_V1, isBy, verifyCosignature } from './cosignature.ts';
import type { AsyncSha256 } from './merkle.ts';
import type { Checkpoint, NoteKey } from './note.ts';
import { ED25519_TYPE, openNote, parseCheckpoint, parseVerifierKey, splitNote } from './note.ts';

export interface PolicyLog {
  readonly key: NoteKey;
  /** The verifier key as written. */
  readonly vkey: string;
  readonly url: string | null;
  /** 1-based line number in the policy file. */
  readonly line: number;
}

export interface PolicyWitness {
  /** The name the policy gives it (used only inside the policy). */
  readonly name: string;
  readonly key: CosignerKey;
  readonly vkey: string;
  /** Its submission prefix (c2sp.org/tlog-witness), when given. */
  readonly url: string | null;
  readonly line: number;
}

export interface PolicyGroup {
  readonly name: string;
  /** How many members must have witnessed (1 for `any`, all of them for `all`). */
  readonly threshold: number;
  /** The threshold as written. */
  readonly rule: 'all' | 'any' | number;
  readonly members: readonly string[];
  readonly line: number;
}

export interface Policy {
  readonly logs: readonly PolicyLog[];
  readonly witnesses: readonly PolicyWitness[];
  readonly groups: readonly PolicyGroup[];
  /** A witness or group name, or `none` (no cosignature needed). */
  readonly quorum: string;
  readonly quorumLine: number;
}

/** A malformed policy, with the 1-based line (0: the file as a whole). */
export class PolicyError extends Error {
  readonly line: number;
  readonly file: string | null;
  readonly detail: string;
  constructor(detail: string, line: number, file: string | null) {
    super(`${file ?? 'policy'}${line > 0 ? `:${line}` : ''}: ${detail}`);
    this.name = 'PolicyError';
    this.detail = detail;
    this.line = line;
    this.file = file;
  }
}

/** Generous bounds on a policy's size (the specification asks for at least 32 of each). */
export const POLICY_LIMITS = { logs: 256, witnesses: 256, groups: 256, members: 256 } as const;

const NONE = 'none';

function checkUrl(text: string | undefined, fail: (m: string) => never): string | null {
  if (text === undefined) return null;
  try {
    new URL(text);
  } catch {
    fail(`${text} is not a URL`);
  }
  return text;
}

/**
 * Parses a policy file. Throws {@link PolicyError} naming the line and what is wrong with it.
 * `file` names the file in messages.
 */
export async function parsePolicy(
  text: string,
  sha: AsyncSha256,
  file: string | null = null,
): Promise<Policy> {
  const logs: PolicyLog[] = [];
  const witnesses: PolicyWitness[] = [];
  const groups: PolicyGroup[] = [];
  /** Every witness and group name (one namespace), and whether it is already a member somewhere. */
  const defined = new Map<string, { kind: 'witness' | 'group'; line: number }>();
  const logKeys = new Map<string, number>();
  const witnessKeys = new Map<string, number>();
  let quorum: { name: string; line: number } | null = null;

  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const n = i + 1;
    const raw = lines[i] as string;
    const fail: (detail: string) => never = (detail) => {
      throw new PolicyError(detail, n, file);
    };
    // Only tab and newline among the control characters (c2sp.org/tlog-policy, "Character set").
    const bad = [...raw].find((ch) => (ch < ' ' && ch !== '\t') || ch === '\u007f');
    if (bad !== undefined) {
      fail(
        bad === '\r'
          ? 'a carriage return (write the file with LF line endings)'
          : `control character U+${bad.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} (only tab and newline are allowed)`,
      );
    }
    const items = raw.split(/[ \t]+/).filter((s) => s !== '');
    const [keyword, ...args] = items;
    if (keyword === undefined || keyword.startsWith('#')) continue;

    const nameFree = (name: string, what: string): void => {
      if (name === NONE) fail(`${what} cannot be named "none" (reserved for "quorum none")`);
      const before = defined.get(name);
      if (before) fail(`${name} is already defined, as a ${before.kind}, on line ${before.line}`);
    };

    switch (keyword) {
      case 'log': {
        if (args.length < 1 || args.length > 2) fail('expected: log <vkey> [<url>]');
        const vkey = args[0] as string;
        const key = await parseVerifierKey(sha, vkey, ED25519_TYPE);
        if (key === null) {
          fail(
            `${vkey} is not an Ed25519 log verifier key (<origin>+<hex key id>+<base64 of 0x01 and the 32-byte key>, with the id its name and key give)`,
          );
        }
        const hex = toHex(key.publicKey);
        const dup = logKeys.get(hex) ?? witnessKeys.get(hex);
        if (dup !== undefined) fail(`the key of this log is already listed on line ${dup}`);
        logKeys.set(hex, n);
        if (logs.length >= POLICY_LIMITS.logs) fail(`more than ${POLICY_LIMITS.logs} logs`);
        logs.push({ key, vkey, url: checkUrl(args[1], fail), line: n });
        break;
      }
      case 'witness': {
        if (args.length < 2 || args.length > 3) fail('expected: witness <name> <vkey> [<url>]');
        const [name, vkey] = args as [string, string];
        nameFree(name, 'a witness');
        const key = await parseVerifierKey(sha, vkey, COSIGNATURE_V1);
        if (key === null) {
          fail(
            `${vkey} is not an Ed25519 cosigner verifier key (<name>+<hex key id>+<base64 of 0x04 and the 32-byte key>, with the id its name and key give; c2sp.org/tlog-cosignature)`,
          );
        }
        const hex = toHex(key.publicKey);
        const dup = witnessKeys.get(hex) ?? logKeys.get(hex);
        if (dup !== undefined) fail(`the key of witness ${name} is already listed on line ${dup}`);
        witnessKeys.set(hex, n);
        if (witnesses.length >= POLICY_LIMITS.witnesses)
          fail(`more than ${POLICY_LIMITS.witnesses} witnesses`);
        witnesses.push({ name, key, vkey, url: checkUrl(args[2], fail), line: n });
        defined.set(name, { kind: 'witness', line: n });
        break;
      }
      case 'group': {
        if (args.length < 3) fail('expected: group <name> <k|all|any> <member>...');
        const [name, rule, ...members] = args as [string, string, ...string[]];
        nameFree(name, 'a group');
        const seen = new Set<string>();
        for (const m of members) {
          if (m === NONE) fail('"none" cannot be a group member');
          if (!defined.has(m)) fail(`${m} is not a witness or group defined on a line above`);
          if (seen.has(m)) fail(`${m} is listed twice in group ${name}`);
          seen.add(m);
        }
        if (members.length > POLICY_LIMITS.members) fail(`more than ${POLICY_LIMITS.members} members`);
        let threshold: number;
        let parsed: PolicyGroup['rule'];
        if (rule === 'all' || rule === 'any') {
          parsed = rule;
          threshold = rule === 'all' ? members.length : 1;
        } else if (/^[1-9][0-9]{0,5}$/.test(rule) && Number(rule) <= members.length) {
          parsed = Number(rule);
          threshold = parsed;
        } else {
          fail(
            `group ${name}: the threshold ${rule} must be all, any or a whole number from 1 to its ${members.length} members`,
          );
        }
        if (groups.length >= POLICY_LIMITS.groups) fail(`more than ${POLICY_LIMITS.groups} groups`);
        groups.push({ name, threshold, rule: parsed, members, line: n });
        defined.set(name, { kind: 'group', line: n });
        break;
      }
      case 'quorum': {
        if (args.length !== 1) fail('expected: quorum <name|none>');
        if (quorum !== null) fail(`a second quorum line (the first is line ${quorum.line})`);
        const name = args[0] as string;
        if (name !== NONE && !defined.has(name))
          fail(`${name} is not a witness or group defined on a line above`);
        quorum = { name, line: n };
        break;
      }
      default:
        fail(`unknown line "${keyword}" (expected log, witness, group, quorum, or a # comment)`);
    }
  }
  if (quorum === null)
    throw new PolicyError('no quorum line (write "quorum none" to need no witness)', 0, file);
  return { logs, witnesses, groups, quorum: quorum.name, quorumLine: quorum.line };
}

/**
 * Whether witnesses whose cosignatures verified (by their policy names) meet the policy's quorum:
 * a witness counts when it is in the set, a group when at least its threshold of members count.
 */
export function quorumMet(policy: Policy, cosigned: Iterable<string>): boolean {
  if (policy.quorum === NONE) return true;
  const witnessed = new Set(cosigned);
  const groups = new Map(policy.groups.map((g) => [g.name, g]));
  const memo = new Map<string, boolean>();
  const holds = (name: string): boolean => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const g = groups.get(name);
    // Groups name only earlier definitions, so this recursion ends.
    const v = g === undefined ? witnessed.has(name) : g.members.filter(holds).length >= g.threshold;
    memo.set(name, v);
    return v;
  };
  return holds(policy.quorum);
}

/** A witness's verified cosignature: its policy name and the time it states (POSIX seconds). */
export interface Cosigned {
  readonly witness: string;
  readonly timestamp: number;
}

/**
 * The earliest time at which the cosignatures met the quorum: the timestamp of the cosignature
 * that completed it, taking them in time order; null when they never meet it, or when the quorum
 * is `none` (no cosignature is needed, so no cosignature gives a time).
 */
export function quorumTime(policy: Policy, cosigned: readonly Cosigned[]): number | null {
  if (policy.quorum === NONE) return null;
  const sorted = [...cosigned].sort((a, b) => a.timestamp - b.timestamp);
  const so: string[] = [];
  for (const c of sorted) {
    so.push(c.witness);
    if (quorumMet(policy, so)) return c.timestamp;
  }
  return null;
}

export interface CosignedCheckpointCheck {
  /** Signed by a trusted log, and cosigned by a quorum. */
  readonly ok: boolean;
  /** The checkpoint's note text (as signed) and fields, when the note could be read. */
  readonly text: string | null;
  readonly checkpoint: Checkpoint | null;
  /** Whether a trusted key of the log named by the origin signed it (which key, or why not). */
  readonly log:
    { readonly ok: true; readonly vkey: string } | { readonly ok: false; readonly reason: string };
  /** The witnesses whose cosignature verified, in time order (each once, with its earliest time). */
  readonly cosigners: readonly Cosigned[];
  /** Cosignatures by policy witnesses that do not verify (or are refused), with why. */
  readonly invalid: readonly { readonly witness: string; readonly reason: string }[];
  readonly quorum: boolean;
  /** See {@link quorumTime}. */
  readonly quorumTime: number | null;
}

export interface CheckCrypto {
  readonly sha256: AsyncSha256;
  readonly ed25519Verify: VerifyFn;
}

export interface CheckOptions {
  /** Log keys trusted besides the policy's (for a policy that lists none, as the spec allows). */
  readonly logs?: readonly NoteKey[];
  /** Now, in POSIX seconds: cosignatures dated more than `maxFutureSeconds` later are refused. */
  readonly now?: number;
  /** Default 300. */
  readonly maxFutureSeconds?: number;
}

/**
 * Applies a policy to a checkpoint note carrying the log's signature and witnesses' cosignature
 * lines: the log's signature with a trusted key named after the origin, each policy witness's
 * cosignature, the quorum, and the time it was met. Signature lines by unknown keys are ignored.
 */
export async function checkCosignedCheckpoint(
  note: string,
  policy: Policy,
  crypto: CheckCrypto,
  options: CheckOptions = {},
): Promise<CosignedCheckpointCheck> {
  const fail = (reason: string): CosignedCheckpointCheck => ({
    ok: false,
    text: null,
    checkpoint: null,
    log: { ok: false, reason },
    cosigners: [],
    invalid: [],
    quorum: false,
    quorumTime: null,
  });
  const split = splitNote(note);
  if (!split.ok) return fail(split.reason);
  const checkpoint = parseCheckpoint(split.text);
  if (checkpoint === null) return fail('the note is not a checkpoint (origin, size and root hash lines)');
  const text = split.text;

  const logKeys = [...policy.logs.map((l) => l.key), ...(options.logs ?? [])].filter(
    (k) => k.name === checkpoint.origin,
  );
  let log: CosignedCheckpointCheck['log'] = {
    ok: false,
    reason:
      logKeys.length === 0
        ? `the policy trusts no log with origin ${checkpoint.origin}`
        : `no trusted key of ${checkpoint.origin} signed it`,
  };
  for (const key of logKeys) {
    const opened = await openNote(note, key, crypto.ed25519Verify);
    if (opened.ok) {
      log = { ok: true, vkey: `${key.name}+${toHex(key.id)}` };
      break;
    }
    if (split.signatures.some((s) => isBy(s, key))) log = { ok: false, reason: opened.reason };
  }

  const earliest = new Map<string, number>();
  const invalid: { witness: string; reason: string }[] = [];
  const latestAllowed =
    options.now === undefined ? Infinity : options.now + (options.maxFutureSeconds ?? 300);
  for (const w of policy.witnesses) {
    for (const sig of split.signatures) {
      if (!isBy(sig, w.key)) continue;
      const c = await verifyCosignature(text, sig, w.key, crypto.ed25519Verify);
      if (!c.ok) invalid.push({ witness: w.name, reason: c.reason });
      else if (c.timestamp > latestAllowed)
        invalid.push({ witness: w.name, reason: `the cosignature of ${w.name} is dated in the future` });
      else earliest.set(w.name, Math.min(earliest.get(w.name) ?? Infinity, c.timestamp));
    }
  }
  const cosigners = [...earliest]
    .map(([witness, timestamp]) => ({ witness, timestamp }))
    .sort((a, b) => a.timestamp - b.timestamp || (a.witness < b.witness ? -1 : 1));
  const quorum = quorumMet(
    policy,
    cosigners.map((c) => c.witness),
  );
  return {
    ok: log.ok && quorum,
    text,
    checkpoint,
    log,
    cosigners,
    invalid,
    quorum,
    quorumTime: quorum ? quorumTime(policy, cosigners) : null,
  };
}
