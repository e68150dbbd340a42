/**
 * @module Why the depositary does not take a filing (or a request): faults of input or of state,
 * not legal refusals (those are logged outcomes). Each carries its HTTP status and an RFC 9457
 * problem type; the server turns them into problem+json in one place.
 */

export class DepositaryError extends Error {
  readonly status: number;
  /** The last segment of the problem type URI: `bad-signature`, `seq-conflict`. */
  readonly type: string;
  readonly title: string;
  /** Extra members of the problem document (the expected seq, the problems found). */
  readonly extra: Readonly<Record<string, unknown>>;
  constructor(
    status: number,
    type: string,
    title: string,
    detail: string,
    extra: Readonly<Record<string, unknown>> = {},
    options?: { cause?: unknown },
  ) {
    super(detail, options);
    this.name = 'DepositaryError';
    this.status = status;
    this.type = type;
    this.title = title;
    this.extra = extra;
  }
}

export const malformed = (detail: string, extra: Readonly<Record<string, unknown>> = {}) =>
  new DepositaryError(400, 'malformed', 'Malformed request', detail, extra);

export const unknownKey = (detail: string) =>
  new DepositaryError(401, 'unknown-key', 'Unknown or revoked key', detail);

export const badSignature = (detail: string) =>
  new DepositaryError(401, 'bad-signature', 'Bad signature', detail);

export const forbidden = (detail: string) =>
  new DepositaryError(403, 'forbidden', 'Not this filer\u2019s act', detail);

export const notFound = (detail: string) => new DepositaryError(404, 'not-found', 'Not found', detail);

export const seqConflict = (party: string, seq: number, expected: number) =>
  new DepositaryError(
    409,
    'seq-conflict',
    seq < expected ? 'Replayed filing' : 'Filing out of sequence',
    seq < expected
      ? `seq ${seq} of ${party} is already in the log; the next is ${expected}`
      : `seq ${seq} of ${party} skips ahead; the next is ${expected}`,
    { expected },
  );

/**
 * A filing whose log entry would exceed what an entry of the log may hold: 65,535 bytes, as entry
 * bundles (c2sp.org/tlog-tiles) prefix each entry with its length as a big-endian uint16.
 */
export const entryTooLarge = (bytes: number, limit = 65_535) =>
  new DepositaryError(
    413,
    'too-large',
    'Filing too large',
    `the log entry of this filing would be ${bytes} bytes; an entry of the log holds at most ${limit} (c2sp.org/tlog-tiles), so nothing of it was logged: shorten the act`,
    { limit, size: bytes },
  );

/** A filing whose envelope alone leaves no room in its log entry for the rest (see {@link entryTooLarge}). */
export const envelopeTooLarge = (bytes: number, limit: number) =>
  new DepositaryError(
    413,
    'too-large',
    'Filing too large',
    `the envelope is ${bytes} bytes in canonical JSON; with what the log adds to it, its entry could exceed the 65535 bytes an entry of the log holds (c2sp.org/tlog-tiles): an envelope may have at most ${limit}`,
    { limit, size: bytes },
  );

export const unavailable = (detail: string, options?: { cause?: unknown }) =>
  new DepositaryError(503, 'unavailable', 'Store unavailable', detail, {}, options);

/** Seconds a filer is asked to wait while the depositary reconnects to its store. */
export const RETRY_AFTER_STORE = 2;

/**
 * The depositary cannot write now (its store is away, or it is retaking its writer lock); nothing
 * of the filing was recorded, and the same signed filing may be sent again after `retryAfter`.
 */
export const storeAway = (detail: string, options?: { cause?: unknown }) =>
  new DepositaryError(
    503,
    'unavailable',
    'Store unavailable',
    detail,
    { retryAfter: RETRY_AFTER_STORE },
    options,
  );

/**
 * The store stopped answering while a filing was being written: whether it was recorded is not
 * known until it answers again. Sending the same signed filing again is safe: a logged one is
 * answered with its receipt, one that was not is logged then.
 */
export const outcomeUnknown = (options?: { cause?: unknown }) =>
  new DepositaryError(
    503,
    'outcome-unknown',
    'Outcome not known yet',
    'the store stopped answering while this filing was being written, so whether it was recorded is not known yet. Send the same signed filing again (same seq) after Retry-After: if it was recorded, the answer is its receipt; if not, it is recorded then',
    { retryAfter: RETRY_AFTER_STORE },
    options,
  );

/** A mirror that has not yet copied and cosigned a checkpoint of the log it follows. */
export const notMirrored = (detail: string) =>
  new DepositaryError(503, 'not-mirrored', 'Nothing mirrored yet', detail, { retryAfter: 5 });

export const keyExists = (party: string, keyId: string) =>
  new DepositaryError(409, 'key-exists', 'Key already lodged', `key ${keyId} is already lodged for ${party}`);

/** The log does not hold together (changed rows, a removed entry, settings that are not its own). */
export class LogIntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogIntegrityError';
  }
}

/** A node of the tree as messages name it: `tree node 3/2125 (the hash of entries 17000 to 17007)`. */
export function describeNode(level: number, index: number): string {
  if (level === 0) return `tree node 0/${index} (the leaf hash of entry ${index})`;
  // A node of level L and index I is the hash of the entries I·2^L to (I+1)·2^L - 1 (RFC 9162 2.1.1).
  const width = 2 ** level;
  return `tree node ${level}/${index} (the hash of entries ${index * width} to ${(index + 1) * width - 1})`;
}

/**
 * A node of the Merkle tree that the log needs is not in the store (its row was deleted, or never
 * written): the store is damaged. The entries under it may all be there, but until the store is
 * restored the log cannot be proved where the node is needed, nor its tiles served, and the
 * depositary does not start on it when the node is on the tree's right edge.
 */
export class MissingNodeError extends LogIntegrityError {
  readonly level: number;
  readonly index: number;
  constructor(level: number, index: number) {
    super(
      `the store is damaged: ${describeNode(level, index)} is not stored, and the log needs it. Restore the store from a backup (est verify --data DIR then checks it against its entries); meanwhile a mirror of this log (est mirror) serves every entry and proof, and est log export --server MIRROR_URL keeps a copy`,
    );
    this.name = 'MissingNodeError';
    this.level = level;
    this.index = index;
  }
}

/**
 * A reader's request that needs a node the store has lost: a fault of the server (500), not
 * something to retry (the store stays damaged until its operator restores it). The operator's line
 * in the server's log is the cause's message.
 */
export const storeDamaged = (e: MissingNodeError) =>
  new DepositaryError(
    500,
    'store-damaged',
    'Store damaged',
    `this server's store is damaged: ${describeNode(e.level, e.index)} is missing, and this answer needs it. Its operator must restore the store (the fault is logged on the server); a mirror of this log can answer meanwhile`,
    { node: `${e.level}/${e.index}` },
    { cause: e },
  );
