/**
 * Where the treaty really stands (#/history) in a real browser: the status first, in English and in
 * Russian; the dated entries in an ordered list, each with a <time datetime> from the record, the date
 * written as each language writes it, and sources as links; the note that the rest of the site models
 * the drafts; no sideways scrolling on a 360 px phone in either language; print styles; and, on an
 * exercise, the note that this depositary's filings are invented. No console errors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { HISTORY, HISTORY_STATUS, historySource } from '../../src/treaty/history.ts';
import { webSuite } from './harness.ts';

const record = webSuite();
const exercise = webSuite({ args: ['--exercise'] });

const BERLIN = HISTORY.find((i) => i.id === 'berlin-2008');
const ASTANA = HISTORY.find((i) => i.id === 'astana-2010');
assert.ok(BERLIN && ASTANA);

/** The history view in a language, once its timeline is on the page. */
async function openHistory(
  suite: typeof record,
  lang: 'en' | 'ru',
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const opened = await suite.open(`?lang=${lang}#/history`, viewport);
  opened.page.setDefaultTimeout(20_000);
  await opened.page.locator(`html[lang="${lang}"] ol.history-timeline > li`).first().waitFor();
  return opened;
}

const entry = (page: Page, id: string) => page.locator(`ol.history-timeline > li[data-item="${id}"]`);

