/**
 * The client side of witnessing, as processes: a depositary whose checkpoints three demo witnesses
 * must all cosign (c2sp.org/tlog-witness, c2sp.org/tlog-policy), and a fork of it under the same
 * key. A client holding the policy:
 * - refuses the fork's checkpoint (`est verify --server FORK --policy FILE`, exit 1), naming the
 *   witnesses missing, and accepts the honest one;
 * - shows the two checkpoints of size 3 to be an equivocation (`est verify --checkpoint A
 *   --checkpoint B`, exit 1), naming who signed and cosigned each;
 * - makes a receipt stand alone (`--update`) and verifies it with no server (`--policy`).
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { toBase64 } from '../../src/log/bytes.ts';
import { newKeyPair } from '../../src/log/node-crypto.ts';
import { parseReceiptFile } from '../../src/log/receipt.ts';
import { ADMIN_TOKEN, killLeftovers, runEst, serveAt as serve } from '../durability/helpers.ts';

type Running = Awaited<ReturnType<typeof serve>>;

const dirs: string[] = [];
const running: Running[] = [];
after(async () => {
  for (const r of running) await r.stop();
  killLeftovers();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function lodge(
  url: string,
  party: string,
  publicKey = toBase64(newKeyPair().publicKey),
): Promise<void> {
  const r = await fetch(`${url}/api/v1/admin/parties/${party}/keys`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ publicKey }),
  });
  assert.equal(r.status, 201, await r.text());
}

async function until<T>(f: () => Promise<T | null>, what: string): Promise<T> {
  for (let i = 0; i < 300; i += 1) {
    const v = await f();
    if (v !== null) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const sizeOf = (note: string): number => Number(note.split('\n')[1]);
const cosignedAt = (url: string, size: number) =>
  until(async () => {
    const r = await fetch(`${url}/api/v1/log/checkpoint`);
    if (r.status !== 200) return null;
    const note = await r.text();
    return sizeOf(note) >= size ? note : null;
  }, `a checkpoint of size ${size} cosigned by the quorum`);

describe('a client holding the witness policy', () => {
  it('refuses a fork, reports the equivocation, and verifies a receipt offline', async () => {
    const base = mkdtempSync(join(tmpdir(), 'est-witnessed-verify-'));
    dirs.push(base);
    const data = join(base, 'dep');
    const origin = 'est.depositary/witnessed-verify';
    const first = await serve(data, ['--origin', origin, '--demo-witnesses']);
    running.push(first);
    const policyFile = join(data, 'demo-witnesses', 'policy.txt');

    // A filing with a receipt file, then two more entries.
    const key = join(base, 'ru.key');
    const made = await runEst(['keygen', '--party', 'RU', '--out', key, '--json']);
    assert.equal(made.code, 0, made.stderr);
    await lodge(first.url, 'RU', (JSON.parse(made.stdout) as { publicKey: string }).publicKey);
    const act = join(base, 'sign.yaml');
    writeFileSync(act, 'act: sign\n');
    const receipt = join(base, 'sign.receipt.json');
    const submitted = await runEst([
      'submit',
      '--server',
      first.url,
      '--key',
      key,
      '--receipt-out',
      receipt,
      act,
    ]);
    assert.equal(submitted.code, 0, submitted.stderr);
    await lodge(first.url, 'PL');
    const honest = await cosignedAt(first.url, 3);
    assert.equal(sizeOf(honest), 3);
    const honestFile = join(base, 'honest.checkpoint');
    writeFileSync(honestFile, honest);

    // The honest server meets the policy.
    const good = await runEst(['verify', '--server', first.url, '--policy', policyFile]);
    assert.equal(good.code, 0, good.stdout + good.stderr);
    assert.match(good.stdout, /meets the witness policy/);
    assert.match(good.stdout, /cosigned by .*csto.*nato.*neutral|cosigned by .*(csto|nato|neutral)/);
    assert.match(good.stdout, /The log verifies: 3 entries/);

    // A receipt, offline, before and after --update.
    const before = await runEst(['verify', '--receipt', receipt, '--policy', policyFile]);
    assert.equal(before.code, 1, before.stdout + before.stderr);
    assert.match(before.stdout, /witnessed: the receipt carries no cosigned checkpoint/);
    const updated = await runEst(['verify', '--receipt', receipt, '--server', first.url, '--update']);
    assert.equal(updated.code, 0, updated.stdout + updated.stderr);
    assert.match(updated.stdout, /updated: added the proof of entry 1 against the checkpoint of size 3/);
    assert.match(
      updated.stdout,
      /witnessed by a quorum at +\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ +\(checkpoint of size [23]\b/,
    );
    // The legal time of the entry: received, then witnessed by the quorum (whole seconds, not before).
    const witnessed = (await (await fetch(`${first.url}/api/v1/log/witnessed?index=1`)).json()) as {
      index: number;
      receivedAt: string;
      witnessedAt: string;
      size: number;
      quorum: string;
    };
    assert.equal(witnessed.index, 1);
    // The first cosigned checkpoint holding entry 1: of size 2 or 3, as the witnesses answered.
    assert.ok(witnessed.size === 2 || witnessed.size === 3, String(witnessed.size));
    assert.equal(witnessed.quorum, 'demo-blocs');
    assert.ok(
      Date.parse(witnessed.witnessedAt) >= Math.floor(Date.parse(witnessed.receivedAt) / 1000) * 1000,
    );
    assert.equal((await fetch(`${first.url}/api/v1/log/witnessed?index=99`)).status, 404);
    assert.equal((await fetch(`${first.url}/api/v1/log/witnessed`)).status, 400);
    const file = parseReceiptFile(readFileSync(receipt, 'utf8'));
    assert.ok(file.ok && file.file.v === 2 && file.file.witnessed !== undefined);
    await first.stop();
    running.splice(running.indexOf(first), 1);
    const offline = await runEst(['verify', '--receipt', receipt, '--policy', policyFile]);
    assert.equal(offline.code, 0, offline.stdout + offline.stderr);
    assert.match(offline.stdout, /ok {2}entry 1 is in the tree of size 3/);
    assert.match(offline.stdout, /met the policy's quorum at \d{4}-\d\d-\d\dT/);
    assert.match(offline.stdout, /received {2,}\d{4}-/);
    assert.match(offline.stdout, /witnessed by a quorum at +\d{4}-/);
    // A receipt whose cosigned proof was tampered with fails offline.
    const tampered = JSON.parse(readFileSync(receipt, 'utf8')) as { witnessed: { proof: string } };
    // The last signature line of the cosigned checkpoint goes (a cosignature, as the log's comes first).
    const proofLines = tampered.witnessed.proof.split('\n');
    const last = proofLines.findLastIndex((l) => l.startsWith('\u2014 '));
    assert.ok(last > 0);
    proofLines.splice(last, 1);
    tampered.witnessed.proof = proofLines.join('\n');
    const tamperedFile = join(base, 'tampered.receipt.json');
    writeFileSync(tamperedFile, JSON.stringify(tampered));
    const bad = await runEst(['verify', '--receipt', tamperedFile, '--policy', policyFile]);
    assert.equal(bad.code, 1, bad.stdout + bad.stderr);
    assert.match(
      bad.stdout,
      /cosigned: the cosignatures of the checkpoint of size 3 do not meet the policy's quorum/,
    );

    // The operator forks: the same key and origin, other filings.
    const forkData = join(base, 'fork');
    mkdirSync(forkData, { mode: 0o700 });
    copyFileSync(join(data, 'depositary.key'), join(forkData, 'depositary.key'));
    const fork = await serve(forkData, ['--origin', origin, '--witness-policy', policyFile]);
    running.push(fork);
    for (const p of ['DE', 'FR', 'GB']) await lodge(fork.url, p);
    const forked = await (await fetch(`${fork.url}/api/v1/log/checkpoint/latest`)).text();
    assert.equal(sizeOf(forked), 3);
    const forkFile = join(base, 'fork.checkpoint');
    writeFileSync(forkFile, forked);

    const refused = await runEst(['verify', '--server', fork.url, '--policy', policyFile]);
    assert.equal(refused.code, 1, refused.stdout + refused.stderr);
    assert.match(refused.stdout, /REFUSED: the checkpoint does not meet the witness policy/);
    assert.match(refused.stdout, /answers 503/);
    assert.match(refused.stdout, /cosigned by no witness of the policy/);
    assert.match(refused.stdout, /missing .*csto/);

    const equivocation = await runEst([
      'verify',
      '--checkpoint',
      honestFile,
      '--checkpoint',
      forkFile,
      '--policy',
      policyFile,
    ]);
    assert.equal(equivocation.code, 1, equivocation.stdout + equivocation.stderr);
    assert.match(equivocation.stdout, /^EQUIVOCATION: two checkpoints of est\.depositary\/witnessed-verify/);
    assert.match(equivocation.stdout, /honest\.checkpoint: est\.depositary\/witnessed-verify, size 3, root /);
    assert.match(equivocation.stdout, /fork\.checkpoint: est\.depositary\/witnessed-verify, size 3, root /);
    assert.match(equivocation.stdout, /two different trees of size 3/);
    assert.match(equivocation.stdout, /the policy's quorum is met/);
    assert.match(equivocation.stdout, /the policy's quorum is NOT met/);

    // A bigger fork checkpoint against the honest one: the fork's server cannot prove consistency.
    await lodge(fork.url, 'IT');
    const forked4 = await (await fetch(`${fork.url}/api/v1/log/checkpoint/latest`)).text();
    const fork4File = join(base, 'fork4.checkpoint');
    writeFileSync(fork4File, forked4);
    const noServer = await runEst([
      'verify',
      '--checkpoint',
      honestFile,
      '--checkpoint',
      fork4File,
      '--policy',
      policyFile,
    ]);
    assert.equal(noServer.code, 0, noServer.stdout + noServer.stderr);
    assert.match(noServer.stdout, /^Not determined/);
    const withServer = await runEst([
      'verify',
      '--checkpoint',
      honestFile,
      '--checkpoint',
      fork4File,
      '--policy',
      policyFile,
      '--server',
      fork.url,
    ]);
    assert.equal(withServer.code, 1, withServer.stdout + withServer.stderr);
    assert.match(withServer.stdout, /consistency proof .* does not verify/);
    // Two of the fork's own checkpoints are consistent.
    const forkOwn = await runEst([
      'verify',
      '--checkpoint',
      forkFile,
      '--checkpoint',
      fork4File,
      '--policy',
      policyFile,
      '--server',
      fork.url,
    ]);
    assert.equal(forkOwn.code, 0, forkOwn.stdout + forkOwn.stderr);
    assert.match(forkOwn.stdout, /^No equivocation/);
  });
});
