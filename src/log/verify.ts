/**
 * @module Verifying a depositary's log from the outside: given the leaves, the signed checkpoint and
 * the note verifier key (and, for a log begun in format 1, the keys listed beside it), recompute
 * everything the depositary claims and name the first entry that does not match.
 *
 * Per entry, in order: the leaf is the canonical JSON of an entry (format 2, or format 1 before
 * any format 2) whose `index` is its position; `receivedAt` is ISO 8601 UTC and never earlier than
 * the entry before; then what the filing record (./record.ts) says of it: the envelope's signature
 * verifies with the filer's key in force at that index as the log itself lodged it (a format 1
 * entry: the listed key), or with the depositary's own key (derived from the verifier key) for the
 * Depositary's and the Security Council's acts; `seq` rises by exactly 1 per filer; the filer may
 * file the act; and the act, re-decided on the state the entries before it made, gives the logged
 * outcome. Where it does not and the entry names earlier rules, that is a rules change, reported
 * apart from the problems: the record is intact, the rules moved on. Then: the checkpoint's
 * signature verifies with the verifier key, its size is the number of entries, and its root is the
 * RFC 9162 root over all the leaves.
 *
 * A leaf changed so that every check of its own still passes (a receipt time moved within the
 * day, say) shows only as a wrong root: `locateByConsistency` (./locate-change.ts) then finds it
 * with the server's consistency proofs. Pure (no node:*): SHA-256 and Ed25519 are passed in, so the browser
 * runs the same code with WebCrypto.
 */
import type { TreatyId } from '../treaty/common.ts';
import { TREATY_IDS } from '../treaty/common.ts';
import { isParameterId, parameterSeries, parseParameterValue } from '../treaty/parameters/index.ts';
import { equalBytes, fromBase64, toBase64 } from './bytes.ts';
import type { Entry } from './entry.ts';
import { ENTRY_SCHEMA, canonicalJson, leafHashOf, signingBytes } from './entry.ts';
import type { ListedKey, RecordOptions, RulesChange } from './record.ts';
import { FilingRecord } from './record.ts';
import { rootOf } from './locate-change.ts';
import type { Hash, Sha256 } from './merkle.ts';
import type { NoteKey } from './note.ts';
import { openNote, parseCheckpoint, parseVerifierKey } from './note.ts';

/** A Party's public key as `GET /api/v1/keys` lists it. */
export type LodgedKey = ListedKey;

export interface VerifyInput {
  /** Leaf texts, in log order. */
  readonly entries: readonly string[];
  /** The signed checkpoint (a C2SP note); when absent, only the entries are checked. */
  readonly checkpoint?: string;
  /** The note verifier key of the depositary; its key also signs the Depositary's own filings. */
  readonly verifierKey?: string;
  /**
   * The keys listed outside the log (`GET /api/v1/keys`): only format 1 entries, written before keys
   * were logged, are checked with them; a format 2 entry's key must be lodged in the log itself.
   */
  readonly keys: readonly LodgedKey[];
  /** The log's treaty (default est-2009). */
  readonly treaty?: string;
  /** The log's parameter overrides (default none). */
  readonly parameters?: Readonly<Record<string, unknown>>;
  /** When given, the checkpoint's origin must be this. */
  readonly origin?: string;
  /** Stop recording problems after this many (default 100); the count of the rest is kept. */
  readonly maxProblems?: number;
}

export interface VerifyCrypto {
  readonly sha256: Sha256;
  readonly ed25519Verify: (
    publicKey: Uint8Array,
    message: Uint8Array,
    signature: Uint8Array,
  ) => boolean | Promise<boolean>;
}

