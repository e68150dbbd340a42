/** @module Waiting in tests on a condition, not for a fixed time. */
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls `check` until it gives a value other than null, false or undefined, and returns that value;
 * fails naming `what` after `timeoutMs`. The poll interval is short: it bounds only how late the
 * wait notices, never whether the test passes.
 */
export async function waitFor<T>(
  check: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== null && v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}
