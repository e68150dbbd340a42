/**
 * @module The filing record: what the depositary, `est verify` and the browser must agree on about
 * each entry of the log, in one place.
 *
 * - Who may file which act, and the act an envelope holds: ./filing-act.ts, which this record
 *   applies to every entry.
 * - Decision -> logged outcome ({@link loggedOutcome}): data only (code, cite, params).
 * - When two outcomes are the same ({@link outcomeDifference}): acceptance, and each violation's
 *   code and cite, and its data where the logged entry has it (format 1 has only a sentence, which
 *   is never compared, so rewording a message changes nothing).
 * - The keys in force at any index ({@link KeyRing}), derived from the log alone.
 * - {@link FilingRecord}: the whole record replayed entry by entry, or decided filing by filing.
 *
 * Pure (no node:*): SHA-256 is passed in, so the browser runs the same code.
 */
import { decide } from '../engine/decide.ts';
import { evolve } from '../engine/evolve.ts';
import type { Decision } from '../engine/rule.ts';
import { startState } from '../engine/run.ts';
import type { State } from '../engine/state.ts';
import type { Problem } from '../scenario/act.ts';
import { describeViolation } from '../engine/messages.ts';
import type { Language, TreatyId } from '../treaty/common.ts';
import type { RejectionCode } from '../treaty/codes.ts';
import { REJECTION_CODES } from '../treaty/codes.ts';
import type { ParameterSeries } from '../treaty/parameters/index.ts';
import { citeOf } from '../treaty/provisions/index.ts';
import { canonicalJson, keyIdOf } from './entry.ts';
import type { Entry, Envelope, FilingOutcome, LoggedViolation } from './entry.ts';
import { describeWeakKey, weakKeyReason } from './ed25519-key.ts';
import { equalBytes, fromBase64, toBase64 } from './bytes.ts';
import type { Sha256 } from './merkle.ts';
import { FORMAT_1_RULES, RULES } from './rules.ts';
import {
  actOf,
  filerProblem,
  partyIdProblem,
  problemText,
  recordActOf,
  signsWithDepositaryKey,
} from './filing-act.ts';
import type { ReadAct, RecordAct } from './filing-act.ts';

/** What the log records of the engine's decision: data only, never a sentence. */
export function loggedOutcome(decision: Decision): FilingOutcome {
  if (decision.ok) return ACCEPTED;
  return {
    accepted: false,
    violations: decision.violations.map((v) => ({
      code: v.code,
      cite: citeOf(v.cite),
      params: v.params ?? {},
    })),
  };
}

const ACCEPTED: FilingOutcome = { accepted: true, violations: [] };

/**
 * A logged violation in words, in a language: rendered from its code and data (format 2), so any
 * later wording applies; a format 1 entry's own English sentence where there is no data.
 */
export function describeLogged(v: LoggedViolation, lang: Language = 'en'): string {
  if (v.params !== undefined && (REJECTION_CODES as readonly string[]).includes(v.code))
    return describeViolation({ code: v.code as RejectionCode, cite: v.cite, params: v.params }, lang);
  return v.reason ?? v.code;
}

/** An outcome in a few words: `accepted`, `refused (not_a_party EST 8(3))`. */
export function describeOutcome(o: FilingOutcome): string {
  return o.accepted
    ? 'accepted'
    : `refused (${o.violations.map((v) => `${v.code} ${v.cite}`).join(', ') || 'no reason'})`;
}

/**
 * The first difference between a logged outcome and a decided one, in words; null when they are the
 * same. The data of a violation is compared only where the log holds it (format 2).
 */
export function outcomeDifference(logged: FilingOutcome, decided: FilingOutcome): string | null {
  if (logged.accepted !== decided.accepted || logged.violations.length !== decided.violations.length)
    return `the log says ${describeOutcome(logged)}, the rules decide ${describeOutcome(decided)}`;
  for (let i = 0; i < logged.violations.length; i += 1) {
    const l = logged.violations[i] as LoggedViolation;
    const d = decided.violations[i] as LoggedViolation;
    for (const field of ['code', 'cite'] as const) {
      if (l[field] !== d[field])
        return `violation ${i + 1}: the log says ${field} ${JSON.stringify(l[field])}, the rules give ${JSON.stringify(d[field])}`;
    }
    if (l.params !== undefined && canonicalJson(l.params) !== canonicalJson(d.params ?? {}))
      return `violation ${i + 1} (${l.code}): the log says ${canonicalJson(l.params)}, the rules give ${canonicalJson(d.params ?? {})}`;
  }
  return null;
}

