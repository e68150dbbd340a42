import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fromBase64, toBase64 } from '../../src/log/bytes.ts';
import type { Entry } from '../../src/log/entry.ts';
import { keyIdOf, leafHashOf, signingBytes } from '../../src/log/entry.ts';
import { verifyConsistency, verifyInclusion } from '../../src/log/merkle.ts';
import { ed25519Verify, newKeyPair, sha256 } from '../../src/log/node-crypto.ts';
import { openNote, parseCheckpoint, parseVerifierKey } from '../../src/log/note.ts';
import { RULES } from '../../src/log/rules.ts';
import { createMetrics } from '../../src/server/metrics.ts';
import type { EventLog } from '../../src/store/event-log.ts';
import { memoryEventLog } from '../../src/store/memory/event-log.ts';
import { waitFor } from '../support/wait.ts';
import type { TestApp } from './helpers.ts';
import { ADMIN, Filer, problem, testApp, the } from './helpers.ts';

interface Receipt {
  index: number;
  leafHash: string;
  receivedAt: string;
  outcome: {
    accepted: boolean;
    violations: { code: string; cite: string; params: Record<string, unknown> }[];
  };
  rules: string;
  checkpoint: string;
  proof: string;
}

const json = async <T>(r: Response, status = 200): Promise<T> => {
  const text = await r.text();
  assert.equal(r.status, status, text);
  return JSON.parse(text) as T;
};

const submit = (t: TestApp, body: unknown) => t.req('POST', '/api/v1/submissions', body);

/** The checkpoint, opened with the verifier key the server publishes. */
async function checkpoint(t: TestApp) {
  const keyText = await (await t.req('GET', '/api/v1/log/key')).text();
  const key = await parseVerifierKey(sha256, keyText);
  assert.ok(key, `not a verifier key: ${keyText}`);
  const r = await t.req('GET', '/api/v1/log/checkpoint');
  assert.match(r.headers.get('content-type') ?? '', /^text\/plain/);
  const opened = await openNote(await r.text(), key, ed25519Verify);
  assert.ok(opened.ok, opened.ok ? '' : opened.reason);
  return the(parseCheckpoint(opened.text) ?? undefined, 'checkpoint');
}

/**
 * An app whose log holds `n` signatures by RU, US and DE in turn (and their later refusals), after
 * the `base` entries that lodged their keys.
 */
async function logOf(n: number) {
  const t = await testApp();
  const f = await t.parties('RU', 'US', 'DE');
  const base = t.d.size;
  const order = ['RU', 'US', 'DE'] as const;
  const envelopes = Array.from({ length: n }, (_, i) =>
    the(f[order[i % 3] as string], 'filer').envelope({ act: 'sign' }),
  );
  // Filed concurrently: one group commit; each Party's seqs still arrive in order.
  const receipts = await Promise.all(envelopes.map((e) => submit(t, e)));
  for (const r of receipts) assert.equal(r.status, 201);
  assert.equal(t.d.size, base + n);
  return Object.assign(t, { base });
}

