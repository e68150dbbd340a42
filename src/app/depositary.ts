/**
 * @module The depositary: receives signed filings, decides them under the treaty, and appends each
 * one, accepted or refused, to the transparency log. Used by the server and the CLI alike.
 *
 * One writer: filings are checked (shape, key, signature) as they arrive, then queued; the writer
 * takes whatever is queued, decides it in order, and appends the whole batch in one durable store
 * transaction (group commit), so a burst of filings costs one sync, not one each. The engine state,
 * the tree's right edge and the Parties' sequence numbers live in memory and are rebuilt from the log
 * at start; if an append fails, they are rebuilt again and the batch is refused, never half-applied.
 */
import type { KeyObject } from 'node:crypto';
import type { Act } from '../engine/acts.ts';
import { decide } from '../engine/decide.ts';
import { evolve } from '../engine/evolve.ts';
import { describeViolation } from '../engine/messages.ts';
import type { Outcome, RejectionOutcome } from '../engine/outcome.ts';
import { outcomeOf, rejectionOf } from '../engine/outcome.ts';
import { run, startState } from '../engine/run.ts';
import type { State } from '../engine/state.ts';
import { fromBase64, toBase64 } from '../log/bytes.ts';
import type { Entry, Envelope, FilingOutcome } from '../log/entry.ts';
import type { EnvelopeTexts } from '../log/entry.ts';
import {
  ENVELOPE_SCHEMA,
  ENVELOPE_VERSION,
  envelopeTexts,
  keyIdOf,
  leafHashOf,
  leafTextOf,
  signingBytes,
} from '../log/entry.ts';
import type { Hash, NodeId } from '../log/merkle.ts';
import {
  consistencyRanges,
  extendEdge,
  foldRange,
  hashRanges,
  inclusionRanges,
  nodesFor,
} from '../log/merkle.ts';
import {
  ed25519Sign,
  privateKeyFromSeed,
  publicKeyFromRaw,
  rawPublicKey,
  sha256,
} from '../log/node-crypto.ts';
import type { Verifier } from '../log/node-verifier.ts';
import { sharedVerifier } from '../log/node-verifier.ts';
import type { NoteKey } from '../log/note.ts';
import type { Checkpoint } from '../log/note.ts';
import { checkpointText, formatVerifierKey, noteKey, parseCheckpoint, signNote } from '../log/note.ts';
import { checkFiledAct, formatPath } from '../scenario/act.ts';
import type { Problem } from '../scenario/act.ts';
import type { EventLog, NewEntry, StoredNode } from '../store/event-log.ts';
import { KeyExistsError, SeqConflictError, nodeKey } from '../store/event-log.ts';
import type { TreatyId } from '../treaty/common.ts';
import { TREATY_IDS } from '../treaty/common.ts';
import type { IsoDate } from '../treaty/dates.ts';
import { parseIsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import { SECURITY_COUNCIL, kindOf } from '../treaty/entities.ts';
import type { ParameterId, ParameterValues } from '../treaty/parameters/index.ts';
import { isParameterId, parseParameterValue, resolveParameters } from '../treaty/parameters/index.ts';
import { citeOf } from '../treaty/provisions/index.ts';
import type { DepositaryError } from './errors.ts';
import { LogIntegrityError } from './errors.ts';
import {
  badSignature,
  forbidden,
  keyExists,
  malformed,
  notFound,
  seqConflict,
  unavailable,
  unknownKey,
} from './errors.ts';

/** The filer of the Depositary's own acts (closing a procedure). */
export const DEPOSITARY = 'DEPOSITARY';

/** What a filer gets back: where its filing is in the log, and what it did. */
export interface Receipt {
  readonly index: number;
  /** Base64 RFC 9162 leaf hash. */
  readonly leafHash: string;
  readonly receivedAt: string;
  readonly outcome: FilingOutcome;
}

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
}

/** A filing or request a listener hears about when it is appended. */
export interface Appended {
  readonly index: number;
  readonly leaf: string;
}

interface ActiveKey {
  /** The raw 32-byte Ed25519 public key. */
  readonly raw: Uint8Array;
  readonly revoked: boolean;
}

/** A filing waiting for the writer: a signed envelope, or an act of the depositary itself, which the
 * writer signs with the seq then due (so a refused one never leaves a gap for the next). */
