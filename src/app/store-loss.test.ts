/**
 * The depositary when its store goes away: an append that fails before its commit, one whose
 * commit went through but whose answer was lost, a store away for longer than filers wait, and a
 * filing sent again afterwards. The store here is the memory store behind a switch that makes its
 * calls fail as a lost connection does; test/store/postgres-loss.int.test.ts cuts real connections.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toBase64 } from '../log/bytes.ts';
import { newKeyPair } from '../log/node-crypto.ts';
import type { EventLog } from '../store/event-log.ts';
import { StoreUnavailableError } from '../store/event-log.ts';
import { memoryEventLog } from '../store/memory/event-log.ts';
import { Depositary } from './depositary.ts';
import { DepositaryError } from './errors.ts';
import { Filer, testClock } from './testing.ts';

const KEY = newKeyPair();

/**
 * A store whose calls fail while `down`; `commitThenFail` makes the next append commit and then
 * fail, and `commitThenDown` makes it commit and then take the store away.
 */
function flaky(inner: EventLog) {
  const state = { down: false, commitThenFail: false, commitThenDown: false, appends: 0 };
  const away = () => new StoreUnavailableError('memory: Connection terminated unexpectedly');
  const guard =
    <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      if (state.down) throw away();
      return f(...a);
    };
  const log: EventLog = {
    ...inner,
    name: 'flaky',
    size: guard(() => inner.size()),
    entries: guard((s: number, e: number) => inner.entries(s, e)),
    nodes: guard((ids) => inner.nodes(ids)),
    getSetting: guard((n: string) => inner.getSetting(n)),
    setSetting: guard((n: string, v: string) => inner.setSetting(n, v)),
    keys: guard((p?: string) => inner.keys(p)),
    append: async (entries, nodes) => {
      if (state.down) throw away();
      state.appends += 1;
      if (state.commitThenFail || state.commitThenDown) {
        state.down = state.commitThenDown;
        state.commitThenFail = state.commitThenDown = false;
        await inner.append(entries, nodes);
        throw away();
      }
      return inner.append(entries, nodes);
    },
  };
  return { log, state };
}

async function setUp(recoverWaitMs = 5_000) {
  const inner = memoryEventLog();
  const { log, state } = flaky(inner);
  const notices: string[] = [];
  const d = await Depositary.open({
    log,
    clock: testClock().read,
    key: { name: 'depositary.est.test', seed: KEY.seed },
    origin: 'depositary.est.test/log',
    recoverWaitMs,
    notice: (m) => notices.push(m),
  });
  const ru = new Filer('RU');
  await d.lodgeKey('RU', toBase64(ru.publicKey));
  return { d, inner, state, ru, notices };
}

async function refusal(p: Promise<unknown>): Promise<DepositaryError> {
  const e = await p.then(
    () => assert.fail('expected a refusal, but the filing was taken'),
    (err: unknown) => err,
  );
  assert.ok(e instanceof DepositaryError, String(e));
  return e;
}

/** The (party, seq) pairs in the store, in order. */
async function logged(inner: EventLog): Promise<string[]> {
  const leaves = await inner.entries(0, await inner.size());
  return leaves.map((l) => {
    const e = JSON.parse(l) as { envelope: { party: string; seq: number } };
    return `${e.envelope.party}/${e.envelope.seq}`;
  });
}

