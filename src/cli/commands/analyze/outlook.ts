/** @module `est analyze outlook` (to be written). */
import type { Command } from 'commander';

export function registerOutlook(analyze: Command): void {
  analyze.command('outlook').description('(not yet available)');
}
