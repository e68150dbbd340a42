/**
 * An acknowledged filing survives kill -9: `est serve` is killed with SIGKILL while 64 clients file
 * as fast as they can, restarted on the same data, and then every acknowledged filing must be in the
 * log exactly once, at its receipt's index with its leaf hash; no (party, seq) twice and each Party's
 * seqs contiguous; each Party's next seq one past its last logged one; the signed checkpoint the
 * root of all the leaves, extending one signed before the kill; every receipt's signed tree a
 * prefix of the log and its proof good in it; and filing must go on. On SQLite
 * (a temp data directory) and, when DATABASE_URL is set, on PostgreSQL (a fresh schema per run).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { TestContext } from 'node:test';
import { toBase64 } from '../../src/log/bytes.ts';
import type { Entry, Envelope } from '../../src/log/entry.ts';
import { leafHashOf } from '../../src/log/entry.ts';
import type { Hash } from '../../src/log/merkle.ts';
import { verifyConsistency, verifyInclusion } from '../../src/log/merkle.ts';
import { ed25519Verify, sha256 } from '../../src/log/node-crypto.ts';
import type { Checkpoint } from '../../src/log/note.ts';
import { openNote, parseCheckpoint, parseVerifierKey } from '../../src/log/note.ts';
import { parseTlogProof } from '../../src/log/tlog-proof.ts';
import { Filer, actFor, partyIds } from '../../src/app/testing.ts';
import { Sfc32 } from '../../src/analysis/random.ts';
import { NO_DATABASE, databaseUrl } from '../support/env.ts';
import type { Receipt } from './helpers.ts';
import {
  allEntries,
  base64Hashes,
  file,
  freshSchema,
  getJson,
  getText,
  killLeftovers,
  lodge,
  merkleRoot,
  runEst,
  serve,
  sleep,
  stop,
} from './helpers.ts';

const CLIENTS = 64;
/** How long the clients file before the kill (at least), and how many receipts they must hold by then. */
const KILL_AFTER_MS = 1500;
const MIN_ACKED = 200;
const DATABASE_URL = databaseUrl();

const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  killLeftovers();
  for (const c of cleanups.reverse()) await c();
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'est-kill-'));
  cleanups.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

/** One client: a Party filing seq 1, 2, ... as fast as it can until the server goes away. */
interface Client {
  readonly filer: Filer;
  /** The envelopes it sent, by seq. */
  readonly sent: Map<number, Envelope>;
  /** The filings it was acknowledged (201), with their receipts. */
  readonly acked: { seq: number; receipt: Receipt }[];
  /** The seq of the request it had in flight when the connection failed, if any. */
  failedAt: number | null;
  inFlight: boolean;
  /** Answers other than 201 (there should be none). */
  readonly unexpected: string[];
}

async function runClient(c: Client, url: string, others: readonly string[]): Promise<void> {
  for (let seq = 1; ; seq += 1) {
    const envelope = c.filer.envelope(actFor(c.filer.party, seq, others), seq);
    c.sent.set(seq, envelope);
    c.inFlight = true;
    let answer: { status: number; text: string };
    try {
      answer = await file(url, envelope);
    } catch {
      // The server is gone (killed): this filing may or may not have been logged.
      c.failedAt = seq;
      return;
    } finally {
      c.inFlight = false;
    }
    if (answer.status !== 201) {
      c.unexpected.push(`seq ${seq}: ${answer.status} ${answer.text}`);
      return;
    }
    c.acked.push({ seq, receipt: JSON.parse(answer.text) as Receipt });
  }
}

/** The checkpoint of a running server, opened with its verifier key. */
async function checkpointOf(url: string, verifierKey: string): Promise<Checkpoint> {
  const key = await parseVerifierKey(sha256, verifierKey);
  assert.ok(key, `not a verifier key: ${verifierKey}`);
  const note = await getText(`${url}/api/v1/log/checkpoint`);
  const opened = await openNote(note, key, ed25519Verify);
  assert.ok(opened.ok, `the checkpoint does not open with ${verifierKey}: ${opened.ok ? '' : opened.reason}`);
  const checkpoint = parseCheckpoint(opened.text);
  assert.ok(checkpoint, `not a checkpoint: ${opened.text}`);
  return checkpoint;
}

