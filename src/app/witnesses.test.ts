/**
 * The depositary asking its witnesses (c2sp.org/tlog-witness) under a policy (c2sp.org/tlog-policy):
 * real witnesses (src/witness, SQLite in a temporary directory) answering in process, a real
 * depositary over the memory store, real Ed25519. What is checked comes from the specifications:
 * the served checkpoint is one the quorum cosigned, each line verifies as cosignature/v1 by its
 * witness, a witness that does not know the log's size makes the depositary resynchronise from the
 * size it gives (409, text/x.tlog.size), and a witness that is down keeps the quorum from being met.
 * What a restart must not forget comes from the store: the time each entry was witnessed, and the
 * size each witness holds (else the first offer is refused and kept by the witness as evidence).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { NoteSignature } from '../log/cosignature.ts';
import { parseSignatureLines, splitNote, verifyCosignature } from '../log/cosignature.ts';
import { ed25519Verify, newKeyPair, privateKeyFromSeed, rawPublicKey, sha256 } from '../log/node-crypto.ts';
import type { NoteKey } from '../log/note.ts';
import { formatVerifierKey, noteKey } from '../log/note.ts';
import { toBase64 } from '../log/bytes.ts';
import { checkCosignedCheckpoint, parsePolicy } from '../log/policy.ts';
import type { EventLog } from '../store/event-log.ts';
import { memoryEventLog } from '../store/memory/event-log.ts';
import { openSqliteEventLog } from '../store/sqlite/event-log.ts';
import { createWitnessApp } from '../witness/app.ts';
import { initWitnessKey } from '../witness/key.ts';
import { WitnessStore } from '../witness/store.ts';
import { Witness } from '../witness/witness.ts';
import { Depositary } from './depositary.ts';
import { testClock } from './testing.ts';
import type { CosignedLog } from './witnesses.ts';
import { Witnesses } from './witnesses.ts';
import { createApp } from '../server/app.ts';
import { createMetrics } from '../server/metrics.ts';

const ORIGIN = 'depositary.est.test/witnessed';
const PARTIES = ['PL', 'DE', 'FR', 'RU', 'US', 'GB', 'IT', 'ES'];
const dirs: string[] = [];
/** SQLite stores opened, closed at the end even when a test fails (their writer threads). */
const opened: EventLog[] = [];
after(async () => {
  for (const log of opened) await log.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function sqliteLog(): Promise<EventLog> {
  const dir = mkdtempSync(join(tmpdir(), 'est-witnessed-'));
  dirs.push(dir);
  const log = await openSqliteEventLog(join(dir, 'est.db'));
  opened.push(log);
  return log;
}

/**
 * The witnesses' clock (POSIX seconds), which dates their cosignatures (c2sp.org/tlog-cosignature):
 * set by the tests that read the times back.
 */
let witnessTime = 1_780_000_000;

interface Running {
  readonly name: string;
  readonly vkey: string;
  readonly url: string;
  readonly store: WitnessStore;
  /** Whether it answers (false: as if its host were down). */
  up: boolean;
  requests: number;
  /** When each request came (ms). */
  readonly times: number[];
  /** How long it takes to answer (ms), as a busy or distant witness would. */
  delayMs: number;
}

async function witness(name: string, logKey: NoteKey): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), 'est-witness-'));
  dirs.push(dir);
  const key = await initWitnessKey(dir, name);
  const store = WitnessStore.open(dir);
  const app = createWitnessApp({
    witness: new Witness({ store, key, logs: [logKey], clock: () => witnessTime }),
    store,
  });
  const w: Running = {
    name,
    vkey: key.verifierKey,
    url: `http://${name}`,
    store,
    up: true,
    requests: 0,
    times: [],
    delayMs: 0,
  };
  handlers.set(w.url, async (req) => {
    w.requests += 1;
    w.times.push(Date.now());
    if (w.delayMs > 0) await new Promise((r) => setTimeout(r, w.delayMs));
    if (!w.up) throw new TypeError('fetch failed (connection refused)');
    return app.request(req);
  });
  return w;
}

/** Routes requests to the in-process witnesses by origin, as `fetch` would over the network. */
const handlers = new Map<string, (req: Request) => Promise<Response>>();
const fetchInProcess: typeof fetch = async (input, init) => {
  const req = new Request(input, init);
  const handler = handlers.get(new URL(req.url).origin);
  if (handler === undefined) throw new TypeError(`fetch failed: no host ${req.url}`);
  return handler(req);
};

