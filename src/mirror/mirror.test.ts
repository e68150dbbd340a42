import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { auditServer } from '../client/audit.ts';
import { DepositaryClient } from '../client/http.ts';
import type { TileStore } from '../client/tile-log.ts';
import { TileLogClient, httpTileStore } from '../client/tile-log.ts';
import { fileHistory, testDepositary } from '../client/testing.ts';
import { ADMIN_TOKEN, appFetch } from '../server/testing.ts';
import { toHex } from '../log/bytes.ts';
import { parseCosignerVerifierKey, splitNote, verifyCosignature } from '../log/cosignature.ts';
import type { Entry } from '../log/entry.ts';
import { canonicalJson, leafHashOf } from '../log/entry.ts';
import { extendEdge, foldRange } from '../log/merkle.ts';
import type { HashedNode } from '../log/merkle.ts';
import { ed25519Sign, ed25519Verify, privateKeyFromSeed, rawPublicKey, sha256 } from '../log/node-crypto.ts';
import { checkpointText, noteKey, openNote, parseVerifierKey, signNote } from '../log/note.ts';
import {
  bundleRange,
  decodeBundle,
  encodeBundle,
  encodeTile,
  parseTilePath,
  tileNodes,
} from '../log/tiles.ts';
import { createApp } from '../server/app.ts';
import { originHash } from '../server/routes/tiles.ts';
import type { EventLog } from '../store/event-log.ts';
import { memoryEventLog } from '../store/memory/event-log.ts';
import { openSqliteEventLog } from '../store/sqlite/event-log.ts';
import { initWitnessKey } from '../witness/key.ts';
import type { Upstream } from './mirror.ts';
import { Mirror, MirrorError, logSettingsOf } from './mirror.ts';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function mirrorKey(name = 'mirror.test/m1') {
  const dir = mkdtempSync(join(tmpdir(), 'est-mirror-'));
  dirs.push(dir);
  return initWitnessKey(dir, name, 'mirror.key');
}

type Source = Awaited<ReturnType<typeof testDepositary>>;

/** The tiles of a depositary's in-process app, with a hook to change or withhold what is served. */
function tilesOf(t: Source, tamper?: (path: string, body: Uint8Array) => Uint8Array | null): TileLogClient {
  const inner = httpTileStore(new URL('http://depositary.test/tlog/'), { fetch: appFetch(t.d, t.log) });
  const store: TileStore = {
    where: 'http://depositary.test/tlog/',
    get: async (path) => {
      const body = await inner.get(path);
      return body === null || tamper === undefined ? body : tamper(path, body);
    },
  };
  return new TileLogClient(store);
}

async function openMirror(
  upstream: Upstream & { settings?: TileLogClient['settings'] },
  options: {
    log?: EventLog;
    logKey: string;
    key?: Awaited<ReturnType<typeof mirrorKey>>;
  },
) {
  const log = options.log ?? memoryEventLog();
  const key = options.key ?? (await mirrorKey());
  const m = await Mirror.open({
    log,
    upstream,
    logKey: options.logKey,
    key,
    logSettings: async () => logSettingsOf((await upstream.settings?.()) ?? {}),
  });
  return { m, log, key };
}

/** The mirror's read API, in-process. */
function mirrorApp(m: Mirror, log: EventLog) {
  const app = createApp({
    mirror: m,
    log,
    adminTokenHash: toHex(sha256(new TextEncoder().encode(ADMIN_TOKEN))),
    logError: () => undefined,
  });
  const fetch: typeof globalThis.fetch = (input: string | URL | Request, init?: RequestInit) =>
    Promise.resolve(app.fetch(new Request(input, init)));
  return { app, fetch, client: new DepositaryClient('http://mirror.test', { fetch }) };
}

