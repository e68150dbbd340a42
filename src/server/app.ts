/**
 * @module The depositary's HTTP API as a factory over Web Request/Response: `createApp(deps)` gives
 * a Hono app that a runtime adapter serves (server/node.ts) and tests call in-process with
 * `app.request()`. Every error becomes an RFC 9457 problem in one place (`onError`, `notFound`).
 */
import { Hono } from 'hono';
import { matchedRoutes } from 'hono/route';
import { secureHeaders } from 'hono/secure-headers';
import type { Depositary } from '../app/depositary.ts';
import { LogIntegrityError } from '../app/errors.ts';
import { PROBLEM_MEDIA_TYPE } from '../log/problem-details.ts';
import type { Mirror } from '../mirror/mirror.ts';
import type { Witnesses } from '../app/witnesses.ts';
import type { EventLog } from '../store/event-log.ts';
import type { App, Ctx, Limits, RequestView, ServerDeps, ServerEnv } from './deps.ts';
import { resolveLimits } from './deps.ts';
import type { Metrics } from './metrics.ts';
import { createMetrics, witnessMetrics } from './metrics.ts';
import { limitBody, publicCors } from './middleware.ts';
import { CLIENT_CLOSED, asClientAbort, isFault, noRoute, problemOf } from './problems.ts';
import { limitRequests, rateLimiter } from './rate-limit.ts';
import { adminRoutes } from './routes/admin.ts';
import { filingRoutes } from './routes/filings.ts';
import { healthRoutes } from './routes/health.ts';
import { logRoutes } from './routes/log.ts';
import { mirrorRoutes } from './routes/mirror.ts';
import { partyRoutes } from './routes/parties.ts';
import { streamRoutes } from './routes/stream.ts';
import { settingsRoutes } from './routes/settings.ts';
import { tileRoutes } from './routes/tiles.ts';
import { treatyRoutes } from './routes/treaty.ts';
import { webRoutes } from './web.ts';

export interface AppDeps {
  /** The depositary: it takes filings and serves its record. */
  readonly depositary?: Depositary;
  /**
   * A mirror, in place of a depositary: its copy of a log is served read-only
   * (src/mirror/mirror.ts); the filing and operator routes refuse with 405.
   */
  readonly mirror?: Mirror;
  /**
   * The depositary's store: the tiles of hashes under /tlog/ (c2sp.org/tlog-tiles) are its stored
   * tree nodes. Without it /tlog/ serves no tiles.
   */
  readonly log?: Pick<EventLog, 'nodes'>;
  /** Lowercase hex SHA-256 of the admin token. */
  readonly adminTokenHash: string;
  /** Called on the admin token's first accepted use. */
  readonly onAdminTokenUsed?: () => void;
  /** The witnesses that cosign the checkpoints (c2sp.org/tlog-witness); none by default. */
  readonly witnesses?: Witnesses;
  /** Default: a fresh registry with the process's default metrics. */
  readonly metrics?: Metrics;
  /** For the rate limiter; default the system clock. */
  readonly clock?: () => Date;
  readonly limits?: Partial<Limits>;
  /**
   * The client's address for rate limiting; default the socket's remote address under Node. Behind a
   * reverse proxy, read the proxy's header here (only a trusted proxy's).
   */
  readonly clientAddress?: (c: RequestView) => string;
  /** Where faults are logged; default stderr. */
  readonly logError?: (message: string) => void;
  /** Abort it on shutdown: open event streams end, so a graceful close need not wait for them. */
  readonly signal?: AbortSignal;
  /** The built web UI to serve at `/` (web/dist); none by default. */
  readonly webRoot?: string;
}

/** The remote address of the Node socket (@hono/node-server passes `{ incoming }` as the env). */
function socketAddress(c: RequestView): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** The route pattern that answered (for metrics), or `unmatched`. */
function routeOf(routes: readonly { method: string; path: string }[]): string {
  return routes.filter((r) => r.method !== 'ALL').at(-1)?.path ?? 'unmatched';
}

/** An error's cause, for the server's log. */
function causeOf(error: unknown): string {
  if (!(error instanceof Error) || error.cause === undefined) return '';
  const cause = error.cause;
  return `\ncaused by: ${cause instanceof Error ? (cause.stack ?? cause.message) : JSON.stringify(cause)}`;
}

const FILING_ROUTES = new Set(['/api/v1/submissions', '/api/v1/admin/acts']);

