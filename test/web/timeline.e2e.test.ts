/**
 * The timeline in a real browser, against the real service on SQLite with the demo history (filed
 * through the signed path: 2010-2012 signatures, instruments, entry into force, consultations, a
 * Conference, an Extraordinary Conference, refused acts), plus Poland's own filings through the
 * signed API. Checks: events by month with filers, descriptions, outcomes with citations and links;
 * filters read from and written to the URL; a filing made while the page is open appears at the
 * top without a reload and is announced; the Russian switch; no console errors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { Filer, file, lodge, webSuite } from './harness.ts';

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
    await page.getByRole('heading', { name: 'Хронология', exact: true }).waitFor();
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
      /отклонено\s+vote_excluded \(EST 8\(3\)\): голос Участника, совершившего нападение, не учитывается/,
    );
    assert.match(text, /Договор вступает в силу 1 сентября 2010 г\./);
    assert.match(text, /Китай/);
    assert.doesNotMatch(text, /Signature of the Treaty|accepted|refused/);
    assert.match(await page.locator('[data-count]').innerText(), /^Записей: \d+ из \d+$/);
    assert.deepEqual(errors, []);
  });
});