interface Pending {
  readonly filing:
    | {
        readonly envelope: Envelope;
        readonly texts: EnvelopeTexts;
        readonly verified: Promise<boolean>;
      }
    | { readonly own: { readonly party: string; readonly act: Readonly<Record<string, unknown>> } };
  readonly resolve: (receipt: Receipt) => void;
  readonly reject: (error: DepositaryError) => void;
}

const BATCH = 512;
const encoder = new TextEncoder();

const problemsOf = (problems: readonly Problem[]) =>
  problems.map((p) => ({ field: formatPath(p.key ? [...p.path, p.key] : p.path), message: p.message }));

/**
 * What the depositary keeps in memory, rebuilt from the log. `size`, `frontier` and `lastSeq` are
 * what is committed; the engine state (with `acts`, `rejected`, `lastReceived`) runs ahead during a
 * batch, which is why reads of it wait for the batch to settle.
 */
interface Ledger {
  readonly state: State;
  size: number;
  /** The tree's right edge: the complete subtrees that make up [0, size), largest first. */
  frontier: StoredNode[];
  readonly lastSeq: Map<string, number>;
  readonly acts: { index: number; act: Act }[];
  readonly rejected: RejectionOutcome[];
  lastReceived: string;
}

const rootOf = (frontier: readonly StoredNode[]): Hash =>
  foldRange(
    sha256,
    frontier.map((n) => n.hash),
  );

/** Whether two logged outcomes say the same: accepted or not, and refused for the same reasons. */
function sameOutcome(a: FilingOutcome, b: FilingOutcome): boolean {
  const key = (o: FilingOutcome) => JSON.stringify([o.accepted, o.violations.map((v) => [v.code, v.cite])]);
  return key(a) === key(b);
}

export class Depositary {
  readonly #log: EventLog;
  readonly #clock: () => Date;
  readonly #signer: KeyObject;
  readonly #publicKey: Uint8Array;
  readonly #verifier: Verifier;
  readonly #keyId: string;
  readonly #noteKey: NoteKey;
  readonly #origin: string;
  readonly #keepCheckpoints: boolean;
  readonly #treaty: TreatyId;
  readonly #params: ParameterValues;
  #ledger!: Ledger;
  #keys = new Map<string, Map<string, ActiveKey>>();
  /** Settles when the batch being written is committed (or refused and the ledger rebuilt). */
  #inFlight: Promise<void> | null = null;
  /** Why the depositary stopped taking filings, once its log no longer holds together. */
  #broken: string | null = null;
  #scheduled = false;
  #queue: Pending[] = [];
  #writing = false;
  #listeners = new Set<(a: Appended) => void>();
  #checkpoint: { size: number; note: string } | null = null;
  #past = new Map<string, Outcome>();

  private constructor(
    config: DepositaryConfig,
    treaty: TreatyId,
    params: ParameterValues,
    noteKeyValue: NoteKey,
  ) {
    this.#log = config.log;
    this.#clock = config.clock;
    this.#signer = privateKeyFromSeed(config.key.seed);
    this.#publicKey = rawPublicKey(this.#signer);
    this.#keyId = keyIdOf(sha256, this.#publicKey);
    this.#verifier = sharedVerifier();
    this.#noteKey = noteKeyValue;
    this.#origin = config.origin;
    this.#keepCheckpoints = config.keepCheckpoints ?? true;
    this.#treaty = treaty;
    this.#params = params;
  }

