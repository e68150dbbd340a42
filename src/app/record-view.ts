/**
 * @module The record as its readers see it: the log's entries, its proofs, the Parties' keys and
 * seqs, the treaty's outcome on any day, and the entries as they are appended. Two kinds of server
 * hold a record: the depositary, which takes filings and signs checkpoints (./depositary.ts), and a
 * mirror, which copies a depositary's log and checks every entry of it (src/mirror/mirror.ts). Both
 * serve the same read API from this class; what differs is where their checkpoints come from.
 */
import type { Outcome } from '../engine/outcome.ts';
import { outcomeOf } from '../engine/outcome.ts';
import { run } from '../engine/run.ts';
import type { Hash } from '../log/merkle.ts';
import type { LogMode } from '../log/mode.ts';
import { modeOfOrigin } from '../log/mode.ts';
import { listKey } from '../log/record.ts';
import { RULES } from '../log/rules.ts';
import type { EventLog } from '../store/event-log.ts';
import type { TreatyId } from '../treaty/common.ts';
import type { IsoDate } from '../treaty/dates.ts';
import type { ParameterSeries, ParameterValues } from '../treaty/parameters/index.ts';
import { versionValues } from '../treaty/parameters/index.ts';
import { malformed } from './errors.ts';
import type { Ledger, LedgerSettings } from './ledger.ts';
import { rootOf } from './ledger.ts';
import type { SignedTree, TreeProofs } from './tree.ts';
import { checkSize } from './tree.ts';
import type { Appended } from './writer.ts';

/** A key as the record lists it. */
export type RecordKey = ReturnType<typeof listKey>;

/** Days of the past kept computed (the outcome on an earlier day replays the acts up to it). */
const PAST_DAYS = 64;

export abstract class RecordView {
  protected readonly log: EventLog;
  protected readonly settings: LedgerSettings;
  protected readonly proofs: TreeProofs;
  /** What is committed, replayed; replaced whole when it is rebuilt. */
  protected ledger!: Ledger;
  readonly #listeners = new Set<(a: Appended) => void>();
  readonly #past = new Map<string, Outcome>();

  protected constructor(log: EventLog, settings: LedgerSettings, proofs: TreeProofs) {
    this.log = log;
    this.settings = settings;
    this.proofs = proofs;
  }

  /** Resolves once no entries are being applied: reads of the record never see half a batch. */
  protected abstract settled(): Promise<void>;
  /** The first line of the checkpoints. */
  abstract get origin(): string;
  /** The note verifier key of the log's checkpoints. */
  abstract get verifierKey(): string;
  /** The checkpoint this server serves: a signed note of the log, with whatever cosignatures it has. */
  abstract checkpoint(): Promise<string>;
  /** An entry's inclusion proof as c2sp.org/tlog-proof@v1 text, against `checkpoint` or the latest. */
  abstract tlogProof(index: number, checkpoint?: SignedTree): Promise<string>;

  /** What the log is for its whole life, as its signed origin says (src/log/mode.ts). */
  get mode(): LogMode {
    return modeOfOrigin(this.origin);
  }
  get treaty(): TreatyId {
    return this.settings.treaty;
  }
  /**
   * The parameters the log is decided under: the text's values with the log's overrides, each as
   * the version of its text gives it (an act is decided by the value of its own day).
   */
  get parameters(): ParameterValues {
    return versionValues(this.settings.parameters);
  }
  /** The log's overrides of the text's parameters: with the treaty, what replaying the log takes. */
  get overrides(): Readonly<Record<string, unknown>> {
    return this.settings.overrides;
  }
  /** The parameters by date, as the engine reads them. */
  get parameterSeries(): ParameterSeries {
    return this.settings.parameters;
  }
  /** The entries committed. */
  get size(): number {
    return this.ledger.size;
  }
  /** The rules this build decides entries under. */
  get rules(): string {
    return RULES;
  }
  /** The seq a Party's next filing must carry. */
  nextSeq(party: string): number {
    return (this.ledger.lastSeq.get(party) ?? 0) + 1;
  }

  /** The Parties' keys, as the log lodged and revoked them. */
  async keys(party?: string): Promise<RecordKey[]> {
    await this.settled();
    return this.ledger.record.keys.list(party).map(listKey);
  }

  /**
   * The treaty's outcome for the whole log, as of a day (default: the day of the last entry). It
   * waits for entries being applied, so it never shows entries that are not committed.
   */
  async outcome(asOf?: IsoDate): Promise<Outcome> {
    await this.settled();
    const ledger = this.ledger;
    const state = ledger.record.state;
    if (state === null) throw new Error('a record always knows its treaty');
    const last = (ledger.lastReceived.slice(0, 10) || null) as IsoDate | null;
    const day = asOf ?? last ?? (new Date().toISOString().slice(0, 10) as IsoDate);
    if (last === null || day >= last) return outcomeOf(state, 'depositary', day, ledger.rejected);
    // An earlier day: run the acts filed up to then again (the state in memory is today's), once
    // per day and log size.
    const key = `${day}@${ledger.size}`;
    const cached = this.#past.get(key);
    if (cached) return cached;
    const acts = ledger.acts.filter((a) => a.act.on <= day).map((a) => a.act);
    const result = run(
      { name: 'depositary', treaty: this.treaty, parameters: this.parameterSeries, acts },
      { asOf: day },
    );
    const outcome = { ...result.outcome, rejected: ledger.rejected.filter((r) => r.on <= day) };
    if (this.#past.size >= PAST_DAYS) this.#past.delete(this.#past.keys().next().value as string);
    this.#past.set(key, outcome);
    return outcome;
  }

  /** Leaf texts of entries [start, end) (at most 1000 at a time). */
  async entries(start: number, end: number): Promise<string[]> {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start)) {
      throw malformed('start and end must be whole numbers with 0 <= start <= end');
    }
    return this.log.entries(start, Math.min(end, start + 1000, this.ledger.size));
  }

  /** The root hash of the log at a size (no larger than the current size). */
  async rootAt(size: number): Promise<Hash> {
    checkSize(size, this.ledger.size);
    if (size === this.ledger.size) return rootOf(this.ledger.frontier);
    const [root] = await this.proofs.hashes([[0, size]]);
    return root as Hash;
  }

  inclusionProof(index: number, size: number): Promise<Hash[]> {
    return this.proofs.inclusionProof(index, size, this.ledger.size);
  }

  consistencyProof(from: number, to: number): Promise<Hash[]> {
    return this.proofs.consistencyProof(from, to, this.ledger.size);
  }

  /** Calls `listener` for every entry appended from now on; returns the way to stop. */
  subscribe(listener: (a: Appended) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Tells the listeners of entries now durable; one that fails is removed, the others still hear. */
  protected publish(entries: readonly Appended[]): void {
    for (const entry of entries) {
      for (const listener of this.#listeners) {
        try {
          listener(entry);
        } catch (e) {
          this.#listeners.delete(listener);
          console.error(
            `est: a log listener failed and was removed: ${e instanceof Error ? e.message : String(e)}`,
          );
        }
      }
    }
  }
}
