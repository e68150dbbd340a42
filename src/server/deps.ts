/** @module What the routes share: the depositary, the metrics, the limits and the clock, resolved. */
import type { Context, Hono } from 'hono';
import type { Depositary } from '../app/depositary.ts';
import type { RecordView } from '../app/record-view.ts';
import type { Mirror } from '../mirror/mirror.ts';
import type { Witnesses } from '../app/witnesses.ts';
import type { EventLog } from '../store/event-log.ts';
import type { Metrics } from './metrics.ts';

export interface Limits {
  /** Largest request body, in bytes (default 64 KiB). */
  readonly bodyBytes: number;
  /** Requests per second per client address to /api and /tlog after the burst; 0 turns every request-rate limit off. */
  readonly ratePerSecond: number;
  /** Requests a client address may make at once (default: {@link burstFor} the rate). */
  readonly burst: number;
  /** Requests per second per address to /healthz and /metrics, a bucket of their own; 0: no limit. */
  readonly probeRatePerSecond: number;
  readonly probeBurst: number;
  /** Requests per second per address for the web UI's files, a bucket of their own; 0: no limit. */
  readonly webRatePerSecond: number;
  readonly webBurst: number;
  /** Event streams open at once (GET /api/v1/stream), from all clients. */
  readonly streams: number;
  /** Event streams open at once from one client address. */
  readonly streamsPerClient: number;
  /** Entries a slow stream may fall behind before it is closed (the client resumes from its last id). */
  readonly streamBacklog: number;
  /** Milliseconds between the stream's heartbeat comments; a write pending that long means a stalled client. */
  readonly heartbeatMs: number;
  /** Wrong admin tokens an address may send before it is locked out of the admin routes. */
  readonly adminFailures: number;
  /** The first lockout, in seconds; each further wrong token doubles it. */
  readonly adminLockoutSeconds: number;
  /** The longest lockout, in seconds. */
  readonly adminLockoutMaxSeconds: number;
  /** Bytes of serialised state (the treaty's outcome, the Parties, ...) kept per log size. */
  readonly stateCacheBytes: number;
}

/** The smallest burst derived from a rate: about what one view of the web UI reads at once, twice. */
export const MIN_BURST = 20;

/**
 * The burst of a rate given without one: two seconds' worth, and at least {@link MIN_BURST}. A
 * burst that stayed at the default's 20,000 would let a client limited to 5 a second make 20,000
 * requests before its first refusal.
 */
export const burstFor = (ratePerSecond: number): number => Math.max(MIN_BURST, Math.ceil(2 * ratePerSecond));

export const DEFAULT_LIMITS: Limits = {
  bodyBytes: 64 * 1024,
  // Generous: a depositary's Parties file a few acts a day; this only stops a flood from one address.
  ratePerSecond: 10_000,
  burst: burstFor(10_000),
  // Load balancers, Prometheus and every page of the web UI (once as it opens) ask; one address may
  // be a whole office behind NAT.
  probeRatePerSecond: 10,
  probeBurst: 100,
  // One page load is some 10 to 20 files (the hashed ones cached for good after): 25 loads at once.
  webRatePerSecond: 50,
  webBurst: 500,
  streams: 1000,
  streamsPerClient: 16,
  streamBacklog: 10_000,
  heartbeatMs: 15_000,
  adminFailures: 5,
  adminLockoutSeconds: 60,
  adminLockoutMaxSeconds: 3600,
  stateCacheBytes: 64 * 1024 * 1024,
};

/**
 * The limits in force: those given, the defaults for the rest. A rate given without a burst gets
 * {@link burstFor} it; a rate of 0 (no limit) also lifts the limits of the probes and the web files
 * unless they are given.
 */
export function resolveLimits(given: Partial<Limits> = {}): Limits {
  const set = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<Limits>;
  const rate = set.ratePerSecond ?? DEFAULT_LIMITS.ratePerSecond;
  const off = !(rate > 0);
  return {
    ...DEFAULT_LIMITS,
    burst: burstFor(rate),
    ...(off ? { probeRatePerSecond: 0, webRatePerSecond: 0 } : {}),
    ...set,
  };
}

/** Hono's environment for this app: what a filing route tells the metrics. */
export interface ServerEnv {
  Variables: { filing: 'accepted' | 'refused' | 'replayed' };
}

export type App = Hono<ServerEnv>;
export type Ctx = Context<ServerEnv>;

/** What the rate limiter may read of a request to tell its client. */
export interface RequestView {
  /** The runtime's bindings: under Node, `{ incoming, outgoing }`. */
  readonly env: unknown;
  readonly req: { header(name: string): string | undefined };
}

export interface ServerDeps {
  /** What the read routes serve: the depositary's record, or a mirror's copy of one. */
  readonly record: RecordView;
  /** The depositary that takes filings; none on a mirror, whose filing routes refuse (405). */
  readonly depositary: Depositary | undefined;
  /** The mirror whose copy of a log this server serves, read-only; none on a depositary. */
  readonly mirror: Mirror | undefined;
  /** The depositary's store, read for the tiles of hashes under /tlog/ (c2sp.org/tlog-tiles). */
  readonly log: Pick<EventLog, 'nodes'> | undefined;
  readonly adminTokenHash: Uint8Array;
  /** Called on the admin token's first accepted use (est serve then stops showing it). */
  readonly onAdminTokenUsed?: (() => void) | undefined;
  /** The witnesses of the depositary's policy (c2sp.org/tlog-witness), when it has one. */
  readonly witnesses: Witnesses | undefined;
  readonly metrics: Metrics;
  readonly limits: Limits;
  /** Milliseconds, for the rate limiter. */
  readonly now: () => number;
  readonly clientAddress: (c: RequestView) => string;
  /** Where faults (500s) are logged. */
  readonly logError: (message: string) => void;
  /** Aborted when the server shuts down: event streams end. */
  readonly signal: AbortSignal | undefined;
}

/** A resource's routes, added to the app. */
export type Routes = (deps: ServerDeps) => (app: App) => void;
