import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEPOSITARY, Depositary } from '../../src/app/depositary.ts';
import { DEMO_STEPS, fileDemo } from '../../src/app/demo.ts';
import type { Entry } from '../../src/log/entry.ts';
import { newKeyPair } from '../../src/log/node-crypto.ts';
import { memoryEventLog } from '../../src/store/memory/event-log.ts';

async function demo() {
  let now = new Date('2030-01-01T00:00:00.000Z');
  const log = memoryEventLog();
  const d = await Depositary.open({
    log,
    clock: () => now,
    key: { name: 'demo.test', seed: newKeyPair().seed },
    origin: 'demo.test/log',
  });
  const result = await fileDemo(d, (at) => (now = at));
  return { d, log, result, setNow: (at: Date) => (now = at) };
}

describe('the demo history', () => {
  it('is in date order', () => {
    const days = DEMO_STEPS.map((s) => s.on);
    assert.deepEqual(days, [...days].sort());
  });

  it('is filed through the signed path, dated by the simulated clock, with only the refusals it means', async () => {
    const { d, log, result } = await demo();
    // One act per filer of each step; before them, one key lodged (an entry) for each Party that files.
    const filers = DEMO_STEPS.flatMap((s) => (typeof s.by === 'string' ? [s.by] : [...s.by]));
    const parties = new Set(filers.filter((p) => p !== DEPOSITARY));
    const lodged = await d.keys();
    assert.deepEqual(new Set(lodged.map((k) => k.party)), parties);
    assert.equal(lodged.length, parties.size);
    assert.deepEqual(result, { filed: filers.length, refused: 2, from: '2010-02-01', to: '2012-06-08' });
    assert.equal(d.size, lodged.length + result.filed);
    const entries = (await log.entries(0, d.size)).map((l) => JSON.parse(l) as Entry);
    const keyEntries = entries.slice(0, lodged.length);
    assert.deepEqual(
      lodged.map((k) => k.lodgedIndex),
      keyEntries.map((_, i) => i),
    );
    for (const e of keyEntries) {
      assert.equal(e.envelope.party, DEPOSITARY);
      assert.equal(e.envelope.act['act'], 'lodge-key');
      assert.equal(e.receivedAt, '2010-02-01T08:00:00.000Z');
    }
    assert.equal(entries[lodged.length]?.receivedAt, '2010-02-01T09:00:00.000Z');
    assert.equal(entries.at(-1)?.receivedAt.slice(0, 10), '2012-06-08');
    assert.ok(entries.every((e) => e.envelope.signature.length === 88));
    const o = await d.outcome();
    assert.deepEqual(
      o.rejected.map((r) => [r.act, r.by, r.code]),
      [
        ['sign', 'CN', 'not_eligible'],
        ['vote', 'AZ', 'vote_excluded'],
      ],
    );
    assert.equal(o.entryIntoForce, '2010-09-01');
    assert.equal(o.parties.filter((p) => p.status === 'signatory').length, 8);
    assert.equal(o.parties.find((p) => p.id === 'SE')?.inForceFrom, '2010-12-15');
  });

  it('holds a quorate Conference where one objection blocks, and an Extraordinary Conference without the attacker\u2019s vote', async () => {
    const { d } = await demo();
    const byId = new Map((await d.outcome()).procedures.map((p) => [p.id, p]));
    assert.equal(byId.get('ir-western-district')?.answered, '2011-03-10');
    const conf = byId.get('conf-missile-defence');
    assert.equal(conf?.quorum?.met, true);
    assert.deepEqual(
      conf?.decisions?.map((x) => [x.id, x.adopted, x.blockedBy]),
      [
        ['consent-to-deployments', false, ['FR']],
        ['expert-group', true, []],
      ],
    );
    const xc = byId.get('xc-tavush');
    assert.deepEqual(xc?.excluded, ['AZ']);
    assert.equal(xc?.quorum?.met, true);
    assert.deepEqual(
      xc?.decisions?.map((x) => [x.id, x.adopted]),
      [
        ['ceasefire', true],
        ['osce-monitors', true],
      ],
    );
  });

  it('leaves the depositary on the real clock afterwards, never going back in time', async () => {
    const { d, setNow } = await demo();
    setNow(new Date('2009-01-01T00:00:00.000Z'));
    const r = await d.fileOwn({ act: 'close', procedure: 'xc-tavush' });
    assert.equal(r.receivedAt.slice(0, 10), '2012-06-08');
  });
});