describe('a mirror following a depositary through its tiles', () => {
  let t: Source;
  let mirror: Awaited<ReturnType<typeof openMirror>>;
  before(async () => {
    t = await testDepositary(['RU', 'BY', 'DE', 'FR']);
    await fileHistory(t, 300);
    mirror = await openMirror(tilesOf(t), { logKey: t.d.verifierKey });
  });

  it("copies every entry, reaches the depositary's root and outcome, and cosigns the checkpoint it holds in full", async () => {
    const { m } = mirror;
    const followed = await m.follow();
    assert.deepEqual(followed, { kind: 'advanced', from: 0, size: t.d.size });
    assert.equal(m.size, t.d.size);
    assert.deepEqual(await m.rootAt(m.size), await t.d.rootAt(t.d.size));
    assert.deepEqual(await m.outcome(), await t.d.outcome());
    assert.deepEqual(await m.keys(), await t.d.keys());
    assert.deepEqual(await m.entries(250, 260), await t.d.entries(250, 260));

    const note = await m.checkpoint();
    const logKey = await parseVerifierKey(sha256, t.d.verifierKey);
    assert.ok(logKey);
    const opened = await openNote(note, logKey, ed25519Verify);
    assert.equal(opened.ok, true, "the log's own signature is kept");
    if (!opened.ok) return;
    assert.equal(opened.text.split('\n')[1], String(t.d.size));
    const cosigner = await parseCosignerVerifierKey(sha256, m.mirrorKey);
    assert.ok(cosigner);
    const split = splitNote(note);
    assert.ok(split.ok);
    const ours = split.signatures.filter((s) => s.name === cosigner.name);
    assert.equal(ours.length, 1);
    const check = await verifyCosignature(opened.text, ours[0]!, cosigner, ed25519Verify);
    assert.equal(check.ok, true, "the mirror's cosignature (c2sp.org/tlog-cosignature) verifies");
  });

  it('follows on from what it holds with a consistency proof, and says when there is nothing new', async () => {
    const { m } = mirror;
    const before = m.size;
    assert.deepEqual(await m.follow(), { kind: 'up-to-date', size: before });
    const heard: number[] = [];
    const stop = m.subscribe((a) => heard.push(a.index));
    await fileHistory(t, 7);
    const followed = await m.follow();
    stop();
    assert.deepEqual(followed, { kind: 'advanced', from: before, size: t.d.size });
    assert.deepEqual(
      heard,
      Array.from({ length: t.d.size - before }, (_, i) => before + i),
    );
    assert.deepEqual(await m.rootAt(m.size), await t.d.rootAt(t.d.size));
  });

  it('serves the read API: est verify over it passes; filings are refused with 405, naming the depositary', async () => {
    const { m, log } = mirror;
    const { fetch, client } = mirrorApp(m, log);
    const report = await auditServer(client, { sample: 8, verifierKey: t.d.verifierKey });
    assert.deepEqual(report.result.problems, []);
    assert.equal(report.result.ok, true);
    assert.equal(report.result.size, m.size);

    const refused = await fetch('http://mirror.test/api/v1/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(t.filer('RU').envelope({ act: 'ratify' })),
    });
    assert.equal(refused.status, 405);
    assert.equal(refused.headers.get('allow'), 'GET, HEAD');
    const problem = (await refused.json()) as { type: string; detail: string };
    assert.match(problem.type, /read-only$/);
    assert.match(problem.detail, /mirror of http:\/\/depositary\.test\//);

    const status = (await (await fetch('http://mirror.test/api/v1/mirror')).json()) as Record<
      string,
      unknown
    >;
    assert.equal(status['size'], m.size);
    assert.equal(status['cosigned'], m.size);
    assert.equal(status['mirrorKey'], m.mirrorKey);
  });

  it('serves its copy as tiles under /tlog/ and under /tlog/<origin hash>/ (c2sp.org/tlog-mirror)', async () => {
    const { m, log } = mirror;
    const { fetch } = mirrorApp(m, log);
    const hash = originHash(m.origin);
    assert.match(hash, /^[0-9a-f]{64}$/);
    for (const prefix of ['/tlog/', `/tlog/${hash}/`]) {
      const cp = await fetch(`http://mirror.test${prefix}checkpoint`);
      assert.equal(cp.status, 200, prefix);
      assert.equal(await cp.text(), await m.checkpoint());
      const settings = (await (await fetch(`http://mirror.test${prefix}est-log.json`)).json()) as Record<
        string,
        unknown
      >;
      assert.equal(settings['verifierKey'], t.d.verifierKey, prefix);
      const tiles = new TileLogClient(httpTileStore(new URL(`http://mirror.test${prefix}`), { fetch }));
      for await (const page of tiles.pages(0, 3)) assert.deepEqual(page, await t.d.entries(0, 3));
    }
    const wrong = await fetch(`http://mirror.test/tlog/${'0'.repeat(64)}/checkpoint`);
    assert.equal(wrong.status, 404);
  });

  it('starts again from its store, bound to the log it mirrors', async () => {
    const { m, log, key } = mirror;
    const again = await Mirror.open({ log, upstream: tilesOf(t), logKey: t.d.verifierKey, key });
    assert.equal(again.size, m.size);
    assert.equal(await again.checkpoint(), await m.checkpoint());
    const other = await testDepositary(['RU']);
    await assert.rejects(
      Mirror.open({ log, upstream: tilesOf(other), logKey: other.d.verifierKey, key }),
      (e: unknown) => e instanceof MirrorError && /mirrors the log of/.test(e.message),
    );
  });
});