describe('the depositary when its store goes away', () => {
  it('refuses a filing whose append failed before its commit, 503 with Retry-After, and records nothing', async () => {
    const { d, inner, state, ru } = await setUp();
    const before = await inner.size();
    state.down = true;
    const pending = d.file(ru.envelope({ act: 'sign' }));
    // The store comes back while the writer waits for it.
    setTimeout(() => (state.down = false), 300);
    const e = await refusal(pending);
    assert.equal(e.status, 503);
    assert.equal(e.extra['retryAfter'], 2);
    assert.match(e.message, /nothing of this filing was recorded/);
    assert.equal(await inner.size(), before, 'nothing was appended');
    // The same signed filing, sent again, is logged once.
    ru.seq -= 1;
    const again = await d.fileOnce(ru.envelope({ act: 'sign' }));
    assert.equal(again.replayed, false);
    assert.deepEqual((await logged(inner)).slice(before), ['RU/1']);
  });

  it('answers with the receipt when the commit went through but its answer was lost', async () => {
    const { d, inner, state, ru } = await setUp();
    state.commitThenFail = true;
    const receipt = await d.file(ru.envelope({ act: 'sign' }));
    assert.equal(receipt.index, (await inner.size()) - 1);
    assert.ok(receipt.proof.length > 0, 'the receipt carries its proof');
    // The depositary goes on from the committed state: the next seq is 2, and it is logged once.
    const next = await d.file(ru.envelope({ act: 'ratify' }));
    assert.equal(next.index, receipt.index + 1);
    assert.deepEqual((await logged(inner)).slice(-2), ['RU/1', 'RU/2']);
  });

  it('tells filers the outcome is unknown after the wait, holds new filings, and answers a filing sent again with its receipt', async () => {
    const { d, inner, state, ru, notices } = await setUp(200);
    // The commit goes through; then the store stays away for longer than the filer waits.
    state.commitThenDown = true;
    const envelope = ru.envelope({ act: 'sign' });
    const pending = d.file(envelope);
    const e = await refusal(pending);
    assert.equal(e.status, 503);
    assert.equal(e.type, 'outcome-unknown');
    assert.equal(e.extra['retryAfter'], 2);
    // Meanwhile new filings are refused at once: nothing recorded, retry later.
    const held = await refusal(d.file(ru.envelope({ act: 'ratify' }, 2)));
    assert.equal(held.status, 503);
    assert.match(held.message, /reconnecting; nothing of this filing was recorded/);
    assert.ok(
      notices.some((n) => n.startsWith('filings held')),
      notices.join('\n'),
    );
    state.down = false;
    // The filer sends the same filing again: it was recorded, so the answer is its receipt.
    let again;
    for (;;) {
      try {
        again = await d.fileOnce(envelope);
        break;
      } catch (err) {
        assert.ok(err instanceof DepositaryError && err.status === 503, String(err));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    assert.equal(again.replayed, true);
    assert.equal(again.receipt.index, (await inner.size()) - 1);
    assert.deepEqual(
      (await logged(inner)).filter((p) => p.startsWith('RU/')),
      ['RU/1'],
      'logged once',
    );
    assert.ok(
      notices.some((n) => n.includes('filings taken again')),
      notices.join('\n'),
    );
  });

  it('answers only the same envelope, byte for byte, as a filing sent again', async () => {
    const { d, ru } = await setUp();
    const first = ru.envelope({ act: 'sign' });
    const receipt = await d.file(first);
    const again = await d.fileOnce(first);
    assert.equal(again.replayed, true);
    assert.equal(again.receipt.index, receipt.index);
    assert.equal(again.receipt.leafHash, receipt.leafHash);
    assert.equal(again.receipt.receivedAt, receipt.receivedAt);
    // Another act under the same seq is a replay of the seq, not of the filing: refused.
    const other = ru.envelope({ act: 'ratify' }, 1);
    const e = await refusal(d.fileOnce(other));
    assert.equal(e.status, 409);
  });

  it('holds filings while its writer lock is retaken, and reloads the log if another writer appended meanwhile', async () => {
    const { d, inner, ru } = await setUp();
    await d.file(ru.envelope({ act: 'sign' }));
    d.hold('lock', 'the depositary lost its writer lock and is retaking it');
    const e = await refusal(d.file(ru.envelope({ act: 'ratify' })));
    assert.equal(e.status, 503);
    ru.seq -= 1;
    // Another depositary with the same key writes meanwhile.
    const other = await Depositary.open({
      log: inner,
      clock: testClock('2010-02-01T00:00:00.000Z').read,
      key: { name: 'depositary.est.test', seed: KEY.seed },
      origin: 'depositary.est.test/log',
    });
    await other.file(ru.envelope({ act: 'ratify' }));
    await d.resume('lock');
    assert.equal(d.size, other.size, 'the ledger was built again from the log');
    const next = await d.file(
      ru.envelope({ act: 'request-information', to: 'US', subject: 'x', id: 'ir-1' }),
    );
    assert.equal(next.index, other.size);
  });
});
