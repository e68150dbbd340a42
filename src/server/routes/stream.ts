/**
 * @module GET /api/v1/stream: every appended entry as a Server-Sent Event `{ index, leaf }` with
 * `id: <index>`, so a client that reconnects (`Last-Event-ID`, or `?from=`) gets what it missed.
 * A comment line every `heartbeatMs` keeps proxies from closing an idle stream.
 */
import { streamSSE } from 'hono/streaming';
import type { Appended } from '../../app/depositary.ts';
import { malformed } from '../../app/errors.ts';
import type { Ctx, Routes } from '../deps.ts';
import { busy, tooManyStreams } from '../problems.ts';
import { clientKey } from '../rate-limit.ts';
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

/** Seconds a refused client is told to wait: a place frees only when another stream ends. */
export const STREAM_RETRY_SECONDS = 10;

export const streamRoutes: Routes = (deps) => (app) => {
  const d = deps.record;
  const { limits } = deps;
  // Streams open, in all and per client address; every stream that counted itself in takes itself
  // out in the `finally` below, however it ends (client gone, fault, shutdown, stalled, too slow).
  let open = 0;
  const perClient = new Map<string, number>();
  const release = (client: string) => {
    open -= 1;
    const left = (perClient.get(client) ?? 1) - 1;
    if (left > 0) perClient.set(client, left);
    else perClient.delete(client);
  };

  app.get('/api/v1/stream', (c) => {
    if (deps.signal?.aborted) throw busy('the depositary is shutting down', STREAM_RETRY_SECONDS);
    const client = clientKey(deps.clientAddress(c));
    if ((perClient.get(client) ?? 0) >= limits.streamsPerClient)
      throw tooManyStreams(limits.streamsPerClient, STREAM_RETRY_SECONDS);
    if (open >= limits.streams)
      throw busy(
        `${limits.streams} event streams are open, as many as this server keeps; try later`,
        STREAM_RETRY_SECONDS,
      );
    const size = d.size;
    const next0 = Math.min(firstWanted(c, size), size);
    // A HEAD's body is dropped unread (Hono answers it with the GET route): no stream to hold open.
    if (c.req.method === 'HEAD')
      return c.body(null, 200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    // Entries [0, size) are in the log now; every later one reaches the listener (both in this tick).
    const queue: Appended[] = [];
    let wake: (() => void) | null = null;
    let overflow: (() => void) | null = null;
    const unsubscribe = d.subscribe((a) => {
      queue.push(a);
      // A client that does not read falls behind without end: cut it rather than keep every entry
      // appended since for it (it resumes from its last id).
      if (queue.length > limits.streamBacklog) overflow?.();
      wake?.();
    });
    open += 1;
    perClient.set(client, (perClient.get(client) ?? 0) + 1);
    return streamSSE(c, async (stream) => {
      let next = next0;
      let done = false;
      const stop = () => {
        done = true;
        wake?.();
      };
      // Ends the response as the client going would: a write waiting on it returns at once.
      const cut = () => {
        stop();
        queue.length = 0;
        stream.abort();
      };
      overflow = cut;
      stream.onAbort(stop);
      deps.signal?.addEventListener('abort', cut);
      // When the oldest write still waiting began: a client whose socket takes nothing for a whole
      // heartbeat has stalled, and its place goes to another.
      let waitingSince: number | null = null;
      const write = async (text: string) => {
        waitingSince ??= Date.now();
        await stream.write(text);
        waitingSince = null;
      };
      const heartbeat = setInterval(() => {
        if (waitingSince === null) void write(': heartbeat\n\n');
        else if (Date.now() - waitingSince >= limits.heartbeatMs) cut();
      }, limits.heartbeatMs);
      try {
        const send = (index: number, leaf: string) =>
          // As Hono's writeSSE writes an event (JSON has no line breaks: one data line).
          write(`data: ${JSON.stringify({ index, leaf })}\nid: ${index}\n\n`);
        // What was missed, a page at a time; new entries wait in the queue meanwhile.
        while (!done && next < size) {
          const leaves = await d.entries(next, Math.min(size, next + PAGE));
          if (leaves.length === 0) break;
          for (const leaf of leaves) {
            if (done) break;
            await send(next++, leaf);
          }
        }
        while (!done) {
          if (queue.length > limits.streamBacklog) break; // too slow: it resumes from its last id
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
        deps.signal?.removeEventListener('abort', cut);
        unsubscribe();
        release(client);
      }
    });
  });
};
