/**
 * The service against cheap denial of service (issue 15 item 3): event streams capped per client
 * address and in all, the state routes tagged (ETag, 304) and made once per log size, the burst of
 * the rate limit following its rate, the probes and the web files limited in buckets of their own,
 * and wrong admin tokens throttled per address.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { Outcome } from '../../src/engine/outcome.ts';
import { DEFAULT_LIMITS, burstFor, resolveLimits } from '../../src/server/deps.ts';
import type { RequestView } from '../../src/server/deps.ts';
import { LISTS } from '../../src/server/routes/treaty.ts';
import { AS_OF_RETRY_SECONDS, AS_OF_WAITING } from '../../src/server/state.ts';
import type { EventLog } from '../../src/store/event-log.ts';
import { memoryEventLog } from '../../src/store/memory/event-log.ts';
import type { TestApp } from './helpers.ts';
import { ADMIN, ADMIN_TOKEN, Filer, problem, testApp, the } from './helpers.ts';

/** The client address a test request claims, through a header only tests read. */
const byHeader = (c: RequestView) => c.req.header('x-test-client') ?? 'a';
const as = (client: string, headers: Record<string, string> = {}) => ({
  'x-test-client': client,
  ...headers,
});

const submit = (t: TestApp, body: unknown) => t.req('POST', '/api/v1/submissions', body);

