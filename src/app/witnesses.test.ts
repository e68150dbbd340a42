/**
 * The depositary asking its witnesses (c2sp.org/tlog-witness) under a policy (c2sp.org/tlog-policy):
 * real witnesses (src/witness, SQLite in a temporary directory) answering in process, a real
 * depositary over the memory store, real Ed25519. What is checked comes from the specifications:
 * the served checkpoint is one the quorum cosigned, each line verifies as cosignature/v1 by its
 * witness, a witness that does not know the log's size makes the depositary resynchronise from the
 * size it gives (409, text/x.tlog.size), and a witness that is down keeps the quorum from being met.
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
import { memoryEventLog } from '../store/memory/event-log.ts';
import { createWitnessApp } from '../witness/app.ts';
import { initWitnessKey } from '../witness/key.ts';
import { WitnessStore } from '../witness/store.ts';
import { Witness } from '../witness/witness.ts';
import { Depositary } from './depositary.ts';
import { testClock } from './testing.ts';
import { Witnesses } from './witnesses.ts';
import { createApp } from '../server/app.ts';
import { createMetrics } from '../server/metrics.ts';

const ORIGIN = 'depositary.est.test/witnessed';
const PARTIES = ['PL', 'DE', 'FR', 'RU', 'US', 'GB', 'IT', 'ES'];
const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Running {
  readonly name: string;
  readonly vkey: string;
  readonly url: string;
  readonly store: WitnessStore;
  /** Whether it answers (false: as if its host were down). */
  up: boolean;
  requests: number;
}

async function witness(name: string, logKey: NoteKey): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), 'est-witness-'));
  dirs.push(dir);
  const key = await initWitnessKey(dir, name);
  const store = WitnessStore.open(dir);
  const app = createWitnessApp({ witness: new Witness({ store, key, logs: [logKey] }), store });
  const w: Running = { name, vkey: key.verifierKey, url: `http://${name}`, store, up: true, requests: 0 };
  handlers.set(w.url, async (req) => {
    w.requests += 1;
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

async function setUp(quorum: string) {
  const seed = newKeyPair().seed;
  const log = memoryEventLog();
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
    report: (m) => reports.push(m),
    log: {
      get size() {
        return d.size;
      },
      checkpoint: () => d.checkpoint(),
      consistencyProof: (from, to) => d.consistencyProof(from, to),
      subscribe: (listener) => d.subscribe(() => listener()),
      getSetting: (name) => log.getSetting(name),
      setSetting: (name, value) => log.setSetting(name, value),
    },
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

  it('resynchronises from the size a witness gives in its 409, with a consistency proof from it', async () => {
    const first = await setUp('blocs');
    await first.lodge(3);
    await first.witnesses.settled();
    assert.equal(first.witnesses.cosigned?.size, 3);
    // A new process of the same depositary knows none of the witnesses' sizes: it offers from 0,
    // hears 409 with the size each holds, and offers again with a proof from there.
    await first.witnesses.close();
    const again = await Witnesses.start({
      policy: first.policy,
      text: '',
      fetch: fetchInProcess,
      retryMs: 60_000,
      report: () => {},
      log: {
        get size() {
          return first.d.size;
        },
        checkpoint: () => first.d.checkpoint(),
        consistencyProof: (from, to) => first.d.consistencyProof(from, to),
        subscribe: (listener) => first.d.subscribe(() => listener()),
        getSetting: (name) => first.log.getSetting(name),
        setSetting: (name, value) => first.log.setSetting(name, value),
      },
    });
    // The kept cosigned checkpoint is served at once.
    assert.equal(again.cosigned?.size, 3);
    await first.lodge(4);
    await again.settled();
    assert.equal(again.cosigned?.size, 7);
    assert.deepEqual(
      again.status.map((s) => s.size),
      [7, 7, 7],
    );
    assert.ok(again.status.every((s) => s.lastError === null));
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
