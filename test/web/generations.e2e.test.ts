/**
 * The drafts of 2009 and 2021 side by side in a real browser: the NATO-Russia drafts article by
 * article on the treaty page (NRC 4 and NRA 4 in one row, widened; NRA 6 added with nothing on the
 * 2009 side; each provision's paraphrase and its link), reached from the overview and from both
 * drafts' pages; the four drafts by theme in the analysis (the EST Conference's quorum of 2/3, NRA 4
 * binding 17 States); both in Russian; and nothing wider than a phone's screen.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CORRESPONDENCE_ROWS } from '../../src/treaty/generations/index.ts';
import { provision } from '../../src/treaty/provisions/index.ts';
import { webSuite } from './harness.ts';
import { overflow } from './page-overflow.ts';

const web = webSuite();

const NRC_4 = provision('nrc.4');
const NRA_6 = provision('nra.6');
assert.ok(NRC_4 && NRA_6);

const text = async (page: Page, selector: string): Promise<string> => {
  const l = page.locator(selector).first();
  await l.waitFor({ timeout: 20_000 });
  return ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();
};

/** The row whose 2009 side holds one provision and whose 2021 side holds another (or nothing). */
const row = (from: string | null, to: string) =>
  from === null
    ? `li.corr-row:has([data-side="2021"] [data-provision="${to}"]):not(:has([data-side="2009"] [data-provision]))`
    : `li.corr-row:has([data-side="2009"] [data-provision="${from}"]):has([data-side="2021"] [data-provision="${to}"])`;

async function toRussian(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
  await page.locator('html[lang="ru"]').waitFor({ timeout: 20_000 });
}

