/**
 * @module `npm run bench`: every figure printed as a ratio to a baseline measured in the same run
 * (machines here are shared and noisy, so no figure is asserted anywhere). `--quick` makes every
 * run smaller (100,000 acts instead of 1,000,000 for the engine); `--only engine,web` runs some of
 * the sections (engine, analysis, service, receipts, witnesses, tiles, mirror, web, scale).
 *
 * `scale` (est serve's start-up and memory on a log of 1,000,000 entries, and proofs with the upper
 * levels of the tree in memory; ./scale.ts) makes its log once (about five minutes here, with
 * progress) and keeps it in the bench cache for later runs; `--no-scale` leaves it out.
 * `state` is the state routes (the treaty's outcome) at a long log (./state-routes.ts).
 */
import { cpus } from 'node:os';
import { outlookBench } from './analysis-outlook.ts';
import { forceLimitsBench } from './analysis-force-limits.ts';
import { analysisPowerBench } from './analysis-power.ts';
import { engineBench } from './engine.ts';
import { printTable } from './table.ts';

const SECTIONS = [
  'engine',
  'analysis',
  'service',
  'receipts',
  'witnesses',
  'tiles',
  'mirror',
  'web',
  'state',
  'scale',
] as const;
type Section = (typeof SECTIONS)[number];

function sections(argv: readonly string[]): ReadonlySet<Section> {
  const at = argv.indexOf('--only');
  if (at === -1) return new Set(SECTIONS.filter((s) => s !== 'scale' || !argv.includes('--no-scale')));
  const asked = (argv[at + 1] ?? '').split(',').filter((s) => s !== '');
  const unknown = asked.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (asked.length === 0 || unknown.length > 0) {
    console.error(`npm run bench: --only takes some of ${SECTIONS.join(', ')} (got "${argv[at + 1] ?? ''}")`);
    process.exit(2);
  }
  return new Set(asked as Section[]);
}

const quick = process.argv.includes('--quick');
const run = sections(process.argv);
const count = quick ? 100_000 : 1_000_000;

console.log(`est benchmarks on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
if (run.has('engine')) printTable('Engine', engineBench(count));
if (run.has('analysis')) {
  printTable('Analysis: voting power', analysisPowerBench());
  printTable('Analysis: ratification outlook', outlookBench(quick));
  printTable('Analysis: force limits, 2009 and 2021', forceLimitsBench(quick));
}
if (run.has('service')) await (await import('./service.ts')).printServiceTables(quick);
if (run.has('receipts')) await (await import('./receipts.ts')).printReceiptTables(quick);
if (run.has('witnesses')) await (await import('./witnesses.ts')).printWitnessTables(quick);
if (run.has('tiles')) await (await import('./tiles.ts')).printTileTables(quick);
if (run.has('mirror')) await (await import('./mirror.ts')).printMirrorTables(quick);
if (run.has('web')) {
  const rows = await (await import('./web.ts')).webBench({ runs: quick ? 3 : 7 });
  if (rows.length > 0) printTable('Web UI (headless Chromium, demo history)', rows);
}
if (run.has('state'))
  printTable('State routes at a long log', await (await import('./state-routes.ts')).stateRouteBench(quick));
if (run.has('scale')) await (await import('./scale.ts')).printScaleTables(quick);