/** What was checked; each problem names one. */
export type CheckName =
  /** The leaf is the canonical JSON of an entry. */
  | 'entry'
  /** The entry's index is its position. */
  | 'index'
  /** ISO 8601 UTC, never before the entry ahead. */
  | 'receivedAt'
  /** The filer may file this act (the Depositary only `close`, UNSC only `unsc-measures`). */
  | 'filer'
  /** A key (party, keyId) is lodged, or the depositary's own key signed its own filing. */
  | 'key'
  /** The envelope's signature verifies. */
  | 'signature'
  /** seq rises by exactly 1 per filer. */
  | 'seq'
  /** The act is one the treaty knows, well formed for its filer. */
  | 'act'
  /** The engine reproduces the logged outcome (under the rules the entry names). */
  | 'outcome'
  /** The keys are what their ids say, of large prime order, and lodged and revoked in order. */
  | 'keys'
  /** A rules-change entry lists only entries before it. */
  | 'rules'
  /** The log's treaty and parameters are known. */
  | 'settings'
  /** The verifier key is one, and the one trusted. */
  | 'verifierKey'
  /** The checkpoint is signed by the verifier key, of the origin expected. */
  | 'checkpoint'
  /** The checkpoint signs as many entries as there are. */
  | 'size'
  /** The entries make the signed root (or, on a server, the one the signed tree holds). */
  | 'root'
  /** An inclusion proof from the server verifies (est verify --server). */
  | 'inclusion'
  /** The log extends an earlier checkpoint (est verify --server --since). */
  | 'consistency'
  /** The stored tree is the one of the stored leaves (est verify --data). */
  | 'stored';

export interface VerifyProblem {
  /** The entry (its position in the log), or null for the log as a whole. */
  readonly index: number | null;
  readonly check: CheckName;
  readonly detail: string;
}

export interface VerifyResult {
  readonly ok: boolean;
  /** The number of entries checked. */
  readonly size: number;
  /** Base64 RFC 9162 root over all the entries given. */
  readonly root: string;
  /** The checkpoint's origin, size and root when it was signed by the verifier key, else null. */
  readonly checkpoint: { readonly origin: string; readonly size: number; readonly root: string } | null;
  readonly treaty: string;
  readonly problems: readonly VerifyProblem[];
  /** Problems found beyond `maxProblems`. */
  readonly omitted: number;
  /** The first entry that does not match, or null. */
  readonly firstBad: number | null;
  /**
   * Entries the current rules decide otherwise than the rules they name (not integrity failures:
   * the record is intact, the rules moved on); each with the rules-change entry that recorded it.
   */
  readonly rulesChanges: readonly RulesChange[];
  /** The Parties' keys the log lodged (in force or not), as its entries make them. */
  readonly lodged: number;
}

/** What {@link readEntry} found: the entry (null when the leaf is not one), and what is wrong with it. */
export interface ReadEntry {
  readonly entry: Entry | null;
  readonly problems: readonly { readonly check: CheckName; readonly detail: string }[];
  /** Whether its receipt time is well formed and not before `lastReceived` (it becomes the last). */
  readonly received: boolean;
}

/**
 * The checks of a leaf that need nothing of the record: it is an entry, in canonical JSON
 * (RFC 8785), at its position, received at an ISO 8601 UTC time not before the entry before it
 * (`lastReceived`). Shared by `est verify` ({@link LogVerifier}) and a mirror (src/mirror/mirror.ts).
 */
export function readEntry(leaf: string, position: number, lastReceived: string): ReadEntry {
  const problems: { check: CheckName; detail: string }[] = [];
  let json: unknown;
  try {
    json = JSON.parse(leaf);
  } catch (e) {
    problems.push({ check: 'entry', detail: `the leaf is not JSON (${(e as Error).message})` });
    return { entry: null, problems, received: false };
  }
  const parsed = ENTRY_SCHEMA.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `: ${issue.path.join('.') || '(top)'}: ${issue.message}` : '';
    problems.push({
      check: 'entry',
      detail: `the leaf is not an entry { v, index, receivedAt, envelope, outcome, rules }${where}`,
    });
    return { entry: null, problems, received: false };
  }
  if (canonicalJson(json) !== leaf)
    problems.push({ check: 'entry', detail: 'the leaf is not in canonical JSON (RFC 8785)' });
  const entry = parsed.data as Entry;
  if (entry.index !== position)
    problems.push({
      check: 'index',
      detail: `the entry at position ${position} says it is entry ${entry.index}`,
    });
  let received = false;
  if (!isIsoUtc(entry.receivedAt)) {
    problems.push({
      check: 'receivedAt',
      detail: `receivedAt ${JSON.stringify(entry.receivedAt)} is not an ISO 8601 UTC time`,
    });
  } else if (entry.receivedAt < lastReceived) {
    problems.push({
      check: 'receivedAt',
      detail: `received at ${entry.receivedAt}, before entry ${position - 1} (${lastReceived}): this entry's time or that one's was changed`,
    });
  } else received = true;
  return { entry, problems, received };
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** `2010-01-15T09:00:00.000Z` and nothing else: what `Date.prototype.toISOString` writes. */
export function isIsoUtc(text: string): boolean {
  if (!ISO_UTC.test(text)) return false;
  const t = Date.parse(text);
  return Number.isFinite(t) && new Date(t).toISOString() === text;
}

