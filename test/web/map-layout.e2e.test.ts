/**
 * The map view over the demo history (an exercise), in a real browser: the table stays inside its
 * column at 1400, 1024 and 360 px in English and in Russian, and the page never scrolls sideways;
 * the headline's figures agree with the legend's, or say why not (the EU is a Party, the legend
 * counts states); the headline of an exercise says "Exercise:" («Учения:»); the table's CSV says in
 * its first line that it is an exercise; the terms of art link to the glossary; and a print keeps
 * the map with its legend on a page, without the controls. No console errors along the way.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { webSuite } from './harness.ts';
import type { Viewport } from './harness.ts';

const web = webSuite({ demo: true });

/** A day of the demo history on which the Treaty is in force with 26 states and the EU as Parties. */
const DAY = '2011-06-20';

async function openMap(hash: string, viewport?: Viewport): Promise<{ page: Page; errors: string[] }> {
  const opened = await web.open(hash, viewport);
  opened.page.setDefaultTimeout(30_000);
  await opened.page.locator('.summary [data-testid="parties"]').waitFor();
  return opened;
}

interface Fit {
  readonly pageWidth: number;
  readonly viewport: number;
  /** The table's box, its scrolling region's, and the column it sits in. */
  readonly table: { left: number; right: number };
  readonly region: { left: number; right: number };
  readonly column: { left: number; right: number };
  /** Where the panels beside the map begin (null when they sit below it, on narrow screens). */
  readonly panels: number | null;
  /** Whether the table needs its region's sideways scrolling. */
  readonly scrolls: boolean;
}

/** Measures the table against its column and the page against the window (evaluated in the page). */
async function measure(page: Page): Promise<Fit> {
  return page.evaluate<Fit>(`(() => {
    const box = (s) => {
      const b = document.querySelector(s).getBoundingClientRect();
      return { left: b.left, right: b.right };
    };
    const side = document.querySelector('.side-col > .summary').getBoundingClientRect();
    const region = document.querySelector('.table-wrap');
    const grid = box('.map-grid');
    // The column is .map-col where it has a box (two columns); below 900 px the grid's whole width.
    const col = document.querySelector('.map-col').getBoundingClientRect();
    return {
      pageWidth: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      table: box('table.state-table'),
      region: box('.table-wrap'),
      column: col.width > 0 ? { left: col.left, right: col.right } : grid,
      panels: side.left > box('table.state-table').left + 100 ? side.left : null,
      scrolls: region.scrollWidth > region.clientWidth,
    };
  })()`);
}

