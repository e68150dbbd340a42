/**
 * @module A closed-loop HTTP load: `clients` concurrent clients, each sending its own bodies one
 * after another over a keep-alive connection (node:http, one socket per client), timing every
 * request from the first byte sent to the last byte of the answer.
 */
import { Agent, request } from 'node:http';

export interface LoadResult {
  /** Requests answered with the expected status, per second of the whole run. */
  readonly perSecond: number;
  readonly count: number;
  readonly ms: number;
  /** Milliseconds. */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

function post(agent: Agent, url: URL, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error('no answer in 60 s')));
    req.on('error', reject);
    req.end(body);
  });
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

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
  const agent = new Agent({ keepAlive: true, maxSockets: bodies.length });
  const latencies: number[] = [];
  const t0 = performance.now();
  try {
    await Promise.all(
      bodies.map(async (list, c) => {
        for (let i = 0; i < list.length; i += 1) {
          const start = performance.now();
          const r = await post(agent, url, list[i] as string);
          latencies.push(performance.now() - start);
          if (r.status !== status)
            throw new Error(`${target}: expected ${status}, got ${r.status}: ${r.text.slice(0, 500)}`);
          onAnswer?.(c, i, r.text);
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  const ms = performance.now() - t0;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: (latencies.length / ms) * 1000,
    count: latencies.length,
    ms,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
  };
}
