/** @module `est analyze`: voting power, blocking by absence, the ratification outlook, force limits. */
import type { Command } from 'commander';
import { registerBlocking } from './analyze/blocking.ts';
import { registerForceLimits } from './analyze/force-limits.ts';
import { registerOutlook } from './analyze/outlook.ts';
import { registerPower } from './analyze/power.ts';

export function registerAnalyze(program: Command): void {
  const analyze = program
    .command('analyze')
    .enablePositionalOptions()
    .description(
      'analyses of the drafts: voting power, blocking by absence, ratification outlook, force limits',
    );
  registerPower(analyze);
  registerBlocking(analyze);
  registerOutlook(analyze);
  registerForceLimits(analyze);
}
