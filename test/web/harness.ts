/**
 * Helpers of the web UI's tests in a real browser: the real service on SQLite in a temp directory,
 * filings through the signed API, and Debian's Chromium driven by playwright-core. When Chromium is
 * missing, `launchBrowser` says so and the tests skip (CI installs it).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { Filer } from '../../src/app/testing.ts';

export { Filer };

const ROOT = join(import.meta.dirname, '..', '..');
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

/** How a test's service starts. */
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

async function post(url: string, body: unknown, token?: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

/** The depositary's 201 receipt (src/log/receipt.ts). */
export interface Receipt {
  readonly index: number;
  readonly leafHash: string;
  readonly receivedAt: string;
  readonly outcome: {
    readonly accepted: boolean;
    readonly violations: readonly { code: string; cite: string; params: Record<string, string | number> }[];
  };
  readonly rules: string;
  readonly checkpoint: string;
  readonly proof: string;
}

/** Lodges a Filer's key with the service (the operator's route): an entry of the log, with its receipt. */
export async function lodge(
  service: Service,
  filer: Filer,
): Promise<{ party: string; keyId: string; receipt: Receipt }> {
  const r = await post(
    `${service.url}/api/v1/admin/parties/${filer.party}/keys`,
    { publicKey: filer.publicKeyBase64 },
    ADMIN_TOKEN,
  );
  if (r.status !== 201) throw new Error(`lodging ${filer.party}: ${r.status} ${await r.text()}`);
  return (await r.json()) as { party: string; keyId: string; receipt: Receipt };
}

/** Files a signed act; returns the envelope sent and the receipt (what a receipt file keeps). */
export async function submit(
  service: Service,
  filer: Filer,
  act: Record<string, unknown>,
): Promise<{ envelope: ReturnType<Filer['envelope']>; receipt: Receipt }> {
  const envelope = filer.envelope(act);
  const r = await post(`${service.url}/api/v1/submissions`, envelope);
  if (r.status !== 201)
    throw new Error(`filing ${JSON.stringify(act)} by ${filer.party}: ${r.status} ${await r.text()}`);
  return { envelope, receipt: (await r.json()) as Receipt };
}

/** Files a signed act; returns the receipt. */
export async function file(service: Service, filer: Filer, act: Record<string, unknown>): Promise<Receipt> {
  return (await submit(service, filer, act)).receipt;
}

/** Files an act of the Depositary (close) or the Security Council (unsc-measures). */
export async function fileOwn(service: Service, act: Record<string, unknown>): Promise<void> {
  const r = await post(`${service.url}/api/v1/admin/acts`, { act }, ADMIN_TOKEN);
  if (r.status !== 201) throw new Error(`filing ${JSON.stringify(act)}: ${r.status} ${await r.text()}`);
}

/** Launches headless Chromium, or returns the reason the tests must skip. */
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

/** The size of a page, in CSS pixels. */
export interface Viewport {
  width: number;
  height: number;
}

/** How a test's page is opened. */
export interface PageOptions {
  /**
   * Enforce the service's Content-Security-Policy. Off by default: Playwright evaluates a string
   * predicate of `waitForFunction` with `new Function` in the page, which the policy forbids (as it
   * should). The test of the policy itself (shell.e2e.test.ts) turns it on and visits every view.
   */
  readonly enforceCsp?: boolean;
}

/** A page at a view of the service, with console errors collected. */
export async function openPage(
  browser: Browser,
  service: Service,
  hash = '#/map',
  viewport: Viewport = { width: 1280, height: 900 },
  options: PageOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, bypassCSP: options.enforceCsp !== true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${service.url}/${hash}`);
  return { page, errors };
}

/** What `webSuite` gives the tests of a file; each begins `if (web.skip) return t.skip(web.skip);`. */
export interface WebSuite {
  /** Why the tests must skip, or false. */
  readonly skip: string | false;
  readonly browser: Browser;
  readonly service: Service;
  /** `openPage` on this suite's browser and service. */
  open(hash?: string, viewport?: Viewport, options?: PageOptions): Promise<{ page: Page; errors: string[] }>;
}

/**
 * The browser and the service of one test file, started before its tests and stopped after them:
 * registers `before` and `after` (node:test) itself. `setup` runs once the service is up, for the
 * file's own filings; it does not run when the tests skip.
 */
export function webSuite(
  options: ServiceOptions & { setup?: (service: Service) => Promise<void> } = {},
): WebSuite {
  let browser: Browser | undefined;
  let service: Service | undefined;
  let skip: string | false = false;
  before(async () => {
    const b = await launchBrowser();
    if (typeof b === 'string') {
      skip = b;
      return;
    }
    browser = b;
    service = await startService(options);
    await options.setup?.(service);
  });
  after(async () => {
    await browser?.close();
    await service?.stop();
  });
  const started = () => {
    assert.ok(browser && service, 'the browser and the service are started before the tests');
    return { browser, service };
  };
  return {
    get skip() {
      return skip;
    },
    get browser() {
      return started().browser;
    },
    get service() {
      return started().service;
    },
    open: (hash, viewport, options) => {
      const s = started();
      return openPage(s.browser, s.service, hash, viewport, options);
    },
  };
}
