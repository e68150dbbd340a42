/**
 * Bad operator input and damaged stores (issue 15, item 6): the Party of a key route is checked by
 * the rule a filing's filer is checked by (src/log/record.ts partyIdProblem), before the body, and
 * refused with a 400 that shows the id cut short and says what is expected; and a tree node the
 * store has lost is a named 500 (`store-damaged`), logged on one line, never "internal error".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeNode } from '../../src/app/errors.ts';
import { MAX_PARTY_ID_LENGTH } from '../../src/log/entry.ts';
import type { NodeId } from '../../src/log/merkle.ts';
import type { EventLog } from '../../src/store/event-log.ts';
import { StoreError, missingNodeOf, nodeKey } from '../../src/store/event-log.ts';
import { memoryEventLog } from '../../src/store/memory/event-log.ts';
import { ADMIN, Filer, problem, testApp } from './helpers.ts';

const LONGEST = `x:${'a'.repeat(MAX_PARTY_ID_LENGTH - 2)}`;
const HUGE = `x:${'b'.repeat(4998)}`;

describe('the key routes', () => {
  const lodge = (t: Awaited<ReturnType<typeof testApp>>, id: string, body: unknown) =>
    t.req('POST', `/api/v1/admin/parties/${encodeURIComponent(id)}/keys`, body, ADMIN);

  it('refuse a 5,000-character party id with a 400 that shows it cut short and what is expected', async () => {
    const t = await testApp();
    const p = await problem(
      await lodge(t, HUGE, { publicKey: new Filer('RU').publicKeyBase64 }),
      400,
      'malformed',
    );
    assert.ok(p.detail.length < 400, `${p.detail.length} characters`);
    assert.ok(
      p.detail.startsWith(`"x:${'b'.repeat(22)}…" (5000 characters) is not a Party id: expected `),
      p.detail,
    );
    assert.match(p.detail, /ISO 3166-1 alpha-2.*organization.*x:name.*at most 64 characters/);
    assert.equal(t.d.size, 0);
  });

  it('lodge a key for the longest id a filing may carry, which then files under it', async () => {
    const t = await testApp();
    const filer = new Filer(LONGEST);
    const r = await lodge(t, LONGEST, { publicKey: filer.publicKeyBase64 });
    assert.equal(r.status, 201, await r.clone().text());
    const filed = await t.req('POST', '/api/v1/submissions', filer.envelope({ act: 'sign' }));
    assert.equal(filed.status, 201, await filed.clone().text());
    const tooLong = await lodge(t, `${LONGEST}a`, { publicKey: new Filer('RU').publicKeyBase64 });
    assert.match((await problem(tooLong, 400, 'malformed')).detail, /\(65 characters\) is not a Party id/);
  });

  it('check the party before the body: a bad id with a bad body is refused for the id', async () => {
    const t = await testApp();
    const p = await problem(await lodge(t, 'ZZ', 'not json at all'), 400, 'malformed');
    assert.match(p.detail, /^"ZZ" is not a Party id: expected /);
  });

  it('refuse the Depositary and the Council, naming where their acts go', async () => {
    const t = await testApp();
    for (const id of ['DEPOSITARY', 'UNSC']) {
      const p = await problem(
        await lodge(t, id, { publicKey: new Filer(id).publicKeyBase64 }),
        400,
        'malformed',
      );
      assert.match(p.detail, new RegExp(`^${id} is the .*POST /api/v1/admin/acts`));
    }
    assert.equal(t.d.size, 0);
  });

  it('refuse revoking a key of an id that could never file with a 400, not a 404', async () => {
    const t = await testApp();
    const r = await t.req(
      'DELETE',
      `/api/v1/admin/parties/${encodeURIComponent(HUGE)}/keys/0123456789abcdef`,
      undefined,
      ADMIN,
    );
    const p = await problem(r, 400, 'malformed');
    assert.match(p.detail, /\(5000 characters\) is not a Party id/);
  });
});

/** A memory store that has lost one node (as a store reports it: StoreError `missing_node`). */
function losing(lost: NodeId): EventLog {
  const log = memoryEventLog();
  return {
    ...log,
    nodes: async (ids) => {
      if (ids.some((id) => nodeKey(id) === nodeKey(lost)))
        throw new StoreError('missing_node', `node ${nodeKey(lost)} is not stored`);
      return log.nodes(ids);
    },
  };
}

describe('a tree node missing from the store', () => {
  it('is named by the entries it covers (level L, index I: entries I*2^L to (I+1)*2^L - 1)', () => {
    assert.equal(describeNode(3, 2125), 'tree node 3/2125 (the hash of entries 17000 to 17007)');
    assert.equal(describeNode(0, 5), 'tree node 0/5 (the leaf hash of entry 5)');
    assert.deepEqual(missingNodeOf(new StoreError('missing_node', 'node 3/2125 is not stored')), {
      level: 3,
      index: 2125,
    });
    assert.equal(missingNodeOf(new StoreError('store_fault', 'node 3/2125 is not stored')), null);
  });

  it('makes a proof that needs it a 500 store-damaged naming it, logged on one line', async () => {
    const log = losing({ level: 1, index: 0 });
    const t = await testApp({ log, deps: { log } });
    await t.parties('RU', 'US', 'GB', 'FR');
    assert.equal(t.d.size, 4);
    const p = await problem(
      await t.req('GET', '/api/v1/log/proof/inclusion?index=2&size=4'),
      500,
      'store-damaged',
    );
    assert.match(p.detail, /tree node 1\/0 \(the hash of entries 0 to 1\) is missing/);
    assert.equal(p['node'], '1/0');
    assert.equal(t.errors.length, 1, t.errors.join('\n---\n'));
    const line = t.errors[0] ?? '';
    assert.doesNotMatch(line, /\n/);
    assert.match(
      line,
      /^est serve: GET \/api\/v1\/log\/proof\/inclusion failed: the store is damaged: tree node 1\/0 \(the hash of entries 0 to 1\) is not stored.*Restore the store from a backup/,
    );
    // A proof that does not need the node is still served.
    const other = await t.req('GET', '/api/v1/log/proof/inclusion?index=0&size=2');
    assert.equal(other.status, 200, await other.clone().text());
  });

  it('makes a tile that holds it a 500 store-damaged naming it', async () => {
    const log = losing({ level: 0, index: 2 });
    const t = await testApp({ log, deps: { log } });
    await t.parties('RU', 'US', 'GB', 'FR');
    const p = await problem(await t.req('GET', '/tlog/tile/0/000.p/4'), 500, 'store-damaged');
    assert.match(p.detail, /tree node 0\/2 \(the leaf hash of entry 2\) is missing/);
    assert.equal(t.errors.length, 1);
    assert.doesNotMatch(t.errors[0] ?? '', /\n/);
  });
});