describe('POST /api/v1/submissions', () => {
  it('logs a signed filing and answers 201 with its receipt', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    // The entry that lodged RU's key comes first.
    const base = t.d.size;
    const r = await submit(t, the(RU, 'RU').envelope({ act: 'sign' }));
    const receipt = await json<Receipt>(r, 201);
    assert.deepEqual(receipt, {
      index: base,
      leafHash: receipt.leafHash,
      receivedAt: '2010-01-15T09:00:00.000Z',
      outcome: { accepted: true, violations: [] },
      rules: RULES,
      checkpoint: receipt.checkpoint,
      proof: receipt.proof,
    });
    assert.equal(t.d.size, base + 1);
    const [leaf] = await t.log.entries(base, base + 1);
    assert.equal(toBase64(leafHashOf(sha256, the(leaf, 'leaf'))), receipt.leafHash);
    assert.equal(r.headers.get('location'), `/api/v1/log/entries?start=${base}&end=${base + 1}`);
  });

  it('logs a filing the treaty refuses, with the provision, and still answers 201', async () => {
    const t = await testApp();
    const { GB } = await t.parties('GB');
    const base = t.d.size;
    const receipt = await json<Receipt>(await submit(t, the(GB, 'GB').envelope({ act: 'ratify' })), 201);
    assert.equal(receipt.outcome.accepted, false);
    assert.deepEqual(
      receipt.outcome.violations.map((v) => [v.code, v.cite]),
      [['not_a_signatory', 'EST 11']],
    );
    assert.equal(receipt.index, base);
    assert.equal(t.d.size, base + 1);
  });

  it('is a 400 for a body that is not JSON, or none, and nothing is logged', async () => {
    const t = await testApp();
    await problem(await submit(t, '{"v":1,'), 400, 'malformed');
    await problem(await submit(t, ''), 400, 'malformed');
    await problem(await t.req('POST', '/api/v1/submissions'), 400, 'malformed');
    assert.equal(t.d.size, 0);
  });

  it('is a 400 for an envelope of the wrong shape, naming each field', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const base = t.d.size;
    const env = the(RU, 'RU').envelope({ act: 'sign' });
    const p = await problem(await submit(t, { ...env, seq: 0, extra: true }), 400, 'malformed');
    const fields = (p['problems'] as { field: string }[]).map((x) => x.field).sort();
    assert.deepEqual(fields, ['(envelope)', 'seq']);
    await problem(await submit(t, [env]), 400, 'malformed');
    assert.equal(t.d.size, base);
  });

  it('is a 400 for an act the treaty does not know, and the seq is not used up', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const ru = the(RU, 'RU');
    const p = await problem(await submit(t, ru.envelope({ act: 'sgin' }, 1)), 400, 'malformed');
    assert.match(JSON.stringify(p['problems']), /did you mean sign/);
    await json<Receipt>(await submit(t, ru.envelope({ act: 'sign' }, 1)), 201);
  });

  it('is a 400 for JSON that has no canonical form (a number beyond I-JSON, deep nesting)', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const base = t.d.size;
    const env = the(RU, 'RU').envelope({ act: 'sign' });
    const text = JSON.stringify(env);
    await problem(await submit(t, text.replace('"seq":1', '"seq":1e400')), 400, 'malformed');
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    await problem(
      await submit(t, text.replace('"act":"sign"', `"act":"sign","x":${deep}`)),
      400,
      'malformed',
    );
    assert.equal(t.d.size, base);
  });

  it('is a 401 for an unknown key, a bad signature or a revoked key, and nothing is logged', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const base = t.d.size;
    const ru = the(RU, 'RU');
    await problem(await submit(t, new Filer('RU').envelope({ act: 'sign' })), 401, 'unknown-key');
    const env = ru.envelope({ act: 'sign' }, 1);
    await problem(await submit(t, { ...env, act: { act: 'ratify' } }), 401, 'bad-signature');
    const flipped = the(fromBase64(env.signature) ?? undefined, 'signature');
    flipped[10] = (flipped[10] ?? 0) ^ 1;
    await problem(await submit(t, { ...env, signature: toBase64(flipped) }), 401, 'bad-signature');
    assert.equal(t.d.size, base);
    // The revocation is an entry of the log; the filing signed with the revoked key is not.
    assert.equal(
      (await t.req('DELETE', `/api/v1/admin/parties/RU/keys/${ru.keyId}`, undefined, ADMIN)).status,
      200,
    );
    assert.equal(t.d.size, base + 1);
    await problem(await submit(t, env), 401, 'unknown-key');
    assert.equal(t.d.size, base + 1);
  });

  it('is a 403 when a Party files an act of the Depositary or the Security Council', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const base = t.d.size;
    await problem(
      await submit(t, the(RU, 'RU').envelope({ act: 'close', procedure: 'c-1' })),
      403,
      'forbidden',
    );
    await problem(
      await submit(t, the(RU, 'RU').envelope({ act: 'unsc-measures', procedure: 'xc-1' }, 1)),
      403,
      'forbidden',
    );
    assert.equal(t.d.size, base);
  });

  it('is a 409 for a replayed seq, and the same filing again gets its receipt (200); neither is applied twice', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const base = t.d.size;
    const env = the(RU, 'RU').envelope({ act: 'sign' });
    const first = await json<Receipt>(await submit(t, env), 201);
    const again = await json<Receipt>(await submit(t, env), 200);
    assert.equal(again.index, first.index);
    const p = await problem(
      await submit(t, the(RU, 'RU').envelope({ act: 'ratify' }, 1)),
      409,
      'seq-conflict',
    );
    assert.equal(p['expected'], 2);
    assert.equal(p.title, 'Replayed filing');
    assert.equal(t.d.size, base + 1);
    const outcome = await json<{ rejected: unknown[]; parties: unknown[] }>(
      await t.req('GET', '/api/v1/treaty'),
    );
    assert.deepEqual(outcome.rejected, []);
  });

  it('is a 409 for a seq that skips ahead', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const base = t.d.size;
    const p = await problem(await submit(t, the(RU, 'RU').envelope({ act: 'sign' }, 2)), 409, 'seq-conflict');
    assert.equal(p['expected'], 1);
    assert.equal(t.d.size, base);
  });

  it('is a 413 for a body over 64 KiB, announced or streamed', async () => {
    const t = await testApp();
    const big = JSON.stringify({ pad: 'x'.repeat(65 * 1024) });
    const p = await problem(await submit(t, big), 413, 'too-large');
    assert.equal(p['limit'], 64 * 1024);
    const chunks = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 65; i += 1) c.enqueue(new Uint8Array(1024).fill(32));
        c.close();
      },
    });
    const streamed = await t.app.request('/api/v1/submissions', {
      method: 'POST',
      body: chunks,
      duplex: 'half',
    });
    await problem(streamed, 413, 'too-large');
    assert.equal(t.d.size, 0);
  });
});

