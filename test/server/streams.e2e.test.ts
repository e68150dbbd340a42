/**
 * Event streams over real sockets (the app served by src/server/node.ts on loopback): the cap per
 * client address counts the socket's address, a client that hangs up frees its place, and a
 * shutdown ends every stream and lets every place go.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startServer } from '../../src/server/node.ts';
import type { Problem } from './helpers.ts';
import { testApp } from './helpers.ts';

/** Waits until `check` holds, trying again every few milliseconds for at most five seconds. */
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`still not so after 5 s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('event streams over real sockets', () => {
  it('are capped per address, freed when a client hangs up, and all end at shutdown', async () => {
    const shutdown = new AbortController();
    const t = await testApp({ deps: { signal: shutdown.signal, limits: { streamsPerClient: 2 } } });
    await t.parties('RU');
    let live = 0;
    const subscribe = t.d.subscribe.bind(t.d);
    t.d.subscribe = (listener) => {
      live += 1;
      const stop = subscribe(listener);
      return () => {
        live -= 1;
        return stop();
      };
    };
    const server = await startServer({ app: t.app, host: '127.0.0.1', port: 0 });
    const open = async () => {
      const hangUp = new AbortController();
      const r = await fetch(`${server.url}/api/v1/stream`, { signal: hangUp.signal });
      return { r, hangUp };
    };
    try {
      const first = await open();
      const second = await open();
      assert.equal(first.r.status, 200);
      assert.equal(second.r.status, 200);
      assert.equal(live, 2);

      const third = await open();
      assert.equal(third.r.status, 429);
      assert.equal(third.r.headers.get('retry-after'), '10');
      assert.equal(third.r.headers.get('content-type'), 'application/problem+json');
      const problem = (await third.r.json()) as Problem;
      assert.equal(problem.type, 'https://est.example/problems/too-many-streams');

      // The client hangs up: its socket closes, and the server lets its stream go.
      first.hangUp.abort();
      await until(() => live === 1, 'the stream of the client that hung up let go');
      const again = await open();
      assert.equal(again.r.status, 200);

      // Shutdown: the streams still open end (their readers see the end), and let go.
      const readers = [second, again].map((s) => (s.r.body as ReadableStream<Uint8Array>).getReader());
      shutdown.abort();
      for (const reader of readers) {
        for (;;) if ((await reader.read()).done) break;
      }
      await until(() => live === 0, 'every stream let go at shutdown');
    } finally {
      shutdown.abort();
      await server.close();
    }
  });
});
