/** @module The `est` command: argument parsing and exit codes; each command lives in its own file. */
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { CliError } from './io.ts';
import { registerAdmin } from './commands/admin.ts';
import { registerAnalyze } from './commands/analyze.ts';
import { registerCheck } from './commands/check.ts';
import { registerCompare } from './commands/compare.ts';
import { registerDemo } from './commands/demo.ts';
import { registerKeygen } from './commands/keygen.ts';
import { registerLog } from './commands/log.ts';
import { registerMirror } from './commands/mirror.ts';
import { registerServe } from './commands/serve.ts';
import { registerSubmit } from './commands/submit.ts';
import { registerVerify } from './commands/verify.ts';
import { registerParties } from './commands/parties.ts';
import { registerProveAbsence } from './commands/prove-absence.ts';
import { registerRun } from './commands/run.ts';
import { registerTreaty } from './commands/treaty.ts';
import { registerWitness } from './commands/witness.ts';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

// A reader that stops early (`est ... | head`) closes the pipe: that ends the output, not in a trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

const program = new Command('est')
  .description('The 2009 draft European Security Treaty and the NATO-Russia draft, as executable rules.')
  .version(version)
  .addHelpText(
    'after',
    `
Examples:
  est run scenarios/case-georgia-2008.scenario.yaml      a crisis under the treaty, as a report
  est run FILE --json --set extraordinary.quorum=2/3     the outcome JSON, with a parameter changed
  est check scenarios/                                   check every scenario's expect: block
  est treaty "EST 8(3)" --lang ru                        a provision, its rules and parameters
  est treaty params                                      every number and reading, with its source
  est parties --bloc NATO --as-of 2024-06-01             who belongs to what, on a day
  est serve --demo                                       the depositary service, with a demo history
  est keygen --party RU --out ru.key                     a Party's signing key (the operator lodges it)
  est submit --server URL --key ru.key act.yaml          file a signed act with the depositary
  est verify --server URL                                recompute and check the whole log

Exit status (README.md, "Exit codes", says which commands end with which):
  0    done; the check passed
  1    a check failed, or the depositary or the store did not do its part (cannot start, say)
  2    bad input or usage (an unknown option, a malformed scenario or act); nothing was done
  3    est prove-absence: no statement (the log could not be read, or does not verify)
  70   internal error: a fault of est itself (EST_DEBUG=1 shows the stack)
  75   try again later: another process serves the data directory or writes to the store, or the
       database cannot be reached (serve, mirror)
  130  stopped at once by a second Ctrl-C while closing`,
  )
  .showHelpAfterError('(add --help for usage)')
  .enablePositionalOptions()
  .exitOverride();

registerRun(program);
registerCheck(program);
registerTreaty(program);
registerParties(program);
registerDemo(program);
registerServe(program);
registerKeygen(program);
registerSubmit(program);
registerVerify(program);
registerLog(program);
registerAdmin(program);
registerAnalyze(program);
registerCompare(program);
registerWitness(program);
registerMirror(program);
registerProveAbsence(program);

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
