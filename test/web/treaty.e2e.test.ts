/**
 * The treaty text in a real browser, against the real service: a deep link to EST 8(3) with its
 * parameters at the depositary's values (extraordinary.quorum = 4/5), the Russian switch (the
 * Russian paraphrase, headings and citations), `?lang=ru` in a shared link, the search box (a
 * Russian citation too), the text's own values when the depositary cannot be reached, the table of
 * all parameters inside its column at 1400 px and on a phone in both languages (confidence marks
 * whole, the basis column not a word a line), the Russian notes and bases, the glossary's links, the
 * printed page, the four drafts (2009 and 2021) listed on the overview, and no console errors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { BASIS_NAMES, PARAMETERS, PARAMETER_IDS } from '../../src/treaty/parameters/index.ts';
import type { Parameter } from '../../src/treaty/parameters/index.ts';
import { PROVISIONS } from '../../src/treaty/provisions/index.ts';
import { webSuite } from './harness.ts';

const EST_8_3 = PROVISIONS.find((p) => p.id === 'est.8.3');
const EST_8 = PROVISIONS.find((p) => p.id === 'est.8');
assert.ok(EST_8_3 && EST_8);

const web = webSuite();

const text = async (page: Page, selector: string): Promise<string> => {
  const l = page.locator(selector).first();
  await l.waitFor({ timeout: 20_000 });
  return (await l.textContent()) ?? '';
};

/** The value cell of a parameter's row, once the depositary's values (or the fallback) are in. */
async function paramValue(page: Page, id: string): Promise<string> {
  return text(page, `[data-provision="est.8.3"] tr[data-param="${id}"] .param-value`);
}