async function checkConsistency(url: string, from: Checkpoint, to: Checkpoint): Promise<void> {
  const { hashes } = await getJson<{ hashes: string[] }>(
    `${url}/api/v1/log/proof/consistency?from=${from.size}&to=${to.size}`,
  );
  assert.ok(
    await verifyConsistency(sha256, from.size, to.size, from.root, to.root, base64Hashes(hashes)),
    `the log at ${to.size} does not extend the one signed at ${from.size}`,
  );
}

async function checkInclusion(url: string, index: number, leaf: Hash, at: Checkpoint): Promise<void> {
  const { hashes } = await getJson<{ hashes: string[] }>(
    `${url}/api/v1/log/proof/inclusion?index=${index}&size=${at.size}`,
  );
  assert.ok(
    await verifyInclusion(sha256, index, at.size, leaf, base64Hashes(hashes), at.root),
    `the inclusion proof of entry ${index} in ${at.size} does not verify`,
  );
}

async function killAndRestart(t: TestContext, db: string | undefined): Promise<void> {
  const data = tempDir();
  const filers = partyIds(CLIENTS).map((id) => new Filer(id));
  const ids = filers.map((f) => f.party);

  // 1. Start, lodge 64 keys, and let 64 clients file until the server is killed mid-flight.
  const first = await serve({ data, ...(db === undefined ? {} : { db }) });
  await lodge(first.url, filers);
  const verifierKey = await getText(`${first.url}/api/v1/log/key`);
  const clients: Client[] = filers.map((filer) => ({
    filer,
    sent: new Map(),
    acked: [],
    failedAt: null,
    inFlight: false,
    unexpected: [],
  }));
  const started = Date.now();
  const running = clients.map((c) => runClient(c, first.url, ids));
  const acked = () => clients.reduce((n, c) => n + c.acked.length, 0);

  // A checkpoint signed while the clients file: the log after the restart must extend it.
  while (Date.now() - started < 60_000 && acked() < MIN_ACKED / 2) await sleep(10);
  const before = await checkpointOf(first.url, verifierKey);

  while (Date.now() - started < KILL_AFTER_MS || (acked() < MIN_ACKED && Date.now() - started < 60_000))
    await sleep(10);
  const inFlight = clients.filter((c) => c.inFlight).length;
  first.proc.kill('SIGKILL');
  assert.equal(await first.exited, 'SIGKILL');
  const filedFor = Date.now() - started;
  await Promise.all(running);

  const unexpected = clients.flatMap((c) => c.unexpected.map((u) => `${c.filer.party} ${u}`));
  assert.deepEqual(unexpected, [], 'every answer before the kill is 201');
  assert.ok(acked() >= MIN_ACKED, `only ${acked()} filings acknowledged before the kill`);
  assert.ok(inFlight > 0, 'filings were in flight when the server was killed');

  // 2. Restart on the same data: the log is rebuilt from the store.
  const second = await serve({ data, ...(db === undefined ? {} : { db }) });
  try {
    const url = second.url;
    assert.equal(await getText(`${url}/api/v1/log/key`), verifierKey, 'the verifier key is the same');
    const checkpoint = await checkpointOf(url, verifierKey);
    const size = checkpoint.size;
    const leaves = await allEntries(url, size);
    assert.equal(leaves.length, size);
    const hashes = leaves.map((l) => leafHashOf(sha256, l));
    const entries = leaves.map((l) => JSON.parse(l) as Entry);

    // (d) The checkpoint signs the root of all the leaves, and extends the one signed before the kill.
    assert.equal(toBase64(merkleRoot(hashes)), toBase64(checkpoint.root), 'the root of all the leaves');
    assert.ok(before.size <= size, `the log shrank from ${before.size} to ${size}`);
    assert.equal(
      toBase64(merkleRoot(hashes.slice(0, before.size))),
      toBase64(before.root),
      `the checkpoint signed before the kill (size ${before.size}) is the root of the first ${before.size} leaves`,
    );
    await checkConsistency(url, before, checkpoint);

    // (b) Each entry at its index; no (party, seq) twice; each Party's seqs are 1..n in log order.
    const at = new Map<string, number>();
    const seqs = new Map<string, number[]>();
    entries.forEach((e, i) => {
      assert.equal(e.index, i, `entry ${i} says it is entry ${e.index}`);
      const key = `${e.envelope.party} ${e.envelope.seq}`;
      assert.ok(!at.has(key), `${key} is logged twice: entries ${at.get(key)} and ${i}`);
      at.set(key, i);
      const list = seqs.get(e.envelope.party) ?? [];
      list.push(e.envelope.seq);
      seqs.set(e.envelope.party, list);
    });
    for (const [party, list] of seqs) {
      assert.deepEqual(
        list,
        list.map((_, i) => i + 1),
        `${party}'s seqs are 1..${list.length} in log order`,
      );
    }

    let loggedUnacked = 0;
    for (const c of clients) {
      // (a) Every acknowledged filing is there, once, at its receipt's index, with its leaf hash.
      for (const { seq, receipt } of c.acked) {
        const leaf = leaves[receipt.index];
        assert.ok(leaf !== undefined, `${c.filer.party} seq ${seq}: entry ${receipt.index} is missing`);
        assert.equal(
          toBase64(hashes[receipt.index] as Hash),
          receipt.leafHash,
          `leaf hash of ${receipt.index}`,
        );
        const e = entries[receipt.index] as Entry;
        assert.deepEqual(
          e.envelope,
          c.sent.get(seq),
          `entry ${receipt.index} is ${c.filer.party}'s seq ${seq}`,
        );
        assert.equal(e.receivedAt, receipt.receivedAt);
        assert.equal(e.outcome.accepted, receipt.outcome.accepted);
      }
      // (c) The next seq is one past the last logged; that is at least the last acknowledged and at
      // most the last sent (a filing in flight at the kill may be logged without its receipt).
      const logged = seqs.get(c.filer.party)?.length ?? 0;
      const lastAcked = c.acked.at(-1)?.seq ?? 0;
      assert.ok(logged >= lastAcked, `${c.filer.party}: seq ${lastAcked} was acknowledged, ${logged} logged`);
      assert.ok(
        logged <= lastAcked + 1,
        `${c.filer.party}: ${logged} logged, but ${lastAcked + 1} was the last sent`,
      );
      if (logged > lastAcked) {
        assert.equal(
          c.failedAt,
          logged,
          `${c.filer.party}: the unacknowledged filing logged is the one in flight`,
        );
        const e = entries[at.get(`${c.filer.party} ${logged}`) as number] as Entry;
        assert.deepEqual(e.envelope, c.sent.get(logged));
        loggedUnacked += 1;
      }
      const party = await getJson<{ nextSeq: number }>(`${url}/api/v1/parties/${c.filer.party}`);
      assert.equal(party.nextSeq, logged + 1, `${c.filer.party}'s next seq`);
    }

    // (a') Each receipt still proves its filing: its checkpoint is signed with the verifier key, its
    // tree is the first leaves of the log after the restart, and its tlog proof leads from the
    // entry's leaf hash to that tree's root.
    const trustedKey = await parseVerifierKey(sha256, verifierKey);
    assert.ok(trustedKey);
    const trees = new Map<string, Checkpoint>();
    for (const c of clients) {
      for (const { receipt } of c.acked) {
        let tree = trees.get(receipt.checkpoint);
        if (tree === undefined) {
          const opened = await openNote(receipt.checkpoint, trustedKey, ed25519Verify);
          assert.ok(opened.ok, `entry ${receipt.index}'s receipt: ${opened.ok ? '' : opened.reason}`);
          const parsed = parseCheckpoint(opened.text);
          assert.ok(parsed && parsed.size > receipt.index && parsed.size <= size, opened.text);
          assert.equal(
            toBase64(merkleRoot(hashes.slice(0, parsed.size))),
            toBase64(parsed.root),
            `a receipt's tree of ${parsed.size} is the root of the first ${parsed.size} leaves after the restart`,
          );
          trees.set(receipt.checkpoint, (tree = parsed));
        }
        const proof = parseTlogProof(receipt.proof);
        assert.ok(proof.ok, proof.ok ? '' : proof.reason);
        assert.equal(proof.proof.index, receipt.index);
        assert.equal(proof.proof.checkpoint, receipt.checkpoint);
        assert.ok(
          await verifyInclusion(
            sha256,
            receipt.index,
            tree.size,
            hashes[receipt.index] as Hash,
            proof.proof.hashes,
            tree.root,
          ),
          `entry ${receipt.index}'s receipt proves it in the tree of ${tree.size}`,
        );
      }
    }

    // (d) Inclusion proofs of a sample (the first, the last, each client's last receipt, some at random).
    const sample = new Set([0, size - 1]);
    for (const c of clients) {
      const last = c.acked.at(-1);
      if (last !== undefined) sample.add(last.receipt.index);
    }
    const draws = new Sfc32(2009); // seeded: the same sample on every run of a log of this size
    for (let i = 0; i < 16; i += 1) sample.add(draws.nextUint32() % size);
    for (const i of sample) await checkInclusion(url, i, hashes[i] as Hash, checkpoint);

    // (e) Filing goes on: each client re-syncs its seq and files again.
    const resumed = await Promise.all(
      clients.map(async (c) => {
        const { nextSeq } = await getJson<{ nextSeq: number }>(`${url}/api/v1/parties/${c.filer.party}`);
        const envelope = c.filer.envelope(actFor(c.filer.party, nextSeq, ids), nextSeq);
        const answer = await file(url, envelope);
        assert.equal(answer.status, 201, `${c.filer.party} seq ${nextSeq} after the restart: ${answer.text}`);
        return JSON.parse(answer.text) as Receipt;
      }),
    );
    const later = await checkpointOf(url, verifierKey);
    assert.equal(later.size, size + CLIENTS);
    assert.deepEqual(
      resumed.map((r) => r.index).sort((a, b) => a - b),
      Array.from({ length: CLIENTS }, (_, i) => size + i),
    );
    const more = await allEntries(url, later.size);
    for (const r of resumed)
      assert.equal(toBase64(leafHashOf(sha256, more[r.index] as string)), r.leafHash, `entry ${r.index}`);
    await checkConsistency(url, checkpoint, later);
    for (const r of resumed.slice(0, 4))
      await checkInclusion(url, r.index, leafHashOf(sha256, more[r.index] as string), later);

    // And the whole log verifies from the outside, signatures and the engine's outcomes included.
    const verified = await runEst(['verify', '--server', url, '--sample', '8']);
    assert.equal(verified.code, 0, `est verify --server:\n${verified.stdout}\n${verified.stderr}`);
    assert.match(verified.stdout, /The log verifies/);

    t.diagnostic(
      `${CLIENTS} clients filed for ${filedFor} ms; killed with ${inFlight} in flight; ` +
        `${acked()} acknowledged, ${size} logged (${loggedUnacked} logged without a receipt); ` +
        `checkpoint before the kill at ${before.size}; ${trees.size} trees signed in the receipts`,
    );
  } finally {
    assert.equal(await stop(second), 0, 'a graceful stop after the restart exits 0');
  }
}

describe('est serve killed with SIGKILL while 64 clients file', { timeout: 600_000 }, () => {
  it('SQLite: every acknowledged filing is there once after a restart, and the log verifies', async (t) => {
    await killAndRestart(t, undefined);
  });

  it(
    'PostgreSQL: every acknowledged filing is there once after a restart, and the log verifies',
    {
      skip: DATABASE_URL === undefined ? NO_DATABASE : false,
    },
    async (t) => {
      const schema = await freshSchema(DATABASE_URL as string, 'est_kill');
      cleanups.push(async () => {
        killLeftovers();
        await schema.drop();
      });
      t.diagnostic(`PostgreSQL schema ${schema.schema}`);
      await killAndRestart(t, schema.url);
    },
  );
});