describe('a mirror facing a depositary that misbehaves', () => {
  it('refuses entries that do not make the signed tree, keeps none of them, and keeps the evidence', async () => {
    const t = await testDepositary(['RU', 'BY', 'DE', 'FR']);
    await fileHistory(t, 20);
    // The bundle serves entry 10 changed (as a row edited under a running server).
    const tampered = tilesOf(t, (path, body) => {
      const parsed = parseTilePath(path);
      if (!parsed.ok || parsed.tile.level !== 'entries') return body;
      const entries = decodeBundle(body, parsed.tile.width);
      const e = JSON.parse(new TextDecoder().decode(entries[10])) as Entry;
      entries[10] = new TextEncoder().encode(canonicalJson({ ...e, receivedAt: '2010-01-01T00:00:00.000Z' }));
      return encodeBundle(entries);
    });
    const { m } = await openMirror(tampered, { logKey: t.d.verifierKey });
    const followed = await m.follow();
    assert.equal(followed.kind, 'refused');
    if (followed.kind !== 'refused') return;
    assert.equal(followed.evidence.kind, 'entries');
    assert.equal(m.size, 0, 'nothing of the batch is stored');
    assert.equal(m.evidence.length, 1);
    await m.follow();
    assert.equal(m.evidence.length, 1, 'the same evidence is kept once');
  });

  it('keeps a rollback and a fork as evidence and stays on the history it holds', async () => {
    const seed = new Uint8Array(32).fill(7);
    const a = await testDepositary(['RU', 'BY', 'DE', 'FR'], { seed });
    await fileHistory(a, 6);
    const upstream = { current: tilesOf(a) };
    const proxy: Upstream = {
      base: 'http://depositary.test/tlog/',
      checkpoint: () => upstream.current.checkpoint(),
      pages: (s, e) => upstream.current.pages(s, e),
      consistencyProof: (f, to) => upstream.current.consistencyProof(f, to),
    };
    const { m } = await openMirror(proxy, { logKey: a.d.verifierKey });
    assert.equal((await m.follow()).kind, 'advanced');
    const held = m.size;
    const root = await m.rootAt(held);

    // The same key, another history: first a smaller tree, then one of the same size.
    const b = await testDepositary(['RU', 'BY', 'DE', 'FR'], { seed });
    upstream.current = tilesOf(b);
    const rollback = await m.follow();
    assert.equal(rollback.kind === 'refused' && rollback.evidence.kind, 'rollback');
    await fileHistory(b, 2);
    b.clock.set('2011-06-01T10:00:00.000Z');
    while (b.d.size < held) await b.d.fileOwn({ act: 'close', procedure: `other-${b.d.size}` });
    assert.equal(b.d.size, held);
    const fork = await m.follow();
    assert.equal(fork.kind === 'refused' && fork.evidence.kind, 'fork');
    await b.d.fileOwn({ act: 'close', procedure: 'beyond' });
    const inconsistent = await m.follow();
    assert.equal(inconsistent.kind === 'refused' && inconsistent.evidence.kind, 'inconsistent');

    assert.deepEqual(
      m.evidence.map((e) => e.kind),
      ['rollback', 'fork', 'inconsistent'],
    );
    assert.equal(m.size, held);
    assert.deepEqual(await m.rootAt(held), root, 'the mirror stays on its branch');
    // Each piece of evidence is the log's own signed checkpoint.
    const logKey = await parseVerifierKey(sha256, a.d.verifierKey);
    assert.ok(logKey);
    for (const e of m.evidence) assert.equal((await openNote(e.checkpoint, logKey, ed25519Verify)).ok, true);
    // Back on the right branch, it goes on.
    upstream.current = tilesOf(a);
    await fileHistory(a, 3);
    assert.equal((await m.follow()).kind, 'advanced');
    assert.equal(m.size, a.d.size);
  });

  it('halts at an entry the rules decide otherwise than the log says, though the log signed it', async () => {
    const t = await testDepositary(['RU', 'BY', 'DE', 'FR']);
    await fileHistory(t, 12);
    const leaves = await t.d.entries(0, t.d.size);
    // Entry 9 logged as refused where the rules accept it: a log signed over a lie.
    const k = 9;
    const forged = leaves.map((leaf, i) => {
      if (i !== k) return leaf;
      const e = JSON.parse(leaf) as Entry & { outcome: { accepted: boolean } };
      assert.equal(e.outcome.accepted, true);
      return canonicalJson({ ...e, outcome: { accepted: false, violations: [] } });
    });
    const upstream = await staticTiles(forged, t.seed, t.d.origin);
    const { m } = await openMirror(upstream, { logKey: t.d.verifierKey });
    const followed = await m.follow();
    assert.equal(followed.kind, 'refused');
    if (followed.kind !== 'refused') return;
    assert.equal(followed.evidence.kind, 'entry');
    assert.equal(followed.evidence.index, k);
    assert.equal(m.size, 0, 'the batch holding it is not kept');
    assert.deepEqual(await m.follow(), { kind: 'halted', reason: m.status.halted });
    assert.match(m.status.halted ?? '', /^entry 9: /);
  });
});

