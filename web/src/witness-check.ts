/**
 * @module The witnesses of the log, checked in the browser: the depositary's witness policy
 * (c2sp.org/tlog-policy), applied here to the checkpoint it serves with `checkCosignedCheckpoint` of
 * src/log/policy.ts: each witness's cosignature (c2sp.org/tlog-cosignature, Ed25519 with
 * WebCrypto), the quorum, and the time it was met. The log's own signature is checked with the
 * verifier key this page trusts (the one this device trusts, else the one the depositary serves),
 * not with the policy's `log` lines, which come from the same server.
 *
 * Pure but for the default crypto (./crypto.ts, WebCrypto; Node's under the unit tests): the caller
 * gives the policy text, the checkpoint note, whether the server offered it as quorum-cosigned, and
 * the trusted key. Reasons in {@link WitnessProblem} are codes and English details (as the pure
 * code writes them); the view words them in both languages.
 */
import type { Checkpoint } from '../../src/log/note.ts';
import { parseVerifierKey } from '../../src/log/note.ts';
import type { CheckCrypto, Policy, PolicyGroup } from '../../src/log/policy.ts';
import { PolicyError, checkCosignedCheckpoint, parsePolicy } from '../../src/log/policy.ts';
import { toBase64 } from '../../src/log/bytes.ts';
import { ed25519Verify, sha256 } from './crypto.ts';

/**
 * Each witness's label: the text of the `#` comment line just above its `witness` line (no blank
 * line between), as the demo policy and the README's examples write them ("# a NATO member").
 * Witnesses without one are not in the map (the view shows their name).
 */
export function witnessLabels(policyText: string): Map<string, string> {
  const labels = new Map<string, string>();
  let comment: string | null = null;
  for (const raw of policyText.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#')) {
      const text = line.replace(/^#+/, '').trim();
      comment = text === '' ? null : text;
      continue;
    }
    const fields = line.split(/[ \t]+/);
    if (fields[0] === 'witness' && fields[1] !== undefined && comment !== null && !labels.has(fields[1]))
      labels.set(fields[1], comment);
    comment = null;
  }
  return labels;
}

/** One witness of the policy, as this check found it. */
export interface WitnessRow {
  /** Its name in the policy. */
  readonly name: string;
  /** The policy's comment line before it, or null (show the name). */
  readonly label: string | null;
  /** Its cosigner key `<name>+<hex id>` and the verifier key as the policy gives it. */
  readonly keyName: string;
  readonly vkey: string;
  readonly url: string | null;
  /** cosigned: its cosignature verified here; invalid: a cosignature line by its key does not; absent: none. */
  readonly status: 'cosigned' | 'invalid' | 'absent';
  /** POSIX seconds of its verified cosignature. */
  readonly timestamp: number | null;
  /** Why its cosignature does not verify (English). */
  readonly reason: string | null;
}

/** Why the checkpoint is not one a quorum of the policy's witnesses vouches for. */
export type WitnessProblem =
  /** The depositary has no quorum-cosigned checkpoint yet (its /checkpoint answered 503). */
  | { readonly code: 'not-cosigned' }
  /** The trusted verifier key cannot be read. */
  | { readonly code: 'verifier-key' }
  /** The log's signature does not verify with the trusted key (English detail). */
  | { readonly code: 'log-signature'; readonly detail: string }
  /** A witness's cosignature line does not verify. */
  | { readonly code: 'cosignature'; readonly witness: string; readonly detail: string }
  /** The cosignatures that verify do not meet the quorum. */
  | { readonly code: 'no-quorum'; readonly quorum: string; readonly cosigned: number };