/** A Party's key as the log lodged it. */
export interface LoggedKey {
  readonly party: string;
  readonly keyId: string;
  /** The raw 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array;
  /** The entry that lodged it, and when. */
  readonly lodgedAt: { readonly index: number; readonly receivedAt: string };
  /** The entry that revoked (or replaced) it, and when; null while it is in force. */
  readonly revokedAt: { readonly index: number; readonly receivedAt: string } | null;
}

/** Why a key act cannot be logged; null when it can. */
export function keyActProblem(keys: KeyRing, act: RecordAct, sha: Sha256): string | null {
  if (act.act === 'rules-change') return null;
  const party = partyIdProblem(act.party);
  if (party !== null) return party;
  if (act.act === 'revoke-key')
    return keys.inForce(act.party, act.keyId) === null
      ? `no key ${act.keyId} of ${act.party} is in force`
      : null;
  const raw = fromBase64(act.publicKey);
  if (raw === null || raw.length !== 32) return 'the public key is not the base64 of 32 bytes';
  const weak = weakKeyReason(raw);
  if (weak !== null) return `the public key is ${describeWeakKey(weak)}`;
  if (keyIdOf(sha, raw) !== act.keyId) return `the key's id is ${keyIdOf(sha, raw)}, not ${act.keyId}`;
  if (keys.get(act.party, act.keyId) !== null) return `key ${act.keyId} was already lodged for ${act.party}`;
  if (act.replaces !== undefined && keys.inForce(act.party, act.replaces) === null)
    return `the key it replaces, ${act.replaces} of ${act.party}, is not in force`;
  return null;
}

const keyOf = (party: string, keyId: string): string => `${party}\u0000${keyId}`;

/** The Parties' keys as the log lodged and revoked them, up to the entry replayed last. */
export class KeyRing {
  readonly #keys = new Map<string, LoggedKey>();

  /** A key lodged for a Party (in force or not), or null. */
  get(party: string, keyId: string): LoggedKey | null {
    return this.#keys.get(keyOf(party, keyId)) ?? null;
  }
  /** A key in force for a Party, or null. */
  inForce(party: string, keyId: string): LoggedKey | null {
    const k = this.get(party, keyId);
    return k !== null && k.revokedAt === null ? k : null;
  }
  /** Every key lodged, in the order lodged. */
  list(party?: string): LoggedKey[] {
    return [...this.#keys.values()].filter((k) => party === undefined || k.party === party);
  }
  get size(): number {
    return this.#keys.size;
  }

  /** Applies a key act that {@link keyActProblem} found good. */
  apply(act: RecordAct, index: number, receivedAt: string): void {
    const at = { index, receivedAt };
    const revoke = (party: string, keyId: string): void => {
      const k = this.get(party, keyId);
      if (k !== null) this.#keys.set(keyOf(party, keyId), { ...k, revokedAt: at });
    };
    if (act.act === 'revoke-key') revoke(act.party, act.keyId);
    else if (act.act === 'lodge-key') {
      if (act.replaces !== undefined) revoke(act.party, act.replaces);
      this.#keys.set(keyOf(act.party, act.keyId), {
        party: act.party,
        keyId: act.keyId,
        publicKey: fromBase64(act.publicKey) as Uint8Array,
        lodgedAt: at,
        revokedAt: null,
      });
    }
  }
}

/** An entry that the current rules decide otherwise than its logged outcome, decided under others. */
export interface RulesChange {
  readonly index: number;
  /** The rules the entry was decided under. */
  readonly rules: string;
  /** The rules of this build. */
  readonly current: string;
  readonly logged: FilingOutcome;
  readonly decided: FilingOutcome;
  /** The index of the `rules-change` entry that recorded it, or null when none has (yet). */
  readonly recordedBy: number | null;
}

/** A key of a format 1 log, listed outside it (`GET /api/v1/keys` before keys were logged). */
export interface ListedKey {
  readonly party: string;
  readonly keyId: string;
  /** Base64 of the raw 32-byte key. */
  readonly publicKey: string;
}

/** What a problem found in replaying an entry is about. */
export type RecordCheck = 'entry' | 'filer' | 'key' | 'seq' | 'act' | 'outcome' | 'keys' | 'rules';

export interface RecordProblem {
  readonly check: RecordCheck;
  readonly detail: string;
}

