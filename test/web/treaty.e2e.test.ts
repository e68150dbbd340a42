/**
 * The treaty text in a real browser, against the real service: a deep link to EST 8(3) with its
 * parameters at the depositary's values (extraordinary.quorum = 4/5), the Russian switch (the
 * Russian paraphrase and headings), `?lang=ru` in a shared link, the search box, the text's own
 * values when the depositary cannot be reached, and no console errors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
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
      /text\s*the text gives it/,
    );
    // The outline marks where we are, and the article's heading is shown above its paragraphs.
    assert.match(await text(page, 'nav.outline a[aria-current]'), /EST 8\(3\)/);
    assert.match(await text(page, '[data-provision="est.8"] .provision-head'), /Article 8\. Extraordinary/);
    // A blank the text leaves is marked as such.
    await page.goto(`${web.service.url}/#/treaty/est.13`);
    assert.match(
      await text(page, 'tr[data-param="withdrawal.noticeDays"]'),
      /blank\s*the text leaves it blank/,
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

    await page.goto(`${web.service.url}/#/treaty`);
    const search = page.getByRole('searchbox');
    await search.fill('EST 13');
    await page.waitForURL((url) => url.hash.includes('q=EST'));
    const outline = await text(page, 'nav.outline');
    assert.match(outline, /EST 13/);
    assert.doesNotMatch(outline, /EST 8/);
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
});
