/**
 * @module The words of the scenario playground, in English and Russian: its messages, and the nouns it
 * counts with their plural forms (and `countOf`, which puts a count before its noun).
 */
import type { Language, PluralForms, useT } from '../i18n.tsx';
import { defineMessages, plural } from '../i18n.tsx';

export const M = defineMessages({
  title: { en: 'Scenario playground', ru: 'Песочница сценариев' },
  intro: {
    en: 'Open or paste a scenario (YAML or JSON, as for est run) and run it here, in your browser, with the same rules as the command line. Nothing is sent to the server: a run here files nothing with the',
    ru: 'Откройте или вставьте сценарий (YAML или JSON, как для est run) и запустите его здесь, в браузере, по тем же правилам, что и в командной строке. На сервер ничего не отправляется: прогон здесь ничего не подаёт',
  },
  depositary: { en: 'depositary', ru: 'депозитарию' },
  examples: { en: 'Examples', ru: 'Примеры' },
  'example.conference': { en: 'A small Conference (38 of 56)', ru: 'Небольшая Конференция (38 из 56)' },
  'example.extraordinary': {
    en: 'Extraordinary Conference, attacker left out',
    ru: 'Чрезвычайная конференция без голоса нападающего',
  },
  'example.nrc': { en: 'NRC 4: deployments', ru: 'Соглашение Россия–НАТО, ст. 4: размещение сил' },
  'example.georgia': { en: 'Georgia, August 2008', ru: 'Грузия, август 2008' },
  open: { en: 'Open a scenario file', ru: 'Открыть файл сценария' },
  editor: { en: 'Scenario (YAML or JSON)', ru: 'Сценарий (YAML или JSON)' },
  untitled: { en: 'untitled', ru: 'без имени' },
  edited: { en: '{file} (edited)', ru: '{file} (изменён)' },
  placeholder: {
    en: 'name: My scenario\ntreaty: est-2009\nevents:\n  - { on: 2010-02-01, act: sign, by: RU }',
    ru: 'name: Мой сценарий\ntreaty: est-2009\nevents:\n  - { on: 2010-02-01, act: sign, by: RU }',
  },
  run: { en: 'Run', ru: 'Запустить' },
  runHint: { en: 'Ctrl+Enter runs it too.', ru: 'Ctrl+Enter тоже запускает.' },
  options: { en: 'Options: parameters (--set) and date (--as-of)', ru: 'Параметры (--set) и дата (--as-of)' },
  asOf: { en: 'Report as of (--as-of)', ru: 'Отчёт на дату (--as-of)' },
  asOfBad: { en: 'expected a date YYYY-MM-DD', ru: 'ожидается дата ГГГГ-ММ-ДД' },
  param: { en: 'Parameter', ru: 'Параметр' },
  value: {
    en: 'Value (as for --set: 2/3, 180, true, [RU, BY])',
    ru: 'Значение (как для --set: 2/3, 180, true, [RU, BY])',
  },
  add: { en: 'Set', ru: 'Задать' },
  noValue: {
    en: 'Enter a value for {id} (null leaves it unset).',
    ru: 'Введите значение для {id} (null оставляет его незаданным).',
  },
  remove: { en: 'Remove {id}', ru: 'Убрать {id}' },
  badValue: { en: '{id}: expected {expected}', ru: '{id}: ожидается {expected}' },
  command: { en: 'The same on the command line:', ru: 'То же в командной строке:' },
  malformed: {
    en: 'The scenario is malformed ({issues}). Nothing was run.',
    ru: 'Сценарий составлен с ошибками ({issues}). Ничего не запущено.',
  },
  line: { en: 'line', ru: 'строка' },
  column: { en: 'column', ru: 'столбец' },
  field: { en: 'field', ru: 'поле' },
  problem: { en: 'problem', ru: 'ошибка' },
  goTo: { en: 'Show line {line}', ru: 'Показать строку {line}' },
  empty: {
    en: 'Paste a scenario or pick an example first.',
    ru: 'Сначала вставьте сценарий или выберите пример.',
  },
  report: { en: 'Report', ru: 'Отчёт' },
  whatIf: { en: 'What-if: a scenario, not the record.', ru: 'Что если: сценарий, а не история.' },
  whatIfText: {
    en: 'Its acts are assumed or invented, and judged by the draft’s rules; the draft was signed by no one and is in force nowhere.',
    ru: 'Действия в нём — допущения или вымысел, оценённые по правилам проекта; проект никем не подписан и нигде не действует.',
  },
  asOfLine: { en: '{treaty}, as of {date}', ru: '{treaty}, на {date}' },
  ran: {
    en: 'Ran {acts} ({refused} refused): {procedures}, {findings}.',
    ru: 'Прогон: {acts} (отклонено: {refused}); {procedures}, {findings}.',
  },
  download: { en: 'Download the outcome JSON', ru: 'Скачать итог в JSON' },
  downloadHint: {
    en: 'The same JSON as est run --json (the contract shared with the API).',
    ru: 'Тот же JSON, что выдаёт est run --json (общий формат с API).',
  },
  changed: { en: 'Parameters changed', ru: 'Изменённые параметры' },
  textDefault: { en: 'the text: {value}', ru: 'по тексту: {value}' },
  treatyTitle: { en: 'Treaty', ru: 'Договор' },
  notInForce: { en: 'Not in force.', ru: 'Не вступил в силу.' },
  inForceSince: { en: 'In force since {date}.', ru: 'Действует с {date}.' },
  entersOn: { en: 'Enters into force on {date}.', ru: 'Вступает в силу {date}.' },
  inForceAssumed: {
    en: 'In force since {date}, as the scenario assumes (assume: inForce): no instrument had to be deposited.',
    ru: 'Действует с {date}, как предполагает сценарий (assume: inForce): сдавать документы не требовалось.',
  },
  entersAssumed: {
    en: 'Enters into force on {date}, as the scenario assumes (assume: inForce): no instrument had to be deposited.',
    ru: 'Вступает в силу {date}, как предполагает сценарий (assume: inForce): сдавать документы не требовалось.',
  },
  countedSince: { en: 'Counted instruments deposited since', ru: 'Учтено документов, сданных с тех пор' },
  counted: { en: 'Counted instruments', ru: 'Учтено документов' },
  parties: { en: 'Parties and signatories ({n})', ru: 'Участники и подписавшие ({n})' },
  none: { en: 'none', ru: 'нет' },
  'status.party': { en: 'Parties', ru: 'Участники' },
  'status.withdrawing': { en: 'Withdrawing', ru: 'Выходят' },
  'status.withdrawn': { en: 'Withdrawn', ru: 'Вышли' },
  'status.acceding': { en: 'Acceding', ru: 'Присоединяются' },
  'status.signatory': { en: 'Signatories', ru: 'Подписавшие' },
  laterParty: {
    en: '{who}: deposited {deposited}, a Party from {from}',
    ru: '{who}: документ сдан {deposited}, Участник с {from}',
  },
  withdrawal: { en: '{who}: withdrawal effective {date}', ru: '{who}: выход вступает в силу {date}' },
  procedures: { en: 'Procedures ({n})', ru: 'Процедуры ({n})' },
  findings: { en: 'Findings ({n})', ru: 'Выводы ({n})' },
  refused: { en: 'Refused acts ({n})', ru: 'Отклонённые действия ({n})' },
  refusedLine: { en: 'line {line}', ru: 'строка {line}' },
  expect: { en: 'Expectations (expect:)', ru: 'Ожидания (expect:)' },
  expectOk: {
    en: 'The outcome meets every expectation of the scenario.',
    ru: 'Итог соответствует всем ожиданиям сценария.',
  },
  expectFail: {
    en: 'The outcome differs from the expectations in {places}:',
    ru: 'Итог расходится с ожиданиями в {places}:',
  },
  expectOverrides: {
    en: 'Checked against this run, with the parameters changed above (est check uses the file’s own).',
    ru: 'Проверено по этому прогону, с изменёнными выше параметрами (est check использует параметры файла).',
  },
  crashed: { en: 'The run failed:', ru: 'Прогон не удался:' },
});

