/**
 * @module Three local witnesses for the demo (`est serve --demo-witnesses`, which `npm start` uses):
 * separate `est witness serve` processes with their own data directories under the depositary's,
 * labelled as demo witnesses of three blocs, and the c2sp.org/tlog-policy file that asks all three
 * to cosign. They show the feature from the first minute; they prove nothing, since one operator
 * runs them all. Real rival Parties each run their own witness (README, "Witnesses").
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KEY_FILE, initWitnessKey, loadWitnessKey } from '../witness/key.ts';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'est.js');

/** The demo's witnesses: a policy name, a note key name, and who such a witness would stand for. */
export const DEMO_WITNESSES = [
  { name: 'nato', keyName: 'demo-witness.est/nato-bloc', label: 'a NATO member (demo)' },
  { name: 'csto', keyName: 'demo-witness.est/csto-bloc', label: 'a CSTO member (demo)' },
  { name: 'neutral', keyName: 'demo-witness.est/neutral', label: 'a neutral state (demo)' },
] as const;

export interface DemoWitnesses {
  /** The policy file written for them. */
  readonly policyFile: string;
  readonly urls: readonly string[];
  stop(): void;
}

/** Starts one `est witness serve --port 0` and resolves with its address once it listens. */
function startOne(dir: string, logKey: string): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(
    process.execPath,
    [BIN, 'witness', 'serve', '--data', dir, '--port', '0', '--log', logKey],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`a demo witness (${dir}) did not start in time: ${err || out}`));
    }, 20_000);
    proc.stderr?.on('data', (b: Buffer) => (err += b.toString()));
    proc.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, url: m[1] as string });
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`a demo witness (${dir}) exited with ${code}: ${err || out}`));
    });
  });
}

/**
 * Makes (once) and starts the three demo witnesses for the log whose verifier key is `logKey`, in
 * `DIR/demo-witnesses/<name>`, and writes `DIR/demo-witnesses/policy.txt` requiring all three.
 */
export async function startDemoWitnesses(dataDir: string, logKey: string): Promise<DemoWitnesses> {
  const root = join(dataDir, 'demo-witnesses');
  mkdirSync(root, { recursive: true, mode: 0o700 });
  const started: { proc: ChildProcess; url: string }[] = [];
  const stop = () => {
    for (const s of started) if (s.proc.exitCode === null) s.proc.kill('SIGTERM');
  };
  // However the depositary ends, its demo witnesses end with it.
  process.once('exit', stop);
  try {
    const lines = [
      '# Demo witnesses, all run by this one operator: they show how cosigning works, and prove nothing.',
      '# Rival Parties each run their own witness and hold the same policy (README, "Witnesses").',
      `log ${logKey}`,
    ];
    for (const w of DEMO_WITNESSES) {
      const dir = join(root, w.name);
      const key = existsSync(join(dir, KEY_FILE))
        ? await loadWitnessKey(dir)
        : await initWitnessKey(dir, w.keyName);
      const one = await startOne(dir, logKey);
      started.push(one);
      lines.push(`# ${w.label}`, `witness ${w.name} ${key.verifierKey} ${one.url}`);
    }
    lines.push(
      `group demo-blocs all ${DEMO_WITNESSES.map((w) => w.name).join(' ')}`,
      'quorum demo-blocs',
      '',
    );
    const policyFile = join(root, 'policy.txt');
    writeFileSync(policyFile, lines.join('\n'));
    return { policyFile, urls: started.map((s) => s.url), stop };
  } catch (e) {
    stop();
    throw e;
  }
}
