/**
 * @module `est analyze outlook`: the seeded Monte Carlo of signature and ratification from a stance
 * table, as a report (the curve by quarter, the median date, the most often pivotal states) or JSON.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { OutlookError, STANCES, parseStanceTable, simulateOutlook } from '../../../analysis/outlook.ts';
import type { OutlookResult, StanceTable } from '../../../analysis/outlook.ts';
import { isSeed } from '../../../analysis/random.ts';
import { progressLine } from '../../../client/progress.ts';
import { addDays, parseIsoDate } from '../../../treaty/dates.ts';
import type { IsoDate } from '../../../treaty/dates.ts';
import { PARAMETERS, formatParameterValue, resolveParameters } from '../../../treaty/parameters/index.ts';
import type { ParameterId } from '../../../treaty/parameters/index.ts';
import { CliError, collect, parseSets } from '../../io.ts';

const DEFAULT_STANCES = 'data/stances-2009.yaml';
const DEFAULT_FILE = fileURLToPath(new URL(`../../../../${DEFAULT_STANCES}`, import.meta.url));
const DEFAULT_TRIALS = 10_000;
const DEFAULT_SEED = 2009;
const HORIZON_YEARS = 10;
/** The parameters the outlook reads; any other --set would silently change nothing. */
const USED: readonly ParameterId[] = [
  'entryIntoForce.instruments',
  'entryIntoForce.countOrganizations',
  'signature.eligible',
];

interface OutlookCliOptions {
  stances?: string;
  trials: string;
  seed: string;
  horizon?: string;
  set: string[];
  top: string;
  json?: boolean;
}