describe('the admin routes', () => {
  it('lodge a key as an entry of the log and answer 201 with its key id and the receipt', async () => {
    const t = await testApp();
    const f = new Filer('RU');
    const r = await t.req('POST', '/api/v1/admin/parties/RU/keys', { publicKey: f.publicKeyBase64 }, ADMIN);
    const body = await json<{ party: string; keyId: string; receipt: Receipt }>(r, 201);
    assert.deepEqual(body, { party: 'RU', keyId: f.keyId, receipt: body.receipt });
    assert.equal(f.keyId, keyIdOf(sha256, f.publicKey));
    assert.equal(body.receipt.index, 0);
    assert.deepEqual(body.receipt.outcome, { accepted: true, violations: [] });
    assert.equal(t.d.size, 1);
    const leaf = the((await t.log.entries(0, 1))[0], 'leaf');
    assert.equal(toBase64(leafHashOf(sha256, leaf)), body.receipt.leafHash);
    const entry = JSON.parse(leaf) as Entry;
    assert.equal(entry.envelope.party, 'DEPOSITARY');
    assert.equal(entry.envelope.keyId, t.d.keyId);
    assert.deepEqual(entry.envelope.act, {
      act: 'lodge-key',
      party: 'RU',
      keyId: f.keyId,
      publicKey: f.publicKeyBase64,
    });
    const again = await t.req(
      'POST',
      '/api/v1/admin/parties/RU/keys',
      { publicKey: f.publicKeyBase64 },
      ADMIN,
    );
    await problem(again, 409, 'key-exists');
    assert.equal(t.d.size, 1);
  });

  it('refuse a request without the token, or with a wrong one, as a 401', async () => {
    const t = await testApp();
    const body = { publicKey: new Filer('RU').publicKeyBase64 };
    const none = await t.req('POST', '/api/v1/admin/parties/RU/keys', body);
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
    await problem(none, 401, 'unauthorized');
    for (const auth of ['Bearer wrong', 'Basic dGVzdDp0ZXN0', 'Bearer', `Bearer ${'x'.repeat(500)}`]) {
      await problem(
        await t.req('POST', '/api/v1/admin/parties/RU/keys', body, { Authorization: auth }),
        401,
        'unauthorized',
      );
    }
    await problem(
      await t.req('DELETE', '/api/v1/admin/parties/RU/keys/0011223344556677'),
      401,
      'unauthorized',
    );
    await problem(
      await t.req('POST', '/api/v1/admin/acts', { act: { act: 'close', procedure: 'c' } }),
      401,
      'unauthorized',
    );
    assert.deepEqual(await t.d.keys(), []);
    assert.equal(t.d.size, 0);
  });

  it('refuse a malformed key or party as a 400', async () => {
    const t = await testApp();
    const post = (party: string, body: unknown) =>
      t.req('POST', `/api/v1/admin/parties/${party}/keys`, body, ADMIN);
    await problem(await post('RU', { publicKey: 'AAAA' }), 400, 'malformed');
    await problem(await post('RU', { publicKey: toBase64(new Uint8Array(33)) }), 400, 'malformed');
    await problem(await post('RU', { key: new Filer('RU').publicKeyBase64 }), 400, 'malformed');
    await problem(await post('ZZ', { publicKey: new Filer('ZZ').publicKeyBase64 }), 400, 'malformed');
    await problem(await post('RU', 'nope'), 400, 'malformed');
    const publicKey = new Filer('RU').publicKeyBase64;
    await problem(await post('RU', { publicKey, replaces: 'XYZ' }), 400, 'malformed');
    await problem(await post('RU', { publicKey, replaces: 7 }), 400, 'malformed');
    await problem(await post('RU', { publicKey, extra: 1 }), 400, 'malformed');
    await problem(await post('DEPOSITARY', { publicKey }), 400, 'malformed');
    await problem(await post('UNSC', { publicKey }), 400, 'malformed');
    assert.equal(t.d.size, 0);
  });

  it('revoke a key as an entry of the log (200 with the receipt), and a second time is a 404', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const ru = the(RU, 'RU');
    const base = t.d.size;
    const path = `/api/v1/admin/parties/RU/keys/${ru.keyId}`;
    t.time.set('2010-01-16T10:00:00.000Z');
    const r = await t.req('DELETE', path, undefined, ADMIN);
    const body = await json<{ party: string; keyId: string; receipt: Receipt }>(r, 200);
    assert.deepEqual(body, { party: 'RU', keyId: ru.keyId, receipt: body.receipt });
    assert.equal(body.receipt.index, base);
    assert.equal(body.receipt.receivedAt, '2010-01-16T10:00:00.000Z');
    assert.equal(t.d.size, base + 1);
    const entry = JSON.parse(the((await t.log.entries(base, base + 1))[0], 'leaf')) as Entry;
    assert.equal(entry.envelope.party, 'DEPOSITARY');
    assert.deepEqual(entry.envelope.act, { act: 'revoke-key', party: 'RU', keyId: ru.keyId });
    await problem(await t.req('DELETE', path, undefined, ADMIN), 404, 'not-found');
    await problem(
      await t.req('DELETE', '/api/v1/admin/parties/US/keys/0011223344556677', undefined, ADMIN),
      404,
      'not-found',
    );
    assert.equal(t.d.size, base + 1);
    await problem(
      await t.req('DELETE', '/api/v1/admin/parties/RU/keys/XYZ', undefined, ADMIN),
      400,
      'malformed',
    );
    const party = await json<{ keys: { addedAt: string; revokedAt: string | null }[] }>(
      await t.req('GET', '/api/v1/parties/RU'),
    );
    assert.equal(party.keys[0]?.addedAt, '2010-01-15T09:00:00.000Z');
    assert.equal(party.keys[0]?.revokedAt, body.receipt.receivedAt);
  });

  it("file the Depositary's close and the Security Council's measures, logged like any filing", async () => {
    const t = await testApp();
    const act = async (body: unknown, status = 201) =>
      t.req('POST', '/api/v1/admin/acts', body, ADMIN).then((r) => json<Receipt>(r, status));
    const close = await act({ act: { act: 'close', procedure: 'c-1' } });
    assert.equal(close.index, 0);
    assert.equal(close.outcome.violations[0]?.code, 'not_in_force');
    const unsc = await act({ act: { act: 'unsc-measures', procedure: 'xc-1' } });
    assert.equal(unsc.index, 1);
    const entry = JSON.parse(the((await t.log.entries(1, 2))[0], 'entry')) as Entry;
    assert.equal(entry.envelope.party, 'UNSC');
    assert.equal(entry.envelope.keyId, t.d.keyId);
    // Several at once get consecutive seqs, even when one of them is malformed.
    const many = await Promise.all([
      t.req('POST', '/api/v1/admin/acts', { act: { act: 'close', procedure: 'a' } }, ADMIN),
      t.req('POST', '/api/v1/admin/acts', { act: { act: 'close' } }, ADMIN),
      t.req('POST', '/api/v1/admin/acts', { act: { act: 'close', procedure: 'b' } }, ADMIN),
    ]);
    assert.deepEqual(
      many.map((r) => r.status),
      [201, 400, 201],
    );
    assert.equal(t.d.nextSeq('DEPOSITARY'), 4);
  });

  it('refuse an act that is not theirs as a 403, and a malformed body as a 400', async () => {
    const t = await testApp();
    await problem(
      await t.req('POST', '/api/v1/admin/acts', { act: { act: 'sign' } }, ADMIN),
      403,
      'forbidden',
    );
    await problem(await t.req('POST', '/api/v1/admin/acts', { act: 'close' }, ADMIN), 400, 'malformed');
    await problem(
      await t.req('POST', '/api/v1/admin/acts', { act: { act: 'close', procedure: 'c' }, x: 1 }, ADMIN),
      400,
      'malformed',
    );
    await problem(
      await t.req(
        'POST',
        '/api/v1/admin/acts',
        { act: { act: 'close', procedure: 'c', by: 'RU', on: '2010-01-01' } },
        ADMIN,
      ),
      400,
      'malformed',
    );
    assert.equal(t.d.size, 0);
  });
});

