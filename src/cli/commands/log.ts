/** @module `est log` (to be written). */
import type { Command } from 'commander';

export function registerLog(program: Command): void {
  program.command('log').description('(not yet available)');
}
