#!/usr/bin/env node
// Run by `npm install` / `npm ci` (the `prepare` script): npm links the bins of dependencies into
// node_modules/.bin but not the project's own, so link `est` there too. `npx est` works either way;
// this makes node_modules/.bin/est and `npm exec est` find it without a lookup.
import { chmodSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const binDir = join(root, 'node_modules', '.bin');
const target = join(root, 'bin', 'est.js');
mkdirSync(binDir, { recursive: true });
rmSync(join(binDir, 'est'), { force: true });
symlinkSync(relative(binDir, target), join(binDir, 'est'));
chmodSync(target, 0o755);
