/**
 * @module `est analyze force-limits`: the case library of real deployments measured against the
 * force limits of the NATO-Russia drafts, NRC 4 of 2009 under each reading of "substantial combat
 * forces" and NRA 4 of 2021 (no figure): a matrix of first breaches (host × reading), then, per
 * host, the deployments behind each and their sources; with the 2021 draft, NATO's accessions since
 * 1997 against NRA 6. A counterfactual, and the report says so: neither draft was ever in force.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import type {
  Assumption,
  CaseSource,
  Crossing,
  DeploymentData,
  DeploymentRecord,
  EnlargementReport,
  ForceLimitsReport,
  Reading,
  ReadingTreaty,
  ReportedExceeded,
} from '../../../analysis/force-limits.ts';
import {
  DEFAULT_READING,
  NRA_BASELINE_DAY,
  READINGS,
  READING_TREATIES,
  analyzeForceLimits,
  findReading,
  firstCrossingMatrix,
  latestDate,
  parseDeploymentData,
} from '../../../analysis/force-limits.ts';
import { didYouMean } from '../../../scenario/index.ts';
import { entityName, resolvePartySet } from '../../../treaty/parties/index.ts';
import { CliError, collect, parseAsOf, parseTreatyOption } from '../../io.ts';

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

/**
 * The readings named by `--reading` (repeatable, or comma-separated), by default all of them, or
 * all of one draft's with `--treaty`; a reading named must then be of that draft.
 */
export function selectReadings(ids: readonly string[], treaty?: ReadingTreaty): Reading[] {
  const wanted = ids
    .flatMap((id) => id.split(','))
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (wanted.length === 0) return READINGS.filter((r) => treaty === undefined || r.treaty === treaty);
  const known = READINGS.map((r) => r.id);
  return [...new Set(wanted)].map((id) => {
    const reading = findReading(id);
    if (!reading)
      throw new CliError(
        `--reading ${id}: unknown reading${didYouMean(id, known)}; readings: ${known.join(', ')}`,
      );
    if (treaty !== undefined && reading.treaty !== treaty)
      throw new CliError(
        `--reading ${id}: a reading of ${reading.treaty}, not of --treaty ${treaty} (its readings: ${READINGS.filter(
          (r) => r.treaty === treaty,
        )
          .map((r) => r.id)
          .join(', ')})`,
      );
    return reading;
  });
}

/** What each draft's limit is, for the headings. */
const DRAFT: Readonly<Record<ReadingTreaty, { cite: string; limit: string; month: string }>> = {
  'nrc-2009': {
    cite: 'NRC 4',
    limit: '"substantial combat forces" beyond thresholds',
    month: 'December 2009',
  },
  'nra-2021': {
    cite: 'NRA 4',
    limit: `any forces beyond those stationed on ${NRA_BASELINE_DAY}, no figure`,
    month: 'December 2021',
  },
};

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

const crossingKey = (treaty: ReadingTreaty, c: Crossing): string =>
  `${treaty}|${c.on}|${c.exceeded.map(describeExceeded).join(',')}|${c.responsible.join(',')}`;

/** How many Parties an assumption names, resolved on its day. */
const partyCount = (a: Assumption): number => resolvePartySet(a.parties, a.inForce).size;

/** The counterfactual premises of each draft read, one line each. */
function assumptionLines(report: ForceLimitsReport): string[] {
  const out = [
    `A counterfactual: ${report.assumptions.length === 1 ? 'the draft was never' : 'neither draft was ever'} in force. Assumed here:`,
  ];
  for (const a of report.assumptions) {
    const n = partyCount(a);
    if (a.treaty === 'nrc-2009')
      out.push(
        `  NRC 4 (${DRAFT['nrc-2009'].month}): in force from ${a.inForce} among the NATO-Russia Council states of 2009 (${n}); Russia's forces are exempt, a host's own never count.`,
      );
    else
      out.push(
        `  NRA 4 and 6 (${DRAFT['nra-2021'].month}): in force from ${a.inForce}, the same day, among Russia and the NATO member States of that day (${n}), who may sign it (NRA 9); NRA 4 binds Russia and the NATO members of ${NRA_BASELINE_DAY}, whose forces count in the other States in Europe; its exception for deployments all the Parties consent to (second paragraph) is not modelled.`,
      );
  }
  return out;
}

/** NATO's accessions since 1997 against NRA 6, one line each. */
function enlargementLines(e: EnlargementReport): string[] {
  const out = [
    'NATO enlargement against NRA 6 (the NATO member States refrain from any further enlargement)',
    `Every accession since ${e.since} in the party registry, had the December 2021 agreement been in force from ${e.inForce} (a counterfactual: it never was)`,
  ];
  const names = e.accessions.map((a) => `${a.state}  ${entityName(a.state)}`);
  const width = Math.max(...names.map((n) => n.length));
  e.accessions.forEach((a, i) => {
    const status =
      a.status === 'finding' && a.finding
        ? `${a.finding.code} (${a.finding.cite})`
        : a.status === 'before-entry-into-force'
          ? 'before entry into force'
          : a.status === 'after-report'
            ? `after ${e.asOf}, the day of the report`
            : 'no finding';
    out.push(`  ${a.on}  ${pad(names[i] ?? a.state, width)}  ${status}`);
  });
  const found = e.accessions.filter((a) => a.status === 'finding').length;
  const before = e.accessions.filter((a) => a.status === 'before-entry-into-force').length;
  out.push(
    `  ${e.accessions.length} accessions: ${found} ${found === 1 ? 'finding' : 'findings'} under NRA 6, ${before} before entry into force.`,
  );
  return out;
}