export type T = ReturnType<typeof useT<typeof M>>;

/** The nouns the view counts, in each language (the Russian `place` in the prepositional: «в 2 местах»). */
export const NOUNS = {
  issue: {
    en: { one: '{n} issue', other: '{n} issues' },
    ru: { one: '{n} замечание', few: '{n} замечания', many: '{n} замечаний' },
  },
  act: {
    en: { one: '{n} act', other: '{n} acts' },
    ru: { one: '{n} действие', few: '{n} действия', many: '{n} действий' },
  },
  procedure: {
    en: { one: '{n} procedure', other: '{n} procedures' },
    ru: { one: '{n} процедура', few: '{n} процедуры', many: '{n} процедур' },
  },
  finding: {
    en: { one: '{n} finding', other: '{n} findings' },
    ru: { one: '{n} вывод', few: '{n} вывода', many: '{n} выводов' },
  },
  place: {
    en: { one: '{n} place', other: '{n} places' },
    ru: { one: '{n} месте', few: '{n} местах', many: '{n} местах' },
  },
} as const satisfies Record<string, PluralForms>;

/** `3 issues`, `1 замечание`, `5 замечаний`: a count with its noun in the right plural form. */
export const countOf = (n: number, noun: keyof typeof NOUNS, lang: Language): string =>
  plural(n, lang, NOUNS[noun]);
