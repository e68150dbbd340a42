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
  /** Requests per second per client address after the burst; 0 turns the limit off. */
  readonly ratePerSecond: number;
  /** Requests a client address may make at once. */
  readonly burst: number;
  /** Event streams open at once (GET /api/v1/stream). */
  readonly streams: number;
  /** Entries a slow stream may fall behind before it is closed (the client resumes from its last id). */
  readonly streamBacklog: number;
  /** Milliseconds between the stream's heartbeat comments. */
  readonly heartbeatMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  bodyBytes: 64 * 1024,
  // Generous: a depositary's Parties file a few acts a day; this only stops a flood from one address.
  ratePerSecond: 10_000,
  burst: 20_000,
  streams: 1000,
  streamBacklog: 10_000,
  heartbeatMs: 15_000,
};

/** Hono's environment for this app: what a filing route tells the metrics. */
export interface ServerEnv {
  Variables: { filing: 'accepted' | 'refused' };
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
