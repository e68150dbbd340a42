/**
 * @module The depositary: receives signed filings, decides them under the treaty, and appends each
 * one, accepted or refused, to the transparency log. Used by the server and the CLI alike.
 *
 * It puts together, each in its own module: intake (./intake.ts: a filing's shape, filer, key and
 * canonical form, then its signature on another thread), the writer and its group commit
 * (./writer.ts), the tree, its checkpoints and proofs (./tree.ts), the keys (./keys.ts: lodged,
 * rotated and revoked as entries of the log), and the ledger rebuilt from the log with its read
 * models (./ledger.ts). What an entry means is src/log/record.ts, shared with `est verify` and the
 * browser.
 */
import type { KeyObject } from 'node:crypto';
import type { Outcome } from '../engine/outcome.ts';
import { outcomeOf } from '../engine/outcome.ts';
import { run } from '../engine/run.ts';
import { toBase64 } from '../log/bytes.ts';
import { keyIdOf } from '../log/entry.ts';
import type { Hash } from '../log/merkle.ts';
import { privateKeyFromSeed, rawPublicKey, sha256 } from '../log/node-crypto.ts';
import type { Verifier } from '../log/node-verifier.ts';
import { sharedVerifier } from '../log/node-verifier.ts';
import type { NoteKey } from '../log/note.ts';
import { formatVerifierKey, noteKey } from '../log/note.ts';
import type { RecordAct, RulesChange } from '../log/record.ts';
import { DEPOSITARY, listKey } from '../log/record.ts';
import { RULES } from '../log/rules.ts';
import type { EventLog } from '../store/event-log.ts';
import type { TreatyId } from '../treaty/common.ts';
import { TREATY_IDS } from '../treaty/common.ts';
import type { IsoDate } from '../treaty/dates.ts';
import { SECURITY_COUNCIL } from '../treaty/entities.ts';
import type { ParameterId, ParameterSeries, ParameterValues } from '../treaty/parameters/index.ts';
import {
  isParameterId,
  parameterSeries,
  parseParameterValue,
  versionValues,
} from '../treaty/parameters/index.ts';
import { DepositaryError, LogIntegrityError, forbidden, malformed, unavailable } from './errors.ts';
import { admit } from './intake.ts';
import { lodgeAct, migrationActs, revokeAct } from './keys.ts';
import type { Ledger, LedgerSettings } from './ledger.ts';
import { RulesChangeError, rebuild, rootOf } from './ledger.ts';
import { LogTree, checkSize } from './tree.ts';
import type { Appended, Receipt } from './writer.ts';
import { Writer } from './writer.ts';

export { DEPOSITARY } from '../log/record.ts';

const encoder = new TextEncoder();
export type { Appended, Receipt } from './writer.ts';

export interface DepositaryConfig {
  readonly log: EventLog;
  /** The time of receipt; injected so tests and the demo control it. */
  readonly clock: () => Date;
  /** The depositary's Ed25519 key: its 32-byte seed and the name its notes are signed with. */
  readonly key: { readonly name: string; readonly seed: Uint8Array };
  /** The first line of every checkpoint. */
  readonly origin: string;
  /** Used when the log is created; afterwards the log's own settings rule. */
  readonly treaty?: TreatyId;
  readonly parameters?: Readonly<Partial<Record<ParameterId, unknown>>>;
  /**
   * Whether to keep each signed checkpoint in the store (default true), so that the depositary
   * refuses to start on a log that no longer gives the root it signed. Off for read-only tools.
   */
  readonly keepCheckpoints?: boolean;
  /**
   * When the current rules decide logged entries otherwise than the rules they name: false (the
   * default) refuses to open, naming the first; true logs a `rules-change` entry and goes on.
   */
  readonly acceptRulesChange?: boolean;
  /**
   * Whether each receipt carries the signed checkpoint of its batch and its inclusion proof (default
   * true). False leaves both empty: only the benchmark's baseline, which measures what they cost.
   */
  readonly receiptProofs?: boolean;
}

/** A key as the depositary lists it. */
export type ListedKey = ReturnType<typeof listKey>;

