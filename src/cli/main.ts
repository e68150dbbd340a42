/** @module The `est` command: argument parsing and exit codes; each command lives in its own file. */
import { Command, CommanderError } from 'commander';
import { CliError } from './io.ts';
import { registerCheck } from './commands/check.ts';
import { registerRun } from './commands/run.ts';

const program = new Command('est')
  .description('The 2009 draft European Security Treaty and the NATO-Russia draft, as executable rules.')
  .showHelpAfterError('(add --help for usage)')
  .exitOverride();

registerRun(program);
registerCheck(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exitCode = e.exitCode === 0 ? 0 : 2;
  else if (e instanceof CliError) {
    process.stderr.write(`est: ${e.message}\n`);
    process.exitCode = e.exitCode;
  } else {
    process.stderr.write(`est: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env['EST_DEBUG']) process.stderr.write(`${e instanceof Error ? e.stack : ''}\n`);
    process.exitCode = 70;
  }
}
