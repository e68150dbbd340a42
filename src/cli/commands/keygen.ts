/** @module `est keygen` (to be written). */
import type { Command } from 'commander';

export function registerKeygen(program: Command): void {
  program.command('keygen').description('(not yet available)');
}
