/**
 * The glossary and the search in a real browser, on the demo (an exercise): the glossary lists every
 * term in English and in Russian, `#/glossary/quorum` brings the quorum's entry into view and marks
 * it, its citations lead to the treaty text; the search finds a party and a provision whose links
 * lead to the right view, and labels the filings it finds as an exercise («Учения»).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { TERMS, TERM_INFO } from '../../web/src/glossary-terms.ts';
import type { TermId } from '../../web/src/glossary-terms.ts';
import { webSuite } from './harness.ts';

const web = webSuite({ demo: true });

/** Whether the page is no wider than the window (nothing spills sideways). */
const fitsWidth = (page: Page) =>
  page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth');

/** The address's hash. */
const hashOf = (page: Page) => page.evaluate<string>('window.location.hash');

describe('web: the glossary', () => {
  it('lists every term in English, each citing the drafts', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/glossary?lang=en');
    await page.locator('.glossary-entry').first().waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('main h1').innerText(), 'Glossary');
    const entries = page.locator('.glossary-entry');
    const terms: { id: string; head: string; cites: string[] }[] = [];
    for (let i = 0; i < (await entries.count()); i += 1) {
      const e = entries.nth(i);
      const cites = e.locator('a.cite');
      const hrefs: string[] = [];
      for (let j = 0; j < (await cites.count()); j += 1)
        hrefs.push((await cites.nth(j).getAttribute('href')) ?? '');
      terms.push({
        id: (await e.getAttribute('data-term')) ?? '',
        head: await e.locator('.headword').innerText(),
        cites: hrefs,
      });
    }
    assert.deepEqual(terms.map((e) => e.id).sort(), [...TERMS].sort());
    for (const e of terms) {
      assert.equal(e.head, TERM_INFO[e.id as TermId].term.en);
      assert.ok(e.cites.length > 0 && e.cites.every((h) => h.startsWith('#/treaty/')), `${e.id} cites`);
    }
    // In the order of the English alphabet.
    const heads = terms.map((e) => e.head);
    assert.deepEqual(
      heads,
      [...heads].sort((a, b) => a.localeCompare(b, 'en')),
    );
    assert.match(await page.title(), /Glossary/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('lists every term in Russian, in Russian alphabetical order', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page } = await web.open('#/glossary?lang=ru', { width: 360, height: 800 });
    await page.locator('.glossary-entry').first().waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('main h1').innerText(), 'Глоссарий');
    const heads = await page.locator('.glossary-entry .headword').allInnerTexts();
    assert.equal(heads.length, TERMS.length);
    assert.deepEqual(
      [...heads].sort(),
      TERMS.map((id) => TERM_INFO[id].term.ru).sort(),
      'the Russian headwords',
    );
    assert.equal(heads[0], 'депозитарий');
    // The English headword is given beside the Russian one.
    const other = await page.locator('[data-term="quorum"] .other-language [lang="en"]').innerText();
    assert.equal(other, 'quorum');
    assert.ok(await fitsWidth(page), 'the glossary fits a 360 px phone');
    await page.context().close();
  });

  it('#/glossary/quorum scrolls to the quorum entry and marks it; its citation opens the provision', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/glossary/quorum?lang=en', { width: 1024, height: 700 });
    const entry = page.locator('.glossary-entry.selected');
    await entry.waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('.glossary-entry.selected').count(), 1);
    assert.equal(await entry.getAttribute('data-term'), 'quorum');
    assert.equal(await entry.getAttribute('aria-current'), 'true');
    // The page's title names the entry (the shell puts the view and the site after it).
    assert.match(await page.title(), /quorum\b.*Glossary/);
    // Scrolled to: the page moved, and the entry's top is in the window.
    const top = (await entry.boundingBox())?.y ?? Number.NaN;
    const scrollY = await page.evaluate<number>('window.scrollY');
    const height = await page.evaluate<number>('window.innerHeight');
    assert.ok(scrollY > 0, 'the page scrolled');
    assert.ok(top >= -1 && top < height / 2, `the entry's top is in view (${top})`);
    const border = (term: string) =>
      page.evaluate<string>(
        `getComputedStyle(document.querySelector('[data-term="${term}"]')).borderLeftColor`,
      );
    const marked = await border('quorum');
    const plain = await border('consensus');
    assert.notEqual(marked, plain, 'the selected entry is marked');
    assert.equal(
      await page.locator('nav.glossary-index a[aria-current]').innerText(),
      'quorum',
      'the index marks it too',
    );
    // A term's parameters are named by id, with the value the text gives.
    const param = entry.locator('[data-param="conference.quorum"]');
    assert.match(await param.innerText(), /conference\.quorum\s+in the text: 2\/3/);

    await entry.locator('a.cite', { hasText: 'EST 6(3)' }).first().click();
    await page.locator('section.provision.selected[data-provision="est.6.3"]').waitFor({ timeout: 20_000 });
    assert.match(await hashOf(page), /^#\/treaty\/est\.6\.3/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('links a term where it appears: another entry’s “see also” leads to the glossary entry', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page } = await web.open('#/glossary/consensus?lang=ru');
    const link = page.locator('[data-term="consensus"] a.term', { hasText: 'кворум' });
    await link.waitFor({ timeout: 20_000 });
    assert.match((await link.getAttribute('title')) ?? '', /присутствующих/, 'the tooltip defines it');
    await link.click();
    await page.locator('.glossary-entry.selected[data-term="quorum"]').waitFor({ timeout: 20_000 });
    await page.context().close();
  });
});

