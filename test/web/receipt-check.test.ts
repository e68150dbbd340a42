/**
 * The browser's receipt check (web/src/receipt-check.ts) under Node, whose WebCrypto it uses as the
 * browser's: receipts from a depositary on the in-memory store, checked against its API; which
 * checks ran, passed or failed when the receipt, the key or today's log is not what it should be.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromBase64 } from '../../src/log/bytes.ts';
import type { LogSources } from '../../src/log/receipt.ts';
import { newKeyPair, sha256 } from '../../src/log/node-crypto.ts';
import { formatVerifierKey, noteKey } from '../../src/log/note.ts';
import type { ReceiptVerdict } from '../../web/src/receipt-check.ts';
import { checkReceiptText } from '../../web/src/receipt-check.ts';
import type { TestApp } from '../server/helpers.ts';
import { testApp, the } from '../server/helpers.ts';

/** Today's log, read through the app's API as the browser reads it. */
function sources(t: TestApp): LogSources {
  const json = async <T>(path: string): Promise<T> => {
    const r = await t.req('GET', path);
    assert.equal(r.status, 200, path);
    return (await r.json()) as T;
  };
  return {
    checkpoint: async () => (await t.req('GET', '/api/v1/log/checkpoint')).text(),
    consistencyProof: async (from, to) =>
      (await json<{ hashes: string[] }>(`/api/v1/log/proof/consistency?from=${from}&to=${to}`)).hashes.map(
        (h) => fromBase64(h) as Uint8Array,
      ),
    entries: async (start, end) =>
      (await json<{ entries: string[] }>(`/api/v1/log/entries?start=${start}&end=${end}`)).entries,
  };
}

async function filed() {
  const t = await testApp();
  const { FR, DE } = await t.parties('FR', 'DE');
  const fr = the(FR, 'FR');
  const envelope = fr.envelope({ act: 'sign' });
  const r = await t.req('POST', '/api/v1/submissions', envelope);
  assert.equal(r.status, 201);
  const receipt = (await r.json()) as { index: number; proof: string; checkpoint: string; leafHash: string };
  const text = JSON.stringify({ v: 1, envelope, receipt });
  const key = await (await t.req('GET', '/api/v1/log/key')).text();
  return { t, text, receipt, envelope, key, de: the(DE, 'DE') };
}

const checked = (v: ReceiptVerdict) => {
  assert.equal(v.kind, 'checked');
  return v;
};

describe('checking a receipt in the browser (under Node)', () => {
  it('passes every check of a true receipt, once the log has grown', async () => {
    const { t, text, key, de, receipt } = await filed();
    const r = await t.req('POST', '/api/v1/submissions', de.envelope({ act: 'sign' }));
    assert.equal(r.status, 201);
    const v = checked(await checkReceiptText(text, key, sources(t)));
    assert.equal(v.result.ok, true, JSON.stringify(v.result.problems));
    assert.equal(v.result.index, receipt.index);
    assert.equal(v.result.current, t.d.size);
    assert.ok((v.result.signed?.size ?? 0) < t.d.size);
    assert.deepEqual(Object.values(v.statuses), Array(7).fill('passed'));
  });

  it('with another key: the checkpoint fails, and what rests on it is not checked', async () => {
    const { t, text } = await filed();
    const other = formatVerifierKey(await noteKey(sha256, 'depositary.est.test', newKeyPair().publicKey));
    const v = checked(await checkReceiptText(text, other, sources(t)));
    assert.equal(v.result.ok, false);
    assert.deepEqual(v.statuses, {
      leaf: 'passed',
      checkpoint: 'failed',
      proof: 'not-checked',
      inclusion: 'not-checked',
      log: 'not-checked',
      consistency: 'not-checked',
      entry: 'not-checked',
    });
    assert.deepEqual((await checkReceiptText(text, 'not a key', sources(t))).kind, 'verifier-key');
  });

  it('with a proof that is no tlog-proof: the proof fails, inclusion is not checked, the log still is', async () => {
    const { t, text, receipt, key } = await filed();
    const broken = text.replace(JSON.stringify(receipt.proof), JSON.stringify(`x${receipt.proof}`));
    assert.notEqual(broken, text);
    const v = checked(await checkReceiptText(broken, key, sources(t)));
    assert.equal(v.statuses.proof, 'failed');
    assert.equal(v.statuses.inclusion, 'not-checked');
    assert.equal(v.statuses.log, 'passed');
    assert.equal(v.statuses.entry, 'passed');
  });

  it('against a log that signs fewer entries than the receipt’s tree: the log fails, no proof is asked', async () => {
    const t = await testApp();
    const { FR } = await t.parties('FR');
    const before = await (await t.req('GET', '/api/v1/log/checkpoint')).text();
    const envelope = the(FR, 'FR').envelope({ act: 'sign' });
    const receipt: unknown = await (await t.req('POST', '/api/v1/submissions', envelope)).json();
    const key = await (await t.req('GET', '/api/v1/log/key')).text();
    const v = checked(
      await checkReceiptText(JSON.stringify({ v: 1, envelope, receipt }), key, {
        ...sources(t),
        checkpoint: () => Promise.resolve(before),
        consistencyProof: () => assert.fail('no consistency proof is asked of a smaller log'),
      }),
    );
    assert.equal(v.statuses.log, 'failed');
    assert.equal(v.statuses.consistency, 'not-checked');
    assert.equal(v.statuses.entry, 'not-checked');
    assert.match(v.result.problems[0]?.detail ?? '', /entries were removed/);
  });

  it('names a text that is not a receipt file', async () => {
    const { t, key } = await filed();
    const v = await checkReceiptText('{"v":1}', key, sources(t));
    assert.equal(v.kind, 'unreadable');
    assert.match(v.kind === 'unreadable' ? v.reason : '', /not a receipt file/);
  });
});