/** What replaying one entry found. */
export interface Replayed {
  /** The act read from the entry, or null when it holds none that can be read. */
  readonly act: ReadAct | null;
  /** The outcome the current rules give, or null when not decided (no engine, or no act). */
  readonly decided: FilingOutcome | null;
  /** The engine's events of an accepted treaty act. */
  readonly decision: Decision | null;
  /** The public key its signature must verify with, or null when there is none (a `key` problem). */
  readonly key: Uint8Array | null;
  readonly problems: readonly RecordProblem[];
  /** Set when the outcome differs and the entry was decided under other rules. */
  readonly rulesChange: RulesChange | null;
}

export interface RecordOptions {
  /** The log's treaty and parameters; null when they are not known (acts are then not decided). */
  readonly engine: { readonly treaty: TreatyId; readonly parameters: ParameterSeries } | null;
  /** The depositary's raw Ed25519 public key, or null when it is not known. */
  readonly depositaryKey: Uint8Array | null;
  readonly sha256: Sha256;
  /** Format 1 entries' keys, listed outside the log (a log's own keys are never taken from here). */
  readonly listedKeys?: readonly ListedKey[];
}

/**
 * The record replayed: the engine state, the keys in force, each filer's last seq, and the rules
 * changes found so far. {@link replay} takes a logged entry and says what it finds; {@link decide}
 * takes a new filing for the depositary and gives the outcome to log. Both apply the entry.
 */
export class FilingRecord {
  readonly state: State | null;
  readonly keys = new KeyRing();
  readonly #treaty: TreatyId | null;
  readonly #depositaryKey: Uint8Array | null;
  readonly #sha: Sha256;
  readonly #listed = new Map<string, Uint8Array>();
  /** Listed keys refused (weak, or not what their id says), with why. */
  readonly #refusedListed = new Map<string, string>();
  /** Problems with the listed keys, found when the record was made. */
  readonly listedKeyProblems: readonly string[];
  readonly #lastSeq = new Map<string, number>();
  readonly #changes: RulesChange[] = [];
  /** Entry index -> the rules-change entry that recorded it (for the current rules). */
  readonly #recorded = new Map<number, number>();
  /** Format 1 entries' listed keys that were used, to be found lodged once the log is in format 2. */
  readonly #usedListed = new Map<string, { party: string; keyId: string; publicKey: Uint8Array }>();
  #formats = { 1: 0, 2: 0 };
  #size = 0;

