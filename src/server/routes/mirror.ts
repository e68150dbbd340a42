/**
 * @module A mirror's own routes (c2sp.org/tlog-mirror): `GET /api/v1/mirror`, where the copy stands
 * (the log followed, the mirror's cosigner key, the sizes held, cosigned and last seen, the last
 * failure), and `GET /api/v1/mirror/evidence`, the checkpoints signed by the log that the copy held
 * refutes. A depositary answers 404 to both.
 */
import type { Routes } from '../deps.ts';

export const mirrorRoutes: Routes = (deps) => (app) => {
  const m = deps.mirror;
  if (m === undefined) return;
  app.get('/api/v1/mirror', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json(m.status);
  });
  app.get('/api/v1/mirror/evidence', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json({ evidence: m.evidence });
  });
};
