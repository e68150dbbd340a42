/**
 * @module `est compare SCENARIO`: one crisis under the EST, the North Atlantic Treaty, the UN Charter
 * and the OSCE (src/analysis/compare.ts), and the EST under variant readings (`--variant FILE` or
 * `--variant ID=VALUE`), with the decisions each reading changes. `est compare --treaty A --treaty B`
 * instead sets drafts of 2009 and 2021 side by side (./compare-drafts.ts); the two modes exclude each
 * other.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import type {
  CaseComparison,
  ChangedDecision,
  Comparison,
  DecisionRow,
  RegimeName,
  RegimeRow,
  Variant,
} from '../../analysis/compare.ts';
import { REGIMES, compare, isRegimeName } from '../../analysis/compare.ts';
import type { ParameterId } from '../../treaty/parameters/index.ts';
import {
  PARAMETER_IDS,
  PARAMETERS,
  isParameterId,
  parseParameterValue,
} from '../../treaty/parameters/index.ts';
import { CliError, collect, loadOrFail, parseSets } from '../io.ts';
import { runDraftComparison } from './compare-drafts.ts';
import { GENERATION_DRAFTS } from '../../treaty/generations/index.ts';
import { didYouMean } from '../../scenario/index.ts';

/** An inline variant, `ID=VALUE`: one EST parameter, named by what it sets. */
function inlineVariant(text: string): Variant {
  let overrides: Partial<Record<ParameterId, unknown>>;
  try {
    overrides = parseSets([text]);
  } catch (e) {
    throw new CliError((e as Error).message.replace(/^--set /, '--variant '));
  }
  for (const id of Object.keys(overrides) as ParameterId[])
    if (PARAMETERS[id].treaty !== 'est-2009')
      throw new CliError(
        `--variant ${text}: '${id}' belongs to ${PARAMETERS[id].treaty}; variants read the EST`,
      );
  return { name: text.trim(), overrides };
}

/** A variant from the command line: `ID=VALUE` inline, or else a file. */
export function variantOf(arg: string): Variant {
  return /^[A-Za-z][\w.]*\s*=/.test(arg) && !existsSync(arg) ? inlineVariant(arg) : readVariant(arg);
}