export class Depositary {
  readonly #log: EventLog;
  readonly #settings: LedgerSettings;
  readonly #verifier: Verifier;
  readonly #keyId: string;
  readonly #noteKey: NoteKey;
  readonly #tree: LogTree;
  readonly #writer: Writer;
  #ledger!: Ledger;
  /** Why the depositary stopped taking filings, once its log no longer holds together. */
  #broken: string | null = null;
  #listeners = new Set<(a: Appended) => void>();
  #past = new Map<string, Outcome>();
  #keyOps: Promise<unknown> = Promise.resolve();

  private constructor(config: DepositaryConfig, settings: LedgerSettings, signer: KeyObject, key: NoteKey) {
    this.#log = config.log;
    this.#settings = settings;
    this.#keyId = keyIdOf(sha256, settings.depositaryKey);
    this.#verifier = sharedVerifier();
    this.#noteKey = key;
    this.#tree = new LogTree({
      log: config.log,
      signer,
      noteKey: key,
      origin: config.origin,
      keep: config.keepCheckpoints ?? true,
    });
    this.#writer = new Writer({
      log: config.log,
      tree: this.#tree,
      signer,
      keyId: this.#keyId,
      clock: config.clock,
      ledger: () => this.#ledger,
      reload: async () => {
        this.#ledger = (await rebuild(this.#log, this.#settings, await this.#tree.kept())).ledger;
      },
      broke: (why) => {
        this.#broken = why;
        this.#writer.refuseQueued(unavailable(`the log does not hold together: ${why}`));
      },
      appended: (entries) => this.#publish(entries),
      receiptProofs: config.receiptProofs ?? true,
    });
  }

  /**
   * Opens the depositary over a log: reads its settings and entries, and rebuilds the state. A log
   * whose entries the current rules decide otherwise is opened only with `acceptRulesChange`, which
   * logs the change; a log whose keys were kept outside it (format 1) has them lodged in it, once.
   */
  static async open(config: DepositaryConfig): Promise<Depositary> {
    const log = config.log;
    let treatyText = await log.getSetting('treaty');
    if (treatyText === null) {
      treatyText = config.treaty ?? 'est-2009';
      await log.setSetting('treaty', treatyText);
      await log.setSetting('parameters', JSON.stringify(config.parameters ?? {}));
    }
    if (!(TREATY_IDS as readonly string[]).includes(treatyText))
      throw new LogIntegrityError(`the log's treaty is unknown: ${treatyText}`);
    const treaty = treatyText as TreatyId;
    const overrides = JSON.parse((await log.getSetting('parameters')) ?? '{}') as Record<string, unknown>;
    for (const [id, value] of Object.entries(overrides)) {
      if (!isParameterId(id) || !parseParameterValue(id, value).ok)
        throw new LogIntegrityError(`the log's parameter ${id} is invalid`);
    }
    const signer = privateKeyFromSeed(config.key.seed);
    const publicKey = rawPublicKey(signer);
    const table = await log.keys();
    const settings: LedgerSettings = {
      treaty,
      parameters: parameterSeries(treaty, overrides),
      depositaryKey: publicKey,
      listedKeys: table.map((k) => ({
        party: k.party,
        keyId: k.keyId,
        publicKey: toBase64(k.publicKey),
      })),
    };
    const d = new Depositary(config, settings, signer, await noteKey(sha256, config.key.name, publicKey));
    const built = await rebuild(log, settings, await d.#tree.kept());
    d.#ledger = built.ledger;
    const acts: RecordAct[] = [];
    if (built.unrecorded.length > 0) {
      if (config.acceptRulesChange !== true) throw new RulesChangeError(built.unrecorded);
      acts.push(rulesChangeAct(built.unrecorded));
    }
    // The first depositary kept keys outside the log: bring them in once, with the first format 2
    // entries (filed together, so a rules change logged first does not make them look brought in).
    if (d.#ledger.record.formats[2] === 0 && table.length > 0) acts.push(...migrationActs(table));
    if (acts.length > 0) await d.#fileRecord(acts);
    return d;
  }

  get treaty(): TreatyId {
    return this.#settings.treaty;
  }
  /**
   * The parameters the log is decided under: the text's values with the log's overrides, each as
   * the version of its text gives it (an act is decided by the value of its own day: see
   * {@link parameterSeries}).
   */
  get parameters(): ParameterValues {
    return versionValues(this.#settings.parameters);
  }
  /** The parameters by date, as the engine reads them. */
  get parameterSeries(): ParameterSeries {
    return this.#settings.parameters;
  }
  /** The first line of the checkpoints. */
  get origin(): string {
    return this.#tree.origin;
  }
  get size(): number {
    return this.#ledger.size;
  }
  /** The rules this depositary decides filings under. */
  get rules(): string {
    return RULES;
  }
  /** The depositary's own key id (that of its envelopes for its own acts). */
  get keyId(): string {
    return this.#keyId;
  }
  /** The note verifier key of the checkpoints: `<name>+<hex key ID>+<base64 of 0x01 and the key>`. */
  get verifierKey(): string {
    return formatVerifierKey(this.#noteKey);
  }
  /** The seq a Party's next filing must carry. */
  nextSeq(party: string): number {
    return (this.#ledger.lastSeq.get(party) ?? 0) + 1;
  }

  /** Checks a filing's envelope, key and signature, then queues it; resolves once it is durably logged. */
  file(raw: unknown): Promise<Receipt> {
    const admitted = admit(raw, this.#ledger.record);
    if (admitted instanceof DepositaryError) return Promise.reject(admitted);
    const { envelope, texts, key, signature } = admitted;
    if (envelope.party === DEPOSITARY && envelope.act['act'] !== 'close')
      return Promise.reject(forbidden(`the record's acts are filed through the operator's key routes`));
    // Verified on another thread while the filing waits its turn; the writer awaits the result in
    // arrival order, so a filing is never logged before its signature is known good.
    const verified = this.#verifier.verify(key, encoder.encode(texts.signing), signature);
    return this.#enqueue({ envelope, texts, key, verified });
  }

  #enqueue(filing: Parameters<Writer['enqueue']>[0]): Promise<Receipt> {
    if (this.#broken !== null)
      return Promise.reject(unavailable(`the log does not hold together: ${this.#broken}`));
    return this.#writer.enqueue(filing);
  }

  /**
   * Files an act of the Depositary (`close`) or of the Security Council (`unsc-measures`), signed
   * with the depositary's key: the operator's route. Logged like any filing.
   */
  fileOwn(act: Readonly<Record<string, unknown>>): Promise<Receipt> {
    const name = act['act'];
    if (name !== 'close' && name !== 'unsc-measures') {
      return Promise.reject(
        forbidden('the operator files only close (the Depositary) and unsc-measures (the Security Council)'),
      );
    }
    const given = ['on', 'by'].filter((k) => k in act);
    if (given.length > 0) {
      return Promise.reject(
        malformed(
          `the act carries ${given.join(' and ')}: the day is the day of receipt, the filer is implied`,
        ),
      );
    }
    return this.#enqueue({ own: { party: name === 'close' ? DEPOSITARY : SECURITY_COUNCIL, act } });
  }

  /** Files record acts of the Depositary, in order; resolves with the last receipt. */
  async #fileRecord(acts: readonly RecordAct[]): Promise<Receipt | null> {
    const receipts = await Promise.all(acts.map((act) => this.#enqueue({ own: { party: DEPOSITARY, act } })));
    return receipts.at(-1) ?? null;
  }

  #publish(entries: readonly Appended[]): void {
    // Listeners hear of each entry once it is durable; one that fails does not stop the others.
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

  /** Calls `listener` for every entry appended from now on; returns the way to stop. */
  subscribe(listener: (a: Appended) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Lodges a Party's Ed25519 public key (base64 of the raw 32 bytes) as an entry of the log; with
   * `replaces`, the same entry revokes that key of the Party (a rotation). Returns its key id and the
   * receipt of the entry.
   */
  async lodgeKey(
    party: string,
    publicKeyBase64: string,
    replaces?: string,
  ): Promise<{ party: string; keyId: string; receipt: Receipt }> {
    const { act, receipt } = await this.#keyAct(() =>
      lodgeAct(this.#ledger.record, party, publicKeyBase64, replaces),
    );
    return { party, keyId: (act as { keyId: string }).keyId, receipt };
  }

  /** Revokes a key as an entry of the log; later filings signed with it are refused. */
  async revokeKey(party: string, keyId: string): Promise<Receipt> {
    return (await this.#keyAct(() => revokeAct(this.#ledger.record, party, keyId))).receipt;
  }

  /**
   * Files a key act made on the record as it stands once every earlier one is logged: one at a
   * time, so two requests for the same key get the answer the record gives (409, 404), never a race.
   */
  #keyAct(make: () => RecordAct | DepositaryError): Promise<{ act: RecordAct; receipt: Receipt }> {
    const run = this.#keyOps.then(async () => {
      await this.#writer.settled();
      const act = make();
      if (act instanceof DepositaryError) throw act;
      return { act, receipt: (await this.#fileRecord([act])) as Receipt };
    });
    this.#keyOps = run.catch(() => undefined);
    return run;
  }

  /** The Parties' keys, as the log lodged and revoked them. */
  async keys(party?: string): Promise<ListedKey[]> {
    await this.#writer.settled();
    return this.#ledger.record.keys.list(party).map(listKey);
  }

  /**
   * The treaty's outcome for the whole log, as of a day (default: the day of the last filing). It
   * waits for a batch being written, so it never shows filings that are not committed.
   */
  async outcome(asOf?: IsoDate): Promise<Outcome> {
    await this.#writer.settled();
    const ledger = this.#ledger;
    const state = ledger.record.state;
    if (state === null) throw new Error('the depositary always knows its treaty');
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
    if (this.#past.size >= 64) this.#past.delete(this.#past.keys().next().value as string);
    this.#past.set(key, outcome);
    return outcome;
  }

  /** Leaf texts of entries [start, end) (at most 1000 at a time). */
  async entries(start: number, end: number): Promise<string[]> {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start)) {
      throw malformed('start and end must be whole numbers with 0 <= start <= end');
    }
    return this.#log.entries(start, Math.min(end, start + 1000, this.#ledger.size));
  }

  /** The root hash of the log at a size (no larger than the current size). */
  async rootAt(size: number): Promise<Hash> {
    checkSize(size, this.#ledger.size);
    if (size === this.#ledger.size) return rootOf(this.#ledger.frontier);
    const [root] = await this.#tree.hashes([[0, size]]);
    return root as Hash;
  }

  /** The signed checkpoint (a C2SP signed note) of the log as it is now. */
  async checkpoint(): Promise<string> {
    const ledger = this.#ledger;
    return this.#tree.checkpoint(ledger.size, rootOf(ledger.frontier));
  }

  /**
   * An entry's inclusion proof as c2sp.org/tlog-proof@v1 text: against `checkpoint` when given (a
   * cosigned one: a signed note of this log with its size), else against the latest checkpoint.
   */
  async tlogProof(
    index: number,
    checkpoint?: { readonly size: number; readonly note: string },
  ): Promise<string> {
    if (checkpoint !== undefined) {
      checkSize(checkpoint.size, this.#ledger.size);
      return this.#tree.tlogProof(index, checkpoint);
    }
    await this.checkpoint();
    const latest = this.#tree.latest;
    if (latest === null) throw new Error('a checkpoint was just signed');
    return this.#tree.tlogProof(index, latest);
  }

  inclusionProof(index: number, size: number): Promise<Hash[]> {
    return this.#tree.inclusionProof(index, size, this.#ledger.size);
  }

  consistencyProof(from: number, to: number): Promise<Hash[]> {
    return this.#tree.consistencyProof(from, to, this.#ledger.size);
  }
}

/** The act that records a rules change: the rules left, the rules taken up, the entries affected. */
function rulesChangeAct(changes: readonly RulesChange[]): RecordAct {
  return {
    act: 'rules-change',
    from: [...new Set(changes.map((c) => c.rules))],
    to: RULES,
    indices: changes.map((c) => c.index),
  };
}
