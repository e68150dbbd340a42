/**
 * @module A mirror of a depositary's log (c2sp.org/tlog-mirror): it follows the log through its
 * tiles (c2sp.org/tlog-tiles), proves each new checkpoint consistent with what it holds, checks
 * every entry as `est verify` does (its form, place and time, its signature with the key in force,
 * its seq, and the outcome the rules give), keeps a full copy in its own store, and cosigns (c2sp.org/tlog-cosignature) only the
 * checkpoints whose every entry it holds: the mirror's statement that the contents are durably
 * logged and can be read from it. It serves the same read API as the depositary (./record-view.ts).
 *
 * The spec's mirror is fed by clients through add-checkpoint and add-entries; it allows a mirror
 * other ways to update as long as it never cosigns what it does not hold. This one fetches: the
 * depositary's tiles are public, so a Party can run a mirror with nothing from the operator. Each
 * batch of entries is authenticated before it is stored, by the consistency of the tree it makes
 * with the checkpoint being fetched (RFC 9162 2.1.4), so a depositary that serves other entries than
 * the tree it signed is caught before anything of them is kept.
 *
 * What a depositary does wrong, signed with its key, is kept as evidence (`evidence`): a checkpoint
 * smaller than one held (a rollback), another root at a size held (a fork), a checkpoint that is
 * not consistent with the one held, entries that do not make the tree signed, or an entry the rules
 * refuse. The mirror stays on the branch it holds.
 */
import type { KeyObject } from 'node:crypto';
import { notMirrored } from '../app/errors.ts';
import type { LedgerSettings } from '../app/ledger.ts';
import { rebuild, remember, rootOf } from '../app/ledger.ts';
import { RecordView } from '../app/record-view.ts';
import type { SignedTree } from '../app/tree.ts';
import { TreeProofs, checkSize } from '../app/tree.ts';
import { fromBase64, toBase64 } from '../log/bytes.ts';
import type { CosignerKey } from '../log/cosignature.ts';
import { addSignatureLines, cosignatureLine } from '../log/cosignature.ts';
import type { MirrorStatus } from '../log/mirror-status.ts';
import type { Entry } from '../log/entry.ts';
import { leafHashOf, signingBytes } from '../log/entry.ts';
import type { Hash } from '../log/merkle.ts';
import { extendEdge, verifyConsistency } from '../log/merkle.ts';
import { ed25519Sign, ed25519Verify, sha256 } from '../log/node-crypto.ts';
import type { Checkpoint, NoteKey } from '../log/note.ts';
import { openNote, parseCheckpoint, parseVerifierKey } from '../log/note.ts';
import type { ListedKey } from '../log/record.ts';
import type { Verifier } from '../log/node-verifier.ts';
import { sharedVerifier } from '../log/node-verifier.ts';
import { readEntry } from '../log/verify.ts';
import type { EventLog, NewEntry, StoredNode } from '../store/event-log.ts';
import type { TreatyId } from '../treaty/common.ts';
import { TREATY_IDS } from '../treaty/common.ts';
import { isParameterId, parameterSeries, parseParameterValue } from '../treaty/parameters/index.ts';

/** Entries fetched, authenticated and stored at a time: four entry bundles. */
export const CHUNK = 1024;
/** Evidence kept at most (the oldest goes first). */
export const MAX_EVIDENCE = 1000;

/** The store's settings a mirror keeps, named as a depositary's store names them where they mean the same. */
const SETTING = {
  treaty: 'treaty',
  parameters: 'parameters',
  origin: 'origin',
  verifierKey: 'verifierKey',
  /** The mirror checkpoint: the log's signed note with the cosignatures it came with and the mirror's. */
  checkpoint: 'checkpoint',
  from: 'mirror-of',
  listedKeys: 'mirror-listed-keys',
  evidence: 'mirror-evidence',
} as const;

export type EvidenceKind = 'rollback' | 'fork' | 'inconsistent' | 'entries' | 'entry';

/** A checkpoint signed with the log's key that the log's history held by the mirror refutes. */
export interface MirrorEvidence {
  readonly kind: EvidenceKind;
  /** When the mirror found it (ISO 8601). */
  readonly at: string;
  readonly detail: string;
  /** The signed checkpoint, as served. */
  readonly checkpoint: string;
  /** What the mirror held then. */
  readonly held: { readonly size: number; readonly root: string };
  /** The entry at fault, for `entry`. */
  readonly index?: number;
}

