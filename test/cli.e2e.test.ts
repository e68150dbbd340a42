/**
 * Golden tests of the `est` command: each case runs the real command in a child process and compares
 * its stdout, stderr and exit status with test/golden/<case>.out. After a deliberate change of
 * output, regenerate with `UPDATE_GOLDEN=1 npm run test:e2e` and review the diff.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'est.js');

const CASES: Readonly<Record<string, readonly string[]>> = {
  'run-report': ['run', 'test/fixtures/conference.scenario.yaml'],
  'run-json': ['run', 'test/fixtures/conference.scenario.yaml', '--json'],
  'run-set-as-of': [
    'run',
    'test/fixtures/conference.scenario.yaml',
    '--set',
    'conference.quorum=1/2',
    '--as-of',
    '2012-02-21',
  ],
  'run-malformed': ['run', 'test/fixtures/malformed.scenario.yaml'],
  'run-missing-file': ['run', 'test/fixtures/no-such.scenario.yaml'],
  'run-bad-set': ['run', 'test/fixtures/conference.scenario.yaml', '--set', 'conference.quorum=0.66'],
  check: ['check', 'test/fixtures/check'],
  'treaty-8-3-ru': ['treaty', 'EST 8(3)', '--lang', 'ru'],
  'treaty-params': ['treaty', 'params'],
  'parties-csto-2013': ['parties', '--bloc', 'CSTO', '--as-of', '2013-01-01'],
  'parties-cis-2009': ['parties', '--bloc', 'CIS'],
  'compare-georgia': ['compare', 'scenarios/case-georgia-2008.scenario.yaml'],
  'compare-georgia-unanimity': [
    'compare',
    'scenarios/case-georgia-2008.scenario.yaml',
    '--regime',
    'est',
    '--variant',
    'extraordinary.abstentionBlocks=true',
  ],
  'compare-bad-regime': ['compare', 'scenarios/case-georgia-2008.scenario.yaml', '--regime', 'warsaw-pact'],
  help: ['--help'],
  'run-help': ['run', '--help'],
};

function invoke(args: readonly string[]): string {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return `$ est ${args.map((a) => (/[\s()]/.test(a) ? `'${a}'` : a)).join(' ')}\n--- exit ${r.status ?? 'signal'}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}

describe('the est command', () => {
  for (const [name, args] of Object.entries(CASES)) {
    it(`prints what test/golden/${name}.out records for: est ${args.join(' ')}`, () => {
      const file = join(root, 'test', 'golden', `${name}.out`);
      const actual = invoke(args);
      if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
      assert.equal(actual, readFileSync(file, 'utf8'));
    });
  }
});

describe('output into a pipe that closes early (est ... | head)', () => {
  it('ends quietly with the command’s status, never a stack trace', async () => {
    const child = spawn(process.execPath, [bin, 'treaty', 'params'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    // Close our end before anything is read, as `head` does once it has had its lines.
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|\n\s+at /);
  });
});