describe('a mirror checks every entry as est verify does', () => {
  it('refuses a filing whose signature does not verify, though the log signed the tree holding it', async () => {
    const t = await testDepositary(['RU', 'BY', 'DE', 'FR']);
    await fileHistory(t, 12);
    const leaves = await t.d.entries(0, t.d.size);
    const k = 7;
    const forged = leaves.map((leaf, i) => {
      if (i !== k) return leaf;
      const e = JSON.parse(leaf) as Entry;
      const signature = Buffer.from(new Uint8Array(64).fill(1)).toString('base64');
      return canonicalJson({ ...e, envelope: { ...e.envelope, signature } });
    });
    const { m } = await openMirror(await staticTiles(forged, t.seed, t.d.origin), {
      logKey: t.d.verifierKey,
    });
    const followed = await m.follow();
    assert.equal(followed.kind === 'refused' && followed.evidence.kind, 'entry');
    assert.match(m.status.halted ?? '', /^entry 7: the signature does not verify/);
    assert.equal(m.size, 0);
  });

  it('refuses a leaf that is not in canonical JSON', async () => {
    const t = await testDepositary(['RU', 'BY']);
    const leaves = await t.d.entries(0, t.d.size);
    const spaced = leaves.map((leaf, i) => (i === 1 ? JSON.stringify(JSON.parse(leaf), null, 1) : leaf));
    const { m } = await openMirror(await staticTiles(spaced, t.seed, t.d.origin), {
      logKey: t.d.verifierKey,
    });
    const followed = await m.follow();
    assert.equal(followed.kind === 'refused' && followed.evidence.index, 1);
    assert.match(m.status.halted ?? '', /canonical JSON/);
  });
});

