/**
 * @module The depositary asks its witnesses to cosign (c2sp.org/tlog-witness).
 *
 * After committed batches the depositary offers each witness of its policy (c2sp.org/tlog-policy)
 * its newest checkpoint, with a consistency proof from the size that witness last cosigned. Offers
 * are coalesced: at most one request is in flight per witness, and a witness that is busy gets the
 * newest checkpoint when it answers. A witness that does not know its size (a new depositary, a
 * restarted one) answers 409 with the size it holds, and the next offer starts from there. Each
 * answer's cosignature lines (c2sp.org/tlog-cosignature) are verified before they are kept; the
 * newest checkpoint whose verified cosignatures meet the quorum is served, with the log's signature
 * and every cosignature line, and kept in the store so a restart serves it at once.
 *
 * The store also keeps what a restart must not forget: when each cosigned checkpoint met the
 * quorum (the milestones behind {@link Witnesses.witnessedAt}, the legal time of an entry), and the
 * size each witness last cosigned, so that a restarted depositary's first offer carries the old
 * size the witness holds rather than 0, which a witness would answer with 409 and keep as evidence
 * of an old-size mismatch (c2sp.org/tlog-witness).
 *
 * A witness that refuses (403, 422, a 409 for the same size with another root) is telling every
 * Party that this log showed it something inconsistent: the depositary reports it, never hides it.
 */
import type { Hash } from '../log/merkle.ts';
import type { WitnessedMilestone } from '../store/event-log.ts';
import { addSignatureLines, parseSignatureLines, splitNote, verifyCosignature } from '../log/cosignature.ts';
import { ed25519Verify, sha256 } from '../log/node-crypto.ts';
import { parseCheckpoint } from '../log/note.ts';
import type { Cosigned, Policy, PolicyWitness } from '../log/policy.ts';
import { checkCosignedCheckpoint, quorumMet, quorumTime } from '../log/policy.ts';
import {
  ADD_CHECKPOINT_PATH,
  TLOG_SIZE_TYPE,
  formatAddCheckpoint,
  parseTlogSize,
} from '../log/tlog-witness.ts';

/** What the witnesses need of the depositary. */
export interface CosignedLog {
  /** The size of the committed log. */
  readonly size: number;
  /** The signed checkpoint of the log as it is now. */
  checkpoint(): Promise<string>;
  consistencyProof(from: number, to: number): Promise<Hash[]>;
  /** Calls back after each committed batch; returns the way to stop. */
  subscribe(listener: () => void): () => void;
  getSetting(name: string): Promise<string | null>;
  setSetting(name: string, value: string): Promise<void>;
  /** The store's milestones (EventLog.addWitnessed, EventLog.witnessedAt). */
  addWitnessed(size: number, quorumTime: number): Promise<void>;
  witnessedAt(index: number): Promise<WitnessedMilestone | null>;
}

/** One witness as the depositary sees it. */
export interface WitnessStatus {
  readonly name: string;
  readonly url: string;
  readonly vkey: string;
  /** The size it last cosigned for this log (or said it holds), null while unknown. */
  readonly size: number | null;
  /** Requests that failed (network, timeout, refusal), since the start. */
  readonly failures: number;
  /** The last failure, while the witness has not cosigned since. */
  readonly lastError: string | null;
  /** When it last cosigned (ISO time), null if never since the start. */
  readonly lastCosigned: string | null;
}

/** The newest checkpoint that a quorum cosigned, with the time the quorum was met. */
export interface CosignedCheckpoint {
  readonly size: number;
  /** The checkpoint note: the log's signature and every verified cosignature line. */
  readonly note: string;
  /** POSIX seconds: the earliest time its cosignatures met the quorum. */
  readonly quorumTime: number | null;
  readonly witnesses: readonly string[];
}

interface Tracked {
  readonly witness: PolicyWitness;
  readonly url: string;
  size: number | null;
  busy: boolean;
  again: boolean;
  /** When it was last asked (ms since the epoch), for the interval between requests. */
  lastAsked: number;
  failures: number;
  lastError: string | null;
  lastCosigned: string | null;
  /** The size last written to the store (or read from it), and when (ms), and a write waiting. */
  saved: number | null;
  savedAt: number;
  saveTimer: ReturnType<typeof setTimeout> | null;
}

