/**
 * @module GET /healthz and GET /metrics (Prometheus text format), rate-limited in a bucket of their
 * own per client address: a client that spends its API requests still gets its health checks, and
 * behind a proxy (where every client has the proxy's address) the load balancer's checks do not
 * compete with the API's readers.
 */
import type { Routes } from '../deps.ts';
import { limitRequests, rateLimiter } from '../rate-limit.ts';

export const healthRoutes: Routes = (deps) => (app) => {
  const d = deps.record;
  const limit = limitRequests(
    rateLimiter({
      ratePerSecond: deps.limits.probeRatePerSecond,
      burst: deps.limits.probeBurst,
      now: deps.now,
    }),
    deps.clientAddress,
  );
  app.use('/healthz', limit);
  app.use('/metrics', limit);
  app.get('/healthz', (c) => c.json({ ok: true, size: d.size }));
  app.get('/metrics', async (c) => {
    const { registry, logSize } = deps.metrics;
    logSize.set(d.size);
    return c.body(await registry.metrics(), 200, { 'Content-Type': registry.contentType });
  });
};