/**
 * How many entries' signature checks may be in flight at once: enough for checks on other threads
 * to overlap the replay on this one, few enough that their leaves and problems stay small.
 */
export const WINDOW = 1024;

/** An entry's signature check, and where its problem goes among the entry's others. */
interface PendingSignature {
  readonly check: boolean | Promise<boolean>;
  /** How many of the entry's problems come before the signature's. */
  readonly slot: number;
  readonly problem: VerifyProblem;
}

/** An entry checked but for the answer of its signature check. */
interface Unsettled {
  readonly found: readonly VerifyProblem[];
  readonly signature: PendingSignature | null;
}

/** The settings and keys a verification needs, without the entries (see {@link VerifyInput}). */
export type VerifyOptions = Omit<VerifyInput, 'entries' | 'checkpoint'>;

/**
 * Verifies a log entry by entry as it streams in (a million leaves need not be held at once), then
 * against a checkpoint. {@link verifyLog} is the same for a list in memory.
 */
export class LogVerifier {
  readonly #crypto: VerifyCrypto;
  readonly #options: VerifyOptions;
  readonly #max: number;
  readonly #problems: VerifyProblem[] = [];
  #omitted = 0;
  #firstBad: number | null = null;
  #noteKey: NoteKey | null = null;
  /** The record replayed: keys, seqs, the engine state, rules changes. */
  #record!: FilingRecord;
  readonly #treaty: string;
  /** The RFC 9162 leaf hash of every entry added, in order. */
  readonly leafHashes: Hash[] = [];
  #lastReceived = '';
  #root: { size: number; hash: Hash } | null = null;
  #checkpoint: VerifyResult['checkpoint'] = null;
  /** Entries checked but for their signature, oldest first. */
  readonly #unsettled: Unsettled[] = [];

  private constructor(options: VerifyOptions, crypto: VerifyCrypto) {
    this.#options = options;
    this.#crypto = crypto;
    this.#max = options.maxProblems ?? 100;
    this.#treaty = options.treaty ?? 'est-2009';
  }

  /** Reads the keys, the verifier key and the settings (problems with them are reported, not thrown). */
  static async create(options: VerifyOptions, crypto: VerifyCrypto): Promise<LogVerifier> {
    const v = new LogVerifier(options, crypto);
    await v.#setUp();
    return v;
  }

  /** The number of entries added so far. */
  get size(): number {
    return this.leafHashes.length;
  }

