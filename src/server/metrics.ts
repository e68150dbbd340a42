/**
 * @module The service's Prometheus metrics, on a registry of its own (so several apps in one
 * process, as in tests, do not collide): filings by outcome, request durations by route, the log's
 * size, and the process's default metrics.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Witnesses } from '../app/witnesses.ts';

export interface Metrics {
  readonly registry: Registry;
  /**
   * `outcome`: accepted | refused (logged either way) | replayed (already logged, sent again: its
   * receipt again, status 200) | rejected (not logged; `status` says why) | aborted (the client
   * closed the connection before its filing arrived whole; status 499).
   */
  readonly filings: Counter<'outcome' | 'status'>;
  /** Requests cut off before all of them arrived (the client closed, or was too slow), by route. */
  readonly clientAborts: Counter<'route'>;
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
      help: 'Filings received: accepted or refused by the treaty (both logged), rejected before the log, or aborted by the client',
      labelNames: ['outcome', 'status'] as const,
      registers: [registry],
    }),
    clientAborts: new Counter({
      name: 'est_client_aborts_total',
      help: 'Requests cut off before the whole request arrived (the client closed the connection, or was too slow), by route pattern',
      labelNames: ['route'] as const,
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

/**
 * Per witness of the policy: the size it last cosigned, how far that is behind the log, and its
 * failures; and the size of the newest checkpoint that met the quorum. Read when scraped.
 */
export function witnessMetrics(registry: Registry, witnesses: Witnesses, logSize: () => number): void {
  new Gauge({
    name: 'est_witness_cosigned_size',
    help: 'The log size each witness last cosigned (or said it holds); -1 while unknown',
    labelNames: ['witness'] as const,
    registers: [registry],
    collect() {
      for (const w of witnesses.status) this.set({ witness: w.name }, w.size ?? -1);
    },
  });
  new Gauge({
    name: 'est_witness_lag_entries',
    help: 'Entries of the log that each witness has not cosigned yet',
    labelNames: ['witness'] as const,
    registers: [registry],
    collect() {
      const size = logSize();
      for (const w of witnesses.status) this.set({ witness: w.name }, size - (w.size ?? 0));
    },
  });
  new Gauge({
    name: 'est_witness_failures',
    help: 'Requests to each witness that failed since the start (network, timeout, refusal)',
    labelNames: ['witness'] as const,
    registers: [registry],
    collect() {
      for (const w of witnesses.status) this.set({ witness: w.name }, w.failures);
    },
  });
  new Gauge({
    name: 'est_cosigned_size',
    help: 'The size of the newest checkpoint whose cosignatures meet the witness policy (-1: none yet)',
    registers: [registry],
    collect() {
      this.set(witnesses.cosigned?.size ?? -1);
    },
  });
}
