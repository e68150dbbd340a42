/**
 * @module GET /api/v1/settings: what a reader needs to replay the log on its own: the treaty, the
 * parameters it is decided under, the checkpoints' origin and verifier key, and the size; and,
 * on a mirror (c2sp.org/tlog-mirror), which depositary it copies and its cosigner key.
 */
import type { Routes } from '../deps.ts';
import { stateOf } from '../state.ts';

export const settingsRoutes: Routes = (deps) => (app) => {
  const d = deps.record;
  const state = stateOf(deps);
  app.get('/api/v1/settings', (c) =>
    // A mirror learns its origin from the first checkpoint it copies, maybe at a size it held before.
    state.json(c, `settings ${d.origin}`, () =>
      Promise.resolve({
        treaty: d.treaty,
        parameters: d.parameters,
        origin: d.origin,
        // A record, or an exercise (invented filings): fixed for the log's life, in its signed origin.
        mode: d.mode,
        verifierKey: d.verifierKey,
        size: d.size,
        // A mirror says so (its status is at /api/v1/mirror); a depositary: null.
        mirror:
          deps.mirror === undefined
            ? null
            : { from: deps.mirror.status.from, mirrorKey: deps.mirror.mirrorKey },
      }),
    ),
  );
};
