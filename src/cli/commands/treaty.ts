/** @module `est treaty [ID]` and `est treaty params`: the provisions and the parameters. */
import type { Command } from 'commander';
import { allRules } from '../../engine/decide.ts';
import { FINDING_RULES } from '../../engine/findings.ts';
import type { Language, TreatyId } from '../../treaty/common.ts';
import { LANGUAGES, TREATY_IDS } from '../../treaty/common.ts';
import { citeFromRussian, citeIn, localCite } from '../../treaty/citation.ts';
import {
  BASIS_NAMES,
  PARAMETER_IDS,
  PARAMETERS,
  formatParameterValue,
  referenceIn,
  valueAt,
} from '../../treaty/parameters/index.ts';
import type { Parameter } from '../../treaty/parameters/index.ts';
import type { ProvisionData } from '../../treaty/provisions/index.ts';
import { PROVISIONS, childrenOf, citeOf, findProvisions } from '../../treaty/provisions/index.ts';
import { SOURCES } from '../../treaty/sources.ts';
import { TREATIES } from '../../treaty/treaties.ts';
import { CliError, parseTreatyOption } from '../io.ts';
import { wrapText } from '../report.ts';

interface TreatyOptions {
  lang: string;
  treaty?: string;
  json?: boolean;
}

function language(text: string): Language {
  if (!(LANGUAGES as readonly string[]).includes(text))
    throw new CliError(`--lang ${text}: expected en or ru`);
  return text as Language;
}

function treatyOption(text: string | undefined, command: string): TreatyId | undefined {
  return text === undefined ? undefined : parseTreatyOption(text, command, TREATY_IDS);
}

/** Rules (and finding rules) that cite or give effect to a provision. */
function rulesFor(id: string): string[] {
  const rules = [...allRules(), ...FINDING_RULES].filter(
    (r) => r.cites === id || (r.also ?? []).includes(id),
  );
  return [...new Set(rules.map((r) => r.id))];
}

const CONFIDENCE_TEXT: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  C: { en: 'confirmed by a retrieved source', ru: 'подтверждено найденным источником' },
  'C-partial': { en: 'partly confirmed', ru: 'подтверждено частично' },
  'R-m': { en: 'reconstructed, medium certainty', ru: 'восстановлено, средняя уверенность' },
  'R-l': { en: 'reconstructed, low certainty', ru: 'восстановлено, низкая уверенность' },
  U: { en: 'unknown', ru: 'неизвестно' },
};

function showProvision(p: ProvisionData, lang: Language, lines: string[]): void {
  lines.push(
    `${localCite(p.cite, lang)}  ${p.heading[lang]}  [${p.confidence}: ${CONFIDENCE_TEXT[p.confidence]?.[lang] ?? ''}]`,
  );
  lines.push(...wrapText(p.text[lang], '  '));
  if (p.sources.length > 0) {
    const titles = p.sources.map((s) => `${s} ${SOURCES.find((x) => x.id === s)?.title ?? ''}`.trim());
    lines.push(...wrapText(`${lang === 'ru' ? 'Источники' : 'Sources'}: ${titles.join('; ')}`, '  '));
  }
  const params = PARAMETER_IDS.filter((id) => PARAMETERS[id].cites === p.id);
  for (const id of params) {
    const param = PARAMETERS[id] as Parameter;
    lines.push(
      `  ${lang === 'ru' ? 'Параметр' : 'Parameter'} ${id} = ${valueText(valueAt(param, TREATIES[param.treaty].version), lang)} (${BASIS_NAMES[param.basis][lang]})`,
    );
  }
  const rules = rulesFor(p.id);
  if (p.notModelled)
    lines.push(
      ...wrapText(`${lang === 'ru' ? 'Не моделируется' : 'NOT MODELLED'}: ${p.notModelled[lang]}`, '  '),
    );
  else if (rules.length > 0)
    lines.push(...wrapText(`${lang === 'ru' ? 'Правила' : 'Rules'}: ${rules.join(', ')}`, '  '));
  lines.push('');
}

/** A value as `formatParameterValue` writes it, with "unset" in the reader's language. */
function valueText(value: Parameter['values'][number]['value'], lang: Language): string {
  return value === null && lang === 'ru' ? 'не задано' : formatParameterValue(value);
}

function listProvisions(lang: Language, treaty: TreatyId | undefined): string {
  const lines: string[] = [];
  for (const t of treaty ? [treaty] : TREATY_IDS) {
    lines.push(TREATIES[t].title[lang], '');
    const nodes = PROVISIONS.filter((x) => x.treaty === t);
    // Citations of the regimes run longer ("OSCE Prague 1992, 16"): widen the column for them only.
    const width = Math.max(
      22,
      ...nodes.map((p) => localCite(p.cite, lang).length + (p.parent === null ? 2 : 4)),
    );
    for (const p of nodes) {
      const mark = p.notModelled ? (lang === 'ru' ? 'не моделируется' : 'not modelled') : '';
      const indent = p.parent === null ? '  ' : '    ';
      lines.push(
        `${indent}${localCite(p.cite, lang).padEnd(width - indent.length + 2)}${p.confidence.padEnd(11)}${p.heading[lang]}${mark ? `  (${mark})` : ''}`,
      );
    }
    lines.push('');
  }
  lines.push(
    lang === 'ru'
      ? 'Подробнее: est treaty "ДЕБ, ст. 8, п. 3" --lang ru (или "EST 8(3)"); параметры: est treaty params --lang ru'
      : 'More: est treaty "EST 8(3)"; parameters: est treaty params',
  );
  return `${lines.join('\n')}\n`;
}

