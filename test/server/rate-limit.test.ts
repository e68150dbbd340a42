import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientKey, failureThrottle, rateLimiter } from '../../src/server/rate-limit.ts';

function limiter(ratePerSecond: number, burst: number, maxClients?: number) {
  let now = 1_000_000;
  const l = rateLimiter({
    ratePerSecond,
    burst,
    now: () => now,
    ...(maxClients === undefined ? {} : { maxClients }),
  });
  return { l, advance: (ms: number) => (now += ms) };
}

describe('a token bucket per client', () => {
  it('lets a burst through at once, then refuses with the seconds until a token is back', () => {
    const { l } = limiter(0.5, 3);
    for (let i = 0; i < 3; i += 1) assert.deepEqual(l.take('a'), { ok: true });
    assert.deepEqual(l.take('a'), { ok: false, retryAfterSeconds: 2 });
  });

  it('refills at the rate, up to the burst and no further', () => {
    const { l, advance } = limiter(10, 2);
    l.take('a');
    l.take('a');
    assert.equal(l.take('a').ok, false);
    advance(100);
    assert.equal(l.take('a').ok, true);
    assert.equal(l.take('a').ok, false);
    advance(60_000);
    assert.equal(l.take('a').ok, true);
    assert.equal(l.take('a').ok, true);
    assert.equal(l.take('a').ok, false);
  });

  it('keeps each address apart', () => {
    const { l } = limiter(1, 1);
    assert.equal(l.take('a').ok, true);
    assert.equal(l.take('a').ok, false);
    assert.equal(l.take('b').ok, true);
  });

  it('adds nothing, and takes nothing away, when the clock steps back', () => {
    const { l, advance } = limiter(1, 1);
    l.take('a');
    advance(-10_000);
    assert.equal(l.take('a').ok, false);
    advance(10_999);
    assert.equal(l.take('a').ok, false);
    advance(1);
    assert.equal(l.take('a').ok, true);
  });

  it('is off with a rate of 0 or Infinity', () => {
    for (const rate of [0, Infinity]) {
      const { l } = limiter(rate, 0);
      for (let i = 0; i < 1000; i += 1) assert.equal(l.take('a').ok, true);
      assert.equal(l.size, 0);
    }
  });

  it('holds at most maxClients buckets, dropping idle ones first, then the oldest', () => {
    const { l, advance } = limiter(1, 2, 3);
    l.take('a');
    l.take('b');
    l.take('c');
    advance(1000); // a, b and c are full again: idle
    l.take('c');
    l.take('d');
    assert.equal(l.size, 2, 'the idle a and b were dropped');
    l.take('e');
    l.take('f');
    assert.ok(l.size <= 3);
  });
});

describe('the bucket key of an address', () => {
  it('is an IPv4 address itself, also when mapped into IPv6', () => {
    assert.equal(clientKey('192.0.2.7'), '192.0.2.7');
    assert.equal(clientKey('::ffff:192.0.2.7'), '192.0.2.7');
  });

  it('is the /64 of an IPv6 address, however it is written', () => {
    assert.equal(clientKey('2001:db8:1:2:3:4:5:6'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:db8:1:2::9'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:0db8:0001:0002:ffff::1'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(clientKey('::1'), '0:0:0:0::/64');
    assert.equal(clientKey('fe80::1%eth0'), 'fe80:0:0:0::/64');
  });

  it('is anything else as given', () => {
    assert.equal(clientKey('unknown'), 'unknown');
  });
});

describe('a throttle of failures per address', () => {
  function throttle(options: { allowed?: number; maxClients?: number; forgetAfterMs?: number } = {}) {
    let now = 1_000_000;
    const f = failureThrottle({
      allowed: options.allowed ?? 3,
      lockoutSeconds: 10,
      maxLockoutSeconds: 35,
      now: () => now,
      ...(options.maxClients === undefined ? {} : { maxClients: options.maxClients }),
      ...(options.forgetAfterMs === undefined ? {} : { forgetAfterMs: options.forgetAfterMs }),
    });
    return { f, advance: (ms: number) => (now += ms) };
  }

  it('lets an address fail a few times, then locks it out for a time that doubles, up to a cap', () => {
    const { f, advance } = throttle();
    f.fail('a');
    f.fail('a');
    assert.deepEqual(f.check('a'), { ok: true });
    f.fail('a');
    assert.deepEqual(f.check('a'), { ok: false, retryAfterSeconds: 10 });
    assert.deepEqual(f.check('b'), { ok: true }, 'each address apart');
    advance(9_500);
    assert.deepEqual(f.check('a'), { ok: false, retryAfterSeconds: 1 });
    advance(500);
    assert.deepEqual(f.check('a'), { ok: true });
    f.fail('a');
    assert.deepEqual(f.check('a'), { ok: false, retryAfterSeconds: 20 });
    advance(20_000);
    f.fail('a');
    assert.deepEqual(f.check('a'), { ok: false, retryAfterSeconds: 35 }, '40 s, capped at 35');
  });

  it('starts an address afresh on a success, or after a quiet spell', () => {
    const { f, advance } = throttle({ forgetAfterMs: 60_000 });
    f.fail('a');
    f.fail('a');
    f.succeed('a');
    f.fail('a');
    f.fail('a');
    assert.equal(f.check('a').ok, true, 'two failures since the success');
    advance(60_000);
    f.fail('a');
    assert.equal(f.check('a').ok, true, 'the earlier two were forgotten');
    assert.equal(f.size, 1);
  });

  it('never locks out with allowed = Infinity', () => {
    const { f } = throttle({ allowed: Infinity });
    for (let i = 0; i < 100; i += 1) f.fail('a');
    assert.equal(f.check('a').ok, true);
  });

  it('holds at most maxClients addresses, dropping forgotten ones first, then the least recent', () => {
    const { f, advance } = throttle({ maxClients: 3, forgetAfterMs: 1000 });
    f.fail('a');
    f.fail('b');
    advance(1000);
    f.fail('c');
    f.fail('d');
    assert.equal(f.size, 2, 'a and b were forgotten');
    f.fail('c');
    f.fail('e');
    f.fail('g');
    assert.equal(f.size, 3);
    for (let i = 0; i < 2; i += 1) f.fail('c');
    assert.equal(f.check('c').ok, false, 'c, failing most recently, was kept');
  });
});
