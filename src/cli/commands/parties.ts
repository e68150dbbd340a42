/**
 * @module `est parties`: the registry of states and organizations, and bloc memberships on a day;
 * with `--treaty`, who may sign that draft on the day (its signature-eligibility parameter).
 */
import type { Command } from 'commander';
import { localCite } from '../../treaty/citation.ts';
import type { TreatyId } from '../../treaty/common.ts';
import { TREATY_IDS } from '../../treaty/common.ts';
import { parseIsoDate } from '../../treaty/dates.ts';
import type { IsoDate } from '../../treaty/dates.ts';
import type { ParameterId } from '../../treaty/parameters/index.ts';
import {
  PARAMETERS,
  PARAMETER_IDS,
  formatParameterValue,
  resolveParameters,
} from '../../treaty/parameters/index.ts';
import type { BlocId, PresetId } from '../../treaty/parties/index.ts';
import {
  BLOC_IDS,
  MEMBERSHIPS,
  ORGANIZATIONS,
  PRESETS,
  PRESET_IDS,
  STATES,
  resolvePartySet,
} from '../../treaty/parties/index.ts';
import type { PartySet } from '../../treaty/parties/index.ts';
import { citeOf } from '../../treaty/provisions/index.ts';
import { TREATIES } from '../../treaty/treaties.ts';
import type { Language } from '../../treaty/common.ts';
import { CliError, parseAsOf, parseTreatyOption } from '../io.ts';

interface PartiesOptions {
  asOf?: string;
  bloc?: string;
  treaty?: string;
  lang: string;
  json?: boolean;
}

/** The parameter that says who may sign each draft that has one (`signature.eligible`, `nra.signature.eligible`...). */
const ELIGIBILITY: ReadonlyMap<TreatyId, ParameterId> = new Map(
  TREATY_IDS.flatMap((t): [TreatyId, ParameterId][] => {
    const id = PARAMETER_IDS.find((p) => PARAMETERS[p].treaty === t && p.endsWith('signature.eligible'));
    return id === undefined ? [] : [[t, id]];
  }),
);

/** Who may sign a draft on a day, from its parameter as the text gives it (null: the text leaves it unset). */
function eligibleOn(
  treaty: TreatyId,
  date: IsoDate,
): { id: ParameterId; value: PartySet | null; who: ReadonlySet<string> } {
  const id = ELIGIBILITY.get(treaty) as ParameterId;
  const value = (resolveParameters(treaty, {}, date)[id] ?? null) as PartySet | null;
  return { id, value, who: value === null ? new Set() : resolvePartySet(value, date) };
}

const TODAY_DEFAULT = '2009-11-29';

/** How a state stands toward a bloc, as `tie` returns it and the JSON gives it. */
type Tie = 'yes' | 'associate' | 'participating' | '';

/** The table's words for each tie; a state with no tie reads "no" (never an empty cell). */
const TIE_WORDS: Readonly<Record<Language, Readonly<Record<Tie, string>>>> = {
  en: { yes: 'yes', associate: 'associate', participating: 'participating', '': 'no' },
  ru: { yes: 'да', associate: 'ассоциированный', participating: 'участвующее', '': 'нет' },
};

/** What the weaker ties mean, for the legend under a table that shows them. */
const TIE_LEGEND: Readonly<Record<Language, Readonly<Partial<Record<Tie, string>>>>> = {
  en: {
    associate: 'associate: an associate member of the CIS, not a full member',
    participating:
      'participating: a state that ratified the CIS founding agreement but never the CIS Charter, so no member (Charter, Art. 7)',
  },
  ru: {
    associate: 'ассоциированный: ассоциированный, а не полноправный член СНГ',
    participating:
      'участвующее: государство, ратифицировавшее Соглашение о создании СНГ, но не Устав СНГ, а потому не член (Устав, ст. 7)',
  },
};

/** The blocs' abbreviations in the reader's language (`CSTO` / `ОДКБ`); the OSCE is an organization too. */
function blocName(bloc: BlocId, lang: Language): string {
  return ORGANIZATIONS.find((o) => o.id === bloc)?.short[lang] ?? bloc;
}

const RU_PLURAL = new Intl.PluralRules('ru');

/** A Russian noun after a number: 1 член, 2 члена, 5 членов (21 член, 11 членов). */
function ru(n: number, one: string, few: string, many: string): string {
  const form = RU_PLURAL.select(n);
  return form === 'one' ? one : form === 'few' ? few : many;
}

