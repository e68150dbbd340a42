/**
 * @module Helpers of the web UI's tests in a real browser: filings through the signed API, pages
 * opened at a view, and each file's browser and service. The real service on SQLite in a temp
 * directory and Debian's Chromium are scripts/web-service.ts, shared with bench/ and scripts/ (the
 * tests import those from there). When Chromium is missing, `launchBrowser` says so and the tests
 * skip (CI installs it).
 */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Filer } from '../../src/app/testing.ts';
import { ADMIN_TOKEN, launchBrowser, startService } from '../../scripts/web-service.ts';
import type { Service, ServiceOptions } from '../../scripts/web-service.ts';

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
