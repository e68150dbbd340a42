/**
 * @module A token bucket per client address: each address may make `burst` requests at once and
 * `ratePerSecond` a second after that; the middleware that refuses the rest with a 429 problem; and
 * a throttle of failures per address (wrong admin tokens), which locks an address out for a time
 * that doubles with each further failure. Time is passed in, so tests step it by hand.
 */
import type { MiddlewareHandler } from 'hono';
import type { RequestView, ServerEnv } from './deps.ts';
import { rateLimited } from './problems.ts';

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

/**
 * Takes a token from the bucket of the request's client address, or refuses with a 429 problem
 * and Retry-After. `skip` lets a request through without a token (one already charged elsewhere).
 */
export function limitRequests(
  limiter: RateLimiter,
  address: (c: RequestView) => string,
  skip?: (path: string) => boolean,
): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    if (skip?.(c.req.path) !== true) {
      const took = limiter.take(clientKey(address(c)));
      if (!took.ok) throw rateLimited(took.retryAfterSeconds);
    }
    await next();
  };
}

export interface FailureThrottleOptions {
  /** Failures an address may have before its first lockout; Infinity: never locked out. */
  readonly allowed: number;
  /** The first lockout, in seconds; each failure after it doubles the next. */
  readonly lockoutSeconds: number;
  /** The longest lockout, in seconds. */
  readonly maxLockoutSeconds: number;
  /** Milliseconds on some monotonic or wall clock. */
  readonly now: () => number;
  /** An address with no failure for this long (and not locked out) starts afresh; default a day. */
  readonly forgetAfterMs?: number;
  /** Addresses kept at most; beyond it, forgotten ones are dropped, then the least recent. */
  readonly maxClients?: number;
}

export interface FailureThrottle {
  /** Whether the address may try now, or how many seconds until it may. */
  check(client: string): Take;
  /** Counts a failure of the address; from the `allowed`-th on, it is locked out. */
  fail(client: string): void;
  /** A success: the address starts afresh. */
  succeed(client: string): void;
  /** The number of addresses held (for tests). */
  readonly size: number;
}

interface Failures {
  count: number;
  last: number;
  lockedUntil: number;
}

/**
 * Failures per address, with a lockout that doubles: with `allowed` 5 and `lockoutSeconds` 60, the
 * 5th failure locks the address out for 60 s, the 6th (once that is over) for 120 s, the 7th for
 * 240 s, up to `maxLockoutSeconds`. A locked-out address is refused before anything is compared.
 */
export function failureThrottle(options: FailureThrottleOptions): FailureThrottle {
  const { allowed, lockoutSeconds, maxLockoutSeconds, now } = options;
  const forgetAfter = options.forgetAfterMs ?? 24 * 3600 * 1000;
  const maxClients = options.maxClients ?? 10_000;
  const held = new Map<string, Failures>();
  const forgotten = (f: Failures, t: number) => f.lockedUntil <= t && t - f.last >= forgetAfter;

  const prune = (t: number): void => {
    for (const [k, f] of held) if (forgotten(f, t)) held.delete(k);
    // Still too many (failures from a flood of addresses): drop the least recent; Maps keep order.
    for (const k of held.keys()) {
      if (held.size < maxClients) break;
      held.delete(k);
    }
  };

  return {
    check(client) {
      const f = held.get(client);
      if (f === undefined) return OK;
      const t = now();
      if (forgotten(f, t)) {
        held.delete(client);
        return OK;
      }
      if (f.lockedUntil <= t) return OK;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((f.lockedUntil - t) / 1000)) };
    },
    fail(client) {
      const t = now();
      let f = held.get(client);
      if (f !== undefined && forgotten(f, t)) f = undefined;
      held.delete(client);
      if (f === undefined && held.size >= maxClients) prune(t);
      f ??= { count: 0, last: t, lockedUntil: 0 };
      f.count += 1;
      f.last = t;
      if (f.count >= allowed) {
        const seconds = Math.min(maxLockoutSeconds, lockoutSeconds * 2 ** (f.count - allowed));
        f.lockedUntil = t + seconds * 1000;
      }
      held.set(client, f);
    },
    succeed(client) {
      held.delete(client);
    },
    get size() {
      return held.size;
    },
  };
}
