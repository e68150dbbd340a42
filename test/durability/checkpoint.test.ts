/**
 * The depositary signs only what is durable: a checkpoint asked for while a batch is being written
 * (the store's append not yet resolved, as on PostgreSQL under load) must sign the tree of the
 * entries already committed, never one that includes the batch in flight, which may yet fail. A
 * signed tree head that a later one does not extend would look, to every auditor, like a forked log.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Depositary } from '../../src/app/depositary.ts';
import { toBase64 } from '../../src/log/bytes.ts';
import { leafHashOf } from '../../src/log/entry.ts';
import { newKeyPair, sha256 } from '../../src/log/node-crypto.ts';
import { parseCheckpoint } from '../../src/log/note.ts';
import type { EventLog } from '../../src/store/event-log.ts';
import { memoryEventLog } from '../../src/store/memory/event-log.ts';
import { Filer } from '../../src/app/testing.ts';
import { merkleRoot } from './helpers.ts';

/** A memory store whose appends wait until the test lets them through (or fail). */
function gatedLog() {
  const inner = memoryEventLog();
  let gate: { open: () => void; fail: (e: Error) => void } | null = null;
  let held = false;
  const log: EventLog = {
    ...inner,
    append: async (entries, nodes) => {
      if (held) {
        await new Promise<void>((open, fail) => (gate = { open, fail }));
        gate = null;
      }
      return inner.append(entries, nodes);
    },
  };
  const waiting = async () => {
    for (let i = 0; i < 1000 && gate === null; i += 1) await new Promise((r) => setTimeout(r, 1));
    assert.ok(gate, 'an append is waiting');
    return gate;
  };
  return { inner, log, hold: (on: boolean) => (held = on), waiting };
}

async function open(log: EventLog) {
  const d = await Depositary.open({
    log,
    clock: () => new Date('2010-01-15T09:00:00.000Z'),
    key: { name: 'depositary.est.test', seed: newKeyPair().seed },
    origin: 'depositary.est.test',
  });
  const ru = new Filer('RU');
  await d.lodgeKey('RU', ru.publicKeyBase64);
  // The key lodged is an entry of the log: RU's filings come after it.
  return { d, ru, base: d.size };
}

function signed(note: string) {
  const c = parseCheckpoint(note.slice(0, note.indexOf('\n\n') + 1));
  assert.ok(c, note);
  return { size: c.size, root: toBase64(c.root) };
}

async function rootOfStored(log: EventLog, size: number): Promise<string> {
  return toBase64(merkleRoot((await log.entries(0, size)).map((l) => leafHashOf(sha256, l))));
}

describe('checkpoints while a batch is being written', () => {
  it('sign the tree of the committed entries, not of the batch in flight', async () => {
    const g = gatedLog();
    const { d, ru, base } = await open(g.log);
    await d.file(ru.envelope({ act: 'sign' }, 1));
    const committed = base + 1;
    g.hold(true);
    const pending = d.file(ru.envelope({ act: 'ratify' }, 2));
    const gate = await g.waiting();
    const during = signed(await d.checkpoint());
    gate.open();
    const receipt = await pending;
    assert.equal(receipt.index, committed);
    assert.equal(during.size, committed);
    assert.equal(
      during.root,
      await rootOfStored(g.inner, committed),
      `the root signed at size ${committed} is that of entries 0..${committed - 1}`,
    );
    assert.deepEqual(signed(await d.checkpoint()), {
      size: committed + 1,
      root: await rootOfStored(g.inner, committed + 1),
    });
  });

  it('never sign entries whose append then fails', async () => {
    const g = gatedLog();
    const { d, ru, base } = await open(g.log);
    await d.file(ru.envelope({ act: 'sign' }, 1));
    const size = base + 1;
    const committed = await rootOfStored(g.inner, size);
    g.hold(true);
    const pending = d.file(ru.envelope({ act: 'ratify' }, 2));
    const gate = await g.waiting();
    const during = signed(await d.checkpoint());
    g.hold(false);
    gate.fail(new Error('disk full'));
    await assert.rejects(pending);
    assert.deepEqual(during, { size, root: committed });
    // Once the depositary has reloaded, the seq is free again and the next filing takes the index
    // the failed one would have had.
    const receipt = await d.file(ru.envelope({ act: 'ratify' }, 2));
    assert.equal(receipt.index, size);
    assert.deepEqual(signed(await d.checkpoint()), {
      size: size + 1,
      root: await rootOfStored(g.inner, size + 1),
    });
  });

  it('never sign a smaller tree than one already signed, even while reloading after a failed append', async () => {
    const g = gatedLog();
    const { d, ru } = await open(g.log);
    await d.file(ru.envelope({ act: 'sign' }, 1));
    const before = signed(await d.checkpoint());
    g.hold(true);
    const pending = d.file(ru.envelope({ act: 'ratify' }, 2));
    const gate = await g.waiting();
    g.hold(false);
    gate.fail(new Error('connection reset'));
    await assert.rejects(pending);
    // The depositary is now rebuilding its state from the log: what it signs meanwhile must still
    // be the log it has signed before (or nothing: a 503), not the empty tree it starts the rebuild from.
    const meanwhile = await d.checkpoint().then(signed, () => null);
    if (meanwhile !== null) assert.deepEqual(meanwhile, before);
    assert.ok(d.size >= before.size, `the log's size went from ${before.size} to ${d.size}`);
  });
});
