/**
 * @module A token bucket per client address: each address may make `burst` requests at once and
 * `ratePerSecond` a second after that. Time is passed in, so tests step it by hand.
 */

export interface RateLimitOptions {
  /** Tokens added per second; 0 or Infinity turns the limit off. */
  readonly ratePerSecond: number;
  /** The bucket's size: how many requests may come at once. */
  readonly burst: number;
  /** Milliseconds on some monotonic or wall clock. */
  readonly now: () => number;
  /** Buckets kept at most; beyond it, full (idle) buckets are dropped, then the oldest. */
  readonly maxClients?: number;
}

export type Take = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes one token from the address's bucket, or says how long until one is there. */
  take(client: string): Take;
  /** The number of buckets held (for tests). */
  readonly size: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const OK: Take = { ok: true };

export function rateLimiter(options: RateLimitOptions): RateLimiter {
  const { ratePerSecond: rate, burst, now } = options;
  const maxClients = options.maxClients ?? 10_000;
  const off = !(rate > 0 && Number.isFinite(rate));
  if (!off && !(burst >= 1)) throw new RangeError('burst must be at least 1');
  const buckets = new Map<string, Bucket>();

  const refill = (b: Bucket, t: number): void => {
    // A clock that steps back adds nothing rather than taking tokens away.
    b.tokens = Math.min(burst, b.tokens + (Math.max(0, t - b.at) * rate) / 1000);
    b.at = Math.max(b.at, t);
  };

  const prune = (t: number): void => {
    for (const [k, b] of buckets) {
      refill(b, t);
      if (b.tokens >= burst) buckets.delete(k);
    }
    // Still too many (a flood of distinct addresses): drop the oldest; Maps keep insertion order.
    for (const k of buckets.keys()) {
      if (buckets.size < maxClients) break;
      buckets.delete(k);
    }
  };

  return {
    take(client) {
      if (off) return OK;
      const t = now();
      let b = buckets.get(client);
      if (b === undefined) {
        if (buckets.size >= maxClients) prune(t);
        b = { tokens: burst, at: t };
        buckets.set(client, b);
      } else refill(b, t);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return OK;
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / rate)) };
    },
    get size() {
      return buckets.size;
    },
  };
}

/**
 * The bucket key of an address: IPv4 as is (also when mapped into IPv6), IPv6 by its /64, since
 * one host usually holds a whole /64 and could otherwise take a fresh bucket per request.
 */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1] as string;
  if (!address.includes(':')) return address;
  const [head = '', tail] = (address.split('%')[0] ?? '').split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => (Number.parseInt(g, 16) || 0).toString(16))
    .join(':')}::/64`;
}