export interface WitnessesOptions {
  readonly policy: Policy;
  /** The policy file's text. */
  readonly text: string;
  readonly log: CosignedLog;
  readonly fetch?: typeof fetch;
  /** Per request (default 10 s). */
  readonly timeoutMs?: number;
  /** After a failure, offer again this much later even with no new filing (default 5 s). */
  readonly retryMs?: number;
  /** Where failures are told (default stderr). */
  readonly report?: (message: string) => void;
  /**
   * A witness is asked at most once in this many ms (default 100): a checkpoint that comes sooner
   * after the last request waits out the rest (coalesced with any that follow it). A checkpoint of
   * a log quiet for longer is offered at once.
   */
  readonly minIntervalMs?: number;
}

/** The setting that keeps the newest cosigned checkpoint. */
const KEPT = 'cosigned-checkpoint';
/** The setting that keeps the size a witness last cosigned (or said it holds), by its verifier key. */
const sizeSetting = (vkey: string): string => `witness-size ${vkey}`;
/** A witness's size is written at most this often (ms); the newest is written on close. */
const SAVE_EVERY_MS = 1000;
/** Answers that tell the size again in a row before the witness counts as failing. */
const RESYNC_LIMIT = 3;

export class Witnesses {
  readonly policy: Policy;
  /** The policy file as written (served, so that clients can check against the same one). */
  readonly text: string;
  readonly #log: CosignedLog;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  readonly #retryMs: number;
  readonly #minIntervalMs: number;
  readonly #tracked: Tracked[];
  /** Cosignature lines collected per checkpoint size (witness name -> line), with the note. */
  readonly #collected = new Map<number, { note: string; lines: Map<string, Cosigned & { line: string }> }>();
  #best: CosignedCheckpoint | null = null;
  /**
   * The newest milestone (see {@link witnessedAt}): the store keeps them all, this one stands in
   * for the store while its write is pending, or if it failed.
   */
  #last: WitnessedMilestone | null = null;
  /** The store writes, one after the other (a milestone or a size never overtakes an older one). */
  #writes: Promise<void> = Promise.resolve();
  #unsubscribe: (() => void) | null = null;
  #retry: ReturnType<typeof setTimeout> | null = null;
  #closed = false;
  #inFlight = new Set<Promise<void>>();
  readonly #report: (message: string) => void;

