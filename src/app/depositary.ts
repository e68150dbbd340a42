/**
 * @module The depositary: receives signed filings, decides them under the treaty, and appends each
 * one, accepted or refused, to the transparency log. Used by the server and the CLI alike.
 *
 * It puts together, each in its own module: intake (./intake.ts: a filing's shape, filer, key and
 * canonical form, then its signature on another thread), the writer and its group commit
 * (./writer.ts), the tree, its checkpoints and proofs (./tree.ts), the keys (./keys.ts: lodged,
 * rotated and revoked as entries of the log), and the ledger rebuilt from the log with its read
 * models (./ledger.ts). What it serves to readers it shares with a mirror (./record-view.ts). What
 * an entry means is src/log/record.ts, shared with `est verify` and the browser.
 */
import type { KeyObject } from 'node:crypto';
import { toBase64 } from '../log/bytes.ts';
import type { Entry, Envelope, EnvelopeTexts } from '../log/entry.ts';
import { ENVELOPE_SCHEMA, canonicalJson, envelopeTexts, keyIdOf, leafHashOf } from '../log/entry.ts';
import { privateKeyFromSeed, rawPublicKey, sha256 } from '../log/node-crypto.ts';
import type { Verifier } from '../log/node-verifier.ts';
import { sharedVerifier } from '../log/node-verifier.ts';
import type { NoteKey } from '../log/note.ts';
import { formatVerifierKey, noteKey } from '../log/note.ts';
import type { RulesChange } from '../log/record.ts';
import type { RecordAct } from '../log/filing-act.ts';
import { DEPOSITARY } from '../log/filing-act.ts';
import { RULES } from '../log/rules.ts';
import type { EventLog } from '../store/event-log.ts';
import type { TreatyId } from '../treaty/common.ts';
import { TREATY_IDS } from '../treaty/common.ts';
import { SECURITY_COUNCIL } from '../treaty/entities.ts';
import type { ParameterId } from '../treaty/parameters/index.ts';
import { isParameterId, parameterSeries, parseParameterValue } from '../treaty/parameters/index.ts';
import {
  DepositaryError,
  LogIntegrityError,
  forbidden,
  malformed,
  storeAway,
  unavailable,
} from './errors.ts';
import { admit } from './intake.ts';
import { lodgeAct, migrationActs, revokeAct } from './keys.ts';
import type { LedgerSettings } from './ledger.ts';
import { RulesChangeError, rebuild, rootOf } from './ledger.ts';
import { RecordView } from './record-view.ts';
import { LogTree, checkSize } from './tree.ts';
import type { Receipt } from './writer.ts';
import { Writer } from './writer.ts';

export { DEPOSITARY } from '../log/filing-act.ts';

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
  /**
   * Milliseconds the filers of a batch whose append failed wait for the store to say whether it was
   * committed, before they are told the outcome is unknown (default 10 s).
   */
  readonly recoverWaitMs?: number;
  /** Where the depositary reports that it lost or regained its store (default: nowhere). */
  readonly notice?: (message: string) => void;
}

/** A filing's receipt, and whether it was a filing already logged, sent again (answered with its receipt). */
export interface Filed {
  readonly receipt: Receipt;
  readonly replayed: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `f` until it succeeds, waiting 0.1 s after the first failure and twice as long after each
 * next one, up to 2 s: for the store, which answers again once its database is back. `onFailure`
 * hears of every failure.
 */
async function untilAnswered<T>(f: () => Promise<T>, onFailure: () => void = () => undefined): Promise<T> {
  for (let wait = 100; ; wait = Math.min(wait * 2, 2_000)) {
    try {
      return await f();
    } catch {
      onFailure();
      await sleep(wait);
    }
  }
}

export class Depositary extends RecordView {
  readonly #verifier: Verifier;
  readonly #keyId: string;
  readonly #noteKey: NoteKey;
  readonly #tree: LogTree;
  readonly #writer: Writer;
  /** Why the depositary stopped taking filings, once its log no longer holds together. */
  #broken: string | null = null;
  /** Why filings wait for now (the store is away, the writer lock is being retaken), by cause. */
  readonly #held = new Map<string, string>();
  readonly #notice: (message: string) => void;
  readonly #receiptProofs: boolean;
  #keyOps: Promise<unknown> = Promise.resolve();

