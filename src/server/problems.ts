/**
 * @module RFC 9457 problem documents: the server's own refusals (too large, too many, no token, no
 * route), and the one mapping from any thrown error to an `application/problem+json` response.
 */
import { HTTPException } from 'hono/http-exception';
import { DepositaryError, RETRY_AFTER_STORE } from '../app/errors.ts';
import { PROBLEM_BASE } from '../log/problem-details.ts';
import type { ProblemBody } from '../log/problem-details.ts';
import { StoreUnavailableError } from '../store/index.ts';

export const tooLarge = (limit: number) =>
  new DepositaryError(413, 'too-large', 'Request too large', `the body is over ${limit} bytes`, { limit });

export const rateLimited = (retryAfter: number) =>
  new DepositaryError(
    429,
    'rate-limited',
    'Too many requests',
    `too many requests from this address; retry in ${retryAfter} s`,
    { retryAfter },
  );

export const unauthorized = (detail: string) =>
  new DepositaryError(401, 'unauthorized', 'Admin token required', detail);

export const noRoute = (method: string, path: string) =>
  new DepositaryError(404, 'not-found', 'Not found', `no route ${method} ${path}`);

/** The server cannot take the request now; with `retryAfter` (seconds), a Retry-After header says when to ask again. */
export const busy = (detail: string, retryAfter?: number) =>
  new DepositaryError(
    503,
    'unavailable',
    'Service busy',
    detail,
    retryAfter === undefined ? {} : { retryAfter },
  );

/** One client address holds as many event streams as it may (the total has its own 503, `busy`). */
export const tooManyStreams = (limit: number, retryAfter: number) =>
  new DepositaryError(
    429,
    'too-many-streams',
    'Too many event streams',
    `this address has ${limit} event streams open, as many as it may; close one, or retry in ${retryAfter} s`,
    { limit, retryAfter },
  );

/** An address that sent too many wrong admin tokens, refused before its token is looked at. */
export const adminLockedOut = (retryAfter: number) =>
  new DepositaryError(
    429,
    'admin-locked-out',
    'Too many wrong admin tokens',
    `too many wrong admin tokens from this address; the admin routes refuse it for ${retryAfter} s more, whatever token it sends`,
    { retryAfter },
  );

/** No checkpoint has yet gathered the cosignatures its witness policy asks for. */
export const notCosigned = (detail: string) =>
  new DepositaryError(503, 'not-cosigned', 'No cosigned checkpoint yet', detail, { retryAfter: 5 });

/** The media type of every request body the API reads. */
export const JSON_MEDIA_TYPE = 'application/json';

/**
 * A body that is not sent as JSON (RFC 9110 §15.5.16): the answer's `Accept` header, and the
 * `accept` member, name the type that is (RFC 9110 §12.5.1 lets a response carry `Accept`).
 */
export const unsupportedMediaType = (why: string) =>
  new DepositaryError(
    415,
    'unsupported-media-type',
    'Unsupported media type',
    `the body must be JSON sent with Content-Type: ${JSON_MEDIA_TYPE}; ${why}`,
    { accept: JSON_MEDIA_TYPE },
  );

/**
 * The status of a request whose client closed the connection before sending all of it. No client
 * reads it; it tells the metrics and the log apart from a refusal or a fault. 499 is nginx's
 * "client closed request", not a registered status.
 */
export const CLIENT_CLOSED = 499;

export const clientAborted = (detail: string, cause?: unknown) =>
  new DepositaryError(CLIENT_CLOSED, 'client-aborted', 'Request cut off', detail, {}, { cause });

/** The Node request under @hono/node-server (its env is `{ incoming, outgoing }`), if there is one. */
interface Incoming {
  readonly complete?: boolean;
  readonly destroyed?: boolean;
  readonly headers?: Readonly<Record<string, string | string[] | undefined>>;
}

/**
 * Why a failure is the client's closing of its connection, as a client-aborted problem, or null.
 * The request's Node stream tells: destroyed before it was complete (the client went away, or the
 * server's request timeout cut it). An error's own code does not: a store's socket reset looks the
 * same. Under `app.request()` there is no Node stream, and nothing is a client abort.
 */
export function asClientAbort(error: unknown, env: unknown): DepositaryError | null {
  if (error instanceof DepositaryError) return error.type === 'client-aborted' ? error : null;
  const incoming = (env as { incoming?: Incoming } | undefined)?.incoming;
  if (incoming?.complete !== false || incoming.destroyed !== true) return null;
  const length = incoming.headers?.['content-length'];
  const announced = typeof length === 'string' ? ` (Content-Length ${length.slice(0, 20)})` : '';
  return clientAborted(
    `the request was cut off before all of it arrived${announced}: the client closed the connection or was too slow; nothing was done`,
    error,
  );
}

/** A mirror takes no filings: they go to the depositary (c2sp.org/tlog-mirror: the mirror only copies). */
export const readOnly = (detail: string) =>
  new DepositaryError(405, 'read-only', 'This server takes no filings', detail);

/** What the connection refusals below quote: the server's limits on a request's head and time. */
export interface ConnectionLimits {
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
  /** The most bytes of request line and headers Node reads (its `maxHeaderSize`). */
  readonly maxHeaderBytes: number;
}

const badRequest = (detail: string) => new DepositaryError(400, 'bad-request', 'Bad request', detail);

/**
 * A request that never reached the app: Node's HTTP/1.1 parser (llhttp) refused it, or it was not
 * received in time. `error` is what Node's `clientError` event gives: a `code` (`HPE_*`, or
 * `ERR_HTTP_REQUEST_TIMEOUT`) and, for a parse error, llhttp's `reason`.
 */