/** Reads and checks a stance table, or ends the command (exit 2) with every problem in it. */
export function loadStances(file: string, shownAs = file): StanceTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${shownAs}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text, { version: '1.2' });
  } catch (e) {
    throw new CliError(`${shownAs} is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = parseStanceTable(raw);
  if (parsed.ok) return parsed.table;
  const n = parsed.issues.length;
  throw new CliError(
    `${shownAs} is not a valid stance table (${n} ${n === 1 ? 'issue' : 'issues'}):\n${parsed.issues
      .map((i) => `  ${i.path}: ${i.message}`)
      .join('\n')}`,
  );
}

function wholeNumber(flag: string, text: string, ok: (n: number) => boolean, expected: string): number {
  const n = /^\d+$/.test(text.replace(/_/g, '')) ? Number(text.replace(/_/g, '')) : Number.NaN;
  if (!ok(n)) throw new CliError(`${flag} ${text}: expected ${expected}`);
  return n;
}

/** The default horizon: ten years after the start, same day of the year (28 Feb for a 29 Feb). */
function defaultHorizon(start: IsoDate): IsoDate {
  const year = Number(start.slice(0, 4)) + HORIZON_YEARS;
  return parseIsoDate(`${year}${start.slice(4)}`) ?? addDays(parseIsoDate(`${year}-03-01`) as IsoDate, -1);
}

const pct = (p: number): string => `${(p * 100).toFixed(1)}%`;
const count = (n: number): string => n.toLocaleString('en');

/** The curve by quarter: a row per year, the value at each quarter's end (or at the horizon). */
function quarterTable(result: OutlookResult): string[] {
  const byDate = new Map(result.curve.map((p) => [p.date as string, p.probability]));
  const first = Number(result.start.slice(0, 4));
  const last = Number(result.horizon.slice(0, 4));
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  const cell = (text: string) => text.padStart(8);
  const lines = [`  ${'year'.padEnd(6)}${['Q1', 'Q2', 'Q3', 'Q4'].map(cell).join('')}`];
  let marked = false;
  for (let y = first; y <= last; y += 1) {
    const cells = ends.map((md, q) => {
      const end = `${y}-${md}`;
      const quarterStart = `${y}-${['01-01', '04-01', '07-01', '10-01'][q]}`;
      if (end < result.start) return cell('');
      if (end <= result.horizon) return cell(pct(byDate.get(end) ?? 0));
      if (quarterStart <= result.horizon) {
        marked = true;
        return cell(`${pct(byDate.get(result.horizon) ?? 0)}*`);
      }
      return cell('');
    });
    lines.push(`  ${String(y).padEnd(6)}${cells.join('')}`.trimEnd());
  }
  if (marked) lines.push(`  * as of the horizon, ${result.horizon}`);
  return lines;
}

function report(
  result: OutlookResult,
  table: StanceTable,
  file: string,
  overrides: Partial<Record<ParameterId, unknown>>,
  top: number,
): string {
  const counts = STANCES.map((s) => `${s} ${table.stances.filter((x) => x.stance === s).length}`);
  const { instruments, countOrganizations } = result.rule;
  const rule =
    instruments === null
      ? 'entryIntoForce.instruments is unset: the Treaty cannot enter into force'
      : `in force on the day the ${ordinal(instruments)} counted instrument is deposited; organizations' instruments ${countOrganizations === true ? 'count' : 'do not count'} (EST 14(1))`;
  const lines = [
    `Ratification outlook: ${result.title}`,
    `  stances   ${file}: ${table.stances.length} entries (${counts.join(', ')})`,
    `  trials    ${count(result.trials)}, seed ${result.seed}, from ${result.start} to ${result.horizon}`,
    `  rule      ${rule}`,
  ];
  for (const [id, v] of Object.entries(overrides)) {
    const param = PARAMETERS[id as ParameterId];
    lines.push(
      `  changed   ${id} = ${formatParameterValue(v as never)} (default: ${formatParameterValue(param.values.at(-1)?.value ?? null)})`,
    );
  }
  for (const w of result.warnings) lines.push(`  warning   ${w}`);

  lines.push(
    '',
    'Probability that the Treaty is in force by the end of each quarter',
    ...quarterTable(result),
    '',
  );

  const f = result.inForceByHorizon;
  const se = `± ${(f.standardError * 100).toFixed(1)}`;
  lines.push(
    `In force by ${result.horizon}      ${pct(f.probability)} ${se} (${count(f.trials)} of ${count(result.trials)} trials)`,
    `Median date                ${result.median ?? 'not within the horizon (in force in fewer than half the trials)'}`,
    `Median date if in force    ${result.medianIfInForce ?? 'none (never in force within the horizon)'}`,
    `Counted instruments by ${result.horizon}: mean ${result.instruments.mean.toFixed(1)}; ` +
      `10% of trials ${result.instruments.p10} or fewer, half ${result.instruments.p50} or fewer, 90% ${result.instruments.p90} or fewer`,
    '',
  );

  if (result.pivotal.length > 0) {
    const which = instruments === null ? 'threshold' : ordinal(instruments);
    lines.push(
      `Most often pivotal (deposited the ${which} counted instrument), share of the ${count(f.trials)} trials in force`,
    );
    const shown = result.pivotal.slice(0, top);
    const nameWidth = Math.max(...shown.map((p) => p.name.length));
    for (const p of shown)
      lines.push(
        `  ${p.id.padEnd(4)} ${p.name.padEnd(nameWidth)}  ${p.stance.padEnd(10)} ${pct(p.share).padStart(6)}  (${count(p.count)})`,
      );
    if (result.pivotal.length > top)
      lines.push(`  ... and ${result.pivotal.length - top} more (--top, or --json for all)`);
    const byStance = STANCES.filter((s) => result.pivotalByStance[s].count > 0).map(
      (s) => `${s} ${pct(result.pivotalByStance[s].share)}`,
    );
    lines.push(`  by stance: ${byStance.join(', ')}`);
    lines.push('');
  }
  lines.push(
    'The chances and delays behind these figures are the assumptions in the model section of the',
    'stance file, each with its rationale; they are not estimates from data. ± is one standard error.',
  );
  return `${lines.join('\n')}\n`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function registerOutlook(analyze: Command): void {
  analyze
    .command('outlook')
    .description(
      'seeded Monte Carlo of signature and ratification: when the Treaty enters into force, and who is pivotal',
    )
    .option('--stances <file>', `stance table, YAML or JSON (default: ${DEFAULT_STANCES})`)
    .option('--trials <n>', 'number of trials', String(DEFAULT_TRIALS))
    .option('--seed <s>', 'seed, a whole number from 0 to 4294967295', String(DEFAULT_SEED))
    .option('--horizon <date>', `last day counted (default: ${HORIZON_YEARS} years after the table's start)`)
    .option('--set <id=value>', `override a parameter (repeatable): ${USED.join(', ')}`, collect, [])
    .option('--top <n>', 'pivotal states to list', '10')
    .option('--json', 'print the result as JSON, with the full monthly curve')
    .addHelpText(
      'after',
      "\nThe same seed gives the same result, bit for bit; runs that differ only in a parameter share their\nrandom trials, so their difference is the rule's, not chance's.\n\nExamples:\n  est analyze outlook\n  est analyze outlook --trials 100000 --seed 7 --horizon 2015-12-31\n  est analyze outlook --set entryIntoForce.instruments=30 --set entryIntoForce.countOrganizations=true --json",
    )
    .action((opts: OutlookCliOptions) => {
      const trials = wholeNumber(
        '--trials',
        opts.trials,
        (n) => Number.isInteger(n) && n >= 1 && n <= 100_000_000,
        'a whole number from 1 to 100,000,000',
      );
      const seed = wholeNumber('--seed', opts.seed, isSeed, 'a whole number from 0 to 4294967295');
      const top = wholeNumber(
        '--top',
        opts.top,
        (n) => Number.isInteger(n) && n >= 1,
        'a whole number of at least 1',
      );
      const overrides = parseSets(opts.set);
      for (const id of Object.keys(overrides))
        if (!USED.includes(id as ParameterId))
          throw new CliError(`--set ${id}: has no effect on the outlook, which reads ${USED.join(', ')}`);
      const file = opts.stances ?? DEFAULT_FILE;
      const shownAs = opts.stances ?? DEFAULT_STANCES;
      const table = loadStances(file, shownAs);
      let horizon = defaultHorizon(table.start);
      if (opts.horizon !== undefined) {
        const date = parseIsoDate(opts.horizon);
        if (date === null) throw new CliError(`--horizon ${opts.horizon}: expected a date YYYY-MM-DD`);
        if (date < table.start)
          throw new CliError(`--horizon ${opts.horizon}: before the table's start, ${table.start}`);
        horizon = date;
      }
      const progress = progressLine('est analyze outlook: trials', process.stderr, 50_000);
      let result: OutlookResult;
      try {
        result = simulateOutlook(
          table,
          { trials, seed, horizon, parameters: resolveParameters('est-2009', overrides) },
          { progress: (done, total) => progress.update(done, total) },
        );
      } catch (e) {
        if (e instanceof OutlookError) throw new CliError(e.message);
        throw e;
      } finally {
        progress.end();
      }
      const counts = Object.fromEntries(
        STANCES.map((s) => [s, table.stances.filter((x) => x.stance === s).length]),
      );
      process.stdout.write(
        opts.json
          ? `${JSON.stringify({ stances: { file: shownAs, counts }, changed: overrides, ...result }, null, 2)}\n`
          : report(result, table, shownAs, overrides, top),
      );
    });
}
