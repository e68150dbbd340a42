/**
 * @module What the depositary keeps in memory, and how it is rebuilt from the log: the record
 * replayed (engine state, keys, seqs; src/log/record.ts), the tree's right edge, and the read
 * models (the acts accepted and the refusals, for the outcome on an earlier day).
 *
 * The rebuild is the depositary's check of its own store at every start and after a failed append:
 * each entry is replayed, and anything the record finds wrong stops it (a changed row, a key used
 * out of turn, an outcome the rules of that entry do not give). Entries that the current rules
 * decide otherwise than the rules they name are collected as rules changes for the caller to judge.
 */
import type { Act } from '../engine/acts.ts';
import type { RejectionOutcome } from '../engine/outcome.ts';
import { rejectionOf } from '../engine/outcome.ts';
import { toBase64 } from '../log/bytes.ts';
import type { Entry } from '../log/entry.ts';
import { leafHashOf } from '../log/entry.ts';
import type { Hash } from '../log/merkle.ts';
import { extendEdge, foldRange } from '../log/merkle.ts';
import { sha256 } from '../log/node-crypto.ts';
import type { Checkpoint } from '../log/note.ts';
import type { ListedKey, RulesChange } from '../log/record.ts';
import type { ReadAct } from '../log/filing-act.ts';
import { FilingRecord, describeOutcome } from '../log/record.ts';
import { signsWithDepositaryKey } from '../log/filing-act.ts';
import type { Decision } from '../engine/rule.ts';
import type { EventLog, StoredNode } from '../store/event-log.ts';
import { nodeKey } from '../store/event-log.ts';
import type { TreatyId } from '../treaty/common.ts';
import type { ParameterSeries } from '../treaty/parameters/index.ts';
import { LogIntegrityError } from './errors.ts';
import { storedNodes } from './tree.ts';

/**
 * The depositary's memory. `size`, `frontier` and `lastSeq` are what is committed; the record (with
 * `acts`, `rejected`, `lastReceived`) runs ahead during a batch, which is why reads of it wait for
 * the batch to settle, and why a failed batch makes a fresh ledger rather than undo this one.
 */
export interface Ledger {
  readonly record: FilingRecord;
  size: number;
  /** The tree's right edge: the complete subtrees that make up [0, size), largest first. */
  frontier: StoredNode[];
  /** Each filer's last committed seq. */
  readonly lastSeq: Map<string, number>;
  /** The index of each filer's last committed entry (a filing sent again is found by it). */
  readonly lastIndex: Map<string, number>;
  readonly acts: { index: number; act: Act }[];
  readonly rejected: RejectionOutcome[];
  lastReceived: string;
}

export interface LedgerSettings {
  readonly treaty: TreatyId;
  /** The parameters by date, overrides applied. */
  readonly parameters: ParameterSeries;
  /** The log's overrides of the text's parameters, as its settings give them (what a replay needs). */
  readonly overrides: Readonly<Record<string, unknown>>;
  /** The depositary's raw public key. */
  readonly depositaryKey: Uint8Array;
  /** Keys kept outside the log by the first depositary, for format 1 entries. */
  readonly listedKeys: readonly ListedKey[];
}

export const rootOf = (frontier: readonly StoredNode[]): Hash =>
  foldRange(
    sha256,
    frontier.map((n) => n.hash),
  );

export function emptyLedger(settings: LedgerSettings): Ledger {
  return {
    record: new FilingRecord({
      engine: { treaty: settings.treaty, parameters: settings.parameters },
      depositaryKey: settings.depositaryKey,
      sha256,
      listedKeys: settings.listedKeys,
    }),
    size: 0,
    frontier: [],
    lastSeq: new Map(),
    lastIndex: new Map(),
    acts: [],
    rejected: [],
    lastReceived: '',
  };
}

/** Keeps an applied treaty act in the read models: accepted acts, and refusals with their reasons. */
export function remember(
  ledger: Ledger,
  index: number,
  read: ReadAct | null,
  decision: Decision | null,
): void {
  if (read === null || !read.ok || read.kind !== 'treaty' || decision === null) return;
  if (decision.ok) ledger.acts.push({ index, act: read.act });
  else ledger.rejected.push(rejectionOf(index, read.act, decision.violations));
}