/** What the witnesses need of the depositary `d` over `log`, as est serve gives it. */
function cosignedLog(d: Depositary, log: EventLog): CosignedLog {
  return {
    get size() {
      return d.size;
    },
    checkpoint: () => d.checkpoint(),
    consistencyProof: (from, to) => d.consistencyProof(from, to),
    subscribe: (listener) => d.subscribe(() => listener()),
    getSetting: (name) => log.getSetting(name),
    setSetting: (name, value) => log.setSetting(name, value),
    addWitnessed: (size, quorumTime) => log.addWitnessed(size, quorumTime),
    witnessedAt: (index) => log.witnessedAt(index),
  };
}

/** The evidence a witness serves (GET /evidence), by reason. */
async function evidenceReasons(w: Running): Promise<string[]> {
  const body = (await (await fetchInProcess(`${w.url}/evidence`)).json()) as {
    evidence: { reason: string }[];
  };
  return body.evidence.map((e) => e.reason);
}

async function setUp(quorum: string, log: EventLog = memoryEventLog(), minIntervalMs = 0) {
  const seed = newKeyPair().seed;
  const d = await Depositary.open({
    log,
    clock: testClock().read,
    key: { name: ORIGIN, seed },
    origin: ORIGIN,
  });
  const logKey = await noteKey(sha256, ORIGIN, rawPublicKey(privateKeyFromSeed(seed)));
  const tag = Math.random().toString(36).slice(2, 8);
  const ws = [
    await witness(`w-nato-${tag}.test`, logKey),
    await witness(`w-csto-${tag}.test`, logKey),
    await witness(`w-neutral-${tag}.test`, logKey),
  ];
  const text = [
    `log ${formatVerifierKey(logKey)}`,
    ...ws.map((w, i) => `witness b${i} ${w.vkey} ${w.url}`),
    'group blocs all b0 b1 b2',
    'group two 2 b0 b1 b2',
    `quorum ${quorum}`,
    '',
  ].join('\n');
  const policy = await parsePolicy(text, sha256, 'test.policy');
  const reports: string[] = [];
  const witnesses = await Witnesses.start({
    policy,
    text,
    fetch: fetchInProcess,
    retryMs: 60_000,
    minIntervalMs,
    report: (m) => reports.push(m),
    log: cosignedLog(d, log),
  });
  /** Appends n entries (keys lodged for Parties), each its own batch. */
  const lodge = async (n: number) => {
    for (let i = 0; i < n; i += 1)
      await d.lodgeKey(PARTIES[i % PARTIES.length] as string, toBase64(newKeyPair().publicKey));
  };
  return { d, log, ws, policy, witnesses, reports, lodge };
}