/** The headings and sentences of the command, in each language. */
const TEXT = {
  en: {
    id: 'id',
    name: 'name',
    states: (date: string, n: number) => `States on ${date} (${n})`,
    members: (bloc: string, date: string, n: number) => `${bloc} members on ${date} (${n})`,
    withTie: (bloc: string, date: string, n: number, counts: string) =>
      `${bloc} on ${date}: ${n} states with a tie, ${counts}`,
    count: (n: number, tie: Tie) => (tie === 'yes' ? `${n} members` : `${n} ${tie}`),
    and: 'and',
    fullOnly: (note: string) => `Party sets count the full members only${note}.`,
    presetNote: (preset: string, n: number) => ` (the preset ${preset}: the ${n} members of 2009-11-29)`,
    organizations: 'Organizations (EST 10)',
    presets: 'Presets (as of 2009-11-29)',
    maySign: 'may sign',
    eligible: (treaty: string, cite: string, param: string, value: string, states: number, orgs: number) =>
      `Who may sign ${treaty} (${cite}, ${param} = ${value}): ${states} ${states === 1 ? 'state' : 'states'}${orgs > 0 ? ` and ${orgs} ${orgs === 1 ? 'organization' : 'organizations'}` : ''}`,
  },
  ru: {
    id: 'код',
    name: 'название',
    states: (date: string, n: number) => `Государства на ${date} (${n})`,
    members: (bloc: string, date: string, n: number) => `Члены ${bloc} на ${date} (${n})`,
    withTie: (bloc: string, date: string, n: number, counts: string) =>
      `${bloc} на ${date}: ${n} ${ru(n, 'государство', 'государства', 'государств')} (${counts})`,
    count: (n: number, tie: Tie) =>
      tie === 'yes'
        ? `${n} ${ru(n, 'член', 'члена', 'членов')}`
        : tie === 'associate'
          ? `${n} ${ru(n, 'ассоциированный член', 'ассоциированных члена', 'ассоциированных членов')}`
          : `${n} ${ru(n, 'участвующее государство', 'участвующих государства', 'участвующих государств')}`,
    and: 'и',
    fullOnly: (note: string) => `Наборы участников учитывают только полноправных членов${note}.`,
    presetNote: (preset: string, n: number) =>
      ` (набор ${preset}: ${n} ${ru(n, 'член', 'члена', 'членов')} на 2009-11-29)`,
    organizations: 'Организации (ДЕБ, ст. 10)',
    presets: 'Готовые наборы (на 2009-11-29)',
    maySign: 'может подписать',
    eligible: (treaty: string, cite: string, param: string, value: string, states: number, orgs: number) =>
      `Кто может подписать ${treaty} (${cite}, ${param} = ${value}): ${states} ${ru(states, 'государство', 'государства', 'государств')}${orgs > 0 ? ` и ${orgs} ${ru(orgs, 'организация', 'организации', 'организаций')}` : ''}`,
  },
} as const;

/**
 * Rows laid out in columns, each as wide as its widest cell, three spaces apart so that no two
 * cells ever read as one word.
 */
function columns(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => `  ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('   ')}`.trimEnd());
}

/**
 * The title of a bloc's table. Where some states have a weaker tie than membership, the count says
 * so, and that party sets (the preset of 2009 among them) take the full members only.
 */
function blocTitle(bloc: BlocId, date: IsoDate, ties: readonly Tie[], lang: Language): string[] {
  const text = TEXT[lang];
  const name = blocName(bloc, lang);
  const members = ties.filter((t) => t === 'yes').length;
  const weaker = [...new Set(ties.filter((t) => t !== 'yes'))].sort();
  if (weaker.length === 0) return [text.members(name, date, members)];
  const parts = [
    text.count(members, 'yes'),
    ...weaker.map((k) => text.count(ties.filter((t) => t === k).length, k)),
  ];
  const counts = `${parts.slice(0, -1).join(', ')} ${text.and} ${parts.at(-1) ?? ''}`;
  const preset = `${bloc.toLowerCase()}-2009`;
  const presetNote = (PRESET_IDS as readonly string[]).includes(preset)
    ? text.presetNote(preset, PRESETS[preset as PresetId].length)
    : '';
  return [text.withTie(name, date, ties.length, counts), text.fullOnly(presetNote)];
}

/** How a state belongs to a bloc on a day: a full member, a weaker tie, or not at all. */
function tie(state: string, bloc: BlocId, date: IsoDate): Tie {
  if (bloc === 'OSCE') return STATES.find((s) => s.id === state && s.osceSince <= date) ? 'yes' : '';
  const m = MEMBERSHIPS.find(
    (x) => x.state === state && x.bloc === bloc && x.from <= date && (x.to === null || date < x.to),
  );
  return m === undefined ? '' : m.kind === 'member' ? 'yes' : m.kind;
}

/** A bloc as typed: its id in any case (`nato`), or its Russian abbreviation (`НАТО`). */
function blocOption(text: string): BlocId {
  const upper = text.toUpperCase();
  const found =
    BLOC_IDS.find((b) => b === upper) ??
    BLOC_IDS.find((b) => blocName(b, 'ru').toLocaleUpperCase('ru') === text.toLocaleUpperCase('ru'));
  if (found === undefined) throw new CliError(`--bloc ${text}: expected one of ${BLOC_IDS.join(', ')}`);
  return found;
}

