/**
 * The witness in process: the race c2sp.org/tlog-witness describes, forced (a request held after
 * its checks), the store's conditional update shared by two connections to one file (as two
 * processes would share it), and the key file.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseCosignerVerifierKey } from '../../src/log/cosignature.ts';
import { sha256 } from '../../src/log/node-crypto.ts';
import { createWitnessApp } from '../../src/witness/app.ts';
import { WitnessKeyError, initWitnessKey, loadWitnessKey } from '../../src/witness/key.ts';
import { WitnessStore } from '../../src/witness/store.ts';
import { Witness } from '../../src/witness/witness.ts';
import { TestLog } from './helpers.ts';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'est-witness-unit-'));
  dirs.push(d);
  return d;
};
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function setUp(options: { beforeRecord?: () => Promise<void> } = {}) {
  const dir = tempDir();
  const key = await initWitnessKey(dir, 'witness.unit.test');
  const store = WitnessStore.open(dir);
  const log = new TestLog('log.unit.test');
  const witness = new Witness({
    store,
    key,
    logs: [await log.key()],
    clock: () => 1_700_000_000,
    ...options,
  });
  return { dir, key, store, log, witness };
}

/** A gate a request waits at until the test opens it. */
function gate() {
  let open = (): void => {};
  const opened = new Promise<void>((done) => (open = done));
  let reached = (): void => {};
  const arrived = new Promise<void>((done) => (reached = done));
  return { open, arrived, wait: () => (reached(), opened) };
}

describe('the race of c2sp.org/tlog-witness, forced', () => {
  it('request A (size N) held after its checks; B (size N+K) waits for it, then gets 409 with N: no rollback', async () => {
    let hold: ReturnType<typeof gate> | null = gate();
    const first = hold;
    const { witness, store, log } = await setUp({
      beforeRecord: async () => {
        const g = hold;
        hold = null;
        if (g) await g.wait();
      },
    });
    log.append(10);
    const a = witness.addCheckpoint(await log.body(0, 6));
    await first.arrived;
    let bDone = false;
    const b = witness.addCheckpoint(await log.body(0, 10)).then((r) => ((bDone = true), r));
    // B has arrived while A is between its check and its record: B must not be checked yet.
    await new Promise((r) => setImmediate(r));
    assert.equal(bDone, false);
    first.open();
    const [ra, rb] = await Promise.all([a, b]);
    assert.equal(ra.status, 200);
    assert.deepEqual(rb.status === 409 && 'size' in rb ? rb.size : rb, 6);
    assert.equal(store.state(log.origin)?.size, 6);
  });

  it('the mirror order: the larger request first, the smaller after it is refused', async () => {
    const { witness, store, log } = await setUp();
    log.append(10);
    const [big, small] = await Promise.all([
      witness.addCheckpoint(await log.body(0, 10)),
      witness.addCheckpoint(await log.body(0, 6)),
    ]);
    assert.equal(big.status, 200);
    assert.equal(small.status, 409);
    assert.equal(store.state(log.origin)?.size, 10);
  });
});

describe('the store shared by two connections (two processes on one data directory)', () => {
  it('records a checkpoint only over the state it was checked against', async () => {
    const { dir, store, witness, log } = await setUp();
    log.append(4);
    assert.equal((await witness.addCheckpoint(await log.body(0, 2))).status, 200);
    const checked = store.state(log.origin);
    assert.equal(checked?.size, 2);
    // Another process moves the log to 4 meanwhile.
    const otherProcess = WitnessStore.open(dir);
    const moved = otherProcess.advance(checked, { origin: log.origin, size: 4, root: 'r4', note: 'n4' }, 1);
    assert.deepEqual(moved, { ok: true });
    // This one's update, checked against size 2, is refused with the size now recorded.
    const late = store.advance(checked, { origin: log.origin, size: 3, root: 'r3', note: 'n3' }, 2);
    assert.deepEqual(late, { ok: false, size: 4 });
    // And a first record cannot overwrite one made meanwhile.
    assert.deepEqual(store.advance(null, { origin: log.origin, size: 1, root: 'r1', note: 'n1' }, 3), {
      ok: false,
      size: 4,
    });
    otherProcess.close();
  });
});

describe('the witness key file', () => {
  it('reads back the key it wrote, with the verifier key init printed', async () => {
    const dir = tempDir();
    const made = await initWitnessKey(dir, 'witness.example/k');
    const loaded = await loadWitnessKey(dir);
    assert.equal(loaded.verifierKey, made.verifierKey);
    assert.deepEqual(await parseCosignerVerifierKey(sha256, made.verifierKey), loaded.key);
  });

  it('refuses a missing, malformed or inconsistent key file, saying which and why', async () => {
    const dir = tempDir();
    await assert.rejects(
      loadWitnessKey(dir),
      (e: Error) => e instanceof WitnessKeyError && /no witness key/.test(e.message),
    );
    await initWitnessKey(dir, 'witness.example/k');
    const file = join(dir, 'witness.key');
    const material = readFileSync(file, 'utf8').trim().split('+').slice(4).join('+');
    writeFileSync(file, `PRIVATE+KEY+witness.example/k+00000000+${material}\n`);
    await assert.rejects(loadWitnessKey(dir), (e: Error) =>
      /the key ID 00000000 is not the one/.test(e.message),
    );
    writeFileSync(file, 'garbage\n');
    await assert.rejects(loadWitnessKey(dir), (e: Error) => /not a witness key/.test(e.message));
  });
});

describe('the HTTP app in process', () => {
  it('answers 200 with text/plain signature lines and 409 with text/x.tlog.size', async () => {
    const { witness, store, log } = await setUp();
    const app = createWitnessApp({ witness, store });
    log.append(3);
    const ok = await app.request('/add-checkpoint', { method: 'POST', body: await log.body(0, 3) });
    assert.equal(ok.status, 200);
    assert.match(ok.headers.get('content-type') ?? '', /^text\/plain/);
    assert.match(await ok.text(), /^\u2014 witness\.unit\.test [A-Za-z0-9+/=]+\n$/);
    const stale = await app.request('/add-checkpoint', { method: 'POST', body: await log.body(0, 3) });
    assert.equal(stale.status, 409);
    assert.equal(stale.headers.get('content-type'), 'text/x.tlog.size');
    assert.equal(await stale.text(), '3\n');
  });
});