export function createApp(deps: AppDeps): Hono<ServerEnv> {
  if (!/^[0-9a-f]{64}$/.test(deps.adminTokenHash)) {
    throw new TypeError('adminTokenHash must be the lowercase hex SHA-256 of the admin token');
  }
  const record = deps.depositary ?? deps.mirror;
  if (record === undefined) throw new TypeError('createApp needs a depositary or a mirror to serve');
  const tokenHash = new Uint8Array(Buffer.from(deps.adminTokenHash, 'hex'));
  const clock = deps.clock ?? (() => new Date());
  const resolved: ServerDeps = {
    record,
    depositary: deps.depositary,
    mirror: deps.depositary === undefined ? deps.mirror : undefined,
    log: deps.log,
    adminTokenHash: tokenHash,
    onAdminTokenUsed: deps.onAdminTokenUsed,
    witnesses: deps.witnesses,
    metrics: deps.metrics ?? createMetrics(),
    limits: resolveLimits(deps.limits),
    now: () => clock().getTime(),
    clientAddress: deps.clientAddress ?? socketAddress,
    logError: deps.logError ?? ((m) => process.stderr.write(`${m}\n`)),
    signal: deps.signal,
  };
  const { metrics, limits } = resolved;
  if (deps.witnesses !== undefined) witnessMetrics(metrics.registry, deps.witnesses, () => record.size);
  const app: App = new Hono<ServerEnv>();

  // The one place where errors become responses: thrown by a route, or no route at all.
  const answer = (thrown: unknown, c: Ctx): Response => {
    // A client that closed its connection mid-request is no fault of the server: one line, no stack.
    const aborted = asClientAbort(thrown, c.env);
    const error = aborted ?? thrown;
    if (aborted !== null) resolved.logError(`est serve: ${c.req.method} ${c.req.path}: ${aborted.message}`);
    if (isFault(error)) {
      // A named condition of the log (a damaged store, say) is one line that says what to do; any
      // other fault keeps its stack, to be found.
      const named =
        error instanceof Error && error.cause instanceof LogIntegrityError ? error.cause.message : null;
      const what = named ?? (error instanceof Error ? (error.stack ?? error.message) : String(error));
      resolved.logError(
        `est serve: ${c.req.method} ${c.req.path} failed: ${what}${named === null ? causeOf(error) : ''}`,
      );
    }
    const { body, headers } = problemOf(error);
    return c.json(body, body.status as 400, { ...headers, 'Content-Type': PROBLEM_MEDIA_TYPE });
  };
  app.onError(answer);
  app.notFound((c) => answer(noRoute(c.req.method, c.req.path), c));

  // Every answer, the web UI's and the API's (errors too): a page of this service runs only its own
  // scripts and styles, talks only to its own origin, cannot be framed, sends no referrer, and its
  // files are never sniffed into another type. The data is public (CORS is open on /api and /tlog,
  // below), so other origins may load it: Cross-Origin-Resource-Policy says so.
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'cross-origin',
    }),
  );
  app.use('*', async (c: Ctx, next) => {
    const started = performance.now();
    await next();
    const route = routeOf(matchedRoutes(c));
    const status = String(c.res.status);
    metrics.requestSeconds.observe(
      { method: c.req.method, route, status },
      (performance.now() - started) / 1000,
    );
    const aborted = c.res.status === CLIENT_CLOSED;
    if (aborted) metrics.clientAborts.inc({ route });
    if (FILING_ROUTES.has(route) && c.req.method === 'POST') {
      const filing = c.get('filing');
      if ((c.res.status === 201 || c.res.status === 200) && filing !== undefined)
        metrics.filings.inc({ outcome: filing, status });
      else metrics.filings.inc({ outcome: aborted ? 'aborted' : 'rejected', status });
    }
  });

  // Public, unauthenticated data (and signed filings) may be read and sent from any web page; the
  // admin routes need a bearer token, which this policy does not allow across origins. First, so
  // that preflights cost no tokens and refusals carry the headers a page needs to read them.
  app.use(
    '/api/v1/*',
    publicCors({
      allowMethods: ['GET', 'HEAD', 'POST'],
      // If-None-Match and ETag: a page of another origin may revalidate the state routes itself.
      allowHeaders: ['Content-Type', 'Last-Event-ID', 'If-None-Match'],
      exposeHeaders: ['Location', 'Retry-After', 'ETag'],
    }),
  );
  // The tiles (c2sp.org/tlog-tiles) are public and read-only.
  app.use('/tlog/*', publicCors({ allowMethods: ['GET', 'HEAD'], allowHeaders: [], exposeHeaders: [] }));
  const limiter = rateLimiter({
    ratePerSecond: limits.ratePerSecond,
    burst: limits.burst,
    now: resolved.now,
  });
  const limit = limitRequests(limiter, resolved.clientAddress);
  app.use('/api/*', limit);
  app.use('/tlog/*', limit);
  app.use('/api/*', limitBody(limits.bodyBytes));

  for (const routes of [
    filingRoutes,
    partyRoutes,
    adminRoutes,
    logRoutes,
    treatyRoutes,
    streamRoutes,
    healthRoutes,
    settingsRoutes,
    tileRoutes,
    mirrorRoutes,
  ]) {
    routes(resolved)(app);
  }
  if (deps.webRoot !== undefined) webRoutes(deps.webRoot, resolved)(app);
  return app;
}
