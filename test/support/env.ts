/**
 * @module What the tests need from outside, read in one place: the PostgreSQL server, and the
 * stand-ins for node:test's `describe`, `it` and hooks that list a test one by one as skipped when
 * the server is missing, instead of one placeholder for them all.
 */
import * as nodeTest from 'node:test';

/** DATABASE_URL, or undefined when it is unset or empty (`DATABASE_URL=` unsets it, as in the app). */
export function databaseUrl(): string | undefined {
  const url = process.env['DATABASE_URL'];
  return url === undefined || url === '' ? undefined : url;
}

/** Why a PostgreSQL test is skipped (scripts/test.js fails a CI run that skips for it with DATABASE_URL set). */
export const NO_DATABASE =
  'DATABASE_URL is not set: this PostgreSQL test needs a server (e.g. postgres://postgres@127.0.0.1:5432/test)';

type Fn = (...args: never[]) => unknown;

/** The parts of node:test a gated suite is written with. */
export interface TestApi {
  describe: (name: string, fn: () => void) => void;
  it: (name: string, fn: Fn) => void;
  before: (fn: Fn) => void;
  after: (fn: Fn) => void;
  beforeEach: (fn: Fn) => void;
  afterEach: (fn: Fn) => void;
}

/** node:test itself. */
export const RUN: TestApi = {
  describe: (name, fn) => void nodeTest.describe(name, fn),
  it: (name, fn) => void nodeTest.it(name, fn as nodeTest.TestFn),
  before: (fn) => nodeTest.before(fn as nodeTest.HookFn),
  after: (fn) => nodeTest.after(fn as nodeTest.HookFn),
  beforeEach: (fn) => nodeTest.beforeEach(fn as nodeTest.HookFn),
  afterEach: (fn) => nodeTest.afterEach(fn as nodeTest.HookFn),
};

/**
 * node:test, or, when `skip` gives a reason, a stand-in that still declares every suite and test
 * (each test reported as skipped with the reason) and runs no hook and no test body.
 */
export function gate(skip: string | undefined): TestApi {
  if (skip === undefined) return RUN;
  const none = (): void => undefined;
  return {
    describe: (name, fn) => void nodeTest.describe(name, fn),
    it: (name) => void nodeTest.it(name, { skip }, none),
    before: none,
    after: none,
    beforeEach: none,
    afterEach: none,
  };
}

/** The test API of PostgreSQL tests: node:test when DATABASE_URL is set, else each test skipped. */
export const pgTests = (): TestApi => gate(databaseUrl() === undefined ? NO_DATABASE : undefined);
