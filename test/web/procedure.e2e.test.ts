/**
 * The procedure page in a real browser, against the real service on SQLite: 25 states sign and
 * ratify through the signed API (the Treaty enters into force on the 25th instrument), then two
 * Conferences of the Parties are held after consultations the operator closes. With N = 25 Parties
 * the quorum (2/3) needs ceil(50/3) = 17: one Conference has exactly 17 present (met) and a decision
 * blocked by Russia's objection; the other is still sitting with 15, then 16 (not met) as a filing
 * arrives while the page is open. Also: citations link to their provision, the Russian text, a 404,
 * and no console errors. This log is a record: neither the procedure's heading nor the timeline's says
 * "Exercise", and the timeline's CSV file has no such line, one row per entry shown. At 360 px, in
 * English and Russian, neither page scrolls sideways; on paper, the procedure's facts, dates,
 * decisions and citations are printed, its buttons are not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Service } from '../../scripts/web-service.ts';
import { Filer } from '../../src/app/testing.ts';
import { file, fileOwn, lodge, webSuite } from './harness.ts';
import { TIMELINE_HEADER, downloadTimelineCsv } from './csv-reader.ts';
import { overflow } from './page-overflow.ts';

/** 25 OSCE states of 2009: their instruments bring the Treaty into force (EST 14(1)). */
const STATES = [
  ...['RU', 'BY', 'KZ', 'AM', 'AZ', 'KG', 'TJ', 'UZ', 'MD', 'RS', 'ME', 'MK', 'BA'],
  ...['IT', 'FR', 'ES', 'GR', 'CY', 'AT', 'FI', 'IE', 'PT', 'BE', 'NL', 'DE'],
];
const N = STATES.length;
const REQUIRED = Math.ceil((2 * N) / 3);

const filers = new Map<string, Filer>();

const by = (party: string): Filer => {
  const f = filers.get(party);
  assert.ok(f, party);
  return f;
};

/** Files an act that the treaty must accept. */
async function accepted(party: string, act: Record<string, unknown>): Promise<void> {
  const receipt = await file(web.service, by(party), act);
  assert.equal(receipt.outcome.accepted, true, `${party} ${JSON.stringify(act)} was refused`);
}

/** Consultations by `a` with `b`, closed by the Depositary, then a Conference `b` supports. */
async function conference(a: string, b: string, consultations: string, id: string): Promise<void> {
  await accepted(a, {
    act: 'request-consultations',
    with: [b],
    subject: `the subject of ${id}`,
    id: consultations,
  });
  await accepted(a, { act: 'attend', procedure: consultations });
  await accepted(b, { act: 'attend', procedure: consultations });
  await fileOwn(web.service, { act: 'close', procedure: consultations });
  await accepted(a, { act: 'propose-conference', procedure: consultations, id });
  await accepted(b, { act: 'support', procedure: id });
}

/** The 25 instruments, then a Conference held with exactly its quorum and one still sitting two short. */
async function setup(service: Service): Promise<void> {
  for (const party of STATES) {
    const f = new Filer(party);
    filers.set(party, f);
    await lodge(service, f);
  }
  for (const party of STATES) await accepted(party, { act: 'sign' });
  for (const party of STATES) await accepted(party, { act: 'ratify' });
  const treaty = (await (await fetch(`${service.url}/api/v1/treaty`)).json()) as { inForce: boolean };
  assert.equal(treaty.inForce, true, 'the 25th instrument brings the Treaty into force');

  // A Conference with exactly the quorum, one decision blocked by an objection, one adopted.
  await conference('FI', 'RU', 'c-quorate', 'conf-quorate');
  const present = ['RU', ...STATES.slice(-(REQUIRED - 1))];
  assert.ok(present.includes('FI') && present.includes('DE') && present.length === REQUIRED);
  for (const party of present) await accepted(party, { act: 'attend', procedure: 'conf-quorate' });
  await accepted('FI', {
    act: 'propose-decision',
    procedure: 'conf-quorate',
    decision: 'transponders',
    text: 'Military aircraft keep their transponders on over the Baltic Sea',
  });
  await accepted('DE', {
    act: 'propose-decision',
    procedure: 'conf-quorate',
    decision: 'hotline',
    text: 'A hotline between the defence ministries',
  });
  await accepted('RU', { act: 'object', procedure: 'conf-quorate', decision: 'transponders' });
  await fileOwn(service, { act: 'close', procedure: 'conf-quorate' });

  // A Conference still sitting, two short of its quorum.
  await conference('DE', 'FR', 'c-short', 'conf-short');
  for (const party of STATES.slice(0, REQUIRED - 2))
    await accepted(party, { act: 'attend', procedure: 'conf-short' });
}

const web = webSuite({ setup });

/** The quorum gauge's value, maximum and text, once it is drawn. */
async function gauge(page: Page) {
  const meter = page.getByRole('meter');
  await meter.waitFor({ timeout: 20_000 });
  return {
    now: await meter.getAttribute('aria-valuenow'),
    max: await meter.getAttribute('aria-valuemax'),
    min: await meter.getAttribute('aria-valuemin'),
    valueText: await meter.getAttribute('aria-valuetext'),
    text: (await page.locator('.quorum-text').textContent()) ?? '',
  };
}

