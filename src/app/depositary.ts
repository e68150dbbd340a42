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
import {
  ENVELOPE_SCHEMA,
  ENVELOPE_VERSION,
  keyIdOf,
  leafHashOf,
  leafText,
  signingBytes,
} from '../log/entry.ts';
import type { Hash, NodeId } from '../log/merkle.ts';
import {
  consistencyRanges,
  foldRange,
  hashRanges,
  inclusionRanges,
  nodeHash,
  nodesFor,
} from '../log/merkle.ts';
import {
  ed25519Sign,
  ed25519Verify,
  privateKeyFromSeed,
  publicKeyFromRaw,
  rawPublicKey,
  sha256,
} from '../log/node-crypto.ts';
import type { NoteKey } from '../log/note.ts';
import { checkpointText, formatVerifierKey, noteKey, signNote } from '../log/note.ts';
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
}

/** A filing or request a listener hears about when it is appended. */
export interface Appended {
  readonly index: number;
  readonly leaf: string;
}

interface ActiveKey {
  readonly object: KeyObject;
  readonly revoked: boolean;
}

/** A filing waiting for the writer: a signed envelope, or an act of the depositary itself, which the
 * writer signs with the seq then due (so a refused one never leaves a gap for the next). */
interface Pending {
  readonly filing:
    | { readonly envelope: Envelope }
    | { readonly own: { readonly party: string; readonly act: Readonly<Record<string, unknown>> } };
  readonly resolve: (receipt: Receipt) => void;
  readonly reject: (error: DepositaryError) => void;
}

const BATCH = 512;

const problemsOf = (problems: readonly Problem[]) =>
  problems.map((p) => ({ field: formatPath(p.key ? [...p.path, p.key] : p.path), message: p.message }));

