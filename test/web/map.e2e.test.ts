/**
 * The map view in a real browser, against the real service on SQLite: 25 states sign and ratify
 * through the signed API (the Treaty enters into force), the United States signs without ratifying.
 * The map colours each state by the status the browser computes by replaying the log; the slider
 * replays it to an earlier day; the table shows the same; the Russian switch gives Russian names;
 * states are reachable by keyboard; a filing made while the page is open shows without reload; at
 * phone width the table fits; the view's state (day, table, extent, blocs, selected state) lives in
 * the address, so a copied link opens the same view; the table downloads as CSV; a record's headline
 * has no exercise prefix; and with the depositary stopped the page says so instead of going blank.
 * No console errors along the way. (The same view over an exercise: map-layout.e2e.test.ts.)
 */
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { Filer } from '../../src/app/testing.ts';
import { file, lodge, webSuite } from './harness.ts';
import type { Viewport } from './harness.ts';

/** 25 states that sign and ratify: Luxembourg among them, drawn as a marker. */
const RATIFIERS = [
  ...['RU', 'BY', 'KZ', 'AM', 'KG', 'TJ', 'RS', 'ME', 'MK', 'BA', 'MD', 'UZ'],
  ...['DE', 'FR', 'IT', 'ES', 'PL', 'AT', 'FI', 'IE', 'PT', 'BE', 'NL', 'GR', 'LU'],
];
const SIGNATORY = 'US';
const TODAY = new Date().toISOString().slice(0, 10);
const DRAFT = '2009-11-29';

const filers = new Map<string, Filer>();

async function fileAs(party: string, act: Record<string, unknown>): Promise<void> {
  let filer = filers.get(party);
  if (!filer) {
    filer = new Filer(party);
    await lodge(web.service, filer);
    filers.set(party, filer);
  }
  const receipt = await file(web.service, filer, act);
  assert.equal(receipt.outcome.accepted, true, `${party} ${String(act['act'])}`);
}

const web = webSuite({
  setup: async () => {
    for (const party of [...RATIFIERS, SIGNATORY]) await fileAs(party, { act: 'sign' });
    for (const party of RATIFIERS) await fileAs(party, { act: 'ratify' });
  },
});

async function openMap(hash = '#/map', viewport?: Viewport) {
  const opened = await web.open(hash, viewport);
  await opened.page.locator('.map-figure[data-ready="true"]').waitFor({ timeout: 30_000 });
  return opened;
}

/** The status the map shows for a state (its path, or its marker for a microstate). */
async function statusOf(page: Page, id: string): Promise<string | null> {
  return page.locator(`svg.map [data-state="${id}"]`).last().getAttribute('data-status');
}

async function waitForStatus(page: Page, id: string, status: string): Promise<void> {
  // A string, evaluated in the page (the tests are compiled without the DOM's types).
  await page.waitForFunction(
    `[...document.querySelectorAll('svg.map [data-state="${id}"]')].some((e) => e.getAttribute('data-status') === '${status}')`,
    undefined,
    { timeout: 20_000 },
  );
}

