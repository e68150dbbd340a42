/**
 * @module The service's Prometheus metrics, on a registry of its own (so several apps in one
 * process, as in tests, do not collide): filings by outcome, request durations by route, the log's
 * size, and the process's default metrics.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  readonly registry: Registry;
  /** `outcome`: accepted | refused (logged either way) | rejected (not logged; `status` says why). */
  readonly filings: Counter<'outcome' | 'status'>;
  readonly requestSeconds: Histogram<'method' | 'route' | 'status'>;
  readonly logSize: Gauge;
}

export function createMetrics(options: { readonly defaults?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaults ?? true) collectDefaultMetrics({ register: registry });
  return {
    registry,
    filings: new Counter({
      name: 'est_filings_total',
      help: 'Filings received: accepted or refused by the treaty (both logged), or rejected before the log',
      labelNames: ['outcome', 'status'] as const,
      registers: [registry],
    }),
    requestSeconds: new Histogram({
      name: 'est_http_request_duration_seconds',
      help: 'HTTP request duration by route pattern',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    logSize: new Gauge({
      name: 'est_log_size',
      help: 'Entries in the transparency log',
      registers: [registry],
    }),
  };
}