describe('web: where the treaty really stands', () => {
  it('states the status first, then every dated entry with its sources as links (English)', async (t) => {
    if (record.skip) return t.skip(record.skip);
    const { page, errors } = await openHistory(record, 'en');
    assert.equal(await page.locator('main h1').innerText(), 'Where the treaty really stands');
    const status = page.locator('.history-status');
    assert.equal(await status.locator('.history-headline').innerText(), HISTORY_STATUS.headline.en);
    assert.match(await status.innerText(), /Neither draft of 2009 was ever adopted/);
    // The status box comes before the timeline on the page.
    const order = await page.evaluate<boolean>(`(() => {
      const s = document.querySelector('.history-status');
      const o = document.querySelector('ol.history-timeline');
      return s !== null && o !== null && (s.compareDocumentPosition(o) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    })()`);
    assert.ok(order, 'the status precedes the timeline');

    // Every entry of the record, in order, each dated with <time datetime> and sourced with links.
    const items = page.locator('ol.history-timeline > li');
    assert.equal(await items.count(), HISTORY.length);
    const shown = await page.evaluate<{ id: string; datetime: string | null; links: string[] }[]>(
      `[...document.querySelectorAll('ol.history-timeline > li')].map((li) => ({
        id: li.getAttribute('data-item'),
        datetime: li.querySelector('time')?.getAttribute('datetime') ?? null,
        links: [...li.querySelectorAll('.history-sources a[href]')].map((a) => a.getAttribute('href')),
      }))`,
    );
    assert.deepEqual(
      shown.map((s) => [s.id, s.datetime]),
      HISTORY.map((i) => [i.id, i.date]),
    );
    for (const [n, s] of shown.entries()) {
      const item = HISTORY[n];
      assert.ok(item);
      const urls = item.sources.map((id) => historySource(id)?.url).filter((u) => u !== undefined);
      assert.ok(s.links.length > 0, `${item.id} has a source link`);
      assert.deepEqual(s.links, urls, `${item.id}: its sources' addresses`);
    }

    // Dates as English writes them; a span of days as one date.
    assert.equal(await entry(page, BERLIN.id).locator('time').innerText(), '5 June 2008');
    assert.match(await entry(page, ASTANA.id).locator('time').innerText(), /^1\s?–\s?2 December 2010$/);
    // A source without a web address says so instead of pretending to be a link.
    assert.match(
      await entry(page, 'rasmussen-2009').locator('[data-source="S51"]').innerText(),
      /S51 .*no web address on record/,
    );
    // What is uncertain is said on screen, with the entry's confidence mark.
    const nrc = entry(page, 'nrc-draft-2009');
    assert.match(
      await nrc.locator('.history-caveat').innerText(),
      /^Uncertain: The exact title and the full text/,
    );
    assert.match(await nrc.locator('.history-conf').innerText(), /^C-partial/);

    // The rest of the site models the drafts: links to the treaty text and the analysis.
    const note = page.locator('.history-model-note');
    assert.match(await note.innerText(), /The rest of the site models the two drafts/);
    assert.match(await note.innerText(), /exercise shows filings invented for training/);
    assert.equal(await note.locator('a', { hasText: 'treaty text' }).getAttribute('href'), '#/treaty');
    assert.equal(await note.locator('a', { hasText: 'analysis' }).getAttribute('href'), '#/analysis');
    // A record is not an exercise: no claim that this depositary's filings are invented.
    assert.doesNotMatch(await note.innerText(), /This depositary is running an exercise/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('says the same in Russian, with dates as Russian writes them', async (t) => {
    if (record.skip) return t.skip(record.skip);
    const { page, errors } = await openHistory(record, 'ru');
    assert.equal(await page.locator('main h1').innerText(), 'Где договор на самом деле');
    assert.equal(
      await page.locator('.history-status .history-headline').innerText(),
      'Никем не подписан. Нигде не действует.',
    );
    assert.equal(await entry(page, BERLIN.id).locator('time').innerText(), '5 июня 2008 г.');
    assert.equal(await entry(page, BERLIN.id).locator('time').getAttribute('datetime'), '2008-06-05');
    assert.equal(await entry(page, ASTANA.id).locator('time').innerText(), '1–2 декабря 2010 г.');
    assert.equal(await entry(page, BERLIN.id).locator('h3').innerText(), BERLIN.title.ru);
    assert.equal(await entry(page, BERLIN.id).locator('.history-text').innerText(), BERLIN.text.ru);
    assert.match(await entry(page, BERLIN.id).locator('.history-sources').innerText(), /^Источники:/);
    assert.ok((await entry(page, BERLIN.id).locator('.history-sources a[href^="http"]').count()) > 0);
    // The count of entries with the Russian plural form.
    assert.match(
      await page.locator('.history-count').innerText(),
      new RegExp(`^${HISTORY.length} (запись|записи|записей) с датами`),
    );
    // No English left in the page's own words (publication titles of sources excepted).
    const own = await page.evaluate<string>(`(() => {
      const clone = document.querySelector('main').cloneNode(true);
      clone.querySelectorAll('.history-sources li').forEach((e) => e.remove());
      return clone.textContent;
    })()`);
    assert.doesNotMatch(own, /\b(Where|Status|Sources|Uncertain|Reaction|Draft|Proposal)\b/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('fits a 360 px phone in both languages: no sideways scrolling, every entry inside the column', async (t) => {
    if (record.skip) return t.skip(record.skip);
    for (const lang of ['en', 'ru'] as const) {
      const { page, errors } = await openHistory(record, lang, { width: 360, height: 740 });
      const fit = await page.evaluate<{ page: boolean; inside: boolean; some: boolean }>(`(() => {
        const view = window.innerWidth;
        const boxes = [
          ...document.querySelectorAll(
            '.history-status, .history-model-note, ol.history-timeline > li, .history-sources li, time',
          ),
        ].map((e) => e.getBoundingClientRect());
        return {
          page: document.documentElement.scrollWidth <= view,
          inside: boxes.every((b) => b.left >= 0 && b.right <= view),
          some: boxes.length > 20,
        };
      })()`);
      assert.deepEqual(fit, { page: true, inside: true, some: true }, lang);
      assert.deepEqual(errors, []);
      await page.context().close();
    }
  });

  it('prints the record with the address of each source, each entry whole, without the status box’s fill', async (t) => {
    if (record.skip) return t.skip(record.skip);
    const { page, errors } = await openHistory(record, 'en');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate<{
      after: string;
      href: string;
      breakInside: string;
      statusShown: boolean;
      statusFill: string;
    }>(`(() => {
      const link = document.querySelector('.history-sources a[href^="http"]');
      const li = document.querySelector('ol.history-timeline > li');
      const status = document.querySelector('.history-status');
      return {
        after: getComputedStyle(link, '::after').content,
        href: link.getAttribute('href'),
        breakInside: getComputedStyle(li).breakInside,
        statusShown: status.getBoundingClientRect().height > 0,
        statusFill: getComputedStyle(status).backgroundColor,
      };
    })()`);
    assert.ok(printed.href.startsWith('http'));
    assert.ok(printed.after.includes(printed.href), `the address follows the link: ${printed.after}`);
    assert.equal(printed.breakInside, 'avoid');
    assert.ok(printed.statusShown);
    assert.equal(printed.statusFill, 'rgba(0, 0, 0, 0)');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('on an exercise, says this depositary’s filings are invented, in both languages', async (t) => {
    if (exercise.skip) return t.skip(exercise.skip);
    for (const [lang, words] of [
      ['en', /This depositary is running an exercise/],
      ['ru', /Этот депозитарий работает в режиме учений/],
    ] as const) {
      const { page, errors } = await openHistory(exercise, lang);
      const note = page.locator('.history-model-note strong');
      await note.waitFor();
      assert.match(await note.innerText(), words);
      // The status is the same whatever the depositary runs.
      assert.equal(
        await page.locator('.history-status .history-headline').innerText(),
        HISTORY_STATUS.headline[lang],
      );
      assert.deepEqual(errors, []);
      await page.context().close();
    }
  });
});
