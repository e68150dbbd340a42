/**
 * The README's screenshots of the map view, from the real service with the demo history:
 * docs/screenshot.png (1280x800, a day after entry into force, NATO and CSTO overlays shown) and
 * docs/screenshot-phone.png (360 px wide). Run: node --import tsx scripts/screenshot.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, startService } from './web-service.ts';

const ROOT = join(import.meta.dirname, '..');
const DATE = '2011-06-20';
const docs = join(ROOT, 'docs');
mkdirSync(docs, { recursive: true });

const browser = await launchBrowser();
if (typeof browser === 'string') {
  console.error(`scripts/screenshot.ts: ${browser}`);
  process.exit(1);
}
const service = await startService({ demo: true });
try {
  const shots = [
    // The first screen: the slider, the map with two blocs, the text, the summary, a state's details.
    {
      file: 'screenshot.png',
      viewport: { width: 1280, height: 800 },
      scale: 1,
      blocs: ['NATO', 'CSTO'],
      top: null,
    },
    // On a phone the text comes first; the shot starts at the summary, above the slider and the map.
    {
      file: 'screenshot-phone.png',
      viewport: { width: 360, height: 740 },
      scale: 2,
      blocs: [],
      top: '.summary',
    },
  ];
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      deviceScaleFactor: shot.scale,
      locale: 'en-GB',
    });
    const page = await context.newPage();
    await page.goto(`${service.url}/#/map?date=${DATE}`);
    await page.waitForSelector('.map-figure[data-ready="true"]');
    await page.waitForSelector('.live.on');
    for (const bloc of shot.blocs) await page.locator(`.bloc-toggle.bloc-${bloc} input`).check();
    await page.locator('[data-state="DE"][role="button"]').dispatchEvent('click');
    if (shot.top !== null)
      await page.evaluate(
        `window.scrollTo(0, window.scrollY + document.querySelector('${shot.top}').getBoundingClientRect().top - 8)`,
      );
    await page.screenshot({ path: join(docs, shot.file) });
    await context.close();
    console.log(`wrote docs/${shot.file}`);
  }
} finally {
  await browser.close();
  await service.stop();
}