  constructor(options: RecordOptions) {
    this.#treaty = options.engine?.treaty ?? null;
    this.state = options.engine === null ? null : startState(options.engine);
    this.#depositaryKey = options.depositaryKey;
    this.#sha = options.sha256;
    const problems: string[] = [];
    for (const k of options.listedKeys ?? []) {
      const raw = fromBase64(k.publicKey);
      if (raw === null || raw.length !== 32) {
        problems.push(`the listed key ${k.keyId} of ${k.party} is not the base64 of 32 bytes`);
        continue;
      }
      const weak = weakKeyReason(raw);
      const why =
        weak !== null
          ? `it is ${describeWeakKey(weak)}`
          : keyIdOf(this.#sha, raw) !== k.keyId
            ? `it has the id ${keyIdOf(this.#sha, raw)}`
            : null;
      if (why === null) this.#listed.set(keyOf(k.party, k.keyId), raw);
      else {
        problems.push(`the key listed as ${k.keyId} of ${k.party} is refused: ${why}`);
        this.#refusedListed.set(keyOf(k.party, k.keyId), why);
      }
    }
    this.listedKeyProblems = problems;
  }

  /** The number of entries replayed or decided. */
  get size(): number {
    return this.#size;
  }
  /** The seq a filer's next envelope must carry. */
  nextSeq(party: string): number {
    return (this.#lastSeq.get(party) ?? 0) + 1;
  }
  /** Each filer's last seq. */
  get lastSeqs(): ReadonlyMap<string, number> {
    return this.#lastSeq;
  }
  /** How many entries of each format were replayed. */
  get formats(): { readonly 1: number; readonly 2: number } {
    return this.#formats;
  }

  /**
   * The key an envelope must be signed with at the next index: the depositary's for its own and the
   * Council's filings; for a Party, its key in force in the log (format 2), or as listed outside the
   * log for a format 1 entry.
   */
  keyFor(
    envelope: Pick<Envelope, 'party' | 'keyId'>,
    format: 1 | 2 = 2,
  ): { key: Uint8Array } | { why: string } {
    if (signsWithDepositaryKey(envelope.party)) {
      if (this.#depositaryKey === null)
        return { why: `no depositary key is known: ${envelope.party}'s filing cannot be checked` };
      const own = keyIdOf(this.#sha, this.#depositaryKey);
      return envelope.keyId === own
        ? { key: this.#depositaryKey }
        : {
            why: `${envelope.party}'s filing is signed with key ${envelope.keyId}, not the depositary's ${own}`,
          };
    }
    const logged = this.keys.inForce(envelope.party, envelope.keyId);
    if (logged !== null) return { key: logged.publicKey };
    if (format === 1) {
      const listed = this.#listed.get(keyOf(envelope.party, envelope.keyId));
      if (listed !== undefined) {
        this.#usedListed.set(keyOf(envelope.party, envelope.keyId), {
          party: envelope.party,
          keyId: envelope.keyId,
          publicKey: listed,
        });
        return { key: listed };
      }
      const refused = this.#refusedListed.get(keyOf(envelope.party, envelope.keyId));
      return {
        why:
          refused === undefined
            ? `no key ${envelope.keyId} is listed for ${envelope.party}`
            : `the key ${envelope.keyId} listed for ${envelope.party} is refused (${refused}): its filings cannot be trusted`,
      };
    }
    const lodged = this.keys.get(envelope.party, envelope.keyId);
    return {
      why:
        lodged === null
          ? `no key ${envelope.keyId} of ${envelope.party} is lodged in the log before entry ${this.#size}`
          : `key ${envelope.keyId} of ${envelope.party} was revoked at entry ${lodged.revokedAt?.index} (${lodged.revokedAt?.receivedAt})`,
    };
  }

  /**
   * Decides a new filing received at a time, at the next index, and applies it. Its filer, key and
   * seq were checked by the caller. Not ok when the act cannot be logged: with the problems, or,
   * when `fits` says the entry its outcome makes is too large to log, with that outcome (and then
   * nothing is applied: the record is as it was).
   */
  decide(
    envelope: Envelope,
    receivedAt: string,
    fits: (outcome: FilingOutcome) => boolean = () => true,
  ):
    | { ok: true; outcome: FilingOutcome; read: ReadAct & { ok: true }; decision: Decision | null }
    | { ok: false; problems: readonly Problem[] }
    | { ok: false; tooLarge: FilingOutcome } {
    if (this.#treaty === null) throw new Error('a record without its treaty cannot decide filings');
    const read = actOf(envelope, receivedAt, this.#treaty);
    if (!read.ok) return read;
    if (read.kind === 'record') {
      const problem = this.#recordActProblem(read.act, this.#size);
      if (problem !== null) return { ok: false, problems: [{ path: ['act'], message: problem }] };
    }
    // A record act that has a problem was refused above: the one applied here has none.
    const applied = this.#apply(read, receivedAt, this.#size, null, fits);
    if ('tooLarge' in applied) return { ok: false, tooLarge: applied.tooLarge };
    const { outcome, decision } = applied;
    this.#lastSeq.set(envelope.party, envelope.seq);
    this.#formats[2] += 1;
    this.#size += 1;
    return { ok: true, outcome, read, decision };
  }

  /** Replays a logged entry: what it finds, with the entry applied as the log has it. */
  replay(entry: Entry): Replayed {
    const index = this.#size;
    const { envelope } = entry;
    const format = 'v' in entry ? 2 : 1;
    const problems: RecordProblem[] = [];
    const found = this.keyFor(envelope, format);
    const key = 'key' in found ? found.key : null;
    if ('why' in found) problems.push({ check: 'key', detail: found.why });
    // A log goes on from format 1 to format 2, never back: a format 1 entry after a format 2 one
    // would take its key from outside the log (a revoked key, say).
    if (format === 1 && this.#formats[2] > 0)
      problems.push({
        check: 'entry',
        detail: `a format 1 entry after format 2 entries: the log went on in format 2 before entry ${index}`,
      });
    const expected = this.nextSeq(envelope.party);
    if (envelope.seq !== expected)
      problems.push({
        check: 'seq',
        detail: `seq ${envelope.seq} of ${envelope.party}, where ${expected} comes next`,
      });
    this.#lastSeq.set(envelope.party, envelope.seq);
    const filer = filerProblem(envelope.party, envelope.act['act']);
    if (filer !== null) problems.push({ check: 'filer', detail: filer });
    this.#formats[format] += 1;
    this.#size += 1;

    // The record's own acts are read even where the treaty is not known: the keys follow from them.
    const read =
      this.#treaty === null ? recordActOf(envelope) : actOf(envelope, entry.receivedAt, this.#treaty);
    if (read === null) return { act: null, decided: null, decision: null, key, problems, rulesChange: null };
    if (!read.ok) {
      problems.push({
        check: 'act',
        detail: `the act is not one the depositary could have logged: ${problemText(read.problems)}`,
      });
      return { act: read, decided: null, decision: null, key, problems, rulesChange: null };
    }
    let recordProblem: string | null = null;
    if (read.kind === 'record') {
      if (format === 1)
        problems.push({
          check: 'act',
          detail: `the record's act ${read.act.act} is logged only in format 2`,
        });
      recordProblem = this.#recordActProblem(read.act, index);
      if (recordProblem !== null)
        problems.push({ check: read.act.act === 'rules-change' ? 'rules' : 'keys', detail: recordProblem });
    }
    const applied = this.#apply(read, entry.receivedAt, index, recordProblem);
    if ('tooLarge' in applied) throw new Error('a logged entry is replayed whatever its size');
    const { outcome: decided, decision } = applied;
    const difference = outcomeDifference(entry.outcome, decided);
    let rulesChange: RulesChange | null = null;
    if (difference !== null) {
      const rules = 'rules' in entry ? entry.rules : FORMAT_1_RULES;
      if (read.kind === 'treaty' && rules !== RULES) {
        rulesChange = { index, rules, current: RULES, logged: entry.outcome, decided, recordedBy: null };
        this.#changes.push(rulesChange);
      } else problems.push({ check: 'outcome', detail: difference });
    }
    return { act: read, decided, decision, key, problems, rulesChange };
  }

  /** Why a record act cannot be logged at an index; null when it can. */
  #recordActProblem(act: RecordAct, index: number): string | null {
    if (act.act !== 'rules-change') return keyActProblem(this.keys, act, this.#sha);
    const later = act.indices.find((i) => i >= index);
    if (later !== undefined) return `it lists entry ${later}, which is not before it (entry ${index})`;
    return null;
  }

  /**
   * Applies an act at an index: a treaty act to the engine state, a record act to the record. A key
   * act with a problem ({@link #recordActProblem}, found once by the caller: checking a key's order
   * costs milliseconds) changes no key. When `fits` refuses the outcome, nothing is applied.
   */
  #apply(
    read: ReadAct & { ok: true },
    receivedAt: string,
    index: number,
    recordProblem: string | null,
    fits: (outcome: FilingOutcome) => boolean = () => true,
  ): { outcome: FilingOutcome; decision: Decision | null } | { tooLarge: FilingOutcome } {
    if (read.kind !== 'treaty' || this.state === null) {
      if (!fits(ACCEPTED)) return { tooLarge: ACCEPTED };
    }
    if (read.kind === 'record') {
      if (read.act.act === 'rules-change') {
        if (read.act.to === RULES) for (const i of read.act.indices) this.#recorded.set(i, index);
      } else if (recordProblem === null) this.keys.apply(read.act, index, receivedAt);
      return { outcome: ACCEPTED, decision: null };
    }
    if (this.state === null) return { outcome: ACCEPTED, decision: null };
    const decision = decide(this.state, read.act);
    const outcome = loggedOutcome(decision);
    if (!fits(outcome)) return { tooLarge: outcome };
    if (decision.ok) for (const e of decision.events) evolve(this.state, e);
    return { outcome, decision };
  }

  /** The rules changes found so far, each with the entry that recorded it, if any. */
  rulesChanges(): RulesChange[] {
    return this.#changes.map((c) => ({ ...c, recordedBy: this.#recorded.get(c.index) ?? null }));
  }

  /**
   * Format 1 entries' keys that the log does not lodge with the same public key, once it holds format
   * 2 entries (the depositary lodges every listed key in the log when it first writes format 2).
   */
  unloggedListedKeys(): string[] {
    if (this.#formats[2] === 0) return [];
    return [...this.#usedListed.values()]
      .filter((k) => {
        const logged = this.keys.get(k.party, k.keyId);
        return logged === null || !equalBytes(logged.publicKey, k.publicKey);
      })
      .map((k) => `key ${k.keyId} of ${k.party}, used by format 1 entries, is not lodged in the log`);
  }
}

/** A key as the API lists it: base64, with the entries that lodged and revoked it. */
export function listKey(k: LoggedKey) {
  return {
    party: k.party,
    keyId: k.keyId,
    publicKey: toBase64(k.publicKey),
    addedAt: k.lodgedAt.receivedAt,
    revokedAt: k.revokedAt?.receivedAt ?? null,
    lodgedIndex: k.lodgedAt.index,
    revokedIndex: k.revokedAt?.index ?? null,
  };
}