  private constructor(options: WitnessesOptions) {
    this.policy = options.policy;
    this.text = options.text;
    this.#log = options.log;
    this.#fetch = options.fetch ?? fetch;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#retryMs = options.retryMs ?? 5_000;
    this.#minIntervalMs = options.minIntervalMs ?? 100;
    this.#report = options.report ?? ((m) => process.stderr.write(`est serve: ${m}\n`));
    this.#tracked = options.policy.witnesses.map((witness) => {
      if (witness.url === null)
        throw new TypeError(`the policy gives witness ${witness.name} no URL to send checkpoints to`);
      return {
        witness,
        url: witness.url.replace(/\/+$/, ''),
        size: null,
        busy: false,
        lastAsked: 0,
        again: false,
        failures: 0,
        lastError: null,
        lastCosigned: null,
        saved: null,
        savedAt: 0,
        saveTimer: null,
      };
    });
  }

  /**
   * Starts asking the policy's witnesses about `log`'s checkpoints. The cosigned checkpoint kept by
   * an earlier run is served again if it still meets this policy.
   */
  static async start(options: WitnessesOptions): Promise<Witnesses> {
    const w = new Witnesses(options);
    const kept = await options.log.getSetting(KEPT);
    if (kept !== null) {
      const check = await checkCosignedCheckpoint(kept, options.policy, { sha256, ed25519Verify });
      if (check.ok && check.checkpoint !== null && check.checkpoint.size <= options.log.size)
        w.#best = {
          size: check.checkpoint.size,
          note: kept,
          quorumTime: check.quorumTime,
          witnesses: check.cosigners.map((c) => c.witness),
        };
    }
    await w.#resume();
    w.#unsubscribe = options.log.subscribe(() => w.offer());
    w.offer();
    return w;
  }

  /**
   * The earliest time (POSIX seconds) at which a quorum of the witnesses had cosigned a checkpoint
   * holding entry `index`, and that checkpoint's size; null while none has. A checkpoint cosigned
   * with an earlier quorum time than the last milestone (a witness's clock behind) is dated at the
   * last milestone's time: never earlier than the Parties could have been informed.
   */
  async witnessedAt(index: number): Promise<WitnessedMilestone | null> {
    const stored = await this.#log.witnessedAt(index);
    if (stored !== null) return stored;
    // Not in the store (yet): the newest milestone, whose write may be pending or have failed.
    const last = this.#last;
    return last !== null && index < last.size ? last : null;
  }

  /**
   * What an earlier run left in the store: the kept cosigned checkpoint's milestone (recorded
   * again, which changes nothing if it is there) and each witness's size.
   */
  async #resume(): Promise<void> {
    const best = this.#best;
    if (best !== null && best.quorumTime !== null) {
      this.#last = { size: best.size, quorumTime: best.quorumTime };
      try {
        await this.#log.addWitnessed(best.size, best.quorumTime);
        this.#last = (await this.#log.witnessedAt(best.size - 1)) ?? this.#last;
      } catch (e) {
        this.#report(`could not read the witnessed times kept: ${message(e)}`);
      }
    }
    for (const t of this.#tracked) {
      try {
        const kept = await this.#log.getSetting(sizeSetting(t.witness.vkey));
        if (kept !== null && /^(0|[1-9][0-9]{0,15})$/.test(kept) && Number.isSafeInteger(Number(kept)))
          t.size = t.saved = Number(kept);
      } catch (e) {
        this.#report(`could not read the size kept for witness ${t.witness.name}: ${message(e)}`);
      }
    }
  }

  /** A checkpoint of `size` met the quorum at `quorumTime`: kept, without waiting for the store. */
  #milestone(size: number, quorumTime: number | null): void {
    if (quorumTime === null) return;
    const last = this.#last;
    if (last !== null && size <= last.size) return;
    // The same rule as the store's (EventLog.addWitnessed): a time not later extends the newest.
    this.#last = {
      size,
      quorumTime: last !== null && quorumTime <= last.quorumTime ? last.quorumTime : quorumTime,
    };
    this.#write(
      () => this.#log.addWitnessed(size, quorumTime),
      `could not keep the time the checkpoint of size ${size} was witnessed`,
    );
  }

  /** Queues a store write after the others; a failure is reported, never thrown. */
  #write(f: () => Promise<void>, what: string): void {
    this.#writes = this.#writes.then(f).catch((e: unknown) => this.#report(`${what}: ${message(e)}`));
  }

  /** Writes the witness's size if it changed, at most once per {@link SAVE_EVERY_MS}. */
  #saveSize(t: Tracked, now = false): void {
    if (t.size === null || t.size === t.saved) return;
    if (!now) {
      if (t.saveTimer !== null) return;
      const wait = t.savedAt + SAVE_EVERY_MS - Date.now();
      if (wait > 0) {
        t.saveTimer = setTimeout(() => {
          t.saveTimer = null;
          this.#saveSize(t);
        }, wait);
        t.saveTimer.unref();
        return;
      }
    }
    const size = t.size;
    t.saved = size;
    t.savedAt = Date.now();
    this.#write(
      () => this.#log.setSetting(sizeSetting(t.witness.vkey), String(size)),
      `could not keep the size of witness ${t.witness.name}`,
    );
  }

  /** The newest checkpoint a quorum has cosigned, or null while none has. */
  get cosigned(): CosignedCheckpoint | null {
    return this.#best;
  }

  get status(): WitnessStatus[] {
    return this.#tracked.map((t) => ({
      name: t.witness.name,
      url: t.url,
      vkey: t.witness.vkey,
      size: t.size,
      failures: t.failures,
      lastError: t.lastError,
      lastCosigned: t.lastCosigned,
    }));
  }

  /** Offers the newest checkpoint to every witness that is not busy; busy ones get it next. */
  offer(): void {
    if (this.#closed) return;
    for (const t of this.#tracked) {
      if (t.busy) {
        t.again = true;
        continue;
      }
      t.busy = true;
      const run = this.#serve(t).finally(() => {
        t.busy = false;
        this.#inFlight.delete(run);
      });
      this.#inFlight.add(run);
    }
  }

  /** Resolves once no request is in flight and the store writes queued are done (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
    await this.#writes;
  }

  /** Stops offering; the witnesses' newest sizes are written before it resolves. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#unsubscribe?.();
    if (this.#retry !== null) clearTimeout(this.#retry);
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
    for (const t of this.#tracked) {
      if (t.saveTimer !== null) clearTimeout(t.saveTimer);
      t.saveTimer = null;
      this.#saveSize(t, true);
    }
    await this.#writes;
  }

  async #serve(t: Tracked): Promise<void> {
    let resyncs = 0;
    for (;;) {
      if (this.#closed) return;
      // At most one request per interval: under load a witness cosigns a checkpoint per interval,
      // not per batch (the newest one, read after the wait).
      const wait = t.lastAsked + this.#minIntervalMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (this.#closed) return;
      t.lastAsked = Date.now();
      t.again = false;
      const note = await this.#log.checkpoint();
      const size = checkpointSize(note);
      let outcome: 'done' | 'resync' | 'failed';
      try {
        outcome = await this.#ask(t, note, size);
      } catch (e) {
        outcome = this.#failed(t, e instanceof Error ? e.message : String(e));
      }
      if (outcome === 'resync' && ++resyncs <= RESYNC_LIMIT) continue;
      if (outcome === 'resync') this.#failed(t, `it keeps answering with another size (${t.size ?? '?'})`);
      if (outcome !== 'done') return this.#scheduleRetry();
      resyncs = 0;
      if (!t.again) return;
    }
  }

  /** One add-checkpoint request (c2sp.org/tlog-witness). */
  async #ask(t: Tracked, note: string, size: number): Promise<'done' | 'resync' | 'failed'> {
    const old = t.size ?? 0;
    if (old > size)
      return this.#failed(
        t,
        `it has cosigned ${old} entries of this log, which has ${size}: it saw a longer history under this key`,
      );
    if (t.size === size && this.#collected.get(size)?.lines.has(t.witness.name)) return 'done';
    const proof = old === 0 || old === size ? [] : await this.#log.consistencyProof(old, size);
    const response = await this.#fetch(`${t.url}${ADD_CHECKPOINT_PATH}`, {
      method: 'POST',
      body: formatAddCheckpoint({ oldSize: old, proof, note }),
      signal: AbortSignal.timeout(this.#timeoutMs),
    });
    const body = await response.text();
    if (response.status === 409 && (response.headers.get('content-type') ?? '').startsWith(TLOG_SIZE_TYPE)) {
      const held = parseTlogSize(body);
      if (held === null) return this.#failed(t, 'a 409 whose body is not a size');
      t.size = held;
      this.#saveSize(t);
      return 'resync';
    }
    if (response.status !== 200)
      return this.#failed(t, `HTTP ${response.status}: ${body.split('\n')[0]?.slice(0, 200) ?? ''}`);
    const text = splitNote(note);
    if (!text.ok) throw new Error(`the depositary's own checkpoint is not a note: ${text.reason}`);
    const lines = parseSignatureLines(body);
    if (lines === null) return this.#failed(t, 'its answer is not cosignature lines');
    let kept = false;
    for (const line of lines) {
      const check = await verifyCosignature(text.text, line, t.witness.key, ed25519Verify);
      if (!check.ok) continue;
      this.#keep(size, note, t.witness.name, line.line, check.timestamp);
      kept = true;
    }
    if (!kept) return this.#failed(t, `no line of its answer is a valid cosignature by ${t.witness.vkey}`);
    t.size = size;
    this.#saveSize(t);
    t.lastError = null;
    t.lastCosigned = new Date().toISOString();
    return 'done';
  }

  #failed(t: Tracked, why: string): 'failed' {
    t.failures += 1;
    if (t.lastError !== why) this.#report(`witness ${t.witness.name} (${t.url}): ${why}`);
    t.lastError = why;
    return 'failed';
  }

  #scheduleRetry(): void {
    if (this.#closed || this.#retry !== null) return;
    this.#retry = setTimeout(() => {
      this.#retry = null;
      this.offer();
    }, this.#retryMs);
    this.#retry.unref();
  }

  /** Keeps a verified cosignature; the checkpoint becomes the served one once the quorum is met. */
  #keep(size: number, note: string, witness: string, line: string, timestamp: number): void {
    let c = this.#collected.get(size);
    if (c === undefined) this.#collected.set(size, (c = { note, lines: new Map() }));
    c.lines.set(witness, { witness, timestamp, line });
    if (!quorumMet(this.policy, c.lines.keys())) return;
    if (this.#best !== null && this.#best.size > size) return;
    const cosigned = [...c.lines.values()];
    this.#best = {
      size,
      note: addSignatureLines(
        c.note,
        cosigned.map((x) => x.line),
      ),
      quorumTime: quorumTime(this.policy, cosigned),
      witnesses: cosigned.map((x) => x.witness).sort(),
    };
    this.#milestone(size, this.#best.quorumTime);
    for (const s of this.#collected.keys()) if (s < size) this.#collected.delete(s);
    const kept = this.#best.note;
    this.#log.setSetting(KEPT, kept).catch((e: unknown) => {
      this.#report(`could not keep the cosigned checkpoint: ${message(e)}`);
    });
  }
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function checkpointSize(note: string): number {
  const split = splitNote(note);
  const c = split.ok ? parseCheckpoint(split.text) : null;
  if (c === null) throw new Error("the depositary's own checkpoint does not read");
  return c.size;
}
