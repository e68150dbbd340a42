#!/usr/bin/env node
// Runs the project's checks by kind: `node scripts/test.js all|unit|int|e2e|acceptance|static`.
// unit = *.test.ts (pure, fast); int = *.int.test.ts (databases); e2e = *.e2e.test.ts (spawned CLI or
// server). `all` runs the static checks (types, lint, format) first, then every kind in that order.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

function step(title, cmd, args) {
  console.log(`\n== ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n${title}: failed`);
    process.exit(r.status ?? 1);
  }
}

const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(k) {
  if (k === 'static') {
    step('types', bin('tsc'), ['-p', 'tsconfig.json']);
    step('types (web)', bin('tsc'), ['-p', 'web/tsconfig.json']);
    step('lint', bin('eslint'), ['--max-warnings', '0', '.']);
    step('format', bin('prettier'), ['--check', '.']);
    return;
  }
  if (k === 'acceptance') {
    const runner = resolve(root, '..', 'shared', 'acceptance', 'run');
    if (!existsSync(runner)) {
      console.log('\n== acceptance: ../shared/acceptance is not here; skipped');
      return;
    }
    step('acceptance (../shared/acceptance)', process.execPath, [runner]);
    return;
  }
  const list = ofKind(k);
  if (list.length === 0) {
    console.log(`\n== ${k}: no tests`);
    return;
  }
  step(`${k} tests (${list.length} files)`, process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    ...list,
  ]);
}

for (const k of kind === 'all' ? KINDS : [kind]) run(k);
console.log('\nall checks passed');
