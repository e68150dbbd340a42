/**
 * @module Proof of inaction: that no entry among the first N of the log convenes a procedure, as of
 * a checkpoint of size N that witnesses cosigned (c2sp.org/tlog-cosignature, c2sp.org/tlog-policy).
 *
 * The drafts make the Depositary act at once: it convenes the Conference once the proposal has its
 * support (EST 6(2), within a blank number of days) and the Extraordinary Conference immediately on
 * a notification (EST 8(1)). In this engine neither is a separate act of the Depositary: the entry
 * that logs the support completing a Conference's backing convenes it (`ConferenceConvened`), and the
 * entry that logs the notification convenes the Extraordinary Conference
 * (`ExtraordinaryConferenceConvened`); a regime's council is seized by the request's own entry
 * (`CouncilSeized`). So what the Depositary can fail to do, in this record, is to log the filing
 * that convenes: its inaction shows as that filing's absence. The statement says so, and says what
 * the record holds of the procedure (requested by whom, when, the supports, the close).
 *
 * A statement holds only if the checkpoint verifies (the log's key, the policy's quorum) and the
 * first N entries verify as `est verify` checks them (./verify.ts: canonical entries, signatures,
 * keys, seqs, the engine's outcomes) and make the checkpoint's root. Then the record is the one the
 * witnesses cosigned: the depositary cannot show another Party another history of the same size.
 *
 * Pure (no node:*): SHA-256 and Ed25519 are passed in, so the browser makes the same statement.
 */
import type { Event } from '../engine/events.ts';
import type { Procedure, ProcedureKind, State } from '../engine/state.ts';
import { paramOn } from '../engine/state.ts';
import type { TreatyId } from '../treaty/common.ts';
import { TREATY_IDS } from '../treaty/common.ts';
import type { IsoDate } from '../treaty/dates.ts';
import { overridesOf, parameterSeries } from '../treaty/parameters/index.ts';
import { toBase64 } from './bytes.ts';
import type { Entry } from './entry.ts';
import type { Sha256 } from './merkle.ts';
import type { NoteKey } from './note.ts';
import { parseCheckpoint, parseVerifierKey, splitNote } from './note.ts';
import type { Policy } from './policy.ts';
import { checkCosignedCheckpoint } from './policy.ts';
import type { ListedKey } from './record.ts';
import { FilingRecord } from './record.ts';
import type { VerifyProblem } from './verify.ts';
import { LogVerifier } from './verify.ts';

/** An entry of the log, as the statement names it. */
export interface EntryRef {
  readonly index: number;
  readonly receivedAt: string;
  /** The filer (a Party, DEPOSITARY, UNSC). */
  readonly filer: string;
  /** The act's name (`notify-attack`, `support`, `close`). */
  readonly act: string;
  /** The day of the act (the UTC date of receipt). */
  readonly on: IsoDate;
}

/** What the first N entries hold of one procedure. */
export interface ProcedureTrace {
  readonly id: string;
  /** The entry that opened it (a request, a proposal, a notification), or null when none did. */
  readonly opened: (EntryRef & { readonly by: string }) | null;
  /** The entry whose events convene it (or seize the council), or null. */
  readonly convened: (EntryRef & { readonly event: Event['type'] }) | null;
  /** A Conference's supports, in order (the proposer's own counts too, when it is logged). */
  readonly supports: readonly (EntryRef & { readonly by: string })[];
  /** The Depositary's close, or null. */
  readonly closed: EntryRef | null;
}

const CONVENING: ReadonlySet<Event['type']> = new Set([
  'ConferenceConvened',
  'ExtraordinaryConferenceConvened',
  'CouncilSeized',
]);
const OPENING: ReadonlySet<Event['type']> = new Set([
  'ConferenceProposed',
  'ExtraordinaryConferenceConvened',
  'CouncilSeized',
  'ConsultationsRequested',
  'InformationRequested',
  'AccessionOpened',
]);

/** Follows one procedure through entries replayed by a {@link FilingRecord}. */
export class ProcedureWatch {
  readonly id: string;
  #opened: ProcedureTrace['opened'] = null;
  #convened: ProcedureTrace['convened'] = null;
  #closed: EntryRef | null = null;
  readonly #supports: (EntryRef & { by: string })[] = [];

  constructor(id: string) {
    this.id = id;
  }