describe('web: the map', () => {
  it('colours each state by its status today, replayed in the browser', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await openMap('#/');
    assert.equal(await statusOf(page, 'PL'), 'party');
    assert.equal(await statusOf(page, 'RU'), 'party');
    assert.equal(await statusOf(page, 'US'), 'signatory');
    assert.equal(await statusOf(page, 'GB'), 'eligible');
    assert.equal(await statusOf(page, 'MN'), 'outside');
    // Luxembourg is drawn as a marker, with its status.
    assert.equal(await page.locator('circle[data-state="LU"]').getAttribute('data-status'), 'party');
    // Every one of the 56 states the Treaty is open to is on the map and reachable.
    assert.equal(await page.locator('svg.map [role="button"][data-state]').count(), 56);
    assert.match(
      (await page.locator('path[data-state="PL"]').getAttribute('aria-label')) ?? '',
      /^Poland: Party since \d{1,2} \w+ \d{4}$/,
    );
    assert.match((await page.getByTestId('in-force').textContent()) ?? '', /^In force since/);
    assert.equal(await page.getByTestId('parties').textContent(), '25');
    assert.equal(await page.getByTestId('signatories').textContent(), '1');
    assert.equal(await page.getByTestId('instruments').textContent(), '25');
    assert.equal(await page.locator('[data-legend="party"] .count').textContent(), '25');
    assert.equal(await page.locator('[data-legend="eligible"] .count').textContent(), '30');
    // The organizations beside the map: none has signed, so the figures count states only, as the
    // legend does, with nothing to explain.
    assert.equal(await page.locator('[data-org="EU"]').getAttribute('data-status'), 'eligible');
    assert.equal(await page.getByTestId('parties-split').count(), 0);
    assert.equal(await page.getByTestId('signatories-split').count(), 0);
    // A record: its headline is not marked as an exercise.
    assert.equal(await page.locator('[data-testid="exercise-tag"]').count(), 0);
    assert.match(await page.locator('main h1').innerText(), /^The European Security Treaty/);
    assert.match(await page.locator('.summary-head').innerText(), /^On \d{1,2} \w+ \d{4}: In force since/);
    assert.deepEqual(errors, []);
  });

  it('replays the log to an earlier day with the slider, and keeps the day in the URL', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await openMap();
    const slider = page.locator('#map-date');
    await slider.focus();
    await page.keyboard.press('Home');
    await waitForStatus(page, 'PL', 'eligible');
    assert.equal(await page.getByTestId('map-date').getAttribute('data-date'), DRAFT);
    assert.equal(await statusOf(page, 'US'), 'eligible');
    assert.match((await page.getByTestId('in-force').textContent()) ?? '', /^Not in force/);
    assert.equal(await page.getByTestId('parties').textContent(), '0');
    await page.waitForFunction(`window.location.hash === '#/map?date=${DRAFT}'`);
    // Back to today with the keyboard.
    await page.keyboard.press('End');
    await waitForStatus(page, 'PL', 'party');
    assert.equal(await page.getByTestId('map-date').getAttribute('data-date'), TODAY);
    // A shared link opens on its day.
    await page.goto(`${web.service.url}/#/map?date=2012-01-01`);
    await waitForStatus(page, 'PL', 'eligible');
    assert.equal(await page.getByTestId('map-date').getAttribute('data-date'), '2012-01-01');
    assert.deepEqual(errors, []);
  });

  it('shows the same data as a table', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await openMap();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const rows = page.locator('table.state-table tbody tr');
    assert.equal(await rows.count(), 56);
    const row = (id: string) => page.locator(`table.state-table tr[data-state="${id}"]`);
    assert.equal(await row('PL').getAttribute('data-status'), 'party');
    assert.match((await row('PL').textContent()) ?? '', /Poland\s*Party/);
    assert.ok(((await row('PL').textContent()) ?? '').includes(TODAY));
    assert.match((await row('PL').textContent()) ?? '', /NATO, EU/);
    assert.equal(await row('US').getAttribute('data-status'), 'signatory');
    assert.match((await row('US').textContent()) ?? '', /Signatory/);
    assert.equal(await row('GB').getAttribute('data-status'), 'eligible');
    assert.equal(await page.locator('table.state-table tr[data-state="MN"]').count(), 0);
    // Every row agrees with the map.
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.locator('.map-figure[data-ready="true"]').waitFor();
    for (const id of ['PL', 'US', 'GB', 'LU', 'RU'])
      assert.equal(await statusOf(page, id), id === 'US' ? 'signatory' : id === 'GB' ? 'eligible' : 'party');
    assert.deepEqual(errors, []);
  });

  it('keeps the view in the address: a copied link opens the same view, without adding history', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await openMap('#/map?date=2012-01-01');
    const entries = await page.evaluate<number>('history.length');
    await page.getByRole('button', { name: 'Europe', exact: true }).click();
    await page.locator('.map-figure[data-zoom="europe"]').waitFor();
    await page.getByRole('checkbox', { name: 'NATO' }).check();
    await page.getByRole('checkbox', { name: 'CSTO' }).check();
    await page.locator('path[data-state="PL"]').dispatchEvent('click');
    await page.locator('[data-details="PL"]').waitFor();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.locator('table.state-table').waitFor();
    await page.waitForURL((url) => url.hash.includes('view=table'));
    const hash = new URL(page.url()).hash;
    const query = new URLSearchParams(hash.split('?')[1]);
    assert.deepEqual(Object.fromEntries(query), {
      date: '2012-01-01',
      zoom: 'europe',
      blocs: 'NATO,CSTO',
      state: 'PL',
      view: 'table',
    });
    assert.match(hash, /blocs=NATO,CSTO/, 'the blocs read as a list in the link');
    assert.equal(await page.evaluate<number>('history.length'), entries, 'no history entry per change');
    const url = page.url();
    await page.context().close();

    // The same address in a fresh browser context: the same view.
    const again = await web.open(url.slice(web.service.url.length + 1));
    const p = again.page;
    await p.locator('table.state-table tr[data-state="PL"]').waitFor({ timeout: 30_000 });
    assert.equal(
      await p.getByRole('button', { name: 'Table', exact: true }).getAttribute('aria-pressed'),
      'true',
    );
    assert.equal(await p.getByTestId('map-date').getAttribute('data-date'), '2012-01-01');
    assert.match((await p.locator('[data-details="PL"] h2').textContent()) ?? '', /^Poland$/);
    assert.equal(await p.getByRole('checkbox', { name: 'NATO' }).isChecked(), true);
    assert.equal(await p.getByRole('checkbox', { name: 'CSTO' }).isChecked(), true);
    assert.equal(await p.getByRole('checkbox', { name: 'EU' }).isChecked(), false);
    await p.getByRole('button', { name: 'Map', exact: true }).click();
    await p.locator('.map-figure[data-ready="true"][data-zoom="europe"]').waitFor();
    assert.equal(
      await p.getByRole('button', { name: 'Europe', exact: true }).getAttribute('aria-pressed'),
      'true',
    );
    assert.deepEqual(
      await p.evaluate(`[...document.querySelectorAll('svg.map g.bloc')].map((g) => g.dataset.bloc)`),
      ['NATO', 'CSTO'],
    );
    // Closing the details and back to the whole area: they leave the address, the rest stays.
    await p.getByRole('button', { name: 'Close' }).click();
    await p.getByRole('button', { name: 'Whole area', exact: true }).click();
    await p.waitForURL((u) => !u.hash.includes('state=') && !u.hash.includes('zoom='));
    assert.equal(new URL(p.url()).hash, '#/map?date=2012-01-01&blocs=NATO,CSTO');
    assert.deepEqual([...errors, ...again.errors], []);
    await p.context().close();
  });

  it('downloads the table as CSV: the columns of the table, a row per state, named by the day', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/map?view=table');
    await page.locator('table.state-table tr[data-state="PL"]').waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `est-states-${TODAY}.csv`);
    const text = readFileSync(await download.path(), 'utf8');
    assert.ok(text.startsWith('\uFEFF'), 'a byte-order mark, for spreadsheets to read Cyrillic');
    const lines = text.slice(1).split('\r\n');
    assert.equal(lines.pop(), '');
    // A record: the header comes first, no exercise line.
    assert.equal(lines[0], 'State,Status,Signed,Deposited,In force from,Blocs');
    assert.equal(lines.length - 1, 56);
    const poland = new RegExp(`^Poland,Party,${TODAY},${TODAY},\\d{4}-\\d\\d-\\d\\d,"NATO, EU"$`);
    assert.ok(
      lines.some((l) => poland.test(l)),
      lines.join('\n'),
    );
    assert.ok(lines.includes(`United States of America,Signatory,${TODAY},,,NATO`));
    assert.ok(lines.includes('United Kingdom,"May sign, has not",,,,NATO'));
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('switches to Russian: names from the registry, labels and the table', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await openMap();
    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.waitForFunction(`document.documentElement.lang === 'ru'`);
    assert.match(
      (await page.locator('path[data-state="PL"]').getAttribute('aria-label')) ?? '',
      /^Польша: участник с \d{1,2} \S+ \d{4}/,
    );
    assert.match((await page.locator('h1').textContent()) ?? '', /от Ванкувера до Владивостока/);
    await page.getByRole('button', { name: 'Таблица', exact: true }).click();
    assert.match(
      (await page.locator('table.state-table tr[data-state="US"]').textContent()) ?? '',
      /Соединённые Штаты Америки\s*Подписал/,
    );
    assert.match(
      (await page.locator('table.state-table tr[data-state="DE"]').textContent()) ?? '',
      /Германия\s*Участник/,
    );
    // Back to English for the tests that follow (the choice is kept in the browser's storage).
    await page.getByRole('button', { name: 'Переключить язык на английский' }).click();
    assert.deepEqual(errors, []);
  });

  it('opens a shared link in Russian (?lang=ru), keeping the day, and drops lang from the URL', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await openMap('#/map?date=2011-06-20&lang=ru');
    await page.locator('html[lang="ru"]').waitFor({ timeout: 20_000 });
    assert.match((await page.locator('h1').textContent()) ?? '', /от Ванкувера до Владивостока/);
    await page.waitForURL((url) => !url.hash.includes('lang='));
    assert.equal(new URL(page.url()).hash, '#/map?date=2011-06-20');
    assert.equal(await statusOf(page, 'US'), 'eligible', 'the day of the link: before the US signed');
    await page.context().close();
    assert.deepEqual(errors, []);
  });

  it('skips to the content by keyboard without leaving the view', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await openMap('#/map?date=2011-06-20');
    await page.keyboard.press('Tab');
    assert.equal(await page.locator(':focus').textContent(), 'Skip to content');
    await page.keyboard.press('Enter');
    await page.waitForFunction(`document.activeElement?.id === 'main'`);
    assert.equal(new URL(page.url()).hash, '#/map?date=2011-06-20');
    await page.locator('.map-figure[data-ready="true"]').waitFor();
    assert.deepEqual(errors, []);
  });

  it('reaches every state by keyboard and shows its details', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await openMap();
    const bloc = page.getByRole('checkbox', { name: 'NATO' });
    await bloc.check();
    await page.locator('g.bloc[data-bloc="NATO"]').waitFor();
    // One tab stop into the map; the arrow keys move from state to state, in alphabetical order.
    await page.locator('.bloc-toggle.bloc-CIS input').focus();
    await page.keyboard.press('Tab');
    const focused = async () => (await page.locator(':focus').getAttribute('aria-label')) ?? '';
    assert.match(await focused(), /^Albania: may sign/);
    await page.keyboard.press('End');
    assert.match(await focused(), /^Uzbekistan: Party since/);
    await page.keyboard.press('ArrowRight');
    assert.match(await focused(), /^Albania:/);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    const details = page.locator('[data-details="UZ"]');
    await details.waitFor();
    assert.match((await details.textContent()) ?? '', /Uzbekistan.*Party since.*CIS/s);
    assert.equal(
      await details.getByRole('link', { name: 'Its filings in the timeline' }).getAttribute('href'),
      '#/timeline?party=UZ',
    );
    // Clicking a state selects it too.
    await page.locator('path[data-state="US"]').dispatchEvent('click');
    await page.locator('[data-details="US"]').waitFor();
    assert.match((await page.locator('[data-details="US"]').textContent()) ?? '', /Signed on/);
    assert.deepEqual(errors, []);
  });

  it('redraws when a filing arrives, without reload', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await openMap();
    await page.locator('.live.on').waitFor({ timeout: 20_000 });
    assert.equal(await statusOf(page, 'GB'), 'eligible');
    // Signature closed with entry into force: the United Kingdom accedes (EST 12).
    await fileAs('GB', { act: 'accede' });
    await waitForStatus(page, 'GB', 'acceding');
    assert.equal(await page.locator('[data-legend="acceding"] .count').textContent(), '1');
    assert.match(
      (await page.locator('path[data-state="GB"]').getAttribute('aria-label')) ?? '',
      /^United Kingdom: acceding/,
    );
    assert.deepEqual(errors, []);
  });

  it('fits a phone: the map scales and the table needs no sideways scrolling at 360 px', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await openMap('#/map', { width: 360, height: 740 });
    const box = await page.locator('svg.map').boundingBox();
    assert.ok(box && box.width <= 360 && box.width > 300, `map width ${box?.width}`);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.locator('table.state-table tr[data-state="PL"]').waitFor();
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    assert.ok(width <= 360, `page width ${width}`);
    assert.deepEqual(errors, []);
  });

  it('says the depositary cannot be reached rather than going blank', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page } = await openMap();
    const url = web.service.url;
    // The suite's `after` stops it again: a no-op.
    await web.service.stop();
    // The stopped service can no longer serve the page itself: its files come from web/dist (as
    // from a cache or a CDN), and every API call meets the closed port.
    const dist = join(import.meta.dirname, '..', '..', 'web', 'dist');
    const types: Record<string, string> = {
      '.html': 'text/html',
      '.js': 'text/javascript',
      '.css': 'text/css',
      '.json': 'application/json',
    };
    await page.route(`${url}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      const local = join(dist, path === '/' ? 'index.html' : path);
      if (path.startsWith('/api/') || path === '/healthz' || !existsSync(local)) return route.continue();
      return route.fulfill({
        body: readFileSync(local),
        contentType: types[extname(local)] ?? 'application/octet-stream',
      });
    });
    await page.reload();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    assert.match((await alert.textContent()) ?? '', /The depositary cannot be reached/);
    assert.match((await page.locator('h1').textContent()) ?? '', /from Vancouver to Vladivostok/);
    assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 1);
  });
});
