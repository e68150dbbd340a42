/**
 * The scenario playground in a real browser: a pasted scenario runs in the page and its report shows
 * the right outcome (quorum met, 38 of 56; a decision blocked by Russia; a refusal not_present citing
 * EST 6(3)); the downloaded outcome JSON is byte for byte what `est run --json` prints for the same
 * text, with and without a --set override; the reasons in Russian; a malformed scenario lists its
 * issues by line and column and marks the lines; no console errors.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { webSuite } from './harness.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** 38 of the 56 OSCE states attend (exactly 2/3); RU blocks one decision; CA, absent, cannot object. */
const ATTENDING = [
  ...['AL', 'AM', 'AT', 'BE', 'BG', 'BY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR'],
  ...['HU', 'IE', 'IS', 'IT', 'KZ', 'LT', 'LU', 'LV', 'MD', 'NL', 'NO', 'PL', 'PT', 'RO', 'RS', 'RU'],
  ...['SE', 'SI', 'SK', 'TR', 'UA', 'US'],
];
const SCENARIO = `# pasted in a browser test
name: Web test - a Conference with exactly its quorum
treaty: est-2009
assume: { inForce: 2010-01-01, parties: osce-2009 }
events:
  - { on: 2010-03-01, act: request-consultations, by: PL, with: [RU], subject: 'an exercise near the border', id: c-1 }
  - { on: 2010-03-05, act: attend, procedure: c-1, by: [PL, RU] }
  - { on: 2010-03-06, act: close, procedure: c-1 }
  - { on: 2010-03-08, act: propose-conference, procedure: c-1, by: PL, id: conf-1 }
  - { on: 2010-03-09, act: support, procedure: conf-1, by: RU }
  - { on: 2010-03-20, act: attend, procedure: conf-1, by: [${ATTENDING.join(', ')}] }
  - { on: 2010-03-21, act: propose-decision, procedure: conf-1, by: PL, decision: notify-exercises, text: 'Parties notify large exercises 42 days ahead' }
  - { on: 2010-03-21, act: propose-decision, procedure: conf-1, by: FI, decision: hotline, text: 'A hotline between defence ministries' }
  - { on: 2010-03-22, act: object, procedure: conf-1, decision: notify-exercises, by: RU }
  - { on: 2010-03-22, act: object, procedure: conf-1, decision: hotline, by: CA }
  - { on: 2010-03-25, act: close, procedure: conf-1 }
expect:
  procedures:
    - { id: conf-1, quorum: { required: 38, present: 38, met: true } }
`;
const MALFORMED = readFileSync(join(ROOT, 'test', 'fixtures', 'malformed.scenario.yaml'), 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'est-playground-'));

before(() => {
  assert.equal(ATTENDING.length, 38);
});

const web = webSuite();

after(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** `est run FILE --json [--set ...]` on the same text, as the command line prints it. */
function cliJson(text: string, sets: readonly string[] = []): string {
  const file = join(dir, 'pasted.scenario.yaml');
  writeFileSync(file, text);
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'bin', 'est.js'), 'run', file, '--json', ...sets.flatMap((s) => ['--set', s])],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

async function paste(page: Page, text: string): Promise<void> {
  const editor = page.getByLabel(/Scenario \(YAML or JSON\)/);
  await editor.waitFor({ timeout: 20_000 });
  await editor.fill(text);
  await page.getByRole('button', { name: /^▶ Run$/ }).click();
}

/** Clicks the download button and returns the file's text and name. */
async function download(page: Page): Promise<{ text: string; name: string }> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download the outcome JSON/ }).click(),
  ]);
  const path = await d.path();
  return { text: readFileSync(path, 'utf8'), name: d.suggestedFilename() };
}

const conference = (page: Page) => page.locator('[data-procedure="conf-1"]');