describe("a mirror's own store, changed behind its back", () => {
  it('refuses to start: the entries no longer make the root the log signed, which its operator cannot sign', async () => {
    const t = await testDepositary(['RU', 'BY', 'DE', 'FR']);
    await fileHistory(t, 12);
    const dir = mkdtempSync(join(tmpdir(), 'est-mirror-store-'));
    dirs.push(dir);
    const file = join(dir, 'est.db');
    const key = await mirrorKey();
    const first = await openMirror(tilesOf(t), {
      log: await openSqliteEventLog(file),
      logKey: t.d.verifierKey,
      key,
    });
    await first.m.follow();
    await first.log.close();
    // The mirror's operator, with its database: the append-only triggers dropped, entry 9's time
    // of receipt moved by a millisecond (in canonical JSON; every decision stays the same).
    const db = new Database(file);
    const triggers = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'entries'")
      .pluck()
      .all() as string[];
    for (const name of triggers) db.exec(`DROP TRIGGER "${name}"`);
    const leaf = db.prepare('SELECT leaf FROM entries WHERE idx = 9').pluck().get() as string;
    const entry = JSON.parse(leaf) as Entry;
    const moved = new Date(Date.parse(entry.receivedAt) + 1).toISOString();
    db.prepare('UPDATE entries SET leaf = ? WHERE idx = 9').run(
      canonicalJson({ ...entry, receivedAt: moved }),
    );
    db.close();
    const log = await openSqliteEventLog(file);
    try {
      await assert.rejects(
        Mirror.open({ log, upstream: tilesOf(t), logKey: t.d.verifierKey, key }),
        /no longer give the root/,
      );
    } finally {
      await log.close();
    }
  });
});

/** A log's tiles built from leaf texts and signed with a depositary's seed: a log that lies, served. */
async function staticTiles(leaves: readonly string[], seed: Uint8Array, origin: string): Promise<Upstream> {
  const log = memoryEventLog();
  const edge: HashedNode[] = [];
  for (const [index, leaf] of leaves.entries()) {
    const leafHash = leafHashOf(sha256, leaf);
    const nodes = extendEdge(sha256, edge, index, leafHash);
    const e = JSON.parse(leaf) as Entry;
    await log.append([{ index, leaf, leafHash, party: e.envelope.party, seq: e.envelope.seq }], nodes);
  }
  const signer = privateKeyFromSeed(seed);
  const key = await noteKey(sha256, origin, rawPublicKey(signer));
  const root = foldRange(
    sha256,
    edge.map((n) => n.hash),
  );
  const note = await signNote(checkpointText({ origin, size: leaves.length, root }), key, (m) =>
    ed25519Sign(signer, m),
  );
  const encoder = new TextEncoder();
  const store: TileStore = {
    where: 'static://lying-log/',
    get: async (path) => {
      if (path === 'checkpoint') return encoder.encode(note);
      const parsed = parseTilePath(path);
      if (!parsed.ok) return null;
      const { tile } = parsed;
      if (tile.level === 'entries') {
        const [s, e] = bundleRange(tile);
        return encodeBundle((await log.entries(s, e)).map((x: string) => encoder.encode(x)));
      }
      return encodeTile(await log.nodes(tileNodes(tile)));
    },
  };
  return new TileLogClient(store);
}
