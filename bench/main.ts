/**
 * @module `npm run bench`: every figure printed as a ratio to a baseline measured in the same run
 * (machines here are shared and noisy, so no figure is asserted anywhere). `--quick` makes every
 * run smaller (100,000 acts instead of 1,000,000 for the engine).
 */
import { cpus } from 'node:os';
import { outlookBench } from './analysis-outlook.ts';
import { analysisPowerBench } from './analysis-power.ts';
import { engineBench } from './engine.ts';
import { printTable } from './table.ts';

const quick = process.argv.includes('--quick');
const count = quick ? 100_000 : 1_000_000;

console.log(`est benchmarks on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
printTable('Engine', engineBench(count));
printTable('Analysis: voting power', analysisPowerBench());
printTable('Analysis: ratification outlook', outlookBench(quick));
await (await import('./service.ts')).printServiceTables(quick);
