// Types of scripts/test-report.js, for the TypeScript tests that import it.

/** One test or suite as the reporter writes it. */
export interface TestRecord {
  path: string[];
  file: string;
  status: 'pass' | 'fail';
  suite: boolean;
  skip?: string;
  todo?: string;
  failureType?: string;
}

export interface Skip {
  file: string;
  name: string;
  reason: string;
}

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  todo: number;
  skips: Skip[];
}

/** An event of node:test's reporter stream, as far as the reporter reads it. */
export interface TestEvent {
  type: string;
  data: {
    name?: string;
    nesting?: number;
    file?: string;
    skip?: string | boolean;
    todo?: string | boolean;
    details?: { type?: string; error?: { failureType?: string } };
  };
}

export default function testReport(source: AsyncIterable<TestEvent>): AsyncGenerator<string>;
export function parseRecords(text: string): TestRecord[];
export function tally(records: readonly TestRecord[]): Tally;
export function suiteLine(name: string, t: Tally): string;
export function skipLines(skips: readonly Skip[], root: string): string[];
export function finalLine(skipped: number): string;
export function databaseUrlSet(env: NodeJS.ProcessEnv): boolean;
export function chromiumPresent(env: NodeJS.ProcessEnv): boolean;
export function unexcusedSkips(
  skips: readonly Skip[],
  present: { database: boolean; chromium: boolean },
): Skip[];