/** What the mirror was told about the log when it first followed it (`est-log.json`). */
export interface LogSettings {
  readonly treaty: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly keys: readonly ListedKey[];
}

/** Where the mirror reads the log: what {@link TileLogClient} answers (src/client/tile-log.ts). */
export interface Upstream {
  /** Where the tiles are, for messages. */
  readonly base: string;
  checkpoint(): Promise<string>;
  pages(start: number, end: number): AsyncIterable<string[]>;
  consistencyProof(from: number, to: number): Promise<Hash[]>;
}

export interface MirrorConfig {
  /** The mirror's own store. */
  readonly log: EventLog;
  readonly upstream: Upstream;
  /** The depositary's address as the operator gave it (default: the tiles' base). */
  readonly from?: string;
  /** The log's verifier key (the depositary's `--print-verifier-key`). */
  readonly logKey: string;
  /** The log's treaty, parameters and listed keys, needed the first time only. */
  readonly logSettings?: () => Promise<LogSettings>;
  /** The mirror's cosigner key (c2sp.org/tlog-cosignature, type 0x04). */
  readonly key: { readonly key: CosignerKey; readonly privateKey: KeyObject; readonly verifierKey: string };
  readonly clock?: () => Date;
}

/** The mirror cannot start on this store, or the log is not one it can follow. */
export class MirrorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MirrorError';
  }
}

/** What one round of following did. */
export type Followed =
  | { readonly kind: 'up-to-date'; readonly size: number }
  | { readonly kind: 'advanced'; readonly from: number; readonly size: number }
  | { readonly kind: 'refused'; readonly evidence: MirrorEvidence }
  | { readonly kind: 'halted'; readonly reason: string };

/** A mirror of one log, serving the read API over its copy. */
export class Mirror extends RecordView {
  readonly #upstream: Upstream;
  readonly #from: string;
  readonly #logKey: NoteKey;
  readonly #logKeyText: string;
  readonly #cosigner: MirrorConfig['key'];
  readonly #clock: () => Date;
  readonly #verifier: Verifier = sharedVerifier();
  #origin: string;
  /** The mirror checkpoint: size, root, and the note served. */
  #checkpoint: (Checkpoint & { readonly note: string }) | null;
  #evidence: MirrorEvidence[];
  /** Resolves when no entries are being applied. */
  #applying: Promise<void> = Promise.resolve();
  #round: Promise<Followed> | null = null;
  #upstreamSize: number | null = null;
  #lastSuccess: string | null = null;
  #lastError: string | null = null;
  #halted: string | null = null;

  private constructor(
    config: MirrorConfig,
    settings: LedgerSettings,
    logKey: NoteKey,
    origin: string,
    checkpoint: (Checkpoint & { readonly note: string }) | null,
    evidence: MirrorEvidence[],
  ) {
    super(config.log, settings, new TreeProofs(config.log));
    this.#upstream = config.upstream;
    this.#from = config.from ?? config.upstream.base;
    this.#logKey = logKey;
    this.#logKeyText = config.logKey.trim();
    this.#cosigner = config.key;
    this.#clock = config.clock ?? (() => new Date());
    this.#origin = origin;
    this.#checkpoint = checkpoint;
    this.#evidence = evidence;
  }