describe('web: the search', () => {
  it('finds a state by its Russian name; the result leads to it on the map, and to its filings', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open(`#/search?lang=ru&q=${encodeURIComponent('Германия')}`);
    const item = page.locator('[data-group="party"] li[data-id="DE"]');
    const result = item.locator('a.result-title');
    await result.waitFor({ timeout: 20_000 });
    assert.equal(await result.innerText(), 'Германия');
    assert.equal(await page.locator('.search-group').first().getAttribute('data-group'), 'party');
    assert.equal(await result.getAttribute('href'), '#/map?state=DE');
    assert.equal(await item.locator('a.result-link').getAttribute('href'), '#/timeline?party=DE');
    await result.click();
    const details = page.locator('section.details[data-details="DE"] h2');
    await details.waitFor({ timeout: 30_000 });
    assert.equal(await details.innerText(), 'Германия');
    await page.goBack();
    await item.locator('a.result-link').click();
    const party = page.locator('select[name="party"]');
    await party.waitFor({ timeout: 30_000 });
    assert.equal(await party.inputValue(), 'DE');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('finds a provision by its citation, typed in the page’s own box; the result opens it', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page } = await web.open('#/search?lang=en', { width: 360, height: 800 });
    const box = page.locator('.search-form input[type="search"]');
    await box.waitFor({ timeout: 20_000 });
    await box.fill('EST 8(3)');
    const first = page.locator('.search-group').first();
    await first.locator('li').first().waitFor({ timeout: 20_000 });
    assert.equal(await first.getAttribute('data-group'), 'provision');
    assert.equal(await first.locator('li').first().getAttribute('data-id'), 'est.8.3');
    assert.equal(
      new URLSearchParams((await hashOf(page)).split('?')[1]).get('q'),
      'EST 8(3)',
      'the query is in the address',
    );
    assert.match(await page.locator('.search-count').innerText(), /results? for “EST 8\(3\)”/);
    assert.match(await page.title(), /“EST 8\(3\)”.*Search/);
    assert.ok(await fitsWidth(page), 'the results fit a 360 px phone');
    await first.locator('li a.result-title').first().click();
    await page.locator('section.provision.selected[data-provision="est.8.3"]').waitFor({ timeout: 20_000 });
    await page.context().close();
  });

  it('labels the filings it finds on an exercise as such, in English and in Russian', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/search?lang=en&q=Finnish');
    const filings = page.locator('[data-group="filing"]');
    await filings.locator('li').first().waitFor({ timeout: 60_000 });
    assert.match(await filings.locator('h2').innerText(), /^Exercise\s*Filings \(\d+\)/);
    const items = filings.locator('li[data-kind="filing"]');
    const n = await items.count();
    assert.ok(n > 0);
    for (let i = 0; i < n; i += 1)
      assert.equal(await items.nth(i).locator('.badge.exercise').innerText(), 'Exercise');
    const href = await items.first().locator('a.result-title').getAttribute('href');
    assert.match(href ?? '', /^#\/log\/\d+$/);
    await items.first().locator('a.result-title').click();
    await page.locator('main h1').filter({ hasText: /\d/ }).waitFor({ timeout: 30_000 });
    assert.equal(await hashOf(page), href);
    assert.deepEqual(errors, []);
    await page.context().close();

    const ru = await web.open(`#/search?lang=ru&q=${encodeURIComponent('Финляндия')}`);
    const ruFilings = ru.page.locator('[data-group="filing"]');
    await ruFilings.locator('li').first().waitFor({ timeout: 60_000 });
    assert.equal(await ruFilings.locator('li .badge.exercise').first().innerText(), 'Учения');
    assert.match(await ruFilings.locator('h2').innerText(), /Учения\s*Обращения/);
    await ru.page.context().close();
  });
});