describe('web: the drafts of 2009 and 2021 side by side', () => {
  it('sets NRC 2009 beside NRA 2021 row by row: NRC 4 and NRA 4 widened, NRA 6 added, in English and Russian', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/treaty/compare');
    await page.locator('li.corr-row').first().waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('li.corr-row').count(), CORRESPONDENCE_ROWS.length);
    assert.equal(await text(page, 'h1'), 'The NATO-Russia drafts of 2009 and 2021, article by article');

    const forces = row('nrc.4', 'nra.4');
    assert.equal(await text(page, `${forces} .corr-title .change`), 'widened');
    assert.equal(
      await text(page, `${forces} [data-side="2009"] [data-provision="nrc.4"] .corr-text`),
      NRC_4.text.en.replace(/\s+/g, ' '),
    );
    assert.equal(
      await page.locator(`${forces} [data-provision="nrc.4"] a.provision-cite`).getAttribute('href'),
      '#/treaty/nrc.4',
    );
    assert.match(await text(page, `${forces} .corr-note`), /27 May 1997/);

    const enlargement = row(null, 'nra.6');
    assert.equal(await text(page, `${enlargement} .corr-title .change`), 'added');
    assert.match(await text(page, `${enlargement} [data-side="2009"]`), /no counterpart known/);
    assert.match(
      await text(page, `${enlargement} [data-side="2021"] .corr-head`),
      /NRA 6\s*Article 6\. No further enlargement/,
    );

    await toRussian(page);
    assert.equal(await text(page, `${forces} .corr-title .change`), 'расширено');
    assert.equal(await text(page, `${enlargement} .corr-title .change`), 'добавлено');
    assert.equal(
      await text(page, 'h1'),
      'Проекты соглашения Россия–НАТО 2009 и 2021 годов, статья за статьёй',
    );
    assert.equal(
      await text(page, `${forces} [data-side="2009"] [data-provision="nrc.4"] .corr-text`),
      NRC_4.text.ru.replace(/\s+/g, ' '),
    );
    assert.match(
      await text(page, `${forces} [data-provision="nrc.4"] a.provision-cite`),
      /^Соглашение Россия–НАТО, ст\. 4$/,
    );
    assert.match(await text(page, `${enlargement} [data-side="2009"]`), /соответствия не известно/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('is reached from the overview of the drafts and from the pages of both drafts', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/treaty');
    await page
      .getByRole('link', { name: 'The NATO-Russia drafts of 2009 and 2021, article by article' })
      .click();
    await page.locator('li.corr-row').first().waitFor({ timeout: 20_000 });
    assert.equal(new URL(page.url()).hash, '#/treaty/compare');

    // From NRC 4: the row of NRC 4 is the one shown as current.
    await page.goto(`${web.service.url}/#/treaty/nrc.4`);
    await page.getByRole('link', { name: 'Set beside the 2021 agreement, article by article' }).click();
    await page.locator('li.corr-row.selected').waitFor({ timeout: 20_000 });
    assert.ok(
      (await page.locator(`li.corr-row.selected [data-side="2009"] [data-provision="nrc.4"]`).count()) > 0,
    );

    // From NRA 6 (and from a paragraph, NRA 4(1), through its article's page).
    await page.goto(`${web.service.url}/#/treaty/nra.6`);
    await page
      .getByRole('link', { name: 'Set beside the 2009 NATO-Russia draft, article by article' })
      .click();
    await page.locator('li.corr-row.selected').waitFor({ timeout: 20_000 });
    assert.equal(await text(page, 'li.corr-row.selected .change'), 'added');
    await page.goto(`${web.service.url}/#/treaty/nra.4.1`);
    await page
      .getByRole('link', { name: 'Set beside the 2009 NATO-Russia draft, article by article' })
      .waitFor();
    // The regimes' pages do not carry the link.
    await page.goto(`${web.service.url}/#/treaty/nat.5`);
    await page.locator('[data-provision="nat.5"]').first().waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('p.compare-link').count(), 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('compares the four drafts by theme in the analysis: bars, binds, procedure, left open, in both languages', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/analysis?section=generations');
    const forces = '.gen-theme[data-theme="forces"]';
    await page.locator(forces).waitFor({ timeout: 20_000 });
    assert.equal(await text(page, '.an-tabs a[aria-current="page"]'), '2009 and 2021');
    assert.match(
      await text(page, `${forces} tr[data-aspect="bars"] td[data-treaty="nra-2021"]`),
      /27 May 1997/,
    );
    assert.match(await text(page, `${forces} tr[data-aspect="bars"] td[data-treaty="est-2009"]`), /^nothing/);
    // NRA 4 binds Russia and the 16 members of 27 May 1997.
    assert.match(
      await text(page, `${forces} tr[data-aspect="binds"] td[data-treaty="nra-2021"] summary`),
      /\(17\)$/,
    );
    assert.match(
      await text(page, `${forces} tr[data-aspect="blanks"] td[data-treaty="nra-2021"]`),
      /nra\.4\.europe/,
    );
    const consult = '.gen-theme[data-theme="consultation"]';
    const estProcedure = await text(
      page,
      `${consult} tr[data-aspect="procedure"] td[data-treaty="est-2009"]`,
    );
    assert.match(estProcedure, /Conference of the Parties \(EST 6\); quorum 2\/3; consensus; binding/);
    assert.match(
      await text(page, `${consult} tr[data-aspect="procedure"] td[data-treaty="nra-2021"]`),
      /no decision rule/,
    );
    assert.match(await text(page, `${forces} thead`), /Drafts of 2009.*Drafts of 2021/);

    await toRussian(page);
    assert.equal(await text(page, '.an-tabs a[aria-current="page"]'), '2009 и 2021');
    assert.match(
      await text(page, `${consult} tr[data-aspect="procedure"] td[data-treaty="est-2009"]`),
      /Конференция Участников \(ДЕБ, ст\. 6\); кворум 2\/3; консенсус; решения обязательны/,
    );
    assert.match(await text(page, `${forces} tr[data-aspect="bars"] th`), /^Запрещает$/);
    assert.match(await text(page, `${forces} tr[data-aspect="bars"] td[data-treaty="est-2009"]`), /^ничего/);
    assert.match(await text(page, `${forces} thead`), /Проекты 2009 года.*Проекты 2021 года/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('runs off no phone’s screen, in English or Russian', async (t) => {
    if (web.skip) return t.skip(web.skip);
    for (const [hash, ready] of [
      ['#/treaty/compare', 'li.corr-row'],
      ['#/analysis?section=generations', '.gen-theme'],
    ] as const)
      for (const lang of ['en', 'ru'] as const) {
        const { page, errors } = await web.open(`${hash.replace('#', `?lang=${lang}#`)}`, {
          width: 360,
          height: 800,
        });
        await page.locator(ready).first().waitFor({ timeout: 20_000 });
        const o = await overflow(page);
        assert.deepEqual(o.wide, [], `${hash} ${lang}`);
        assert.ok(o.scrollWidth <= o.innerWidth, `${hash} ${lang}: ${o.scrollWidth} > ${o.innerWidth}`);
        assert.deepEqual(errors, []);
        await page.context().close();
      }
  });

  it('prints both pages with every table inside the page', async (t) => {
    if (web.skip) return t.skip(web.skip);
    for (const [hash, ready] of [
      ['#/analysis?section=generations', '.gen-theme'],
      ['#/treaty/compare', 'li.corr-row'],
    ] as const) {
      const { page, errors } = await web.open(hash, { width: 700, height: 900 });
      await page.locator(ready).first().waitFor({ timeout: 20_000 });
      await page.emulateMedia({ media: 'print' });
      const m = await page.evaluate<{
        tables: { scroll: number; client: number }[];
        page: number;
        view: number;
      }>(
        `({
          tables: [...document.querySelectorAll('.an-scroll')].map((s) => ({ scroll: s.scrollWidth, client: s.clientWidth })),
          page: document.documentElement.scrollWidth,
          view: window.innerWidth,
        })`,
      );
      for (const x of m.tables)
        assert.ok(x.scroll <= x.client + 1, `${hash}: table ${x.scroll} > ${x.client}`);
      assert.ok(m.page <= m.view, `${hash}: page ${m.page} > ${m.view}`);
      assert.deepEqual(errors, [], hash);
      await page.context().close();
    }
  });
});
