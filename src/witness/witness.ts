/**
 * @module A transparency log witness (c2sp.org/tlog-witness): it cosigns a log's checkpoint only
 * when it is consistent with the last checkpoint it cosigned for that log, so that no log can show
 * two histories to two audiences without a witness refusing one of them.
 *
 * `add-checkpoint` is checked in the specification's order: a malformed body is a 400; a checkpoint
 * of an origin it does not witness a 404; one no trusted key of that log signed a 403; an old size
 * above the size a 400; an old size other than the size it last cosigned a 409 giving that size
 * (`text/x.tlog.size`); a consistency proof that does not verify a 422; the size it last cosigned
 * with another root a 409. Otherwise it records the checkpoint and answers with its cosignature
 * (c2sp.org/tlog-cosignature). The check and the record are one step per log (requests for one log
 * are served one at a time, and the store's update is conditional on the state checked), persisted
 * before the answer. Every refused checkpoint that a trusted log signed is kept as evidence (but
 * the one it last cosigned, sent again: that proves nothing).
 */
import { fromBase64, toBase64 } from '../log/bytes.ts';
import { cosignatureLine } from '../log/cosignature.ts';
import type { Hash } from '../log/merkle.ts';
import { verifyConsistency } from '../log/merkle.ts';
import { ed25519Sign, ed25519Verify, sha256 } from '../log/node-crypto.ts';
import type { Checkpoint, NoteKey } from '../log/note.ts';
import { formatVerifierKey, openNote, parseCheckpoint, splitNote } from '../log/note.ts';
import { parseAddCheckpoint } from '../log/tlog-witness.ts';
import type { WitnessKey } from './key.ts';
import type { EvidenceReason, LogState, WitnessStore } from './store.ts';

/** The root of the empty tree: SHA-256 of nothing (RFC 9162 2.1.1). */
const EMPTY_ROOT = toBase64(sha256(new Uint8Array(0)));

export type AddCheckpointResult =
  /** 200: the cosignature line(s), each ending in a newline. */
  | { readonly status: 200; readonly lines: string; readonly size: number; readonly origin: string }
  /** 409 with the size last cosigned, as `text/x.tlog.size`. */
  | { readonly status: 409; readonly size: number; readonly detail: string }
  /** Any other refusal, as a problem document. */
  | {
      readonly status: 400 | 403 | 404 | 409 | 422;
      readonly type: string;
      readonly title: string;
      readonly detail: string;
    };

export interface WitnessOptions {
  readonly store: WitnessStore;
  readonly key: WitnessKey;
  /** The trusted log keys (Ed25519 note keys, each named after its log's origin). */
  readonly logs: readonly NoteKey[];
  /** Now, in POSIX seconds (default: the system clock). */
  readonly clock?: () => number;
  /** Tests only: runs after a checkpoint passed its checks, before it is recorded. */
  readonly beforeRecord?: () => Promise<void>;
}

const problem = (
  status: 400 | 403 | 404 | 409 | 422,
  type: string,
  title: string,
  detail: string,
): AddCheckpointResult => ({ status, type, title, detail });

export class Witness {
  readonly #store: WitnessStore;
  readonly #key: WitnessKey;
  readonly #logs: ReadonlyMap<string, readonly NoteKey[]>;
  readonly #clock: () => number;
  readonly #beforeRecord: (() => Promise<void>) | undefined;
  readonly #locks = new Map<string, Promise<void>>();

  constructor(options: WitnessOptions) {
    this.#store = options.store;
    this.#key = options.key;
    const logs = new Map<string, NoteKey[]>();
    for (const k of options.logs) logs.set(k.name, [...(logs.get(k.name) ?? []), k]);
    this.#logs = logs;
    this.#clock = options.clock ?? (() => Math.floor(Date.now() / 1000));
    this.#beforeRecord = options.beforeRecord;
  }

  get name(): string {
    return this.#key.key.name;
  }

  get verifierKey(): string {
    return this.#key.verifierKey;
  }