describe('the Parties and their keys', () => {
  it('GET /api/v1/parties/{id} gives the next seq, the keys and the party record', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const ru = the(RU, 'RU');
    await submit(t, ru.envelope({ act: 'sign' }));
    const party = await json<Record<string, unknown>>(await t.req('GET', '/api/v1/parties/RU'));
    assert.deepEqual(party, {
      id: 'RU',
      nextSeq: 2,
      keys: [
        {
          keyId: ru.keyId,
          publicKey: ru.publicKeyBase64,
          addedAt: '2010-01-15T09:00:00.000Z',
          revokedAt: null,
        },
      ],
      party: {
        id: 'RU',
        kind: 'state',
        status: 'signatory',
        signed: '2010-01-15',
        deposited: null,
        inForceFrom: null,
        withdrawalEffective: null,
      },
    });
    const none = await json<Record<string, unknown>>(await t.req('GET', '/api/v1/parties/x:abkhazia'));
    assert.deepEqual(none, { id: 'x:abkhazia', nextSeq: 1, keys: [], party: null });
    await problem(await t.req('GET', '/api/v1/parties/ZZ'), 400, 'malformed');
    await problem(await t.req('GET', `/api/v1/parties/${encodeURIComponent('R\u0000U')}`), 400, 'malformed');
  });

  it('GET /api/v1/parties lists the outcome\u2019s parties; GET /api/v1/keys every lodged key', async () => {
    const t = await testApp();
    const f = await t.parties('RU', 'BY');
    await submit(t, the(f['RU'], 'RU').envelope({ act: 'sign' }));
    const { parties } = await json<{ parties: { id: string }[] }>(await t.req('GET', '/api/v1/parties'));
    assert.deepEqual(
      parties.map((p) => p.id),
      ['RU'],
    );
    const { keys } = await json<{ keys: { party: string; keyId: string; publicKey: string }[] }>(
      await t.req('GET', '/api/v1/keys'),
    );
    assert.deepEqual(
      keys.map((k) => [k.party, k.keyId, k.publicKey]).sort(),
      ['BY', 'RU'].map((p) => [p, the(f[p], p).keyId, the(f[p], p).publicKeyBase64]),
    );
  });
});

