/**
 * Record or exercise, in a real browser: the demo is an exercise, and every view says so first on
 * the page, in English and in Russian, with a link to where the treaty really stands, and the page's
 * title begins "Exercise · "; a record (a log started without --demo or --exercise) shows no banner
 * and no prefix. The mode comes from the log's signed origin (src/log/mode.ts), so the test also
 * checks that the checkpoint's first line ends in /exercise.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { webSuite } from './harness.ts';

const exercise = webSuite({ demo: true });
const record = webSuite();

const VIEWS = ['#/map', '#/timeline', '#/treaty', '#/log', '#/analysis'];

describe('web: an exercise says so on every view; a record does not', () => {
  it('the demo: the banner comes first on every view, and its origin is signed as an exercise', async (t) => {
    if (exercise.skip) return t.skip(exercise.skip);
    const checkpoint = await (await fetch(`${exercise.service.url}/api/v1/log/checkpoint`)).text();
    assert.match(checkpoint.split('\n')[0] ?? '', /\/exercise$/);
    const settings = (await (await fetch(`${exercise.service.url}/api/v1/settings`)).json()) as {
      mode: string;
    };
    assert.equal(settings.mode, 'exercise');
    for (const view of VIEWS) {
      const { page, errors } = await exercise.open(view);
      const banner = page.locator('.exercise-banner');
      await banner.waitFor({ timeout: 20_000 });
      assert.match(await banner.innerText(), /^Exercise\. The filings on this site are invented/, view);
      // First on the page: before the header and the view.
      const first = await page.locator('#root > *').first().getAttribute('class');
      assert.equal(first, 'exercise-banner', view);
      // With a link to where the treaty really stands, and the page's title says it too.
      assert.equal(await banner.locator('a[href="#/history"]').count(), 1, view);
      assert.match(await page.title(), /^Exercise · /, view);
      assert.deepEqual(errors, [], view);
      await page.context().close();
    }
  });

  it('in Russian: «Учения»', async (t) => {
    if (exercise.skip) return t.skip(exercise.skip);
    const { page } = await exercise.open('#/timeline?lang=ru');
    const banner = page.locator('.exercise-banner');
    await banner.waitFor({ timeout: 20_000 });
    assert.match(await banner.innerText(), /^Учения\. Обращения на этом сайте вымышлены/);
    await page.context().close();
  });

  it('a record: no banner, and its origin is not an exercise', async (t) => {
    if (record.skip) return t.skip(record.skip);
    const settings = (await (await fetch(`${record.service.url}/api/v1/settings`)).json()) as {
      mode: string;
      origin: string;
    };
    assert.equal(settings.mode, 'record');
    assert.doesNotMatch(settings.origin, /\/exercise$/);
    const { page } = await record.open('#/log');
    await page.locator('main h1, main h2').first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('.exercise-banner').count(), 0);
    assert.equal(await page.title(), 'Log — European Security Treaty');
    await page.context().close();
  });
});