  #report(index: number | null, check: CheckName, detail: string): void {
    if (index !== null && (this.#firstBad === null || index < this.#firstBad)) this.#firstBad = index;
    if (this.#problems.length < this.#max) this.#problems.push({ index, check, detail });
    else this.#omitted += 1;
  }

  async #setUp(): Promise<void> {
    const { sha256 } = this.#crypto;
    const input = this.#options;
    // The depositary's key: the checkpoints' and that of its own filings.
    if (input.verifierKey !== undefined) {
      this.#noteKey = await parseVerifierKey(sha256, input.verifierKey.trim());
      if (this.#noteKey === null)
        this.#report(null, 'verifierKey', `not a note verifier key: ${input.verifierKey}`);
    }
    this.#record = new FilingRecord({
      engine: this.#engine(),
      depositaryKey: this.#noteKey?.publicKey ?? null,
      sha256,
      listedKeys: input.keys,
    });
    for (const p of this.#record.listedKeyProblems) this.#report(null, 'keys', p);
  }

  /** The treaty and its parameters, for replaying the acts; null (reported) when not known. */
  #engine(): RecordOptions['engine'] {
    if (!(TREATY_IDS as readonly string[]).includes(this.#treaty)) {
      this.#report(
        null,
        'settings',
        `the log's treaty ${this.#treaty} is unknown: outcomes were not re-decided`,
      );
      return null;
    }
    const treaty = this.#treaty as TreatyId;
    const overrides = this.#options.parameters ?? {};
    const bad = Object.entries(overrides).filter(
      ([id, value]) => !isParameterId(id) || !parseParameterValue(id, value).ok,
    );
    if (bad.length > 0) {
      this.#report(
        null,
        'settings',
        `the log's parameters ${bad.map(([id]) => id).join(', ')} are invalid: outcomes were not re-decided`,
      );
      return null;
    }
    return { treaty, parameters: parameterSeries(treaty, overrides) };
  }

  /**
   * Checks the next entry (its leaf text) against those before it. Its signature may still be
   * being checked when this returns (up to {@link WINDOW} entries' are in flight at once, so that
   * checks on other threads overlap the replay here); {@link finish} and {@link checkCheckpoint}
   * wait for them all. Problems are reported in entry order all the same. One call at a time.
   */
  async add(leaf: string): Promise<void> {
    const position = this.leafHashes.length;
    const found: VerifyProblem[] = [];
    const signature = this.#check(leaf, position, found);
    const known = signature === null || typeof signature.check === 'boolean';
    if (known && this.#unsettled.length === 0) {
      this.#reportEntry(found, signature, signature?.check !== false);
      return;
    }
    this.#unsettled.push({ found, signature });
    if (this.#unsettled.length >= WINDOW) await this.settle(WINDOW / 2);
  }

  /**
   * Waits for the signature checks still in flight until at most `left` entries' remain, and
   * reports what each of those entries found, in order.
   */
  async settle(left = 0): Promise<void> {
    while (this.#unsettled.length > left) {
      const { found, signature } = this.#unsettled[0] as Unsettled;
      const good = signature === null || (await signature.check);
      this.#unsettled.shift();
      this.#reportEntry(found, signature, good);
    }
  }

  /** Reports an entry's problems in order, its signature's (when `good` is false) in its place. */
  #reportEntry(found: readonly VerifyProblem[], signature: PendingSignature | null, good: boolean): void {
    const bad = good || signature === null ? null : signature;
    for (let i = 0; i <= found.length; i += 1) {
      if (bad !== null && i === bad.slot) this.#report(bad.problem.index, 'signature', bad.problem.detail);
      const p = found[i];
      if (p !== undefined) this.#report(p.index, p.check, p.detail);
    }
  }

  /**
   * Every check of an entry but the wait for its signature: what fails goes into `found`, in the
   * order reported; the signature check, when one was started, is returned with where its problem
   * goes among the others.
   */
  #check(leaf: string, position: number, found: VerifyProblem[]): PendingSignature | null {
    const { sha256 } = this.#crypto;
    this.leafHashes.push(leafHashOf(sha256, leaf));
    const bad = (check: CheckName, detail: string): void => {
      found.push({ index: position, check, detail });
    };

    const read = readEntry(leaf, position, this.#lastReceived);
    for (const p of read.problems) bad(p.check, p.detail);
    if (read.entry === null) return null;
    const entry = read.entry;
    const { envelope } = entry;
    if (read.received) this.#lastReceived = entry.receivedAt;

    // The filer, key, seq and act, and the act re-decided on the state the entries before it made.
    const replayed = this.#record.replay(entry);
    const [first, ...rest] = replayed.problems;
    // The key's problem comes where the signature's would: first among the record's.
    if (first !== undefined && first.check === 'key') bad('key', first.detail);
    let signature: PendingSignature | null = null;
    if (replayed.key !== null) {
      const raw = fromBase64(envelope.signature);
      const check = raw !== null && this.#crypto.ed25519Verify(replayed.key, signingBytes(envelope), raw);
      // A check that fails to run (not a bad signature: no Ed25519 in this browser, say) throws
      // where its answer is awaited, in settle; until then its rejection is not an unhandled one.
      if (check instanceof Promise) check.catch(() => undefined);
      signature = {
        check,
        slot: found.length,
        problem: {
          index: position,
          check: 'signature',
          detail: `the signature does not verify with key ${envelope.keyId} of ${envelope.party}`,
        },
      };
    }
    for (const p of first !== undefined && first.check !== 'key' ? [first, ...rest] : rest)
      bad(p.check, p.detail);
    return signature;
  }

  /** Adds a problem found outside these checks (an inclusion proof that failed, say), in turn. */
  addProblem(problem: VerifyProblem): void {
    if (this.#unsettled.length === 0) this.#report(problem.index, problem.check, problem.detail);
    else this.#unsettled.push({ found: [problem], signature: null });
  }

  /** The checks of the checkpoint (when given), and the result. */
  async finish(checkpointNote?: string): Promise<VerifyResult> {
    await this.settle();
    if (checkpointNote !== undefined) await this.checkCheckpoint(checkpointNote);
    return this.result();
  }

  /** The RFC 9162 root over the entries added so far. */
  get root(): Hash {
    if (this.#root?.size !== this.leafHashes.length)
      this.#root = { size: this.leafHashes.length, hash: rootOf(this.#crypto.sha256, this.leafHashes) };
    return this.#root.hash;
  }

  /**
   * Checks a checkpoint against the entries added: its signature, origin, size and root. Returns
   * what it signs when the verifier key signed it, else null.
   */
  async checkCheckpoint(note: string): Promise<VerifyResult['checkpoint']> {
    await this.settle();
    this.#checkpoint = await this.#checkCheckpoint(note, this.root, this.leafHashes.length);
    return this.#checkpoint;
  }

  /** The result so far (after {@link settle}: entries still being checked are not in it). */
  result(): VerifyResult {
    if (this.#unsettled.length > 0)
      throw new Error(`${this.#unsettled.length} entries are still being checked: await settle() first`);
    // Keys of format 1 entries must have been lodged in the log once it went on in format 2.
    const unlogged = this.#record
      .unloggedListedKeys()
      .map((detail): VerifyProblem => ({ index: null, check: 'keys', detail }));
    const room = Math.max(0, this.#max - this.#problems.length);
    return {
      ok: this.#problems.length === 0 && this.#omitted === 0 && unlogged.length === 0,
      size: this.leafHashes.length,
      root: toBase64(this.root),
      checkpoint: this.#checkpoint,
      treaty: this.#treaty,
      problems: [...this.#problems, ...unlogged.slice(0, room)],
      omitted: this.#omitted + Math.max(0, unlogged.length - room),
      firstBad: this.#firstBad,
      rulesChanges: this.#record.rulesChanges(),
      lodged: this.#record.keys.list().length,
    };
  }

  async #checkCheckpoint(note: string, root: Hash, n: number): Promise<VerifyResult['checkpoint']> {
    const { sha256 } = this.#crypto;
    if (this.#noteKey === null) {
      if (this.#options.verifierKey === undefined)
        this.#report(null, 'checkpoint', 'no verifier key to check the checkpoint with');
      return null;
    }
    const opened = await openNote(note, this.#noteKey, this.#crypto.ed25519Verify);
    if (!opened.ok) {
      this.#report(null, 'checkpoint', `the checkpoint is not signed by the verifier key: ${opened.reason}`);
      return null;
    }
    const parsed = parseCheckpoint(opened.text);
    if (parsed === null) {
      this.#report(null, 'checkpoint', 'the checkpoint is not origin, size and root hash');
      return null;
    }
    const origin = this.#options.origin;
    if (origin !== undefined && parsed.origin !== origin)
      this.#report(null, 'checkpoint', `the checkpoint is of ${parsed.origin}, not ${origin}`);
    if (parsed.size > n) {
      // Entries missing at the end: the first missing one is the first that does not match.
      this.#report(
        n,
        'size',
        `the checkpoint signs ${parsed.size} entries, but there are ${n}: entry ${n} is missing`,
      );
    } else {
      if (parsed.size < n)
        this.#report(
          parsed.size,
          'size',
          `the checkpoint signs ${parsed.size} entries, but there are ${n}: entry ${parsed.size} onwards is not signed for`,
        );
      const signedPart = parsed.size === n ? root : rootOf(sha256, this.leafHashes.slice(0, parsed.size));
      if (!equalBytes(parsed.root, signedPart))
        this.#report(
          null,
          'root',
          `the first ${parsed.size} entries make the root ${toBase64(signedPart)}, but the checkpoint signs ${toBase64(parsed.root)}`,
        );
    }
    return { origin: parsed.origin, size: parsed.size, root: toBase64(parsed.root) };
  }
}

/** Checks a whole log in memory; see the module's description for what is checked, in which order. */
export async function verifyLog(input: VerifyInput, crypto: VerifyCrypto): Promise<VerifyResult> {
  const { entries, checkpoint, ...options } = input;
  const verifier = await LogVerifier.create(options, crypto);
  for (const leaf of entries) await verifier.add(leaf);
  return verifier.finish(checkpoint);
}
