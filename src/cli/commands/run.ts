/** @module `est run FILE`: run a scenario and print its report or its outcome JSON. */
import type { Command } from 'commander';
import { run } from '../../engine/run.ts';
import { toRunInput } from '../../scenario/index.ts';
import { collect, loadOrFail, parseAsOf, parseSets } from '../io.ts';
import { report } from '../report.ts';

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('run a scenario and report the outcome')
    .argument('<file>', 'a *.scenario.yaml or .json file')
    .option('--json', 'print the outcome JSON (shared contract) instead of the report')
    .option('--set <id=value>', 'override a parameter (repeatable); see est treaty params', collect, [])
    .option('--as-of <date>', 'report the state on this day (default: the date of the last act)')
    .addHelpText(
      'after',
      '\nExamples:\n  est run scenarios/case-georgia-2008.scenario.yaml\n  est run my.scenario.yaml --set withdrawal.noticeDays=180 --json\n  est run my.scenario.yaml --as-of 2010-06-01',
    )
    .action((file: string, opts: { json?: boolean; set: string[]; asOf?: string }) => {
      const overrides = parseSets(opts.set);
      const asOf = parseAsOf(opts.asOf);
      const scenario = loadOrFail(file);
      const result = run(toRunInput(scenario, overrides), asOf ? { asOf } : {});
      const merged = { ...scenario.overrides, ...overrides };
      // A scenario's acts are assumed: its outcome says so in every output (`mode`, as a log's does).
      const { scenario: name, ...rest } = result.outcome;
      const outcome = { scenario: name, mode: 'exercise' as const, ...rest };
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(outcome, null, 2)}\n`
          : report(result.outcome, {
              overrides: merged,
              ...(scenario.assume ? { assumedInForce: scenario.assume.inForce } : {}),
            }),
      );
    });
}