/** Waits until `check` holds, trying again every few milliseconds for at most two seconds. */
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`still not so after 2 s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Counts the record's live subscriptions (one per open event stream) by wrapping `subscribe`. */
function subscriptions(t: TestApp): { readonly live: number } {
  const state = { live: 0 };
  const subscribe = t.d.subscribe.bind(t.d);
  t.d.subscribe = (listener) => {
    state.live += 1;
    const stop = subscribe(listener);
    let stopped = false;
    return () => {
      if (!stopped) state.live -= 1;
      stopped = true;
      return stop();
    };
  };
  return state;
}

/** A log in force (two instruments suffice here) with procedures, and acts the treaty refused. */
async function history(): Promise<TestApp & { f: Record<string, Filer> }> {
  const t = await testApp({
    deps: { clientAddress: byHeader },
    parameters: { 'entryIntoForce.instruments': 2 },
  });
  const f = await t.parties('RU', 'BY', 'DE');
  const ru = the(f['RU'], 'RU');
  const by = the(f['BY'], 'BY');
  const receipts: { outcome: { accepted: boolean } }[] = [];
  for (const body of [
    ru.envelope({ act: 'sign' }),
    by.envelope({ act: 'sign' }),
    ru.envelope({ act: 'ratify' }),
    by.envelope({ act: 'ratify' }),
    ru.envelope({ act: 'request-information', to: 'BY', subject: 'exercises', id: 'ir-1' }),
    ru.envelope({ act: 'request-consultations', with: ['BY'], subject: 'a deployment', id: 'c-1' }),
    the(f['DE'], 'DE').envelope({ act: 'ratify' }), // refused: DE has not signed
    by.envelope({ act: 'answer', procedure: 'nowhere' }), // refused: no such procedure
  ]) {
    const r = await submit(t, body);
    assert.equal(r.status, 201);
    receipts.push((await r.json()) as { outcome: { accepted: boolean } });
  }
  assert.deepEqual(
    receipts.map((r) => r.outcome.accepted),
    [true, true, true, true, true, true, false, false],
  );
  return Object.assign(t, { f });
}

describe('event streams, per client address and in all', () => {
  it('refuse a client over its own cap with 429, and any client over the total with 503, both with Retry-After', async () => {
    const t = await testApp({
      deps: { clientAddress: byHeader, limits: { streamsPerClient: 2, streams: 3 } },
    });
    const open: Response[] = [];
    const stream = (client: string) => t.req('GET', '/api/v1/stream', undefined, as(client));
    for (const client of ['a', 'a']) {
      const r = await stream(client);
      assert.equal(r.status, 200);
      open.push(r);
    }
    const mine = await stream('a');
    assert.equal(mine.headers.get('retry-after'), '10');
    const p = await problem(mine, 429, 'too-many-streams');
    assert.equal(p['limit'], 2);
    open.push(await stream('b'));
    assert.equal(open[2]?.status, 200, 'another address has its own cap');
    const full = await stream('c');
    assert.equal(full.headers.get('retry-after'), '10');
    await problem(full, 503, 'unavailable');

    // A client that goes frees its place, for itself and for all.
    await open[0]?.body?.cancel();
    await until(async () => {
      const r = await stream('a');
      if (r.status === 200) open.push(r);
      else await r.body?.cancel();
      return r.status === 200;
    }, 'a may open a stream again');
    for (const r of open) await r.body?.cancel();
  });

  it('release their places however they end: the client goes, a fault, the server shuts down', async () => {
    const shutdown = new AbortController();
    const log = memoryEventLog();
    let failing = false;
    const flaky: EventLog = {
      ...log,
      entries: (start, end) =>
        failing ? Promise.reject(new Error('disk on fire')) : log.entries(start, end),
    };
    const t = await testApp({
      log: flaky,
      deps: { clientAddress: byHeader, signal: shutdown.signal, limits: { streamsPerClient: 1 } },
    });
    await t.parties('RU');
    const subs = subscriptions(t);

    // A fault while catching up: logged, the stream ends, its place is free.
    failing = true;
    const faulty = await t.req('GET', '/api/v1/stream?from=0', undefined, as('a'));
    assert.equal(faulty.status, 200);
    assert.equal(await faulty.text(), '');
    await until(() => subs.live === 0, 'the failed stream let go');
    assert.match(t.errors.join('\n'), /disk on fire/);
    failing = false;

    // Client gone.
    const gone = await t.req('GET', '/api/v1/stream', undefined, as('a'));
    assert.equal(gone.status, 200);
    assert.equal(subs.live, 1);
    await gone.body?.cancel();
    await until(() => subs.live === 0, 'the stream of a client that went let go');

    // Shutdown: every stream ends, and every place is released.
    const readers = await Promise.all(
      ['a', 'b', 'c'].map(async (client) => {
        const r = await t.req('GET', '/api/v1/stream', undefined, as(client));
        assert.equal(r.status, 200);
        return the(r.body ?? undefined, 'body').getReader();
      }),
    );
    assert.equal(subs.live, 3);
    shutdown.abort();
    for (const reader of readers) assert.equal((await reader.read()).done, true);
    await until(() => subs.live === 0, 'every stream let go at shutdown');
    const after = await t.req('GET', '/api/v1/stream', undefined, as('d'));
    assert.equal(after.headers.get('retry-after'), '10');
    await problem(after, 503, 'unavailable');
  });

  it('cut a client that reads nothing for a whole heartbeat, and free its place', async () => {
    const t = await testApp({
      deps: { clientAddress: byHeader, limits: { streamsPerClient: 1, heartbeatMs: 10 } },
    });
    const subs = subscriptions(t);
    const stalled = await t.req('GET', '/api/v1/stream', undefined, as('a'));
    assert.equal(stalled.status, 200);
    // Never read: its heartbeat waits, and the next beat cuts it.
    await until(() => subs.live === 0, 'the stalled stream was cut');
    const again = await t.req('GET', '/api/v1/stream', undefined, as('a'));
    assert.equal(again.status, 200);
    await again.body?.cancel();
    await stalled.body?.cancel();
  });

  it('cut a client that falls more than the backlog behind, rather than keep entries for it', async () => {
    const t = await testApp({ deps: { clientAddress: byHeader, limits: { streamBacklog: 2 } } });
    const { RU } = await t.parties('RU');
    const subs = subscriptions(t);
    const slow = await t.req('GET', '/api/v1/stream', undefined, as('a'));
    assert.equal(slow.status, 200);
    const ru = the(RU, 'RU');
    // The first entries fill what the response buffers; the stream then waits on a write the client
    // never takes, while three more arrive at once: over the backlog of 2.
    await submit(t, ru.envelope({ act: 'sign' }));
    await submit(t, ru.envelope({ act: 'ratify' }));
    await Promise.all(
      [{ act: 'assume-obligation', obligation: 'x' }, { act: 'sign' }, { act: 'ratify' }].map((a) =>
        submit(t, ru.envelope(a)),
      ),
    );
    assert.equal(t.errors.length, 0);
    await until(() => subs.live === 0, 'the stream too far behind was cut');
    await slow.body?.cancel();
  });

  it('answer a HEAD without holding a place', async () => {
    const t = await testApp({ deps: { clientAddress: byHeader, limits: { streamsPerClient: 1 } } });
    const subs = subscriptions(t);
    for (let i = 0; i < 3; i += 1) {
      const r = await t.req('HEAD', '/api/v1/stream', undefined, as('a'));
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('content-type'), 'text/event-stream');
    }
    assert.equal(subs.live, 0);
    const r = await t.req('GET', '/api/v1/stream', undefined, as('a'));
    assert.equal(r.status, 200);
    await r.body?.cancel();
  });
});

describe('the state routes: tagged, revalidated, made once per log size', () => {
  it('GET /api/v1/treaty answers If-None-Match with 304 until the log grows', async () => {
    const t = await history();
    const r = await t.req('GET', '/api/v1/treaty');
    assert.equal(r.status, 200);
    const etag = the(r.headers.get('etag') ?? undefined, 'ETag');
    assert.match(etag, /^"[A-Za-z0-9_-]{22}"$/, 'a strong tag');
    assert.equal(r.headers.get('cache-control'), 'no-cache');
    assert.equal(r.headers.get('content-type'), 'application/json');
    assert.deepEqual(await r.json(), JSON.parse(JSON.stringify(await t.d.outcome())), 'the same outcome');

    for (const tag of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await t.req('GET', '/api/v1/treaty', undefined, { 'If-None-Match': tag });
      assert.equal(again.status, 304, tag);
      assert.equal(await again.text(), '');
      assert.equal(again.headers.get('etag'), etag);
      assert.equal(again.headers.get('cache-control'), 'no-cache');
    }
    const other = await t.req('GET', '/api/v1/treaty', undefined, { 'If-None-Match': '"other"' });
    assert.equal(other.status, 200);

    await submit(t, the(t.f['DE'], 'DE').envelope({ act: 'sign' }));
    const grown = await t.req('GET', '/api/v1/treaty', undefined, { 'If-None-Match': etag });
    assert.equal(grown.status, 200, 'the log grew: the outcome is another');
    assert.notEqual(grown.headers.get('etag'), etag);
  });

  it('computes the outcome once per log size, however many read it, and serves the same bytes', async () => {
    const t = await history();
    let computed = 0;
    const outcome = t.d.outcome.bind(t.d);
    t.d.outcome = (asOf) => {
      computed += 1;
      return outcome(asOf);
    };
    const bodies = await Promise.all(
      Array.from({ length: 8 }, async () => (await t.req('GET', '/api/v1/treaty')).text()),
    );
    await t.req('GET', '/api/v1/parties');
    await t.req('GET', '/api/v1/procedures/ir-1');
    await t.req('GET', '/api/v1/treaty?summary=1');
    await t.req('GET', '/api/v1/treaty/rejected');
    assert.equal(computed, 1, 'one outcome for all the routes at this size');
    assert.equal(new Set(bodies).size, 1);
    await submit(t, the(t.f['DE'], 'DE').envelope({ act: 'sign' }));
    await t.req('GET', '/api/v1/treaty');
    assert.equal(computed, 2, 'a new size, a new outcome');
  });

  it('keeps a tag per day asked (?asOf=) and per coding (gzip, for a client that accepts it)', async () => {
    const t = await history();
    const whole = await t.req('GET', '/api/v1/treaty');
    const etag = the(whole.headers.get('etag') ?? undefined, 'ETag');
    const text = await whole.text();
    const early = await t.req('GET', '/api/v1/treaty?asOf=2009-01-01');
    assert.equal(early.status, 200);
    const earlyTag = the(early.headers.get('etag') ?? undefined, 'ETag');
    assert.notEqual(earlyTag, etag);
    assert.equal(
      (await t.req('GET', '/api/v1/treaty?asOf=2009-01-01', undefined, { 'If-None-Match': earlyTag })).status,
      304,
    );
    assert.equal(
      (await t.req('GET', '/api/v1/treaty', undefined, { 'If-None-Match': earlyTag })).status,
      200,
    );

    const zipped = await t.req('GET', '/api/v1/treaty', undefined, { 'Accept-Encoding': 'br, gzip;q=0.8' });
    assert.equal(zipped.headers.get('content-encoding'), 'gzip');
    assert.equal(zipped.headers.get('vary'), 'Accept-Encoding');
    const zipTag = the(zipped.headers.get('etag') ?? undefined, 'ETag');
    assert.notEqual(zipTag, etag, 'another coding, another representation');
    assert.equal(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString(), text);
    const notZipped = await t.req('GET', '/api/v1/treaty', undefined, { 'Accept-Encoding': 'gzip;q=0' });
    assert.equal(notZipped.headers.get('content-encoding'), null);
    assert.equal(await notZipped.text(), text);
    assert.equal(
      (
        await t.req('GET', '/api/v1/treaty', undefined, {
          'Accept-Encoding': 'gzip',
          'If-None-Match': zipTag,
        })
      ).status,
      304,
    );
  });

  it('tags the other state routes, and the checkpoints and the key', async () => {
    const t = await history();
    const key = await t.req('GET', '/api/v1/log/key');
    assert.equal(await key.text(), t.d.verifierKey, 'the key as before');
    assert.match(key.headers.get('content-type') ?? '', /^text\/plain/);
    for (const path of [
      '/api/v1/procedures/ir-1',
      '/api/v1/parties',
      '/api/v1/parties/RU',
      '/api/v1/keys',
      '/api/v1/settings',
      '/api/v1/log/key',
      '/api/v1/log/checkpoint',
      '/api/v1/log/checkpoint/latest',
      '/api/v1/log/witnesses',
      '/api/v1/treaty?summary=1',
      '/api/v1/treaty/procedures?start=0&end=1',
    ]) {
      const r = await t.req('GET', path);
      assert.equal(r.status, 200, path);
      const etag = the(r.headers.get('etag') ?? undefined, `the ETag of ${path}`);
      assert.equal(r.headers.get('cache-control'), 'no-cache', path);
      const again = await t.req('GET', path, undefined, { 'If-None-Match': etag });
      assert.equal(again.status, 304, path);
    }
    // A refusal is not a state to tag.
    const none = await t.req('GET', '/api/v1/procedures/nowhere');
    await problem(none, 404, 'not-found');
    assert.equal(none.headers.get('etag'), null);
  });

  it('computes outcomes as of other days one at a time, refusing with 503 beyond a few waiting', async () => {
    const t = await history();
    const outcome = t.d.outcome.bind(t.d);
    const held: (() => void)[] = [];
    let running = 0;
    let most = 0;
    t.d.outcome = async (asOf) => {
      if (asOf === undefined) return outcome();
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => held.push(resolve));
      running -= 1;
      return outcome(asOf);
    };
    const days = Array.from({ length: 7 }, (_, i) => `2010-01-${String(10 + i)}`);
    const answers = days.map((day) => t.req('GET', `/api/v1/treaty?asOf=${day}`));
    await until(() => held.length === 1, 'the first computation began');
    const refused = await Promise.all(answers.slice(AS_OF_WAITING + 1));
    for (const r of refused) {
      assert.equal(r.headers.get('retry-after'), String(AS_OF_RETRY_SECONDS));
      await problem(r, 503, 'unavailable');
    }
    assert.equal((await t.req('GET', '/api/v1/treaty')).status, 200, 'the outcome of the last day is apart');
    for (let done = 0; done < AS_OF_WAITING + 1; done += 1) {
      await until(() => held.length > done, 'the next computation began');
      held[done]?.();
    }
    for (const r of await Promise.all(answers.slice(0, AS_OF_WAITING + 1))) assert.equal(r.status, 200);
    assert.equal(most, 1, 'one at a time');
  });

  it('lets a page of another origin revalidate: If-None-Match allowed, ETag exposed', async () => {
    const t = await history();
    const pre = await t.req('OPTIONS', '/api/v1/treaty', undefined, {
      Origin: 'https://example.org',
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'if-none-match',
    });
    assert.equal(pre.status, 204);
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /\bIf-None-Match\b/);
    const r = await t.req('GET', '/api/v1/treaty', undefined, { Origin: 'https://example.org' });
    assert.match(r.headers.get('access-control-expose-headers') ?? '', /\bETag\b/);
  });

  it('GET /api/v1/treaty?summary=1 is the outcome with each long list as its count', async () => {
    const t = await history();
    const whole = (await (await t.req('GET', '/api/v1/treaty')).json()) as Record<string, unknown>;
    const summary = (await (await t.req('GET', '/api/v1/treaty?summary=1')).json()) as Record<
      string,
      unknown
    >;
    const counts = summary['counts'] as Record<string, number>;
    for (const list of LISTS) {
      assert.equal(list in summary, false, `${list} is left out`);
      assert.equal(counts[list], ((whole[list] as unknown[] | undefined) ?? []).length, list);
    }
    assert.ok(counts['rejected'] !== undefined && counts['rejected'] >= 2);
    const { counts: _, ...rest } = summary;
    assert.deepEqual(
      rest,
      Object.fromEntries(Object.entries(whole).filter(([k]) => !(LISTS as readonly string[]).includes(k))),
    );
    assert.deepEqual(await (await t.req('GET', '/api/v1/treaty?summary=0')).json(), whole);
    await problem(await t.req('GET', '/api/v1/treaty?summary=maybe'), 400, 'malformed');
  });

  it('GET /api/v1/treaty/{list} pages through a list, at most 1000 at a time', async () => {
    const t = await history();
    const whole = (await (await t.req('GET', '/api/v1/treaty')).json()) as Outcome;
    const pages: unknown[] = [];
    for (let start = 0; ; start += 1) {
      const page = (await (
        await t.req('GET', `/api/v1/treaty/rejected?start=${start}&end=${start + 1}`)
      ).json()) as {
        rejected: unknown[];
        total: number;
        size: number;
        asOf: string;
        start: number;
        end: number;
      };
      assert.equal(page.total, whole.rejected.length);
      assert.equal(page.size, t.d.size);
      assert.equal(page.asOf, whole.asOf);
      if (page.rejected.length === 0) {
        assert.equal(page.start, page.end);
        break;
      }
      pages.push(...page.rejected);
    }
    assert.deepEqual(pages, whole.rejected);
    const all = (await (await t.req('GET', '/api/v1/treaty/procedures')).json()) as { procedures: unknown[] };
    assert.deepEqual(all.procedures, whole.procedures, 'from 0, a page of up to 1000 by default');
    await problem(await t.req('GET', '/api/v1/treaty/parties'), 404, 'not-found');
    await problem(await t.req('GET', '/api/v1/treaty/rejected?start=3&end=1'), 400, 'malformed');
    await problem(await t.req('GET', '/api/v1/treaty/rejected?start=x'), 400, 'malformed');
  });
});

describe('the rate limit', () => {
  it('derives the burst from a rate given without one: --rate-limit 5 refuses after 20, not 20,005', async () => {
    assert.equal(burstFor(5), 20);
    assert.equal(burstFor(100), 200);
    assert.equal(resolveLimits({ ratePerSecond: 5 }).burst, 20);
    assert.equal(resolveLimits({ ratePerSecond: 5, burst: 7 }).burst, 7, 'a burst given is kept');
    assert.deepEqual(resolveLimits(), DEFAULT_LIMITS);
    assert.equal(DEFAULT_LIMITS.burst, 20_000, 'the default stays generous');

    const t = await testApp({ deps: { limits: { ratePerSecond: 5 }, clientAddress: byHeader } });
    let allowed = 0;
    for (;;) {
      const r = await t.req('GET', '/api/v1/log/checkpoint');
      if (r.status === 429) {
        assert.equal(r.headers.get('retry-after'), '1');
        break;
      }
      assert.equal(r.status, 200);
      allowed += 1;
      assert.ok(allowed <= 1000, 'no refusal after 1000 requests');
    }
    assert.equal(allowed, 20);
    t.time.set('2010-01-15T09:00:01.000Z'); // one second: five more
    for (let i = 0; i < 5; i += 1) assert.equal((await t.req('GET', '/api/v1/log/checkpoint')).status, 200);
    assert.equal((await t.req('GET', '/api/v1/log/checkpoint')).status, 429);
  });

  it('lifts the limits of the probes and the web files with the rate (0: no limit), unless they are given', () => {
    const off = resolveLimits({ ratePerSecond: 0 });
    assert.equal(off.probeRatePerSecond, 0);
    assert.equal(off.webRatePerSecond, 0);
    assert.equal(resolveLimits({ ratePerSecond: 0, webRatePerSecond: 3 }).webRatePerSecond, 3);
    assert.equal(resolveLimits({ ratePerSecond: 5 }).probeRatePerSecond, DEFAULT_LIMITS.probeRatePerSecond);
  });

  it('limits /healthz and /metrics in a bucket of their own', async () => {
    const t = await testApp({
      deps: {
        clientAddress: byHeader,
        limits: { ratePerSecond: 1, burst: 1, probeRatePerSecond: 1, probeBurst: 3 },
      },
    });
    assert.equal((await t.req('GET', '/api/v1/settings', undefined, as('a'))).status, 200);
    assert.equal((await t.req('GET', '/api/v1/settings', undefined, as('a'))).status, 429);
    for (const path of ['/healthz', '/metrics', '/healthz'])
      assert.equal(
        (await t.req('GET', path, undefined, as('a'))).status,
        200,
        `${path}: the API's bucket is not theirs`,
      );
    const limited = await t.req('GET', '/metrics', undefined, as('a'));
    assert.equal(limited.headers.get('retry-after'), '1');
    await problem(limited, 429, 'rate-limited');
    assert.equal((await t.req('GET', '/healthz', undefined, as('b'))).status, 200, 'another address');
    t.time.set('2010-01-15T09:00:01.000Z');
    assert.equal((await t.req('GET', '/healthz', undefined, as('a'))).status, 200);
  });

  it('never refuses a health check a second under the defaults', async () => {
    const t = await testApp({ deps: { clientAddress: byHeader } });
    for (let i = 0; i < DEFAULT_LIMITS.probeBurst; i += 1)
      assert.equal((await t.req('GET', '/healthz', undefined, as('a'))).status, 200);
  });
});

