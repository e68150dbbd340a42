/**
 * The analysis view as a careful public site presents it, in a real browser against the demo service:
 * one term for the Parties in Russian («Участники», never «Стороны»), with correct plural forms; the
 * outlook's headline figure rounded to what the model supports, with its assumptions beside it; a CSV
 * export of every analysis table (a first line saying it is a model, the header in the reader's
 * language, one line per row of the table); terms of art linked to the glossary; and print styles.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { webSuite } from './harness.ts';
import { parseCsv } from './csv-reader.ts';

const web = webSuite({ demo: true });

/** Waits until an element matching `selector` contains `text`. */
async function waitForText(page: Page, selector: string, text: string, timeout = 90_000): Promise<void> {
  const check = `[...document.querySelectorAll(${JSON.stringify(selector)})].some((e) => (e.textContent ?? '').includes(${JSON.stringify(text)}))`;
  await page.waitForFunction(check, undefined, { timeout });
}

/** Clicks a table's CSV button (`csv`: its `[data-csv]` box) and returns the file's name and records. */
async function download(page: Page, csv: Locator): Promise<{ name: string; records: string[][] }> {
  const button = csv.locator('button');
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
  const path = await file.path();
  const text = readFileSync(path, 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'the file starts with a byte-order mark');
  return { name: file.suggestedFilename(), records: parseCsv(text.slice(1)) };
}

/** All the text a reader meets in the analysis view: its text, and its labels and titles. */
const VISIBLE_TEXT = `(() => {
  const root = document.querySelector('.analysis');
  if (!root) return '';
  const attrs = [...root.querySelectorAll('[aria-label],[title]')].map((e) =>
    (e.getAttribute('aria-label') ?? '') + ' ' + (e.getAttribute('title') ?? ''));
  return root.textContent + ' ' + attrs.join(' ');
})()`;