/** The column heads of `est treaty params`, and what the basis column means, in each language. */
const PARAMS_TEXT = {
  en: {
    head: ['parameter', 'cite', 'conf.', 'basis', 'value'],
    since: 'since',
    legend: [
      'basis: text - a retrieved source gives the figure of the text; blank - the text leaves a blank',
      'and the value is a modelling choice; reading - a reading we chose, contested or reconstructed',
      'without a retrieved text to check it against. Override: est run FILE --set id=value',
    ],
  },
  ru: {
    head: ['параметр', 'положение', 'увер.', 'основание', 'значение'],
    since: 'с',
    legend: [
      'Основание: текст — значение дано текстом по найденному источнику; пропуск в тексте — в проекте',
      'на месте значения пропуск, и значение выбрано моделью; толкование — выбранное нами прочтение,',
      'спорное или восстановленное без найденного текста, с которым его можно сверить.',
      'Изменить: est run ФАЙЛ --set id=значение',
    ],
  },
} as const;

function paramsTable(lang: Language, treaty: TreatyId | undefined): string {
  const text = PARAMS_TEXT[lang];
  const ids = PARAMETER_IDS.filter((id) => !treaty || PARAMETERS[id].treaty === treaty);
  const rows = ids.map((id) => {
    const p = PARAMETERS[id] as Parameter;
    return [
      id,
      citeIn(p.cites, lang),
      p.confidence,
      BASIS_NAMES[p.basis][lang],
      valueText(valueAt(p, TREATIES[p.treaty].version), lang),
    ];
  });
  const head = text.head;
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: readonly string[]) =>
    r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
  const lines = [fmt(head), ...rows.map(fmt), '', ...text.legend];
  for (const id of ids) {
    lines.push(`\n${id}: ${PARAMETERS[id].description[lang]}`);
    for (const v of PARAMETERS[id].values as Parameter['values'])
      lines.push(`  ${text.since} ${v.since}: ${valueText(v.value, lang)} (${referenceIn(v, lang)})`);
  }
  return `${lines.join('\n')}\n`;
}

/** Provisions a reader names, by id or citation in English or Russian («ДЕБ, ст. 8, п. 3»). */
function provisionsNamed(id: string, only: TreatyId | undefined): readonly ProvisionData[] {
  const found = findProvisions(id, only);
  if (found.length > 0) return found;
  const english = citeFromRussian(id);
  return english === null ? [] : findProvisions(english, only);
}

export function registerTreaty(program: Command): void {
  const treaty = program
    .command('treaty')
    .enablePositionalOptions()
    .description(
      'show the provisions of the drafts (paraphrased), or one provision with its rules and parameters',
    )
    .argument('[id]', 'a provision id or citation: est.8.3, "EST 8(3)", 8(3), "NRC 4", "ДЕБ, ст. 8, п. 3"')
    .option('--lang <lang>', 'en or ru', 'en')
    .option('--treaty <id>', `only this draft: ${TREATY_IDS.join(' or ')}`)
    .option('--json', 'print the provision data as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  est treaty\n  est treaty "EST 8(3)" --lang ru\n  est treaty params\n  est treaty params --lang ru',
    )
    .action((id: string | undefined, opts: TreatyOptions) => {
      const lang = language(opts.lang);
      const only = treatyOption(opts.treaty, 'est treaty');
      if (id === undefined) {
        process.stdout.write(
          opts.json
            ? `${JSON.stringify(
                PROVISIONS.filter((p) => !only || p.treaty === only),
                null,
                2,
              )}\n`
            : listProvisions(lang, only),
        );
        return;
      }
      const found = provisionsNamed(id, only);
      if (found.length === 0) throw new CliError(`no provision ${id}; est treaty lists them`);
      const shown = found.flatMap((p) => [p, ...childrenOf(p.id).filter((c) => !found.includes(c))]);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
        return;
      }
      const lines: string[] = [];
      for (const p of shown) showProvision(p, lang, lines);
      process.stdout.write(`${lines.join('\n').trimEnd()}\n`);
    });
  treaty
    .command('params')
    .description('list every parameter: value, citation, confidence, and whether the text leaves it blank')
    .option('--lang <lang>', 'en or ru: headings, citations, basis and notes in that language', 'en')
    .option('--treaty <id>', `only this draft: ${TREATY_IDS.join(' or ')}`)
    .option('--json', 'print the parameters as JSON (each value with its note: reference, referenceRu)')
    .action((opts: TreatyOptions) => {
      const lang = language(opts.lang);
      const only = treatyOption(opts.treaty, 'est treaty params');
      if (opts.json) {
        const list = PARAMETER_IDS.filter((id) => !only || PARAMETERS[id].treaty === only).map((id) => ({
          ...PARAMETERS[id],
          cite: citeOf(PARAMETERS[id].cites),
        }));
        process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        return;
      }
      process.stdout.write(paramsTable(lang, only));
    });
}
