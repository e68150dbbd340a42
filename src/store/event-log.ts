/**
 * @module The depositary's storage behind one interface: the append-only log of entries with the
 * Merkle nodes each append completes, the Parties' public keys, and a few settings. Memory, SQLite
 * and PostgreSQL implement it; one contract suite (test/store/event-log.contract.ts) runs on all.
 */
import type { Hash, NodeId } from '../log/merkle.ts';

/** One appended entry: its leaf text and hash, and the filer's (party, seq) that must be unique. */
export interface NewEntry {
  readonly index: number;
  readonly leaf: string;
  readonly leafHash: Hash;
  readonly party: string;
  readonly seq: number;
}

/**
 * A stored tree node: a complete subtree above the leaves (level 1 and up). A leaf's own hash (level
 * 0) is its entry's `leafHash`, kept once, with the entry.
 */
export interface StoredNode extends NodeId {
  readonly hash: Hash;
}

export interface KeyRecord {
  readonly party: string;
  readonly keyId: string;
  /** Raw 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array;
  readonly addedAt: string;
  readonly revokedAt: string | null;
}

/**
 * A milestone of the witnessed log: by `quorumTime` (POSIX seconds, from the cosignatures'
 * timestamps, c2sp.org/tlog-cosignature) a quorum of the witnesses (c2sp.org/tlog-policy) had
 * cosigned a checkpoint of `size` entries. Milestones rise in size and in quorum time.
 */
export interface WitnessedMilestone {
  readonly size: number;
  readonly quorumTime: number;
}

export interface EventLog {
  /** A short name for messages: `memory`, `sqlite:/path/est.db`, `postgres`. */
  readonly name: string;
  /** The number of entries. */
  size(): Promise<number>;
  /**
   * Appends entries (indices size, size+1, ...) with the nodes above the leaves they complete,
   * atomically: all or none, durable when the promise resolves. Throws {@link SeqConflictError} if
   * a (party, seq) is taken, {@link IndexConflictError} if an index is not the next one, a
   * StoreError for a node of level 0 (a leaf's hash comes with its entry); nothing is written then.
   */
  append(entries: readonly NewEntry[], nodes: readonly StoredNode[]): Promise<void>;
  /** Leaf texts of entries [start, end), clipped to the log. */
  entries(start: number, end: number): Promise<string[]>;
  /** Node hashes, in the order asked (level 0: the entry's leaf hash); throws if one is missing. */
  nodes(ids: readonly NodeId[]): Promise<Hash[]>;
  addKey(key: Omit<KeyRecord, 'revokedAt'>): Promise<void>;
  /** Marks a key revoked; false when there is no such active key. */
  revokeKey(party: string, keyId: string, at: string): Promise<boolean>;
  keys(party?: string): Promise<KeyRecord[]>;
  getSetting(name: string): Promise<string | null>;
  setSetting(name: string, value: string): Promise<void>;
  /**
   * Records that a quorum had cosigned a checkpoint of `size` entries by `quorumTime`, against the
   * newest milestone kept (if any): a larger size with a later time is a new milestone; a larger
   * size with a time not later extends the newest one to `size` (its entries are dated at that
   * milestone's time, never earlier than one already recorded); a size not larger changes nothing,
   * so that recording one again is harmless. A size or time that is not a whole number (or a size
   * of 0) is ignored.
   */
  addWitnessed(size: number, quorumTime: number): Promise<void>;
  /** The first milestone whose size is above `index` (the earliest holding that entry), or null. */
  witnessedAt(index: number): Promise<WitnessedMilestone | null>;
  /**
   * Stores that several processes can open (PostgreSQL) have a lock that one writer holds: it
   * resolves once held, or throws {@link StoreLockedError} naming the process that holds it.
   * Stores that live in one process's data directory have none (the directory is locked instead).
   */
  lockWriter?(events: WriterLockEvents): Promise<WriterLock>;
  close(): Promise<void>;
}

/** Base of the store's thrown errors: faults and conflicts, never legal refusals. */
export class StoreError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}

/**
 * The store cannot be reached now (its database is away, restarting, or refusing connections):
 * nothing is wrong with the request or the data, and the same request may succeed later. Whether
 * a write that failed this way was committed is not known until the store answers again.
 */
export class StoreUnavailableError extends StoreError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('unavailable', message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** Another process writes to this store: one writer per store (the holder is named). */
export class StoreLockedError extends StoreError {
  constructor(message: string) {
    super('locked', message);
    this.name = 'StoreLockedError';
  }
}

/**
 * The one-writer lock of a store shared between processes (PostgreSQL), held for the process's
 * life on a connection of its own. When that connection breaks the lock is gone: `lost` fires,
 * and the holder retakes it when it can (`regained`), unless another process took it meanwhile
 * (`taken`, naming it): that one writes now, and this one must stop.
 */
export interface WriterLock {
  release(): Promise<void>;
}

export interface WriterLockEvents {
  lost(why: string): void;
  regained(): void;
  taken(holder: string): void;
}

/** A (party, seq) pair is already in the log: the filing was a replay. */
export class SeqConflictError extends StoreError {
  constructor(party: string, seq: number, options?: { cause?: unknown }) {
    super('seq_conflict', `seq ${seq} of ${party} is already in the log`, options);
    this.name = 'SeqConflictError';
  }
}

/** An entry's index is not the next one (another writer appended first). */
export class IndexConflictError extends StoreError {
  constructor(index: number, options?: { cause?: unknown }) {
    super('index_conflict', `index ${index} is not the next one in the log`, options);
    this.name = 'IndexConflictError';
  }
}

/** A key with that id is already lodged for the party. */
export class KeyExistsError extends StoreError {
  constructor(party: string, keyId: string) {
    super('key_exists', `key ${keyId} is already lodged for ${party}`);
    this.name = 'KeyExistsError';
  }
}

/** Whether `addWitnessed(size, quorumTime)` can record anything (see {@link EventLog.addWitnessed}). */
export const isMilestone = (size: number, quorumTime: number): boolean =>
  Number.isSafeInteger(size) && size > 0 && Number.isSafeInteger(quorumTime) && quorumTime >= 0;

export const nodeKey = (n: NodeId): string => `${n.level}/${n.index}`;

/**
 * The node a store reported missing (a StoreError of code `missing_node`, whose message names it by
 * {@link nodeKey}, as every store here writes it), or null for any other error.
 */
export function missingNodeOf(e: unknown): NodeId | null {
  if (!(e instanceof StoreError) || e.code !== 'missing_node') return null;
  const m = /\bnode (\d+)\/(\d+) is not stored/.exec(e.message);
  return m === null ? null : { level: Number(m[1]), index: Number(m[2]) };
}