export function connectionRefusal(error: { code?: unknown; reason?: unknown }, limits: ConnectionLimits) {
  const reason = typeof error.reason === 'string' ? error.reason : 'the parser refused it';
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new DepositaryError(
        408,
        'request-timeout',
        'Request timeout',
        `the request did not arrive in time: its headers must arrive within ${limits.headersTimeoutMs} ms and all of it within ${limits.requestTimeoutMs} ms; send it again`,
      );
    case 'HPE_HEADER_OVERFLOW':
      // RFC 6585 §5.
      return new DepositaryError(
        431,
        'headers-too-large',
        'Request header fields too large',
        `the request line and headers are over ${limits.maxHeaderBytes} bytes; send fewer or shorter headers`,
        { limit: limits.maxHeaderBytes },
      );
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return new DepositaryError(
        413,
        'too-large',
        'Request too large',
        'the chunk extensions of the body are too long; send the body without them',
      );
    case 'HPE_INVALID_CONTENT_LENGTH':
      return badRequest('Content-Length must be a whole number of bytes (RFC 9110 §8.6)');
    case 'HPE_UNEXPECTED_CONTENT_LENGTH':
    case 'HPE_INVALID_TRANSFER_ENCODING':
      // Both are about the body's framing: two lengths, a length beside a transfer coding, or a
      // transfer coding that does not end in chunked (RFC 9112 §6.1, §6.3).
      return badRequest(
        `the body's length is ambiguous (${reason}): send either one Content-Length or Transfer-Encoding: chunked (RFC 9112 §6.3)`,
      );
    case 'HPE_INVALID_METHOD':
      // RFC 9110 §9.1: an unknown method is 501.
      return new DepositaryError(
        501,
        'not-implemented',
        'Method not implemented',
        `the request method is not one this server knows (${reason}); the API answers GET, HEAD, POST, DELETE and OPTIONS`,
      );
    case 'HPE_INVALID_VERSION':
    case 'HPE_PAUSED_H2_UPGRADE':
      // The latter is HTTP/2's connection preface, sent without asking to upgrade.
      return new DepositaryError(
        505,
        'http-version',
        'HTTP version not supported',
        `this server speaks HTTP/1.1 (${reason})`,
      );
    default:
      return badRequest(`the request is not valid HTTP/1.1 (${reason}); it was not read`);
  }
}

/**
 * A request whose target or Host header @hono/node-server could not make a URL of (its
 * `RequestError`: a backslash in the path, no Host, a Host that is not a host name).
 */
export function targetRefusal(message: string) {
  switch (message) {
    case 'Backslash in request path':
      return badRequest('the request path has a backslash; paths are separated by / (RFC 3986 §3.3)');
    case 'Missing host header':
      return badRequest('the request has no Host header; HTTP/1.1 requires one (RFC 9112 §3.2)');
    case 'Invalid host header':
      return badRequest('the Host header is not a host name with an optional port (RFC 9110 §7.2)');
    default:
      return badRequest(`the request target is not a valid URL (${message.slice(0, 200)})`);
  }
}

const RESERVED = new Set(['type', 'title', 'status', 'detail', 'instance']);

/**
 * Any error as a problem: a DepositaryError as it says (a key lodged twice among them, made by
 * keyExists in src/app/errors.ts); an HTTP exception of the framework keeps its status; anything
 * else is a fault, reported as a generic 500 (the caller logs it), never with its message, which
 * may name internals.
 */
export function problemOf(error: unknown): { body: ProblemBody; headers: Record<string, string> } {
  if (error instanceof DepositaryError) {
    const headers: Record<string, string> = {};
    const retry = error.extra['retryAfter'];
    if ((error.status === 429 || error.status === 503) && typeof retry === 'number')
      headers['Retry-After'] = String(retry);
    if (error.type === 'unauthorized') headers['WWW-Authenticate'] = 'Bearer realm="est-admin"';
    if (error.type === 'read-only') headers['Allow'] = 'GET, HEAD';
    if (error.type === 'unsupported-media-type') headers['Accept'] = JSON_MEDIA_TYPE;
    return {
      body: {
        type: PROBLEM_BASE + error.type,
        title: error.title,
        status: error.status,
        detail: error.message,
        ...Object.fromEntries(Object.entries(error.extra).filter(([k]) => !RESERVED.has(k))),
      },
      headers,
    };
  }
  // The database is away for a moment (a restart, a cut connection): not a fault of this request.
  if (error instanceof StoreUnavailableError) {
    return problemOf(
      new DepositaryError(
        503,
        'unavailable',
        'Store unavailable',
        'the depositary cannot reach its store just now; try again after Retry-After',
        { retryAfter: RETRY_AFTER_STORE },
      ),
    );
  }
  if (error instanceof HTTPException && error.status < 500) {
    return problemOf(
      new DepositaryError(
        error.status,
        'http',
        error.message || 'Bad request',
        error.message || 'bad request',
      ),
    );
  }
  return {
    body: {
      type: PROBLEM_BASE + 'internal',
      title: 'Internal error',
      status: 500,
      detail: 'the depositary failed to handle this request; the fault is logged on the server',
    },
    headers: {},
  };
}

/**
 * Whether an error is a fault of the server or its store (to be logged), not a refusal of the
 * request: a 5xx, unless it is a plain "busy" refusal with no cause behind it, or the store being
 * away for a moment (the depositary says once when it loses and regains its store, not per request).
 */
export const isFault = (error: unknown): boolean => {
  if (problemOf(error).body.status < 500) return false;
  if (error instanceof StoreUnavailableError) return false;
  if (!(error instanceof DepositaryError)) return true;
  return error.cause !== undefined && !(error.cause instanceof StoreUnavailableError);
};
