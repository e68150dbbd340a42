/**
 * @module `est check FILE|DIR`: run scenarios and compare each outcome with its `expect:` block;
 * `--treaty` runs only the scenarios of one treaty.
 */
import type { Command } from 'commander';
import { run } from '../../engine/run.ts';
import { compareExpect, formatIssue, toRunInput } from '../../scenario/index.ts';
import { TREATY_IDS } from '../../treaty/common.ts';
import { CliError, loadScenarioFile, parseTreatyOption, scenarioFiles } from '../io.ts';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('run scenarios and compare their outcomes with their expect: blocks')
    .argument('<paths...>', 'scenario files, or folders searched for *.scenario.yaml|json')
    .option('--treaty <id>', `only the scenarios of this treaty: ${TREATY_IDS.join(', ')}`)
    .addHelpText(
      'after',
      '\nExit status: 0 when every expectation holds, 1 when any differs, 2 when a file is malformed.\n\nExamples:\n  est check scenarios/\n  est check scenarios/ --treaty nra-2021',
    )
    .action((paths: string[], opts: { treaty?: string }) => {
      const only =
        opts.treaty === undefined ? undefined : parseTreatyOption(opts.treaty, 'est check', TREATY_IDS);
      const files = paths.flatMap(scenarioFiles);
      if (files.length === 0) throw new CliError(`no *.scenario.yaml files in ${paths.join(', ')}`);
      let passed = 0;
      let failed = 0;
      let malformed = 0;
      let unchecked = 0;
      let skipped = 0;
      for (const file of files) {
        const loaded = loadScenarioFile(file);
        if (!loaded.ok) {
          malformed += 1;
          process.stdout.write(
            `MALFORMED ${file}\n${loaded.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}\n`,
          );
          continue;
        }
        if (only !== undefined && loaded.scenario.treaty !== only) {
          skipped += 1;
          continue;
        }
        if (loaded.scenario.expect === undefined) {
          unchecked += 1;
          process.stdout.write(`no expect ${file}\n`);
          continue;
        }
        const { outcome } = run(toRunInput(loaded.scenario));
        const diffs = compareExpect(loaded.scenario.expect, outcome);
        if (diffs.length === 0) {
          passed += 1;
          process.stdout.write(`ok   ${file}\n`);
        } else {
          failed += 1;
          process.stdout.write(`FAIL ${file}\n${diffs.map((d) => `  ${d}`).join('\n')}\n`);
        }
      }
      if (only !== undefined && skipped === files.length)
        throw new CliError(`no scenario of ${only} in ${paths.join(', ')} (${skipped} of other treaties)`);
      const extra = [
        malformed ? `${malformed} malformed` : '',
        unchecked ? `${unchecked} without expect` : '',
        skipped ? `${skipped} of other treaties skipped` : '',
      ].filter(Boolean);
      process.stdout.write(
        `${passed} passed, ${failed} failed${extra.length ? `, ${extra.join(', ')}` : ''}\n`,
      );
      if (malformed > 0) process.exitCode = 2;
      else if (failed > 0) process.exitCode = 1;
    });
}
