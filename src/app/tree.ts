/**
 * @module The depositary's tree: signed checkpoints (C2SP signed notes, c2sp.org/tlog-checkpoint),
 * RFC 9162 inclusion and consistency proofs from the stored nodes, the proofs of a batch just
 * committed from memory, and proofs in the c2sp.org/tlog-proof@v1 text format.
 *
 * A checkpoint is signed for every committed batch, so that each receipt carries the signed tree
 * that includes its entry and the proof that it does: a filer can show later, with nothing but its
 * receipt and the depositary's public key, what the log held, and that the log still holds it.
 */
import type { KeyObject } from 'node:crypto';
import type { Hash, NodeId } from '../log/merkle.ts';
import { consistencyRanges, hashRanges, inclusionRanges, nodesFor } from '../log/merkle.ts';
import { ed25519Sign, sha256 } from '../log/node-crypto.ts';
import type { Checkpoint, NoteKey } from '../log/note.ts';
import { checkpointText, parseCheckpoint, signNote } from '../log/note.ts';
import { formatTlogProof } from '../log/tlog-proof.ts';
import type { EventLog, StoredNode } from '../store/event-log.ts';
import { missingNodeOf, nodeKey } from '../store/event-log.ts';
import { LogIntegrityError, MissingNodeError, malformed, storeDamaged } from './errors.ts';

export interface SignedTree {
  readonly size: number;
  /** The signed note. */
  readonly note: string;
}

/**
 * RFC 9162 inclusion and consistency proofs, and c2sp.org/tlog-proof@v1 texts, from the nodes a
 * store keeps: what a reader of the log needs, whoever signed its checkpoints (the depositary, or
 * the log a mirror copies).
 */
export class TreeProofs {
  protected readonly log: EventLog;

  constructor(log: EventLog) {
    this.log = log;
  }

  async inclusionProof(index: number, size: number, committed: number): Promise<Hash[]> {
    checkSize(size, committed);
    if (!(Number.isInteger(index) && index >= 0 && index < size))
      throw malformed(`index must be a whole number below size ${size}`);
    return this.hashes(inclusionRanges(index, size));
  }

  async consistencyProof(from: number, to: number, committed: number): Promise<Hash[]> {
    checkSize(to, committed);
    if (!(Number.isInteger(from) && from >= 0 && from <= to))
      throw malformed(`from must be a whole number from 0 to ${to}`);
    return this.hashes(consistencyRanges(from, to));
  }

  /** The entry's proof against a signed checkpoint, as c2sp.org/tlog-proof@v1 text. */
  async tlogProof(index: number, signed: SignedTree): Promise<string> {
    if (!(Number.isInteger(index) && index >= 0 && index < signed.size))
      throw malformed(`index must be a whole number below the signed size ${signed.size}`);
    const hashes = await this.hashes(inclusionRanges(index, signed.size));
    return formatTlogProof({ index, hashes, checkpoint: signed.note });
  }

  async hashes(ranges: readonly (readonly [number, number])[]): Promise<Hash[]> {
    const ids: NodeId[] = nodesFor(ranges);
    const got = await servedNodes(this.log, ids);
    const byKey = new Map(ids.map((id, i) => [nodeKey(id), got[i] as Hash]));
    return hashRanges(sha256, ranges, (id) => byKey.get(nodeKey(id)) as Hash);
  }
}

/** The depositary's tree: its proofs, and the checkpoints it signs with its key. */
export class LogTree extends TreeProofs {
  readonly #signer: KeyObject;
  readonly #noteKey: NoteKey;
  readonly origin: string;
  readonly #keep: boolean;
  #latest: SignedTree | null = null;
  #kept: number | null = null;
  /** The keeping of a checkpoint under way, by size. */
  #keeping: { readonly size: number; readonly write: Promise<void> } | null = null;

  constructor(options: {
    readonly log: EventLog;
    readonly signer: KeyObject;
    readonly noteKey: NoteKey;
    readonly origin: string;
    /** Whether to keep the signed checkpoint in the store when it is read (off for read-only tools). */
    readonly keep: boolean;
  }) {
    super(options.log);
    this.#signer = options.signer;
    this.#noteKey = options.noteKey;
    this.origin = options.origin;
    this.#keep = options.keep;
  }

