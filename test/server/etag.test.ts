import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BodyCache, acceptsGzip, entityTag, noneMatch, represent } from '../../src/server/etag.ts';

describe('entity tags', () => {
  it('are strong, quoted, and the same for the same bytes only', () => {
    const a = entityTag(new TextEncoder().encode('{"a":1}'));
    assert.match(a, /^"[A-Za-z0-9_-]{22}"$/);
    assert.equal(represent('{"a":1}', 'application/json').etag, a);
    assert.notEqual(represent('{"a":2}', 'application/json').etag, a);
  });

  it('match If-None-Match weakly, in a list, or as *', () => {
    const tag = '"abc"';
    assert.equal(noneMatch(undefined, tag), false);
    assert.equal(noneMatch('"abc"', tag), true);
    assert.equal(noneMatch('W/"abc"', tag), true);
    assert.equal(noneMatch('"x", W/"y" ,"abc"', tag), true);
    assert.equal(noneMatch(' * ', tag), true);
    assert.equal(noneMatch('"abcd"', tag), false);
    assert.equal(noneMatch('abc', tag), false, 'an unquoted tag is not one');
  });
});

describe('Accept-Encoding', () => {
  it('allows gzip when named without q=0', () => {
    assert.equal(acceptsGzip(undefined), false);
    assert.equal(acceptsGzip('gzip, deflate, br'), true);
    assert.equal(acceptsGzip('br;q=1.0, GZIP;q=0.5'), true);
    assert.equal(acceptsGzip('gzip;q=0'), false);
    assert.equal(acceptsGzip('gzip;q=0.000'), false);
    assert.equal(acceptsGzip('identity'), false);
    assert.equal(acceptsGzip('x-gzip'), true);
  });
});

describe('the cache of bodies', () => {
  const rep = (n: number) => Promise.resolve(represent('x'.repeat(n), 'text/plain'));

  it('makes a body once however many ask at the same time', async () => {
    const cache = new BodyCache(1000);
    let made = 0;
    const make = () => {
      made += 1;
      return rep(10);
    };
    const all = await Promise.all([cache.get('k', make), cache.get('k', make), cache.get('k', make)]);
    assert.equal(made, 1);
    assert.equal(new Set(all).size, 1);
    await cache.get('k', make);
    assert.equal(made, 1);
    assert.equal(cache.bytes, 10);
  });

  it('does not keep what `keep` refuses, nor a failure, nor a body over the budget', async () => {
    const cache = new BodyCache(100);
    let made = 0;
    const make = (n: number) => () => {
      made += 1;
      return rep(n);
    };
    await cache.get('moved', make(10), () => false);
    await cache.get('moved', make(10), () => false);
    assert.equal(made, 2);
    await assert.rejects(cache.get('bad', () => Promise.reject(new Error('no'))));
    await cache.get('bad', make(10));
    assert.equal(made, 3);
    await cache.get('big', make(101));
    await cache.get('big', make(101));
    assert.equal(made, 5);
    assert.equal(cache.bytes, 10);
  });

  it('drops the least recently served past its budget', async () => {
    const cache = new BodyCache(100);
    let made = 0;
    const make = () => {
      made += 1;
      return rep(40);
    };
    await cache.get('a', make);
    await cache.get('b', make);
    await cache.get('a', make); // a is the more recent now
    await cache.get('c', make); // 120 bytes: b goes
    assert.equal(cache.bytes, 80);
    await cache.get('a', make);
    await cache.get('c', make);
    assert.equal(made, 3);
    await cache.get('b', make);
    assert.equal(made, 4);
  });

  it('gzips a body once', async () => {
    const r = represent('y'.repeat(5000), 'text/plain');
    const [a, b] = await Promise.all([r.gzipped(), r.gzipped()]);
    assert.equal(a, b);
    assert.ok(a.length < 100);
  });
});