  /** The logs witnessed: origin, trusted keys, and the checkpoint last cosigned. */
  logs(): { origin: string; keys: string[]; cosigned: LogState | null }[] {
    return [...this.#logs].map(([origin, keys]) => ({
      origin,
      keys: keys.map((k) => formatVerifierKey(k)),
      cosigned: this.#store.state(origin),
    }));
  }

  /** Serves one add-checkpoint request body (c2sp.org/tlog-witness). */
  async addCheckpoint(body: string): Promise<AddCheckpointResult> {
    const parsed = parseAddCheckpoint(body);
    if (!parsed.ok) return problem(400, 'malformed', 'Malformed add-checkpoint request', parsed.reason);
    const { oldSize, proof, note } = parsed.request;
    const split = splitNote(note);
    if (!split.ok)
      return problem(400, 'malformed', 'Malformed checkpoint', `the checkpoint note: ${split.reason}`);
    const checkpoint = parseCheckpoint(split.text);
    if (checkpoint === null) {
      return problem(
        400,
        'malformed',
        'Malformed checkpoint',
        'the note is not a checkpoint (origin, size, root hash)',
      );
    }
    const keys = this.#logs.get(checkpoint.origin);
    if (keys === undefined) {
      return problem(
        404,
        'unknown-log',
        'Unknown log',
        `this witness does not witness the log ${checkpoint.origin}`,
      );
    }
    let signed = false;
    for (const key of keys) if ((await openNote(note, key, ed25519Verify)).ok) signed = true;
    if (!signed) {
      return problem(
        403,
        'bad-log-signature',
        'No trusted log signature',
        `no signature on the checkpoint verifies with a key this witness trusts for ${checkpoint.origin}`,
      );
    }
    // From here the checkpoint is the log's own word: a refusal is kept as evidence.
    const refuse = (
      result: AddCheckpointResult,
      reason: EvidenceReason,
      state: LogState | null,
    ): AddCheckpointResult => {
      this.#keep(result, reason, state, { oldSize, proof, note, checkpoint });
      return result;
    };
    if (oldSize > checkpoint.size) {
      return refuse(
        problem(
          400,
          'old-size-exceeds-size',
          'Old size above the size',
          `old size ${oldSize} is above the checkpoint's size ${checkpoint.size}`,
        ),
        'old-size-exceeds-size',
        this.#store.state(checkpoint.origin),
      );
    }
    return this.#exclusive(checkpoint.origin, async () => {
      const state = this.#store.state(checkpoint.origin);
      const known = state?.size ?? 0;
      const root = toBase64(checkpoint.root);
      if (oldSize !== known) {
        const result: AddCheckpointResult = {
          status: 409,
          size: known,
          detail: `old size ${oldSize} is not the size this witness last cosigned for ${checkpoint.origin}, ${known}`,
        };
        const fork = state !== null && state.size === checkpoint.size;
        return refuse(result, fork ? 'fork' : 'old-size-mismatch', state);
      }
      if (state !== null && checkpoint.size === state.size) {
        if (root !== state.root) {
          return refuse(
            problem(
              409,
              'fork',
              'Another root at the same size',
              `the log signed another root for size ${checkpoint.size} than the one this witness cosigned: the log has forked`,
            ),
            'fork',
            state,
          );
        }
      }
      const consistent =
        state === null
          ? proof.length === 0 && (checkpoint.size > 0 || root === EMPTY_ROOT)
          : await verifyConsistency(
              sha256,
              state.size,
              checkpoint.size,
              fromBase64(state.root) as Hash,
              checkpoint.root,
              proof,
            );
      if (!consistent) {
        return refuse(
          problem(
            422,
            'inconsistent',
            'Consistency proof fails',
            state === null
              ? checkpoint.size === 0
                ? 'an empty tree has the root SHA-256 of nothing'
                : 'a checkpoint first cosigned takes no consistency proof (old size 0)'
              : `the consistency proof from size ${state.size} to ${checkpoint.size} does not verify against the root this witness cosigned`,
          ),
          'inconsistent',
          state,
        );
      }
      if (this.#beforeRecord) await this.#beforeRecord();
      const now = this.#clock();
      const recorded = this.#store.advance(
        state,
        { origin: checkpoint.origin, size: checkpoint.size, root, note },
        now,
      );
      if (!recorded.ok) {
        // Another process sharing the store moved it meanwhile.
        return {
          status: 409,
          size: recorded.size,
          detail: `this witness cosigned size ${recorded.size} of ${checkpoint.origin} meanwhile`,
        };
      }
      const lines = await cosignatureLine(split.text, this.#key.key, now, (m) =>
        ed25519Sign(this.#key.privateKey, m),
      );
      return { status: 200, lines, size: checkpoint.size, origin: checkpoint.origin };
    });
  }

  #keep(
    result: AddCheckpointResult,
    reason: EvidenceReason,
    state: LogState | null,
    request: { oldSize: number; proof: readonly Hash[]; note: string; checkpoint: Checkpoint },
  ): void {
    // The very checkpoint it cosigned, sent again (as a client learning the size may), proves nothing.
    const root = toBase64(request.checkpoint.root);
    if (state !== null && state.size === request.checkpoint.size && state.root === root) return;
    this.#store.addEvidence({
      origin: request.checkpoint.origin,
      status: result.status,
      reason,
      detail: 'detail' in result ? result.detail : '',
      oldSize: request.oldSize,
      size: request.checkpoint.size,
      root,
      proof: request.proof.map(toBase64),
      note: request.note,
      conflictsWith: state,
      receivedAt: this.#clock(),
    });
  }

  /** Runs requests for one origin one at a time. */
  async #exclusive<T>(origin: string, fn: () => Promise<T>): Promise<T> {
    const before = this.#locks.get(origin) ?? Promise.resolve();
    let release = (): void => {};
    const mine = new Promise<void>((done) => (release = done));
    const chain = before.then(() => mine);
    this.#locks.set(origin, chain);
    await before;
    try {
      return await fn();
    } finally {
      release();
      if (this.#locks.get(origin) === chain) this.#locks.delete(origin);
    }
  }
}
