/**
 * The web UI's shell in a real browser, over an exercise (the demo) and over an empty record (a log
 * started without --demo): the language in the address (`/?lang=ru`, kept while navigating and
 * switching), the page's title per view and language (with "Exercise · " only in an exercise), the
 * copy-link button (the clipboard, and the read-only field where there is none), the search box,
 * the first view (an empty record opens on where the treaty stands, the demo on the map), the live
 * badge of an exercise, the header at phone width, and the print styles.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { webSuite } from './harness.ts';

const exercise = webSuite({ demo: true });
const record = webSuite();

const address = (page: Page) => new URL(page.url());
// Strings, evaluated in the page (the tests are compiled without the DOM's types).
const titleOf = (page: Page) => page.evaluate<string>('document.title');
const goTo = (page: Page, hash: string) => page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);

/** Waits until the page's title is `title` (it follows the route, the language and the settings). */
async function titled(page: Page, title: string): Promise<void> {
  await page
    .waitForFunction(`document.title === ${JSON.stringify(title)}`, null, { timeout: 20_000 })
    .catch(async () => {
      assert.equal(await titleOf(page), title);
    });
}

describe('web: the shell', () => {
  it('opens /?lang=ru in Russian, and keeps lang in the address', async (t) => {
    if (exercise.skip) return t.skip(exercise.skip);
    const { page, errors } = await exercise.open('?lang=ru');
    await page.locator('html[lang="ru"]').waitFor({ timeout: 20_000 });
    await page.getByRole('navigation').getByRole('link', { name: 'Карта' }).waitFor({ timeout: 20_000 });
    assert.equal(address(page).searchParams.get('lang'), 'ru');
    // And with a view after it.
    await page.goto(`${exercise.service.url}/?lang=ru#/timeline`);
    await page.getByRole('link', { name: 'Хронология' }).waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('nav a[aria-current="page"]').innerText(), 'Хронология');
    assert.equal(address(page).searchParams.get('lang'), 'ru');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('works under its Content-Security-Policy: every view renders with no violation reported', async (t) => {
    if (exercise.skip) return t.skip(exercise.skip);
    const { page, errors } = await exercise.open('#/map', undefined, { enforceCsp: true });
    const response = await page.request.get(`${exercise.service.url}/`);
    assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    await page.evaluate(
      "window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI))",
    );
    for (const view of [
      'map',
      'history',
      'timeline',
      'treaty',
      'log',
      'playground',
      'analysis',
      'glossary',
    ]) {
      await goTo(page, `#/${view}`);
      await page.locator('main h1, main h2').first().waitFor({ timeout: 30_000 });
    }
    assert.deepEqual(await page.evaluate('window.__violations'), []);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('puts the language in the address when the link had none, and moves a hash lang before the hash', async (t) => {
    if (exercise.skip) return t.skip(exercise.skip);
    const { page } = await exercise.open('#/treaty');
    await page.waitForURL((url) => url.searchParams.get('lang') === 'en', { timeout: 20_000 });
    assert.equal(address(page).hash, '#/treaty');
    // An older link's form (`#/view?lang=ru`, other parameters kept).
    await page.goto(`${exercise.service.url}/#/nowhere?lang=ru&x=1`);
    await page.locator('html[lang="ru"]').waitFor({ timeout: 20_000 });
    await page.waitForURL((url) => url.searchParams.get('lang') === 'ru' && !url.hash.includes('lang'), {
      timeout: 20_000,
    });
    assert.equal(address(page).hash, '#/nowhere?x=1');
    await page.context().close();
  });

  it('keeps lang in the address after a nav link, and switching language replaces it (no new history entry)', async (t) => {
    if (exercise.skip) return t.skip(exercise.skip);
    const { page, errors } = await exercise.open('?lang=ru#/map');
    await page.locator('html[lang="ru"]').waitFor({ timeout: 20_000 });
    await page.getByRole('navigation').getByRole('link', { name: 'Хронология' }).click();
    await page.waitForURL((url) => url.hash === '#/timeline', { timeout: 20_000 });
    assert.equal(address(page).searchParams.get('lang'), 'ru');
    await page.getByRole('navigation').getByRole('link', { name: 'Глоссарий' }).click();
    await page.waitForURL((url) => url.hash === '#/glossary', { timeout: 20_000 });
    assert.equal(address(page).searchParams.get('lang'), 'ru');
    const entries = await page.evaluate<number>('window.history.length');
    await page.getByRole('button', { name: 'Переключить язык на английский' }).click();
    await page.locator('html[lang="en"]').waitFor({ timeout: 20_000 });
    await page.waitForURL((url) => url.searchParams.get('lang') === 'en', { timeout: 20_000 });
    assert.equal(address(page).hash, '#/glossary');
    assert.equal(await page.evaluate<number>('window.history.length'), entries);
    // Back: the earlier view, in the language now chosen, and the address says so.
    await page.goBack();
    await page.waitForURL((url) => url.hash === '#/timeline', { timeout: 20_000 });
    await page.waitForURL((url) => url.searchParams.get('lang') === 'en', { timeout: 20_000 });
    assert.equal(await page.evaluate<string>('document.documentElement.lang'), 'en');
    // The view follows too (browsers fire no hashchange when the address differs before the hash).
    await page
      .locator('header nav a[aria-current="page"]', { hasText: 'Timeline' })
      .waitFor({ timeout: 20_000 });
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('titles each view in the current language, after "Exercise · " in an exercise', async (t) => {
    if (exercise.skip) return t.skip(exercise.skip);
    const { page, errors } = await exercise.open('?lang=en#/map');
    const expected: [string, string, string][] = [
      [
        '#/map',
        'Exercise · Map — European Security Treaty',
        'Учения · Карта — Договор о европейской безопасности',
      ],
      [
        '#/timeline',
        'Exercise · Timeline — European Security Treaty',
        'Учения · Хронология — Договор о европейской безопасности',
      ],
      [
        '#/treaty',
        'Exercise · Treaty text — European Security Treaty',
        'Учения · Текст договора — Договор о европейской безопасности',
      ],
      [
        '#/history',
        'Exercise · Where the treaty stands — European Security Treaty',
        'Учения · Где сейчас договор — Договор о европейской безопасности',
      ],
      [
        '#/glossary',
        'Exercise · Glossary — European Security Treaty',
        'Учения · Глоссарий — Договор о европейской безопасности',
      ],
      [
        '#/nowhere',
        'Exercise · No such page — European Security Treaty',
        'Учения · Такой страницы нет — Договор о европейской безопасности',
      ],
    ];
    const seen = new Set<string>();
    for (const [hash, en] of expected) {
      await goTo(page, hash);
      await titled(page, en);
      seen.add(await titleOf(page));
    }
    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    for (const [hash, , ru] of expected) {
      await goTo(page, hash);
      await titled(page, ru);
      seen.add(await titleOf(page));
    }
    assert.equal(seen.size, expected.length * 2, 'every view and language has its own title');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('a record: titles without the exercise prefix, and a plain live badge', async (t) => {
    if (record.skip) return t.skip(record.skip);
    const { page, errors } = await record.open('?lang=en#/log');
    await titled(page, 'Log — European Security Treaty');
    await page.waitForLoadState('networkidle');
    assert.equal(await titleOf(page), 'Log — European Security Treaty');
    await page.locator('.live.on').waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('.live').innerText(), 'Live');
    assert.equal(await page.locator('.live.exercise').count(), 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('an exercise: its live badge does not read as a live record, and its banner links to the real history', async (t) => {
    if (exercise.skip) return t.skip(exercise.skip);
    const { page } = await exercise.open('?lang=en#/map');
    await page.locator('.live.on.exercise').waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('.live').innerText(), 'Live exercise');
    const link = page
      .locator('.exercise-banner')
      .getByRole('link', { name: 'Where the treaty really stands' });
    assert.equal(await link.getAttribute('href'), '#/history');
    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.locator('.exercise-banner').getByRole('link', { name: 'Где договор на самом деле' }).waitFor();
    assert.equal(await page.locator('.live').innerText(), 'Учения: в эфире');
    await page.locator('.exercise-banner').getByRole('link', { name: 'Где договор на самом деле' }).click();
    await page.waitForURL((url) => url.hash === '#/history' && url.searchParams.get('lang') === 'ru');
    await page.context().close();
  });

  it('copies the whole address (view state and language) to the clipboard, and says so', async (t) => {
    if (exercise.skip) return t.skip(exercise.skip);
    const { page, errors } = await exercise.open('?lang=ru#/timeline?party=PL');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: exercise.service.url,
    });
    await page.locator('html[lang="ru"]').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Копировать ссылку' }).click();
    const status = page.locator('.copy-link [role="status"]');
    await page.waitForFunction(
      `document.querySelector('.copy-link [role="status"]').textContent !== ''`,
      null,
      {
        timeout: 20_000,
      },
    );
    assert.equal(await status.innerText(), 'Ссылка скопирована');
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    assert.equal(copied, page.url());
    const url = new URL(copied);
    assert.equal(url.searchParams.get('lang'), 'ru');
    assert.equal(url.hash, '#/timeline?party=PL');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('without a clipboard, shows the address selected in a read-only field', async (t) => {
    if (exercise.skip) return t.skip(exercise.skip);
    const context = await exercise.browser.newContext({ viewport: { width: 1280, height: 900 } });
    // As over plain http to another host: no navigator.clipboard.
    await context.addInitScript(
      `Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true })`,
    );
    const page = await context.newPage();
    await page.goto(`${exercise.service.url}/?lang=en#/treaty`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByLabel('Copy this link:');
    await field.waitFor({ timeout: 20_000 });
    assert.equal(await field.inputValue(), page.url());
    assert.equal(await field.getAttribute('readonly'), '');
    const selected = await page.evaluate<boolean>(
      `(() => { const el = document.activeElement; return el.readOnly && el.selectionStart === 0 && el.selectionEnd === el.value.length; })()`,
    );
    assert.ok(selected, 'the address is selected, ready to copy');
    // Nothing claims it was copied.
    assert.equal(await page.locator('.copy-link [role="status"]').innerText(), '');
    await context.close();
  });

  it('searches from the header: the words go to #/search?q=..., the language stays', async (t) => {
    if (exercise.skip) return t.skip(exercise.skip);
    const { page } = await exercise.open('?lang=ru#/map');
    const box = page.getByRole('searchbox', { name: 'Поиск', exact: true });
    await box.fill('кворум');
    await box.press('Enter');
    await page.waitForURL((url) => url.hash.startsWith('#/search'), { timeout: 20_000 });
    const url = address(page);
    assert.equal(new URLSearchParams(url.hash.split('?')[1]).get('q'), 'кворум');
    assert.equal(url.searchParams.get('lang'), 'ru');
    // The search view refines the title with the words (useTitle), inside the shell's frame.
    await page.waitForFunction(
      `document.title.endsWith(' — Поиск — Договор о европейской безопасности')`,
      null,
      {
        timeout: 20_000,
      },
    );
    assert.match(await titleOf(page), /^Учения · .*кворум/);
    assert.equal(await box.inputValue(), 'кворум');
    await page.context().close();
  });

  it('an empty record opens on where the treaty stands, keeping the language', async (t) => {
    if (record.skip) return t.skip(record.skip);
    const settings = (await (await fetch(`${record.service.url}/api/v1/settings`)).json()) as {
      mode: string;
      size: number;
    };
    assert.deepEqual([settings.mode, settings.size], ['record', 0]);
    const { page, errors } = await record.open('');
    await page.waitForURL((url) => url.hash === '#/history', { timeout: 20_000 });
    assert.equal(await page.locator('nav a[aria-current="page"]').innerText(), 'History');
    await page.goto(`${record.service.url}/?lang=ru#/`);
    await page.waitForURL((url) => url.hash === '#/history' && url.searchParams.get('lang') === 'ru', {
      timeout: 20_000,
    });
    // A view asked for by name is shown.
    await page.goto(`${record.service.url}/?lang=en#/map`);
    await page.locator('nav a[aria-current="page"]').waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    assert.equal(address(page).hash, '#/map');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('an exercise opens on the map', async (t) => {
    if (exercise.skip) return t.skip(exercise.skip);
    const { page, errors } = await exercise.open('?lang=en');
    // The banner shows once the settings are read: the first view is decided by then.
    await page.locator('.exercise-banner').waitFor({ timeout: 20_000 });
    await titled(page, 'Exercise · Map — European Security Treaty');
    await page.waitForLoadState('networkidle');
    assert.equal(address(page).hash, '');
    assert.equal(await page.locator('nav a[aria-current="page"]').innerText(), 'Map');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('the header fits a 360 px phone in both languages', async (t) => {
    if (exercise.skip) return t.skip(exercise.skip);
    for (const lang of ['en', 'ru']) {
      const { page, errors } = await exercise.open(`?lang=${lang}#/treaty`, { width: 360, height: 740 });
      await page
        .locator('.live.exercise')
        .waitFor({ timeout: 20_000 })
        .catch(async (e: unknown) => {
          throw new Error(`${String(e)}\n${errors.join('\n')}\n${await page.locator('#root').innerHTML()}`);
        });
      const fit = await page.evaluate<{ page: boolean; boxes: boolean; count: number }>(`(() => {
        const boxes = [...document.querySelectorAll('.masthead .controls > *, .masthead nav li')].map((e) =>
          e.getBoundingClientRect(),
        );
        return {
          page: document.documentElement.scrollWidth <= window.innerWidth,
          boxes: boxes.every((b) => b.left >= 0 && b.right <= window.innerWidth),
          count: boxes.length,
        };
      })()`);
      assert.deepEqual(fit, { page: true, boxes: true, count: 4 + 8 }, lang);
      await page.context().close();
    }
  });

  it('prints the view and the exercise banner, black on white, without navigation, controls or search', async (t) => {
    if (exercise.skip) return t.skip(exercise.skip);
    const { page } = await exercise.open('?lang=en#/treaty');
    await page.locator('.exercise-banner').waitFor({ timeout: 20_000 });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(`(() => {
      const shown = (selector) => {
        const e = document.querySelector(selector);
        return e !== null && getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0;
      };
      return {
        banner: shown('.exercise-banner'),
        bannerFirst: document.querySelector('#root > *')?.className,
        main: shown('main'),
        nav: shown('nav'),
        controls: shown('.controls'),
        search: shown('.site-search'),
        skip: shown('.skip'),
        ink: getComputedStyle(document.querySelector('main')).color,
        bannerInk: getComputedStyle(document.querySelector('.exercise-banner')).color,
        paper: getComputedStyle(document.documentElement).backgroundColor,
      };
    })()`);
    assert.deepEqual(printed, {
      banner: true,
      bannerFirst: 'exercise-banner',
      main: true,
      nav: false,
      controls: false,
      search: false,
      skip: false,
      ink: 'rgb(0, 0, 0)',
      bannerInk: 'rgb(0, 0, 0)',
      paper: 'rgb(255, 255, 255)',
    });
    await page.context().close();
  });
});