export type WitnessCheck =
  /** The depositary runs without witnesses. */
  | { readonly kind: 'no-policy' }
  /** The policy it serves cannot be read (the parser's message: file:line: detail). */
  | { readonly kind: 'bad-policy'; readonly reason: string }
  | {
      readonly kind: 'checked';
      readonly policy: Policy;
      readonly witnesses: readonly WitnessRow[];
      readonly groups: readonly PolicyGroup[];
      /** The quorum's name, or 'none'. */
      readonly quorum: string;
      /** Whether the server gave this checkpoint as its quorum-cosigned one. */
      readonly served: 'cosigned' | 'latest';
      /** The checkpoint, once it could be read. */
      readonly checkpoint: { readonly origin: string; readonly size: number; readonly root: string } | null;
      /** The log's signature verified with the trusted key. */
      readonly logOk: boolean;
      /** Whether the policy's `log` lines list the trusted key (a policy for another log, if not). */
      readonly policyListsKey: boolean;
      readonly quorumMet: boolean;
      /** POSIX seconds at which the verified cosignatures met the quorum. */
      readonly quorumTime: number | null;
      /** Signed by the trusted key and cosigned by a quorum, as served. */
      readonly ok: boolean;
      readonly problems: readonly WitnessProblem[];
    };

export interface WitnessCheckInput {
  /** The policy file text, or null when the depositary has no witnesses. */
  readonly policy: string | null;
  /** The checkpoint note (the log's signature and any cosignature lines). */
  readonly note: string;
  /** Whether the server offered it as its quorum-cosigned checkpoint (false after a 503). */
  readonly cosigned: boolean;
  /** The verifier key the log's signature is checked with. */
  readonly verifierKey: string;
  /** Now, POSIX seconds: cosignatures dated more than 5 minutes later are refused. */
  readonly now?: number;
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Applies the served policy to the served checkpoint. */
export async function checkWitnesses(
  input: WitnessCheckInput,
  crypto: CheckCrypto = { sha256, ed25519Verify },
): Promise<WitnessCheck> {
  if (input.policy === null) return { kind: 'no-policy' };
  let policy: Policy;
  try {
    policy = await parsePolicy(input.policy, crypto.sha256, 'the policy');
  } catch (e) {
    if (e instanceof PolicyError) return { kind: 'bad-policy', reason: e.message };
    throw e;
  }
  const labels = witnessLabels(input.policy);
  const key = await parseVerifierKey(crypto.sha256, input.verifierKey.trim());
  const problems: WitnessProblem[] = [];
  if (!input.cosigned && policy.quorum !== 'none') problems.push({ code: 'not-cosigned' });
  if (key === null) problems.push({ code: 'verifier-key' });
  // The log's signature rests on the trusted key alone: the policy's log lines are the server's word.
  const check = await checkCosignedCheckpoint(
    input.note,
    { ...policy, logs: [] },
    crypto,
    key === null
      ? { ...(input.now === undefined ? {} : { now: input.now }) }
      : {
          logs: [key],
          ...(input.now === undefined ? {} : { now: input.now }),
        },
  );
  if (key !== null && !check.log.ok) problems.push({ code: 'log-signature', detail: check.log.reason });
  for (const i of check.invalid) problems.push({ code: 'cosignature', witness: i.witness, detail: i.reason });
  if (!check.quorum)
    problems.push({ code: 'no-quorum', quorum: policy.quorum, cosigned: check.cosigners.length });
  const cp: Checkpoint | null = check.checkpoint;
  const witnesses = policy.witnesses.map((w): WitnessRow => {
    const cosigned = check.cosigners.find((c) => c.witness === w.name);
    const invalid = check.invalid.find((i) => i.witness === w.name);
    return {
      name: w.name,
      label: labels.get(w.name) ?? null,
      keyName: `${w.key.name}+${hex(w.key.id)}`,
      vkey: w.vkey,
      url: w.url,
      status: cosigned !== undefined ? 'cosigned' : invalid !== undefined ? 'invalid' : 'absent',
      timestamp: cosigned?.timestamp ?? null,
      reason: cosigned === undefined ? (invalid?.reason ?? null) : null,
    };
  });
  const policyListsKey =
    key !== null &&
    policy.logs.some((l) => l.key.name === key.name && hex(l.key.publicKey) === hex(key.publicKey));
  return {
    kind: 'checked',
    policy,
    witnesses,
    groups: policy.groups,
    quorum: policy.quorum,
    served: input.cosigned ? 'cosigned' : 'latest',
    checkpoint: cp === null ? null : { origin: cp.origin, size: cp.size, root: toBase64(cp.root) },
    logOk: check.log.ok,
    policyListsKey,
    quorumMet: check.quorum,
    quorumTime: check.quorumTime,
    ok: problems.length === 0,
    problems,
  };
}
