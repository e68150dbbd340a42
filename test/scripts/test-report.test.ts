// The runner's report (scripts/test-report.js): names built from node:test's events, counts, the
// skips listed with their reasons, the last line, and the skips CI refuses.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { TestEvent } from '../../scripts/test-report.js';
import testReport, {
  databaseUrlSet,
  finalLine,
  parseRecords,
  skipLines,
  suiteLine,
  tally,
  unexcusedSkips,
} from '../../scripts/test-report.js';

const A = '/repo/test/store/postgres.int.test.ts';
const B = '/repo/src/b.test.ts';

// Events as node 20's runner gives them for two files: a suite of skipped tests (one per test, as
// the PostgreSQL tests skip), a skipped suite, a todo, a nested pass, a failure and a dynamic skip.
const EVENTS: TestEvent[] = [
  { type: 'test:start', data: { name: 'the PostgreSQL event log', nesting: 0, file: A } },
  { type: 'test:pass', data: { name: 'starts empty', nesting: 1, file: A, skip: 'DATABASE_URL is not set' } },
  {
    type: 'test:pass',
    data: { name: 'keeps settings', nesting: 1, file: A, skip: 'DATABASE_URL is not set' },
  },
  {
    type: 'test:pass',
    data: { name: 'the PostgreSQL event log', nesting: 0, file: A, details: { type: 'suite' } },
  },
  {
    type: 'test:pass',
    data: { name: 'old suite', nesting: 0, file: A, skip: 'no server', details: { type: 'suite' } },
  },
  { type: 'test:pass', data: { name: 'later', nesting: 0, file: B, todo: 'not yet' } },
  { type: 'test:pass', data: { name: 'deep # one', nesting: 2, file: B } },
  {
    type: 'test:fail',
    data: { name: 'breaks', nesting: 2, file: B, details: { error: { failureType: 'testCodeFailure' } } },
  },
  {
    type: 'test:pass',
    data: { name: 'browser', nesting: 2, file: B, skip: 'Chromium is not installed at /usr/bin/chromium' },
  },
  {
    type: 'test:fail',
    data: {
      name: 'inner',
      nesting: 1,
      file: B,
      details: { type: 'suite', error: { failureType: 'subtestsFailed' } },
    },
  },
  {
    type: 'test:fail',
    data: {
      name: 'outer',
      nesting: 0,
      file: B,
      details: { type: 'suite', error: { failureType: 'subtestsFailed' } },
    },
  },
  { type: 'test:pass', data: { name: 'bare skip', nesting: 0, file: B, skip: true } },
  { type: 'test:diagnostic', data: { name: 'tests 8' } },
];

async function records() {
  async function* source() {
    await Promise.resolve();
    yield* EVENTS;
  }
  let text = '';
  for await (const line of testReport(source())) text += line;
  return parseRecords(`${text}{"cut sh`);
}

describe('the test report', () => {
  it('names each test by its suites, and keeps its file and skip reason', async () => {
    const r = await records();
    assert.deepEqual(
      r.map((x) => [x.path.join(' > '), x.skip ?? null]),
      [
        ['the PostgreSQL event log > starts empty', 'DATABASE_URL is not set'],
        ['the PostgreSQL event log > keeps settings', 'DATABASE_URL is not set'],
        ['the PostgreSQL event log', null],
        ['old suite', 'no server'],
        ['later', null],
        ['outer > inner > deep # one', null],
        ['outer > inner > breaks', null],
        ['outer > inner > browser', 'Chromium is not installed at /usr/bin/chromium'],
        ['outer > inner', null],
        ['outer', null],
        ['bare skip', ''],
      ],
    );
    assert.equal(r[0]?.file, A);
  });

  it('counts tests, not suites; a skipped suite is one skip; a suite failing by its tests is not a failure', async () => {
    const t = tally(await records());
    assert.deepEqual(
      { passed: t.passed, failed: t.failed, skipped: t.skipped, todo: t.todo },
      { passed: 1, failed: 1, skipped: 5, todo: 1 },
    );
    assert.equal(suiteLine('int', t), 'int: 1 passed, 1 failed, 5 skipped, 1 todo');
    assert.equal(suiteLine('unit', { ...t, todo: 0 }), 'unit: 1 passed, 1 failed, 5 skipped');
  });

  it('counts a suite whose hook failed as a failure', () => {
    const t = tally([{ path: ['s'], file: B, status: 'fail', suite: true, failureType: 'hookFailed' }]);
    assert.equal(t.failed, 1);
  });

  it('lists every skip under its reason, with its test file when node:test gives one', async () => {
    const skips = tally(await records()).skips;
    assert.deepEqual(skipLines([...skips, { ...skips[0]!, file: '/repo/test/support/env.ts' }], '/repo'), [
      '  skipped: DATABASE_URL is not set',
      '    - test/store/postgres.int.test.ts: the PostgreSQL event log > starts empty',
      '    - test/store/postgres.int.test.ts: the PostgreSQL event log > keeps settings',
      '    - the PostgreSQL event log > starts empty',
      '  skipped: no server',
      '    - test/store/postgres.int.test.ts: old suite',
      '  skipped: Chromium is not installed at /usr/bin/chromium',
      '    - src/b.test.ts: outer > inner > browser',
      '  skipped: (no reason given)',
      '    - src/b.test.ts: bare skip',
    ]);
  });

  it('reads DATABASE_URL= as unset', () => {
    assert.equal(databaseUrlSet({ DATABASE_URL: '' }), false);
    assert.equal(databaseUrlSet({}), false);
    assert.equal(databaseUrlSet({ DATABASE_URL: 'postgres://h/db' }), true);
  });

  it('says "all checks passed" only when nothing was skipped', () => {
    assert.equal(finalLine(0), 'all checks passed');
    assert.equal(finalLine(1), 'passed, with 1 test skipped (see above)');
    assert.equal(finalLine(3), 'passed, with 3 tests skipped (see above)');
  });

  it('refuses in CI the skips whose prerequisite is present, and only those', async () => {
    const skips = tally(await records()).skips;
    const names = (present: { database: boolean; chromium: boolean }) =>
      unexcusedSkips(skips, present).map((s) => s.name);
    assert.deepEqual(names({ database: false, chromium: false }), []);
    assert.deepEqual(names({ database: true, chromium: false }), [
      'the PostgreSQL event log > starts empty',
      'the PostgreSQL event log > keeps settings',
    ]);
    assert.deepEqual(names({ database: false, chromium: true }), ['outer > inner > browser']);
  });
});