describe('the treaty as the log makes it', () => {
  it('GET /api/v1/treaty is the outcome, today or as of a day', async () => {
    const t = await testApp();
    const { RU, BY } = await t.parties('RU', 'BY');
    await submit(t, the(RU, 'RU').envelope({ act: 'sign' }));
    t.time.set('2010-02-01T10:00:00.000Z');
    await submit(t, the(BY, 'BY').envelope({ act: 'sign' }));
    const now = await json<{ asOf: string; parties: { id: string }[] }>(await t.req('GET', '/api/v1/treaty'));
    assert.equal(now.asOf, '2010-02-01');
    assert.deepEqual(
      now.parties.map((p) => p.id),
      ['BY', 'RU'],
    );
    const then = await json<{ asOf: string; parties: { id: string }[] }>(
      await t.req('GET', '/api/v1/treaty?asOf=2010-01-20'),
    );
    assert.equal(then.asOf, '2010-01-20');
    assert.deepEqual(
      then.parties.map((p) => p.id),
      ['RU'],
    );
    await problem(await t.req('GET', '/api/v1/treaty?asOf=2010-02-30'), 400, 'malformed');
    await problem(await t.req('GET', '/api/v1/treaty?asOf=yesterday'), 400, 'malformed');
  });

  it('GET /api/v1/procedures/{id} is one procedure, or a 404', async () => {
    const t = await testApp({ parameters: { 'entryIntoForce.instruments': 2 } });
    const { GE, RU } = await t.parties('GE', 'RU');
    const [ge, ru] = [the(GE, 'GE'), the(RU, 'RU')];
    for (const act of ['sign', 'ratify']) {
      await submit(t, ge.envelope({ act }));
      await submit(t, ru.envelope({ act }));
    }
    const ask = { act: 'request-information', to: 'RU', subject: 'flights over South Ossetia', id: 'ir-1' };
    assert.equal((await json<Receipt>(await submit(t, ge.envelope(ask)), 201)).outcome.accepted, true);
    const p = await json<Record<string, unknown>>(await t.req('GET', '/api/v1/procedures/ir-1'));
    assert.equal(p['kind'], 'information-request');
    assert.equal(p['requestedBy'], 'GE');
    assert.equal(p['status'], 'open');
    await problem(await t.req('GET', '/api/v1/procedures/ir-2'), 404, 'not-found');
  });
});

describe('the log', () => {
  it('signs a checkpoint with the key it publishes, naming its size and root', async () => {
    const t = await logOf(5);
    const c = await checkpoint(t);
    assert.equal(c.origin, 'depositary.est.test/log');
    assert.equal(c.size, t.base + 5);
    assert.equal(toBase64(c.root), toBase64(await t.d.rootAt(t.base + 5)));
  });

  it('serves the exact leaf texts, a page at a time, at most 1000', async () => {
    const t = await logOf(1005);
    const page = async (q: string) =>
      (await json<{ entries: string[] }>(await t.req('GET', `/api/v1/log/entries?${q}`))).entries;
    const first = await page('start=0&end=3');
    assert.deepEqual(first, await t.log.entries(0, 3));
    assert.equal((JSON.parse(the(first[2], 'leaf')) as Entry).index, 2);
    assert.equal((await page('start=0&end=5000')).length, 1000);
    assert.equal((await page('start=1000&end=5000')).length, t.base + 1005 - 1000);
    assert.deepEqual(await page('start=2000&end=2001'), []);
    assert.deepEqual(await page('start=7&end=7'), []);
    for (const q of [
      'start=0',
      'end=1',
      'start=-1&end=2',
      'start=a&end=2',
      'start=5&end=2',
      'start=1e3&end=2000',
    ]) {
      await problem(await t.req('GET', `/api/v1/log/entries?${q}`), 400, 'malformed');
    }
  });

  it('proves every entry included, against the root of the checkpoint', async () => {
    const t = await logOf(13);
    const c = await checkpoint(t);
    const leaves = await t.log.entries(0, c.size);
    for (let i = 0; i < c.size; i += 1) {
      const { hashes } = await json<{ hashes: string[] }>(
        await t.req('GET', `/api/v1/log/proof/inclusion?index=${i}&size=${c.size}`),
      );
      const proof = hashes.map((h) => the(fromBase64(h) ?? undefined, 'hash'));
      const ok = await verifyInclusion(
        sha256,
        i,
        c.size,
        leafHashOf(sha256, the(leaves[i], 'leaf')),
        proof,
        c.root,
      );
      assert.equal(ok, true, `entry ${i}`);
    }
    assert.equal(c.size, t.base + 13);
    const [size, over] = [c.size, c.size + 1];
    await problem(
      await t.req('GET', `/api/v1/log/proof/inclusion?index=${size}&size=${size}`),
      400,
      'malformed',
    );
    await problem(await t.req('GET', `/api/v1/log/proof/inclusion?index=0&size=${over}`), 400, 'malformed');
    await problem(await t.req('GET', '/api/v1/log/proof/inclusion?index=0'), 400, 'malformed');
  });

  it('proves every earlier size consistent with the checkpoint', async () => {
    const t = await logOf(9);
    const c = await checkpoint(t);
    for (let from = 1; from <= c.size; from += 1) {
      const { hashes } = await json<{ hashes: string[] }>(
        await t.req('GET', `/api/v1/log/proof/consistency?from=${from}&to=${c.size}`),
      );
      const proof = hashes.map((h) => the(fromBase64(h) ?? undefined, 'hash'));
      const ok = await verifyConsistency(sha256, from, c.size, await t.d.rootAt(from), c.root, proof);
      assert.equal(ok, true, `from ${from}`);
    }
    assert.equal(c.size, t.base + 9);
    const [size, over] = [c.size, c.size + 1];
    await problem(
      await t.req('GET', `/api/v1/log/proof/consistency?from=${over}&to=${size}`),
      400,
      'malformed',
    );
    await problem(await t.req('GET', `/api/v1/log/proof/consistency?from=1&to=${over}`), 400, 'malformed');
  });
});

