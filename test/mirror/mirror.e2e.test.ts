/**
 * @module `est mirror` as a user runs it, with real processes: a depositary (`est serve`) takes
 * lodged keys and filings; a mirror follows it through its tiles (c2sp.org/tlog-tiles), holds a
 * copy that matches entry for entry, and serves the log's checkpoint with its own cosignature
 * (c2sp.org/tlog-cosignature) beside the log's signature; it refuses filings. Once the depositary
 * is gone the copy still verifies (`est verify --server`, and `--tiles` under the tlog-mirror path
 * /tlog/<origin hash>/), a client policy (c2sp.org/tlog-policy) can count the mirror as its quorum,
 * the mirror restarts on its data alone, and its data directory stays bound to the log it mirrors.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Filer, actFor, partyIds } from '../../src/app/testing.ts';
import { ed25519Verify, sha256 } from '../../src/log/node-crypto.ts';
import { openNote, parseVerifierKey } from '../../src/log/note.ts';
import { checkCosignedCheckpoint, parsePolicy } from '../../src/log/policy.ts';
import type { MirrorStatus } from '../../src/log/mirror-status.ts';
import type { Served } from '../durability/helpers.ts';
import {
  allEntries,
  file,
  getJson,
  getText,
  killLeftovers,
  lodge,
  runEst,
  serve,
  sleep,
  startEst,
  stop,
} from '../durability/helpers.ts';

const ORIGIN = 'est.test/mirrored';
const NAME = 'mirror.test/m1';
/** A log verifier key named by the origin (c2sp.org/signed-note): <origin>+<key id>+<key>. */
const KEY_OF_ORIGIN = new RegExp(`^${ORIGIN.replaceAll('.', '\\.')}\\+[0-9a-f]{8}\\+\\S+$`);
/** How long the mirror may take to catch up with the depositary (it follows every 0.2 s). */
const CATCH_UP_MS = 30_000;

const base = mkdtempSync(join(tmpdir(), 'est-mirror-e2e-'));
const running: Served[] = [];
after(async () => {
  for (const s of running) if (s.proc.exitCode === null && s.proc.signalCode === null) await stop(s);
  killLeftovers();
  rmSync(base, { recursive: true, force: true });
});

/** Starts a process and keeps it for `after`. */
function kept(s: Served): Served {
  running.push(s);
  return s;
}

/** `est mirror --data DIR ARGS...` on any free port, once its whole banner is out. */
const startMirror = async (data: string, args: readonly string[]): Promise<Served> =>
  kept(
    await startEst(['mirror', '--data', data, '--port', '0', '--interval', '0.2', ...args], {
      ready: /Ctrl-C stops/,
    }),
  );

/** The size a checkpoint note states (its second line). */
const sizeOf = (note: string): number => Number(note.split('\n')[1]);

/** The signature lines of a note (after its blank line), by signer name. */
function signatureLines(note: string): Map<string, string> {
  const lines = note.slice(note.indexOf('\n\n') + 2).split('\n');
  const byName = new Map<string, string>();
  for (const line of lines) {
    const m = /^\u2014 (\S+) \S+$/.exec(line);
    if (m) byName.set(m[1] as string, line);
  }
  return byName;
}

/** Polls the mirror's status until `ok` holds; fails with the last status after `timeoutMs`. */
async function mirrorUntil(
  url: string,
  ok: (s: MirrorStatus) => boolean,
  what: string,
  timeoutMs = CATCH_UP_MS,
): Promise<MirrorStatus> {
  const since = Date.now();
  let last: MirrorStatus | null = null;
  while (Date.now() - since < timeoutMs) {
    last = await getJson<MirrorStatus>(`${url}/api/v1/mirror`);
    if (ok(last)) return last;
    await sleep(100);
  }
  throw new Error(`timed out waiting for the mirror: ${what}; its status: ${JSON.stringify(last)}`);
}

/** Files `count` more acts of each filer, each acknowledged (201). */
async function fileActs(url: string, filers: readonly Filer[], count: number): Promise<void> {
  const parties = filers.map((f) => f.party);
  for (let i = 0; i < count; i += 1)
    for (const f of filers) {
      const r = await file(url, f.envelope(actFor(f.party, f.seq + 1, parties)));
      assert.equal(r.status, 201, `${f.party} filing seq ${f.seq}: ${r.text}`);
    }
}

