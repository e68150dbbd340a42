/**
 * @module The state the read routes serve (the treaty's outcome, the Parties, their keys, the
 * settings), made once per size of the record and served as the same bytes to every reader, with
 * an entity tag (./etag.ts). The record is append-only: what it says at a given size never changes,
 * so a body made at that size stays true until the next entry, and a client holding it gets a 304.
 *
 * On a mirror (src/mirror/mirror.ts) the size is that of the copy it holds, which it publishes
 * only with the entries replayed, as the depositary does its own; both wait for a batch being
 * applied before they read (RecordView's `settled`). A body made while the size moved is served to
 * those who asked but not kept.
 */
import type { Outcome } from '../engine/outcome.ts';
import type { IsoDate } from '../treaty/dates.ts';
import type { Ctx, ServerDeps } from './deps.ts';
import type { Representation } from './etag.ts';
import { BodyCache, JSON_TYPE, TEXT_TYPE, represent, sendRepresentation } from './etag.ts';
import { busy } from './problems.ts';

export interface StateServer {
  /**
   * What the state is keyed by: the record's size; for an empty record also today's date, since
   * its outcome is as of today (with entries, as of the day of the last one).
   */
  version(): string;
  /** The outcome as of a day (default: the last entry's); the default one is kept for the size. */
  outcome(asOf?: IsoDate): Promise<Outcome>;
  /** Answers with the JSON `make` gives, made once per size for `route` (the path and the query that matter). */
  json(c: Ctx, route: string, make: () => Promise<unknown>): Promise<Response>;
  /** The same for text that never changes for the server's life (the verifier key). */
  constant(c: Ctx, route: string, make: () => string): Promise<Response>;
}

const servers = new WeakMap<ServerDeps, StateServer>();

/** Computations of the outcome as of another day that may wait behind the one running. */
export const AS_OF_WAITING = 4;

/** Seconds a client refused an outcome as of another day is told to wait. */
export const AS_OF_RETRY_SECONDS = 2;

/**
 * Runs the tasks given one at a time, with at most `waiting` queued behind the one running; a
 * task beyond that is refused at once (503, Retry-After), not queued.
 */
function oneAtATime(waiting: number): <T>(task: () => Promise<T>) => Promise<T> {
  let queued = 0;
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    if (queued > waiting)
      return Promise.reject(
        busy(
          'the server is computing the outcome as of other days for other requests; ask again shortly',
          AS_OF_RETRY_SECONDS,
        ),
      );
    queued += 1;
    const run = last.then(task).finally(() => (queued -= 1));
    last = run.catch(() => undefined);
    return run;
  };
}

/** The state server of an app (one per `createApp`, made at its first use). */
export function stateOf(deps: ServerDeps): StateServer {
  let s = servers.get(deps);
  if (s === undefined) {
    s = stateServer(deps);
    servers.set(deps, s);
  }
  return s;
}

function stateServer(deps: ServerDeps): StateServer {
  const d = deps.record;
  const cache = new BodyCache(deps.limits.stateCacheBytes);
  const version = (): string => {
    const size = d.size;
    return size > 0 ? String(size) : `0@${new Date().toISOString().slice(0, 10)}`;
  };
  // The default outcome at the current size, and the last one asked as of a day: the routes that
  // pick from it (a party, a procedure, a page) need not compute the whole of it again.
  const kept = new Map<'default' | 'asOf', { key: string; outcome: Promise<Outcome> }>();
  // The outcome as of another day is computed for whoever asks (replaying the acts up to a past
  // day, up to a second at 100,000 entries), and any day may be asked: one at a time, a few more
  // waiting, and the rest refused, so that a client asking day after day cannot hold the server.
  const gate = oneAtATime(AS_OF_WAITING);
  const outcome = (asOf?: IsoDate): Promise<Outcome> => {
    const v = version();
    const key = `${v} ${asOf ?? ''}`;
    const slot = asOf === undefined ? 'default' : 'asOf';
    const held = kept.get(slot);
    if (held?.key === key) return held.outcome;
    const entry = { key, outcome: asOf === undefined ? d.outcome() : gate(() => d.outcome(asOf)) };
    kept.set(slot, entry);
    const drop = () => {
      if (kept.get(slot) === entry) kept.delete(slot);
    };
    entry.outcome.then(() => {
      if (version() !== v) drop();
    }, drop);
    return entry.outcome;
  };
  const serve = async (c: Ctx, key: string, make: () => Promise<Representation>, keep: () => boolean) =>
    sendRepresentation(c, await cache.get(key, make, keep));
  return {
    version,
    outcome,
    json: (c, route, make) => {
      const v = version();
      return serve(
        c,
        `${v} ${route}`,
        async () => represent(JSON.stringify(await make()), JSON_TYPE),
        () => version() === v,
      );
    },
    constant: (c, route, make) =>
      serve(
        c,
        route,
        () => Promise.resolve(represent(make(), TEXT_TYPE)),
        () => true,
      ),
  };
}
