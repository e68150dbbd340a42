/** @module `est parties`: the registry of states and organizations, and bloc memberships on a day. */
import type { Command } from 'commander';
import { parseIsoDate } from '../../treaty/dates.ts';
import type { IsoDate } from '../../treaty/dates.ts';
import type { BlocId, PresetId } from '../../treaty/parties/index.ts';
import {
  BLOC_IDS,
  MEMBERSHIPS,
  ORGANIZATIONS,
  PRESETS,
  PRESET_IDS,
  STATES,
} from '../../treaty/parties/index.ts';
import { CliError, parseAsOf } from '../io.ts';

interface PartiesOptions {
  asOf?: string;
  bloc?: string;
  lang: string;
  json?: boolean;
}

const TODAY_DEFAULT = '2009-11-29';

/** What the weaker ties mean, for the legend under a table that shows them. */
const TIE_LEGEND: Readonly<Record<string, string>> = {
  associate: 'associate: an associate member of the CIS, not a full member',
  participating:
    'participating: a state that ratified the CIS founding agreement but never the CIS Charter, so no member (Charter, Art. 7)',
};

/** Rows laid out in columns two spaces apart, each as wide as its widest cell. */
function columns(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => `  ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd());
}

/**
 * The title of a bloc's table. Where some states have a weaker tie than membership, the count says
 * so, and that party sets (the preset of 2009 among them) take the full members only.
 */
function blocTitle(bloc: BlocId, date: IsoDate, ties: readonly string[]): string[] {
  const members = ties.filter((t) => t === 'yes').length;
  const weaker = [...new Set(ties.filter((t) => t !== 'yes'))].sort();
  if (weaker.length === 0) return [`${bloc} members on ${date} (${members})`];
  const parts = [`${members} members`, ...weaker.map((k) => `${ties.filter((t) => t === k).length} ${k}`)];
  const counts = `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
  const preset = `${bloc.toLowerCase()}-2009`;
  const presetNote = (PRESET_IDS as readonly string[]).includes(preset)
    ? ` (the preset ${preset}: the ${PRESETS[preset as PresetId].length} members of 2009-11-29)`
    : '';
  return [
    `${bloc} on ${date}: ${ties.length} states with a tie, ${counts}`,
    `Party sets count the full members only${presetNote}.`,
  ];
}

/** How a state belongs to a bloc on a day: a full member, a weaker tie, or not at all. */
function tie(state: string, bloc: BlocId, date: IsoDate): string {
  if (bloc === 'OSCE') return STATES.find((s) => s.id === state && s.osceSince <= date) ? 'yes' : '';
  const m = MEMBERSHIPS.find(
    (x) => x.state === state && x.bloc === bloc && x.from <= date && (x.to === null || date < x.to),
  );
  return m === undefined ? '' : m.kind === 'member' ? 'yes' : m.kind;
}

export function registerParties(program: Command): void {
  program
    .command('parties')
    .description('list the states and organizations, with their bloc memberships on a day')
    .option(
      '--as-of <date>',
      `memberships on this day (default ${TODAY_DEFAULT}, the day the EST draft was published)`,
    )
    .option('--bloc <bloc>', `only the members of one bloc: ${BLOC_IDS.join(', ')}`)
    .option('--lang <lang>', 'names in en or ru', 'en')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `\nPresets usable in scenarios and parameters: ${PRESET_IDS.join(', ')}, nato-joined-after:YYYY-MM-DD, osce and osce+orgs (the OSCE of the day asked).\n\nExamples:\n  est parties --bloc NATO --as-of 2024-06-01\n  est parties --lang ru`,
    )
    .action((opts: PartiesOptions) => {
      const date = parseAsOf(opts.asOf) ?? (parseIsoDate(TODAY_DEFAULT) as IsoDate);
      if (opts.lang !== 'en' && opts.lang !== 'ru')
        throw new CliError(`--lang ${opts.lang}: expected en or ru`);
      const lang = opts.lang;
      const bloc = opts.bloc?.toUpperCase();
      if (bloc !== undefined && !(BLOC_IDS as readonly string[]).includes(bloc)) {
        throw new CliError(`--bloc ${opts.bloc}: expected one of ${BLOC_IDS.join(', ')}`);
      }
      const rows = STATES.filter((s) => bloc === undefined || tie(s.id, bloc as BlocId, date) !== '').map(
        (s) => ({
          id: s.id,
          name: s.name[lang],
          blocs: Object.fromEntries(BLOC_IDS.map((b) => [b, tie(s.id, b, date)])),
        }),
      );
      if (opts.json) {
        const organizations = bloc
          ? []
          : ORGANIZATIONS.map((o) => ({ id: o.id, name: o.name[lang], short: o.short[lang] }));
        process.stdout.write(
          `${JSON.stringify(
            {
              asOf: date,
              bloc: bloc ?? null,
              // With --bloc: how many of the states listed are full members (the rest have a weaker tie).
              ...(bloc ? { members: rows.filter((r) => r.blocs[bloc] === 'yes').length } : {}),
              states: rows,
              organizations,
            },
            null,
            2,
          )}\n`,
        );
        return;
      }
      const title = bloc
        ? blocTitle(
            bloc as BlocId,
            date,
            rows.map((r) => r.blocs[bloc] ?? ''),
          )
        : [`States on ${date} (${rows.length})`];
      const lines = [...title, ''];
      lines.push(
        ...columns([
          ['id', 'name', ...BLOC_IDS],
          ...rows.map((r) => [r.id, r.name, ...BLOC_IDS.map((b) => r.blocs[b] ?? '')]),
        ]),
      );
      const shown = new Set(rows.flatMap((r) => Object.values(r.blocs)));
      const legend = Object.entries(TIE_LEGEND).filter(([kind]) => shown.has(kind));
      if (legend.length > 0) lines.push('', ...legend.map(([, text]) => `  ${text}`));
      if (!bloc) {
        lines.push('', `Organizations (EST 10)`, '');
        for (const o of ORGANIZATIONS) lines.push(`  ${o.id.padEnd(5)} ${o.name[lang]}`);
        lines.push('', 'Presets (as of 2009-11-29)', '');
        for (const id of PRESET_IDS) lines.push(`  ${id.padEnd(15)} ${PRESETS[id].length}`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