describe('the web files', () => {
  const root = mkdtempSync(join(tmpdir(), 'est-dos-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>est</title>');
  const assets = Array.from({ length: 14 }, (_, i) => `/assets/chunk-${i}.js`);
  for (const a of assets) writeFileSync(join(root, a), 'export {};');
  after(() => rmSync(root, { recursive: true, force: true }));
  /** One page load: the page and its files. */
  const pageLoad = async (t: TestApp, client: string): Promise<number[]> =>
    Promise.all(['/', ...assets].map(async (p) => (await t.req('GET', p, undefined, as(client))).status));

  it('serve many page loads at once under the default limits', async () => {
    const t = await testApp({ deps: { clientAddress: byHeader, webRoot: root } });
    for (let i = 0; i < 25; i += 1)
      assert.deepEqual(new Set(await pageLoad(t, 'a')), new Set([200]), `load ${i}`);
  });

  it('refuse a flood from one address with 429, in a bucket apart from the API', async () => {
    const t = await testApp({
      deps: { clientAddress: byHeader, webRoot: root, limits: { webRatePerSecond: 1, webBurst: 15 } },
    });
    assert.deepEqual(new Set(await pageLoad(t, 'a')), new Set([200]));
    const r = await t.req('GET', '/', undefined, as('a'));
    assert.equal(r.headers.get('retry-after'), '1');
    await problem(r, 429, 'rate-limited');
    assert.equal(
      (await t.req('GET', '/api/v1/settings', undefined, as('a'))).status,
      200,
      'the API is apart',
    );
    for (let i = 0; i < 3; i += 1)
      await problem(await t.req('GET', '/api/v2/nothing', undefined, as('a')), 404, 'not-found');
    assert.equal((await t.req('GET', '/', undefined, as('b'))).status, 200, 'another address');
  });
});

describe('wrong admin tokens', () => {
  const WRONG = { Authorization: 'Bearer not-the-token' };
  const lodge = (t: TestApp, client: string, headers: Record<string, string>) =>
    t.req(
      'POST',
      '/api/v1/admin/parties/RU/keys',
      { publicKey: new Filer('RU').publicKeyBase64 },
      as(client, headers),
    );

  it('lock an address out after five, before its token is compared, for a time that doubles', async () => {
    const t = await testApp({ deps: { clientAddress: byHeader } });
    for (let i = 0; i < 5; i += 1) await problem(await lodge(t, 'a', WRONG), 401, 'unauthorized');
    const locked = await lodge(t, 'a', ADMIN);
    assert.equal(locked.headers.get('retry-after'), '60');
    const p = await problem(locked, 429, 'admin-locked-out');
    assert.equal(p['retryAfter'], 60);
    assert.equal((await lodge(t, 'b', ADMIN)).status, 201, 'another address is not locked out');

    t.time.set('2010-01-15T09:00:59.000Z');
    assert.equal((await lodge(t, 'a', ADMIN)).headers.get('retry-after'), '1');
    t.time.set('2010-01-15T09:01:00.000Z');
    await problem(await lodge(t, 'a', WRONG), 401, 'unauthorized');
    const longer = await lodge(t, 'a', ADMIN);
    assert.equal(longer.headers.get('retry-after'), '120', 'the next wrong token doubles the lockout');
    await problem(longer, 429, 'admin-locked-out');

    t.time.set('2010-01-15T09:03:00.000Z');
    assert.equal((await lodge(t, 'a', ADMIN)).status, 201, 'the right token, once the lockout is over');
    for (let i = 0; i < 4; i += 1) await problem(await lodge(t, 'a', WRONG), 401, 'unauthorized');
    assert.equal((await lodge(t, 'a', ADMIN)).status, 201, 'a success started the count afresh');
  });

  it('do not count a request without a token, nor let a lockout reach the public routes', async () => {
    const t = await testApp({ deps: { clientAddress: byHeader } });
    for (let i = 0; i < 10; i += 1) await problem(await lodge(t, 'a', {}), 401, 'unauthorized');
    assert.equal((await lodge(t, 'a', ADMIN)).status, 201);
    for (let i = 0; i < 5; i += 1) await problem(await lodge(t, 'a', WRONG), 401, 'unauthorized');
    await problem(await lodge(t, 'a', ADMIN), 429, 'admin-locked-out');
    assert.equal((await t.req('GET', '/api/v1/treaty', undefined, as('a'))).status, 200);
    assert.equal(ADMIN.Authorization, `Bearer ${ADMIN_TOKEN}`);
  });
});
