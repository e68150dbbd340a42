/** @module `est analyze power` (to be written). */
import type { Command } from 'commander';

export function registerPower(analyze: Command): void {
  analyze.command('power').description('(not yet available)');
}