/** Reads a response's event stream until `count` events have come; returns their data. */
async function readEvents(r: Response, count: number): Promise<{ id: string; data: string }[]> {
  const reader = the(r.body ?? undefined, 'body').getReader() as ReadableStreamDefaultReader<Uint8Array>;
  const decoder = new TextDecoder();
  let text = '';
  const events: { id: string; data: string }[] = [];
  while (events.length < count) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = text.indexOf('\n\n')) >= 0) {
      const block = text.slice(0, end);
      text = text.slice(end + 2);
      const field = (name: string) =>
        block
          .split('\n')
          .filter((l) => l.startsWith(`${name}: `))
          .map((l) => l.slice(name.length + 2))
          .join('\n');
      if (field('data') !== '') events.push({ id: field('id'), data: field('data') });
    }
  }
  await reader.cancel();
  return events;
}

describe('GET /api/v1/stream', () => {
  it('sends each new entry as an event { index, leaf } with its index as id', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const base = t.d.size;
    const r = await t.req('GET', '/api/v1/stream');
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'text/event-stream');
    const events = readEvents(r, 1);
    await submit(t, the(RU, 'RU').envelope({ act: 'sign' }));
    const [event] = await events;
    assert.equal(event?.id, String(base));
    const data = JSON.parse(the(event, 'event').data) as { index: number; leaf: string };
    assert.equal(data.index, base);
    assert.equal(data.leaf, (await t.log.entries(base, base + 1))[0]);
  });

  it('resumes after Last-Event-ID (or from ?from=) with what the client missed', async () => {
    const t = await logOf(4);
    const resumed = await readEvents(
      await t.req('GET', '/api/v1/stream', undefined, { 'Last-Event-ID': '1' }),
      2,
    );
    assert.deepEqual(
      resumed.map((e) => e.id),
      ['2', '3'],
    );
    const from = await readEvents(await t.req('GET', '/api/v1/stream?from=0'), t.d.size);
    assert.deepEqual(
      from.map((e) => (JSON.parse(e.data) as { index: number }).index),
      Array.from({ length: t.d.size }, (_, i) => i),
    );
    await problem(await t.req('GET', '/api/v1/stream?from=x'), 400, 'malformed');
  });

  it('sends a heartbeat comment, and frees its place when the client goes', async () => {
    const t = await testApp({ deps: { limits: { streams: 1, heartbeatMs: 10 } } });
    const r = await t.req('GET', '/api/v1/stream');
    const reader = the(r.body ?? undefined, 'body').getReader() as ReadableStreamDefaultReader<Uint8Array>;
    const { value } = await reader.read();
    assert.match(new TextDecoder().decode(value), /^: heartbeat\n\n/);
    await problem(await t.req('GET', '/api/v1/stream'), 503, 'unavailable');
    await reader.cancel();
    // The place is freed once the server sees the client gone: ask until it is (503 meanwhile).
    const again = await waitFor(async () => {
      const r = await t.req('GET', '/api/v1/stream');
      if (r.status === 503) await r.body?.cancel();
      return r.status === 503 ? null : r;
    }, 'the stream place freed');
    assert.equal(again.status, 200);
    await again.body?.cancel();
  });

  it('ends open streams when the server shuts down', async () => {
    const shutdown = new AbortController();
    const t = await testApp({ deps: { signal: shutdown.signal } });
    const r = await t.req('GET', '/api/v1/stream');
    const reader = the(r.body ?? undefined, 'body').getReader();
    shutdown.abort();
    assert.equal((await reader.read()).done, true);
    await problem(await t.req('GET', '/api/v1/stream'), 503, 'unavailable');
  });
});

