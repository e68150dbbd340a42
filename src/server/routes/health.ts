/** @module GET /healthz and GET /metrics (Prometheus text format). */
import type { Routes } from '../deps.ts';

export const healthRoutes: Routes = (deps) => (app) => {
  const d = deps.record;
  app.get('/healthz', (c) => c.json({ ok: true, size: d.size }));
  app.get('/metrics', async (c) => {
    const { registry, logSize } = deps.metrics;
    logSize.set(d.size);
    return c.body(await registry.metrics(), 200, { 'Content-Type': registry.contentType });
  });
};
