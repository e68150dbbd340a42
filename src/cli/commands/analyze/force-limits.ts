/**
 * @module `est analyze force-limits`: the case library of real deployments measured against NRC 4
 * under each reading of "substantial combat forces": a matrix of first crossings (host × reading),
 * then, per host, the deployments that made each crossing and their sources.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import type {
  CaseSource,
  Crossing,
  DeploymentData,
  DeploymentRecord,
  ForceLimitsReport,
  Reading,
  ReportedExceeded,
} from '../../../analysis/force-limits.ts';
import {
  DEFAULT_READING,
  READINGS,
  analyzeForceLimits,
  findReading,
  firstCrossingMatrix,
  latestDate,
  parseDeploymentData,
} from '../../../analysis/force-limits.ts';
import { didYouMean } from '../../../scenario/index.ts';
import { entityName } from '../../../treaty/parties/index.ts';
import { CliError, collect, parseAsOf } from '../../io.ts';

/** The case library shipped with est, found from this file so that `est` works from any folder. */
const DEFAULT_DATA = fileURLToPath(new URL('../../../../cases/deployments.yaml', import.meta.url));
const DEFAULT_DATA_LABEL = 'cases/deployments.yaml';

/** Reads and checks a deployments file (YAML 1.2 or JSON), or ends the command (exit 2). */
export function loadDeploymentData(file: string, label = file): DeploymentData {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${label}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text, { version: '1.2' });
  } catch (e) {
    throw new CliError(`${label}: not valid YAML or JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = parseDeploymentData(raw);
  if (!parsed.ok) {
    const n = parsed.issues.length;
    throw new CliError(
      `${label} is malformed (${n} ${n === 1 ? 'issue' : 'issues'}):\n${parsed.issues.map((i) => `${label}: ${i}`).join('\n')}`,
    );
  }
  return parsed.data;
}

/** The readings named by `--reading` (repeatable, or comma-separated), all of them by default. */
export function selectReadings(ids: readonly string[]): Reading[] {
  const wanted = ids
    .flatMap((id) => id.split(','))
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (wanted.length === 0) return [...READINGS];
  const known = READINGS.map((r) => r.id);
  return [...new Set(wanted)].map((id) => {
    const reading = findReading(id);
    if (!reading)
      throw new CliError(
        `--reading ${id}: unknown reading${didYouMean(id, known)}; readings: ${known.join(', ')}`,
      );
    return reading;
  });
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - text.length));

const KIND_LABEL: Readonly<Record<string, string>> = {
  brigades: 'brigades',
  helicopterBattalions: 'helicopter battalions',
  airRegiments: 'air regiments',
  tanks: 'tanks',
  armouredVehicles: 'armoured vehicles',
  combatAircraftAndAttackHelicopters: 'combat aircraft and attack helicopters',
  combatAircraft: 'combat aircraft',
  attackHelicopters: 'attack helicopters',
};

const describeExceeded = (e: ReportedExceeded): string =>
  `${KIND_LABEL[e.kind] ?? e.kind} ${e.count} > ${e.threshold}`;

function describeSource(s: CaseSource): string {
  const head = s.title ?? s.url ?? s.id;
  return `${head} (${s.date})${s.title && s.url ? ` ${s.url}` : ''}`;
}

function describeDeployment(r: DeploymentRecord): string {
  const span = r.to === null ? `from ${r.from}` : `${r.from} to ${r.to}`;
  return `${r.title}; ${r.by} in ${r.in}, ${span}, ${r.permanent ? 'permanent' : 'temporary'}, confidence ${r.confidence}`;
}

const crossingKey = (c: Crossing): string =>
  `${c.on}|${c.exceeded.map(describeExceeded).join(',')}|${c.responsible.join(',')}`;

/** The text report: readings, the matrix, then per host the first (and any later) crossings. */
export function renderForceLimits(
  report: ForceLimitsReport,
  data: DeploymentData,
  dataLabel: string,
): string {
  const out: string[] = [];
  const records = new Map(data.deployments.map((r) => [r.id, r]));
  out.push(`NRC 4 ("substantial combat forces") measured against real deployments, as of ${report.asOf}`);
  out.push(
    `Data: ${dataLabel}${data.title ? `, ${data.title}` : ''} (${data.deployments.length} deployments, ${data.sources.size} sources)`,
  );
  out.push(
    `The draft is assumed in force from ${report.assumedInForce} among the NATO-Russia Council states of 2009; Russia's forces are exempt, a host's own never count.`,
  );
  out.push('');
  out.push('Readings');
  const idWidth = Math.max(...report.readings.map((r) => r.reading.id.length));
  for (const { reading } of report.readings)
    out.push(`  ${pad(reading.id, idWidth)}  ${reading.description}`);
  out.push('');

  out.push('First day a threshold was crossed (-: never; n/t: not a target under that reading)');
  const names = new Map(report.hosts.map((h) => [h, `${h}  ${entityName(h)}`]));
  const hostWidth = Math.max(4, ...[...names.values()].map((n) => n.length));
  const widths = report.readings.map((r) => Math.max(10, r.reading.id.length));
  out.push(
    `  ${pad('host', hostWidth)}  ${report.readings.map((r, i) => pad(r.reading.id, widths[i] ?? 10)).join('  ')}`.trimEnd(),
  );
  for (const row of firstCrossingMatrix(report)) {
    const cells = row.cells.map((c, i) =>
      pad(c === null ? '-' : c === 'not-a-target' ? 'n/t' : c, widths[i] ?? 10),
    );
    out.push(`  ${pad(names.get(row.host) ?? row.host, hostWidth)}  ${cells.join('  ')}`.trimEnd());
  }
  out.push('');

  out.push('Details');
  const never: string[] = [];
  for (const host of report.hosts) {
    // Group identical crossings (same day, kinds and deployments) across readings.
    const groups = new Map<string, { crossing: Crossing; readings: string[]; first: boolean }>();
    for (const r of report.readings) {
      const h = r.hosts.find((x) => x.host === host);
      for (const c of h?.crossings ?? []) {
        const key = crossingKey(c);
        const g = groups.get(key) ?? { crossing: c, readings: [], first: false };
        g.readings.push(r.reading.id);
        if (h?.first === c) g.first = true;
        groups.set(key, g);
      }
    }
    if (groups.size === 0) {
      never.push(host);
      continue;
    }
    out.push(`  ${names.get(host)}`);
    const sorted = [...groups.values()].sort((a, b) => a.crossing.on.localeCompare(b.crossing.on));
    for (const { crossing, readings, first } of sorted) {
      out.push(
        `    ${crossing.on}  ${first ? 'first crossed' : 'crossed again'} under ${readings.join(', ')}`,
      );
      out.push(`        exceeded: ${crossing.exceeded.map(describeExceeded).join('; ')}`);
      out.push(`        counted forces present of: ${crossing.deployedBy.join(', ')}`);
      for (const id of crossing.responsible) {
        const r = records.get(id);
        if (!r) continue;
        out.push(`        ${id}: ${describeDeployment(r)}`);
        for (const sid of r.sources) {
          const s = data.sources.get(sid);
          if (s) out.push(`            ${describeSource(s)}`);
        }
      }
    }
    const silent = report.readings
      .filter((r) => !r.hosts.find((x) => x.host === host)?.first)
      .map((r) => r.reading.id);
    if (silent.length > 0) out.push(`    never crossed under ${silent.join(', ')}`);
  }
  if (never.length > 0) out.push(`  No threshold crossed under any reading: ${never.join(', ')}`);
  const rejected = report.readings.flatMap((r) =>
    r.rejected.map((x) => `${r.reading.id}: #${x.index} ${x.act} ${x.reason}`),
  );
  if (rejected.length > 0) {
    out.push('');
    out.push('Acts the engine refused');
    for (const line of rejected) out.push(`  ${line}`);
  }
  return `${out.join('\n')}\n`;
}