  /**
   * Opens a mirror over its store. A new store is bound to the log's key (and told the log's treaty
   * and parameters); a store that mirrors another log is refused. What the store holds is replayed
   * and checked against the checkpoint the mirror last cosigned, as a depositary checks its own.
   */
  static async open(config: MirrorConfig): Promise<Mirror> {
    const log = config.log;
    const logKey = await parseVerifierKey(sha256, config.logKey.trim());
    if (logKey === null)
      throw new MirrorError(
        `not a log verifier key: ${config.logKey} (expected <name>+<hex key id>+<base64 key>, as est serve --print-verifier-key prints it)`,
      );
    const bound = await log.getSetting(SETTING.verifierKey);
    if (bound !== null && bound !== config.logKey.trim())
      throw new MirrorError(
        `this store mirrors the log of ${bound}, not ${config.logKey.trim()}: give another --data`,
      );
    if (bound === null) {
      if ((await log.size()) > 0)
        throw new MirrorError('this store holds a log of its own: give another --data');
      const told = config.logSettings === undefined ? null : await config.logSettings();
      await log.setSetting(SETTING.treaty, told?.treaty ?? 'est-2009');
      await log.setSetting(SETTING.parameters, JSON.stringify(told?.parameters ?? {}));
      await log.setSetting(SETTING.listedKeys, JSON.stringify(told?.keys ?? []));
      await log.setSetting(SETTING.from, config.from ?? config.upstream.base);
      await log.setSetting(SETTING.verifierKey, config.logKey.trim());
    }
    const treaty = (await log.getSetting(SETTING.treaty)) ?? 'est-2009';
    if (!(TREATY_IDS as readonly string[]).includes(treaty))
      throw new MirrorError(`the log's treaty is unknown to this build: ${treaty}`);
    const overrides = JSON.parse((await log.getSetting(SETTING.parameters)) ?? '{}') as Record<
      string,
      unknown
    >;
    for (const [id, value] of Object.entries(overrides)) {
      if (!isParameterId(id) || !parseParameterValue(id, value).ok)
        throw new MirrorError(`the log's parameter ${id} is unknown to this build, or its value is`);
    }
    const listed = JSON.parse((await log.getSetting(SETTING.listedKeys)) ?? '[]') as ListedKey[];
    const settings: LedgerSettings = {
      treaty: treaty as TreatyId,
      parameters: parameterSeries(treaty as TreatyId, overrides),
      overrides,
      depositaryKey: logKey.publicKey,
      listedKeys: listed.map(({ party, keyId, publicKey }) => ({ party, keyId, publicKey })),
    };
    const note = await log.getSetting(SETTING.checkpoint);
    let held: (Checkpoint & { readonly note: string }) | null = null;
    let origin = await log.getSetting(SETTING.origin);
    if (note !== null) {
      const opened = await openNote(note, logKey, ed25519Verify);
      const c = opened.ok ? parseCheckpoint(opened.text) : null;
      if (c === null)
        throw new MirrorError('the checkpoint this mirror kept is not signed by the log it mirrors');
      held = { ...c, note };
      origin = c.origin;
    }
    const evidenceText = await log.getSetting(SETTING.evidence);
    const evidence = evidenceText === null ? [] : (JSON.parse(evidenceText) as MirrorEvidence[]);
    const mirror = new Mirror(config, settings, logKey, origin ?? '', held, evidence);
    mirror.ledger = (await rebuild(log, settings, held)).ledger;
    return mirror;
  }

  get origin(): string {
    return this.#origin;
  }
  /** The log's verifier key: the checkpoints served are the log's, with the mirror's cosignature. */
  get verifierKey(): string {
    return this.#logKeyText;
  }
  /** The mirror's own cosigner verifier key, for the policies of those who count on it. */
  get mirrorKey(): string {
    return this.#cosigner.verifierKey;
  }
  get evidence(): readonly MirrorEvidence[] {
    return this.#evidence;
  }
  get status(): MirrorStatus {
    return {
      from: this.#from,
      logKey: this.#logKeyText,
      mirrorKey: this.#cosigner.verifierKey,
      size: this.size,
      cosigned: this.#checkpoint?.size ?? null,
      upstream: this.#upstreamSize,
      lastSuccess: this.#lastSuccess,
      lastError: this.#lastError,
      halted: this.#halted,
      evidence: this.#evidence.length,
    };
  }

