/**
 * The README shows real output: every example of an offline command (`$ npx est run|demo|check|
 * treaty|parties|compare|analyze ...` in a text block) is run, and each line the README shows must
 * be in the output, in the same order (`...` stands for lines left out; a line ending in `...` for
 * the line it begins). Commands that need a server,
 * keys or a clock (serve, submit, verify, log, witness, mirror, keygen, prove-absence) are not run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(import.meta.dirname, '..', '..');
const OFFLINE = new Set(['run', 'demo', 'check', 'treaty', 'parties', 'compare', 'analyze']);
/** Output that depends on a random draw's count of trials: shown in full, checked in shape only. */
const SAMPLED = new Set(['analyze']);

interface Example {
  readonly line: number;
  readonly args: string[];
  readonly shown: string[];
}

/** Splits a shell command line into words (double quotes only, as the README uses). */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? (m[2] as string));
}

function examples(): Example[] {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const found: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\$ npx est (\S+)(.*)$/.exec(lines[i] as string);
    if (m === null || !OFFLINE.has(m[1] as string)) continue;
    const shown: string[] = [];
    for (let j = i + 1; j < lines.length && !/^(```|\$ )/.test(lines[j] as string); j++)
      shown.push(lines[j] as string);
    found.push({ line: i + 1, args: words(`${m[1]}${m[2]}`), shown });
  }
  return found;
}

describe('the README', () => {
  const all = examples();
  it('has offline examples to check', () => {
    assert.ok(all.length >= 10, `${all.length} examples`);
  });
  for (const ex of all) {
    it(`line ${ex.line}: est ${ex.args.join(' ')} prints what the README shows`, () => {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'est.js'), ...ex.args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', COLUMNS: '100' },
      });
      const output = `${r.stdout}${r.stderr}`.split('\n').map((l) => l.trimEnd());
      let at = 0;
      for (const want of ex.shown.map((l) => l.trimEnd())) {
        if (want.trim() === '...' || want === '') continue;
        if (SAMPLED.has(ex.args[0] as string) && /\d/.test(want)) continue;
        // A line cut short with `...` matches the output line it begins.
        const cut = want.endsWith('...') ? want.slice(0, -3) : null;
        const found =
          cut === null ? output.indexOf(want, at) : output.findIndex((l, i) => i >= at && l.startsWith(cut));
        assert.ok(
          found >= 0,
          `README line ${ex.line}: not in the output (in order):\n  ${want}\n--- output:\n${output.join('\n')}`,
        );
        at = found + 1;
      }
    });
  }
});
