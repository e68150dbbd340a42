/** @module `est analyze force-limits` (to be written). */
import type { Command } from 'commander';

export function registerForceLimits(analyze: Command): void {
  analyze.command('force-limits').description('(not yet available)');
}