  /** Opens the depositary over a log: reads its settings, keys and entries, and rebuilds the state. */
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
    const publicKey = rawPublicKey(privateKeyFromSeed(config.key.seed));
    const key = await noteKey(sha256, config.key.name, publicKey);
    const d = new Depositary(config, treaty, resolveParameters(treaty, overrides), key);
    for (const k of await log.keys()) d.#rememberKey(k.party, k.keyId, k.publicKey, k.revokedAt !== null);
    d.#ledger = await d.#rebuild();
    return d;
  }

  get treaty(): TreatyId {
    return this.#treaty;
  }
  /** The parameters the log is decided under: the text's values with the log's overrides. */
  get parameters(): ParameterValues {
    return this.#params;
  }
  /** The first line of the checkpoints. */
  get origin(): string {
    return this.#origin;
  }
  get size(): number {
    return this.#ledger.size;
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

  /**
   * Builds the ledger from the log (at start, and after a failed append, into a fresh object that
   * is swapped in at once). The log must reproduce the stored tree and the last checkpoint this
   * depositary signed: a row changed behind its back, even with every hash rewritten, shows here.
   */
  async #rebuild(): Promise<Ledger> {
    const ledger: Ledger = {
      state: startState({ treaty: this.#treaty, parameters: this.#params }),
      size: 0,
      frontier: [],
      lastSeq: new Map(),
      acts: [],
      rejected: [],
      lastReceived: '',
    };
    const signed = this.#signedBefore(await this.#log.getSetting('checkpoint'));
    const total = await this.#log.size();
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
    for (let start = 0; start < total; start += 1000) {
      for (const leaf of await this.#log.entries(start, Math.min(total, start + 1000))) {
        const entry = JSON.parse(leaf) as Entry;
        const act = this.#actOf(entry.envelope, entry.receivedAt);
        if (act === null)
          throw new LogIntegrityError(`entry ${entry.index} holds an act this depositary cannot read`);
        const outcome = this.#apply(ledger, entry.index, act);
        if (!sameOutcome(outcome, entry.outcome)) {
          // The log is the record of what each filer was told; if the rules now say otherwise, the
          // log was changed or the rules differ from those it was written under. Either way the
          // operator must look before anything more is filed.
          throw new LogIntegrityError(
            `entry ${entry.index}: the logged outcome is not what the treaty's rules give for its act; run est verify --data`,
          );
        }
        extendEdge(sha256, ledger.frontier, entry.index, leafHashOf(sha256, leaf));
        ledger.lastSeq.set(entry.envelope.party, entry.envelope.seq);
        ledger.lastReceived = entry.receivedAt;
        ledger.size += 1;
        checkSigned();
      }
    }
    const stored = await this.#log.nodes(ledger.frontier);
    ledger.frontier.forEach((n, i) => {
      if (toBase64(n.hash) !== toBase64(stored[i] as Hash)) {
        throw new LogIntegrityError(
          `the stored tree does not match the log's entries at node ${nodeKey(n)}: run est verify --data`,
        );
      }
    });
    return ledger;
  }

  /** The size and root of the checkpoint text this depositary last signed, if any. */
  #signedBefore(note: string | null): Checkpoint | null {
    if (note === null) return null;
    const text = note.slice(0, note.indexOf('\n\n') + 1);
    const c = parseCheckpoint(text);
    if (c === null || c.origin !== this.#origin)
      throw new LogIntegrityError('the stored checkpoint is not one this depositary signs');
    return c;
  }

  #rememberKey(party: string, keyId: string, raw: Uint8Array, revoked: boolean): void {
    let byId = this.#keys.get(party);
    if (!byId) this.#keys.set(party, (byId = new Map<string, ActiveKey>()));
    byId.set(keyId, { raw, revoked });
  }

  /** The engine act of an envelope received at a time, or null when it is not a valid act. */
  #actOf(envelope: Envelope, receivedAt: string): Act | null {
    const r = this.#checkAct(envelope, receivedAt);
    return r.ok ? r.act : null;
  }

  #checkAct(
    envelope: Envelope,
    receivedAt: string,
  ): { ok: true; act: Act } | { ok: false; problems: readonly Problem[] } {
    const on = parseIsoDate(receivedAt.slice(0, 10)) as IsoDate;
    // The Depositary's own act (closing a procedure) has no actor.
    const by = envelope.party === DEPOSITARY ? null : (envelope.party as EntityId);
    return checkFiledAct(envelope.act, this.#treaty, by, on);
  }

  /** Decides an act and applies it; returns the outcome the log records. */
  #apply(ledger: Ledger, index: number, act: Act): FilingOutcome {
    const decision = decide(ledger.state, act);
    if (decision.ok) {
      for (const e of decision.events) evolve(ledger.state, e);
      ledger.acts.push({ index, act });
      return { accepted: true, violations: [] };
    }
    ledger.rejected.push(rejectionOf(index, act, decision.violations));
    return {
      accepted: false,
      violations: decision.violations.map((v) => ({
        code: v.code,
        cite: citeOf(v.cite),
        reason: describeViolation(v),
      })),
    };
  }

  /** Checks a filing's envelope, key and signature, then queues it; resolves once it is durably logged. */
  file(raw: unknown): Promise<Receipt> {
    const parsed = ENVELOPE_SCHEMA.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({
        field: i.path.join('.') || '(envelope)',
        message: i.message,
      }));
      return Promise.reject(
        malformed('the envelope is not { v, party, keyId, seq, act, signature }', { problems: issues }),
      );
    }
    const envelope = parsed.data as Envelope;
    // The depositary's own acts (and the Security Council's, filed by the operator) carry its key.
    const own = envelope.party === DEPOSITARY || envelope.party === SECURITY_COUNCIL;
    const key = own
      ? envelope.keyId === this.#keyId
        ? { raw: this.#publicKey, revoked: false }
        : undefined
      : this.#keys.get(envelope.party)?.get(envelope.keyId);
    if (key === undefined || key.revoked) {
      return Promise.reject(unknownKey(`no active key ${envelope.keyId} is lodged for ${envelope.party}`));
    }
    let texts: EnvelopeTexts;
    try {
      texts = envelopeTexts(envelope);
    } catch (e) {
      return Promise.reject(
        malformed(`the envelope has no canonical JSON form: ${e instanceof Error ? e.message : String(e)}`),
      );
    }
    const signature = fromBase64(envelope.signature);
    if (signature === null) {
      return Promise.reject(badSignature(`the signature of ${envelope.party} is not base64`));
    }
    const party = envelope.party;
    const name = envelope.act['act'];
    if (party === DEPOSITARY || party === SECURITY_COUNCIL) {
      const own = party === DEPOSITARY ? 'close' : 'unsc-measures';
      if (name !== own) return Promise.reject(forbidden(`${party} files only ${own}`));
    } else if (name === 'close' || name === 'unsc-measures') {
      return Promise.reject(
        forbidden(`${String(name)} is an act of the ${name === 'close' ? 'Depositary' : 'Security Council'}`),
      );
    } else if (kindOf(party) === null) {
      return Promise.reject(malformed(`${party} is not a party id`));
    }
    // Verified on another thread while the filing waits its turn; the writer awaits the result in
    // arrival order, so a filing is never logged before its signature is known good.
    const signed = encoder.encode(texts.signing);
    return this.#enqueue({ envelope, texts, verified: this.#verifier.verify(key.raw, signed, signature) });
  }

  #enqueue(filing: Pending['filing']): Promise<Receipt> {
    if (this.#broken !== null)
      return Promise.reject(unavailable(`the log does not hold together: ${this.#broken}`));
    return new Promise((resolve, reject) => {
      this.#queue.push({ filing, resolve, reject });
      // Write on the next turn of the event loop, so the filings of a burst share one commit.
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => {
          this.#scheduled = false;
          void this.#drain();
        });
      }
    });
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

  /** Signs an act of the depositary itself with the seq due now. */
  #signOwn(party: string, act: Readonly<Record<string, unknown>>, seq: number): Envelope {
    const unsigned = { v: ENVELOPE_VERSION, party, keyId: this.#keyId, seq, act } as const;
    return { ...unsigned, signature: toBase64(ed25519Sign(this.#signer, signingBytes(unsigned))) };
  }

  #receivedAt(ledger: Ledger): string {
    const now = this.#clock().toISOString();
    // Receipt times never go backwards, even if the clock does: acts must stay in date order.
    ledger.lastReceived = now > ledger.lastReceived ? now : ledger.lastReceived;
    return ledger.lastReceived;
  }

  async #drain(): Promise<void> {
    if (this.#writing) return;
    this.#writing = true;
    try {
      while (this.#queue.length > 0) await this.#writeBatch(this.#queue.splice(0, BATCH));
    } finally {
      this.#writing = false;
    }
  }

  async #writeBatch(batch: readonly Pending[]): Promise<void> {
    let settle = (): void => undefined;
    this.#inFlight = new Promise((resolve) => (settle = resolve));
    try {
      await this.#write(batch);
    } finally {
      this.#inFlight = null;
      settle();
    }
  }

  async #write(batch: readonly Pending[]): Promise<void> {
    const ledger = this.#ledger;
    const frontier = [...ledger.frontier];
    const seqs = new Map<string, number>();
    const next = (party: string): number => (seqs.get(party) ?? ledger.lastSeq.get(party) ?? 0) + 1;
    const entries: NewEntry[] = [];
    const nodes: StoredNode[] = [];
    const done: { pending: Pending; receipt: Receipt; leaf: string }[] = [];
    for (const pending of batch) {
      const { filing } = pending;
      if ('verified' in filing && !(await filing.verified)) {
        pending.reject(
          badSignature(
            `the signature does not verify with key ${filing.envelope.keyId} of ${filing.envelope.party}`,
          ),
        );
        continue;
      }
      let envelope: Envelope;
      let texts: EnvelopeTexts;
      try {
        if ('envelope' in filing) ({ envelope, texts } = filing);
        else {
          envelope = this.#signOwn(filing.own.party, filing.own.act, next(filing.own.party));
          texts = envelopeTexts(envelope);
        }
      } catch (e) {
        pending.reject(
          malformed(`the act has no canonical JSON form: ${e instanceof Error ? e.message : String(e)}`),
        );
        continue;
      }
      const expected = next(envelope.party);
      if (envelope.seq !== expected) {
        pending.reject(seqConflict(envelope.party, envelope.seq, expected));
        continue;
      }
      const receivedAt = this.#receivedAt(ledger);
      const checked = this.#checkAct(envelope, receivedAt);
      if (!checked.ok) {
        pending.reject(
          malformed('the act is not one the treaty knows, or not well formed', {
            problems: problemsOf(checked.problems),
          }),
        );
        continue;
      }
      const index = ledger.size + entries.length;
      const outcome = this.#apply(ledger, index, checked.act);
      const leaf = leafTextOf(texts, { index, receivedAt, outcome });
      const hash = leafHashOf(sha256, leaf);
      nodes.push(...extendEdge(sha256, frontier, index, hash));
      entries.push({ index, leaf, leafHash: hash, party: envelope.party, seq: envelope.seq });
      seqs.set(envelope.party, envelope.seq);
      done.push({ pending, leaf, receipt: { index, leafHash: toBase64(hash), receivedAt, outcome } });
    }
    if (entries.length === 0) return;
    try {
      await this.#log.append(entries, nodes);
    } catch (e) {
      const error =
        e instanceof SeqConflictError
          ? unavailable('another writer appended to the log; the depositary has reloaded it', { cause: e })
          : unavailable('the log could not be written; nothing of this filing was recorded', { cause: e });
      for (const d of done) d.pending.reject(error);
      // The engine state ran ahead of the log: build it again from what is committed, then swap.
      // If the log no longer holds together, stop taking filings rather than guess.
      try {
        this.#ledger = await this.#rebuild();
      } catch (failure) {
        this.#broken = failure instanceof Error ? failure.message : String(failure);
        for (const p of this.#queue.splice(0))
          p.reject(unavailable(`the log does not hold together: ${this.#broken}`));
      }
      return;
    }
    // Committed: publish the new size, edge and seqs together.
    ledger.size += entries.length;
    ledger.frontier = frontier;
    for (const [party, seq] of seqs) ledger.lastSeq.set(party, seq);
    for (const d of done) d.pending.resolve(d.receipt);
    // Listeners hear of each entry once it is durable; one that fails does not stop the others.
    for (const d of done) {
      for (const listener of this.#listeners) {
        try {
          listener({ index: d.receipt.index, leaf: d.leaf });
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

  /** Lodges a Party's Ed25519 public key (base64 of the raw 32 bytes); returns its key id. */
  async lodgeKey(party: string, publicKeyBase64: string): Promise<{ party: string; keyId: string }> {
    if (kindOf(party) === null || party === SECURITY_COUNCIL) {
      throw malformed(`${party} is not a Party id (an ISO 3166-1 alpha-2 code, an organization, or x:name)`);
    }
    const raw = fromBase64(publicKeyBase64);
    if (raw === null || raw.length !== 32)
      throw malformed('publicKey must be the base64 of a raw 32-byte Ed25519 key');
    try {
      publicKeyFromRaw(raw);
    } catch (e) {
      throw malformed('publicKey is not a valid Ed25519 key', { cause: String(e) });
    }
    const keyId = keyIdOf(sha256, raw);
    try {
      await this.#log.addKey({ party, keyId, publicKey: raw, addedAt: this.#clock().toISOString() });
    } catch (e) {
      if (e instanceof KeyExistsError) throw keyExists(party, keyId);
      throw e;
    }
    this.#rememberKey(party, keyId, raw, false);
    return { party, keyId };
  }

  /** Revokes a key; later filings signed with it are refused. */
  async revokeKey(party: string, keyId: string): Promise<void> {
    if (!(await this.#log.revokeKey(party, keyId, this.#clock().toISOString()))) {
      throw notFound(`no active key ${keyId} for ${party}`);
    }
    const known = this.#keys.get(party)?.get(keyId);
    if (known) this.#keys.get(party)?.set(keyId, { ...known, revoked: true });
  }

  /** The Parties' keys, for the operator and for anyone who checks signatures. */
  async keys(
    party?: string,
  ): Promise<
    { party: string; keyId: string; publicKey: string; addedAt: string; revokedAt: string | null }[]
  > {
    return (await this.#log.keys(party)).map((k) => ({ ...k, publicKey: toBase64(k.publicKey) }));
  }

  /**
   * The treaty's outcome for the whole log, as of a day (default: the day of the last filing). It
   * waits for a batch being written, so it never shows filings that are not committed.
   */
  async outcome(asOf?: IsoDate): Promise<Outcome> {
    while (this.#inFlight !== null) await this.#inFlight;
    const ledger = this.#ledger;
    const last = (ledger.lastReceived.slice(0, 10) || null) as IsoDate | null;
    const day = asOf ?? last ?? (this.#clock().toISOString().slice(0, 10) as IsoDate);
    if (last === null || day >= last) return outcomeOf(ledger.state, 'depositary', day, ledger.rejected);
    // An earlier day: run the acts filed up to then again (the state in memory is today's), once
    // per day and log size.
    const key = `${day}@${ledger.size}`;
    const cached = this.#past.get(key);
    if (cached) return cached;
    const acts = ledger.acts.filter((a) => a.act.on <= day).map((a) => a.act);
    const result = run(
      { name: 'depositary', treaty: this.#treaty, parameters: this.#params, acts },
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
    this.#checkSize(size);
    if (size === this.#ledger.size) return rootOf(this.#ledger.frontier);
    const [root] = await this.#hashes([[0, size]]);
    return root as Hash;
  }

  /** The signed checkpoint (a C2SP signed note) of the log as it is now. */
  async checkpoint(): Promise<string> {
    const size = this.#ledger.size;
    if (this.#checkpoint?.size === size) return this.#checkpoint.note;
    const root = rootOf(this.#ledger.frontier);
    const note = await signNote(checkpointText({ origin: this.#origin, size, root }), this.#noteKey, (m) =>
      ed25519Sign(this.#signer, m),
    );
    // Kept, so that the depositary refuses to start on a log that no longer gives this root.
    if (this.#keepCheckpoints) await this.#log.setSetting('checkpoint', note);
    this.#checkpoint = { size, note };
    return note;
  }

  async inclusionProof(index: number, size: number): Promise<Hash[]> {
    this.#checkSize(size);
    if (!(Number.isInteger(index) && index >= 0 && index < size))
      throw malformed(`index must be a whole number below size ${size}`);
    return this.#hashes(inclusionRanges(index, size));
  }

  async consistencyProof(from: number, to: number): Promise<Hash[]> {
    this.#checkSize(to);
    if (!(Number.isInteger(from) && from >= 0 && from <= to))
      throw malformed(`from must be a whole number from 0 to ${to}`);
    return this.#hashes(consistencyRanges(from, to));
  }

  #checkSize(size: number): void {
    if (!(Number.isInteger(size) && size >= 0 && size <= this.#ledger.size)) {
      throw malformed(`size must be a whole number from 0 to the log's size, ${this.#ledger.size}`);
    }
  }

  async #hashes(ranges: readonly (readonly [number, number])[]): Promise<Hash[]> {
    const ids: NodeId[] = nodesFor(ranges);
    const got = await this.#log.nodes(ids);
    const byKey = new Map(ids.map((id, i) => [nodeKey(id), got[i] as Hash]));
    return hashRanges(sha256, ranges, (id) => byKey.get(nodeKey(id)) as Hash);
  }
}
