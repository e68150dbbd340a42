/**
 * Bodies the API reads are JSON sent as such: `Content-Type: application/json` (any case, any
 * parameters but a charset other than UTF-8), else 415 with the type it takes (RFC 9110 §15.5.16).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { notJson } from '../../src/server/json.ts';
import type { TestApp } from './helpers.ts';
import { ADMIN, problem, testApp, the } from './helpers.ts';

/** A POST of `body` as it is, with exactly these headers. */
const post = (t: TestApp, path: string, body: string, headers: Record<string, string>) =>
  t.app.request(path, { method: 'POST', body, headers });

async function unsupported(r: Response) {
  const p = await problem(r, 415, 'unsupported-media-type');
  assert.equal(r.headers.get('accept'), 'application/json');
  assert.equal(p['accept'], 'application/json');
  assert.match(p.detail, /Content-Type: application\/json/);
  return p;
}

describe('a filing that is not sent as JSON', () => {
  it('is a 415 naming the type expected and the type sent, and nothing is logged', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const base = t.d.size;
    const envelope = JSON.stringify(the(RU, 'RU').envelope({ act: 'sign' }));
    const p = await unsupported(
      await post(t, '/api/v1/submissions', envelope, { 'Content-Type': 'text/plain;charset=UTF-8' }),
    );
    assert.match(p.detail, /"text\/plain;charset=UTF-8"/);
    await unsupported(
      await post(t, '/api/v1/submissions', envelope, {
        'Content-Type': 'application/x-www-form-urlencoded',
      }),
    );
    await unsupported(
      await post(t, '/api/v1/submissions', envelope, { 'Content-Type': 'application/jsonx' }),
    );
    assert.equal(t.d.size, base);
    assert.deepEqual(t.errors, []);
    const metrics = await (await t.req('GET', '/metrics')).text();
    assert.match(metrics, /^est_filings_total\{outcome="rejected",status="415"\} 3$/m);
  });

  it('is a 415 when it has a body and no Content-Type', async () => {
    const t = await testApp();
    const body = new TextEncoder().encode('{"v":1}');
    // A string body would be given text/plain by the Request constructor; bytes are given none.
    const r = await t.app.request('/api/v1/submissions', { method: 'POST', body });
    const p = await unsupported(r);
    assert.match(p.detail, /no Content-Type/);
  });

  it('is a 400 when it has no body at all, with or without a Content-Type', async () => {
    const t = await testApp();
    await problem(await t.app.request('/api/v1/submissions', { method: 'POST' }), 400, 'malformed');
    await problem(
      await post(t, '/api/v1/submissions', '', { 'Content-Type': 'application/json' }),
      400,
      'malformed',
    );
  });

  it('is a 415 for JSON declared in a charset other than UTF-8', async () => {
    const t = await testApp();
    const p = await unsupported(
      await post(t, '/api/v1/submissions', '{}', { 'Content-Type': 'application/json; charset=iso-8859-1' }),
    );
    assert.match(p.detail, /UTF-8/);
  });

  it('is read when the type is application/json with a UTF-8 charset, or in capitals', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const ru = the(RU, 'RU');
    const base = t.d.size;
    for (const type of [
      'application/json; charset=utf-8',
      'Application/JSON;Charset="UTF-8"',
      'application/json ; foo=bar',
    ]) {
      const r = await post(t, '/api/v1/submissions', JSON.stringify(ru.envelope({ act: 'sign' })), {
        'Content-Type': type,
      });
      // The first sign is taken, the next two are refused by the treaty: all three are read and logged.
      assert.equal(r.status, 201, `${type}: ${await r.text()}`);
    }
    assert.equal(t.d.size, base + 3);
  });
});

describe('the operator routes', () => {
  it('that read a body refuse one not sent as JSON with 415, after the token is checked', async () => {
    const t = await testApp();
    const text = { 'Content-Type': 'text/plain' };
    const key = '/api/v1/admin/parties/RU/keys';
    await problem(await post(t, key, '{"publicKey":"x"}', text), 401, 'unauthorized');
    await unsupported(await post(t, key, '{"publicKey":"x"}', { ...ADMIN, ...text }));
    await unsupported(
      await post(t, '/api/v1/admin/acts', '{"act":{"act":"close","procedure":"p"}}', { ...ADMIN, ...text }),
    );
    assert.equal(t.d.size, 0);
  });

  it('that take no body need no Content-Type', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const r = await t.app.request(`/api/v1/admin/parties/RU/keys/${the(RU, 'RU').keyId}`, {
      method: 'DELETE',
      headers: ADMIN,
    });
    assert.equal(r.status, 200, await r.text());
  });
});

describe('notJson', () => {
  it('takes application/json in any case, with parameters, and a UTF-8 charset however written', () => {
    for (const type of [
      'application/json',
      'APPLICATION/JSON',
      'application/json;charset=utf-8',
      'application/json; charset=UTF8',
      'application/json; charset="utf-8"',
      ' application/json ; q=1',
    ]) {
      assert.equal(notJson(type), null, type);
    }
  });

  it('says why anything else is not JSON, quoting at most 100 characters of it', () => {
    for (const type of ['', 'text/plain', 'application/problem+json', 'application/json-seq', 'json']) {
      assert.match(notJson(type) ?? '', /Content-Type is "/, type);
    }
    assert.match(notJson('application/json; charset=latin1') ?? '', /UTF-8 \(RFC 8259/);
    const long = notJson(`text/${'x'.repeat(500)}`) ?? '';
    assert.ok(long.length < 200, long);
  });
});
