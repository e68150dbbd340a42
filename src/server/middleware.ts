/**
 * @module The API's cross-origin policy and body limit, written to keep @hono/node-server on its
 * fast path: it hands Hono a lightweight request and response that become full Web objects (with
 * streams) only when something asks for `req.raw.body` or for a response's body after the fact.
 * Hono's own `cors` creates the response before the route runs and its `bodyLimit` reads
 * `req.raw.body`; together they cost a filing more CPU than the whole echo of its body.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ServerEnv } from './deps.ts';
import { tooLarge } from './problems.ts';

export interface PublicCors {
  readonly allowMethods: readonly string[];
  readonly allowHeaders: readonly string[];
  readonly exposeHeaders: readonly string[];
}

/**
 * Any origin may read the answers and send the requests that need no credentials. The headers are
 * prepared on the context (`c.header`), so every response built by `c.json`/`c.body`/`c.text`, the
 * problems of `onError` included, carries them; a preflight (OPTIONS) is answered 204 at once.
 */
export function publicCors(policy: PublicCors): MiddlewareHandler<ServerEnv> {
  const methods = policy.allowMethods.join(',');
  const allowHeaders = policy.allowHeaders.join(',');
  const expose = policy.exposeHeaders.join(',');
  return async (c, next) => {
    c.header('Access-Control-Allow-Origin', '*');
    if (expose !== '') c.header('Access-Control-Expose-Headers', expose);
    if (c.req.method === 'OPTIONS') {
      c.header('Access-Control-Allow-Methods', methods);
      if (allowHeaders !== '') c.header('Access-Control-Allow-Headers', allowHeaders);
      return c.body(null, 204);
    }
    await next();
    return undefined;
  };
}

/**
 * Refuses a body over `maxBytes` with a 413 problem. A body announced with Content-Length is judged
 * by its header alone (Node's parser never delivers more than it announces), so the route can read it
 * straight from the socket; a streamed (chunked) body is counted as it arrives, by Hono's bodyLimit.
 */
export function limitBody(maxBytes: number): MiddlewareHandler<ServerEnv> {
  const streamed = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw tooLarge(maxBytes);
    },
  });
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (!/^\d+$/.test(length)) return next(); // Node's parser refuses these before they get here
      if (Number(length) > maxBytes) throw tooLarge(maxBytes);
      return next();
    }
    return streamed(c, next);
  };
}