  /** Looks at an entry's decided events (those of an accepted treaty act). */
  observe(index: number, entry: Entry, events: readonly Event[]): void {
    const ref = (on: IsoDate): EntryRef => ({
      index,
      receivedAt: entry.receivedAt,
      filer: entry.envelope.party,
      act: String(entry.envelope.act['act']),
      on,
    });
    for (const e of events) {
      if (!('procedure' in e) || e.procedure !== this.id) continue;
      const by = 'by' in e ? String(e.by) : entry.envelope.party;
      if (this.#opened === null && OPENING.has(e.type)) this.#opened = { ...ref(e.on), by };
      if (this.#convened === null && CONVENING.has(e.type)) this.#convened = { ...ref(e.on), event: e.type };
      if (e.type === 'ConferenceSupported') this.#supports.push({ ...ref(e.on), by });
      if (e.type === 'ProcedureClosed' && this.#closed === null) this.#closed = ref(e.on);
    }
  }

  get trace(): ProcedureTrace {
    return {
      id: this.id,
      opened: this.#opened,
      convened: this.#convened,
      supports: [...this.#supports],
      closed: this.#closed,
    };
  }
}

/** Replays entries (parsed, in log order from entry 0) and follows one procedure through them. */
export function traceProcedure(
  record: FilingRecord,
  entries: Iterable<Entry>,
  id: string,
): { trace: ProcedureTrace; state: State | null } {
  const watch = new ProcedureWatch(id);
  let index = 0;
  for (const entry of entries) {
    const replayed = record.replay(entry);
    const d = replayed.decision;
    if (d !== null && d.ok) watch.observe(index, entry, d.events);
    index += 1;
  }
  return { trace: watch.trace, state: record.state };
}

/** Where a key or a policy came from: given by the user (pinned), or as the server gives it. */
export type Source = 'given' | 'policy' | 'server';

/** The checkpoint the statement rests on, as verified. */
export interface CheckpointFacts {
  readonly origin: string;
  readonly size: number;
  /** Base64 root hash. */
  readonly root: string;
  /** The whole note: the log's signature and every cosignature line. */
  readonly note: string;
  /** The log's verifier key that signed it, and where it came from. */
  readonly logKey: string;
  readonly logKeySource: Source;
  /** The policy applied, and where it came from; null without one. */
  readonly policy: { readonly source: Exclude<Source, 'policy'>; readonly quorum: string } | null;
  /** The witnesses whose cosignatures verified, in time order (ISO times). */
  readonly witnesses: readonly { readonly name: string; readonly time: string }[];
  /** When the quorum was met (the cosignature that completed it); null without a quorum. */
  readonly quorumTime: string | null;
}

export type AbsenceStatus = 'absent' | 'present' | 'not-applicable' | 'unverified';

/** Exit status of `est prove-absence` for each finding. */
export const ABSENCE_EXIT: Readonly<Record<AbsenceStatus, number>> = {
  absent: 0,
  present: 1,
  'not-applicable': 2,
  unverified: 3,
};

export interface AbsenceStatement {
  readonly status: AbsenceStatus;
  readonly procedure: string;
  /** The procedure's kind in the record after N entries; null when no entry names it. */
  readonly kind: ProcedureKind | null;
  readonly trace: ProcedureTrace | null;
  /** What convenes it, under which provision, and what its absence means in this engine. */
  readonly convening: { readonly cites: string; readonly what: string; readonly meaning: string } | null;
  /** A Conference's backing (EST 6(2)): the Parties required, and those backing it (the proposer included). */
  readonly support: { readonly required: number | null; readonly logged: number } | null;
  /** The day by which the text requires the convening (or the meeting), as the engine computes it. */
  readonly deadline: IsoDate | null;
  /** The checkpoint, when it verified (or as far as it was read). */
  readonly checkpoint: CheckpointFacts | null;
  /** Why no statement can be made (status `unverified`): the checks that failed. */
  readonly problems: readonly string[];
  /** The statement in English, line by line. */
  readonly lines: readonly string[];
}

export interface AbsenceInput {
  /** The cosigned checkpoint note (`GET /api/v1/log/checkpoint`). */
  readonly note: string;
  readonly procedure: string;
  /** The leaf texts of entries 0, 1, ... (at least the checkpoint's size; the rest are ignored). */
  readonly leaves: readonly string[];
  /** The log's treaty and parameter overrides (`GET /api/v1/settings`). */
  readonly treaty: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  /** The keys listed outside the log, for format 1 entries (`GET /api/v1/keys`). */
  readonly keys: readonly ListedKey[];
  /** The log's verifier key to trust, and where it came from. */
  readonly logKey: { readonly vkey: string; readonly source: Source };
  /** The witness policy to apply, and where it came from; null for none. */
  readonly policy: { readonly policy: Policy; readonly source: Exclude<Source, 'policy'> } | null;
  /** Now, in POSIX seconds (cosignatures dated later than 5 minutes after are refused). */
  readonly now?: number;
  /** How to name the server in the command line printed (its URL). */
  readonly server?: string;
}

export interface AbsenceCrypto {
  readonly sha256: Sha256;
  readonly ed25519Verify: (
    publicKey: Uint8Array,
    message: Uint8Array,
    signature: Uint8Array,
  ) => boolean | Promise<boolean>;
}

const iso = (seconds: number): string => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

const KIND_NAMES: Readonly<Record<ProcedureKind, string>> = {
  conference: 'Conference of the Parties',
  'extraordinary-conference': 'Extraordinary Conference of the Parties',
  council: 'council meeting',
  consultations: 'consultations',
  'information-request': 'request for information',
  accession: 'accession',
};

/** What convenes a procedure of a kind (or of none known), and what its absence means here. */
function conveningOf(
  proc: Procedure | null,
  state: State | null,
  trace: ProcedureTrace,
): AbsenceStatement['convening'] {
  if (proc === null)
    return {
      cites: 'EST 6(2), EST 8(1)',
      what: 'the entry that logs the filing which opens and convenes it: for an Extraordinary Conference the notification of the attack (EST 8(1), "immediately"), for a Conference the support that completes its backing (EST 6(2))',
      meaning:
        'No entry names this procedure: none requested it, none convened it. In this engine the ' +
        "Depositary's convening is not an act of its own but the logging of the filing that calls for it, " +
        "so the Depositary's inaction shows as that filing's absence. A Party that filed under this id " +
        '(its signed envelope, and the receipt if the Depositary gave one) shows with this statement that ' +
        'the record the witnesses cosigned does not hold it.',
    };
  switch (proc.kind) {
    case 'extraordinary-conference':
      return {
        cites: 'EST 8(1)',
        what: 'the Depositary convenes it immediately on the notification; in this engine the entry that logs the notification convenes it (ExtraordinaryConferenceConvened)',
        meaning:
          'The convening and the notification are one entry: had the Depositary not logged the ' +
          'notification, this procedure would not be in the record at all. What is left to the ' +
          'Depositary is the close, for which the text sets no time.',
      };
    case 'conference': {
      const required = state === null ? null : paramOn(state, 'conference.supportRequired', proc.opened);
      return {
        cites: 'EST 6(2)',
        what: `the Depositary convenes it once the proposal is supported by ${required ?? 'the required number of'} Parties; in this engine the entry that logs the support completing that backing convenes it (ConferenceConvened)`,
        meaning:
          trace.convened === null
            ? `The record holds the backing of ${proc.supporters.size} Party(ies) of the ${required ?? '(unset)'} required, so by the record the convening is not yet due. ` +
              "If a Party filed its support and it is not among these entries, that absence is the Depositary's: " +
              'its signed envelope (and its receipt, if it has one) against this statement shows it.'
            : 'The Depositary convenes it within conference.conveningDays of the backing being complete (by the day above).',
      };
    }
    case 'council':
      return {
        cites: proc.body === 'nac' ? 'NAT 4/5' : proc.body === 'unsc' ? 'UN Charter' : 'OSCE',
        what: `the council (${proc.body}) is seized by the entry that logs the request; it meets by the deadline below`,
        meaning: 'The council is seized in the same entry as the request: no separate act convenes it.',
      };
    default:
      return null;
  }
}

/** Why no one convenes a procedure of this kind. */
const UNCONVENED: Readonly<Record<string, string>> = {
  consultations:
    'the Parties concerned hold consultations themselves (EST 5(1)); the Depositary convenes none',
  'information-request':
    'a request for information is answered by the Party asked (EST 3); nothing is convened',
  accession: 'an accession runs by itself to its entry into force (EST 12); nothing is convened',
};

function refText(r: EntryRef): string {
  return `entry ${r.index} (${r.act} by ${r.filer}, received ${r.receivedAt})`;
}

/**
 * Verifies the checkpoint and the first N entries, replays them, and states whether an entry among
 * them convenes the procedure.
 */
export async function proveAbsence(input: AbsenceInput, crypto: AbsenceCrypto): Promise<AbsenceStatement> {
  const problems: string[] = [];
  const fail = (checkpoint: CheckpointFacts | null): AbsenceStatement => ({
    status: 'unverified',
    procedure: input.procedure,
    kind: null,
    trace: null,
    convening: null,
    support: null,
    deadline: null,
    checkpoint,
    problems,
    lines: [
      `No statement on procedure ${input.procedure}: the checkpoint or the log does not verify.`,
      ...problems.map((p) => `  - ${p}`),
    ],
  });

  // The checkpoint: the log's signature with the trusted key, the policy's cosignatures and quorum.
  const split = splitNote(input.note);
  const cp = split.ok ? parseCheckpoint(split.text) : null;
  if (!split.ok || cp === null) {
    problems.push(
      `the checkpoint is not a signed note of origin, size and root: ${split.ok ? 'malformed' : split.reason}`,
    );
    return fail(null);
  }
  const key: NoteKey | null = await parseVerifierKey(crypto.sha256, input.logKey.vkey.trim());
  if (key === null) {
    problems.push(`not a log verifier key: ${input.logKey.vkey}`);
    return fail(null);
  }
  let witnesses: CheckpointFacts['witnesses'] = [];
  let quorumAt: string | null = null;
  if (input.policy !== null) {
    const check = await checkCosignedCheckpoint(
      input.note,
      input.policy.policy,
      { sha256: crypto.sha256, ed25519Verify: crypto.ed25519Verify },
      { logs: [key], ...(input.now === undefined ? {} : { now: input.now }) },
    );
    witnesses = check.cosigners.map((c) => ({ name: c.witness, time: iso(c.timestamp) }));
    quorumAt = check.quorumTime === null ? null : iso(check.quorumTime);
    if (!check.log.ok) problems.push(`the log's signature: ${check.log.reason}`);
    for (const bad of check.invalid) problems.push(`the cosignature of ${bad.witness}: ${bad.reason}`);
    if (!check.quorum)
      problems.push(
        `the policy's quorum (${input.policy.policy.quorum}) is not met: cosigned by ${witnesses.map((w) => w.name).join(', ') || 'no witness of the policy'}`,
      );
  }
  const facts: CheckpointFacts = {
    origin: cp.origin,
    size: cp.size,
    root: toBase64(cp.root),
    note: input.note,
    logKey: input.logKey.vkey.trim(),
    logKeySource: input.logKey.source,
    policy:
      input.policy === null ? null : { source: input.policy.source, quorum: input.policy.policy.quorum },
    witnesses,
    quorumTime: quorumAt,
  };
  if (!(TREATY_IDS as readonly string[]).includes(input.treaty)) {
    problems.push(`the log's treaty ${input.treaty} is unknown: its acts cannot be replayed`);
    return fail(facts);
  }
  if (input.leaves.length < cp.size) {
    problems.push(`the checkpoint signs ${cp.size} entries, but only ${input.leaves.length} were read`);
    return fail(facts);
  }

  // The first N entries, as `est verify` checks them, against the checkpoint (signature, size, root).
  const leaves = input.leaves.slice(0, cp.size);
  const verifier = await LogVerifier.create(
    {
      keys: input.keys,
      verifierKey: facts.logKey,
      treaty: input.treaty,
      parameters: input.parameters,
      maxProblems: 10,
    },
    crypto,
  );
  for (const leaf of leaves) await verifier.add(leaf);
  const result = await verifier.finish(input.note);
  const verified = result.problems.filter((p) => p.check !== 'rules');
  for (const p of verified) problems.push(problemLine(p));
  if (result.omitted > 0) problems.push(`and ${result.omitted} more problems`);
  if (problems.length > 0) return fail(facts);

  // The same entries replayed once more, following the procedure.
  const treaty = input.treaty as TreatyId;
  const record = new FilingRecord({
    engine: { treaty, parameters: parameterSeries(treaty, overridesOf(treaty, input.parameters)) },
    depositaryKey: key.publicKey,
    sha256: crypto.sha256,
    listedKeys: input.keys,
  });
  const { trace, state } = traceProcedure(
    record,
    leaves.map((l) => JSON.parse(l) as Entry),
    input.procedure,
  );
  return statementOf(input, facts, trace, state);
}

function problemLine(p: VerifyProblem): string {
  return `${p.index === null ? '' : `entry ${p.index}: `}${p.check}: ${p.detail}`;
}

/** The statement, once the checkpoint and the entries verified and the procedure was traced. */
export function statementOf(
  input: Pick<AbsenceInput, 'procedure' | 'server'>,
  facts: CheckpointFacts,
  trace: ProcedureTrace,
  state: State | null,
): AbsenceStatement {
  const proc = state?.procedures.get(input.procedure) ?? null;
  const convening = conveningOf(proc, state, trace);
  const status: AbsenceStatus =
    convening === null ? 'not-applicable' : trace.convened === null ? 'absent' : 'present';
  const deadline =
    proc === null
      ? null
      : proc.kind === 'extraordinary-conference'
        ? proc.opened
        : 'deadline' in proc
          ? proc.deadline
          : null;
  const support =
    proc?.kind === 'conference'
      ? {
          required: state === null ? null : paramOn(state, 'conference.supportRequired', proc.opened),
          logged: proc.supporters.size,
        }
      : null;

  const n = facts.size;
  const lines: string[] = [];
  const what = proc === null ? 'a procedure' : `the ${KIND_NAMES[proc.kind]}`;
  lines.push(`Proof of inaction: procedure ${input.procedure}`);
  lines.push('');
  if (proc === null || trace.opened === null)
    lines.push(`Procedure: no entry among the first ${n} names a procedure ${input.procedure}.`);
  else
    lines.push(
      `Procedure: ${input.procedure}, ${what}, requested by ${trace.opened.by} on ${trace.opened.on}, at ${refText(trace.opened)}.`,
    );
  if (support !== null)
    lines.push(
      `Backing: ${support.logged} Party(ies) of ${support.required ?? '(unset)'} required, the proposer included${trace.supports.length > 0 ? `; supports logged: ${trace.supports.map((s) => `${s.by} (entry ${s.index}, ${s.on})`).join(', ')}` : ''}.`,
    );
  if (convening !== null) {
    lines.push(`What convenes it (${convening.cites}): ${convening.what}.`);
    if (deadline !== null) lines.push(`Required by: ${deadline} (as the engine computes it from the text).`);
  }
  lines.push('');
  if (status === 'absent')
    lines.push(
      `Finding: ABSENT. None of entries 0 to ${n - 1} (the first ${n}) convenes procedure ${input.procedure}.`,
    );
  else if (status === 'present' && trace.convened !== null)
    lines.push(
      `Finding: NOT ABSENT. ${cap(refText(trace.convened))} convenes procedure ${input.procedure} on ${trace.convened.on}.`,
    );
  else
    lines.push(
      `Finding: NOT APPLICABLE. ${cap(UNCONVENED[proc?.kind ?? ''] ?? 'nothing convenes it')}: there is no convening act whose absence to prove.`,
    );
  if (convening !== null) lines.push(convening.meaning);
  if (proc !== null && convening !== null)
    lines.push(
      trace.closed === null
        ? `Close: the Depositary has not closed it among the first ${n} entries.`
        : `Close: the Depositary closed it at ${refText(trace.closed)}.`,
    );
  lines.push('');
  lines.push(`Checkpoint: ${facts.origin}, size ${n}, root ${facts.root}`);
  lines.push(
    `  signed by the log key ${facts.logKey} (${facts.logKeySource === 'given' ? 'given with --key' : facts.logKeySource === 'policy' ? "the policy's" : 'as the server gives it: not pinned'})`,
  );
  if (facts.policy === null)
    lines.push('  no witness policy was applied: the depositary alone vouches for it');
  else {
    lines.push(
      `  cosigned by ${facts.witnesses.map((w) => `${w.name} (${w.time})`).join(', ') || 'no witness'}`,
    );
    lines.push(
      `  quorum ${facts.policy.quorum} met at ${facts.quorumTime ?? '(no time: quorum none)'} (${facts.policy.source === 'given' ? 'policy given with --policy' : "the server's policy: not pinned, give --policy"})`,
    );
  }
  lines.push(
    `  entries 0 to ${n - 1} verified as est verify checks them (signatures, keys, seqs, the engine's outcomes) and make its root`,
  );
  lines.push('');
  lines.push('The checkpoint note:');
  for (const l of facts.note.replace(/\n$/, '').split('\n')) lines.push(`  ${l}`);
  lines.push('');
  lines.push(
    `Anyone can check it: est prove-absence --server ${input.server ?? 'URL'} --procedure ${input.procedure} --key ${facts.logKey}${facts.policy === null ? '' : ' --policy POLICY'}`,
  );
  return {
    status,
    procedure: input.procedure,
    kind: proc?.kind ?? null,
    trace,
    convening,
    support,
    deadline,
    checkpoint: facts,
    problems: [],
    lines,
  };
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
