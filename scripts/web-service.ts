/**
 * The real service and headless Chromium, for whatever drives the web UI in a browser: the web tests
 * (test/web/harness.ts), the web figures (bench/web.ts) and the README's screenshots
 * (scripts/screenshot.ts). The service is `est serve` on SQLite in a temp directory; the browser is
 * Debian's Chromium driven by playwright-core. When Chromium is missing, `launchBrowser` says so.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const ADMIN_TOKEN = 'web-test-admin-token';

/** Builds web/dist if it is missing or older than its sources (scripts/build-web.js, as npm start). */
export function ensureWebBuilt(): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-web.js')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('the web UI does not build');
}

export interface Service {
  readonly url: string;
  readonly data: string;
  stop(): Promise<void>;
}

/** How a service starts. */
export interface ServiceOptions {
  /** Files the demo history (`--demo`). */
  readonly demo?: boolean;
  /** Prepares the data directory before the service first opens it (a log written beforehand, say). */
  readonly prepare?: (data: string) => Promise<void>;
  /** More arguments of `est serve` (`--accept-rules-change`, say). */
  readonly args?: readonly string[];
}

/** Starts `est serve` on a fresh SQLite data directory (with `--demo` if asked) and waits for its address. */
export async function startService(options: ServiceOptions = {}): Promise<Service> {
  ensureWebBuilt();
  const data = mkdtempSync(join(tmpdir(), 'est-web-'));
  await options.prepare?.(data);
  const args = [
    join(ROOT, 'bin', 'est.js'),
    'serve',
    '--port',
    '0',
    '--data',
    data,
    '--rate-limit',
    '0',
    ...(options.demo ? ['--demo'] : []),
    ...(options.args ?? []),
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, EST_ADMIN_TOKEN: ADMIN_TOKEN, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`est serve did not start:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`est serve exited with ${code}:\n${out}`)));
  });
  // Once only: a test may stop the service itself, and the file's `after` stops it again.
  let stopped: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(data, { recursive: true, force: true });
  };
  return { url, data, stop: () => (stopped ??= stop()) };
}

/** Launches headless Chromium, or returns the reason it cannot (the tests skip; the scripts stop). */
export async function launchBrowser(): Promise<Browser | string> {
  if (!existsSync(CHROMIUM))
    return `Chromium is not installed at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