describe('web: the scenario playground', () => {
  it('runs a pasted scenario and reports quorum met 38 of 56, a decision blocked by RU, a refusal citing EST 6(3)', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/playground');
    await paste(page, SCENARIO);
    await page.locator('#report-title').waitFor({ timeout: 20_000 });
    assert.equal(
      await page.locator('#report-title').textContent(),
      'Web test - a Conference with exactly its quorum',
    );

    const meter = conference(page).getByRole('meter');
    assert.equal(await meter.getAttribute('aria-valuenow'), '38');
    assert.equal(await meter.getAttribute('aria-valuemax'), '56');
    assert.equal(await meter.getAttribute('aria-valuetext'), '38 present of 56; 38 required: met');

    const blocked =
      (await conference(page).locator('li.decision[aria-label="notify-exercises"]').textContent()) ?? '';
    assert.match(blocked, /not adopted: blocked/);
    assert.match(blocked, /Blocked by:\s*Russian Federation RU/);
    const adopted = (await conference(page).locator('li.decision[aria-label="hotline"]').textContent()) ?? '';
    assert.match(adopted, /adopted/);
    assert.doesNotMatch(adopted, /not adopted/);

    const report = (await page.locator('article.report').textContent()) ?? '';
    assert.match(report, /In force since 1 January 2010/);
    assert.match(report, /Parties and signatories \(56\)/);
    assert.match(report, /Procedures \(2\)/);
    assert.match(report, /The outcome meets every expectation of the scenario/);

    const refused = page.locator('section.refused li');
    assert.equal(await refused.count(), 1);
    const refusal = (await refused.first().textContent()) ?? '';
    assert.match(refusal, /object by Canada \(conf-1\):\s*not_present \(EST 6\(3\)\)/);
    assert.match(refusal, /is not present at conf-1/);
    assert.equal(await refused.first().locator('a.cite').getAttribute('href'), '#/treaty/est.6.3');

    // The same outcome as `est run --json`, byte for byte.
    const d = await download(page);
    assert.equal(d.name, 'scenario.outcome.json');
    assert.equal(d.text, cliJson(SCENARIO));

    // In Russian: the reason, the gauge, the names.
    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.locator('html[lang="ru"]').waitFor({ timeout: 20_000 });
    assert.match((await refused.first().textContent()) ?? '', /не присутствует на conf-1/);
    assert.equal(
      await meter.getAttribute('aria-valuetext'),
      'присутствуют 38 из 56; требуется 38: кворум есть',
    );
    assert.match(
      (await conference(page).locator('li.decision[aria-label="notify-exercises"]').textContent()) ?? '',
      /Заблокировали:\s*Российская Федерация/,
    );
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('applies a --set override as the command line does, and reports the expectation it breaks', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/playground');
    await page.getByText('Options: parameters (--set) and date (--as-of)').click();
    await page.getByLabel('Parameter', { exact: true }).selectOption('conference.quorum');
    await page.getByLabel(/^Value/).fill('3/4');
    await page.getByRole('button', { name: 'Set', exact: true }).click();
    assert.match(
      (await page.locator('code.command').textContent()) ?? '',
      /--set conference\.quorum=3\/4 --json/,
    );
    await paste(page, SCENARIO);
    const meter = conference(page).getByRole('meter');
    await meter.waitFor({ timeout: 20_000 });
    assert.equal(await meter.getAttribute('aria-valuetext'), '38 present of 56; 42 required: not met');
    const report = (await page.locator('article.report').textContent()) ?? '';
    assert.match(report, /Parameters changed/);
    assert.match(report, /conference\.quorum = 3\/4/);
    assert.match(report, /differs from the expectations in 2 places/);
    const d = await download(page);
    assert.equal(d.text, cliJson(SCENARIO, ['conference.quorum=3/4']));
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('lists the issues of a malformed scenario by line and column, marks the lines, and jumps to them', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/playground');
    await paste(page, MALFORMED);
    const alert = page.locator('.issues[role="alert"]');
    await alert.waitFor({ timeout: 20_000 });
    assert.match((await alert.textContent()) ?? '', /The scenario is malformed \(4 issues\)/);
    const rows: string[][] = [];
    const trs = alert.locator('tbody tr');
    for (let i = 0; i < (await trs.count()); i += 1)
      rows.push((await trs.nth(i).locator('td').allTextContents()).slice(0, 3));
    assert.deepEqual(rows, [
      ['3', '15', 'parameters["withdrawal.noticeDayz"]'],
      ['5', '43', 'events[0].by[1]'],
      ['6', '11', 'events[1].on'],
      ['7', '28', 'events[2].act'],
    ]);
    assert.match((await alert.textContent()) ?? '', /unknown act 'sgin' \(did you mean sign\?\)/);
    const marked = await page.locator('.gutter .bad').allTextContents();
    assert.deepEqual(
      marked.map((s) => s.trim()),
      ['▶3', '▶5', '▶6', '▶7'],
    );
    assert.equal(await page.locator('article.report').count(), 0);

    // "Show line 5" selects that line in the editor.
    await page.getByRole('button', { name: 'Show line 5' }).click();
    // The tests are compiled without the DOM's types: code run in the page is a string.
    const selection = await page.evaluate(
      '(() => { const ta = document.querySelector("textarea"); return ta.value.slice(ta.selectionStart, ta.selectionEnd); })()',
    );
    assert.equal(selection, MALFORMED.split('\n')[4]);
    assert.equal(await page.evaluate('document.activeElement.tagName'), 'TEXTAREA');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('opens a scenario file, reports a quorum not met, and names the download after the file', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/playground');
    const fixture = join(ROOT, 'test', 'fixtures', 'conference.scenario.yaml');
    await page.getByLabel('Open a scenario file').setInputFiles(fixture);
    await page
      .locator('#report-title')
      .getByText('Golden fixture - a Conference one Party short of its quorum')
      .waitFor({ timeout: 20_000 });
    assert.equal(
      await conference(page).getByRole('meter').getAttribute('aria-valuetext'),
      '36 present of 56; 38 required: not met',
    );
    assert.match(
      (await conference(page).locator('li.decision[aria-label="transponders"]').textContent()) ?? '',
      /not adopted: no quorum or no vote in favour/,
    );
    assert.equal(
      await page.getByLabel(/Scenario \(YAML or JSON\)/).inputValue(),
      readFileSync(fixture, 'utf8'),
    );
    const d = await download(page);
    assert.equal(d.name, 'conference.outcome.json');
    assert.equal(d.text, cliJson(readFileSync(fixture, 'utf8')));
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('runs the bundled examples, each meeting its own expectations', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/playground', { width: 390, height: 844 });
    const scenarioName = (file: string) =>
      /^name: (.*)$/m.exec(readFileSync(join(ROOT, 'scenarios', file), 'utf8'))?.[1] ?? file;
    for (const [button, title] of [
      ['A small Conference (38 of 56)', 'A small Conference of the Parties'],
      [
        'Extraordinary Conference, attacker left out',
        scenarioName('extraordinary-attacker-excluded.scenario.yaml'),
      ],
      ['NRC 4: deployments', scenarioName('nrc-deployments.scenario.yaml')],
      ['Georgia, August 2008', scenarioName('case-georgia-2008.scenario.yaml')],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      await page.locator('#report-title').getByText(title, { exact: true }).waitFor({ timeout: 20_000 });
      assert.equal(await page.locator('.expect-ok').count(), 1, title);
      assert.equal(await page.locator('.expect-fail').count(), 0, title);
    }
    // The Extraordinary Conference example leaves the attacker's vote out, and says why.
    await page.getByRole('button', { name: 'Extraordinary Conference, attacker left out' }).click();
    const excluded = (await page.locator('[data-procedure="xc-nk"] .excluded').textContent()) ?? '';
    assert.match(excluded, /Azerbaijan AZ: carried out the armed attack: its vote is not counted/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});

/** A scenario whose `n` acts are all misspelt: exactly `n` issues, one a line. */
function misspelt(n: number): string {
  const events = Array.from(
    { length: n },
    (_, i) => `  - { on: 2010-03-${String(i + 1).padStart(2, '0')}, act: sgin, by: RU }`,
  );
  return ['name: Misspelt acts', 'treaty: est-2009', 'events:', ...events, ''].join('\n');
}

/** The text of the first element matching `selector`, or '' if there is none. */
async function textOf(page: Page, selector: string): Promise<string> {
  const el = page.locator(selector).first();
  return (await el.count()) === 0 ? '' : ((await el.textContent()) ?? '');
}

describe('web: the playground says what it shows (issue 14)', () => {
  it('adds no override for an empty value: an inline error, and no --set ending in "=" on the command line', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/playground');
    await page.locator('#scenario-text').waitFor({ timeout: 30_000 });
    await page.getByText('Options: parameters (--set) and date (--as-of)').click();
    await page.getByLabel('Parameter', { exact: true }).selectOption('withdrawal.noticeDays');
    const value = page.getByLabel(/^Value/);
    const command = page.locator('code.command');
    assert.equal(await command.textContent(), 'est run scenario.yaml --json');

    // By the button, and by Enter in the field; spaces alone are no value either.
    await page.getByRole('button', { name: 'Set', exact: true }).click();
    const problem = page.locator('.overrides .field-error[role="alert"]');
    assert.equal(
      await problem.textContent(),
      'Enter a value for withdrawal.noticeDays (null leaves it unset).',
    );
    assert.equal(await value.getAttribute('aria-invalid'), 'true');
    await value.fill('   ');
    await value.press('Enter');
    assert.match((await problem.textContent()) ?? '', /^Enter a value for withdrawal\.noticeDays/);
    assert.equal(await page.locator('.override-list li').count(), 0);
    assert.equal(await command.textContent(), 'est run scenario.yaml --json');
    assert.doesNotMatch((await command.textContent()) ?? '', /=(\s|$)/);

    // Typing clears the error; a real value is added as before.
    await value.fill('180');
    assert.equal(await problem.count(), 0);
    await page.getByRole('button', { name: 'Set', exact: true }).click();
    assert.deepEqual(await page.locator('.override-list li code').allTextContents(), [
      'withdrawal.noticeDays = 180',
    ]);
    assert.equal(await command.textContent(), 'est run scenario.yaml --set withdrawal.noticeDays=180 --json');

    // In Russian the error asks for a value too, and still nothing is added.
    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.locator('html[lang="ru"]').waitFor({ timeout: 20_000 });
    await page.getByLabel('Параметр', { exact: true }).selectOption('conference.quorum');
    await page.getByRole('button', { name: 'Задать', exact: true }).click();
    assert.equal(
      await problem.textContent(),
      'Введите значение для conference.quorum (null оставляет его незаданным).',
    );
    assert.equal(await page.locator('.override-list li').count(), 1);
    assert.equal(await command.textContent(), 'est run scenario.yaml --set withdrawal.noticeDays=180 --json');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('counts issues and acts with the right plural forms in English and Russian', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/playground');
    await page.locator('#scenario-text').waitFor({ timeout: 30_000 });
    const heading = () => textOf(page, '.issues[role="alert"] strong');
    const run = async (text: string) => {
      const editor = page.locator('#scenario-text');
      await editor.fill(text);
      await page.locator('.run-bar button.primary').click();
    };
    const expectations = [
      [1, 'The scenario is malformed (1 issue). Nothing was run.'],
      [2, 'The scenario is malformed (2 issues). Nothing was run.'],
      [21, 'The scenario is malformed (21 issues). Nothing was run.'],
    ] as const;
    for (const [n, want] of expectations) {
      await run(misspelt(n));
      await page
        .locator('.issues tbody tr')
        .nth(n - 1)
        .waitFor({ timeout: 20_000 });
      assert.equal(await heading(), want);
      assert.equal(await page.locator('.issues tbody tr').count(), n);
    }

    // One act, no procedure, no finding: singular and plural side by side.
    await run('name: One signature\ntreaty: est-2009\nevents:\n  - { on: 2010-02-01, act: sign, by: RU }\n');
    await page.locator('#report-title').waitFor({ timeout: 20_000 });
    assert.equal(
      await textOf(page, 'article.report p[role="status"]'),
      'Ran 1 act (0 refused): 0 procedures, 0 findings.',
    );

    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.locator('html[lang="ru"]').waitFor({ timeout: 20_000 });
    assert.equal(
      await textOf(page, 'article.report p[role="status"]'),
      'Прогон: 1 действие (отклонено: 0); 0 процедур, 0 выводов.',
    );
    for (const [n, form] of [
      [1, '1 замечание'],
      [2, '2 замечания'],
      [5, '5 замечаний'],
      [21, '21 замечание'],
    ] as const) {
      await run(misspelt(n));
      await page
        .locator('.issues tbody tr')
        .nth(n - 1)
        .waitFor({ timeout: 20_000 });
      assert.equal(await heading(), `Сценарий составлен с ошибками (${form}). Ничего не запущено.`);
    }
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('labels the text as edited once it differs from the example, and resets the label on loading another', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/playground');
    const label = page.locator('.editor-label .file-name');
    await label.waitFor({ timeout: 30_000 });
    assert.equal(await label.textContent(), '(untitled)');

    await page.getByRole('button', { name: 'Georgia, August 2008' }).click();
    await page.locator('#report-title').waitFor({ timeout: 20_000 });
    assert.equal(await label.textContent(), '(case-georgia-2008.scenario.yaml)');

    const editor = page.locator('#scenario-text');
    await editor.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n# my change\n');
    assert.equal(await label.textContent(), '(case-georgia-2008.scenario.yaml (edited))');
    assert.match((await page.locator('label.editor-label').textContent()) ?? '', /\(edited\)/);

    // In Russian too; loading an example resets it.
    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.locator('html[lang="ru"]').waitFor({ timeout: 20_000 });
    assert.equal(await label.textContent(), '(case-georgia-2008.scenario.yaml (изменён))');
    await page.getByRole('button', { name: 'Соглашение Россия–НАТО, ст. 4: размещение сил' }).click();
    assert.equal(await label.textContent(), '(nrc-deployments.scenario.yaml)');
    assert.equal(
      await editor.inputValue(),
      readFileSync(join(ROOT, 'scenarios', 'nrc-deployments.scenario.yaml'), 'utf8'),
    );

    // Reloading the same example after an edit resets it as well.
    await page.keyboard.press('Control+End');
    await editor.press('Control+End');
    await editor.type('# x');
    assert.equal(await label.textContent(), '(nrc-deployments.scenario.yaml (изменён))');
    await page.getByRole('button', { name: 'Соглашение Россия–НАТО, ст. 4: размещение сил' }).click();
    assert.equal(await label.textContent(), '(nrc-deployments.scenario.yaml)');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('says above the outcome that a run is a what-if, in both languages, and links terms to the glossary', async (t) => {
    if (web.skip) return t.skip(web.skip);
    const { page, errors } = await web.open('#/playground');
    await page.locator('#scenario-text').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Georgia, August 2008' }).click();
    await page.locator('#report-title').waitFor({ timeout: 20_000 });

    // The Georgia case reads correctly, as the file on disk does.
    const description = await textOf(page, 'article.report .description');
    assert.doesNotMatch(description, /Russia's fails/);
    assert.match(description, /In Russia's, the call on Georgia to withdraw .* fails for want of a quorum/);
    const file = readFileSync(join(ROOT, 'scenarios', 'case-georgia-2008.scenario.yaml'), 'utf8');
    assert.doesNotMatch(file, /Russia's fails/);

    const note = page.locator('article.report .what-if');
    assert.match((await note.textContent()) ?? '', /^What-if: a scenario, not the record\./);
    assert.equal(await note.getAttribute('role'), 'note');
    // First in the report, above its title and the treaty's status: a screenshot of the outcome takes it.
    const box = (selector: string) =>
      page.evaluate<{ top: number; bottom: number }>(
        `(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; })()`,
      );
    const noteBox = await box('article.report .what-if');
    const titleBox = await box('#report-title');
    assert.ok(noteBox.bottom <= titleBox.top, `${JSON.stringify(noteBox)} above ${JSON.stringify(titleBox)}`);
    assert.ok(titleBox.top - noteBox.bottom < 100, 'the note sits next to the outcome');

    // Terms of art link to the glossary.
    assert.equal(await page.locator('.playground > p a.term').getAttribute('href'), '#/glossary/depositary');
    const counted = page.locator('article.report a.term[href="#/glossary/counted-instruments"]');
    assert.equal(await counted.textContent(), 'Counted instruments deposited since');
    // The case assumes entry into force: no instrument counted, and the report says why.
    assert.match(
      await textOf(page, 'article.report p.treaty-status'),
      /^In force since 1 January 2008, as the scenario assumes \(assume: inForce\): no instrument had to be deposited\. Counted instruments deposited since: 0\.$/,
    );

    await page.getByRole('button', { name: 'Switch the language to Russian' }).click();
    await page.locator('html[lang="ru"]').waitFor({ timeout: 20_000 });
    assert.match((await note.textContent()) ?? '', /^Что если: сценарий, а не история\./);
    assert.match((await note.textContent()) ?? '', /проект никем не подписан и нигде не действует/);
    assert.equal(await counted.textContent(), 'Учтено документов, сданных с тех пор');
    assert.equal(await page.locator('.playground > p a.term').textContent(), 'депозитарию');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
