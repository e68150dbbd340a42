#!/usr/bin/env node
// Builds the web UI (web/ into web/dist) when it is missing or older than its sources: run before
// `npm start`, so a clone whose install skipped the build, or a UI edited since, is served fresh.
// `--force` builds in any case (the `prepare` script of npm install).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const index = join(root, 'web', 'dist', 'index.html');
// The UI bundles its own sources and the pure layers it imports from src/.
const SOURCES = [
  'web/src',
  'web/index.html',
  'web/vite.config.ts',
  'src/treaty',
  'src/engine',
  'src/scenario',
  'src/log',
  'src/analysis',
  'cases',
  'data',
];

function newest(path) {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const s = statSync(full);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const name of readdirSync(full)) t = Math.max(t, newest(join(path, name)));
  return t;
}

// One build at a time: test files that run side by side each ask for the UI, and two Vite builds
// writing web/dist at once would leave it half-written. A lock older than ten minutes is a crashed
// build's and is taken over.
const lock = join(root, 'web', '.build-lock');
function acquire() {
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 600_000)
        rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
}
acquire();
process.on('exit', () => rmSync(lock, { recursive: true, force: true }));

const force = process.argv.includes('--force');
const built = existsSync(index) ? statSync(index).mtimeMs : 0;
const stale =
  built === 0 ? 'is not built' : SOURCES.some((s) => newest(s) > built) ? 'is older than its sources' : null;
if (!force && stale === null) process.exit(0);

const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
if (!existsSync(vite)) {
  console.error(
    `the web UI ${stale ?? 'must be built'}, but Vite is not installed (an install without dev dependencies?): run npm install; est serve still answers the API`,
  );
  process.exit(force ? 1 : 0);
}
if (!force) console.log(`the web UI ${stale}: building it into web/dist (npm run build:web) ...`);
const r = spawnSync(
  process.execPath,
  [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
