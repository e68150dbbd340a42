/**
 * `est prove-absence` against `est serve --demo --demo-witnesses`: the statement rests on the
 * checkpoint the three demo witnesses cosigned, held to the policy file; the Extraordinary
 * Conference of the demo is convened by its notification's entry (exit 1, the entry named), a
 * procedure no entry names is absent (exit 0), and a log key other than the log's gives no
 * statement (exit 3).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { formatVerifierKey, noteKey } from '../../src/log/note.ts';
import { newKeyPair, sha256 } from '../../src/log/node-crypto.ts';
import { killLeftovers, runEst, serveAt as serve } from '../durability/helpers.ts';

/** Runs `est ARGS...` to completion. */
async function est(args: readonly string[]) {
  const r = await runEst(args);
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}

const stops: (() => Promise<unknown>)[] = [];
const dirs: string[] = [];
after(async () => {
  for (const s of stops) await s();
  killLeftovers();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('est prove-absence against a witnessed depositary', () => {
  it('states absence and presence on the checkpoint the witnesses cosigned, with the exit codes documented', async () => {
    const base = mkdtempSync(join(tmpdir(), 'est-prove-absence-'));
    dirs.push(base);
    const data = join(base, 'dep');
    const server = await serve(data, ['--demo', '--demo-witnesses']);
    stops.push(() => server.stop());
    const policy = join(data, 'demo-witnesses', 'policy.txt');
    const settings = (await (await fetch(`${server.url}/api/v1/settings`)).json()) as {
      size: number;
      origin: string;
    };
    const size = settings.size;
    // The witnesses cosign in the background: wait for the quorum on the whole demo log.
    for (let i = 0; i < 400; i += 1) {
      const r = await fetch(`${server.url}/api/v1/log/checkpoint`);
      if (r.status === 200 && Number((await r.text()).split('\n')[1]) === size) break;
      await new Promise((done) => setTimeout(done, 50));
    }

    const present = await est([
      'prove-absence',
      '--server',
      server.url,
      '--procedure',
      'xc-tavush',
      '--policy',
      policy,
    ]);
    assert.equal(present.status, 1, present.stderr);
    assert.match(present.stdout, /Finding: NOT ABSENT\. Entry \d+ \(notify-attack by AM/);
    assert.match(present.stdout, /cosigned by .*(csto|nato|neutral) \(/);
    assert.match(present.stdout, /policy given with --policy/);
    assert.match(present.stdout, new RegExp(`size ${size}, root `));
    assert.match(
      present.stdout,
      /\nEXERCISE: this log \(\S+\/exercise\) is an exercise/,
      'the demo is an exercise',
    );

    const absent = await est([
      'prove-absence',
      '--server',
      server.url,
      '--procedure',
      'xc-never-notified',
      '--policy',
      policy,
      '--json',
    ]);
    assert.equal(absent.status, 0, absent.stderr);
    const json = JSON.parse(absent.stdout) as {
      status: string;
      checkpoint: { size: number; witnesses: { name: string }[]; quorumTime: string; note: string };
      text: string;
    };
    assert.equal(json.status, 'absent');
    assert.equal(json.checkpoint.size, size);
    assert.deepEqual(json.checkpoint.witnesses.map((w) => w.name).sort(), ['csto', 'nato', 'neutral']);
    assert.match(json.checkpoint.quorumTime, /^\d{4}-\d\d-\d\dT/);
    assert.match(json.text, new RegExp(`None of entries 0 to ${size - 1}`));

    // Consultations are convened by no one: nothing to prove.
    const consultations = await est([
      'prove-absence',
      '--server',
      server.url,
      '--procedure',
      'c-missile-defence',
    ]);
    assert.equal(consultations.status, 2, consultations.stderr);
    assert.match(consultations.stdout, /NOT APPLICABLE/);

    // A log key that is not the log's: no statement.
    const other = formatVerifierKey(await noteKey(sha256, settings.origin, newKeyPair().publicKey));
    const wrong = await est([
      'prove-absence',
      '--server',
      server.url,
      '--procedure',
      'xc-tavush',
      '--key',
      other,
    ]);
    assert.equal(wrong.status, 3, wrong.stdout);
    assert.match(wrong.stderr, /No statement on procedure xc-tavush/);
  });
});
