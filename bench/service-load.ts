/**
 * @module A closed-loop HTTP load: `clients` concurrent clients, each sending its own bodies one
 * after another over its own keep-alive connection, timing every request from the first byte sent
 * to the last byte of the answer. The clients are undici's (the HTTP/1.1 client inside Node's
 * fetch, here used directly): on a small machine the load generator shares the cores with the
 * server, and undici costs about half the CPU per request of node:http's client, which leaves more
 * of the machine to the server being measured.
 */
import { Client } from 'undici';

export interface LoadResult {
  /** Requests answered with the expected status, per second of the whole run. */
  readonly perSecond: number;
  readonly count: number;
  readonly ms: number;
  /** Milliseconds. */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** CPU time the load generator itself spent per request, in microseconds (user + system). */
  readonly clientCpuUs: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const HEADERS = { 'content-type': 'application/json' };

/**
 * Sends `bodies[c]` of each client `c` in order, all clients at once, and checks every answer's
 * status. `onAnswer` sees each answer (to keep receipts).
 */
export async function load(
  target: string,
  bodies: readonly (readonly string[])[],
  status: number,
  onAnswer?: (client: number, i: number, text: string) => void,
): Promise<LoadResult> {
  const url = new URL(target);
  const clients = bodies.map(
    () => new Client(url.origin, { pipelining: 1, headersTimeout: 60_000, bodyTimeout: 60_000 }),
  );
  const latencies: number[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    await Promise.all(
      bodies.map(async (list, c) => {
        const client = clients[c] as Client;
        for (let i = 0; i < list.length; i += 1) {
          const start = performance.now();
          const r = await client.request({
            path: url.pathname,
            method: 'POST',
            headers: HEADERS,
            body: list[i] as string,
          });
          const text = await r.body.text();
          latencies.push(performance.now() - start);
          if (r.statusCode !== status)
            throw new Error(`${target}: expected ${status}, got ${r.statusCode}: ${text.slice(0, 500)}`);
          onAnswer?.(c, i, text);
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  latencies.sort((a, b) => a - b);
  return {
    perSecond: (latencies.length / ms) * 1000,
    count: latencies.length,
    ms,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    clientCpuUs: (cpu.user + cpu.system) / Math.max(1, latencies.length),
  };
}