export function registerParties(program: Command): void {
  program
    .command('parties')
    .description('list the states and organizations, with their bloc memberships on a day')
    .option(
      '--as-of <date>',
      `memberships on this day (default ${TODAY_DEFAULT}, the day the EST draft was published)`,
    )
    .option(
      '--bloc <bloc>',
      `only the states with a tie to one bloc: ${BLOC_IDS.join(', ')} (or НАТО, ЕС, ОДКБ, СНГ, ОБСЕ)`,
    )
    .option(
      '--treaty <id>',
      `also who may sign this draft on the day (default day: the date of its text): ${[...ELIGIBILITY.keys()].join(', ')}`,
    )
    .option(
      '--lang <lang>',
      'en or ru: names, headings, yes/no and the legend in English or Russian (--json: the names only)',
      'en',
    )
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `\nPresets usable in scenarios and parameters: ${PRESET_IDS.join(', ')}, nato-joined-after:YYYY-MM-DD, osce and osce+orgs (the OSCE of the day asked).\n\nExamples:\n  est parties --bloc NATO --as-of 2024-06-01\n  est parties --lang ru\n  est parties --bloc CIS --lang ru\n  est parties --treaty nra-2021 --bloc NATO`,
    )
    .action((opts: PartiesOptions) => {
      const treaty =
        opts.treaty === undefined
          ? undefined
          : parseTreatyOption(opts.treaty, 'est parties', [...ELIGIBILITY.keys()]);
      const date =
        parseAsOf(opts.asOf) ??
        (treaty === undefined ? (parseIsoDate(TODAY_DEFAULT) as IsoDate) : TREATIES[treaty].version);
      if (opts.lang !== 'en' && opts.lang !== 'ru')
        throw new CliError(`--lang ${opts.lang}: expected en or ru`);
      const lang: Language = opts.lang;
      const text = TEXT[lang];
      const bloc = opts.bloc === undefined ? undefined : blocOption(opts.bloc);
      const eligible = treaty === undefined ? null : eligibleOn(treaty, date);
      const rows = STATES.filter((s) => bloc === undefined || tie(s.id, bloc, date) !== '').map((s) => ({
        id: s.id,
        name: s.name[lang],
        blocs: Object.fromEntries(BLOC_IDS.map((b) => [b, tie(s.id, b, date)])) as Record<BlocId, Tie>,
        ...(eligible ? { maySign: eligible.who.has(s.id) } : {}),
      }));
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
              ...(treaty && eligible
                ? {
                    treaty,
                    eligibility: {
                      parameter: eligible.id,
                      value: eligible.value,
                      who: [...eligible.who].sort(),
                    },
                  }
                : {}),
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
            bloc,
            date,
            rows.map((r) => r.blocs[bloc]),
            lang,
          )
        : [text.states(date, rows.length)];
      const words = TIE_WORDS[lang];
      const lines = [...title];
      if (treaty && eligible) {
        const orgs = ORGANIZATIONS.filter((o) => eligible.who.has(o.id)).length;
        lines.push(
          text.eligible(
            treaty,
            localCite(citeOf(PARAMETERS[eligible.id].cites), lang),
            eligible.id,
            formatParameterValue(eligible.value),
            eligible.who.size - orgs,
            orgs,
          ),
        );
      }
      lines.push('');
      const sign = (r: (typeof rows)[number]): string[] =>
        r.maySign === undefined ? [] : [words[r.maySign ? 'yes' : '']];
      lines.push(
        ...columns([
          [
            text.id,
            text.name,
            ...BLOC_IDS.map((b) => blocName(b, lang)),
            ...(eligible ? [text.maySign] : []),
          ],
          ...rows.map((r) => [r.id, r.name, ...BLOC_IDS.map((b) => words[r.blocs[b]]), ...sign(r)]),
        ]),
      );
      const shown = new Set(rows.flatMap((r) => Object.values(r.blocs)));
      const legend = Object.entries(TIE_LEGEND[lang]).filter(([kind]) => shown.has(kind as Tie));
      if (legend.length > 0) lines.push('', ...legend.map(([, line]) => `  ${line}`));
      if (!bloc) {
        lines.push('', text.organizations, '');
        for (const o of ORGANIZATIONS)
          lines.push(`  ${o.id.padEnd(5)} ${o.name[lang]}${lang === 'ru' ? ` (${o.short.ru})` : ''}`);
        lines.push('', text.presets, '');
        for (const id of PRESET_IDS) lines.push(`  ${id.padEnd(15)} ${PRESETS[id].length}`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
