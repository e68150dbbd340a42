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