export class Depositary {
  readonly #log: EventLog;
  readonly #clock: () => Date;
  readonly #signer: KeyObject;
  readonly #publicKey: Uint8Array;
  readonly #ownKey: KeyObject;
  readonly #keyId: string;
  readonly #noteKey: NoteKey;
  readonly #origin: string;
  readonly #treaty: TreatyId;
  readonly #params: ParameterValues;
  #state!: State;
  #size = 0;
  /** The tree's right edge: the complete subtrees that make up [0, size), largest first. */
  #frontier: StoredNode[] = [];
  #lastSeq = new Map<string, number>();
  #keys = new Map<string, Map<string, ActiveKey>>();
  #acts: { index: number; act: Act }[] = [];
  #rejected: RejectionOutcome[] = [];
  #lastReceived = '';
  #mismatches = 0;
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
    this.#ownKey = publicKeyFromRaw(this.#publicKey);
    this.#noteKey = noteKeyValue;
    this.#origin = config.origin;
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
      throw new Error(`the log's treaty is unknown: ${treatyText}`);
    const treaty = treatyText as TreatyId;
    const overrides = JSON.parse((await log.getSetting('parameters')) ?? '{}') as Record<string, unknown>;
    for (const [id, value] of Object.entries(overrides)) {
      if (!isParameterId(id) || !parseParameterValue(id, value).ok)
        throw new Error(`the log's parameter ${id} is invalid`);
    }
    const publicKey = rawPublicKey(privateKeyFromSeed(config.key.seed));
    const key = await noteKey(sha256, config.key.name, publicKey);
    const d = new Depositary(config, treaty, resolveParameters(treaty, overrides), key);
    await d.#load();
    return d;
  }

  get treaty(): TreatyId {
    return this.#treaty;
  }
  get size(): number {
    return this.#size;
  }
  /** The depositary's own key id (that of its envelopes for its own acts). */
  get keyId(): string {
    return this.#keyId;
  }
  /** The note verifier key of the checkpoints: `<name>+<hex key ID>+<base64 of 0x01 and the key>`. */
  get verifierKey(): string {
    return formatVerifierKey(this.#noteKey);
  }
  /** Entries whose logged outcome the engine no longer reproduces (0 unless the rules changed). */
  get mismatches(): number {
    return this.#mismatches;
  }
  /** The seq a Party's next filing must carry. */
  nextSeq(party: string): number {
    return (this.#lastSeq.get(party) ?? 0) + 1;
  }

  /** Rebuilds everything in memory from the log (at start, and after a failed append). */
  async #load(): Promise<void> {
    this.#state = startState({ treaty: this.#treaty, parameters: this.#params });
    this.#size = 0;
    this.#frontier = [];
    this.#lastSeq = new Map();
    this.#acts = [];
    this.#rejected = [];
    this.#lastReceived = '';
    this.#mismatches = 0;
    this.#checkpoint = null;
    this.#keys = new Map();
    for (const k of await this.#log.keys())
      this.#rememberKey(k.party, k.keyId, k.publicKey, k.revokedAt !== null);
    const total = await this.#log.size();
    for (let start = 0; start < total; start += 1000) {
      for (const leaf of await this.#log.entries(start, Math.min(total, start + 1000))) {
        const entry = JSON.parse(leaf) as Entry;
        const act = this.#actOf(entry.envelope, entry.receivedAt);
        if (act === null) throw new Error(`entry ${entry.index} holds an act this depositary cannot read`);
        const outcome = this.#apply(entry.index, act);
        if (outcome.accepted !== entry.outcome.accepted) this.#mismatches += 1;
        this.#grow(entry.index, leafHashOf(sha256, leaf));
        this.#lastSeq.set(entry.envelope.party, entry.envelope.seq);
        this.#lastReceived = entry.receivedAt;
        this.#size += 1;
      }
    }
    // The stored tree must be the one the leaves make: a row changed behind our back shows here.
    const stored = await this.#log.nodes(this.#frontier);
    this.#frontier.forEach((n, i) => {
      if (toBase64(n.hash) !== toBase64(stored[i] as Hash)) {
        throw new Error(
          `the stored tree does not match the log's entries at node ${nodeKey(n)}: run est verify`,
        );
      }
    });
  }

  #rememberKey(party: string, keyId: string, raw: Uint8Array, revoked: boolean): void {
    let byId = this.#keys.get(party);
    if (!byId) this.#keys.set(party, (byId = new Map<string, ActiveKey>()));
    byId.set(keyId, { object: publicKeyFromRaw(raw), revoked });
  }

  /** Appends leaf `index` to the right edge; returns the nodes it completes (the leaf's own first). */
  #grow(index: number, leaf: Hash): StoredNode[] {
    const added: StoredNode[] = [{ level: 0, index, hash: leaf }];
    this.#frontier.push(added[0] as StoredNode);
    for (;;) {
      const right = this.#frontier.at(-1) as StoredNode;
      const left = this.#frontier.at(-2);
      if (left === undefined || left.level !== right.level) break;
      const parent: StoredNode = {
        level: left.level + 1,
        index: left.index / 2,
        hash: nodeHash(sha256, left.hash, right.hash),
      };
      this.#frontier.splice(-2, 2, parent);
      added.push(parent);
    }
    return added;
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
  #apply(index: number, act: Act): FilingOutcome {
    const decision = decide(this.#state, act);
    if (decision.ok) {
      for (const e of decision.events) evolve(this.#state, e);
      this.#acts.push({ index, act });
      return { accepted: true, violations: [] };
    }
    this.#rejected.push(rejectionOf(index, act, decision.violations));
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
        ? { object: this.#ownKey, revoked: false }
        : undefined
      : this.#keys.get(envelope.party)?.get(envelope.keyId);
    if (key === undefined || key.revoked) {
      return Promise.reject(unknownKey(`no active key ${envelope.keyId} is lodged for ${envelope.party}`));
    }
    let signed: Uint8Array;
    try {
      signed = signingBytes(envelope);
    } catch (e) {
      return Promise.reject(
        malformed(`the envelope has no canonical JSON form: ${e instanceof Error ? e.message : String(e)}`),
      );
    }
    const signature = fromBase64(envelope.signature);
    if (signature === null || !ed25519Verify(key.object, signed, signature)) {
      return Promise.reject(
        badSignature(`the signature does not verify with key ${envelope.keyId} of ${envelope.party}`),
      );
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
    return this.#enqueue({ envelope });
  }

  #enqueue(filing: Pending['filing']): Promise<Receipt> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ filing, resolve, reject });
      void this.#drain();
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
  #signOwn(party: string, act: Readonly<Record<string, unknown>>): Envelope {
    const unsigned = {
      v: ENVELOPE_VERSION,
      party,
      keyId: this.#keyId,
      seq: this.nextSeq(party),
      act,
    } as const;
    return { ...unsigned, signature: toBase64(ed25519Sign(this.#signer, signingBytes(unsigned))) };
  }

  #receivedAt(): string {
    const now = this.#clock().toISOString();
    // Receipt times never go backwards, even if the clock does: acts must stay in date order.
    this.#lastReceived = now > this.#lastReceived ? now : this.#lastReceived;
    return this.#lastReceived;
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
    const entries: NewEntry[] = [];
    const nodes: StoredNode[] = [];
    const done: { pending: Pending; receipt: Receipt; leaf: string }[] = [];
    for (const pending of batch) {
      const { filing } = pending;
      let envelope: Envelope;
      try {
        envelope = 'envelope' in filing ? filing.envelope : this.#signOwn(filing.own.party, filing.own.act);
      } catch (e) {
        pending.reject(
          malformed(`the act has no canonical JSON form: ${e instanceof Error ? e.message : String(e)}`),
        );
        continue;
      }
      const expected = this.nextSeq(envelope.party);
      if (envelope.seq !== expected) {
        pending.reject(seqConflict(envelope.party, envelope.seq, expected));
        continue;
      }
      const receivedAt = this.#receivedAt();
      const checked = this.#checkAct(envelope, receivedAt);
      if (!checked.ok) {
        pending.reject(
          malformed('the act is not one the treaty knows, or not well formed', {
            problems: problemsOf(checked.problems),
          }),
        );
        continue;
      }
      const index = this.#size + entries.length;
      const outcome = this.#apply(index, checked.act);
      const leaf = leafText({ index, receivedAt, envelope, outcome });
      const hash = leafHashOf(sha256, leaf);
      nodes.push(...this.#grow(index, hash));
      entries.push({ index, leaf, leafHash: hash, party: envelope.party, seq: envelope.seq });
      this.#lastSeq.set(envelope.party, envelope.seq);
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
      await this.#load();
      return;
    }
    this.#size += entries.length;
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

  /** The treaty's outcome for the whole log, as of a day (default: the day of the last filing). */
  outcome(asOf?: IsoDate): Outcome {
    const last = (this.#lastReceived.slice(0, 10) || null) as IsoDate | null;
    const day = asOf ?? last ?? (this.#clock().toISOString().slice(0, 10) as IsoDate);
    if (last === null || day >= last) return outcomeOf(this.#state, 'depositary', day, this.#rejected);
    // An earlier day: run the acts filed up to then again (the state in memory is today's), once
    // per day and log size.
    const key = `${day}@${this.#size}`;
    const cached = this.#past.get(key);
    if (cached) return cached;
    const outcome = this.#outcomeOn(day);
    if (this.#past.size >= 64) this.#past.delete(this.#past.keys().next().value as string);
    this.#past.set(key, outcome);
    return outcome;
  }

  #outcomeOn(day: IsoDate): Outcome {
    const acts = this.#acts.filter((a) => a.act.on <= day);
    const result = run(
      { name: 'depositary', treaty: this.#treaty, parameters: this.#params, acts: acts.map((a) => a.act) },
      { asOf: day },
    );
    return { ...result.outcome, rejected: this.#rejected.filter((r) => r.on <= day) };
  }

  /** Leaf texts of entries [start, end) (at most 1000 at a time). */
  async entries(start: number, end: number): Promise<string[]> {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start)) {
      throw malformed('start and end must be whole numbers with 0 <= start <= end');
    }
    return this.#log.entries(start, Math.min(end, start + 1000, this.#size));
  }

  /** The root hash of the log at a size (no larger than the current size). */
  async rootAt(size: number): Promise<Hash> {
    this.#checkSize(size);
    if (size === this.#size)
      return foldRange(
        sha256,
        this.#frontier.map((n) => n.hash),
      );
    const [root] = await this.#hashes([[0, size]]);
    return root as Hash;
  }

  /** The signed checkpoint (a C2SP signed note) of the log as it is now. */
  async checkpoint(): Promise<string> {
    const size = this.#size;
    if (this.#checkpoint?.size === size) return this.#checkpoint.note;
    const root = await this.rootAt(size);
    const note = await signNote(checkpointText({ origin: this.#origin, size, root }), this.#noteKey, (m) =>
      ed25519Sign(this.#signer, m),
    );
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
    if (!(Number.isInteger(size) && size >= 0 && size <= this.#size)) {
      throw malformed(`size must be a whole number from 0 to the log's size, ${this.#size}`);
    }
  }

  async #hashes(ranges: readonly (readonly [number, number])[]): Promise<Hash[]> {
    const ids: NodeId[] = nodesFor(ranges);
    const got = await this.#log.nodes(ids);
    const byKey = new Map(ids.map((id, i) => [nodeKey(id), got[i] as Hash]));
    return hashRanges(sha256, ranges, (id) => byKey.get(nodeKey(id)) as Hash);
  }
}