/**
 * Runs a command that should refuse to start: resolves with whether it listened after all (then it
 * is stopped) and its output, or the error `startEst` gave (its exit code and output).
 */
async function refusal(args: readonly string[]): Promise<{ listened: boolean; output: string }> {
  return startEst(args, { ready: /Ctrl-C stops/ }).then(
    async (s) => {
      kept(s);
      await sleep(500);
      const output = `${s.stdout()}\n${s.stderr()}`;
      await stop(s);
      return { listened: true, output };
    },
    (e: unknown) => ({ listened: false, output: e instanceof Error ? e.message : String(e) }),
  );
}

describe('est mirror, following a depositary as separate processes', () => {
  const depData = join(base, 'dep');
  const mirrorData = join(base, 'mirror');
  const filers = partyIds(4).map((p) => new Filer(p));
  let dep: Served;
  let depKey: string;
  let mirror: Served;
  let mirrorKey: string;
  /** A second depositary: another key, the same origin. */
  const dep2Data = join(base, 'dep2');
  let second: Served;
  let secondKey = '';
  /** The depositary's size when it was stopped, and the mirror's checkpoint then. */
  let finalSize = 0;
  let finalCheckpoint = '';

  before(async () => {
    dep = kept(await serve({ data: depData, args: ['--origin', ORIGIN] }));
    // The depositary's key, and the key of another log under the same origin (started later).
    const [printed, other] = await Promise.all([
      runEst(['serve', '--data', depData, '--print-verifier-key']),
      runEst(['serve', '--data', dep2Data, '--origin', ORIGIN, '--print-verifier-key']),
    ]);
    assert.equal(printed.code, 0, printed.stderr);
    depKey = printed.stdout.trim();
    assert.match(depKey, KEY_OF_ORIGIN);
    assert.equal(other.code, 0, other.stderr);
    secondKey = other.stdout.trim();
    assert.match(secondKey, KEY_OF_ORIGIN);
    assert.notEqual(secondKey, depKey);
  });

  it('copies the log and cosigns the checkpoint it holds in full', async () => {
    await lodge(dep.url, filers);
    await fileActs(dep.url, filers, 2);
    const depSize = sizeOf(await getText(`${dep.url}/api/v1/log/checkpoint`));
    assert.equal(depSize, filers.length * 3, 'the lodged keys and the filings are entries');

    mirror = await startMirror(mirrorData, ['--from', dep.url, '--name', NAME]);
    assert.match(mirror.stdout(), new RegExp(`${NAME} is listening on`));
    assert.doesNotMatch(mirror.stdout(), /EXERCISE/, 'a copy of a record is not called an exercise');
    const status = await mirrorUntil(
      mirror.url,
      (s) => s.size === depSize && s.cosigned === depSize,
      `size and cosigned ${depSize}`,
    );
    assert.equal(status.from, dep.url);
    assert.equal(status.logKey, depKey, "the log key the mirror learned is the depositary's");
    assert.equal(status.upstream, depSize);
    assert.equal(status.halted, null);
    assert.equal(status.evidence, 0);
    assert.deepEqual(await getJson(`${mirror.url}/api/v1/mirror/evidence`), { evidence: [] });
  });

  it("serves the log's checkpoint with the mirror's cosignature, and the log's treaty", async () => {
    const status = await getJson<MirrorStatus>(`${mirror.url}/api/v1/mirror`);
    const printed = await runEst(['mirror', '--data', mirrorData, '--print-verifier-key']);
    assert.equal(printed.code, 0, printed.stderr);
    mirrorKey = printed.stdout.trim();
    assert.equal(mirrorKey, status.mirrorKey, 'the key printed is the one the status gives');
    assert.ok(mirrorKey.startsWith(`${NAME}+`), mirrorKey);
    assert.ok(mirror.stdout().includes(`mirror key      ${mirrorKey}`), mirror.stdout());

    const depNote = await getText(`${dep.url}/api/v1/log/checkpoint`);
    const note = await getText(`${mirror.url}/api/v1/log/checkpoint`);
    assert.equal(sizeOf(note), sizeOf(depNote));
    const lines = signatureLines(note);
    const depLine = signatureLines(depNote).get(ORIGIN);
    assert.ok(depLine !== undefined, `the depositary signs its checkpoint:\n${depNote}`);
    assert.equal(lines.get(ORIGIN), depLine, `the depositary's signature line, as it served it:\n${note}`);
    assert.ok(lines.has(NAME), `a cosignature line of ${NAME}:\n${note}`);
    assert.equal(note.slice(0, note.indexOf('\n\n')), depNote.slice(0, depNote.indexOf('\n\n')));
    // Both lines verify: the log's signature with its key, the mirror's under a policy naming it.
    const logKey = await parseVerifierKey(sha256, depKey);
    assert.ok(logKey !== null);
    assert.equal((await openNote(note, logKey, ed25519Verify)).ok, true);
    const policy = await parsePolicy(
      `log ${depKey}\nwitness m1 ${mirrorKey} ${mirror.url}\nquorum m1\n`,
      sha256,
      'policy',
    );
    const check = await checkCosignedCheckpoint(note, policy, { sha256, ed25519Verify });
    assert.equal(check.ok, true, JSON.stringify(check));
    assert.deepEqual(
      check.cosigners.map((c) => c.witness),
      ['m1'],
    );

    assert.deepEqual(await getJson(`${mirror.url}/api/v1/treaty`), await getJson(`${dep.url}/api/v1/treaty`));
  });

  it('refuses filings: 405, read-only', async () => {
    const [f] = filers;
    assert.ok(f !== undefined);
    const envelope = f.envelope(actFor(f.party, f.seq + 1, []), f.seq + 1);
    const r = await fetch(`${mirror.url}/api/v1/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(envelope),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await r.text();
    assert.equal(r.status, 405, text);
    assert.match(r.headers.get('allow') ?? '', /\bGET\b/);
    assert.doesNotMatch(r.headers.get('allow') ?? '', /\bPOST\b/);
    assert.match(r.headers.get('content-type') ?? '', /^application\/problem\+json/);
    const problem = JSON.parse(text) as { type: string; status: number };
    assert.ok(problem.type.endsWith('read-only'), problem.type);
    assert.equal(problem.status, 405);
  });

  it('catches up with filings made later, entry for entry', async () => {
    await fileActs(dep.url, filers, 2);
    const depSize = sizeOf(await getText(`${dep.url}/api/v1/log/checkpoint`));
    assert.equal(depSize, filers.length * 5);
    await mirrorUntil(
      mirror.url,
      (s) => s.size === depSize && s.cosigned === depSize,
      `size and cosigned ${depSize}`,
    );
    assert.deepEqual(await allEntries(mirror.url, depSize), await allEntries(dep.url, depSize));
    assert.match(mirror.stdout(), new RegExp(`cosigned the checkpoint of ${depSize}\\b`));
    finalSize = depSize;
    finalCheckpoint = await getText(`${mirror.url}/api/v1/log/checkpoint`);
    assert.equal(sizeOf(finalCheckpoint), depSize);
  });

  it('still verifies, over its API and its tiles, once the depositary is gone', async () => {
    assert.equal(await stop(dep), 0);
    const gone = await fetch(`${dep.url}/api/v1/treaty`).then(
      () => 'answering',
      () => 'gone',
    );
    assert.equal(gone, 'gone');

    const origin = finalCheckpoint.split('\n')[0] as string;
    assert.equal(origin, ORIGIN);
    const hash = createHash('sha256').update(origin).digest('hex');
    const [api, tiles, wrong] = await Promise.all([
      runEst(['verify', '--server', mirror.url, '--verifier-key', depKey]),
      runEst(['verify', '--tiles', `${mirror.url}/tlog/${hash}/`, '--verifier-key', depKey]),
      // The check is against the key given: another log's key under the same origin is refused.
      runEst(['verify', '--server', mirror.url, '--verifier-key', secondKey]),
    ]);
    assert.equal(api.code, 0, `${api.stdout}\n${api.stderr}`);
    assert.match(api.stdout, new RegExp(`The log verifies: ${finalSize} entries`));
    assert.equal(tiles.code, 0, `${tiles.stdout}\n${tiles.stderr}`);
    assert.match(tiles.stdout, new RegExp(`The log verifies: ${finalSize} entries`));
    assert.match(tiles.stdout, /tlog-tiles/);
    assert.notEqual(wrong.code, 0, wrong.stdout);
    assert.doesNotMatch(wrong.stdout, /The log verifies/);
  });

  it('meets a client policy that counts the mirror as its quorum, and only that one', async () => {
    const init = await runEst(['witness', 'init', '--name', 'other.test/w1', '--data', join(base, 'w1')]);
    assert.equal(init.code, 0, init.stderr);
    const otherKey = init.stdout.trim();
    const good = join(base, 'mirror-policy.txt');
    writeFileSync(good, `log ${depKey}\nwitness m1 ${mirrorKey} ${mirror.url}\nquorum m1\n`);
    const bad = join(base, 'other-policy.txt');
    writeFileSync(
      bad,
      `log ${depKey}\nwitness m1 ${mirrorKey} ${mirror.url}\nwitness w1 ${otherKey}\nquorum w1\n`,
    );
    const [met, unmet] = await Promise.all([
      runEst(['verify', '--server', mirror.url, '--policy', good]),
      runEst(['verify', '--server', mirror.url, '--policy', bad]),
    ]);
    assert.equal(met.code, 0, `${met.stdout}\n${met.stderr}`);
    assert.match(met.stdout, /cosigned by m1/);
    assert.match(met.stdout, /quorum is met/);
    assert.match(met.stdout, new RegExp(`The log verifies: ${finalSize} entries`));
    assert.notEqual(unmet.code, 0, unmet.stdout);
    assert.match(`${unmet.stdout}\n${unmet.stderr}`, /quorum is NOT met/);
    assert.match(unmet.stdout, /w1 has not cosigned/);
    assert.doesNotMatch(unmet.stdout, /The log verifies/);

    // A Party proves the Depositary's inaction from the mirror alone, the depositary gone.
    const absent = await runEst([
      'prove-absence',
      '--server',
      mirror.url,
      '--procedure',
      'xc-never-convened',
      '--policy',
      good,
    ]);
    assert.equal(absent.code, 0, `${absent.stdout}\n${absent.stderr}`);
    assert.match(absent.stdout, /m1/);
    assert.match(absent.stdout, new RegExp(`\\b${finalSize}\\b`));
  });

  it('restarts on its data alone while the depositary is down, serving the same copy', async () => {
    mirror.proc.kill('SIGINT');
    assert.equal(await mirror.exited, 0);
    assert.match(mirror.stderr(), /closed/);

    mirror = await startMirror(mirrorData, ['--from', dep.url]);
    assert.match(mirror.stdout(), /not answering/);
    assert.match(mirror.stdout(), new RegExp(`copy +${finalSize} entries, cosigned ${finalSize}`));
    const status = await mirrorUntil(mirror.url, (s) => s.lastError !== null, 'a failed round', 10_000);
    assert.equal(status.size, finalSize);
    assert.equal(status.cosigned, finalSize);
    assert.equal(status.mirrorKey, mirrorKey, 'the same key, without --name');
    assert.equal(status.logKey, depKey);
    assert.equal(await getText(`${mirror.url}/api/v1/log/checkpoint`), finalCheckpoint);
  });

  it('refuses a second mirror on a data directory in use (exit 75), naming the one that holds it', async () => {
    const told = await refusal(['mirror', '--from', dep.url, '--data', mirrorData, '--port', '0']);
    assert.equal(told.listened, false, told.output);
    assert.match(told.output, /exited with 75 before it listened/);
    assert.match(told.output, new RegExp(`is in use by est mirror \\(pid ${mirror.proc.pid} on `));
  });

  it("refuses to follow another log's depositary into its data directory", async () => {
    second = kept(await serve({ data: dep2Data, args: ['--origin', ORIGIN] }));
    const stated = await getJson<{ verifierKey: string }>(`${second.url}/tlog/est-log.json`);
    assert.equal(stated.verifierKey, secondKey);
    // The mirror of the first log is still running on that directory; stopped, to be sure the
    // refusal is the store's and not a lock's.
    mirror.proc.kill('SIGINT');
    assert.equal(await mirror.exited, 0);

    const told = await refusal([
      'mirror',
      '--from',
      second.url,
      '--data',
      mirrorData,
      '--port',
      '0',
      '--log-key',
      secondKey,
    ]);
    assert.equal(told.listened, false, told.output);
    assert.match(told.output, /exited with 2 before it listened/);
    assert.match(told.output, /mirrors the log of/);
  });

  it('refuses it without --log-key too (the key the depositary states)', async () => {
    const plain = await refusal(['mirror', '--from', second.url, '--data', mirrorData, '--port', '0']);
    assert.equal(plain.listened, false, plain.output);
    assert.match(plain.output, /exited with 2 before it listened/);
    assert.match(plain.output, /mirrors the log of .* but .* states the key/);
  });
});
