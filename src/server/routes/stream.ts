/**
 * @module GET /api/v1/stream: every appended entry as a Server-Sent Event `{ index, leaf }` with
 * `id: <index>`, so a client that reconnects (`Last-Event-ID`, or `?from=`) gets what it missed.
 * A comment line every `heartbeatMs` keeps proxies from closing an idle stream.
 */
import { streamSSE } from 'hono/streaming';
import type { Appended } from '../../app/depositary.ts';
import { malformed } from '../../app/errors.ts';
import type { Ctx, Routes } from '../deps.ts';
import { busy } from '../problems.ts';
import { PAGE } from './log.ts';

/** The first index the client wants: after its Last-Event-ID, from `?from=`, or only new entries. */
function firstWanted(c: Ctx, size: number): number {
  const last = c.req.header('Last-Event-ID');
  const from = c.req.query('from');
  const parse = (text: string, what: string): number => {
    if (!/^\d{1,15}$/.test(text)) throw malformed(`${what} must be a whole number from 0`);
    return Number(text);
  };
  if (last !== undefined && last !== '') return parse(last, 'Last-Event-ID') + 1;
  if (from !== undefined) return parse(from, 'from');
  return size;
}

export const streamRoutes: Routes = (deps) => (app) => {
  const d = deps.record;
  let open = 0;
  app.get('/api/v1/stream', (c) => {
    if (deps.signal?.aborted) throw busy('the depositary is shutting down');
    if (open >= deps.limits.streams) throw busy(`${deps.limits.streams} event streams are open; try later`);
    // Entries [0, size) are in the log now; every later one reaches the listener (both in this tick).
    const queue: Appended[] = [];
    let wake: (() => void) | null = null;
    const unsubscribe = d.subscribe((a) => {
      queue.push(a);
      wake?.();
    });
    const size = d.size;
    let next: number;
    try {
      next = Math.min(firstWanted(c, size), size);
    } catch (e) {
      unsubscribe();
      throw e;
    }
    open += 1;
    return streamSSE(c, async (stream) => {
      let done = false;
      const stop = () => {
        done = true;
        wake?.();
      };
      stream.onAbort(stop);
      deps.signal?.addEventListener('abort', stop);
      const heartbeat = setInterval(() => {
        void stream.write(': heartbeat\n\n');
      }, deps.limits.heartbeatMs);
      try {
        const send = (index: number, leaf: string) =>
          stream.writeSSE({ id: String(index), data: JSON.stringify({ index, leaf }) });
        // What was missed, a page at a time; new entries wait in the queue meanwhile.
        while (!done && next < size) {
          const leaves = await d.entries(next, Math.min(size, next + PAGE));
          if (leaves.length === 0) break;
          for (const leaf of leaves) await send(next++, leaf);
        }
        while (!done) {
          if (queue.length > deps.limits.streamBacklog) break; // too slow: it resumes from its last id
          const a = queue.shift();
          if (a === undefined) {
            await new Promise<void>((resolve) => (wake = resolve));
            wake = null;
          } else await send(a.index, a.leaf);
        }
      } catch (e) {
        // The response has begun: the fault is logged and the stream ends (the client resumes).
        deps.logError(
          `est serve: GET /api/v1/stream failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
        );
      } finally {
        clearInterval(heartbeat);
        deps.signal?.removeEventListener('abort', stop);
        unsubscribe();
        open -= 1;
      }
    });
  });
};
