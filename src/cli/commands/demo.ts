/** @module `est demo` (what `npm start` runs until the service exists): the report of the demo scenario. */
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { run } from '../../engine/run.ts';
import { toRunInput } from '../../scenario/index.ts';
import { loadOrFail } from '../io.ts';
import { report } from '../report.ts';

export const DEMO_SCENARIO = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'scenarios',
  'case-georgia-2008.scenario.yaml',
);

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('print the report of the demo scenario (the August 2008 war, had the EST been in force)')
    .action(() => {
      const scenario = loadOrFail(DEMO_SCENARIO);
      const { outcome } = run(toRunInput(scenario));
      const file = relative(process.cwd(), DEMO_SCENARIO);
      process.stdout.write(
        report(outcome, {
          overrides: scenario.overrides,
          ...(scenario.assume ? { assumedInForce: scenario.assume.inForce } : {}),
        }),
      );
      process.stdout.write(
        `\nScenario: ${file}. Try: npx est run ${file} --json, npx est treaty, npx est --help\n`,
      );
    });
}