/** The JSON report: readings, the matrix, every crossing, and the deployments and sources they name. */
export function forceLimitsJson(report: ForceLimitsReport, data: DeploymentData, dataLabel: string): unknown {
  const named = new Set(
    report.readings.flatMap((r) => r.hosts.flatMap((h) => h.crossings.flatMap((c) => c.responsible))),
  );
  const deployments = data.deployments.filter((d) => named.has(d.id));
  const sourceIds = new Set(deployments.flatMap((d) => d.sources));
  return {
    asOf: report.asOf,
    assumedInForce: report.assumedInForce,
    data: dataLabel,
    readings: report.readings.map(({ reading }) => reading),
    matrix: firstCrossingMatrix(report).map((row) => ({
      host: row.host,
      first: Object.fromEntries(report.readings.map((r, i) => [r.reading.id, row.cells[i] ?? null])),
    })),
    results: report.readings.map((r) => ({
      reading: r.reading.id,
      hosts: r.hosts,
      rejected: r.rejected,
    })),
    deployments,
    sources: [...data.sources.values()].filter((s) => sourceIds.has(s.id)),
  };
}

export function registerForceLimits(analyze: Command): void {
  analyze
    .command('force-limits')
    .description('when real deployments first crossed the NRC 4 thresholds, per host and reading')
    .option('--data <file>', `deployments to check (YAML or JSON; default ${DEFAULT_DATA_LABEL})`)
    .option(
      '--reading <id>',
      `a reading of "substantial combat forces" (repeatable; default all): ${READINGS.map((r) => r.id).join(', ')}`,
      collect,
      [],
    )
    .option(
      '--as-of <date>',
      'count deployments up to this day (default: the asOf of the data, else its last date)',
    )
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      `\nThe deployments run through the engine as deploy and end-deployment acts of the draft NATO-Russia
agreement, assumed in force from 2010-01-01; each reading sets scf.countTemporary, scf.targets and
how the 24 aircraft and helicopters are counted. ${DEFAULT_READING} is the reading the engine uses by default.

Examples:
  est analyze force-limits
  est analyze force-limits --reading nrc-2010 --reading permanent-only
  est analyze force-limits --data my-deployments.yaml --as-of 2022-12-31 --json`,
    )
    .action((opts: { data?: string; reading: string[]; asOf?: string; json?: boolean }) => {
      const readings = selectReadings(opts.reading);
      const asOf = parseAsOf(opts.asOf);
      const file = opts.data ?? DEFAULT_DATA;
      const label = opts.data ?? DEFAULT_DATA_LABEL;
      const data = loadDeploymentData(file, label);
      const report = analyzeForceLimits(data, readings, asOf ?? data.asOf ?? latestDate(data.deployments));
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(forceLimitsJson(report, data, label), null, 2)}\n`
          : renderForceLimits(report, data, label),
      );
    });
}