/** Thrown when the current rules decide logged entries otherwise and no entry has recorded it. */
export class RulesChangeError extends LogIntegrityError {
  readonly changes: readonly RulesChange[];
  constructor(changes: readonly RulesChange[]) {
    const first = changes[0] as RulesChange;
    super(
      `the rules of this build (${first.current}) decide ${changes.length} logged ${changes.length === 1 ? 'entry' : 'entries'} otherwise; the first is entry ${first.index}, decided under ${first.rules}: the log says ${describeOutcome(first.logged)}, the current rules ${describeOutcome(first.decided)}. Start with --accept-rules-change to record the change in the log and go on under the current rules`,
    );
    this.name = 'RulesChangeError';
    this.changes = changes;
  }
}

/** A rebuilt ledger, with the rules changes that no entry has recorded yet. */
export interface Rebuilt {
  readonly ledger: Ledger;
  readonly unrecorded: readonly RulesChange[];
}

/**
 * Builds the ledger from the log. The log must reproduce the stored tree and the last checkpoint the
 * depositary signed: a row changed behind its back, even with every hash rewritten, shows here.
 */
export async function rebuild(
  log: EventLog,
  settings: LedgerSettings,
  signed: Checkpoint | null,
): Promise<Rebuilt> {
  const ledger = emptyLedger(settings);
  const total = await log.size();
  if (signed !== null && signed.size > total) {
    throw new LogIntegrityError(
      `the depositary signed a checkpoint of ${signed.size} entries, but the log holds ${total}: entries were removed`,
    );
  }
  const checkSigned = (): void => {
    if (
      signed !== null &&
      ledger.size === signed.size &&
      toBase64(rootOf(ledger.frontier)) !== toBase64(signed.root)
    ) {
      throw new LogIntegrityError(
        `the first ${signed.size} entries no longer give the root the depositary signed for them: entries were changed; run est verify --data`,
      );
    }
  };
  checkSigned();
  // A format 1 entry's key is listed in the table the first depositary kept, until the log lodges
  // it (as the depositary does when it first continues such a log): from then on the log's own
  // entry counts, and a row since deleted or changed in the table changes nothing.
  const unlisted: { index: number; party: string; keyId: string; detail: string }[] = [];
  for (let start = 0; start < total; start += 1000) {
    for (const leaf of await log.entries(start, Math.min(total, start + 1000))) {
      const entry = JSON.parse(leaf) as Entry;
      const replayed = ledger.record.replay(entry);
      const [problem] = replayed.problems.filter((p) => {
        const { party, keyId } = entry.envelope;
        if (p.check !== 'key' || 'v' in entry || signsWithDepositaryKey(party)) return true;
        unlisted.push({ index: entry.index, party, keyId, detail: p.detail });
        return false;
      });
      if (problem !== undefined) {
        // The log is the record of what each filer was told: if it no longer holds together, the
        // operator must look before anything more is filed.
        throw new LogIntegrityError(`entry ${entry.index}: ${problem.detail}; run est verify --data`);
      }
      remember(ledger, entry.index, replayed.act, replayed.decision);
      extendEdge(sha256, ledger.frontier, entry.index, leafHashOf(sha256, leaf));
      ledger.lastSeq.set(entry.envelope.party, entry.envelope.seq);
      ledger.lastIndex.set(entry.envelope.party, entry.index);
      ledger.lastReceived = entry.receivedAt;
      ledger.size += 1;
      checkSigned();
    }
  }
  const missing = unlisted.find((u) => ledger.record.keys.get(u.party, u.keyId) === null);
  if (missing !== undefined)
    throw new LogIntegrityError(`entry ${missing.index}: ${missing.detail}; run est verify --data`);
  // A node of the right edge that is gone stops the start, named (MissingNodeError).
  const stored = await storedNodes(log, ledger.frontier);
  ledger.frontier.forEach((n, i) => {
    if (toBase64(n.hash) !== toBase64(stored[i] as Hash)) {
      throw new LogIntegrityError(
        `the stored tree does not match the log's entries at node ${nodeKey(n)}: run est verify --data`,
      );
    }
  });
  return { ledger, unrecorded: ledger.record.rulesChanges().filter((c) => c.recordedBy === null) };
}