describe('health and metrics', () => {
  it('GET /healthz says ok and the log size', async () => {
    const t = await logOf(2);
    assert.deepEqual(await json(await t.req('GET', '/healthz')), { ok: true, size: t.base + 2 });
  });

  it('GET /metrics counts filings by outcome, times requests by route, and gives the log size', async () => {
    const t = await testApp();
    const { GB } = await t.parties('GB');
    const base = t.d.size;
    const gb = the(GB, 'GB');
    await submit(t, gb.envelope({ act: 'sign' }));
    await submit(t, gb.envelope({ act: 'ratify' }, 1));
    await submit(t, gb.envelope({ act: 'ratify' }, 2));
    await submit(t, gb.envelope({ act: 'sign' }, 3));
    await t.req('GET', '/nowhere');
    const r = await t.req('GET', '/metrics');
    assert.match(r.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    const text = await r.text();
    assert.match(text, /^est_filings_total\{outcome="accepted",status="201"\} 2$/m);
    assert.match(text, /^est_filings_total\{outcome="refused",status="201"\} 1$/m);
    assert.match(text, /^est_filings_total\{outcome="rejected",status="409"\} 1$/m);
    assert.match(
      text,
      /^est_http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/submissions",status="201"\} 3$/m,
    );
    assert.match(
      text,
      /^est_http_request_duration_seconds_count\{method="GET",route="unmatched",status="404"\} 1$/m,
    );
    assert.match(text, new RegExp(`^est_log_size ${base + 3}$`, 'm'));
  });

  it('include the process default metrics by default', async () => {
    const t = await testApp({ deps: { metrics: createMetrics() } });
    assert.match(await (await t.req('GET', '/metrics')).text(), /^process_cpu_user_seconds_total /m);
  });
});

describe('the cross-origin policy', () => {
  it('lets any web page file and read: receipts expose Location, preflights are answered 204', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const base = t.d.size;
    const r = await submit(t, the(RU, 'RU').envelope({ act: 'sign' }));
    await json(r, 201);
    assert.equal(r.headers.get('access-control-allow-origin'), '*');
    assert.match(r.headers.get('access-control-expose-headers') ?? '', /\bLocation\b/);
    assert.equal(r.headers.get('content-type'), 'application/json', 'the route still sets its own type');

    const pre = await t.req('OPTIONS', '/api/v1/submissions', undefined, {
      Origin: 'https://example.org',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), '*');
    assert.deepEqual(pre.headers.get('access-control-allow-methods')?.split(','), ['GET', 'HEAD', 'POST']);
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /Content-Type/);
    assert.doesNotMatch(
      pre.headers.get('access-control-allow-headers') ?? '',
      /Authorization/i,
      'the admin token is not sent across origins',
    );
    assert.equal(await t.log.size(), base + 1, 'a preflight files nothing');
  });

  it('puts the policy on problems too, so a page can read why it was refused', async () => {
    const t = await testApp();
    const r = await t.req('POST', '/api/v1/submissions', { v: 1 });
    await problem(r, 400, 'malformed');
    assert.equal(r.headers.get('access-control-allow-origin'), '*');
  });
});

describe('other errors', () => {
  it('an unknown route is a 404 problem', async () => {
    const t = await testApp();
    await problem(await t.req('GET', '/api/v2/anything'), 404, 'not-found');
    await problem(await t.req('PUT', '/api/v1/submissions', {}), 404, 'not-found');
  });

  it('a fault of the store is a 500 with a generic detail, logged on the server', async () => {
    const log = memoryEventLog();
    const broken: EventLog = { ...log, entries: () => Promise.reject(new Error('disk on fire')) };
    const t = await testApp({ log: broken });
    const p = await problem(await t.req('GET', '/api/v1/log/entries?start=0&end=1'), 500, 'internal');
    assert.doesNotMatch(p.detail, /disk on fire/);
    assert.equal(t.errors.length, 1);
    assert.match(t.errors[0] ?? '', /disk on fire/);
  });

  it('too many requests from one address are a 429 with Retry-After, until the bucket refills', async () => {
    const t = await testApp({
      deps: {
        limits: { ratePerSecond: 1, burst: 2 },
        clientAddress: (c) => c.req.header('x-test-client') ?? 'a',
      },
    });
    t.time.set('2010-01-15T09:00:00.000Z');
    const get = (client = 'a') =>
      t.req('GET', '/api/v1/log/checkpoint', undefined, { 'x-test-client': client });
    assert.equal((await get()).status, 200);
    assert.equal((await get()).status, 200);
    const limited = await get();
    assert.equal(limited.headers.get('retry-after'), '1');
    assert.equal(limited.headers.get('access-control-allow-origin'), '*', 'a web page can read the refusal');
    const p = await problem(limited, 429, 'rate-limited');
    assert.equal(p['retryAfter'], 1);
    assert.equal((await get('b')).status, 200, 'another address has its own bucket');
    t.time.set('2010-01-15T09:00:01.000Z');
    assert.equal((await get()).status, 200);
    assert.equal((await t.req('GET', '/healthz')).status, 200, 'health checks are not limited');
  });
});