describe('web: the map view over an exercise', () => {
  for (const lang of ['en', 'ru'] as const)
    for (const width of [1400, 1024, 360])
      it(`keeps the table in its column at ${width} px (${lang}), the page never wider than the window`, async (t) => {
        if (web.skip) return t.skip(web.skip);
        const { page, errors } = await openMap(`#/map?date=${DAY}&lang=${lang}`, { width, height: 900 });
        await page.getByRole('button', { name: lang === 'ru' ? 'Таблица' : 'Table', exact: true }).click();
        await page.locator('table.state-table tr[data-state="DE"]').waitFor();
        assert.equal(await page.locator('table.state-table tbody tr').count(), 56);
        const fit = await measure(page);
        const where = `${lang} ${width}: ${JSON.stringify(fit)}`;
        assert.ok(fit.pageWidth <= fit.viewport, `the page scrolls sideways: ${where}`);
        assert.ok(fit.region.left >= fit.column.left - 0.5, where);
        assert.ok(fit.region.right <= fit.column.right + 0.5, `the table's box leaves its column: ${where}`);
        assert.ok(fit.table.right <= fit.column.right + 0.5, `the table spills out of its column: ${where}`);
        assert.equal(fit.scrolls, false, `the table does not fit without scrolling: ${where}`);
        if (width > 900) {
          assert.ok(fit.panels !== null, `the panels beside the map: ${where}`);
          assert.ok(fit.table.right <= fit.panels, `the table runs under the panels: ${where}`);
        }
        // Were it ever too wide, it scrolls in a region of its own that a keyboard can reach.
        const region = page.locator('.table-wrap');
        assert.equal(await region.getAttribute('role'), 'region');
        assert.equal(await region.getAttribute('tabindex'), '0');
        assert.match(
          (await region.getAttribute('aria-label')) ?? '',
          lang === 'ru' ? /^Государства на 20 июня 2011/ : /^The states on 20 June 2011$/,
        );
        assert.deepEqual(errors, []);
        await page.context().close();
      });

  it('gives figures that agree with the legend, or says what they count (the EU among the Parties)', async (t) => {
    if (web.skip) return t.skip(web.skip);
    for (const lang of ['en', 'ru'] as const) {
      const { page, errors } = await openMap(`#/map?date=${DAY}&lang=${lang}`);
      const count = async (selector: string) => Number(await page.locator(selector).textContent());
      const parties = await count('[data-testid="parties"]');
      const legendParties =
        (await count('[data-legend="party"] .count')) + (await count('[data-legend="withdrawing"] .count'));
      assert.equal(parties, 27, lang);
      assert.equal(legendParties, 26, lang);
      // The difference is said right beside the figure: 26 states and the EU.
      const split = (await page.getByTestId('parties-split').textContent()) ?? '';
      assert.match(split, lang === 'ru' ? /^\s*\(26 государств и ЕС\)$/ : /^\s*\(26 states and the EU\)$/);
      assert.equal(Number(/\d+/.exec(split)?.[0]), legendParties, lang);
      assert.equal(await page.locator('[data-org="EU"]').getAttribute('data-status'), 'party', lang);
      // And the legend says it counts states only.
      assert.match(
        await page.locator('.legend').innerText(),
        lang === 'ru'
          ? /^Государства по статусу[\s\S]*Только государства/
          : /^States by status[\s\S]*States only/,
      );
      assert.deepEqual(errors, [], lang);
      await page.context().close();
    }
  });

  it('prefixes the headline and the summary with "Exercise:" («Учения:»)', async (t) => {
    if (web.skip) return t.skip(web.skip);
    for (const [lang, word] of [
      ['en', 'Exercise:'],
      ['ru', 'Учения:'],
    ] as const) {
      const { page, errors } = await openMap(`#/map?date=${DAY}&lang=${lang}`);
      const h1 = (await page.locator('main h1').innerText()).trim();
      assert.ok(h1.startsWith(`${word} `), `${lang}: ${h1}`);
      const head = (await page.locator('.summary-head').innerText()).trim();
      assert.ok(head.startsWith(`${word} `), `${lang}: ${head}`);
      assert.match(
        head,
        lang === 'ru'
          ? /На 20 июня 2011 г\.: В силе с 1 сентября 2010/
          : /On 20 June 2011: In force since 1 September 2010/,
      );
      assert.match((await page.locator('.summary').getAttribute('aria-label')) ?? '', new RegExp(`^${word}`));
      // The introduction says the map shows an exercise, not what happened.
      assert.match(
        await page.locator('.intro').innerText(),
        lang === 'ru' ? /показывает учения/ : /shows an exercise/,
      );
      assert.deepEqual(errors, [], lang);
      await page.context().close();
    }
  });

  it('downloads the table as CSV, its first line saying that it is an exercise', async (t) => {
    if (web.skip) return t.skip(web.skip);
    for (const lang of ['en', 'ru'] as const) {
      const { page, errors } = await openMap(`#/map?date=${DAY}&view=table&lang=${lang}`);
      await page.locator('table.state-table tr[data-state="DE"]').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: lang === 'ru' ? 'Скачать CSV' : 'Download CSV' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), `est-states-exercise-${DAY}.csv`);
      const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
      const lines = text.split('\r\n');
      assert.equal(lines.pop(), '', 'the file ends with a line break');
      assert.match(
        lines[0] ?? '',
        lang === 'ru' ? /^"?Учения: вымышленные/ : /^"?Exercise: invented filings/,
      );
      assert.equal(
        lines[1],
        lang === 'ru'
          ? 'Государство,Статус,Подписан,Документ сдан,В силе с,Блоки'
          : 'State,Status,Signed,Deposited,In force from,Blocs',
      );
      const rows = lines.slice(2);
      assert.equal(rows.length, await page.locator('table.state-table tbody tr').count());
      assert.equal(rows.length, 56);
      const germany = rows.find((r) => r.startsWith(lang === 'ru' ? 'Германия,' : 'Germany,'));
      assert.match(
        germany ?? '',
        lang === 'ru'
          ? /^Германия,Участник,\d{4}-\d\d-\d\d,\d{4}-\d\d-\d\d,\d{4}-\d\d-\d\d,"НАТО, ЕС"$/
          : /^Germany,Party,\d{4}-\d\d-\d\d,\d{4}-\d\d-\d\d,\d{4}-\d\d-\d\d,"NATO, EU"$/,
      );
      assert.deepEqual(errors, [], lang);
      await page.context().close();
    }
  });

  it('links the terms of art to the glossary', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await openMap(`#/map?date=${DAY}&state=DE`);
    const link = (id: string) => page.locator(`.mapview a.term[href="#/glossary/${id}"]`);
    assert.equal(await link('depositary').textContent(), 'depositary');
    assert.equal(await link('extraordinary-conference').textContent(), 'Extraordinary Conference');
    assert.equal(await link('counted-instruments').textContent(), 'Counted instruments');
    assert.equal(await link('accession').textContent(), 'Acceding');
    // The details of the selected state: "Instrument deposited".
    assert.equal(await page.locator('[data-details="DE"] a.term').textContent(), 'Instrument');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('prints the map with its legend on one page (A4 and Letter), without the controls', async (t) => {
    if (web.skip) return t.skip(web.skip);
    for (const lang of ['en', 'ru'] as const) {
      // The width of an A4 page at 96 px to the inch, less margins of a centimetre.
      const { page, errors } = await openMap(`#/map?date=${DAY}&lang=${lang}`, { width: 718, height: 1000 });
      await page.locator('.map-figure[data-ready="true"]').waitFor();
      // The whole view, in print, on a single page of either size.
      for (const format of ['A4', 'Letter']) {
        const pdf = (
          await page.pdf({ format, margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } })
        ).toString('latin1');
        assert.equal(/\/Type \/Pages[^>]*\/Count (\d+)/.exec(pdf)?.[1], '1', `${lang} ${format}: pages`);
      }
      // What is on it, and what is left out.
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(`(() => {
        const shown = (s) => {
          const e = document.querySelector(s);
          return e !== null && getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0;
        };
        const box = (s) => document.querySelector(s).getBoundingClientRect();
        const map = box('svg.map');
        const legend = box('.legend');
        return {
          banner: shown('.exercise-banner'),
          headline: shown('main h1 [data-testid="exercise-tag"]'),
          summary: shown('.summary [data-testid="exercise-tag"]'),
          map: shown('svg.map'),
          legend: shown('.legend'),
          toolbar: shown('.map-toolbar'),
          slider: shown('#map-date'),
          hint: shown('.details'),
          legendBelowMap: legend.top >= map.bottom,
          inside: map.right <= innerWidth && legend.right <= innerWidth,
          pageWidth: document.documentElement.scrollWidth <= innerWidth,
          colours: getComputedStyle(document.querySelector('.legend .swatch.s-party')).printColorAdjust,
        };
      })()`);
      assert.deepEqual(
        printed,
        {
          banner: true,
          headline: true,
          summary: true,
          map: true,
          legend: true,
          toolbar: false,
          slider: false,
          hint: false,
          legendBelowMap: true,
          inside: true,
          pageWidth: true,
          colours: 'exact',
        },
        lang,
      );
      assert.deepEqual(errors, [], lang);
      await page.context().close();
    }
    // A selected state's details print after the legend, which stays under the map.
    const { page } = await openMap(`#/map?date=${DAY}&state=DE`, { width: 718, height: 1000 });
    await page.locator('[data-details="DE"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    const order = await page.evaluate<number[]>(
      `['svg.map', '.legend', '[data-details="DE"]'].map((s) => document.querySelector(s).getBoundingClientRect().top)`,
    );
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
      `map, legend, details: ${order.join(', ')}`,
    );
    await page.context().close();
  });
});
