/**
 * A filing sent again after it was logged (a filer that lost the answer, or was told the outcome
 * was not known yet) is answered 200 with the receipt of its entry, never logged twice; the same
 * seq with another envelope is still a replay of the seq, refused 409.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { problem, testApp } from './helpers.ts';

describe('POST /api/v1/submissions, the same filing again', () => {
  it('answers 200 with the receipt of the entry already logged, and counts it as replayed', async () => {
    const t = await testApp();
    const { RU } = await t.parties('RU');
    assert.ok(RU);
    const envelope = RU.envelope({ act: 'sign' });
    const first = await t.req('POST', '/api/v1/submissions', envelope);
    assert.equal(first.status, 201, await first.clone().text());
    const receipt = (await first.json()) as { index: number; leafHash: string; receivedAt: string };
    const size = t.d.size;

    t.time.set('2010-02-01T00:00:00.000Z');
    const again = await t.req('POST', '/api/v1/submissions', envelope);
    assert.equal(again.status, 200, await again.clone().text());
    const same = (await again.json()) as typeof receipt & { checkpoint: string; proof: string };
    assert.equal(same.index, receipt.index);
    assert.equal(same.leafHash, receipt.leafHash);
    assert.equal(same.receivedAt, receipt.receivedAt, 'the time of the first receipt, not of the retry');
    assert.match(same.proof, /^c2sp.org\/tlog-proof@v1\n/);
    assert.equal(t.d.size, size, 'nothing more was logged');

    const other = await t.req('POST', '/api/v1/submissions', RU.envelope({ act: 'ratify' }, 1));
    await problem(other, 409, 'seq-conflict');

    const metrics = await (await t.req('GET', '/metrics')).text();
    assert.match(metrics, /est_filings_total\{outcome="replayed",status="200"\} 1/);
  });
});
