/**
 * @module The web UI's figures, in headless Chromium against the real service with the demo history:
 * the compressed size of the JavaScript the first view (the map) loads, against the goal of 250 KB;
 * and the time until the map is drawn (the view's `est:map-drawn` performance mark, set once the
 * state paths are in the page) as a ratio to an empty page fetched from the same server with the
 * same kind of navigation, both with a cold cache, in the same run. Measures web/dist as built
 * (`npm run build:web`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser, startService } from '../scripts/web-service.ts';
import type { Service } from '../scripts/web-service.ts';
import type { Row } from './table.ts';

const DIST = join(import.meta.dirname, '..', 'web', 'dist');
const GOAL_BYTES = 250 * 1024;
/** A day after entry into force in the demo history. */
const DAY = '2011-06-20';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** The scripts the first view requests until its map is drawn, read back from web/dist. */
async function firstViewScripts(browser: Browser, service: Service): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  await page.goto(`${service.url}/#/map?date=${DAY}`);
  await page.locator('.map-figure[data-ready="true"]').waitFor({ timeout: 60_000 });
  await context.close();
  return [...scripts].sort();
}

async function timeToMap(browser: Browser, service: Service): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${service.url}/#/map?date=${DAY}`);
  await page.locator('.map-figure[data-ready="true"]').waitFor({ timeout: 60_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('est:map-drawn')[0]?.startTime ?? NaN);
  await context.close();
  return ms;
}

/** An empty page from the same server: the load event of GET /healthz, a few bytes, same navigation. */
async function timeToEmpty(browser: Browser, service: Service): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${service.url}/healthz`, { waitUntil: 'load' });
  // A string, evaluated in the page (bench/ is compiled without the DOM's types).
  const ms = await page.evaluate<number>(
    `performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? NaN`,
  );
  await context.close();
  return ms;
}

export async function webBench(options: { runs?: number } = {}): Promise<Row[]> {
  const runs = options.runs ?? 7;
  const browser = await launchBrowser();
  if (typeof browser === 'string') {
    console.error(`web bench skipped: ${browser}`);
    return [];
  }
  const service = await startService({ demo: true });
  try {
    const scripts = await firstViewScripts(browser, service);
    let raw = 0;
    let gzip = 0;
    let brotli = 0;
    for (const path of scripts) {
      const bytes = readFileSync(join(DIST, path));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
      brotli += brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length;
    }

    // Warm the server's own caches once, then alternate cold-cache loads of both pages.
    await timeToMap(browser, service);
    const map: number[] = [];
    const empty: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      empty.push(await timeToEmpty(browser, service));
      map.push(await timeToMap(browser, service));
    }
    const mapMs = median(map);
    const emptyMs = median(empty);
    return [
      {
        name: 'JavaScript of the first view (gzip)',
        value: `${kb(gzip)} in ${scripts.length} files (brotli ${kb(brotli)}, raw ${kb(raw)})`,
        ratio: gzip / GOAL_BYTES,
        goal: '< 250 KB',
        pass: gzip < GOAL_BYTES,
        baseline: 'the goal, 250 KB',
      },
      {
        name: 'map drawn, headless Chromium, cold cache',
        value: `${mapMs.toFixed(0)} ms (median of ${runs})`,
        ratio: mapMs / emptyMs,
        goal: '',
        baseline: `empty page, same server (GET /healthz): ${emptyMs.toFixed(1)} ms`,
      },
    ];
  } finally {
    await browser.close();
    await service.stop();
  }
}
