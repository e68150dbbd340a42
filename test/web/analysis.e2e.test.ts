/**
 * The analysis view in a real browser, against the real service (demo log): blocking by absence on a
 * preset and on the log's own Parties, exact voting power, the ratification outlook checked against
 * `est analyze outlook --json` with the same trials and seed, force limits, Russian, a phone-width
 * screen, and no console errors.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { MEMBERSHIPS } from '../../src/treaty/parties/index.ts';
import { webSuite } from './harness.ts';

const ROOT = join(import.meta.dirname, '..', '..');

const web = webSuite({ demo: true });

async function textOf(page: Page, selector: string): Promise<string> {
  const locator = page.locator(selector).first();
  await locator.waitFor({ timeout: 20_000 });
  return (await locator.textContent()) ?? '';
}

/** Waits until the element's text contains `text`. */
async function waitForText(page: Page, selector: string, text: string, timeout = 30_000): Promise<void> {
  // A string, evaluated in the page (the tests are compiled without the DOM's types).
  const check = `[...document.querySelectorAll(${JSON.stringify(selector)})].some((e) => (e.textContent ?? '').includes(${JSON.stringify(text)}))`;
  await page.waitForFunction(check, undefined, { timeout });
}

describe('web: the analysis view', () => {
  it('blocking by absence: 13 absentees deny the 61-Party Extraordinary Conference, NATO can', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/analysis?section=blocking');
    const headline = await textOf(page, '[data-body=extraordinary] .an-headline');
    assert.match(headline, /61 Parties; quorum 4\/5: 49 must attend; 13 absentees deny it\./);
    const nato = await textOf(page, '[data-body=extraordinary] tr[data-bloc=NATO]');
    assert.match(nato, /29/);
    assert.match(nato, /can deny the quorum alone/);
    const csto = await textOf(page, '[data-body=extraordinary] tr[data-bloc=CSTO]');
    assert.match(csto, /no: 5 short/);
    // The chart has a text equivalent and says the same.
    const label = await page
      .locator('[data-body=extraordinary] svg[role=img]')
      .first()
      .getAttribute('aria-label');
    assert.match(label ?? '', /13 absentees/);
    assert.match(label ?? '', /NATO \(29\) can/);
    const conference = await textOf(page, '[data-body=conference] .an-headline');
    assert.match(conference, /quorum 2\/3: 41 must attend; 21 absentees deny it\./);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it("blocking by absence on the log's own Parties", async (t) => {
    if (web.skip) return t.skip(web.skip);
    const outcome = (await (await fetch(`${web.service.url}/api/v1/treaty`)).json()) as {
      parties: { status: string }[];
    };
    const n = outcome.parties.filter((p) => p.status === 'party' || p.status === 'withdrawing').length;
    assert.ok(n > 0);
    const { page, errors } = await web.open('#/analysis?section=blocking&parties=log');
    await waitForText(page, '[data-body=extraordinary] .an-headline', `${n} Parties`);
    const q = Math.ceil((4 * n) / 5);
    await waitForText(page, '[data-body=extraordinary] .an-headline', `${n - q + 1} absentees deny it`);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('voting power: a permanent member of the Security Council holds 421/2145', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/analysis?section=power&game=unsc');
    const row = await textOf(page, 'tr[data-players~=RU]');
    assert.match(row, /0\.1963 \(421\/2145\)/);
    assert.match(row, /0\.1669 \(106\/635\)/);
    const elected = await textOf(page, 'tr[data-players~=elected-1]');
    assert.match(elected, /0\.0019 \(4\/2145\)/);
    // The Conference on the default preset: symmetric, 1/61 each, with the note that says so.
    await page.selectOption('select', 'conference');
    await waitForText(page, 'tr[data-players~=DE]', '(1/61)');
    await waitForText(page, '.an-card li', 'both indices give each 1/61');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('the ratification outlook gives the CLI headline for the same trials and seed', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const trials = 600;
    const seed = 7;
    const cli = spawnSync(
      process.execPath,
      [
        join(ROOT, 'bin', 'est.js'),
        'analyze',
        'outlook',
        '--trials',
        String(trials),
        '--seed',
        String(seed),
        '--set',
        'entryIntoForce.instruments=20',
        '--json',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.equal(cli.status, 0, cli.stderr);
    const json = JSON.parse(cli.stdout) as {
      inForceByHorizon: { trials: number; probability: number; standardError: number };
      pivotal: { id: string; count: number }[];
      medianIfInForce: string | null;
    };
    const { page, errors } = await web.open(
      `#/analysis?section=outlook&trials=${trials}&seed=${seed}&instruments=20`,
    );
    const headline = page.locator('#an-outlook-headline');
    await headline.waitFor({ timeout: 60_000 });
    assert.equal(Number(await headline.getAttribute('data-in-force')), json.inForceByHorizon.trials);
    assert.equal(Number(await headline.getAttribute('data-probability')), json.inForceByHorizon.probability);
    // The headline rounds to 5 points, or gives a range when the sampling error spans more than a step.
    const p = json.inForceByHorizon.probability;
    const se = json.inForceByHorizon.standardError;
    const snap = (x: number) => Math.round((Math.min(1, Math.max(0, x)) * 100) / 5) * 5;
    const [lo, hi] = [snap(p - 1.96 * se), snap(p + 1.96 * se)];
    const text = (await headline.textContent()) ?? '';
    const figure = lo === hi ? `about ${lo}%` : `between ${lo}% and ${hi}%`;
    assert.ok(text.endsWith(figure), `${text} vs ${p} ± ${se}: ${figure}`);
    assert.doesNotMatch(text, /\d[.,]\d/);
    const note = await textOf(page, '.an-precision');
    assert.ok(note.includes(`trials in force: ${json.inForceByHorizon.trials} of ${trials}`), note);
    if (json.pivotal.length > 0) {
      const first = await page.locator('.an-pivotal tbody tr').first().getAttribute('data-id');
      assert.equal(first, json.pivotal[0]?.id);
    }
    const label = await page.locator('.an-card svg[role=img]').first().getAttribute('aria-label');
    assert.match(label ?? '', /Probability that the Treaty is in force/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('force limits: Poland first crossed on 2017-01-12, with the deployments behind it', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/analysis?section=force-limits');
    const poland = await textOf(page, 'tr[data-host=PL]');
    assert.match(poland, /2017-01-12/);
    await page.locator('tr[data-host=PL] a').first().click();
    await waitForText(page, '#an-fl-details', 'Poland: crossings');
    const details = await textOf(page, '.an-details');
    assert.match(details, /tanks 87 > 41/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('force limits: the 2021 draft beside the 2009 readings, a counterfactual, and NRA 6 against every accession', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/analysis?section=force-limits');
    await page.locator('tr[data-host=PL]').waitFor({ timeout: 30_000 });
    // Said on screen, first thing after the introduction: neither draft was in force.
    const notice = await textOf(page, '[data-counterfactual]');
    assert.match(
      notice,
      /A counterfactual: neither draft was ever in force\. Both are assumed in force from/,
    );
    // The two drafts head their columns; the 2021 reading has its own column.
    assert.match(await textOf(page, '.an-matrix th[data-treaty=nrc-2009]'), /NRC 4 \(2009\)/);
    assert.match(await textOf(page, '.an-matrix th[data-treaty=nra-2021]'), /NRA 4 \(2021\)/);
    assert.match(await textOf(page, '.an-matrix th[data-reading=nra-2021]'), /nra-2021/);
    // NRA 4 sets no figure: a host where NRC 4 is never crossed (Slovakia) is breached under it.
    assert.match(await textOf(page, 'tr[data-host=SK] td[data-reading=nrc-2010]'), /never/);
    assert.match(await textOf(page, 'tr[data-host=SK] td[data-reading=nra-2021]'), /^\d{4}-\d{2}-\d{2}$/);
    await page.locator('tr[data-host=SK] td[data-reading=nra-2021] a').click();
    await waitForText(page, '#an-fl-details', 'Slovakia: crossings');
    const details = await textOf(page, '.an-details li[data-treaty=nra-2021]');
    assert.match(details, /first breached under nra-2021/);
    assert.match(details, /Forces beyond those of 27 May 1997/);
    // NRA 6: one row per NATO accession since 27 May 1997 in the registry.
    const since1997 = MEMBERSHIPS.filter(
      (m) => m.bloc === 'NATO' && m.kind === 'member' && m.from > '1997-05-27',
    );
    assert.equal(await page.locator('.an-accessions tbody tr').count(), since1997.length);
    for (const m of since1997) {
      const row = await textOf(page, `tr[data-accession=${m.state}]`);
      assert.match(
        row,
        m.from < '2010-01-01' ? /before entry into force/ : /nato_enlargement \(NRA 6\)/,
        m.state,
      );
    }
    // And in Russian.
    await page.locator('button.lang').click();
    await waitForText(page, '[data-counterfactual]', 'Контрфактический расчёт: ни один из проектов');
    await waitForText(page, '.an-matrix th[data-treaty=nra-2021]', 'Соглашение Россия–НАТО 2021, ст. 4');
    await waitForText(page, 'tr[data-accession=FI]', 'вывод nato_enlargement');
    await waitForText(page, 'tr[data-accession=HR]', 'до вступления в силу');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('switches to Russian', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/analysis?section=blocking');
    await waitForText(page, 'h2', 'Blocking by absence');
    await page.locator('button.lang').click();
    await waitForText(page, 'h1', 'Анализ');
    await waitForText(page, 'h2', 'Блокирование неявкой');
    await waitForText(page, '[data-body=extraordinary] .an-headline', '13 отсутствующих');
    await waitForText(page, '[data-body=extraordinary] tr[data-bloc=NATO]', 'НАТО');
    await page.locator('.an-tabs a', { hasText: 'Сила голоса' }).click();
    await waitForText(page, 'h2', 'Сила голоса');
    await waitForText(page, 'tr[data-players~=RU]', 'Российская Федерация');
    await page.locator('.an-tabs a', { hasText: 'Перспективы ратификации' }).click();
    await waitForText(page, 'h2', 'Перспективы ратификации');
    await page.locator('.an-tabs a', { hasText: 'Ограничения сил' }).click();
    await waitForText(page, 'tr[data-host=PL]', 'Польша');
    // And back.
    await page.locator('button.lang').click();
    await waitForText(page, 'h1', 'Analysis');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('is usable at phone width: charts scale, the page does not scroll sideways', async (t) => {
    if (web.skip) return t.skip(web.skip);
    for (const section of ['blocking', 'power', 'force-limits']) {
      const { page, errors } = await web.open(`#/analysis?section=${section}`, { width: 360, height: 740 });
      await page.locator('.an-card, .an-matrix').first().waitFor({ timeout: 20_000 });
      const widths = await page.evaluate<{ page: number; view: number }>(
        '({ page: document.documentElement.scrollWidth, view: window.innerWidth })',
      );
      assert.ok(widths.page <= widths.view, `${section}: ${widths.page} > ${widths.view}`);
      assert.deepEqual(errors, []);
      await page.context().close();
    }
  });
});
