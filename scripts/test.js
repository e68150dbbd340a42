#!/usr/bin/env node
// Runs the project's checks by kind: `node scripts/test.js all|unit|int|e2e|acceptance|static`.
// unit = *.test.ts (pure, fast); int = *.int.test.ts (databases); e2e = *.e2e.test.ts (spawned CLI or
// server). `all` runs the static checks (types, lint, format) first, then every kind in that order.
// Each suite ends with a line of counts and the reason of every skipped test; the run ends with
// `all checks passed` only when nothing was skipped. With CI=true, a skip whose prerequisite is
// present (DATABASE_URL set, Chromium installed) fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromiumPresent,
  databaseUrlSet,
  finalLine,
  parseRecords,
  skipLines,
  suiteLine,
  tally,
  unexcusedSkips,
} from './test-report.js';

const root = resolve(import.meta.dirname, '..');
const kind = process.argv[2] ?? 'all';
const KINDS = ['static', 'unit', 'int', 'e2e', 'acceptance'];
if (kind !== 'all' && !KINDS.includes(kind)) {
  console.error(`usage: node scripts/test.js [all|${KINDS.join('|')}]`);
  process.exit(2);
}

function files(dir, out = []) {
  for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && !e.name.startsWith('.')) files(p, out);
    } else out.push(p);
  }
  return out;
}

const testFiles = ['src', 'test'].filter((d) => existsSync(join(root, d))).flatMap((d) => files(d));
const SUFFIX = { int: '.int.test.ts', e2e: '.e2e.test.ts' };
const ofKind = (k) =>
  testFiles
    .filter((f) =>
      k === 'unit'
        ? f.endsWith('.test.ts') && !f.endsWith(SUFFIX.int) && !f.endsWith(SUFFIX.e2e)
        : f.endsWith(SUFFIX[k]),
    )
    .sort();

const ci = process.env['CI'] === 'true' || process.env['CI'] === '1';
const present = { database: databaseUrlSet(process.env), chromium: chromiumPresent(process.env) };
/** One entry per suite run: its summary line and its skips. */
const summary = [];

/** Prints a suite's line and its skips, and stops the run when the suite failed. */
function report(entry, status) {
  summary.push(entry);
  console.log(`\n${entry.line}`);
  for (const l of skipLines(entry.skips, root)) console.log(l);
  if (status !== 0) {
    console.error(`\n${entry.title}: failed`);
    process.exit(status ?? 1);
  }
}

/** A check that either passes or fails (types, lint, format). */
function check(title, cmd, args) {
  console.log(`\n== ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  report({ title, line: `${title}: ${r.status === 0 ? 'passed' : 'failed'}`, skips: [] }, r.status);
}

const bin = (name) => join(root, 'node_modules', '.bin', name);

/** node --test over the files of one kind, with the spec reporter on screen and ours to a file. */
function testRun(k, list) {
  console.log(`\n== ${k} tests (${list.length} files)`);
  const dir = mkdtempSync(join(tmpdir(), 'est-test-report-'));
  const out = join(dir, 'report.jsonl');
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${join(root, 'scripts', 'test-report.js')}`,
      `--test-reporter-destination=${out}`,
      ...list,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  const t = tally(existsSync(out) ? parseRecords(readFileSync(out, 'utf8')) : []);
  rmSync(dir, { recursive: true, force: true });
  report({ title: `${k} tests`, line: suiteLine(k, t), skips: t.skips }, r.status);
}

function acceptance() {
  const runner = resolve(root, '..', 'shared', 'acceptance', 'run');
  if (!existsSync(runner)) {
    const skips = [{ file: '', name: 'acceptance', reason: '../shared/acceptance is not here' }];
    report({ title: 'acceptance', line: 'acceptance: 0 passed, 0 failed, 1 skipped', skips }, 0);
    return;
  }
  console.log('\n== acceptance (../shared/acceptance)');
  const r = spawnSync(process.execPath, [runner], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  process.stdout.write(r.stdout ?? '');
  // The shared runner ends with `N passed, M failed`.
  const m = /(\d+) passed, (\d+) failed\s*$/.exec(r.stdout ?? '');
  const line = m ? `acceptance: ${m[1]} passed, ${m[2]} failed, 0 skipped` : 'acceptance: failed';
  report({ title: 'acceptance', line, skips: [] }, m ? r.status : 1);
}

function run(k) {
  if (k === 'static') {
    check('types', bin('tsc'), ['-p', 'tsconfig.json']);
    check('types (web)', bin('tsc'), ['-p', 'web/tsconfig.json']);
    check('lint', bin('eslint'), ['--max-warnings', '0', '.']);
    check('format', bin('prettier'), ['--check', '.']);
    return;
  }
  if (k === 'acceptance') return acceptance();
  const list = ofKind(k);
  if (list.length === 0) {
    report({ title: k, line: `${k}: no tests`, skips: [] }, 0);
    return;
  }
  testRun(k, list);
}

for (const k of kind === 'all' ? KINDS : [kind]) run(k);

const skips = summary.flatMap((e) => e.skips);
if (summary.length > 1) {
  console.log('\n== summary');
  for (const e of summary) {
    console.log(e.line);
    for (const l of skipLines(e.skips, root)) console.log(l);
  }
}
if (ci) {
  const bad = unexcusedSkips(skips, present);
  if (bad.length > 0) {
    console.error(
      `\nCI=true: ${bad.length} ${bad.length === 1 ? 'test was' : 'tests were'} skipped although the prerequisite is present (DATABASE_URL set or Chromium installed):`,
    );
    for (const l of skipLines(bad, root)) console.error(l);
    console.error('Make these tests run (or fix what stops them), then run again.');
    process.exit(1);
  }
}
console.log(`\n${finalLine(skips.length)}`);