/** The text report: premises, readings, the matrix, per host the first (and any later) breaches, NRA 6. */
export function renderForceLimits(
  report: ForceLimitsReport,
  data: DeploymentData,
  dataLabel: string,
): string {
  const out: string[] = [];
  const records = new Map(data.deployments.map((r) => [r.id, r]));
  const drafts = report.assumptions.map((a) => DRAFT[a.treaty].cite).join(' and ');
  out.push(`The force limits of ${drafts} measured against real deployments, as of ${report.asOf}`);
  out.push(
    `Data: ${dataLabel}${data.title ? `, ${data.title}` : ''} (${data.deployments.length} deployments, ${data.sources.size} sources)`,
  );
  out.push(...assumptionLines(report));
  out.push('');
  const idWidth = Math.max(...report.readings.map((r) => r.reading.id.length));
  for (const treaty of READING_TREATIES) {
    const mine = report.readings.filter((r) => r.reading.treaty === treaty);
    if (mine.length === 0) continue;
    const d = DRAFT[treaty];
    out.push(`${mine.length === 1 ? 'Reading' : 'Readings'} of ${d.cite}, ${d.limit} (draft of ${d.month})`);
    for (const { reading } of mine) out.push(`  ${pad(reading.id, idWidth)}  ${reading.description}`);
  }
  out.push('');

  const how: Readonly<Record<ReadingTreaty, string>> = {
    'nrc-2009': 'NRC 4: a threshold crossed',
    'nra-2021': 'NRA 4: any counted forces present',
  };
  out.push(
    `First day a limit was breached (${report.assumptions.map((a) => `${how[a.treaty]}; `).join('')}-: never; n/t: not protected under that reading)`,
  );
  const names = new Map(report.hosts.map((h) => [h, `${h}  ${entityName(h)}`]));
  const hostWidth = Math.max(4, ...[...names.values()].map((n) => n.length));
  const widths = report.readings.map((r) => Math.max(10, r.reading.id.length));
  // A line above the ids names the draft of each group of columns (readings come grouped by draft).
  const groups: { label: string; from: number; to: number }[] = [];
  report.readings.forEach(({ reading }, i) => {
    const label = `${DRAFT[reading.treaty].cite} (${DRAFT[reading.treaty].month.slice(-4)})`;
    const last = groups.at(-1);
    if (last && last.label === label) last.to = i;
    else groups.push({ label, from: i, to: i });
  });
  for (const g of groups) {
    const span = widths.slice(g.from, g.to + 1).reduce((a, b) => a + b, 0) + 2 * (g.to - g.from);
    if (span < g.label.length) widths[g.to] = (widths[g.to] ?? 10) + g.label.length - span;
  }
  const groupCells = groups.map((g) => {
    const span = widths.slice(g.from, g.to + 1).reduce((a, b) => a + b, 0) + 2 * (g.to - g.from);
    return pad(g.label, span);
  });
  out.push(`  ${pad('', hostWidth)}  ${groupCells.join('  ')}`.trimEnd());
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
    // Group identical crossings (same draft, day, kinds and deployments) across readings.
    const groups = new Map<
      string,
      { crossing: Crossing; treaty: ReadingTreaty; readings: string[]; first: boolean }
    >();
    for (const r of report.readings) {
      const h = r.hosts.find((x) => x.host === host);
      for (const c of h?.crossings ?? []) {
        const key = crossingKey(r.reading.treaty, c);
        const g = groups.get(key) ?? { crossing: c, treaty: r.reading.treaty, readings: [], first: false };
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
    for (const { crossing, treaty, readings, first } of sorted) {
      const verb = treaty === 'nra-2021' ? 'breached' : 'crossed';
      out.push(
        `    ${crossing.on}  ${first ? `first ${verb}` : `${verb} again`} under ${readings.join(', ')}`,
      );
      if (treaty === 'nra-2021')
        out.push(
          `        forces beyond those of ${NRA_BASELINE_DAY} (NRA 4 sets no figure)${crossing.baselineHost ? `; forces of the bound States stood here on ${NRA_BASELINE_DAY} (nra.4.baseline), for which the model has no figures: these may only replace them` : ''}`,
        );
      else out.push(`        exceeded: ${crossing.exceeded.map(describeExceeded).join('; ')}`);
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
    if (silent.length > 0) out.push(`    never breached under ${silent.join(', ')}`);
  }
  if (never.length > 0) out.push(`  No limit breached under any reading: ${never.join(', ')}`);
  const rejected = report.readings.flatMap((r) =>
    r.rejected.map((x) => `${r.reading.id}: #${x.index} ${x.act} ${x.reason}`),
  );
  if (rejected.length > 0) {
    out.push('');
    out.push('Acts the engine refused');
    for (const line of rejected) out.push(`  ${line}`);
  }
  if (report.enlargement) {
    out.push('');
    out.push(...enlargementLines(report.enlargement));
  }
  return `${out.join('\n')}\n`;
}

/**
 * The JSON report: the premises, the readings, the matrix, every crossing, the deployments and
 * sources they name, and NRA 6 against NATO's accessions (null without a reading of the 2021 draft).
 */
export function forceLimitsJson(report: ForceLimitsReport, data: DeploymentData, dataLabel: string): unknown {
  const named = new Set(
    report.readings.flatMap((r) => r.hosts.flatMap((h) => h.crossings.flatMap((c) => c.responsible))),
  );
  const deployments = data.deployments.filter((d) => named.has(d.id));
  const sourceIds = new Set(deployments.flatMap((d) => d.sources));
  return {
    counterfactual: `A counterfactual: ${report.assumptions.map((a) => a.treaty).join(' and ')} ${report.assumptions.length === 1 ? 'was' : 'were'} never in force; each assumed in force as assumptions gives.`,
    asOf: report.asOf,
    assumedInForce: report.assumedInForce,
    assumptions: report.assumptions.map((a) => ({
      ...a,
      resolved: [...resolvePartySet(a.parties, a.inForce)].sort(),
    })),
    data: dataLabel,
    readings: report.readings.map(({ reading }) => reading),
    matrix: firstCrossingMatrix(report).map((row) => ({
      host: row.host,
      first: Object.fromEntries(report.readings.map((r, i) => [r.reading.id, row.cells[i] ?? null])),
    })),
    results: report.readings.map((r) => ({
      reading: r.reading.id,
      treaty: r.reading.treaty,
      hosts: r.hosts,
      rejected: r.rejected,
    })),
    deployments,
    sources: [...data.sources.values()].filter((s) => sourceIds.has(s.id)),
    enlargement: report.enlargement,
  };
}

export function registerForceLimits(analyze: Command): void {
  analyze
    .command('force-limits')
    .description(
      'when real deployments first breached the force limits of NRC 4 (2009) and NRA 4 (2021), per host and reading',
    )
    .option('--data <file>', `deployments to check (YAML or JSON; default ${DEFAULT_DATA_LABEL})`)
    .option(
      '--reading <id>',
      `a reading (repeatable; default all): ${READINGS.map((r) => r.id).join(', ')}`,
      collect,
      [],
    )
    .option('--treaty <id>', `only the readings of one draft: ${READING_TREATIES.join(' or ')}`)
    .option(
      '--as-of <date>',
      'count deployments up to this day (default: the asOf of the data, else its last date)',
    )
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      `
A counterfactual: neither draft was ever in force. The deployments run through the engine as deploy
and end-deployment acts of each draft, both assumed in force from 2010-01-01 among the same 29
States (Russia and the NATO members of that day).

Readings of NRC 4, the draft NATO-Russia agreement of December 2009 (finding
substantial_combat_forces): each sets scf.countTemporary, scf.targets and how the 24 aircraft and
helicopters are counted; ${DEFAULT_READING} is the reading the engine uses by default.

Reading of NRA 4, the draft agreement with the NATO member States of December 2021 (finding
forces_beyond_1997_baseline): nra-2021, the engine's default parameters nra.4.*; no threshold, any
counted forces of Russia or a NATO member of 27 May 1997 in another State in Europe breach it. With
it comes the section "NATO enlargement against NRA 6": every NATO accession since 27 May 1997 in the
party registry, with the engine's nato_enlargement finding for each after entry into force.

Output of est analyze force-limits --reading nrc-2010 --reading nra-2021 (excerpt):
                 NRC 4 (2009)  NRA 4 (2021)
  host           nrc-2010      nra-2021
  PL  Poland     2017-01-12    2010-05-23
  SK  Slovakia   -             2022-03-09
  ...
  2017-06-05  ME  Montenegro                                 nato_enlargement (NRA 6)
  2023-04-04  FI  Finland                                    nato_enlargement (NRA 6)

Examples:
  est analyze force-limits
  est analyze force-limits --reading nrc-2010 --reading nra-2021
  est analyze force-limits --treaty nra-2021
  est analyze force-limits --data my-deployments.yaml --as-of 2022-12-31 --json`,
    )
    .action((opts: { data?: string; reading: string[]; treaty?: string; asOf?: string; json?: boolean }) => {
      const treaty =
        opts.treaty === undefined
          ? undefined
          : parseTreatyOption(opts.treaty, 'est analyze force-limits', READING_TREATIES);
      const readings = selectReadings(opts.reading, treaty);
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