  /** The mirror checkpoint; before the mirror has cosigned one, a 503 (not-mirrored). */
  checkpoint(): Promise<string> {
    if (this.#checkpoint === null) return Promise.reject(this.#notYet());
    return Promise.resolve(this.#checkpoint.note);
  }

  /** The entry's proof against the mirror checkpoint (or the one given), as tlog-proof@v1 text. */
  async tlogProof(index: number, checkpoint?: SignedTree): Promise<string> {
    const against = checkpoint ?? this.#checkpoint;
    if (against === null) throw this.#notYet();
    checkSize(against.size, this.size);
    return this.proofs.tlogProof(index, against);
  }

  #notYet(): Error {
    return notMirrored(
      `this mirror has not yet copied a checkpoint of ${this.#from}${this.#lastError === null ? '' : ` (last attempt: ${this.#lastError})`}`,
    );
  }

  protected settled(): Promise<void> {
    return this.#applying;
  }

  /**
   * One round: reads the log's checkpoint and brings the copy up to it. Rounds do not overlap: a
   * call while one runs gets that round's result. A failure to reach or read the log is thrown (and
   * kept for the status); what the log did wrong is returned as evidence.
   */
  follow(): Promise<Followed> {
    this.#round ??= this.#follow().then(
      (r) => {
        this.#round = null;
        this.#lastSuccess = this.#clock().toISOString();
        this.#lastError = null;
        return r;
      },
      (e: unknown) => {
        this.#round = null;
        this.#lastError = e instanceof Error ? e.message : String(e);
        throw e;
      },
    );
    return this.#round;
  }

  async #follow(): Promise<Followed> {
    if (this.#halted !== null) return { kind: 'halted', reason: this.#halted };
    const note = await this.#upstream.checkpoint();
    const opened = await openNote(note, this.#logKey, ed25519Verify);
    if (!opened.ok)
      throw new MirrorError(`${this.#from}: the checkpoint is not signed by the log: ${opened.reason}`);
    const c = parseCheckpoint(opened.text);
    if (c === null) throw new MirrorError(`${this.#from}: the signed note is not a checkpoint`);
    if (this.#origin !== '' && c.origin !== this.#origin)
      throw new MirrorError(`${this.#from}: the checkpoint's origin is ${c.origin}, not ${this.#origin}`);
    this.#upstreamSize = c.size;
    const size = this.size;
    const root = rootOf(this.ledger.frontier);
    const refuse = (kind: EvidenceKind, detail: string, index?: number) =>
      this.#keep({ kind, detail, note, size, root, ...(index === undefined ? {} : { index }) });
    if (c.size < size)
      return refuse(
        'rollback',
        `a checkpoint of ${c.size} entries, where the mirror holds ${size} of this log`,
      );
    if (c.size === size) {
      if (toBase64(c.root) !== toBase64(root))
        return refuse(
          'fork',
          `another root for the ${size} entries the mirror holds: the log has two histories`,
        );
      if (this.#checkpoint === null || this.#checkpoint.size < size) await this.#cosign(c, note, opened.text);
      return { kind: 'up-to-date', size };
    }
    const proof = await this.#upstream.consistencyProof(size, c.size);
    if (!(await verifyConsistency(sha256, size, c.size, root, c.root, proof)))
      return refuse(
        'inconsistent',
        `the checkpoint of ${c.size} entries is not consistent with the ${size} held`,
      );
    for (let start = size; start < c.size; start += CHUNK) {
      const done = await this.#copy(c, start, Math.min(c.size, start + CHUNK));
      if (done !== null) return refuse(done.kind, done.detail, done.index);
    }
    await this.#cosign(c, note, opened.text);
    return { kind: 'advanced', from: size, size: c.size };
  }

  /**
   * Copies entries [start, end) of the tree of checkpoint `c`: fetched, authenticated (the tree of
   * [0, end) they make must be consistent with `c`), replayed, then stored with their nodes in one
   * append. Null when they are stored; else what was wrong, and nothing of them is kept.
   */
  async #copy(
    c: Checkpoint,
    start: number,
    end: number,
  ): Promise<{ kind: EvidenceKind; detail: string; index?: number } | null> {
    const leaves: string[] = [];
    for await (const page of this.#upstream.pages(start, end)) leaves.push(...page);
    if (leaves.length !== end - start)
      throw new MirrorError(`${this.#from}: ${leaves.length} entries served for [${start}, ${end})`);
    const edge = this.ledger.frontier.map((n) => ({ ...n }));
    const nodes: StoredNode[] = [];
    const hashes = leaves.map((leaf, i) => {
      const hash = leafHashOf(sha256, leaf);
      nodes.push(...extendEdge(sha256, edge, start + i, hash));
      return hash;
    });
    const rootHere = rootOf(edge);
    const proof = end === c.size ? [] : await this.#upstream.consistencyProof(end, c.size);
    if (!(await verifyConsistency(sha256, end, c.size, rootHere, c.root, proof)))
      return {
        kind: 'entries',
        detail: `entries ${start} to ${end - 1} as served do not make the tree the log signed for ${c.size} entries`,
      };
    let release!: () => void;
    this.#applying = new Promise((r) => (release = r));
    try {
      return await this.#apply(leaves, hashes, start, edge, nodes);
    } finally {
      release();
    }
  }

  /** Replays authenticated entries and stores them; on a refusal, the ledger is rebuilt from the store. */
  async #apply(
    leaves: readonly string[],
    hashes: readonly Hash[],
    start: number,
    edge: StoredNode[],
    nodes: readonly StoredNode[],
  ): Promise<{ kind: EvidenceKind; detail: string; index: number } | null> {
    const ledger = this.ledger;
    const entries: NewEntry[] = [];
    // Signatures are checked on other threads while the entries are replayed here.
    const signatures: { index: number; check: Promise<boolean> }[] = [];
    let problem: { index: number; detail: string } | null = null;
    for (const [i, leaf] of leaves.entries()) {
      const index = start + i;
      const read = readEntry(leaf, index, ledger.lastReceived);
      const entry = read.entry;
      const replayed = entry === null ? null : ledger.record.replay(entry);
      const [first] = [...read.problems, ...(replayed?.problems ?? [])];
      if (entry === null || replayed === null || first !== undefined) {
        problem = { index, detail: `entry ${index}: ${first?.detail ?? 'not an entry'}` };
        break;
      }
      const { envelope } = entry;
      const raw = fromBase64(envelope.signature);
      signatures.push({
        index,
        check:
          raw === null || replayed.key === null
            ? Promise.resolve(false)
            : this.#verifier.verify(replayed.key, signingBytes(envelope), raw),
      });
      remember(ledger, index, replayed.act, replayed.decision);
      ledger.lastSeq.set(envelope.party, envelope.seq);
      ledger.lastIndex.set(envelope.party, index);
      ledger.lastReceived = entry.receivedAt;
      entries.push({ index, leaf, leafHash: hashes[i] as Hash, party: envelope.party, seq: envelope.seq });
    }
    const good = await Promise.all(signatures.map((s) => s.check));
    const forged = signatures.find((_, i) => !good[i]);
    if (forged !== undefined) {
      const { envelope } = JSON.parse(leaves[forged.index - start] as string) as Entry;
      problem = {
        index: forged.index,
        detail: `entry ${forged.index}: the signature does not verify with key ${envelope.keyId} of ${envelope.party}`,
      };
    }
    if (problem !== null) {
      // The record ran ahead of the store: build it again from what is stored.
      this.ledger = (await rebuild(this.log, this.settings, this.#checkpoint)).ledger;
      this.#halted = `${problem.detail}; the mirror holds the ${this.size} entries before the first batch that has it`;
      return { kind: 'entry', detail: problem.detail, index: problem.index };
    }
    try {
      await this.log.append(entries, nodes);
    } catch (e) {
      this.ledger = (await rebuild(this.log, this.settings, this.#checkpoint)).ledger;
      throw e;
    }
    ledger.size = start + leaves.length;
    ledger.frontier = edge;
    this.publish(entries.map(({ index, leaf }) => ({ index, leaf })));
    return null;
  }

  /** Cosigns a checkpoint whose entries are all stored, and keeps it before serving it. */
  async #cosign(c: Checkpoint, note: string, text: string): Promise<void> {
    const time = Math.floor(this.#clock().getTime() / 1000);
    const line = await cosignatureLine(text, this.#cosigner.key, time, (m) =>
      ed25519Sign(this.#cosigner.privateKey, m),
    );
    const cosigned = addSignatureLines(note, [line]);
    await this.log.setSetting(SETTING.checkpoint, cosigned);
    if (this.#origin === '') {
      await this.log.setSetting(SETTING.origin, c.origin);
      this.#origin = c.origin;
    }
    this.#checkpoint = { ...c, note: cosigned };
  }

  /** Keeps evidence (once per kind and checkpoint), persisted before it is reported. */
  async #keep(found: {
    kind: EvidenceKind;
    detail: string;
    note: string;
    size: number;
    root: Hash;
    index?: number;
  }): Promise<Followed> {
    const evidence: MirrorEvidence = {
      kind: found.kind,
      at: this.#clock().toISOString(),
      detail: found.detail,
      checkpoint: found.note,
      held: { size: found.size, root: toBase64(found.root) },
      ...(found.index === undefined ? {} : { index: found.index }),
    };
    const known = this.#evidence.some(
      (e) => e.kind === evidence.kind && e.checkpoint === evidence.checkpoint,
    );
    if (!known) {
      this.#evidence = [...this.#evidence, evidence].slice(-MAX_EVIDENCE);
      await this.log.setSetting(SETTING.evidence, JSON.stringify(this.#evidence));
    }
    return { kind: 'refused', evidence };
  }
}

/** The log's settings as `est-log.json` beside its tiles gives them. */
export function logSettingsOf(body: {
  readonly treaty?: string;
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly keys?: readonly { party: string; keyId: string; publicKey: string }[];
}): LogSettings {
  return {
    treaty: body.treaty ?? 'est-2009',
    parameters: body.parameters ?? {},
    keys: (body.keys ?? []).map(({ party, keyId, publicKey }) => ({ party, keyId, publicKey })),
  };
}
