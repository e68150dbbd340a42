/**
 * The timeline in a real browser, against the real service on SQLite with the demo history (filed
 * through the signed path: 2010-2012 signatures, instruments, entry into force, consultations, a
 * Conference, an Extraordinary Conference, refused acts), plus Poland's own filings through the
 * signed API. Checks: events by month with filers, descriptions, outcomes with citations and links;
 * filters read from and written to the URL; a filing made while the page is open appears at the
 * top without a reload and is announced; the Russian switch; no console errors. The demo is an
 * exercise: the headings of the timeline and of a procedure say so, and so does the first line of the
 * timeline's CSV file, whose rows are those shown. At 360 px, in English and Russian, neither the
 * timeline (its filters in sight) nor a procedure's page scrolls sideways; on paper, the lines are
 * printed without the filters and buttons.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { Filer } from '../../src/app/testing.ts';
import { file, lodge, webSuite } from './harness.ts';
import { TIMELINE_HEADER, downloadTimelineCsv } from './csv-reader.ts';
import { overflow } from './page-overflow.ts';

const poland = new Filer('PL');
let size = 0;

const web = webSuite({
  demo: true,
  setup: async (service) => {
    await lodge(service, poland);
    // Too late to sign (the Treaty entered into force in 2010): refused under EST 10, and logged.
    const r = await file(service, poland, { act: 'sign' });
    assert.equal(r.outcome.accepted, false);
    size = r.index + 1;
  },
});

async function open(hash: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await web.open(hash);
  opened.page.setDefaultTimeout(20_000);
  await opened.page.locator('[data-count]').waitFor();
  return opened;
}

const lines = (page: Page) => page.locator('ol.timeline > li');
const attrs = async (page: Page, name: string) =>
  Promise.all((await lines(page).all()).map((l) => l.getAttribute(name)));
const hashOf = (page: Page) => new URL(page.url()).hash;

/** Polls until `check` holds (the page updates on its own: filters, live entries). */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const end = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the timeline', () => {
  it('shows the log as dated events by month, newest first, with filers, outcomes, citations and links', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/timeline');
    assert.match(await page.locator('[data-count]').innerText(), new RegExp(`${size} of ${size} entries`));
    // Newest first: Poland's refused signature, then June 2012.
    const first = lines(page).first();
    assert.equal(await first.getAttribute('data-index'), String(size - 1));
    assert.match(
      await first.innerText(),
      /Poland: Signature of the Treaty[\s\S]*refused\s+signature_closed \(EST 10\)/,
    );
    const months = await page.locator('.timeline-month h2').allInnerTexts();
    assert.ok(months.includes('June 2012') && months.includes('February 2010'), months.join(', '));
    const monthOrder = months.slice(1);
    assert.ok(monthOrder.indexOf('June 2012') < monthOrder.indexOf('February 2010'));
    // The 35 signatures of 1 February 2010 are one line that opens to its entries.
    const signatures = lines(page)
      .filter({ hasText: 'Signature of the Treaty' })
      .filter({ hasText: '1 February 2010' });
    assert.match(await signatures.innerText(), /and 27 more[\s\S]*35 entries/);
    // A refused act with its citation; the attacker's vote at the Extraordinary Conference.
    const refusedVote = lines(page).filter({ hasText: 'Azerbaijan: Vote “no”' });
    assert.match(
      await refusedVote.innerText(),
      /refused\s+vote_excluded \(EST 8\(3\)\): the vote of the Party that carried out the attack is not counted/,
    );
    assert.equal(await refusedVote.locator('a[href="#/treaty/est.8.3"]').count(), 1);
    assert.equal(await refusedVote.locator('a[href="#/procedures/xc-tavush"]').count(), 1);
    assert.match(
      (await refusedVote.locator('a[href^="#/log/"]').getAttribute('href')) ?? '',
      /^#\/log\/\d+$/,
    );
    // What an act brought about: the 25th instrument brings the Treaty into force.
    assert.match(
      await page
        .locator('ol.timeline')
        .allInnerTexts()
        .then((x) => x.join('\n')),
      /The Treaty enters into force on 1 September 2010/,
    );
    // China, outside the area of EST 10, is named though it is no OSCE state.
    assert.match(
      await page.locator('ol.timeline > li[data-kind="signature"]').filter({ hasText: 'China' }).innerText(),
      /refused\s+not_eligible \(EST 10\)/,
    );
    // Its key, lodged in the log by the Depositary, is an entry of its own: told as such.
    assert.match(
      await page
        .locator('ol.timeline > li[data-kind="record"]')
        .filter({ hasText: 'China' })
        .first()
        .innerText(),
      /The Depositary: Key [0-9a-f]{16} lodged for China/,
    );
    assert.deepEqual(errors, []);
  });

  it('filters by kind and outcome from the URL', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/timeline?kind=signature&outcome=refused');
    assert.deepEqual(new Set(await attrs(page, 'data-kind')), new Set(['signature']));
    assert.deepEqual(new Set(await attrs(page, 'data-outcome')), new Set(['refused']));
    const text = await page
      .locator('ol.timeline')
      .allInnerTexts()
      .then((x) => x.join('\n'));
    assert.match(text, /China/);
    assert.match(text, /Poland/);
    assert.equal(await page.locator('select[name="kind"]').inputValue(), 'signature');
    assert.equal(await page.locator('select[name="outcome"]').inputValue(), 'refused');
    assert.match(await page.locator('[data-count]').innerText(), new RegExp(`^2 of ${size} entries`));
    assert.deepEqual(errors, []);
  });

  it('filters by party and by a date range from the URL, and writes changed filters to the URL', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/timeline?party=FI');
    assert.equal(await page.locator('select[name="party"]').inputValue(), 'FI');
    for (const text of await lines(page).allInnerTexts()) assert.match(text, /Finland/);
    assert.match(
      await page
        .locator('ol.timeline')
        .allInnerTexts()
        .then((x) => x.join('\n')),
      /Finland: Request for information ir-western-district, to Russian Federation/,
    );

    await page.goto(`${web.service.url}/#/timeline?from=2011-01-01&to=2011-12-31`);
    await until(
      async () => (await page.locator('input[name="from"]').inputValue()) === '2011-01-01',
      'the date filter',
    );
    assert.equal(await page.locator('select[name="party"]').inputValue(), '');
    const days = await Promise.all(
      (await page.locator('ol.timeline > li .when time').all()).map(
        async (x) => (await x.getAttribute('datetime')) ?? '',
      ),
    );
    assert.ok(days.length > 0);
    for (const d of days) assert.ok(d >= '2011-01-01' && d <= '2011-12-31', d);
    assert.deepEqual(await page.locator('.timeline-month h2').allInnerTexts(), [
      'June 2011',
      'May 2011',
      'March 2011',
    ]);

    // Choosing a filter puts it in the URL, with the others kept.
    await page.locator('select[name="outcome"]').selectOption('accepted');
    await until(async () => Promise.resolve(hashOf(page).includes('outcome=accepted')), 'the URL');
    const hash = hashOf(page);
    assert.match(hash, /from=2011-01-01/);
    assert.match(hash, /to=2011-12-31/);
    assert.deepEqual(new Set(await attrs(page, 'data-outcome')), new Set(['accepted']));
    await page.locator('select[name="kind"]').selectOption('withdrawal');
    await page.getByText('No entries match these filters.').waitFor();
    assert.deepEqual(errors, []);
  });

  it('shows a filing made while it is open at the top, without a reload, and announces it', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/timeline');
    await page.evaluate(() => ((globalThis as unknown as { marker: number }).marker = 42));
    const receipt = await file(web.service, poland, { act: 'accede' });
    const top = lines(page).first();
    await until(
      async () => (await top.getAttribute('data-index')) === String(receipt.index),
      'the new entry at the top',
    );
    assert.match(await top.innerText(), /Poland[\s\S]*Application to accede/);
    assert.match(await top.innerText(), /new/);
    assert.equal(
      await page.evaluate(() => (globalThis as unknown as { marker?: number }).marker),
      42,
      'no reload',
    );
    assert.match(
      await page.locator('[data-announcement]').innerText(),
      /New in the log: Poland, Accession, (accepted|refused)\./,
    );
    assert.match(
      await page.locator('[data-count]').innerText(),
      new RegExp(`${receipt.index + 1} of ${receipt.index + 1} entries`),
    );
    size = receipt.index + 1;
    assert.deepEqual(errors, []);
  });

  it('switches to Russian: labels, months, names, descriptions and reasons', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/timeline');
    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.getByRole('heading', { name: 'Хронология учений', exact: true }).waitFor();
    const form = await page.locator('form.filters').innerText();
    for (const label of ['Вид действия', 'Участник (подал или упомянут)', 'Исход', 'Сбросить фильтры'])
      assert.ok(form.includes(label), label);
    const months = await page.locator('.timeline-month h2').allInnerTexts();
    assert.ok(months.includes('Июнь 2012 г.'), months.join(', '));
    const text = await page
      .locator('ol.timeline')
      .allInnerTexts()
      .then((x) => x.join('\n'));
    assert.match(text, /Подписание Договора/);
    assert.match(text, /Азербайджан: Голос «против» по ceasefire в xc-tavush/);
    assert.match(
      text,
      /отклонено\s+vote_excluded \(ДЕБ, ст. 8, п. 3\): голос Участника, совершившего нападение, не учитывается/,
    );
    assert.match(text, /Договор вступает в силу 1 сентября 2010 г\./);
    assert.match(text, /Китай/);
    assert.doesNotMatch(text, /Signature of the Treaty|accepted|refused/);
    assert.match(await page.locator('[data-count]').innerText(), /^Записей: \d+ из \d+$/);
    assert.deepEqual(errors, []);
  });

  it('says in its headings that the demo is an exercise, and links terms of art to the glossary', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/timeline');
    const heading = page.locator('main h1[data-mode="exercise"]');
    await heading.waitFor();
    assert.equal(await heading.innerText(), 'Timeline of the exercise');
    for (const [id, word] of [
      ['depositary', 'depositary'],
      ['instrument', 'instruments'],
      ['accession', 'accessions'],
    ])
      assert.equal(await page.locator(`p.intro a.term[href="#/glossary/${id}"]`).innerText(), word);

    await page.goto(`${web.service.url}/#/procedures/xc-tavush`);
    const h1 = page.locator('main h1[data-mode="exercise"]');
    await h1.waitFor();
    assert.match(await h1.innerText(), /^Exercise: Extraordinary Conference of the Parties xc-tavush/);
    assert.equal(
      await h1.locator('a.term[href="#/glossary/extraordinary-conference"]').innerText(),
      'Extraordinary Conference of the Parties',
    );
    assert.equal(
      await page.locator('.quorum-section h2 a.term[href="#/glossary/quorum"]').innerText(),
      'Quorum',
    );

    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.locator('html[lang="ru"]').waitFor();
    assert.match(await h1.innerText(), /^Учения: Чрезвычайная конференция Участников xc-tavush/);
    await page.goto(`${web.service.url}/#/timeline`);
    await page.locator('[data-count]').waitFor();
    assert.equal(await page.locator('main h1[data-mode="exercise"]').innerText(), 'Хронология учений');
    assert.equal(
      await page.locator('p.intro a.term[href="#/glossary/depositary"]').innerText(),
      'депозитарию',
    );
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('at 360 px, in English and Russian, neither the timeline with its filters nor a procedure scrolls sideways', async (t) => {
    if (web.skip) return t.skip(web.skip);
    for (const lang of ['en', 'ru'] as const) {
      const { page, errors } = await web.open('#/timeline', { width: 360, height: 780 });
      page.setDefaultTimeout(20_000);
      await page.locator('[data-count]').waitFor();
      if (lang === 'ru') {
        await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
        await page.locator('html[lang="ru"]').waitFor();
      }
      // The party filter, whose widest option once made the page 387 px wide (418 px in Russian).
      const party = page.locator('select[name="party"]');
      assert.ok(await party.isVisible(), lang);
      for (const control of ['select[name="kind"]', 'select[name="party"]', 'button[data-csv]']) {
        const box = await page.locator(control).boundingBox();
        assert.ok(
          box && box.x >= 0 && box.x + box.width <= 360,
          `${lang} ${control}: ${JSON.stringify(box)}`,
        );
      }
      let o = await overflow(page);
      assert.ok(o.scrollWidth <= o.innerWidth, `${lang} timeline: ${o.scrollWidth} > ${o.innerWidth}`);
      assert.deepEqual(o.wide, [], `${lang} timeline`);
      // A grouped line opened (35 signatures), and a party chosen.
      await page.locator('ol.timeline details summary').first().click();
      await party.selectOption('AM');
      await until(async () => Promise.resolve(hashOf(page).includes('party=AM')), 'the party filter');
      o = await overflow(page);
      assert.ok(
        o.scrollWidth <= o.innerWidth,
        `${lang} timeline, Armenia: ${o.scrollWidth} > ${o.innerWidth}`,
      );

      await page.goto(`${web.service.url}/#/procedures/xc-tavush`);
      await page.getByRole('meter').waitFor();
      await page.locator('li.decision').first().waitFor();
      o = await overflow(page);
      assert.ok(o.scrollWidth <= o.innerWidth, `${lang} procedure: ${o.scrollWidth} > ${o.innerWidth}`);
      assert.deepEqual(o.wide, [], `${lang} procedure`);
      assert.deepEqual(errors, [], lang);
      await page.context().close();
    }
  });

  it('downloads the rows shown as CSV, its first line saying that it is an exercise', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/timeline?kind=signature&outcome=refused');
    const count = Number(await page.locator('[data-count]').getAttribute('data-count'));
    assert.ok(count >= 2, String(count));
    let csv = await downloadTimelineCsv(page);
    assert.equal(csv.name, 'est-timeline-exercise.csv');
    assert.equal(csv.text.split('\r\n')[0], `${csv.records[0]?.[0]}`, 'the notice is one plain line');
    assert.match(
      csv.records[0]?.[0] ?? '',
      /^Exercise: the filings in this file are invented for training and are not the historical record\./,
    );
    assert.equal(csv.records[0]?.length, 1);
    assert.deepEqual(csv.records[1], [...TIMELINE_HEADER.en]);
    let rows = csv.records.slice(2);
    assert.equal(rows.length, count, 'one row per entry shown');
    for (const row of rows) {
      assert.equal(row.length, 9, row.join('|'));
      assert.equal(row[3], 'Signature');
      assert.equal(row[6], 'refused');
    }
    // Newest first, as on the page: Poland's refused signature, with its grounds and its entry.
    const poland = rows[0] ?? [];
    assert.deepEqual(poland.slice(0, 7), [
      poland[0],
      'Poland',
      'PL',
      'Signature',
      'Signature of the Treaty',
      '',
      'refused',
    ]);
    assert.match(poland[0] ?? '', /^\d{4}-\d\d-\d\d$/);
    assert.match(poland[7] ?? '', /^signature_closed \(EST 10\): /);
    assert.equal(poland[8], await lines(page).first().getAttribute('data-index'));
    assert.ok(rows.some((r) => r[2] === 'CN' && /^not_eligible \(EST 10\)/.test(r[7] ?? '')));

    // The whole timeline: every entry, one row each, the same indices as the log.
    await page.goto(`${web.service.url}/#/timeline`);
    await until(async () => (await page.locator('select[name="kind"]').inputValue()) === '', 'no filter');
    const all = Number(await page.locator('[data-count]').getAttribute('data-count'));
    csv = await downloadTimelineCsv(page);
    rows = csv.records.slice(2);
    assert.equal(rows.length, all);
    assert.deepEqual(
      rows.map((r) => Number(r[8])),
      Array.from({ length: all }, (_, i) => all - 1 - i),
    );
    // A vote: its procedure, and the act in words with its quotes.
    const vote = rows.find((r) => r[1] === 'Azerbaijan' && r[4]?.startsWith('Vote “no”'));
    assert.equal(vote?.[5], 'xc-tavush');
    assert.match(
      vote?.[7] ?? '',
      /^vote_excluded \(EST 8\(3\)\): the vote of the Party that carried out the attack/,
    );

    // In Russian: the notice, the columns and the words.
    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.locator('html[lang="ru"]').waitFor();
    await page.getByRole('button', { name: 'Скачать CSV' }).waitFor();
    csv = await downloadTimelineCsv(page);
    assert.match(csv.records[0]?.[0] ?? '', /^Учения: обращения в этом файле вымышлены/);
    assert.deepEqual(csv.records[1], [...TIMELINE_HEADER.ru]);
    assert.equal(csv.records.length - 2, all);
    assert.ok(csv.records.some((r) => r[1] === 'Польша' && r[3] === 'Подписание' && r[6] === 'отклонено'));
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('prints the lines, the grouped entries opened, without the filters and buttons', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await open('#/timeline');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['form.filters', 'button[data-csv]', '.masthead nav', 'button.lang'])
      assert.equal(await page.locator(hidden).isVisible(), false, hidden);
    assert.ok(await page.locator('.exercise-banner').isVisible(), 'the exercise banner is printed');
    assert.ok(await page.locator('main h1').isVisible());
    assert.match(await page.locator('.print-source').innerText(), /^Printed from http:\/\/.+#\/timeline/);
    const grouped = page.locator('ol.timeline details').first();
    assert.ok(await grouped.locator('li a[href^="#/log/"]').first().isVisible(), 'the entries of a group');
    assert.ok(await lines(page).first().locator('.when time').isVisible());

    await page.goto(`${web.service.url}/#/procedures/xc-tavush`);
    await page.locator('li.decision').first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Compute the statement here' }).isVisible(), false);
    assert.equal(await page.locator('.procedure-page .live-note').isVisible(), false);
    for (const shown of ['dl.facts time', 'li.decision', '.quorum-text a.cite', '.print-source'])
      assert.ok(await page.locator(shown).first().isVisible(), shown);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