/** Reads a variant: a map of parameter ids to values, or `{ name, parameters }`. */
function readVariant(file: string): Variant {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'), { version: '1.2' });
  } catch (e) {
    throw new CliError(`--variant ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new CliError(`--variant ${file}: expected a map of parameter ids to values`);
  const doc = raw as Record<string, unknown>;
  const nested = doc['parameters'];
  const params = (nested !== undefined && typeof nested === 'object' ? nested : doc) as Record<
    string,
    unknown
  >;
  const name = typeof doc['name'] === 'string' ? doc['name'] : basename(file);
  const overrides: Partial<Record<ParameterId, unknown>> = {};
  for (const [id, value] of Object.entries(params)) {
    if (nested !== undefined && id === 'name') continue;
    if (!isParameterId(id))
      throw new CliError(`--variant ${file}: unknown parameter '${id}'${didYouMean(id, PARAMETER_IDS)}`);
    if (PARAMETERS[id].treaty !== 'est-2009')
      throw new CliError(
        `--variant ${file}: '${id}' belongs to ${PARAMETERS[id].treaty}; variants read the EST`,
      );
    const parsed = parseParameterValue(id, value);
    if (!parsed.ok) throw new CliError(`--variant ${file}: ${id}: expected ${parsed.expected}`);
    overrides[id] = parsed.value;
  }
  return { name, overrides };
}

function table(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    `${indent}${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd(),
  );
}

/** A list of ids, cut short when long (a bloc that abstains can be fifty states). */
function ids(list: readonly string[]): string {
  return list.length <= 6 ? list.join(', ') : `${list.length}: ${list.slice(0, 5).join(', ')}, ...`;
}

function cell(row: RegimeRow, d: DecisionRow): string {
  if (!row.convened) return 'no meeting';
  if (d.adopted === null) return row.closed === null ? 'pending' : 'not proposed';
  const left = d.notCounted.length > 0 ? ` (not counted: ${ids(d.notCounted)})` : '';
  if (d.adopted) return `adopted${left}`;
  if (d.blockedBy.length > 0)
    return `blocked: ${ids(d.blockedBy)}${row.treaty === 'un-1945' ? ' (veto)' : ''}${left}`;
  if (d.moreYesNeeded !== undefined)
    return `short of ${d.moreYesNeeded} yes (${d.unrecorded ?? 0} unrecorded)${left}`;
  return `not adopted${left}`;
}

function verdict(adopted: boolean | null): string {
  return adopted === null ? 'not decided' : adopted ? 'adopted' : 'not adopted';
}

function changeText(changed: readonly ChangedDecision[], of: number): string {
  if (changed.length === 0) return 'no decision changes';
  const list = changed.map((d) => `${d.id}: ${verdict(d.before)} -> ${verdict(d.after)}`).join('; ');
  return `${changed.length} of ${of} decisions change: ${list}`;
}

function convened(row: RegimeRow): string {
  if (!row.convened) return row.refused ? `no: ${row.refused.code} (${row.refused.cite})` : 'no';
  const closed = row.closed ? `, closed ${row.closed}` : ', still open';
  return `${row.convenedOn ?? '?'}, meets by ${row.meetsBy ?? '?'}${closed}; ${row.seats} seats`;
}

function caseSection(c: CaseComparison): string[] {
  const what = c.kind === 'attack' ? 'armed attack' : 'threat of attack';
  const by = c.notifiedBy === c.victim ? '' : ` (notified by ${c.notifiedBy})`;
  const lines = [`${c.id}: ${what} on ${c.victim} by ${c.attacker}, ${c.on}${by}`, ''];
  lines.push(
    ...table([
      ['regime', 'body', 'convened', 'binding'],
      ...c.rows.map((r) => [r.regime, r.body, convened(r), `${r.binding.value} (${r.binding.cite})`]),
    ]),
    '',
  );
  const decisions = c.rows[0]?.decisions.map((d) => d.id) ?? [];
  if (decisions.length > 0) {
    lines.push('  decisions');
    lines.push(
      ...table(
        [
          ['', ...c.rows.map((r) => r.regime)],
          ...decisions.map((id) => [
            id,
            ...c.rows.map((r) => cell(r, r.decisions.find((d) => d.id === id) as DecisionRow)),
          ]),
        ],
        '    ',
      ),
      '',
    );
  }
  if (c.changes.length > 0) {
    lines.push('  decisions each reading changes (against est, the scenario as it reads)');
    lines.push(
      ...table(
        c.changes.map((ch) => [ch.regime, changeText(ch.decisions, decisions.length)]),
        '    ',
      ),
      '',
    );
  }
  lines.push('  who could convene');
  lines.push(
    ...table(
      c.rows.map((r) => [r.regime, `${r.couldConvene.text} (${r.couldConvene.cite})`]),
      '    ',
    ),
    '',
  );
  lines.push('  who could block');
  lines.push(
    ...table(
      c.rows.map((r) => [r.regime, `${r.couldBlock.text} (${r.couldBlock.cite})`]),
      '    ',
    ),
    '',
  );
  return lines;
}

/** The comparison as text. */
export function formatComparison(cmp: Comparison): string {
  const lines = [cmp.scenario, `Regimes: ${cmp.regimes.join(', ')}`, ''];
  if (cmp.cases.length === 0)
    lines.push('No armed attack or threat is notified in this scenario: nothing to compare.', '');
  for (const c of cmp.cases) lines.push(...caseSection(c));
  lines.push('How the scenario was translated');
  for (const m of cmp.mapping) lines.push(`  - ${m}`);
  return `${lines.join('\n')}\n`;
}

interface CompareOptions {
  regime: string[];
  variant: string[];
  treaty: string[];
  lang?: string;
  json?: boolean;
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description(
      'run a crisis under the EST, NATO, the UN Security Council and the OSCE, side by side, or compare the drafts of 2009 and 2021 (--treaty)',
    )
    .argument('[scenario]', 'an EST scenario (*.scenario.yaml or .json) that notifies an attack')
    .option(
      '--regime <name>',
      `a regime to compare (repeatable): ${REGIMES.join(', ')} (default: all)`,
      collect,
      [],
    )
    .option(
      '--variant <reading>',
      'run the EST under another reading too and list the decisions it changes: ID=VALUE for one parameter, or a YAML file mapping EST parameters to values (repeatable)',
      collect,
      [],
    )
    .option(
      '--treaty <id>',
      `instead of a scenario: a draft to compare by theme (two to four of ${GENERATION_DRAFTS.join(', ')}, in the order given); nrc-2009 with nra-2021 adds their correspondence article by article`,
      collect,
      [],
    )
    .option('--lang <lang>', 'with --treaty: en or ru (the JSON carries both)')
    .option('--json', 'print the comparison as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  est compare scenarios/case-georgia-2008.scenario.yaml\n  est compare scenarios/case-ukraine-2014.scenario.yaml --regime est --regime unsc --json\n  est compare scenarios/case-georgia-2008.scenario.yaml --regime est --variant extraordinary.abstentionBlocks=true\n  est compare FILE --regime est --variant readings.yaml   (readings.yaml: "extraordinary.quorum: 2/3")\n  est compare --treaty nrc-2009 --treaty nra-2021              the NATO-Russia drafts of 2009 and 2021\n  est compare --treaty est-2009 --treaty nra-2021 --lang ru    the EST against the 2021 agreement, in Russian\n  est compare --treaty est-2009 --treaty nrc-2009 --treaty nra-2021 --treaty rus-us-2021 --json',
    )
    .action((file: string | undefined, opts: CompareOptions) => {
      if (opts.treaty.length > 0) {
        if (file !== undefined) throw new CliError(`give a scenario (${file}) or --treaty, not both`);
        if (opts.regime.length > 0 || opts.variant.length > 0)
          throw new CliError('--regime and --variant compare a scenario; they do not go with --treaty');
        process.stdout.write(runDraftComparison(opts.treaty, opts));
        return;
      }
      if (file === undefined)
        throw new CliError(
          'expected a scenario file, or two drafts to compare: est compare --treaty nrc-2009 --treaty nra-2021',
        );
      if (opts.lang !== undefined)
        throw new CliError('--lang goes with --treaty; the comparison of a scenario is in English');
      const regimes: RegimeName[] = opts.regime.map((r) => {
        if (!isRegimeName(r)) throw new CliError(`--regime ${r}: expected ${REGIMES.join(', ')}`);
        return r;
      });
      const variants = opts.variant.map(variantOf);
      const scenario = loadOrFail(file);
      if (scenario.treaty !== 'est-2009')
        throw new CliError(`${file}: est compare translates scenarios of est-2009, not ${scenario.treaty}`);
      const result = compare(scenario, { regimes, variants });
      process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatComparison(result));
    });
}
