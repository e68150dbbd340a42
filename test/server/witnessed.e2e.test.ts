/**
 * A depositary under a witness policy, as processes: `est serve --demo-witnesses` starts three
 * `est witness serve` processes and requires all three to cosign (c2sp.org/tlog-witness,
 * c2sp.org/tlog-policy). Then an operator who holds the key forks the log (a second data directory
 * with the same key and origin, diverging): the witnesses that cosigned the first history refuse
 * the fork's checkpoints and keep them as evidence, and the fork never serves a cosigned one.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { toBase64 } from '../../src/log/bytes.ts';
import { ed25519Verify, newKeyPair, sha256 } from '../../src/log/node-crypto.ts';
import { checkCosignedCheckpoint, parsePolicy } from '../../src/log/policy.ts';
import { ADMIN_TOKEN, killLeftovers, serveAt as serve } from '../durability/helpers.ts';

const TOKEN = ADMIN_TOKEN;

type Running = Awaited<ReturnType<typeof serve>>;

const dirs: string[] = [];
const running: Running[] = [];
after(async () => {
  for (const r of running) await r.stop();
  killLeftovers();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Lodges a fresh key for a Party: one entry, one committed batch. */
async function lodge(url: string, party: string): Promise<void> {
  const r = await fetch(`${url}/api/v1/admin/parties/${party}/keys`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ publicKey: toBase64(newKeyPair().publicKey) }),
  });
  assert.equal(r.status, 201, await r.text());
}

/** Polls until `f` gives a value (the witnesses answer in the background). */
async function until<T>(f: () => Promise<T | null>, what: string): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    const v = await f();
    if (v !== null) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const sizeOf = (note: string): number => Number(note.split('\n')[1]);

describe('a depositary whose checkpoints three demo witnesses must all cosign', () => {
  it('serves only cosigned checkpoints, and a fork under the same key is refused by every witness', async () => {
    const base = mkdtempSync(join(tmpdir(), 'est-witnessed-'));
    dirs.push(base);
    const data = join(base, 'dep');
    const first = await serve(data, ['--origin', 'est.depositary/witnessed', '--demo-witnesses']);
    running.push(first);
    const policyText = readFileSync(join(data, 'demo-witnesses', 'policy.txt'), 'utf8');
    const policy = await parsePolicy(policyText, sha256, 'policy.txt');
    assert.equal(policy.witnesses.length, 3);

    for (const p of ['PL', 'RU', 'US']) await lodge(first.url, p);
    const cosigned = await until(async () => {
      const r = await fetch(`${first.url}/api/v1/log/checkpoint`);
      if (r.status !== 200) return null;
      const note = await r.text();
      return sizeOf(note) === 3 ? note : null;
    }, 'a checkpoint of size 3 cosigned by the quorum');
    // A client holding the policy accepts it: the log's signature and all three cosignatures.
    const check = await checkCosignedCheckpoint(cosigned, policy, { sha256, ed25519Verify });
    assert.equal(check.ok, true, JSON.stringify(check.invalid));
    assert.deepEqual(check.cosigners.map((c) => c.witness).sort(), ['csto', 'nato', 'neutral']);

    // The operator forks: the same key and origin on a copy of nothing, then other filings.
    const forkData = join(base, 'fork');
    mkdirSync(forkData, { mode: 0o700 });
    copyFileSync(join(data, 'depositary.key'), join(forkData, 'depositary.key'));
    const policyFile = join(data, 'demo-witnesses', 'policy.txt');
    const fork = await serve(forkData, [
      '--origin',
      'est.depositary/witnessed',
      '--witness-policy',
      policyFile,
    ]);
    running.push(fork);
    for (const p of ['DE', 'FR', 'GB', 'IT']) await lodge(fork.url, p);

    // Every witness names the fork in its evidence: a checkpoint signed by the log that does not
    // extend the history it cosigned.
    for (const w of policy.witnesses) {
      const evidence = await until(async () => {
        const r = await fetch(`${w.url}/evidence`);
        const body = (await r.json()) as { evidence: { reason: string; size: number }[] };
        const refused = body.evidence.filter((e) => e.reason !== 'old-size-mismatch' && e.size >= 3);
        return refused.length > 0 ? refused : null;
      }, `the evidence of ${w.name}`);
      assert.ok(
        evidence.every((e) => e.reason === 'fork' || e.reason === 'inconsistent'),
        JSON.stringify(evidence),
      );
    }
    // The fork has no checkpoint a client holding the policy would take.
    const forkCheckpoint = await fetch(`${fork.url}/api/v1/log/checkpoint`);
    assert.equal(forkCheckpoint.status, 503);
    const latest = await (await fetch(`${fork.url}/api/v1/log/checkpoint/latest`)).text();
    const forkCheck = await checkCosignedCheckpoint(latest, policy, { sha256, ed25519Verify });
    assert.equal(forkCheck.log.ok, true, 'the fork is signed with the log key');
    assert.equal(forkCheck.ok, false, 'but no witness of the policy cosigned it');
    // The first history still gets cosigned.
    await lodge(first.url, 'GE');
    await until(async () => {
      const r = await fetch(`${first.url}/api/v1/log/checkpoint`);
      return r.status === 200 && sizeOf(await r.text()) === 4 ? true : null;
    }, 'the first history cosigned at size 4');
  });
});