describe('web: the procedure page', () => {
  it(`reads a quorum met with exactly ${REQUIRED} of ${N}, and a decision blocked by an objection`, async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/procedures/conf-quorate');
    const g = await gauge(page);
    const expected = `${REQUIRED} present of ${N}; ${REQUIRED} required: met`;
    assert.deepEqual(
      { now: g.now, max: g.max, min: g.min, valueText: g.valueText },
      { now: String(REQUIRED), max: String(N), min: '0', valueText: expected },
    );
    assert.match(g.text, new RegExp(`${expected.replace(/[()]/g, '\\$&')} \\(EST 6\\(3\\)\\)`));

    const heading = (await page.locator('h1').textContent()) ?? '';
    assert.match(heading, /Conference of the Parties\s*conf-quorate/);
    const facts = (await page.locator('dl.facts').textContent()) ?? '';
    assert.match(facts, /Statusclosed/);
    assert.match(facts, /Requested byFinland/);
    assert.match(facts, /Proposal supported byFinland FI, Russian Federation RU/);
    assert.match(
      (await page.locator('.attendance').textContent()) ?? '',
      new RegExp(`Attendance \\(${REQUIRED}\\)`),
    );

    const blocked = page.locator('li.decision[aria-label="transponders"]');
    const blockedText = (await blocked.textContent()) ?? '';
    assert.match(blockedText, /not adopted: blocked/);
    assert.match(blockedText, /Blocked by:\s*Russian Federation/);
    assert.match(blockedText, /Objected:\s*Russian Federation/);
    assert.match(blockedText, /Military aircraft keep their transponders on over the Baltic Sea/);
    assert.match(blockedText, /proposed by Finland/);
    const adopted = (await page.locator('li.decision[aria-label="hotline"]').textContent()) ?? '';
    assert.match(adopted, /adopted/);
    assert.match(adopted, /No objection/);

    // Every citation links to its provision.
    const links = page.locator('a.cite');
    const cites: [string | null, string | null][] = [];
    for (let i = 0; i < (await links.count()); i += 1)
      cites.push([await links.nth(i).textContent(), await links.nth(i).getAttribute('href')]);
    assert.deepEqual(
      cites.find(([c]) => c === 'EST 6(3)'),
      ['EST 6(3)', '#/treaty/est.6.3'],
    );
    assert.deepEqual(
      cites.find(([c]) => c === 'EST 6'),
      ['EST 6', '#/treaty/est.6'],
    );
    assert.ok(
      cites.every(([, h]) => h?.startsWith('#/treaty/est.')),
      JSON.stringify(cites),
    );
    await page.locator('.quorum-text a.cite').click();
    await page.locator('[data-provision="est.6.3"].selected').waitFor({ timeout: 20_000 });

    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('reads a quorum not met, and follows a new attendance live, without a reload', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/procedures/conf-short');
    const before = await gauge(page);
    assert.equal(before.now, String(REQUIRED - 2));
    assert.equal(before.valueText, `${REQUIRED - 2} present of ${N}; ${REQUIRED} required: not met`);
    const facts = (await page.locator('dl.facts').textContent()) ?? '';
    assert.match(facts, /Statusin session/);
    assert.match(
      (await page.locator('.quorum-section').textContent()) ?? '',
      /still sitting: the count is as of today/,
    );

    // The tests are compiled without the DOM's types: code run in the page is a string.
    await page.evaluate('window.marker = 1');
    await accepted(STATES[REQUIRED - 2] as string, { act: 'attend', procedure: 'conf-short' });
    await page.locator(`[role="meter"][aria-valuenow="${REQUIRED - 1}"]`).waitFor({ timeout: 20_000 });
    const after = await gauge(page);
    assert.equal(after.valueText, `${REQUIRED - 1} present of ${N}; ${REQUIRED} required: not met`);
    assert.equal(await page.evaluate('window.marker'), 1, 'no reload');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('speaks Russian: kind, gauge text and party names, on a phone-width screen', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/procedures/conf-quorate', {
      width: 390,
      height: 844,
    });
    await gauge(page);
    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.locator('html[lang="ru"]').waitFor({ timeout: 20_000 });
    const g = await gauge(page);
    assert.equal(g.valueText, `присутствуют ${REQUIRED} из ${N}; требуется ${REQUIRED}: кворум есть`);
    assert.match((await page.locator('h1').textContent()) ?? '', /Конференция Участников/);
    const blocked = (await page.locator('li.decision[aria-label="transponders"]').textContent()) ?? '';
    assert.match(blocked, /не принято: заблокировано/);
    assert.match(blocked, /Заблокировали:\s*Российская Федерация/);
    const width = await page.evaluate<number[]>('[document.documentElement.scrollWidth, window.innerWidth]');
    assert.equal(width[0], width[1]);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('says clearly when there is no such procedure', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/procedures/no-such-conference');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    const text = (await alert.textContent()) ?? '';
    assert.match(text, /No such procedure/);
    assert.match(text, /The log holds no procedure "no-such-conference"/);
    // The browser logs the API's 404 itself; nothing else may be an error.
    assert.deepEqual(
      errors.filter((e) => !/Failed to load resource: the server responded with a status of 404/.test(e)),
      [],
    );
    await page.context().close();
  });

  it('a record: no exercise in the headings of a procedure or the timeline, nor in the CSV file', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/procedures/conf-quorate');
    page.setDefaultTimeout(20_000);
    // The heading is drawn once the log's mode is known: only then does "no exercise" mean anything.
    const h1 = page.locator('main h1[data-mode="record"]');
    await h1.waitFor();
    assert.match(await h1.innerText(), /^Conference of the Parties conf-quorate/);
    assert.equal(await page.locator('.exercise-mark, .exercise-banner').count(), 0);
    assert.equal(
      await page.locator('.quorum-section h2 a.term[href="#/glossary/quorum"]').innerText(),
      'Quorum',
    );

    await page.goto(`${web.service.url}/#/timeline`);
    const heading = page.locator('main h1[data-mode="record"]');
    await heading.waitFor();
    assert.equal(await heading.innerText(), 'Timeline');
    await page.locator('[data-count]').waitFor();
    const all = Number(await page.locator('[data-count]').getAttribute('data-count'));
    let csv = await downloadTimelineCsv(page);
    assert.equal(csv.name, 'est-timeline.csv');
    assert.deepEqual(csv.records[0], [...TIMELINE_HEADER.en], 'the header comes first');
    assert.equal(csv.records.length - 1, all);
    assert.doesNotMatch(csv.text, /Exercise/);

    // Filtered: the rows are those shown.
    await page.locator('select[name="party"]').selectOption('RU');
    await page.waitForFunction(`location.hash.includes('party=RU')`);
    const shown = Number(await page.locator('[data-count]').getAttribute('data-count'));
    assert.ok(shown > 0 && shown < all, `${shown} of ${all}`);
    csv = await downloadTimelineCsv(page);
    const rows = csv.records.slice(1);
    assert.equal(rows.length, shown);
    assert.ok(rows.some((r) => r[2] === 'RU' && r[4] === 'Objection to transponders in conf-quorate'));

    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.locator('html[lang="ru"]').waitFor();
    assert.equal(await heading.innerText(), 'Хронология');
    csv = await downloadTimelineCsv(page);
    assert.deepEqual(csv.records[0], [...TIMELINE_HEADER.ru]);
    assert.doesNotMatch(csv.text, /Учения/);
    await page.goto(`${web.service.url}/#/procedures/conf-quorate`);
    await page.getByRole('meter').waitFor();
    assert.match(await h1.innerText(), /^Конференция Участников conf-quorate/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('at 360 px, in English and Russian, neither a procedure nor the timeline scrolls sideways', async (t) => {
    if (web.skip) return t.skip(web.skip);
    for (const lang of ['en', 'ru'] as const) {
      const { page, errors } = await web.open('#/procedures/conf-quorate', { width: 360, height: 780 });
      page.setDefaultTimeout(20_000);
      await gauge(page);
      if (lang === 'ru') {
        await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
        await page.locator('html[lang="ru"]').waitFor();
      }
      await page.locator('li.decision').first().waitFor();
      let o = await overflow(page);
      assert.ok(o.scrollWidth <= o.innerWidth, `${lang} procedure: ${o.scrollWidth} > ${o.innerWidth}`);
      assert.deepEqual(o.wide, [], `${lang} procedure`);
      const article = await page.locator('article.procedure-page').boundingBox();
      assert.ok(article && article.x >= 0 && article.x + article.width <= 360, JSON.stringify(article));

      await page.goto(`${web.service.url}/#/timeline`);
      await page.locator('[data-count]').waitFor();
      assert.ok(await page.locator('select[name="party"]').isVisible());
      o = await overflow(page);
      assert.ok(o.scrollWidth <= o.innerWidth, `${lang} timeline: ${o.scrollWidth} > ${o.innerWidth}`);
      assert.deepEqual(o.wide, [], `${lang} timeline`);
      assert.deepEqual(errors, [], lang);
      await page.context().close();
    }
  });

  it('prints the facts, dates, quorum, decisions and citations, and no buttons', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/procedures/conf-quorate');
    await gauge(page);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      '.procedure-page button',
      '.procedure-page .live-note',
      '.masthead nav',
      'button.lang',
    ])
      assert.equal(await page.locator(hidden).first().isVisible(), false, hidden);
    for (const shown of [
      'dl.facts time',
      '.quorum-text',
      'li.decision[aria-label="transponders"] .blocked-by',
      'li.decision[aria-label="hotline"]',
      '.attendance',
      '.quorum-text a.cite',
    ])
      assert.ok(await page.locator(shown).first().isVisible(), shown);
    assert.match(
      await page.locator('.procedure-page .print-source').innerText(),
      /^Printed from http:\/\/.+#\/procedures\/conf-quorate$/,
    );
    // On screen the source line is not shown.
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.locator('.procedure-page .print-source').isVisible(), false);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
