/**
 * Golden tests of the `est` command: each case runs the real command in a child process and compares
 * its stdout, stderr and exit status with test/golden/<case>.out. After a deliberate change of
 * output, regenerate with `UPDATE_GOLDEN=1 npm run test:e2e` and review the diff.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PARAMETERS, PARAMETER_IDS } from '../src/treaty/parameters/index.ts';
import type { Parameter } from '../src/treaty/parameters/index.ts';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'est.js');

const CASES: Readonly<Record<string, readonly string[]>> = {
  'run-report': ['run', 'test/fixtures/conference.scenario.yaml'],
  'run-json': ['run', 'test/fixtures/conference.scenario.yaml', '--json'],
  'run-set-as-of': [
    'run',
    'test/fixtures/conference.scenario.yaml',
    '--set',
    'conference.quorum=1/2',
    '--as-of',
    '2012-02-21',
  ],
  'run-malformed': ['run', 'test/fixtures/malformed.scenario.yaml'],
  'run-missing-file': ['run', 'test/fixtures/no-such.scenario.yaml'],
  'run-bad-set': ['run', 'test/fixtures/conference.scenario.yaml', '--set', 'conference.quorum=0.66'],
  check: ['check', 'test/fixtures/check'],
  'treaty-8-3-ru': ['treaty', 'EST 8(3)', '--lang', 'ru'],
  'treaty-params': ['treaty', 'params'],
  'treaty-params-ru': ['treaty', 'params', '--lang', 'ru'],
  'parties-csto-2013': ['parties', '--bloc', 'CSTO', '--as-of', '2013-01-01'],
  'parties-cis-2009': ['parties', '--bloc', 'CIS'],
  'parties-cis-2009-ru': ['parties', '--bloc', 'CIS', '--lang', 'ru'],
  'compare-georgia': ['compare', 'scenarios/case-georgia-2008.scenario.yaml'],
  'compare-georgia-unanimity': [
    'compare',
    'scenarios/case-georgia-2008.scenario.yaml',
    '--regime',
    'est',
    '--variant',
    'extraordinary.abstentionBlocks=true',
  ],
  'compare-bad-regime': ['compare', 'scenarios/case-georgia-2008.scenario.yaml', '--regime', 'warsaw-pact'],
  'compare-treaty-nrc-nra': ['compare', '--treaty', 'nrc-2009', '--treaty', 'nra-2021'],
  'compare-treaty-est-nra-ru': ['compare', '--treaty', 'est-2009', '--treaty', 'nra-2021', '--lang', 'ru'],
  'compare-treaty-and-scenario': [
    'compare',
    'scenarios/case-georgia-2008.scenario.yaml',
    '--treaty',
    'nrc-2009',
    '--treaty',
    'nra-2021',
  ],
  'analyze-force-limits-2017': [
    'analyze',
    'force-limits',
    '--reading',
    'nrc-2010',
    '--reading',
    'nra-2021',
    '--as-of',
    '2017-12-31',
  ],
  help: ['--help'],
  'run-help': ['run', '--help'],
};

function invoke(args: readonly string[]): string {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return `$ est ${args.map((a) => (/[\s()]/.test(a) ? `'${a}'` : a)).join(' ')}\n--- exit ${r.status ?? 'signal'}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}

describe('the est command', () => {
  for (const [name, args] of Object.entries(CASES)) {
    it(`prints what test/golden/${name}.out records for: est ${args.join(' ')}`, () => {
      const file = join(root, 'test', 'golden', `${name}.out`);
      const actual = invoke(args);
      if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
      assert.equal(actual, readFileSync(file, 'utf8'));
    });
  }
});

/** The stdout of `est ARGS`, which must succeed. */
function stdout(args: readonly string[]): string {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/**
 * The cells of a table laid out in columns: each row cut at the columns its header's words start
 * at. A cell that ran into the next (`participatingyes`) has no blank before the next column.
 */
function cells(lines: readonly string[], head: string, names: readonly string[]): string[][] {
  const starts = names.map((n) => head.indexOf(n));
  assert.ok(
    starts.every((s, i) => s >= 0 && (i === 0 || s > (starts[i - 1] ?? 0))),
    `columns ${names.join(', ')} in ${head}`,
  );
  return lines.map((line) =>
    starts.map((s, i) => {
      const end = starts[i + 1] ?? line.length;
      if (i + 1 < starts.length)
        assert.match(line.slice(end - 2, end), /^ {2}$/, `no blank before column ${i + 1} in: ${line}`);
      return line.slice(s, end).trim();
    }),
  );
}

describe('est treaty params --lang ru', () => {
  const out = stdout(['treaty', 'params', '--lang', 'ru']);
  const lines = out.split('\n');

  it('gives every value its Russian note, with its source ids', () => {
    for (const p of Object.values(PARAMETERS) as Parameter[])
      for (const v of p.values) {
        assert.ok(out.includes(`(${v.referenceRu})`), `${p.id}: the Russian note is missing`);
        assert.ok(!out.includes(v.reference) || v.reference === v.referenceRu, `${p.id}: an English note`);
      }
    assert.match(out, /\(S28: Д\. Рогозин устно заявил/);
  });

  it('heads its columns in Russian and names each basis in Russian, never in English', () => {
    const headAt = lines.findIndex((l) => l.startsWith('параметр'));
    assert.equal(headAt, 0);
    const head = lines[0] ?? '';
    const names = ['параметр', 'положение', 'увер.', 'основание', 'значение'];
    const rows = cells(lines.slice(1, 1 + PARAMETER_IDS.length), head, names);
    assert.equal(rows.length, PARAMETER_IDS.length);
    for (const [id, cite, , basis] of rows) {
      assert.ok(['текст', 'пропуск в тексте', 'толкование'].includes(basis ?? ''), `${id}: basis ${basis}`);
      assert.doesNotMatch(cite ?? '', /[A-Za-z]/, `${id}: citation ${cite}`);
    }
    const byId = new Map(rows.map((r) => [r[0], r]));
    assert.deepEqual(byId.get('withdrawal.noticeDays')?.slice(1), [
      'ДЕБ, ст. 13',
      'R-m',
      'пропуск в тексте',
      '90',
    ]);
    assert.deepEqual(byId.get('extraordinary.quorum')?.slice(1), ['ДЕБ, ст. 8, п. 3', 'C', 'текст', '4/5']);
    assert.equal(byId.get('nrc.entryIntoForce.instruments')?.[4], 'не задано');
  });

  it('keeps the English output in English', () => {
    const en = stdout(['treaty', 'params']);
    assert.match(en, /^parameter +cite +conf\. +basis +value$/m);
    assert.match(en, /^withdrawal\.noticeDays +EST 13 +R-m +blank +90$/m);
    assert.doesNotMatch(en, /[\u0400-\u04FF]/);
  });

  it('finds a provision by its Russian citation, and shows it with that citation', () => {
    const ru = stdout(['treaty', 'ДЕБ, ст. 8, п. 3', '--lang', 'ru']);
    assert.match(ru, /^ДЕБ, ст\. 8, п\. 3 {2}Кворум и принятие решений/);
    assert.match(ru, /Параметр extraordinary\.quorum = 4\/5 \(текст\)/);
    assert.match(ru, /Параметр extraordinary\.excludeAttacker = true \(толкование\)/);
  });
});

describe('est parties', () => {
  const BLOCS = ['NATO', 'EU', 'CSTO', 'CIS', 'OSCE'];

  it('lays its table out in columns with blanks between them, a word in every cell', () => {
    const lines = stdout(['parties']).split('\n');
    const headAt = lines.findIndex((l) => /^ {2}id +name +NATO/.test(l));
    const end = lines.indexOf('', headAt);
    const rows = cells(lines.slice(headAt + 1, end), lines[headAt] ?? '', ['id', 'name', ...BLOCS]);
    assert.equal(rows.length, 57);
    const ua = rows.find((r) => r[0] === 'UA');
    assert.deepEqual(ua, ['UA', 'Ukraine', 'no', 'no', 'no', 'participating', 'yes']);
    for (const r of rows)
      for (const c of r.slice(2)) assert.ok(['yes', 'no', 'associate', 'participating'].includes(c), c);
  });

  it('speaks Russian with --lang ru: names, headings, да/нет and the legend', () => {
    const out = stdout(['parties', '--lang', 'ru']);
    const lines = out.split('\n');
    assert.equal(lines[0], 'Государства на 2009-11-29 (57)');
    const headAt = lines.findIndex((l) => /^ {2}код +название +НАТО/.test(l));
    assert.ok(headAt > 0, out);
    const rows = cells(lines.slice(headAt + 1, lines.indexOf('', headAt)), lines[headAt] ?? '', [
      'код',
      'название',
      'НАТО',
      'ЕС',
      'ОДКБ',
      'СНГ',
      'ОБСЕ',
    ]);
    assert.deepEqual(
      rows.find((r) => r[0] === 'UA'),
      ['UA', 'Украина', 'нет', 'нет', 'нет', 'участвующее', 'да'],
    );
    assert.deepEqual(
      rows.find((r) => r[0] === 'TM'),
      ['TM', 'Туркмения', 'нет', 'нет', 'нет', 'ассоциированный', 'да'],
    );
    assert.match(out, /^ {2}участвующее: государство, ратифицировавшее Соглашение о создании СНГ/m);
    assert.match(out, /^Организации \(ДЕБ, ст\. 10\)$/m);
    assert.doesNotMatch(out, /\b(yes|no|participating|associate|States|Organizations|Presets)\b/);
  });

  it('counts with Russian plural forms, and takes a bloc by its Russian abbreviation', () => {
    const cis = stdout(['parties', '--bloc', 'СНГ', '--lang', 'ru']).split('\n')[0];
    assert.equal(
      cis,
      'СНГ на 2009-11-29: 11 государств (9 членов, 1 ассоциированный член и 1 участвующее государство)',
    );
    assert.equal(
      stdout(['parties', '--bloc', 'CSTO', '--as-of', '2013-01-01', '--lang', 'ru']).split('\n')[0],
      'Члены ОДКБ на 2013-01-01 (6)',
    );
  });

  it('says in --help that --lang ru gives Russian', () => {
    assert.match(stdout(['parties', '--help']), /--lang <lang> +en or ru: names, headings, yes\/no/);
  });
});

describe('output into a pipe that closes early (est ... | head)', () => {
  it('ends quietly with the command’s status, never a stack trace', async () => {
    const child = spawn(process.execPath, [bin, 'treaty', 'params'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    // Close our end before anything is read, as `head` does once it has had its lines.
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|\n\s+at /);
  });
});

describe('est treaty --treaty for the drafts of December 2021', () => {
  it('lists the nine articles of the agreement with NATO as JSON, and no other treaty', () => {
    const nodes = JSON.parse(stdout(['treaty', '--treaty', 'nra-2021', '--json'])) as {
      id: string;
      treaty: string;
      parent: string | null;
    }[];
    assert.ok(nodes.every((p) => p.treaty === 'nra-2021'));
    assert.equal(nodes.filter((p) => p.parent === null && /^nra\.\d+$/.test(p.id)).length, 9);
  });

  it('lists the eight articles of the treaty with the United States as JSON', () => {
    const nodes = JSON.parse(stdout(['treaty', '--treaty', 'rus-us-2021', '--json'])) as {
      id: string;
      parent: string | null;
    }[];
    assert.equal(nodes.filter((p) => p.parent === null && /^rus-us\.\d+$/.test(p.id)).length, 8);
  });

  it('shows each draft under its title, in English and in Russian', () => {
    assert.match(stdout(['treaty', '--treaty', 'nra-2021']), /NRA 9 .*Final clauses/);
    assert.match(stdout(['treaty', '--treaty', 'rus-us-2021', '--lang', 'ru']), /Договор Россия–США, ст\. 8/);
  });
});

describe('est compare --treaty', () => {
  it('gives the comparison as JSON: NRA 4 binding Russia and the 16 of 1997, and NRC 4 widened into it', () => {
    const cmp = JSON.parse(stdout(['compare', '--treaty', 'nrc-2009', '--treaty', 'nra-2021', '--json'])) as {
      drafts: { id: string }[];
      themes: { id: string; entries: { treaty: string; clauses: { binds: { members: string[] } }[] }[] }[];
      correspondence: { rows: { kind: string; from: { id: string }[]; to: { id: string }[] }[] } | null;
    };
    assert.deepEqual(
      cmp.drafts.map((d) => d.id),
      ['nrc-2009', 'nra-2021'],
    );
    const forces = cmp.themes.find((t) => t.id === 'forces')?.entries.find((e) => e.treaty === 'nra-2021');
    const bound = forces?.clauses[0]?.binds.members ?? [];
    assert.equal(bound.length, 17);
    assert.ok(bound.includes('RU') && bound.includes('US') && !bound.includes('PL'));
    const row = cmp.correspondence?.rows.find((r) => r.from.some((p) => p.id === 'nrc.4'));
    assert.equal(row?.kind, 'widened');
    assert.ok(row?.to.some((p) => p.id === 'nra.4'));
  });

  it('leaves out the article-by-article part unless both NATO-Russia drafts are compared', () => {
    const out = stdout(['compare', '--treaty', 'est-2009', '--treaty', 'rus-us-2021']);
    assert.match(out, /^2009 and 2021: EST 2009 and RUS-US 2021, by theme/);
    assert.doesNotMatch(out, /article by article/);
  });
});

/** The exit status and stderr of `est ARGS`, which must fail. */
function failure(args: readonly string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

describe('--treaty, the same way in every command that takes one', () => {
  it('an unknown id names the treaties est knows; a known one a command cannot take names those it can', () => {
    const all = 'est-2009, nrc-2009, nat-1949, un-1945, osce-1992, nra-2021, rus-us-2021';
    for (const args of [
      ['treaty', '--treaty', 'nra-2020'],
      ['treaty', 'params', '--treaty', 'nra-2020'],
      ['parties', '--treaty', 'nra-2020'],
      ['check', 'test/fixtures/check', '--treaty', 'nra-2020'],
      ['analyze', 'force-limits', '--treaty', 'nra-2020'],
    ]) {
      const r = failure(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(
        r.stderr,
        `est: --treaty nra-2020: unknown treaty (did you mean nra-2021?); est knows ${all}\n`,
      );
    }
    const regime = failure(['parties', '--treaty', 'un-1945']);
    assert.equal(regime.status, 2);
    assert.equal(
      regime.stderr,
      'est: --treaty un-1945: est parties works on est-2009, nrc-2009, nra-2021 or rus-us-2021 only\n',
    );
  });

  it('est parties --treaty: who may sign the draft, on the day of its text unless --as-of says otherwise', () => {
    // NRA 9: Russia and the NATO member States; the parameter takes the members of 17 December 2021.
    const json = JSON.parse(stdout(['parties', '--treaty', 'nra-2021', '--json'])) as {
      asOf: string;
      treaty: string;
      eligibility: { parameter: string; who: string[] };
      states: { id: string; maySign: boolean }[];
    };
    assert.equal(json.asOf, '2021-12-17');
    assert.equal(json.eligibility.parameter, 'nra.signature.eligible');
    const nato = JSON.parse(stdout(['parties', '--bloc', 'NATO', '--as-of', '2021-12-17', '--json'])) as {
      states: { id: string; blocs: { NATO: string } }[];
    };
    const members = nato.states.filter((s) => s.blocs.NATO === 'yes').map((s) => s.id);
    assert.deepEqual(json.eligibility.who, [...members, 'RU'].sort());
    assert.deepEqual(
      json.states.filter((s) => s.maySign).map((s) => s.id),
      json.eligibility.who,
    );
    // RUS-US 8: two States, in Russian too, with a column of its own.
    const ru = stdout(['parties', '--treaty', 'rus-us-2021', '--lang', 'ru']).split('\n');
    assert.match(ru[1] ?? '', /^Кто может подписать rus-us-2021 \(.*\): 2 государства$/);
    const headAt = ru.findIndex((l) => /^ {2}код +название/.test(l));
    const rows = cells(ru.slice(headAt + 1, ru.indexOf('', headAt)), ru[headAt] ?? '', [
      'код',
      'название',
      'может подписать',
    ]);
    assert.deepEqual(
      rows.filter((r) => r[2] === 'да').map((r) => r[0]),
      ['RU', 'US'],
    );
    // Without --treaty, no such column.
    assert.doesNotMatch(stdout(['parties']), /may sign/);
  });

  it('est check --treaty runs only the scenarios of that treaty', () => {
    const out = stdout(['check', 'scenarios', '--treaty', 'nra-2021']);
    const ran = out.split('\n').filter((l) => /^(ok|FAIL) /.test(l));
    assert.ok(ran.length > 0);
    for (const line of ran) assert.match(line, /nra/, line);
    assert.match(out, /\d+ of other treaties skipped\n$/);
    const none = failure(['check', 'test/fixtures/check', '--treaty', 'rus-us-2021']);
    assert.equal(none.status, 2);
    assert.match(
      none.stderr,
      /^est: no scenario of rus-us-2021 in test\/fixtures\/check \(2 of other treaties\)\n$/,
    );
  });
});
