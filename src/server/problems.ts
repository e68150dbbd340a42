/**
 * @module RFC 9457 problem documents: the server's own refusals (too large, too many, no token, no
 * route), and the one mapping from any thrown error to an `application/problem+json` response.
 */
import { HTTPException } from 'hono/http-exception';
import { DepositaryError } from '../app/errors.ts';
import { KeyExistsError } from '../store/index.ts';

/** Where the problem types live; the last segment is the error's `type`. */
export const PROBLEM_BASE = 'https://est.example/problems/';

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

export const busy = (detail: string) => new DepositaryError(503, 'unavailable', 'Service busy', detail, {});

/** No checkpoint has yet gathered the cosignatures its witness policy asks for. */
export const notCosigned = (detail: string) =>
  new DepositaryError(503, 'not-cosigned', 'No cosigned checkpoint yet', detail, { retryAfter: 5 });

/** A mirror takes no filings: they go to the depositary (c2sp.org/tlog-mirror: the mirror only copies). */
export const readOnly = (detail: string) =>
  new DepositaryError(405, 'read-only', 'This server takes no filings', detail);

const RESERVED = new Set(['type', 'title', 'status', 'detail', 'instance']);

export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly [extra: string]: unknown;
}

/**
 * Any error as a problem: a DepositaryError as it says; a key lodged twice is a 409; an HTTP
 * exception of the framework keeps its status; anything else is a fault, reported as a generic 500
 * (the caller logs it), never with its message, which may name internals.
 */
export function problemOf(error: unknown): { body: ProblemBody; headers: Record<string, string> } {
  if (error instanceof DepositaryError) {
    const headers: Record<string, string> = {};
    const retry = error.extra['retryAfter'];
    if ((error.status === 429 || error.status === 503) && typeof retry === 'number')
      headers['Retry-After'] = String(retry);
    if (error.type === 'unauthorized') headers['WWW-Authenticate'] = 'Bearer realm="est-admin"';
    if (error.type === 'read-only') headers['Allow'] = 'GET, HEAD';
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
  if (error instanceof KeyExistsError) {
    return problemOf(new DepositaryError(409, 'key-exists', 'Key already lodged', error.message));
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
 * request: a 5xx, unless it is a plain "busy" refusal with no cause behind it.
 */
export const isFault = (error: unknown): boolean =>
  problemOf(error).body.status >= 500 && !(error instanceof DepositaryError && error.cause === undefined);