const nbsp = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('web: the analysis view for the public', () => {
  it('Russian: «Участник» throughout, never «Стороны», with correct plural forms', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const pages: [string, string][] = [
      ['section=blocking', '[data-body=extraordinary] .an-headline'],
      ['section=blocking&parties=log&attacker=AM', '[data-body=extraordinary] .an-headline'],
      ['section=power&game=conference&reading=objection', '.an-card li'],
      ['section=power&game=extraordinary&attacker=RU&orgWeight=0', '.an-card li'],
      ['section=power&game=unsc', '.an-card'],
      ['section=outlook&trials=200', '#an-outlook-headline'],
      ['section=force-limits', 'tr[data-host=PL]'],
    ];
    for (const [query, ready] of pages) {
      const { page, errors } = await web.open(`#/analysis?${query}&lang=ru`);
      await waitForText(page, 'h1', 'Анализ').catch(async (e: unknown) => {
        throw new Error(`${query}: ${String(e)}; h1 ${(await page.locator('h1').allInnerTexts()).join('|')}`);
      });
      await page.locator(ready).first().waitFor({ timeout: 60_000 });
      const text = await page.evaluate<string>(VISIBLE_TEXT);
      assert.doesNotMatch(text, /[Сс]торон/, `${query}: «Сторон» in ${text.slice(0, 200)}…`);
      if (/blocking|conference|extraordinary/.test(query))
        assert.match(text, /Участник/, `${query}: no «Участник»`);
      assert.deepEqual(errors, [], query);
      await page.context().close();
    }
  });

  it('Russian headlines agree with their numbers (61 Участник, 21 отсутствующий, 13 отсутствующих)', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/analysis?section=blocking&lang=ru');
    await waitForText(page, '[data-body=extraordinary] .an-headline', 'кворум');
    const extraordinary = nbsp(await page.locator('[data-body=extraordinary] .an-headline').innerText());
    assert.equal(
      extraordinary,
      '61 Участник; кворум 4/5: должны присутствовать 49; 13 отсутствующих лишают её кворума.',
    );
    const conference = nbsp(await page.locator('[data-body=conference] .an-headline').innerText());
    assert.equal(
      conference,
      '61 Участник; кворум 2/3: должен присутствовать 41; 21 отсутствующий лишает её кворума.',
    );
    assert.match(
      (await page.locator('[data-body=conference] h3').innerText()) ?? '',
      /Конференция Участников/,
    );
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('the outlook: a rounded headline figure with its assumptions beside it (English, desktop)', async (t) => {
    if (web.skip) return t.skip(web.skip);
    // The defaults: 10,000 trials, seed 2009; the CLI gives 618 in force (6.18% ± 0.24%).
    const { page, errors } = await web.open('#/analysis?section=outlook', { width: 1400, height: 900 });
    const headline = page.locator('#an-outlook-headline');
    await headline.waitFor({ timeout: 180_000 });
    assert.equal(await headline.getAttribute('data-in-force'), '618');
    assert.equal(
      await headline.innerText(),
      'Chance that the Treaty is in force by 29 November 2019: about 5%',
    );
    assert.doesNotMatch(await headline.innerText(), /\d[.,]\d/);
    const note = await page.locator('#an-outlook-figure .an-precision').innerText();
    assert.match(note, /nearest 5 percentage points/);
    assert.match(note, /trials in force: 618 of 10,000/);

    // The assumptions share the headline's container, sit beside it, and come before the chart.
    const assumptions = page.locator('#an-outlook-figure #an-outlook-assumptions');
    const text = await assumptions.innerText();
    assert.match(text, /Assumptions behind this figure/);
    assert.match(text, /counted instruments deposited reach 25/);
    assert.match(text, /Signature: open for 24 months from 29 November 2009/);
    assert.match(text, /supportive 90%, then 80%/);
    assert.match(text, /within 60 months of signing/);
    assert.match(text, /not estimates from data/);
    assert.match(text, /est analyze outlook --trials 10000 --seed 2009/);
    interface Box {
      top: number;
      bottom: number;
      left: number;
      right: number;
    }
    const boxes = await page.evaluate<{ headline: Box; assumptions: Box; chart: Box; table: Box }>(
      `(() => {
        const box = (s) => { const r = document.querySelector(s).getBoundingClientRect();
          return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right }; };
        return { headline: box('#an-outlook-headline'), assumptions: box('#an-outlook-assumptions'),
          chart: box('.an-card .an-chart'), table: box('.an-quarters') };
      })()`,
    );
    const { headline: h, assumptions: a, chart, table } = boxes;
    assert.ok(a.left >= h.right - 1, `beside: ${JSON.stringify(boxes)}`);
    assert.ok(Math.abs(a.top - h.top) < 40, `level with the headline: ${JSON.stringify(boxes)}`);
    assert.ok(a.bottom < chart.top && a.bottom < table.top, `before the chart: ${JSON.stringify(boxes)}`);
    // The chart's label gives the same rounded figure.
    const label = await page.locator('.an-card svg[role=img]').first().getAttribute('aria-label');
    assert.match(label ?? '', /about 5% at the horizon/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('the outlook at phone width and in Russian: the assumptions follow the figure directly', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open(
      '#/analysis?section=outlook&trials=600&seed=7&instruments=20&lang=ru',
      {
        width: 360,
        height: 740,
      },
    );
    const headline = page.locator('#an-outlook-headline');
    await headline.waitFor({ timeout: 60_000 });
    // 77 of 600 in force (12.8% ± 2.7 points at 95%): wider than a step, so a range.
    assert.equal(await headline.getAttribute('data-in-force'), '77');
    assert.equal(
      nbsp(await headline.innerText()),
      'Вероятность того, что Договор в силе к 29 ноября 2019 г.: от 10 % до 15 %',
    );
    const note = nbsp(await page.locator('#an-outlook-figure .an-precision').innerText());
    assert.match(note, /Почему диапазон/);
    const assumptions = nbsp(await page.locator('#an-outlook-assumptions').innerText());
    assert.match(assumptions, /Допущения, на которых основана эта цифра/);
    assert.match(assumptions, /открыто 24 месяца с 29 ноября 2009 г\./);
    assert.match(assumptions, /в течение 60 месяцев после подписания/);
    assert.match(assumptions, /--set entryIntoForce\.instruments=20/);
    const layout = await page.evaluate<{ gap: number; chartBelow: boolean; page: number; view: number }>(
      `(() => {
        const h = document.querySelector('#an-outlook-figure .an-figure-main').getBoundingClientRect();
        const a = document.querySelector('#an-outlook-assumptions').getBoundingClientRect();
        const c = document.querySelector('.an-card .an-chart').getBoundingClientRect();
        return { gap: a.top - h.bottom, chartBelow: c.top >= a.bottom,
          page: document.documentElement.scrollWidth, view: window.innerWidth };
      })()`,
    );
    assert.ok(layout.gap >= 0 && layout.gap < 40, `directly below: ${JSON.stringify(layout)}`);
    assert.ok(layout.chartBelow, JSON.stringify(layout));
    assert.ok(layout.page <= layout.view, JSON.stringify(layout));
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('blocking: a CSV per body, first line a model, header as shown, a line per row', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/analysis?section=blocking');
    await page.locator('[data-body=extraordinary] tr[data-bloc=NATO]').waitFor({ timeout: 30_000 });
    for (const body of ['conference', 'extraordinary']) {
      const card = page.locator(`[data-body=${body}]`);
      const { name, records } = await download(page, card.locator('[data-csv]'));
      assert.equal(name, `est-analysis-blocking-${body}.csv`);
      assert.match(
        records[0]?.[0] ?? '',
        /^Analysis of the 2009 draft: a model, not the record\. Blocking by absence/,
      );
      assert.deepEqual(records[1], [
        'Bloc',
        'Parties it counts',
        'The organization itself counted',
        'Denies the quorum alone?',
        'Its Parties',
      ]);
      assert.equal(records.length - 2, await card.locator('tbody tr').count());
      const nato = records.find((r) => r[0] === 'NATO');
      assert.equal(nato?.[1], '29');
      if (body === 'extraordinary') assert.equal(nato?.[3], 'yes: can deny the quorum alone');
    }
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it("blocking on the demo log's Parties: the CSV says it comes from an exercise; Russian headers", async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/analysis?section=blocking&parties=log&lang=ru');
    const card = page.locator('[data-body=conference]');
    await waitForText(page, '[data-body=conference] .an-headline', 'кворум');
    const { records } = await download(page, card.locator('[data-csv]'));
    assert.match(records[0]?.[0] ?? '', /^Учения: .*Анализ проекта 2009 года: расчёт по модели/);
    assert.deepEqual(records[1], [
      'Блок',
      'Участников в блоке',
      'Учтена сама организация',
      'Срывает кворум один?',
      'Участники в его составе',
    ]);
    assert.equal(records.length - 2, await card.locator('tbody tr').count());
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('voting power: the CSV holds the exact ratios', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/analysis?section=power&game=unsc');
    await page.locator('tr[data-players~=RU]').waitFor({ timeout: 30_000 });
    const card = page.locator('.an-card[data-game=unsc]');
    const { name, records } = await download(page, card.locator('[data-csv]'));
    assert.equal(name, 'est-analysis-power-unsc.csv');
    assert.match(records[0]?.[0] ?? '', /a model, not the record\. Voting power, UN Security Council/);
    assert.deepEqual(records[1]?.slice(0, 4), [
      'Number of players',
      'Players (values are per player)',
      'Shapley-Shubik',
      'Shapley-Shubik, exact',
    ]);
    assert.equal(records.length - 2, await card.locator('tbody tr').count());
    const permanent = records.find((r) => r[1]?.includes('Russian Federation'));
    assert.equal(permanent?.[0], '5');
    assert.equal(permanent?.[3], '421/2145');
    assert.equal(permanent?.[5], '106/635');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('the outlook: CSVs of the quarter table and of every pivotal state', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/analysis?section=outlook&trials=600&seed=7&instruments=20');
    await page.locator('.an-pivotal tbody tr').first().waitFor({ timeout: 60_000 });
    const q = await download(page, page.locator('[data-csv=est-analysis-outlook-quarters]'));
    assert.equal(q.name, 'est-analysis-outlook-quarters.csv');
    assert.match(
      q.records[0]?.[0] ?? '',
      /a model, not the record\. Ratification outlook.*600 trials, seed 7/,
    );
    assert.deepEqual(q.records[1], ['Year', 'Q1, %', 'Q2, %', 'Q3, %', 'Q4, %']);
    assert.equal(q.records.length - 2, await page.locator('.an-quarters tbody tr').count());
    // Whole percentages, as in the table.
    assert.ok(q.records.slice(2).every((r) => r.slice(1).every((c) => /^\d*$/.test(c))));

    // Every pivotal state, as the table shows them once all are shown.
    const more = page.locator('button.an-more');
    if ((await more.count()) > 0) await more.click();
    const rows = await page.locator('.an-pivotal tbody tr').count();
    const pivotal = await download(page, page.locator('[data-csv=est-analysis-outlook-pivotal]'));
    assert.equal(pivotal.name, 'est-analysis-outlook-pivotal.csv');
    assert.deepEqual(pivotal.records[1], ['State or organization', 'Code', 'Stance', 'Share, %', 'Trials']);
    assert.equal(pivotal.records.length - 2, rows);
    assert.equal(
      pivotal.records[2]?.[1],
      await page.locator('.an-pivotal tbody tr').first().getAttribute('data-id'),
    );
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('force limits: the matrix as CSV, a column per reading', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/analysis?section=force-limits');
    await page.locator('tr[data-host=PL]').waitFor({ timeout: 30_000 });
    const { name, records } = await download(page, page.locator('[data-csv=est-analysis-force-limits]'));
    assert.equal(name, 'est-analysis-force-limits.csv');
    assert.match(
      records[0]?.[0] ?? '',
      /a model, not the record\. A counterfactual: neither draft was ever in force\. First day a limit was breached \(NRC 4/,
    );
    assert.equal(records[1]?.[0], 'Host');
    assert.equal(
      records[1]?.length,
      2 + (await page.locator('.an-matrix thead tr:last-child th').count()) - 1,
    );
    assert.equal(records[1]?.at(-1), 'nra-2021: the December 2021 draft, Article 4');
    assert.equal(records.length - 2, await page.locator('.an-matrix tbody tr').count());
    const poland = records.find((r) => r[1] === 'PL');
    assert.equal(poland?.[2], '2017-01-12');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('terms of art link to the glossary', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const expected: [string, string[]][] = [
      ['section=blocking', ['quorum', 'extraordinary-conference', 'consensus', 'unanimity']],
      ['section=power&game=conference&reading=objection', ['quorum', 'consensus']],
      ['section=outlook&trials=100', ['counted-instruments']],
      ['section=force-limits', ['substantial-combat-forces']],
    ];
    for (const [query, ids] of expected) {
      const { page, errors } = await web.open(`#/analysis?${query}`);
      await page.locator('.an-card, .an-matrix').first().waitFor({ timeout: 60_000 });
      const links = await page.evaluate<string[]>(
        `[...document.querySelectorAll('.analysis a.term')].map((a) => a.getAttribute('href'))`,
      );
      for (const id of ids)
        assert.ok(links.includes(`#/glossary/${id}`), `${query}: ${id} in ${links.join(' ')}`);
      assert.deepEqual(errors, [], query);
      await page.context().close();
    }
  });

  it('prints without controls, with charts and tables inside the page', async (t) => {
    if (web.skip) return t.skip(web.skip);
    for (const section of ['blocking', 'power', 'outlook&trials=200', 'force-limits']) {
      const { page, errors } = await web.open(`#/analysis?section=${section}`, { width: 700, height: 900 });
      await page.locator('.an-card, .an-matrix').first().waitFor({ timeout: 60_000 });
      await page.emulateMedia({ media: 'print' });
      const m = await page.evaluate<{
        hidden: boolean[];
        charts: { w: number; box: number }[];
        tables: { scroll: number; client: number }[];
        page: number;
        view: number;
      }>(
        `(() => {
          const shown = (e) => getComputedStyle(e).display !== 'none';
          return {
            hidden: [...document.querySelectorAll('.an-controls, .an-tabs, .an-csv')].map((e) => !shown(e)),
            charts: [...document.querySelectorAll('.an-chart > svg')].map((s) => ({
              w: s.getBoundingClientRect().width, box: s.parentElement.getBoundingClientRect().width })),
            tables: [...document.querySelectorAll('.an-scroll')].map((s) => ({ scroll: s.scrollWidth, client: s.clientWidth })),
            page: document.documentElement.scrollWidth, view: window.innerWidth,
          };
        })()`,
      );
      assert.ok(m.hidden.length > 0 && m.hidden.every(Boolean), `${section}: controls hidden`);
      for (const c of m.charts) assert.ok(c.w <= c.box + 1, `${section}: chart ${c.w} in ${c.box}`);
      for (const x of m.tables)
        assert.ok(x.scroll <= x.client + 1, `${section}: table ${x.scroll} > ${x.client}`);
      assert.ok(m.page <= m.view, `${section}: page ${m.page} > ${m.view}`);
      assert.deepEqual(errors, [], section);
      await page.context().close();
    }
  });
});