describe('fuzzing the filing route', () => {
  const jsonValue = fc.jsonValue({ maxDepth: 4 });

  it('never answers 500 to random bodies, and logs nothing', async () => {
    const t = await testApp();
    await t.parties('RU');
    const base = t.d.size;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          jsonValue.map((v) => JSON.stringify(v)),
        ),
        async (body) => {
          const r = await submit(t, body);
          assert.ok([400, 401, 403, 409, 413].includes(r.status), `${r.status} for ${body}`);
          assert.equal(r.headers.get('content-type'), 'application/problem+json');
          assert.equal(t.d.size, base);
        },
      ),
      { numRuns: 300 },
    );
    assert.deepEqual(t.errors, []);
  });

  it('logs a mutated envelope only when its signature verifies and its seq is the next', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    const ru = the(RU, 'RU');
    const other = newKeyPair();
    const fields = ['v', 'party', 'keyId', 'seq', 'act', 'signature', 'extra'] as const;
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), field: fc.constantFrom(...fields), value: jsonValue }),
      fc.record({ kind: fc.constant('delete' as const), field: fc.constantFrom(...fields) }),
      fc.record({ kind: fc.constant('act' as const), field: fc.string({ maxLength: 12 }), value: jsonValue }),
      fc.record({ kind: fc.constant('seq' as const), delta: fc.integer({ min: -2, max: 2 }) }),
      fc.record({
        kind: fc.constant('resign' as const),
        act: fc.dictionary(fc.string({ maxLength: 8 }), jsonValue, { maxKeys: 3 }),
      }),
      fc.record({ kind: fc.constant('foreign' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { maxLength: 3 }),
        fc.constantFrom('sign', 'ratify', 'withdraw'),
        async (mutations, name) => {
          const next = t.d.nextSeq('RU');
          let env: Record<string, unknown> = ru.envelope({ act: name }, next);
          for (const m of mutations) {
            if (m.kind === 'set') env = { ...env, [m.field]: m.value };
            else if (m.kind === 'delete') {
              const { [m.field]: _gone, ...rest } = env;
              env = rest;
            } else if (m.kind === 'act')
              env = { ...env, act: { ...(env['act'] as object), [m.field]: m.value } };
            else if (m.kind === 'seq')
              env = ru.envelope((env['act'] ?? {}) as Record<string, unknown>, Math.max(0, next + m.delta));
            else if (m.kind === 'resign') env = ru.envelope(m.act, next);
            else env = { ...env, keyId: keyIdOf(sha256, other.publicKey) };
          }
          const before = t.d.size;
          const r = await submit(t, env);
          assert.notEqual(r.status, 500, await r.clone().text());
          if (r.status === 201) {
            const { signature, ...unsigned } = env as { signature: string } & Parameters<
              typeof signingBytes
            >[0];
            const sig = the(fromBase64(signature) ?? undefined, 'signature');
            assert.ok(
              ed25519Verify(ru.publicKey, signingBytes(unsigned), sig),
              'logged with a bad signature',
            );
            assert.equal(env['seq'], next, 'logged out of sequence');
            assert.equal(t.d.size, before + 1);
          } else if (r.status === 200) {
            // The filer's last logged envelope, sent again: its receipt, nothing logged.
            assert.equal(env['seq'], next - 1, 'a 200 is only for the last logged filing');
            assert.equal(t.d.size, before, 'replayed yet logged');
            const receipt = (await r.json()) as { index: number };
            const [leaf] = await t.log.entries(receipt.index, receipt.index + 1);
            const logged = (JSON.parse(leaf ?? '{}') as { envelope?: unknown }).envelope;
            assert.deepEqual(logged, env, 'the envelope logged at that index is the one sent');
          } else {
            assert.equal(t.d.size, before, `${r.status} yet logged`);
            assert.equal(r.headers.get('content-type'), 'application/problem+json');
          }
        },
      ),
      { numRuns: 400 },
    );
    assert.deepEqual(t.errors, []);
  });
});

describe('GET /api/v1/settings', () => {
  it('gives the treaty, the parameters, the origin, the verifier key and the size', async () => {
    const { app, d } = await testApp();
    const r = await app.request('/api/v1/settings');
    assert.equal(r.status, 200);
    const body = (await r.json()) as {
      treaty: string;
      parameters: Record<string, unknown>;
      origin: string;
      verifierKey: string;
      size: number;
    };
    assert.equal(body.treaty, 'est-2009');
    assert.deepEqual(body.parameters['conference.quorum'], { num: 2, den: 3 });
    assert.equal(body.verifierKey, d.verifierKey);
    assert.equal(body.size, d.size);
  });
});

describe('security headers', () => {
  it('every answer (API, problem, web file) carries the CSP, nosniff, no framing and no referrer', async () => {
    const t = await testApp();
    for (const [path, status] of [
      ['/api/v1/settings', 200],
      ['/api/v1/nowhere', 404],
    ] as const) {
      const r = await t.req('GET', path);
      assert.equal(r.status, status, path);
      const csp = r.headers.get('Content-Security-Policy') ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, `${path}: no inline or eval'd scripts`);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.equal(r.headers.get('X-Content-Type-Options'), 'nosniff', path);
      assert.equal(r.headers.get('X-Frame-Options'), 'DENY', path);
      assert.equal(r.headers.get('Referrer-Policy'), 'no-referrer', path);
      // The data is public and readable from other origins (CORS), so not same-origin only.
      assert.equal(r.headers.get('Cross-Origin-Resource-Policy'), 'cross-origin', path);
    }
  });
});
