/** @module `est compare` (to be written). */
import type { Command } from 'commander';

export function registerCompare(program: Command): void {
  program.command('compare').description('(not yet available)');
}
