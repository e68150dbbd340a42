import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toBase64 } from '../log/bytes.ts';
import { leafHashOf } from '../log/entry.ts';
import { verifyConsistency, verifyInclusion } from '../log/merkle.ts';
import { sha256 } from '../log/node-crypto.ts';
import { ApiError, BadResponseError, DepositaryClient, NetworkError, serverUrl } from './http.ts';
import { testClient } from '../../test/support/depositary-client.ts';
import { fileHistory, testDepositary } from './testing.ts';

/** A client whose fetch answers with a fixed response. */
const answering = (status: number, body: string, type = 'application/json') =>
  new DepositaryClient('http://x.test', {
    fetch: () => Promise.resolve(new Response(body, { status, headers: { 'Content-Type': type } })),
  });

describe('serverUrl', () => {
  it('takes a bare host:port, keeps a path prefix, and refuses what is not http(s)', () => {
    assert.equal(serverUrl('localhost:8080').toString(), 'http://localhost:8080/');
    assert.equal(serverUrl('https://d.example/est').toString(), 'https://d.example/est/');
    assert.equal(
      new DepositaryClient('https://d.example/est').url('/api/v1/keys').toString(),
      'https://d.example/est/api/v1/keys',
    );
    assert.throws(() => serverUrl('ftp://x'), /not an http/);
    assert.throws(() => serverUrl('http://'), /not a server URL/);
  });
});

describe('errors', () => {
  it('a problem+json answer becomes an ApiError with its status, title, detail and members', async () => {
    const client = answering(
      409,
      JSON.stringify({
        type: 'https://est.example/problems/seq-conflict',
        title: 'Replayed filing',
        status: 409,
        detail: 'seq 1 of RU is already in the log; the next is 2',
        expected: 2,
      }),
      'application/problem+json',
    );
    const e = await client.party('RU').then(
      () => assert.fail('no error'),
      (err: unknown) => err,
    );
    assert.ok(e instanceof ApiError);
    assert.equal(e.status, 409);
    assert.equal(e.title, 'Replayed filing');
    assert.equal(e.kind, 'seq-conflict');
    assert.equal(e.problem['expected'], 2);
    assert.equal(e.message, '409 Replayed filing: seq 1 of RU is already in the log; the next is 2');
  });

  it('an error without a problem document keeps its status and text', async () => {
    const e = await answering(502, 'Bad gateway', 'text/plain')
      .checkpoint()
      .catch((err: unknown) => err);
    assert.ok(e instanceof ApiError);
    assert.equal(e.status, 502);
    assert.equal(e.detail, 'Bad gateway');
  });

  it('an unreachable server is a NetworkError that names it', async () => {
    const client = new DepositaryClient('http://127.0.0.1:9', {
      fetch: () => Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })),
    });
    await assert.rejects(client.keys(), (e: unknown) => {
      assert.ok(e instanceof NetworkError);
      assert.match(e.message, /cannot reach the depositary at http:\/\/127.0.0.1:9: ECONNREFUSED/);
      return true;
    });
  });

  it('an answer that is not what the API promises is a BadResponseError', async () => {
    await assert.rejects(answering(200, 'not json').keys(), BadResponseError);
    await assert.rejects(answering(200, '{"keys":[{"party":1}]}').keys(), BadResponseError);
    await assert.rejects(answering(200, '{"entries":[1]}').entries(0, 1), BadResponseError);
    await assert.rejects(answering(200, '{"entries":["a","b"]}').entries(0, 1), /2 entries for 1 asked/);
    await assert.rejects(answering(200, '{"hashes":["AAAA"]}').inclusionProof(0, 1), BadResponseError);
    await assert.rejects(answering(200, '{"index":0}').submit({} as never), /not a receipt/);
    await assert.rejects(answering(200, '{}').party('RU'), /no nextSeq/);
  });

  it('takes the key list bare or wrapped', async () => {
    const k = { party: 'RU', keyId: '0011223344556677', publicKey: 'x', addedAt: '', revokedAt: null };
    assert.deepEqual(await answering(200, JSON.stringify([k])).keys(), [k]);
    assert.deepEqual(await answering(200, JSON.stringify({ keys: [k] })).keys(), [k]);
  });
});

describe('against the depositary’s app', () => {
  it('reads the party, keys, checkpoint, key, treaty and entries', async () => {
    const t = await testDepositary(['RU', 'BY', 'DE', 'FR']);
    await fileHistory(t, 9);
    const client = testClient(t.d);
    assert.equal((await client.party('RU')).nextSeq, 3);
    assert.equal((await client.keys()).length, 4);
    assert.equal(await client.checkpoint(), await t.d.checkpoint());
    assert.equal(await client.verifierKey(), t.d.verifierKey);
    assert.equal(await client.treaty(), 'est-2009');
    assert.deepEqual(await client.allEntries(9), await t.d.entries(0, 9));
  });

  it('reads all entries in pages, with progress after each', async () => {
    const t = await testDepositary(['RU', 'BY', 'DE', 'FR']);
    await fileHistory(t, 25);
    const asked: string[] = [];
    const client = testClient(t.d, (url, r) => (asked.push(url.search), r));
    const pages: number[] = [];
    for await (const page of client.pages(0, 25, 10)) pages.push(page.length);
    assert.deepEqual(pages, [10, 10, 5]);
    assert.deepEqual(asked, ['?start=0&end=10', '?start=10&end=20', '?start=20&end=25']);
    const progress: number[] = [];
    const all = await client.allEntries(25, (done) => progress.push(done));
    assert.equal(all.length, 25);
    assert.deepEqual(progress, [25]);
    // A server that has fewer entries than asked: the pages stop where it stops (the 25 filings
    // follow the entries that lodged the four keys).
    assert.equal(t.d.size, t.base + 25);
    assert.equal((await client.allEntries(t.d.size + 11)).length, t.d.size);
  });

  it('decodes proofs that verify', async () => {
    const t = await testDepositary(['RU', 'BY', 'DE', 'FR']);
    await fileHistory(t, 11);
    const client = testClient(t.d);
    const leaves = await client.allEntries(11);
    const root = await t.d.rootAt(11);
    const proof = await client.inclusionProof(5, 11);
    assert.ok(await verifyInclusion(sha256, 5, 11, leafHashOf(sha256, leaves[5]!), proof, root));
    const consistency = await client.consistencyProof(6, 11);
    assert.ok(await verifyConsistency(sha256, 6, 11, await t.d.rootAt(6), root, consistency));
  });

  it('files a signed envelope and gets its receipt; a refusal is an ApiError', async () => {
    const t = await testDepositary(['RU']);
    const client = testClient(t.d);
    const receipt = await client.submit(t.filer('RU').envelope({ act: 'sign' }));
    assert.equal(receipt.index, t.base);
    assert.equal(receipt.leafHash, toBase64(leafHashOf(sha256, (await t.d.entries(t.base, t.base + 1))[0]!)));
    const replay = t.filer('RU').envelope({ act: 'ratify' }, 1);
    await assert.rejects(client.submit(replay), (e: unknown) => e instanceof ApiError && e.status === 409);
    const forged = { ...t.filer('RU').envelope({ act: 'ratify' }, 2), act: { act: 'withdraw' } };
    await assert.rejects(
      client.submit(forged),
      (e: unknown) => e instanceof ApiError && e.kind === 'bad-signature',
    );
  });
});