  /** The checkpoint this depositary last kept in the store, if any (it must be its own). */
  async kept(): Promise<Checkpoint | null> {
    const note = await this.log.getSetting('checkpoint');
    if (note === null) return null;
    const c = parseCheckpoint(note.slice(0, note.indexOf('\n\n') + 1));
    if (c === null || c.origin !== this.origin)
      throw new LogIntegrityError('the stored checkpoint is not one this depositary signs');
    return c;
  }

  /** Signs the checkpoint of a tree; it becomes the latest. */
  async sign(size: number, root: Hash): Promise<SignedTree> {
    if (this.#latest !== null && this.#latest.size === size) return this.#latest;
    const note = await signNote(checkpointText({ origin: this.origin, size, root }), this.#noteKey, (m) =>
      ed25519Sign(this.#signer, m),
    );
    const signed = { size, note };
    // A larger tree signed meanwhile stays the latest: the latest never goes back.
    if (this.#latest === null || this.#latest.size <= size) this.#latest = signed;
    return signed;
  }

  /** The latest signed checkpoint (of the committed tree), kept in the store once per size. */
  async checkpoint(size: number, root: Hash): Promise<string> {
    const signed = await this.sign(size, root);
    // Kept, so that the depositary refuses to start on a log that no longer gives this root. Readers
    // asking at once at a new size share one write.
    if (this.#keep && (this.#kept === null || this.#kept < size)) {
      let keeping = this.#keeping;
      if (keeping?.size !== size) {
        const write = this.log.setSetting('checkpoint', signed.note).then(() => {
          this.#kept = Math.max(this.#kept ?? 0, size);
        });
        keeping = this.#keeping = { size, write };
        // Once settled, the next reader at a larger size starts its own write.
        write.then(
          () => this.#keeping === keeping && (this.#keeping = null),
          () => this.#keeping === keeping && (this.#keeping = null),
        );
      }
      await keeping.write;
    }
    return signed.note;
  }

  /** The latest signed checkpoint, without keeping it. */
  get latest(): SignedTree | null {
    return this.#latest;
  }
}

/** The stored hashes of nodes, in the order asked; a node the store lacks is a {@link MissingNodeError}. */
export async function storedNodes(log: Pick<EventLog, 'nodes'>, ids: readonly NodeId[]): Promise<Hash[]> {
  try {
    return await log.nodes(ids);
  } catch (e) {
    const node = missingNodeOf(e);
    if (node === null) throw e;
    throw new MissingNodeError(node.level, node.index);
  }
}

/** {@link storedNodes} for an answer to a reader: a node the store lacks is a 500 that names it. */
export async function servedNodes(log: Pick<EventLog, 'nodes'>, ids: readonly NodeId[]): Promise<Hash[]> {
  try {
    return await storedNodes(log, ids);
  } catch (e) {
    if (e instanceof MissingNodeError) throw storeDamaged(e);
    throw e;
  }
}

export function checkSize(size: number, committed: number): void {
  if (!(Number.isInteger(size) && size >= 0 && size <= committed)) {
    throw malformed(`size must be a whole number from 0 to the log's size, ${committed}`);
  }
}

/**
 * The inclusion proofs of a batch's entries in the tree just committed, from memory: every node they
 * need is on the right edge the batch started from (the complete subtrees left of its first entry),
 * a leaf of the batch, or a node the batch completed.
 */
export function batchProofs(
  start: readonly StoredNode[],
  leaves: readonly { readonly index: number; readonly hash: Hash }[],
  added: readonly StoredNode[],
  size: number,
): Map<number, Hash[]> {
  const known = new Map<string, Hash>();
  for (const n of [...start, ...added]) known.set(nodeKey(n), n.hash);
  for (const l of leaves) known.set(`0/${l.index}`, l.hash);
  const lookup = (id: NodeId): Hash => {
    const h = known.get(nodeKey(id));
    if (h === undefined) throw new Error(`node ${nodeKey(id)} is not among the batch's`);
    return h;
  };
  return new Map(leaves.map((l) => [l.index, hashRanges(sha256, inclusionRanges(l.index, size), lookup)]));
}
