/** @module `est analyze blocking` (to be written). */
import type { Command } from 'commander';

export function registerBlocking(analyze: Command): void {
  analyze.command('blocking').description('(not yet available)');
}
