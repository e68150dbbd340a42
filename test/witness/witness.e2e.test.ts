/**
 * `est witness` against c2sp.org/tlog-witness, point by point, through the real command: a spawned
 * `est witness serve` over HTTP, its SQLite store in a temporary data directory, checkpoints signed
 * by test logs with node:crypto, and consistency proofs computed from RFC 9162's definitions.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  parseCosignerVerifierKey,
  parseSignatureLines,
  verifyCosignature,
} from '../../src/log/cosignature.ts';
import type { CosignerKey } from '../../src/log/cosignature.ts';
import { ed25519Verify, privateKeyFromSeed, rawPublicKey, sha256 } from '../../src/log/node-crypto.ts';
import type { RunningWitness } from './helpers.ts';
import { TestLog, addCheckpoint, startWitness, witnessInit } from './helpers.ts';

const NAME = 'witness.est.test/w1';
const TLOG_SIZE = 'text/x.tlog.size';

interface EvidenceJson {
  id: number;
  origin: string;
  status: number;
  reason: string;
  detail: string;
  count: number;
  oldSize: number;
  size: number;
  root: string;
  proof: string[];
  checkpoint: string;
  conflictsWith: { size: number; root: string; checkpoint: string } | null;
}

describe('est witness (c2sp.org/tlog-witness)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'est-witness-'));
  const data = join(dir, 'w1');
  const log = new TestLog('log.est.test/one');
  const other = new TestLog('log.est.test/two');
  const stranger = new TestLog('log.est.test/unknown');
  let vkey = '';
  let cosigner: CosignerKey;
  let w: RunningWitness;

  /** Checks a 200 answer: signature lines, one of them this witness's valid cosignature of `text`. */
  async function cosigned(answer: { status: number; text: string }, text: string, from: number, to: number) {
    assert.equal(answer.status, 200, answer.text);
    const lines = parseSignatureLines(answer.text);
    assert.ok(lines && lines.length === 1, answer.text);
    const check = await verifyCosignature(text, lines[0]!, cosigner, ed25519Verify);
    assert.ok(check.ok, JSON.stringify(check));
    assert.ok(check.timestamp >= from && check.timestamp <= to, `${check.timestamp} in [${from}, ${to}]`);
  }
  const now = () => Math.floor(Date.now() / 1000);
  const evidence = async (): Promise<EvidenceJson[]> =>
    ((await (await fetch(`${w.url}/evidence`)).json()) as { evidence: EvidenceJson[] }).evidence;

  before(async () => {
    const made = witnessInit(data, NAME);
    assert.equal(made.status, 0, made.stderr);
    vkey = made.stdout.trim();
    cosigner = (await parseCosignerVerifierKey(sha256, vkey))!;
    w = await startWitness(data, [await log.vkey(), await other.vkey()]);
  });
  after(async () => {
    await w.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('est witness init', () => {
    it('prints the verifier key alone: name+hex id+base64(0x04 || key), the id SHA-256(name\\n 0x04 key)[:4]', () => {
      const m = /^([^+]+)\+([0-9a-f]{8})\+(\S+)$/.exec(vkey);
      assert.ok(m, vkey);
      assert.equal(m[1], NAME);
      const material = Buffer.from(m[3]!, 'base64');
      assert.equal(material.length, 33);
      assert.equal(material[0], 0x04);
      const id = createHash('sha256')
        .update(Buffer.concat([Buffer.from(`${NAME}\n`), material]))
        .digest()
        .subarray(0, 4)
        .toString('hex');
      assert.equal(m[2], id);
    });

    it('writes the key file with mode 0600, in the Go note signer format, matching the verifier key', () => {
      const file = join(data, 'witness.key');
      assert.equal(statSync(file).mode & 0o777, 0o600);
      const text = readFileSync(file, 'utf8').trim();
      const [p, k, name, id, ...rest] = text.split('+');
      assert.deepEqual([p, k, name, id], ['PRIVATE', 'KEY', NAME, vkey.split('+')[1]]);
      const material = Buffer.from(rest.join('+'), 'base64');
      assert.equal(material[0], 0x04);
      const pub = rawPublicKey(privateKeyFromSeed(new Uint8Array(material.subarray(1))));
      assert.equal(Buffer.from(pub).toString('base64'), Buffer.from(cosigner.publicKey).toString('base64'));
    });

    it('refuses to overwrite an existing key, saying so, and leaves it unchanged', () => {
      const file = join(data, 'witness.key');
      const beforeText = readFileSync(file, 'utf8');
      const again = witnessInit(data, NAME);
      assert.equal(again.status, 2);
      assert.equal(again.stdout, '');
      assert.match(again.stderr, /already exists .*Refusing to overwrite it/);
      assert.doesNotMatch(again.stderr, /\n\s+at /);
      assert.equal(readFileSync(file, 'utf8'), beforeText);
    });

    it('refuses a name with a space or a plus sign', () => {
      const bad = witnessInit(join(dir, 'bad'), 'a b');
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /no spaces or plus signs/);
    });
  });

  describe('POST /add-checkpoint', () => {
    it('cosigns the first checkpoint of a log from old size 0, with no proof', async () => {
      log.append(5);
      const t0 = now();
      await cosigned(await addCheckpoint(w.url, await log.body(0, 5)), log.text(5), t0, now());
    });

    it('404 for an origin it does not witness', async () => {
      stranger.append(2);
      const r = await addCheckpoint(w.url, await stranger.body(0, 2));
      assert.equal(r.status, 404);
      assert.match(r.type, /application\/problem\+json/);
      assert.match(r.text, /does not witness the log log\.est\.test\/unknown/);
    });

    it('403 when no signature verifies with a trusted key of that origin', async () => {
      // A key named after the origin, but not the one it trusts.
      const impostor = new TestLog(log.origin, { leaves: [...log.leaves] }).append(3);
      const r = await addCheckpoint(w.url, await impostor.body(5, 8));
      assert.equal(r.status, 403);
      // The trusted log's checkpoint with its signature changed.
      const good = await log.body(0, 5);
      const broken = good.replace(
        /(\u2014 \S+ )([A-Za-z0-9+/])/,
        (_m, a: string, c: string) => a + (c === 'A' ? 'B' : 'A'),
      );
      assert.equal((await addCheckpoint(w.url, broken)).status, 403);
      // Its text changed under a valid signature.
      const edited = good.replace(`\n5\n`, '\n6\n');
      assert.equal((await addCheckpoint(w.url, edited)).status, 403);
    });

    it('400 for a malformed body, with the reason', async () => {
      const note = await log.checkpoint(5);
      for (const body of [
        note,
        `old 5\n${note}`,
        `old 05\n\n${note}`,
        `old five\n\n${note}`,
        `old 5\nnot-base64!\n\n${note}`,
        'old 5\n\nnot a note\n',
        `old 5\n\n${log.origin}\nfive\nroot\n\n\u2014 x AAAAAAAA\n`,
      ]) {
        const r = await addCheckpoint(w.url, body);
        assert.equal(r.status, 400, `${JSON.stringify(body.slice(0, 30))}: ${r.text}`);
        const p = JSON.parse(r.text) as { status: number; detail: string };
        assert.equal(p.status, 400);
        assert.ok(p.detail.length > 0);
      }
      assert.equal((await addCheckpoint(w.url, Uint8Array.of(0x6f, 0xff, 0xfe))).status, 400);
    });

    it('400 when the old size exceeds the checkpoint size', async () => {
      const r = await addCheckpoint(w.url, await log.body(6, 4, []));
      assert.equal(r.status, 400);
      assert.match(r.text, /old size 6 is above the checkpoint's size 4/);
    });

    it('409 with text/x.tlog.size "<size>\\n" when the old size is not the size last cosigned', async () => {
      log.append(3);
      for (const old of [0, 3, 6]) {
        const r = await addCheckpoint(w.url, await log.body(old, 8));
        assert.equal(r.status, 409);
        assert.equal(r.type, TLOG_SIZE);
        assert.equal(r.text, '5\n');
      }
    });

    it('422 when the consistency proof does not verify', async () => {
      const proof = log.proof(5, 8);
      const wrong = [...proof];
      wrong[0] = createHash('sha256').update('wrong').digest();
      for (const p of [wrong, proof.slice(1), [], [...proof, proof[0]!]]) {
        const r = await addCheckpoint(w.url, await log.body(5, 8, p));
        assert.equal(r.status, 422, r.text);
        assert.match(r.type, /problem\+json/);
      }
    });

    it('cosigns a consistent checkpoint from the size last cosigned', async () => {
      const t0 = now();
      await cosigned(await addCheckpoint(w.url, await log.body(5, 8)), log.text(8), t0, now());
    });

    it('cosigns the same checkpoint again (old size = size, same root, no proof)', async () => {
      const t0 = now();
      await cosigned(await addCheckpoint(w.url, await log.body(8, 8)), log.text(8), t0, now());
      // And the client that asks with old size 0 learns the size, as the spec suggests.
      const r = await addCheckpoint(w.url, await log.body(0, 8));
      assert.deepEqual([r.status, r.type, r.text], [409, TLOG_SIZE, '8\n']);
    });

    it('witnesses each log on its own', async () => {
      other.append(2);
      const t0 = now();
      await cosigned(await addCheckpoint(w.url, await other.body(0, 2)), other.text(2), t0, now());
      const r = await addCheckpoint(w.url, await log.body(0, 8));
      assert.equal(r.text, '8\n');
    });
  });

  describe('a forked log', () => {
    // Made in the first test: the honest log has its 8 leaves only once the tests above have run.
    let fork: TestLog;

    it('409 when the size last cosigned comes with another root', async () => {
      fork = log.fork(5).append(3, 'fork');
      assert.equal(fork.leaves.length, 8);
      assert.notDeepEqual(fork.root(8), log.root(8));
      const r = await addCheckpoint(w.url, await fork.body(8, 8, []));
      assert.equal(r.status, 409);
      assert.match(r.type, /problem\+json/);
      assert.match(r.text, /"type":"[^"]*fork"/);
    });

    it('409 with its size, then 422, when the fork catches up from the size it last saw', async () => {
      // The fork's operator believes the witness at 5 and sends the fork's size 8.
      const stale = await addCheckpoint(w.url, await fork.body(5, 8));
      assert.deepEqual([stale.status, stale.text], [409, '8\n']);
      // It resynchronises from 8, with a proof in its own tree: that proof does not reach the root cosigned at 8.
      fork.append(2, 'fork');
      const r = await addCheckpoint(w.url, await fork.body(8, 10));
      assert.equal(r.status, 422);
    });

    it('keeps each refused, validly signed checkpoint as evidence, with the checkpoint it conflicts with', async () => {
      const list = await evidence();
      const forks = list.filter((e) => e.reason === 'fork');
      assert.ok(forks.length >= 1);
      const f = forks[0]!;
      assert.equal(f.origin, log.origin);
      assert.equal(f.size, 8);
      assert.equal(f.root, Buffer.from(fork.root(8)).toString('base64'));
      assert.equal(f.checkpoint, await fork.checkpoint(8));
      assert.equal(f.conflictsWith?.size, 8);
      assert.equal(f.conflictsWith?.root, Buffer.from(log.root(8)).toString('base64'));
      // The two are both signed by the log: its equivocation, shown by its own signatures.
      assert.ok(f.conflictsWith?.checkpoint.startsWith(log.text(8)));

      const inconsistent = list.find((e) => e.reason === 'inconsistent' && e.size === 10);
      assert.ok(inconsistent, JSON.stringify(list.map((e) => [e.reason, e.size])));
      assert.equal(inconsistent.status, 422);
      assert.equal(inconsistent.oldSize, 8);
      assert.deepEqual(
        inconsistent.proof,
        fork.proof(8, 10).map((p) => Buffer.from(p).toString('base64')),
      );

      // The earlier refusals of the honest log are there too: 400, 409 and 422.
      const reasons = new Set(list.filter((e) => e.checkpoint.startsWith(log.text(8))).map((e) => e.reason));
      assert.ok(reasons.has('old-size-mismatch'));
      assert.ok(reasons.has('inconsistent'));
      assert.ok(list.some((e) => e.reason === 'old-size-exceeds-size' && e.status === 400));
      // Unsigned or untrusted requests are not evidence of anything.
      assert.ok(!list.some((e) => e.origin === stranger.origin));
      // The very checkpoint it had cosigned, asked again with old size 0, is no evidence either.
      assert.ok(!list.some((e) => e.conflictsWith?.size === e.size && e.conflictsWith.root === e.root));
    });

    it('counts the same refusal once, however often it comes', async () => {
      const body = await fork.body(8, 8, []);
      const note = await fork.checkpoint(8);
      const count = async () =>
        (await evidence()).find((e) => e.reason === 'fork' && e.oldSize === 8 && e.checkpoint === note)
          ?.count ?? 0;
      const first = await count();
      await addCheckpoint(w.url, body);
      await addCheckpoint(w.url, body);
      assert.equal(await count(), first + 2);
    });
  });

  describe('atomic check and update', () => {
    it('serves concurrent add-checkpoint requests one at a time: one wins, the others get 409 with its size', async () => {
      log.append(12); // 20 leaves
      const sizes = [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
      const answers = await Promise.all(
        sizes.map(async (n) => ({ n, r: await addCheckpoint(w.url, await log.body(8, n)) })),
      );
      const won = answers.filter((a) => a.r.status === 200);
      assert.equal(won.length, 1, JSON.stringify(answers.map((a) => [a.n, a.r.status, a.r.text])));
      const winner = won[0]!.n;
      for (const a of answers.filter((x) => x.r.status !== 200)) {
        assert.deepEqual([a.r.status, a.r.type, a.r.text], [409, TLOG_SIZE, `${winner}\n`]);
      }
      // Never rolled back: the state is the winner's.
      const r = await addCheckpoint(w.url, await log.body(0, 20));
      assert.equal(r.text, `${winner}\n`);
    });

    it('a smaller checkpoint checked after a larger one does not roll the witness back', async () => {
      const at = Number((await addCheckpoint(w.url, await log.body(0, 20))).text);
      log.append(10); // 30 leaves
      const [a, b] = await Promise.all([
        addCheckpoint(w.url, await log.body(at, 30)),
        addCheckpoint(w.url, await log.body(at, at + 1)),
      ]);
      const statuses = [a.status, b.status].sort();
      assert.deepEqual(statuses, [200, 409]);
      const final = (await addCheckpoint(w.url, await log.body(0, 30))).text;
      assert.equal(final, a.status === 200 ? '30\n' : `${at + 1}\n`);
      // Bring it to 30 for what follows.
      if (final !== '30\n')
        await cosigned(await addCheckpoint(w.url, await log.body(at + 1, 30)), log.text(30), 0, now());
    });
  });

  describe('GET / and /healthz, and other routes', () => {
    it('says what it is, its verifier key and the logs it witnesses', async () => {
      for (const path of ['/', '/healthz']) {
        const r = await fetch(`${w.url}${path}`);
        assert.equal(r.status, 200);
        const body = (await r.json()) as {
          service: string;
          name: string;
          verifierKey: string;
          logs: { origin: string; keys: string[]; cosigned: { size: number } | null }[];
          specifications: string[];
        };
        assert.equal(body.service, 'est witness');
        assert.equal(body.name, NAME);
        assert.equal(body.verifierKey, vkey);
        assert.deepEqual(
          body.logs.map((l) => [l.origin, l.keys, l.cosigned?.size ?? null]),
          [
            [log.origin, [await log.vkey()], 30],
            [other.origin, [await other.vkey()], 2],
          ],
        );
        assert.ok(body.specifications.includes('https://c2sp.org/tlog-witness'));
      }
    });

    it('405 for add-checkpoint by GET, 404 problem for an unknown path, 413 for an oversized body', async () => {
      const get = await fetch(`${w.url}/add-checkpoint`);
      assert.equal(get.status, 405);
      assert.equal(get.headers.get('allow'), 'POST');
      const none = await fetch(`${w.url}/nothing`);
      assert.equal(none.status, 404);
      assert.match(none.headers.get('content-type') ?? '', /problem\+json/);
      const big = await addCheckpoint(w.url, `old 0\n\n${'x'.repeat(70_000)}`);
      assert.equal(big.status, 413);
    });

    it('pages the evidence and refuses a malformed query', async () => {
      const page = (await (await fetch(`${w.url}/evidence?limit=1`)).json()) as {
        evidence: EvidenceJson[];
        next: string | null;
      };
      assert.equal(page.evidence.length, 1);
      assert.ok(page.next);
      const second = (await (await fetch(`${w.url}${page.next}`)).json()) as { evidence: EvidenceJson[] };
      assert.ok(second.evidence[0]!.id > page.evidence[0]!.id);
      assert.equal((await fetch(`${w.url}/evidence?limit=0`)).status, 400);
      assert.equal((await fetch(`${w.url}/evidence?after=x`)).status, 400);
    });
  });

  describe('persistence', () => {
    it('keeps the last cosigned checkpoint and the evidence across a restart', async () => {
      const kept = (await evidence()).length;
      assert.equal(await w.stop(), 0);
      w = await startWitness(data, [await log.vkey(), await other.vkey()]);
      assert.match(w.stdout(), new RegExp(`${log.origin} \\(last cosigned size 30\\)`));
      const r = await addCheckpoint(w.url, await log.body(0, 30));
      assert.deepEqual([r.status, r.text], [409, '30\n']);
      assert.equal((await evidence()).length, kept);
      // And it goes on from there.
      log.append(1);
      await cosigned(await addCheckpoint(w.url, await log.body(30, 31)), log.text(31), 0, now());
    });

    it('a log dropped from --log is unknown (404), its record kept for when it returns', async () => {
      await w.stop();
      w = await startWitness(data, [await other.vkey()]);
      assert.equal((await addCheckpoint(w.url, await log.body(31, 31))).status, 404);
      await w.stop();
      w = await startWitness(data, [await log.vkey(), await other.vkey()]);
      assert.equal((await addCheckpoint(w.url, await log.body(0, 31))).text, '31\n');
    });
  });
});

describe('est witness serve, refusing to start', () => {
  it('without a key, with a bad --log key, or without --log', async () => {
    const { spawnSync } = await import('node:child_process');
    const { BIN, ROOT } = await import('./helpers.ts');
    const dir = mkdtempSync(join(tmpdir(), 'est-witness-'));
    try {
      const run = (...args: string[]) =>
        spawnSync(process.execPath, [BIN, 'witness', 'serve', ...args], { cwd: ROOT, encoding: 'utf8' });
      const vkey = await new TestLog('log.est.test/x').vkey();
      const noKey = run('--data', dir, '--port', '0', '--log', vkey);
      assert.equal(noKey.status, 2);
      assert.match(noKey.stderr, /no witness key in .*est witness init/);
      const badLog = run('--data', dir, '--port', '0', '--log', 'log.est.test/x+00000000+AAAA');
      assert.equal(badLog.status, 2);
      assert.match(badLog.stderr, /--log log\.est\.test\/x\+00000000\+AAAA: not an Ed25519 log verifier key/);
      const noLog = run('--data', dir, '--port', '0');
      assert.equal(noLog.status, 2);
      assert.match(noLog.stderr, /--log VKEY: name at least one log/);
      for (const r of [noKey, badLog, noLog]) assert.doesNotMatch(r.stderr, /\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