describe('web: the treaty text', () => {
  it('deep-links to EST 8(3): English paraphrase, confidence, sources, rules, and 4/5 from the depositary', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/treaty/est.8.3');
    const section = '[data-provision="est.8.3"]';
    await page.locator(`${section}.selected`).waitFor({ timeout: 20_000 });
    const head = await text(page, `${section} .provision-head`);
    assert.match(head, /EST 8\(3\)\s*Quorum and decisions/);
    assert.match(head, /C-partial/);
    assert.equal(await text(page, `${section} .paraphrase`), EST_8_3.text.en);
    assert.match(await text(page, `${section} .provision-sources`), /S5\s*RIA Novosti/);
    assert.match(await text(page, `${section} .provision-rules`), /est8\.attackerExcluded/);
    // The depositary's values have been read: the note says so, and the quorum reads 4/5.
    await page.getByText('Current values are those this depositary decides under').first().waitFor();
    assert.equal(await paramValue(page, 'extraordinary.quorum'), '4/5');
    assert.match(
      await text(page, `${section} tr[data-param="extraordinary.quorum"]`),
      /text: the text gives it/,
    );
    // The outline marks where we are, and the article's heading is shown above its paragraphs.
    assert.match(await text(page, 'nav.outline a[aria-current]'), /EST 8\(3\)/);
    assert.match(await text(page, '[data-provision="est.8"] .provision-head'), /Article 8\. Extraordinary/);
    // A blank the text leaves is marked as such.
    await page.goto(`${web.service.url}/#/treaty/est.13`);
    assert.match(
      await text(page, 'tr[data-param="withdrawal.noticeDays"]'),
      /blank: the text leaves it blank/,
    );
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('switches to Russian: the Russian paraphrase of EST 8(3), Russian headings, still 4/5', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/treaty/est.8.3');
    const section = '[data-provision="est.8.3"]';
    await page.locator(`${section}.selected`).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.locator('html[lang="ru"]').waitFor({ timeout: 20_000 });
    assert.equal(await text(page, `${section} .paraphrase`), EST_8_3.text.ru);
    assert.equal(await text(page, `${section} .provision-heading`), EST_8_3.heading.ru);
    assert.equal(await text(page, '[data-provision="est.8"] .provision-heading'), EST_8.heading.ru);
    assert.equal(await text(page, 'h1'), 'Текст договора');
    assert.match(await text(page, 'nav.outline'), /Статья 8\. Чрезвычайная конференция/);
    assert.match(await text(page, `${section} h4`), /Параметры/);
    assert.equal(await paramValue(page, 'extraordinary.quorum'), '4/5');
    assert.match(await text(page, `${section} .provision-sources`), /Источники/);
    assert.equal(await page.locator(`${section} .paraphrase`).getAttribute('lang'), 'ru');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('opens a shared link in Russian with ?lang=ru, and finds provisions by citation or words', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/treaty/est.8.3?lang=ru');
    await page.locator('html[lang="ru"]').waitFor({ timeout: 20_000 });
    assert.equal(await text(page, '[data-provision="est.8.3"] .paraphrase'), EST_8_3.text.ru);
    await page.waitForURL((url) => !url.hash.includes('lang='));

    // Still in Russian: the citations read «ДЕБ, ст. 13», and an English citation still finds its provision.
    await page.goto(`${web.service.url}/#/treaty`);
    const search = page.locator('.treaty-tools').getByRole('searchbox');
    await search.fill('EST 13');
    await page.waitForURL((url) => url.hash.includes('q=EST'));
    const outline = await text(page, 'nav.outline');
    assert.match(outline, /ДЕБ,\sст\.\s13/);
    assert.doesNotMatch(outline, /ст\.\s8/);
    // So does a Russian one, and the provision's heading carries it.
    await search.fill('ДЕБ, ст. 8, п. 3');
    await page.locator('[data-provision="est.8.3"]').waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('[data-provision="est.6.3"]').count(), 0);
    assert.match(await text(page, '[data-provision="est.8.3"] .provision-cite'), /^ДЕБ,\sст\.\s8,\sп\.\s3$/);
    await search.fill('кворум');
    await page.locator('[data-provision="est.6.3"]').waitFor({ timeout: 20_000 });
    assert.ok((await page.locator('[data-provision="est.8.3"]').count()) > 0);
    assert.equal(await page.locator('[data-provision="est.10"]').count(), 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('shows the text’s own values, and says so, when the depositary cannot be reached', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const context = await web.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.route('**/api/v1/settings', (route) => route.abort('connectionrefused'));
    await page.goto(`${web.service.url}/#/treaty/est.8.3`);
    const note = page.getByRole('note');
    await note.waitFor({ timeout: 20_000 });
    assert.match((await note.textContent()) ?? '', /cannot be reached: the values shown are the text’s own/);
    assert.equal(await paramValue(page, 'extraordinary.quorum'), '4/5');
    // A phone-width screen: nothing runs off to the side (the parameter table scrolls on its own).
    const width = await page.evaluate<number[]>('[document.documentElement.scrollWidth, window.innerWidth]');
    assert.equal(width[0], width[1]);
    assert.deepEqual(
      errors.filter((e) => !/Failed to load resource/.test(e)),
      [],
    );
    await context.close();
  });

  it('keeps the table of all parameters inside its column at 1400 px, in English and in Russian', async (t) => {
    if (web.skip) return t.skip(web.skip);
    for (const lang of ['en', 'ru'] as const) {
      const { page, errors } = await web.open(`#/treaty?lang=${lang}`, { width: 1400, height: 900 });
      await page.locator('.value-note').waitFor({ timeout: 20_000 });
      await page.locator('table.params tr[data-param="osce.minusOne"]').waitFor({ timeout: 20_000 });
      const m = await page.evaluate<Layout>(LAYOUT);
      assert.ok(m.docWidth <= m.viewport, `${lang}: the page is ${m.docWidth} px wide in ${m.viewport}`);
      assert.ok(
        m.table.right <= m.column.right + 0.5,
        `${lang}: the table ends at ${m.table.right}, its column at ${m.column.right}`,
      );
      assert.ok(m.table.left >= m.column.left - 0.5, `${lang}: the table starts left of its column`);
      assert.ok(
        m.wrapScroll <= m.wrapClient,
        `${lang}: the table is clipped (${m.wrapScroll} px in ${m.wrapClient})`,
      );
      assert.equal(m.badges.length, PARAMETER_IDS.length, `${lang}: one confidence mark a row`);
      for (const b of m.badges) {
        assert.ok(
          b.left >= b.cellLeft - 0.5 && b.right <= b.cellRight + 0.5,
          `${lang}: ${b.id}'s mark is cut by its cell`,
        );
        assert.ok(b.right <= m.table.right + 0.5, `${lang}: ${b.id}'s mark runs out of the table`);
        assert.ok(b.width >= b.scrollWidth, `${lang}: ${b.id}'s mark is clipped inside`);
      }
      // The basis column is readable: each basis on one line in English, at most two in Russian.
      for (const b of m.bases)
        assert.ok(b.lines <= (lang === 'en' ? 1 : 2), `${lang}: ${b.id}'s basis on ${b.lines} lines`);
      assert.deepEqual(errors, []);
      await page.context().close();
    }
  });

  it('shows every parameter’s note and basis in Russian with ?lang=ru', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/treaty?lang=ru', { width: 1400, height: 900 });
    await page.locator('table.params tr[data-param="osce.minusOne"]').waitFor({ timeout: 20_000 });
    const rows = await page.evaluate<Record<string, { note: string; basis: string; cite: string }>>(`
      Object.fromEntries([...document.querySelectorAll('table.params tr[data-param]')].map((tr) => [
        tr.dataset.param,
        {
          note: tr.querySelector('.param-note').textContent,
          basis: tr.querySelector('.col-basis .basis').firstChild.textContent,
          cite: tr.querySelector('.col-cite').textContent,
        },
      ]))`);
    assert.equal(Object.keys(rows).length, PARAMETER_IDS.length);
    for (const p of Object.values(PARAMETERS) as Parameter[]) {
      const row = rows[p.id];
      assert.ok(row, p.id);
      assert.match(row.note, /^Примечание:/, p.id);
      for (const v of p.values)
        assert.ok(row.note.includes(v.referenceRu), `${p.id}: «${v.referenceRu}» not shown`);
      assert.equal(row.basis, BASIS_NAMES[p.basis].ru, p.id);
      assert.doesNotMatch(row.cite, /[A-Za-z]/, `${p.id}: ${row.cite}`);
    }
    assert.equal(rows['withdrawal.noticeDays']?.basis, 'пропуск в тексте');
    assert.equal(rows['extraordinary.quorum']?.cite.replace(/\s/g, ' '), 'ДЕБ, ст. 8, п. 3');
    // Both dated notes of a parameter whose value changed, each with its Russian date.
    assert.match(rows['scf.countTemporary']?.note ?? '', /с 14 марта 1997 г\.: false — S29/);
    assert.match(await text(page, 'h2#params-all'), /Все параметры/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('on a phone, the parameters never widen the page, in English or Russian', async (t) => {
    if (web.skip) return t.skip(web.skip);
    for (const hash of ['#/treaty?lang=en', '#/treaty?lang=ru', '#/treaty/nat.5.2?lang=ru']) {
      const { page, errors } = await web.open(hash, { width: 360, height: 800 });
      await page.locator('table.params').first().waitFor({ timeout: 20_000 });
      await page
        .locator('.treaty-main .value-note, .treaty-main [role="note"]')
        .first()
        .waitFor({ timeout: 20_000 });
      const m = await page.evaluate<Layout>(LAYOUT);
      assert.ok(m.docWidth <= m.viewport, `${hash}: the page is ${m.docWidth} px wide in ${m.viewport}`);
      assert.ok(m.table.right <= m.viewport, `${hash}: the table ends at ${m.table.right}`);
      assert.ok(m.wrapScroll <= m.wrapClient, `${hash}: the table scrolls sideways`);
      for (const b of m.badges) assert.ok(b.right <= m.viewport, `${hash}: ${b.id}'s mark off screen`);
      // The table's region can be reached by keyboard, and says what it holds.
      const region = page.locator('.table-wrap').first();
      assert.equal(await region.getAttribute('role'), 'region');
      assert.equal(await region.getAttribute('tabindex'), '0');
      assert.match((await region.getAttribute('aria-label')) ?? '', /^(Parameters|Параметры): /);
      assert.deepEqual(errors, []);
      await page.context().close();
    }
  });

  it('lists the four drafts, 2009 and 2021, each linking to its first provision', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/treaty');
    await page.locator('.value-note').waitFor({ timeout: 20_000 });
    const drafts = await page.evaluate<{ href: string | null; text: string }[]>(
      `[...[...document.querySelectorAll('h2')].find((h) => h.textContent === 'The drafts').nextElementSibling.querySelectorAll('li > a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent }))`,
    );
    const expected = (['est-2009', 'nrc-2009', 'nra-2021', 'rus-us-2021'] as const).map((tid) => {
      const first = PROVISIONS.find((p) => p.treaty === tid);
      assert.ok(first, tid);
      return `#/treaty/${first.id}`;
    });
    assert.deepEqual(
      drafts.map((d) => d.href),
      expected,
    );
    assert.match(drafts[2]?.text ?? '', /North Atlantic Treaty Organization/);
    assert.match(drafts[3]?.text ?? '', /security guarantees/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('links the terms of art to the glossary, outside the treaty’s own text', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/treaty');
    await page.locator('.value-note').waitFor({ timeout: 20_000 });
    const terms = await page.evaluate<string[]>(
      `[...document.querySelectorAll('.key-terms a.term')].map((a) => a.getAttribute('href'))`,
    );
    for (const id of [
      'depositary',
      'instrument',
      'accession',
      'counted-instruments',
      'quorum',
      'consensus',
      'unanimity',
      'extraordinary-conference',
      'substantial-combat-forces',
    ])
      assert.ok(terms.includes(`#/glossary/${id}`), `${id} is not linked`);
    assert.equal(await page.locator('.value-note a.term[href="#/glossary/depositary"]').count(), 1);
    await page.goto(`${web.service.url}/#/treaty/est.8.3?lang=ru`);
    const section = '[data-provision="est.8.3"]';
    await page.locator(`${section}.selected`).waitFor({ timeout: 20_000 });
    assert.match(
      await text(page, `${section} .provision-terms`),
      /Термины в глоссарии: Чрезвычайная конференция.*кворум.*единогласие/,
    );
    assert.equal(
      await page.locator(`${section} .provision-terms a.term[href="#/glossary/unanimity"]`).count(),
      1,
    );
    // The paraphrase itself carries no link.
    assert.equal(await page.locator('.paraphrase a').count(), 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('prints the articles and the parameters legibly, without the controls', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/treaty/est.8.3', { width: 794, height: 1123 });
    await page.locator('[data-provision="est.8.3"].selected').waitFor({ timeout: 20_000 });
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate<Record<string, string>>(`Object.fromEntries(
      ['nav.outline', '.treaty-tools', '.permalink-line', '.provision-terms', 'table.params', '.paraphrase']
        .map((s) => [s, getComputedStyle(document.querySelector(s)).display]))`);
    assert.equal(shown['nav.outline'], 'none');
    assert.equal(shown['.treaty-tools'], 'none');
    assert.equal(shown['.permalink-line'], 'none');
    assert.equal(shown['.provision-terms'], 'none');
    assert.equal(shown['table.params'], 'table');
    assert.equal(shown['.paraphrase'], 'block');
    const m = await page.evaluate<Layout>(LAYOUT);
    assert.ok(m.docWidth <= m.viewport, `printed ${m.docWidth} px wide in ${m.viewport}`);
    assert.ok(m.wrapScroll <= m.wrapClient, 'the printed table is clipped');
    // The provisions take the full width of the page once the outline is gone.
    assert.ok(m.column.width > 700, `the text column is ${m.column.width} px wide on paper`);
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});

interface Box {
  readonly left: number;
  readonly right: number;
  readonly width: number;
}

/** Where the first parameter table, its column and its marks are, as LAYOUT measures them. */
interface Layout {
  readonly viewport: number;
  readonly docWidth: number;
  readonly column: Box;
  readonly table: Box;
  readonly wrapScroll: number;
  readonly wrapClient: number;
  readonly badges: readonly {
    id: string;
    left: number;
    right: number;
    width: number;
    scrollWidth: number;
    cellLeft: number;
    cellRight: number;
  }[];
  readonly bases: readonly { id: string; lines: number }[];
}

/** Measures, in the page, the first parameter table of the main column (a script: the tests have no DOM types). */
const LAYOUT = `(() => {
  const box = (e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, width: r.width }; };
  const table = document.querySelector('.treaty-main table.params');
  const wrap = table.closest('.table-wrap');
  const rows = [...table.querySelectorAll('tr[data-param]')];
  return {
    viewport: window.innerWidth,
    docWidth: document.documentElement.scrollWidth,
    column: box(document.querySelector('.treaty-main')),
    table: box(table),
    wrapScroll: wrap.scrollWidth,
    wrapClient: wrap.clientWidth,
    badges: rows.map((tr) => {
      const badge = tr.querySelector('.col-conf .conf');
      const cell = badge.closest('td').getBoundingClientRect();
      return { id: tr.dataset.param, ...box(badge), scrollWidth: badge.scrollWidth, cellLeft: cell.left, cellRight: cell.right };
    }),
    bases: rows.map((tr) => ({ id: tr.dataset.param, lines: tr.querySelector('.col-basis .basis').getClientRects().length })),
  };
})()`;
