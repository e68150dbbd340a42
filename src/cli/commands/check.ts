/** @module `est check FILE|DIR`: run scenarios and compare each outcome with its `expect:` block. */
import type { Command } from 'commander';
import { run } from '../../engine/run.ts';
import { compareExpect, formatIssue, toRunInput } from '../../scenario/index.ts';
import { CliError, loadScenarioFile, scenarioFiles } from '../io.ts';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('run scenarios and compare their outcomes with their expect: blocks')
    .argument('<paths...>', 'scenario files, or folders searched for *.scenario.yaml|json')
    .addHelpText(
      'after',
      '\nExit status: 0 when every expectation holds, 1 when any differs, 2 when a file is malformed.\n\nExample:\n  est check scenarios/',
    )
    .action((paths: string[]) => {
      const files = paths.flatMap(scenarioFiles);
      if (files.length === 0) throw new CliError(`no *.scenario.yaml files in ${paths.join(', ')}`);
      let passed = 0;
      let failed = 0;
      let malformed = 0;
      let unchecked = 0;
      for (const file of files) {
        const loaded = loadScenarioFile(file);
        if (!loaded.ok) {
          malformed += 1;
          process.stdout.write(
            `MALFORMED ${file}\n${loaded.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}\n`,
          );
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
      const extra = [
        malformed ? `${malformed} malformed` : '',
        unchecked ? `${unchecked} without expect` : '',
      ].filter(Boolean);
      process.stdout.write(
        `${passed} passed, ${failed} failed${extra.length ? `, ${extra.join(', ')}` : ''}\n`,
      );
      if (malformed > 0) process.exitCode = 2;
      else if (failed > 0) process.exitCode = 1;
    });
}