  private constructor(config: DepositaryConfig, settings: LedgerSettings, signer: KeyObject, key: NoteKey) {
    const tree = new LogTree({
      log: config.log,
      signer,
      noteKey: key,
      origin: config.origin,
      keep: config.keepCheckpoints ?? true,
    });
    super(config.log, settings, tree);
    this.#tree = tree;
    this.#keyId = keyIdOf(sha256, settings.depositaryKey);
    this.#verifier = sharedVerifier();
    this.#noteKey = key;
    this.#writer = new Writer({
      log: config.log,
      tree: this.#tree,
      signer,
      keyId: this.#keyId,
      clock: config.clock,
      ledger: () => this.ledger,
      recover: (first, leaves) => this.#recover(first, leaves),
      recoverWaitMs: config.recoverWaitMs ?? 10_000,
      appended: (entries) => this.publish(entries),
      receiptProofs: config.receiptProofs ?? true,
    });
    this.#notice = config.notice ?? (() => undefined);
    this.#receiptProofs = config.receiptProofs ?? true;
  }

  /** Builds the ledger again from what is committed; if the log no longer holds together, stops. */
  async #reload(): Promise<void> {
    try {
      this.ledger = (await rebuild(this.log, this.settings, await this.#tree.kept())).ledger;
    } catch (e) {
      if (!(e instanceof LogIntegrityError)) throw e;
      this.#broken = e.message;
      this.#writer.refuseQueued(unavailable(`the log does not hold together: ${e.message}`));
    }
  }

  /**
   * Holds filings for a cause (they are refused with 503 and Retry-After, nothing recorded) until
   * {@link resume} is called for it. The filings already queued are refused too.
   */
  hold(cause: string, why: string): void {
    if (!this.#held.has(cause)) this.#notice(`filings held: ${why}`);
    this.#held.set(cause, why);
    this.#writer.refuseQueued(storeAway(`${why}; nothing of this filing was recorded`));
  }

  /**
   * Ends a hold. Before filings are taken again the ledger is checked against the store, which
   * another writer may have appended to meanwhile: then it is built again from the log.
   */
  async resume(cause: string): Promise<void> {
    if (!this.#held.has(cause)) return;
    await this.#writer.settled();
    await untilAnswered(async () => {
      if ((await this.log.size()) !== this.ledger.size) await this.#reload();
    });
    this.#held.delete(cause);
    this.#notice(`filings taken again (${cause})`);
  }

  /**
   * After a failed append of `leaves` at `first`, waits (with filings held) until the store answers,
   * and says whether the batch is in it. Unless it is, the ledger is built again from the log.
   */
  async #recover(first: number, leaves: readonly string[]): Promise<'committed' | 'absent' | 'other'> {
    const cause = 'store';
    let heldHere = false;
    const found = await untilAnswered(
      async () => {
        const size = await this.log.size();
        let found: 'committed' | 'absent' | 'other' = size === first ? 'absent' : 'other';
        if (size === first + leaves.length) {
          const stored = await this.log.entries(first, size);
          if (stored.every((leaf, i) => leaf === leaves[i])) found = 'committed';
        }
        if (found !== 'committed') await this.#reload();
        return found;
      },
      () => {
        if (heldHere) return;
        heldHere = true;
        this.hold(cause, 'the depositary lost its store and is reconnecting');
      },
    );
    if (heldHere) {
      this.#held.delete(cause);
      this.#notice(
        `the store answers again: filings taken again (the failed batch was ${found === 'committed' ? 'committed' : 'not recorded'})`,
      );
    }
    return found;
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
      overrides,
      depositaryKey: publicKey,
      listedKeys: table.map((k) => ({
        party: k.party,
        keyId: k.keyId,
        publicKey: toBase64(k.publicKey),
      })),
    };
    const d = new Depositary(config, settings, signer, await noteKey(sha256, config.key.name, publicKey));
    const built = await rebuild(log, settings, await d.#tree.kept());
    d.ledger = built.ledger;
    const acts: RecordAct[] = [];
    if (built.unrecorded.length > 0) {
      if (config.acceptRulesChange !== true) throw new RulesChangeError(built.unrecorded);
      acts.push(rulesChangeAct(built.unrecorded));
    }
    // The first depositary kept keys outside the log: bring them in once, with the first format 2
    // entries (filed together, so a rules change logged first does not make them look brought in).
    if (d.ledger.record.formats[2] === 0 && table.length > 0) acts.push(...migrationActs(table));
    if (acts.length > 0) await d.#fileRecord(acts);
    return d;
  }

  /** The first line of the checkpoints. */
  get origin(): string {
    return this.#tree.origin;
  }
  /** The depositary's own key id (that of its envelopes for its own acts). */
  get keyId(): string {
    return this.#keyId;
  }
  /** The note verifier key of the checkpoints: `<name>+<hex key ID>+<base64 of 0x01 and the key>`. */
  get verifierKey(): string {
    return formatVerifierKey(this.#noteKey);
  }
  /** Checks a filing's envelope, key and signature, then queues it; resolves once it is durably logged. */
  file(raw: unknown): Promise<Receipt> {
    const admitted = admit(raw, this.ledger.record);
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
    const [why] = this.#held.values();
    if (why !== undefined) return Promise.reject(storeAway(`${why}; nothing of this filing was recorded`));
    return this.#writer.enqueue(filing);
  }

  /**
   * {@link file}, and a filing sent again after it was logged (a filer that lost the answer, or was
   * told the outcome was unknown) is answered with the receipt of its entry, not refused: the same
   * envelope, byte for byte, as the filer's last entry. Anything else goes to the writer as usual.
   */
  async fileOnce(raw: unknown): Promise<Filed> {
    // Only a filing whose seq is its filer's last logged one can be a filing sent again: only that
    // one is parsed here (intake parses every filing anyway).
    const { party, seq } = (raw ?? {}) as { party?: unknown; seq?: unknown };
    const index = typeof party === 'string' ? this.ledger.lastIndex.get(party) : undefined;
    if (index !== undefined && this.ledger.lastSeq.get(party as string) === seq) {
      const parsed = ENVELOPE_SCHEMA.safeParse(raw);
      const receipt = parsed.success ? await this.#receiptIfLogged(index, parsed.data) : null;
      if (receipt !== null) return { receipt, replayed: true };
    }
    return { receipt: await this.file(raw), replayed: false };
  }

  /** The receipt of the entry at `index` if it holds exactly this envelope, with a proof against the latest checkpoint. */
  async #receiptIfLogged(index: number, envelope: Envelope): Promise<Receipt | null> {
    let texts: EnvelopeTexts;
    try {
      texts = envelopeTexts(envelope);
    } catch {
      return null;
    }
    const [leaf] = await this.log.entries(index, index + 1);
    if (leaf === undefined) return null;
    const entry = JSON.parse(leaf) as Entry;
    if (!('v' in entry) || canonicalJson(entry.envelope) !== texts.envelope) return null;
    const base = {
      index,
      leafHash: toBase64(leafHashOf(sha256, leaf)),
      receivedAt: entry.receivedAt,
      outcome: entry.outcome,
      rules: entry.rules,
    };
    if (!this.#receiptProofs) return { ...base, checkpoint: '', proof: '' };
    await this.checkpoint();
    const latest = this.#tree.latest as NonNullable<LogTree['latest']>;
    return { ...base, checkpoint: latest.note, proof: await this.#tree.tlogProof(index, latest) };
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
      lodgeAct(this.ledger.record, party, publicKeyBase64, replaces),
    );
    return { party, keyId: (act as { keyId: string }).keyId, receipt };
  }

  /** Revokes a key as an entry of the log; later filings signed with it are refused. */
  async revokeKey(party: string, keyId: string): Promise<Receipt> {
    return (await this.#keyAct(() => revokeAct(this.ledger.record, party, keyId))).receipt;
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

  /** The signed checkpoint (a C2SP signed note) of the log as it is now. */
  async checkpoint(): Promise<string> {
    const ledger = this.ledger;
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
      checkSize(checkpoint.size, this.ledger.size);
      return this.#tree.tlogProof(index, checkpoint);
    }
    await this.checkpoint();
    const latest = this.#tree.latest;
    if (latest === null) throw new Error('a checkpoint was just signed');
    return this.#tree.tlogProof(index, latest);
  }

  protected settled(): Promise<void> {
    return this.#writer.settled();
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
