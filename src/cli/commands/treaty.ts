/** @module `est treaty [ID]` and `est treaty params`: the provisions and the parameters. */
import type { Command } from 'commander';
import { allRules } from '../../engine/decide.ts';
import { FINDING_RULES } from '../../engine/findings.ts';
import type { Language, TreatyId } from '../../treaty/common.ts';
import { LANGUAGES, TREATY_IDS } from '../../treaty/common.ts';
import { PARAMETER_IDS, PARAMETERS, formatParameterValue, valueAt } from '../../treaty/parameters/index.ts';
import type { Parameter } from '../../treaty/parameters/index.ts';
import type { ProvisionData } from '../../treaty/provisions/index.ts';
import { PROVISIONS, childrenOf, citeOf, findProvisions } from '../../treaty/provisions/index.ts';
import { SOURCES } from '../../treaty/sources.ts';
import { TREATIES } from '../../treaty/treaties.ts';
import { CliError } from '../io.ts';

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

function treatyOption(text: string | undefined): TreatyId | undefined {
  if (text === undefined) return undefined;
  if (!(TREATY_IDS as readonly string[]).includes(text))
    throw new CliError(`--treaty ${text}: expected ${TREATY_IDS.join(' or ')}`);
  return text as TreatyId;
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
    `${p.cite}  ${p.heading[lang]}  [${p.confidence}: ${CONFIDENCE_TEXT[p.confidence]?.[lang] ?? ''}]`,
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
      `  ${lang === 'ru' ? 'Параметр' : 'Parameter'} ${id} = ${formatParameterValue(valueAt(param, TREATIES[param.treaty].version))} (${param.basis})`,
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

function wrapText(text: string, indent: string, width = 100): string[] {
  const out: string[] = [];
  let line = indent;
  for (const word of text.split(/\s+/)) {
    if (line.length > indent.length && line.length + word.length + 1 > width) {
      out.push(line);
      line = indent;
    }
    line += line.length > indent.length ? ` ${word}` : word;
  }
  if (line.length > indent.length) out.push(line);
  return out;
}

function listProvisions(lang: Language, treaty: TreatyId | undefined): string {
  const lines: string[] = [];
  for (const t of treaty ? [treaty] : TREATY_IDS) {
    lines.push(TREATIES[t].title[lang], '');
    const nodes = PROVISIONS.filter((x) => x.treaty === t);
    // Citations of the regimes run longer ("OSCE Prague 1992, 16"): widen the column for them only.
    const width = Math.max(22, ...nodes.map((p) => p.cite.length + (p.parent === null ? 2 : 4)));
    for (const p of nodes) {
      const mark = p.notModelled ? (lang === 'ru' ? 'не моделируется' : 'not modelled') : '';
      const indent = p.parent === null ? '  ' : '    ';
      lines.push(
        `${indent}${p.cite.padEnd(width - indent.length + 2)}${p.confidence.padEnd(10)}${p.heading[lang]}${mark ? `  (${mark})` : ''}`,
      );
    }
    lines.push('');
  }
  lines.push(
    lang === 'ru'
      ? 'Подробнее: est treaty "EST 8(3)"; параметры: est treaty params'
      : 'More: est treaty "EST 8(3)"; parameters: est treaty params',
  );
  return `${lines.join('\n')}\n`;
}

function paramsTable(lang: Language, treaty: TreatyId | undefined): string {
  const rows = PARAMETER_IDS.filter((id) => !treaty || PARAMETERS[id].treaty === treaty).map((id) => {
    const p = PARAMETERS[id] as Parameter;
    return [
      id,
      citeOf(p.cites),
      p.confidence,
      p.basis,
      formatParameterValue(valueAt(p, TREATIES[p.treaty].version)),
    ];
  });
  const head = ['parameter', 'cite', 'conf.', 'basis', 'value'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: readonly string[]) =>
    r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
  const lines = [fmt(head), ...rows.map(fmt), ''];
  lines.push(
    ...(lang === 'ru'
      ? [
          'basis: text — значение дано текстом по найденному источнику; blank — текст оставляет пропуск,',
          'значение выбрано моделью; reading — толкование, выбранное моделью: спорное или восстановленное',
          'без сверки с найденным текстом. Изменить: est run FILE --set id=значение',
        ]
      : [
          'basis: text - a retrieved source gives the figure of the text; blank - the text leaves a blank',
          'and the value is a modelling choice; reading - a reading we chose, contested or reconstructed',
          'without a retrieved text to check it against. Override: est run FILE --set id=value',
        ]),
  );
  for (const id of PARAMETER_IDS.filter((x) => !treaty || PARAMETERS[x].treaty === treaty)) {
    lines.push(`\n${id}: ${PARAMETERS[id].description[lang]}`);
    for (const v of PARAMETERS[id].values as Parameter['values'])
      lines.push(`  since ${v.since}: ${formatParameterValue(v.value)} (${v.reference})`);
  }
  return `${lines.join('\n')}\n`;
}

export function registerTreaty(program: Command): void {
  const treaty = program
    .command('treaty')
    .enablePositionalOptions()
    .description(
      'show the provisions of the drafts (paraphrased), or one provision with its rules and parameters',
    )
    .argument('[id]', 'a provision id or citation: est.8.3, "EST 8(3)", 8(3), "NRC 4"')
    .option('--lang <lang>', 'en or ru', 'en')
    .option('--treaty <id>', `only this draft: ${TREATY_IDS.join(' or ')}`)
    .option('--json', 'print the provision data as JSON')
    .addHelpText('after', '\nExamples:\n  est treaty\n  est treaty "EST 8(3)" --lang ru\n  est treaty params')
    .action((id: string | undefined, opts: TreatyOptions) => {
      const lang = language(opts.lang);
      const only = treatyOption(opts.treaty);
      if (id === undefined) {
        process.stdout.write(
          opts.json ? `${JSON.stringify(PROVISIONS, null, 2)}\n` : listProvisions(lang, only),
        );
        return;
      }
      const found = findProvisions(id, only);
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
    .option('--lang <lang>', 'en or ru', 'en')
    .option('--treaty <id>', `only this draft: ${TREATY_IDS.join(' or ')}`)
    .option('--json', 'print the parameters as JSON')
    .action((opts: TreatyOptions) => {
      const lang = language(opts.lang);
      const only = treatyOption(opts.treaty);
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
