/** @module `est parties`: the registry of states and organizations, and bloc memberships on a day. */
import type { Command } from 'commander';
import { parseIsoDate } from '../../treaty/dates.ts';
import type { IsoDate } from '../../treaty/dates.ts';
import type { BlocId } from '../../treaty/parties/index.ts';
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
      `\nPresets usable in scenarios and parameters: ${PRESET_IDS.join(', ')}, nato-joined-after:YYYY-MM-DD.\n\nExamples:\n  est parties --bloc NATO --as-of 2024-06-01\n  est parties --lang ru`,
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
          `${JSON.stringify({ asOf: date, bloc: bloc ?? null, states: rows, organizations }, null, 2)}\n`,
        );
        return;
      }
      const width = Math.max(...rows.map((r) => r.name.length), 10);
      const lines = [`${bloc ? `${bloc} members` : 'States'} on ${date} (${rows.length})`, ''];
      lines.push(`  id  ${'name'.padEnd(width)}  ${BLOC_IDS.map((b) => b.padEnd(13)).join('')}`.trimEnd());
      for (const r of rows) {
        lines.push(
          `  ${r.id}  ${r.name.padEnd(width)}  ${BLOC_IDS.map((b) => (r.blocs[b] ?? '').padEnd(13)).join('')}`.trimEnd(),
        );
      }
      if (!bloc) {
        lines.push('', `Organizations (EST 10)`, '');
        for (const o of ORGANIZATIONS) lines.push(`  ${o.id.padEnd(5)} ${o.name[lang]}`);
        lines.push('', 'Presets (as of 2009-11-29)', '');
        for (const id of PRESET_IDS) lines.push(`  ${id.padEnd(15)} ${PRESETS[id].length}`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
