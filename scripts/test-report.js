// What a run of the tests passed, failed and skipped, and why each skip. Two halves:
// - the default export is a node:test reporter (`--test-reporter=./scripts/test-report.js`) that
//   writes one JSON line per test or suite: its path of names, file, outcome, and skip or todo reason;
// - the other exports read those lines back and word the summary scripts/test.js prints, and find the
//   skips that CI may not accept (their prerequisite is present, so the test should have run).
import { existsSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';

/**
 * node:test reporter. Results arrive children first (a suite ends after its tests), so each result
 * waits in `open[depth]` of its file until its parent ends and prefixes its name.
 */
export default async function* testReport(source) {
  const records = [];
  const open = new Map();
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const d = event.data;
    const depth = d.nesting ?? 0;
    const file = d.file ?? '';
    if (!open.has(file)) open.set(file, []);
    const levels = open.get(file);
    const record = {
      path: [d.name],
      file,
      status: event.type === 'test:pass' ? 'pass' : 'fail',
      suite: d.details?.type === 'suite',
    };
    if (d.skip !== undefined && d.skip !== false) record.skip = d.skip === true ? '' : String(d.skip);
    if (d.todo !== undefined && d.todo !== false) record.todo = d.todo === true ? '' : String(d.todo);
    const failureType = d.details?.error?.failureType;
    if (failureType !== undefined) record.failureType = failureType;
    const children = levels[depth + 1] ?? [];
    for (const c of children) c.path.unshift(d.name);
    levels[depth + 1] = [];
    levels[depth] = [...(levels[depth] ?? []), record, ...children];
    records.push(record);
  }
  for (const r of records) yield `${JSON.stringify(r)}\n`;
}

/** The records written by the reporter, from the text of its file (a line that is not JSON is left). */
export function parseRecords(text) {
  const out = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      out.push(JSON.parse(line));
    } catch {
      // a line cut short by a killed run: the counts then come out low, and the exit status tells
    }
  }
  return out;
}

/**
 * Counts of a run. A skipped suite counts as one skip (node:test does not list the tests it holds);
 * a suite that failed only because a test in it failed is not counted again.
 */
export function tally(records) {
  const t = { passed: 0, failed: 0, skipped: 0, todo: 0, skips: [] };
  for (const r of records) {
    if (r.skip !== undefined) {
      t.skipped += 1;
      t.skips.push({ file: r.file, name: r.path.join(' > '), reason: r.skip });
    } else if (r.todo !== undefined) t.todo += 1;
    else if (r.status === 'fail') {
      if (!r.suite || r.failureType !== 'subtestsFailed') t.failed += 1;
    } else if (!r.suite) t.passed += 1;
  }
  return t;
}

/** `unit: 2181 passed, 0 failed, 3 skipped` (and the todo tests, when there are any). */
export function suiteLine(name, t) {
  const todo = t.todo > 0 ? `, ${t.todo} todo` : '';
  return `${name}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped${todo}`;
}

/**
 * Every skip under its reason, the reasons in the order first met. A test's file is shown when
 * node:test gives it; for a test declared by a shared contract or helper it names that module, not
 * the test file, and is left out (the suite names say which backend).
 */
export function skipLines(skips, root) {
  const byReason = new Map();
  for (const s of skips) {
    const reason = s.reason === '' ? '(no reason given)' : s.reason;
    const where = s.file.endsWith('.test.ts') ? `${relative(root, s.file)}: ` : '';
    byReason.set(reason, [...(byReason.get(reason) ?? []), `    - ${where}${s.name}`]);
  }
  return [...byReason].flatMap(([reason, tests]) => [`  skipped: ${reason}`, ...tests]);
}

/** The last line of a run: a run with skips has not passed every check, and says so. */
export function finalLine(skipped) {
  if (skipped === 0) return 'all checks passed';
  return `passed, with ${skipped} ${skipped === 1 ? 'test' : 'tests'} skipped (see above)`;
}

/** DATABASE_URL as the tests read it: the empty string counts as unset. */
export function databaseUrlSet(env) {
  return (env['DATABASE_URL'] ?? '') !== '';
}

/** Whether a Chromium is at hand: CHROMIUM_PATH names a file, or `chromium` is on the PATH. */
export function chromiumPresent(env) {
  const named = env['CHROMIUM_PATH'];
  if (named !== undefined && named !== '') return existsSync(named);
  return (env['PATH'] ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, 'chromium')));
}

/**
 * The skips CI does not accept: the reason names a prerequisite (DATABASE_URL, Chromium) that is
 * present, so the test should have run. `present` says which prerequisites are.
 */
export function unexcusedSkips(skips, present) {
  return skips.filter(
    (s) =>
      (present.database && /DATABASE_URL/.test(s.reason)) || (present.chromium && /chromium/i.test(s.reason)),
  );
}
