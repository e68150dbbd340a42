/** @module `est submit` (to be written). */
import type { Command } from 'commander';

export function registerSubmit(program: Command): void {
  program.command('submit').description('(not yet available)');
}