describe('the depositary and its witnesses (c2sp.org/tlog-witness, tlog-policy)', () => {
  it('serves the newest checkpoint every witness of the quorum cosigned, each cosignature verifying', async () => {
    const { d, ws, policy, witnesses, lodge } = await setUp('blocs');
    await lodge(5);
    await witnesses.settled();
    const best = witnesses.cosigned;
    assert.ok(best !== null, 'a cosigned checkpoint');
    assert.equal(best.size, d.size);
    assert.deepEqual(best.witnesses, ['b0', 'b1', 'b2']);
    const check = await checkCosignedCheckpoint(best.note, policy, { sha256, ed25519Verify });
    assert.equal(check.ok, true, JSON.stringify(check));
    // Each witness's line verifies on its own as cosignature/v1 over the checkpoint text.
    const split = splitNote(best.note);
    assert.ok(split.ok);
    const lines = parseSignatureLines(best.note.slice(best.note.indexOf('\n\n') + 2));
    assert.ok(lines !== null);
    for (const w of policy.witnesses) {
      const mine: NoteSignature[] = lines.filter((l) => l.name === w.key.name);
      assert.equal(mine.length, 1, w.name);
      const v = await verifyCosignature(split.text, mine[0]!, w.key, ed25519Verify);
      assert.equal(v.ok, true, w.name);
    }
    for (const w of ws) w.store.close();
  });

  it('asks each witness at most once per interval, and still ends on the newest checkpoint', async () => {
    const interval = 150;
    const { d, ws, witnesses } = await setUp('blocs', memoryEventLog(), interval);
    for (const w of ws) w.delayMs = 40;
    // 24 batches in a row, none waiting for the witnesses, which take longer to answer than a
    // batch takes: each new checkpoint comes while they are still asked about an earlier one.
    const start = Date.now();
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        d.lodgeKey(PARTIES[i % PARTIES.length] as string, toBase64(newKeyPair().publicKey)),
      ),
    );
    await witnesses.settled();
    const elapsed = Date.now() - start;
    assert.equal(witnesses.cosigned?.size, d.size);
    for (const w of ws) {
      // Requests at least an interval apart, all sent within the elapsed time, number at most
      // elapsed / interval + 1; counted, not timed one by one, so a loaded machine's delays between
      // sending and arriving cannot fail it (without the interval they would be spaced by the
      // witnesses' 40 ms, well over this bound).
      assert.ok(
        w.requests <= Math.floor(elapsed / interval) + 1,
        `${w.name}: ${w.requests} requests in ${elapsed} ms: ${w.times.join(', ')}`,
      );
      assert.ok(w.requests < 24, `${w.name} was asked ${w.requests} times for 24 batches`);
      w.store.close();
    }
  });

  it('resynchronises from the size a witness gives in its 409, with a consistency proof from it', async () => {
    const first = await setUp('blocs');
    await first.lodge(3);
    await first.witnesses.settled();
    assert.equal(first.witnesses.cosigned?.size, 3);
    // A new process of the same depositary, the log grown meanwhile, over a store that does not
    // know the witnesses' sizes (one from before they were kept): it offers from 0, hears 409 with
    // the size each holds, and offers again with a proof from there.
    await first.witnesses.close();
    await first.lodge(1);
    const log = cosignedLog(first.d, first.log);
    const again = await Witnesses.start({
      policy: first.policy,
      text: '',
      fetch: fetchInProcess,
      retryMs: 60_000,
      report: () => {},
      log: {
        ...log,
        get size() {
          return first.d.size;
        },
        getSetting: async (name) => (name.startsWith('witness-size ') ? null : log.getSetting(name)),
      },
    });
    // The kept cosigned checkpoint is served at once.
    assert.equal(again.cosigned?.size, 3);
    await first.lodge(3);
    await again.settled();
    assert.equal(again.cosigned?.size, 7);
    assert.deepEqual(
      again.status.map((s) => s.size),
      [7, 7, 7],
    );
    assert.ok(again.status.every((s) => s.lastError === null));
    // Each witness kept the offer from 0 as evidence (c2sp.org/tlog-witness: a 409 for an old size
    // that is not its own): what keeping the sizes avoids (next test).
    for (const w of first.ws) assert.deepEqual(await evidenceReasons(w), ['old-size-mismatch'], w.name);
    await again.close();
    for (const w of first.ws) w.store.close();
  });

  it('offers each witness, after a restart, the size it holds: no evidence against the log', async () => {
    const first = await setUp('blocs', await sqliteLog());
    await first.lodge(3);
    await first.witnesses.settled();
    await first.witnesses.close();
    for (const w of first.ws) assert.deepEqual(await evidenceReasons(w), [], w.name);
    // A new process over the same store, the log grown meanwhile: its first offer (size 5) and
    // the next (6) carry the old size each witness cosigned, so no witness refuses either.
    await first.lodge(2);
    const again = await Witnesses.start({
      policy: first.policy,
      text: first.policy.quorum,
      fetch: fetchInProcess,
      retryMs: 60_000,
      report: (m) => first.reports.push(m),
      log: cosignedLog(first.d, first.log),
    });
    assert.deepEqual(
      again.status.map((s) => s.size),
      [3, 3, 3],
    );
    await again.settled();
    assert.equal(again.cosigned?.size, 5);
    await first.lodge(1);
    await again.settled();
    assert.equal(again.cosigned?.size, 6);
    assert.deepEqual(
      again.status.map((s) => [s.size, s.lastError]),
      [
        [6, null],
        [6, null],
        [6, null],
      ],
    );
    for (const w of first.ws) assert.deepEqual(await evidenceReasons(w), [], w.name);
    assert.deepEqual(first.reports, []);
    await again.close();
    for (const w of first.ws) w.store.close();
  });

  it('answers, after a restart, the time a quorum had cosigned each entry, from the store', async () => {
    const t0 = (witnessTime += 1000);
    const first = await setUp('blocs', await sqliteLog());
    // Three rounds, the witnesses' clock moved between them: the checkpoints of each round are
    // cosigned by all three witnesses ("blocs": all) at that round's time.
    await first.lodge(2);
    await first.witnesses.settled();
    witnessTime = t0 + 5;
    await first.lodge(3);
    await first.witnesses.settled();
    witnessTime = t0 + 9;
    await first.lodge(1);
    await first.witnesses.settled();
    await first.witnesses.close();
    // Entry i is in a checkpoint of size > i: entries 0-1 first in size 2 (t0), 2-4 in size 5
    // (t0 + 5), 5 in size 6 (t0 + 9).
    const expected = [
      { size: 2, quorumTime: t0 },
      { size: 2, quorumTime: t0 },
      { size: 5, quorumTime: t0 + 5 },
      { size: 5, quorumTime: t0 + 5 },
      { size: 5, quorumTime: t0 + 5 },
      { size: 6, quorumTime: t0 + 9 },
    ];
    const again = await Witnesses.start({
      policy: first.policy,
      text: '',
      fetch: fetchInProcess,
      retryMs: 60_000,
      report: (m) => first.reports.push(m),
      log: cosignedLog(first.d, first.log),
    });
    for (const [i, e] of expected.entries()) assert.deepEqual(await again.witnessedAt(i), e, `entry ${i}`);
    assert.equal(await again.witnessedAt(6), null);
    // And as the API serves it (GET /api/v1/log/witnessed).
    const app = createApp({
      depositary: first.d,
      adminTokenHash: '0'.repeat(64),
      witnesses: again,
      metrics: createMetrics({ defaults: false }),
    });
    const served = (await (await app.request('/api/v1/log/witnessed?index=3')).json()) as {
      witnessedAt: string;
      size: number;
    };
    assert.equal(served.witnessedAt, new Date((t0 + 5) * 1000).toISOString().replace('.000Z', 'Z'));
    assert.equal(served.size, 5);
    // A new entry, witnessed later, gets its own time; the earlier ones keep theirs.
    witnessTime = t0 + 20;
    await first.lodge(1);
    await again.settled();
    assert.deepEqual(await again.witnessedAt(6), { size: 7, quorumTime: t0 + 20 });
    assert.deepEqual(await again.witnessedAt(0), expected[0]);
    assert.deepEqual(first.reports, []);
    await again.close();
    for (const w of first.ws) w.store.close();
  });

  it('serves no checkpoint a witness of an "all" group has not cosigned, and says which failed', async () => {
    const { d, ws, witnesses, reports, lodge } = await setUp('blocs');
    const down = ws[1]!;
    down.up = false;
    await lodge(2);
    await witnesses.settled();
    assert.equal(witnesses.cosigned, null);
    const status = witnesses.status.find((s) => s.name === 'b1');
    assert.ok(status !== undefined && status.failures > 0 && status.lastError !== null);
    assert.ok(reports.some((r) => r.includes('b1')));
    // Back up: the next batch is cosigned by all three.
    down.up = true;
    await lodge(1);
    await witnesses.settled();
    const served = witnesses.cosigned as { size: number } | null;
    assert.equal(served?.size, d.size);
    await witnesses.close();
    for (const w of ws) w.store.close();
  });

  it('meets a "2 of 3" quorum with one witness down, naming the two', async () => {
    const { d, ws, witnesses, lodge } = await setUp('two');
    ws[2]!.up = false;
    await lodge(2);
    await witnesses.settled();
    assert.equal(witnesses.cosigned?.size, d.size);
    assert.deepEqual(witnesses.cosigned?.witnesses, ['b0', 'b1']);
    await witnesses.close();
    for (const w of ws) w.store.close();
  });

  it('is what the API serves as the checkpoint: 503 with Retry-After until a quorum cosigned one', async () => {
    const { d, ws, witnesses, lodge } = await setUp('blocs');
    const app = createApp({
      depositary: d,
      adminTokenHash: '0'.repeat(64),
      witnesses,
      metrics: createMetrics({ defaults: false }),
    });
    ws[0]!.up = false;
    await lodge(1);
    await witnesses.settled();
    const refused = await app.request('/api/v1/log/checkpoint');
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get('Retry-After'), '5');
    assert.match(((await refused.json()) as { type: string }).type, /not-cosigned$/);
    // The log's own newest checkpoint stays readable.
    const latest = await app.request('/api/v1/log/checkpoint/latest');
    assert.equal(latest.status, 200);
    assert.equal(await latest.text(), await d.checkpoint());
    ws[0]!.up = true;
    await lodge(1);
    await witnesses.settled();
    const served = await app.request('/api/v1/log/checkpoint');
    assert.equal(served.status, 200);
    assert.equal(await served.text(), witnesses.cosigned?.note);
    // An entry's tlog-proof is against the cosigned checkpoint once one covers it, so that it
    // stands alone for whoever holds the policy.
    const proof = await (await app.request('/api/v1/log/tlog-proof?index=0')).text();
    assert.ok(proof.endsWith(witnesses.cosigned?.note ?? '?'), proof);
    const status = (await (await app.request('/api/v1/log/witnesses')).json()) as {
      quorum: string;
      witnesses: { name: string; size: number }[];
      cosigned: { size: number; witnesses: string[] };
    };
    assert.equal(status.quorum, 'blocs');
    assert.deepEqual(status.cosigned.witnesses, ['b0', 'b1', 'b2']);
    assert.deepEqual(
      status.witnesses.map((w) => [w.name, w.size]),
      [
        ['b0', d.size],
        ['b1', d.size],
        ['b2', d.size],
      ],
    );
    const metrics = await (await app.request('/metrics')).text();
    assert.match(metrics, new RegExp(`est_witness_cosigned_size\\{witness="b1"\\} ${d.size}`));
    assert.match(metrics, /est_witness_failures\{witness="b0"\} [1-9]/);
    await witnesses.close();
    for (const w of ws) w.store.close();
  });
});
