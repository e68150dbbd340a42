/**
 * @module The scenario playground (`#/playground`): open or paste a scenario (YAML 1.2 or JSON), run
 * it in the browser with the same pure code as `est run` (parseScenario, toRunInput, run), and read
 * the report: the treaty's status, the parties, each procedure as the procedure page shows it, the
 * findings, the refused acts with their citation and reason, and the `expect:` check. A malformed
 * scenario lists its issues by line and column and marks the lines. The outcome downloads as the
 * same JSON as `est run --json`.
 */
import { useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { parse as parseYaml } from 'yaml';
import { decide } from '../../../src/engine/decide.ts';
import { evolve } from '../../../src/engine/evolve.ts';
import { describeFinding, describeViolation } from '../../../src/engine/messages.ts';
import type { Outcome, PartyStatus, RejectionOutcome } from '../../../src/engine/outcome.ts';
import type { Violation } from '../../../src/engine/rule.ts';
import type { RunInput } from '../../../src/engine/run.ts';
import { run, startState } from '../../../src/engine/run.ts';
import type { Issue, Scenario } from '../../../src/scenario/index.ts';
import { compareExpect, parseScenario, toRunInput } from '../../../src/scenario/index.ts';
import { TREATY_IDS } from '../../../src/treaty/common.ts';
import type { IsoDate } from '../../../src/treaty/dates.ts';
import { parseIsoDate } from '../../../src/treaty/dates.ts';
import type { ParameterId } from '../../../src/treaty/parameters/index.ts';
import {
  PARAMETER_IDS,
  PARAMETERS,
  formatParameterValue,
  isParameterId,
  parseParameterValue,
} from '../../../src/treaty/parameters/index.ts';
import { citeOf } from '../../../src/treaty/provisions/index.ts';
import { TREATIES } from '../../../src/treaty/treaties.ts';
import georgiaExample from '../../../scenarios/case-georgia-2008.scenario.yaml?raw';
import extraordinaryExample from '../../../scenarios/extraordinary-attacker-excluded.scenario.yaml?raw';
import nrcExample from '../../../scenarios/nrc-deployments.scenario.yaml?raw';
import { ErrorMessage } from '../components.tsx';
import type { Language, PluralForms } from '../i18n.tsx';
import { defineMessages, formatDate, plural, useLanguage, useT } from '../i18n.tsx';
import { Term } from '../term.tsx';
import { Cite, PartyList, ProcedureDetails, ProcedureTitle, RefusedList } from './procedure.tsx';
import './playground.css';

const M = defineMessages({
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

type T = ReturnType<typeof useT<typeof M>>;

/** The nouns the view counts, in each language (the Russian `place` in the prepositional: «в 2 местах»). */
const NOUNS = {
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
const countOf = (n: number, noun: keyof typeof NOUNS, lang: Language): string => plural(n, lang, NOUNS[noun]);

/** The small Conference: exactly the quorum, a decision blocked by one objection, an absent objector. */
const CONFERENCE_EXAMPLE = `name: A small Conference of the Parties
treaty: est-2009
description: >-
  Poland asks Russia and Belarus for consultations on an exercise near its border (EST 5); once the
  Depositary has closed them, Poland proposes a Conference and Lithuania backs it (EST 6(1)-(2)).
  38 of the 56 Parties attend: exactly the two thirds the quorum needs (EST 6(3)). Russia objects to
  one draft decision, which blocks it; Canada, absent, cannot object.
assume: { inForce: 2010-01-01, parties: osce-2009 }
events:
  - { on: 2010-03-01, act: request-consultations, by: PL, with: [RU, BY], subject: 'an exercise near the border', id: c-1 }
  - { on: 2010-03-05, act: attend, procedure: c-1, by: [PL, RU, BY] }
  - { on: 2010-03-06, act: close, procedure: c-1 }
  - { on: 2010-03-08, act: propose-conference, procedure: c-1, by: PL, id: conf-1 }
  - { on: 2010-03-09, act: support, procedure: conf-1, by: LT }
  - on: 2010-03-20
    act: attend
    procedure: conf-1
    by: [AL, AM, AT, BE, BG, BY, CZ, DE, DK, EE, ES, FI, FR, GB, GR, HR, HU, IE, IS, IT, KZ, LT, LU, LV, MD, NL, NO, PL, PT, RO, RS, RU, SE, SI, SK, TR, UA, US]
  - { on: 2010-03-21, act: propose-decision, procedure: conf-1, by: PL, decision: notify-exercises, text: 'Parties notify exercises of more than 9,000 troops 42 days ahead' }
  - { on: 2010-03-21, act: propose-decision, procedure: conf-1, by: FI, decision: hotline, text: 'A hotline between the defence ministries of the Parties concerned' }
  - { on: 2010-03-22, act: object, procedure: conf-1, decision: notify-exercises, by: RU }
  - { on: 2010-03-22, act: object, procedure: conf-1, decision: hotline, by: CA } # absent
  - { on: 2010-03-25, act: close, procedure: conf-1 }
expect:
  procedures:
    - id: conf-1
      status: closed
      parties: 56
      quorum: { required: 38, present: 38, met: true }
      decisions:
        - { id: notify-exercises, adopted: false, blockedBy: [RU] }
        - { id: hotline, adopted: true }
  rejected:
    - { act: object, by: CA, code: not_present, cite: EST 6(3) }
`;

const EXAMPLES = [
  { key: 'example.conference', file: 'small-conference.scenario.yaml', text: CONFERENCE_EXAMPLE },
  {
    key: 'example.extraordinary',
    file: 'extraordinary-attacker-excluded.scenario.yaml',
    text: extraordinaryExample,
  },
  { key: 'example.nrc', file: 'nrc-deployments.scenario.yaml', text: nrcExample },
  { key: 'example.georgia', file: 'case-georgia-2008.scenario.yaml', text: georgiaExample },
] as const;

/** A parameter override as typed (`--set id=raw`) and as parsed. */
interface Override {
  readonly id: ParameterId;
  readonly raw: string;
  readonly value: unknown;
}

type Result =
  | { readonly kind: 'none' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'issues'; readonly issues: readonly Issue[] }
  | { readonly kind: 'crash'; readonly error: Error }
  | {
      readonly kind: 'report';
      readonly scenario: Scenario;
      readonly outcome: Outcome;
      readonly json: string;
      readonly changed: Readonly<Partial<Record<ParameterId, unknown>>>;
      readonly violations: ReadonlyMap<number, readonly Violation[]>;
      readonly expect: readonly string[] | null;
      readonly overridden: boolean;
      readonly file: string;
    };

/**
 * The violations of each refused act, by act index, replayed the way `run` decides them: the outcome
 * keeps only the English reason, and the report gives it in the page's language.
 */
function violationsOf(input: RunInput, asOf: IsoDate): Map<number, readonly Violation[]> {
  const out = new Map<number, readonly Violation[]>();
  const state = startState(input);
  input.acts.forEach((act, index) => {
    if (act.on > asOf) return;
    const decision = decide(state, act);
    if (decision.ok) for (const event of decision.events) evolve(state, event);
    else out.set(index, decision.violations);
  });
  return out;
}

/** Runs a scenario text as `est run FILE [--set ...] [--as-of ...] --json` would. */
function runText(text: string, file: string, overrides: readonly Override[], asOf: IsoDate | null): Result {
  if (text.trim() === '') return { kind: 'empty' };
  const loaded = parseScenario(text, file);
  if (!loaded.ok) return { kind: 'issues', issues: loaded.issues };
  const scenario = loaded.scenario;
  const extra: Partial<Record<ParameterId, unknown>> = {};
  for (const o of overrides) extra[o.id] = o.value;
  const input = toRunInput(scenario, extra);
  const result = run(input, asOf ? { asOf } : {});
  // As `est run --json` prints it: a scenario's acts are assumed, and its outcome says so (`mode`).
  const { scenario: name, ...rest } = result.outcome;
  const outcome = { scenario: name, mode: 'exercise' as const, ...rest };
  return {
    kind: 'report',
    scenario,
    outcome: result.outcome,
    json: `${JSON.stringify(outcome, null, 2)}\n`,
    changed: { ...scenario.overrides, ...extra },
    violations: violationsOf(input, result.asOf),
    expect: scenario.expect ? compareExpect(scenario.expect, result.outcome) : null,
    overridden: overrides.length > 0,
    file,
  };
}

/** Offsets of the start and end of a 1-based line. */
function lineRange(text: string, line: number): [number, number] {
  let start = 0;
  for (let n = 1; n < line; n += 1) {
    const next = text.indexOf('\n', start);
    if (next < 0) return [text.length, text.length];
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return [start, end < 0 ? text.length : end];
}

function outcomeFileName(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.(scenario\.)?(ya?ml|json)$/i, '');
  return `${base || 'scenario'}.outcome.json`;
}

function download(json: string, name: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const STATUSES: readonly PartyStatus[] = ['party', 'withdrawing', 'withdrawn', 'acceding', 'signatory'];

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <section className="report-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function Report({
  result,
  goToLine,
}: {
  readonly result: Extract<Result, { kind: 'report' }>;
  readonly goToLine: (line: number) => void;
}) {
  const t = useT(M);
  const { lang } = useLanguage();
  const { outcome: o, scenario } = result;
  const day = (d: string) => formatDate(d, lang);
  const jump = (id: string) => (
    <button
      type="button"
      className="linklike"
      onClick={() => document.getElementById(`pg-proc-${id}`)?.scrollIntoView({ block: 'start' })}
    >
      {id}
    </button>
  );
  const describe = (r: RejectionOutcome) => {
    const vs = result.violations.get(r.index);
    const [first, ...rest] = vs ?? [];
    if (first === undefined || first.code !== r.code) return null;
    return { reason: describeViolation(first, lang), also: rest.map((v) => describeViolation(v, lang)) };
  };
  const changed = Object.entries(result.changed) as [ParameterId, unknown][];
  // An assumed entry into force needs no instrument (countedInstruments is then 0): say so, as est run does.
  const assumed = o.entryIntoForce !== null && o.entryIntoForce === scenario.assume?.inForce;
  return (
    <article className="report" aria-labelledby="report-title">
      <p className="what-if" role="note">
        <strong>{t('whatIf')}</strong> {t('whatIfText')}
      </p>
      <div className="report-head">
        <div>
          <h2 id="report-title">{o.scenario}</h2>
          <p className="muted">
            {t('asOfLine', { treaty: TREATIES[o.treaty].title[lang], date: day(o.asOf) })}
          </p>
        </div>
        <div className="download">
          <button
            type="button"
            className="primary"
            onClick={() => download(result.json, outcomeFileName(result.file))}
          >
            ⤓ {t('download')}
          </button>
          <p className="muted small">{t('downloadHint')}</p>
        </div>
      </div>
      {scenario.description && <p className="description">{scenario.description}</p>}
      <p role="status" className="small">
        {t('ran', {
          acts: countOf(scenario.acts.length, 'act', lang),
          procedures: countOf(o.procedures.length, 'procedure', lang),
          findings: countOf(o.findings.length, 'finding', lang),
          refused: o.rejected.length,
        })}
      </p>

      {result.expect !== null && (
        <Section title={t('expect')}>
          {result.expect.length === 0 ? (
            <p className="expect-ok">✓ {t('expectOk')}</p>
          ) : (
            <div className="expect-fail">
              <p>✗ {t('expectFail', { places: countOf(result.expect.length, 'place', lang) })}</p>
              <ul lang="en">
                {result.expect.map((d) => (
                  <li key={d}>
                    <code>{d}</code>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {result.overridden && <p className="muted small">{t('expectOverrides')}</p>}
        </Section>
      )}

      {changed.length > 0 && (
        <Section title={t('changed')}>
          <ul className="plain">
            {changed.map(([id, v]) => (
              <li key={id}>
                <code>
                  {id} = {formatParameterValue(v as never)}
                </code>{' '}
                <span className="muted">
                  (
                  {t('textDefault', {
                    value: formatParameterValue(PARAMETERS[id].values.at(-1)?.value ?? null),
                  })}
                  ; <Cite cite={citeOf(PARAMETERS[id].cites)} />)
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title={t('treatyTitle')}>
        <p className="treaty-status">
          {o.entryIntoForce === null
            ? t('notInForce')
            : assumed
              ? t(o.inForce ? 'inForceAssumed' : 'entersAssumed', { date: day(o.entryIntoForce) })
              : t(o.inForce ? 'inForceSince' : 'entersOn', { date: day(o.entryIntoForce) })}{' '}
          <Term id="counted-instruments">{t(assumed ? 'countedSince' : 'counted')}</Term>:{' '}
          {o.countedInstruments}.
        </p>
      </Section>

      <Section title={t('parties', { n: o.parties.length })}>
        {o.parties.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <dl className="statuses">
            {STATUSES.map((s) => {
              const ids = o.parties.filter((p) => p.status === s).map((p) => p.id);
              if (ids.length === 0) return null;
              return (
                <div key={s} className={`status-group status-${s}`}>
                  <dt>
                    {s === 'acceding' ? <Term id="accession">{t(`status.${s}`)}</Term> : t(`status.${s}`)}{' '}
                    <span className="count">{ids.length}</span>
                  </dt>
                  <dd>
                    <PartyList ids={ids} />
                  </dd>
                </div>
              );
            })}
          </dl>
        )}
        <ul className="plain small">
          {o.parties
            .filter((p) => p.status === 'signatory' && p.inForceFrom !== null)
            .map((p) => (
              <li key={`later-${p.id}`}>
                {t('laterParty', {
                  who: p.id,
                  deposited: day(p.deposited ?? ''),
                  from: day(p.inForceFrom ?? ''),
                })}
              </li>
            ))}
          {o.parties
            .filter((p) => p.withdrawalEffective !== null)
            .map((p) => (
              <li key={`withdrawal-${p.id}`}>
                {t('withdrawal', { who: p.id, date: day(p.withdrawalEffective ?? '') })}
              </li>
            ))}
        </ul>
      </Section>

      <Section title={t('procedures', { n: o.procedures.length })}>
        {o.procedures.length === 0 && <p className="muted">{t('none')}</p>}
        {o.procedures.map((p) => (
          <section key={p.id} id={`pg-proc-${p.id}`} className="procedure-report" data-procedure={p.id}>
            <h4>
              <ProcedureTitle procedure={p} />
            </h4>
            <ProcedureDetails procedure={p} procedureLink={jump} headingLevel={5} />
          </section>
        ))}
      </Section>

      <Section title={t('findings', { n: o.findings.length })}>
        {o.findings.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <ul className="findings">
            {o.findings.map((f, i) => (
              <li key={`${f.code}-${f.on}-${i}`}>
                <time dateTime={f.on}>{day(f.on)}</time> <code className="code-name">{f.code}</code> (
                <Cite cite={f.cite} />) <PartyList ids={f.parties} />: {describeFinding(f, lang)}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('refused', { n: o.rejected.length })}>
        {o.rejected.length === 0 ? (
          <p className="muted">{t('none')}</p>
        ) : (
          <RefusedList
            rejected={o.rejected}
            describe={describe}
            extra={(r) => {
              const line = scenario.lines[r.index];
              return line === undefined ? null : (
                <>
                  {' '}
                  <button type="button" className="linklike small" onClick={() => goToLine(line)}>
                    {t('refusedLine', { line })}
                  </button>
                </>
              );
            }}
          />
        )}
      </Section>
    </article>
  );
}

function Issues({
  issues,
  goToLine,
  t,
}: {
  readonly issues: readonly Issue[];
  readonly goToLine: (line: number, column?: number) => void;
  readonly t: T;
}) {
  const { lang } = useLanguage();
  return (
    <div className="issues error" role="alert">
      <p>
        <strong>{t('malformed', { issues: countOf(issues.length, 'issue', lang) })}</strong>
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('line')}</th>
              <th scope="col">{t('column')}</th>
              <th scope="col">{t('field')}</th>
              <th scope="col">{t('problem')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((i, n) => (
              <tr key={`${i.line}-${i.column}-${n}`} className="issue">
                <td>
                  <button
                    type="button"
                    className="linklike"
                    onClick={() => goToLine(i.line, i.column)}
                    aria-label={t('goTo', { line: i.line })}
                  >
                    {i.line}
                  </button>
                </td>
                <td>{i.column}</td>
                <td>
                  <code>{i.path}</code>
                </td>
                <td lang="en">{i.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small" lang="en">
        {issues.map((i) => `${i.file}:${i.line}:${i.column}`).join('  ')}
      </p>
    </div>
  );
}

function Overrides({
  overrides,
  setOverrides,
  asOf,
  setAsOf,
  file,
  t,
}: {
  readonly overrides: readonly Override[];
  readonly setOverrides: (o: readonly Override[]) => void;
  readonly asOf: string;
  readonly setAsOf: (d: string) => void;
  readonly file: string;
  readonly t: T;
}) {
  const uid = useId();
  const [id, setId] = useState<string>('conference.quorum');
  const [raw, setRaw] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = () => {
    if (!isParameterId(id)) return;
    // An empty value would read as YAML null, i.e. "unset", and print `--set id=`: ask for one instead
    // (a reader who means unset types null, as on the command line).
    if (raw.trim() === '') {
      setProblem(t('noValue', { id }));
      return;
    }
    let value: unknown;
    try {
      value = parseYaml(raw, { version: '1.2' });
    } catch (e) {
      setProblem(`${id}: ${(e as Error).message.split('\n')[0] ?? ''}`);
      return;
    }
    const parsed = parseParameterValue(id, value ?? null);
    if (!parsed.ok) {
      setProblem(t('badValue', { id, expected: parsed.expected }));
      return;
    }
    setProblem(null);
    setOverrides([...overrides.filter((o) => o.id !== id), { id, raw: raw.trim(), value: parsed.value }]);
    setRaw('');
  };
  const asOfBad = asOf !== '' && parseIsoDate(asOf) === null;
  const command = [
    'est run',
    file,
    ...overrides.map((o) => `--set ${o.id}=${/[\s[\]{}]/.test(o.raw) ? `'${o.raw}'` : o.raw}`),
    ...(asOf && !asOfBad ? [`--as-of ${asOf}`] : []),
    '--json',
  ].join(' ');
  return (
    <details className="overrides" open={overrides.length > 0 || asOf !== ''}>
      <summary>{t('options')}</summary>
      <div className="override-form">
        <div className="field">
          <label htmlFor={`${uid}-param`}>{t('param')}</label>
          <select
            id={`${uid}-param`}
            value={id}
            onChange={(e) => {
              setId(e.target.value);
              setProblem(null);
            }}
          >
            {TREATY_IDS.map((tid) => (
              <optgroup key={tid} label={tid}>
                {PARAMETER_IDS.filter((p) => PARAMETERS[p].treaty === tid).map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-value`}>{t('value')}</label>
          <input
            id={`${uid}-value`}
            type="text"
            value={raw}
            aria-invalid={problem !== null}
            aria-describedby={problem === null ? undefined : `${uid}-problem`}
            onChange={(e) => {
              setRaw(e.target.value);
              setProblem(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </div>
        <button type="button" onClick={add}>
          {t('add')}
        </button>
        <div className="field">
          <label htmlFor={`${uid}-asof`}>{t('asOf')}</label>
          <input
            id={`${uid}-asof`}
            type="text"
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            value={asOf}
            aria-invalid={asOfBad}
            onChange={(e) => setAsOf(e.target.value.trim())}
          />
          {asOfBad && <span className="field-error">{t('asOfBad')}</span>}
        </div>
      </div>
      {problem && (
        <p id={`${uid}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
      {overrides.length > 0 && (
        <ul className="override-list">
          {overrides.map((o) => (
            <li key={o.id}>
              <code>
                {o.id} = {formatParameterValue(o.value as never)}
              </code>{' '}
              <button
                type="button"
                aria-label={t('remove', { id: o.id })}
                onClick={() => setOverrides(overrides.filter((x) => x.id !== o.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="small">
        {t('command')} <code className="command">{command}</code>
      </p>
    </details>
  );
}

export function PlaygroundView() {
  const t = useT(M);
  const [text, setText] = useState('');
  // The example or file last loaded, as loaded: the label names it, and says once the text differs.
  const [loaded, setLoaded] = useState<{ readonly file: string; readonly text: string } | null>(null);
  const file = loaded?.file ?? 'scenario.yaml';
  const edited = loaded !== null && text !== loaded.text;
  const [overrides, setOverrides] = useState<readonly Override[]>([]);
  const [asOf, setAsOf] = useState('');
  const [result, setResult] = useState<Result>({ kind: 'none' });
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);

  const lineHeight = () => {
    const el = area.current;
    return el ? Number.parseFloat(getComputedStyle(el).lineHeight) || 18 : 18;
  };
  const scrollToLine = (line: number) => {
    const el = area.current;
    if (!el) return;
    el.scrollTop = Math.max(0, (line - 1) * lineHeight() - el.clientHeight / 3);
    if (gutter.current) gutter.current.scrollTop = el.scrollTop;
  };
  /** Selects a line of the scenario in the editor and brings it into view. */
  const goToLine = (line: number) => {
    const el = area.current;
    if (!el) return;
    const [start, end] = lineRange(el.value, line);
    el.focus({ preventScroll: true });
    el.setSelectionRange(start, end);
    scrollToLine(line);
    el.scrollIntoView({ block: 'nearest' });
  };

  const runNow = (source = text, name = file) => {
    const date = asOf === '' ? null : parseIsoDate(asOf);
    let next: Result;
    try {
      next = runText(source, name, overrides, date);
    } catch (e) {
      next = { kind: 'crash', error: e instanceof Error ? e : new Error(String(e)) };
    }
    setResult(next);
    const first = next.kind === 'issues' ? next.issues[0] : undefined;
    // Bring the first bad line into view (without taking the focus away from the reader).
    if (first) window.requestAnimationFrame(() => scrollToLine(first.line));
  };

  const load = (source: string, name: string) => {
    setText(source);
    setLoaded({ file: name, text: source });
    runNow(source, name);
  };

  const bad = new Set(result.kind === 'issues' ? result.issues.map((i) => i.line) : []);
  const lineCount = Math.max(1, text.split('\n').length);

  return (
    <div className="playground">
      <h1>{t('title')}</h1>
      <p className="muted">
        {t('intro')} <Term id="depositary">{t('depositary')}</Term>.
      </p>

      <div className="pg-sources">
        <div className="examples" role="group" aria-label={t('examples')}>
          <span className="label">{t('examples')}:</span>
          {EXAMPLES.map((e) => (
            <button key={e.key} type="button" onClick={() => load(e.text, e.file)}>
              {t(e.key)}
            </button>
          ))}
        </div>
        <label className="file">
          <span>{t('open')}</span>
          <input
            type="file"
            accept=".yaml,.yml,.json,application/json,text/yaml,application/yaml"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (!f) return;
              f.text().then(
                (source) => load(source, f.name),
                (err: unknown) =>
                  setResult({ kind: 'crash', error: err instanceof Error ? err : new Error(String(err)) }),
              );
            }}
          />
        </label>
      </div>

      <label htmlFor="scenario-text" className="editor-label">
        {t('editor')}{' '}
        <span className={`file-name muted small${edited ? ' edited' : ''}`}>
          ({loaded === null ? t('untitled') : edited ? t('edited', { file: loaded.file }) : loaded.file})
        </span>
      </label>
      <div className={`editor${bad.size > 0 ? ' has-issues' : ''}`}>
        <pre className="gutter" aria-hidden="true" ref={gutter}>
          {Array.from({ length: lineCount }, (_, i) => (
            <span key={i} className={bad.has(i + 1) ? 'bad' : undefined}>
              {bad.has(i + 1) ? '▶' : ''}
              {i + 1}
              {'\n'}
            </span>
          ))}
        </pre>
        <textarea
          id="scenario-text"
          ref={area}
          value={text}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          placeholder={t('placeholder')}
          aria-invalid={bad.size > 0}
          aria-describedby="scenario-hint"
          onChange={(e) => setText(e.target.value)}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              runNow();
            }
          }}
        />
      </div>
      <div className="run-bar">
        <button type="button" className="primary" onClick={() => runNow()}>
          ▶ {t('run')}
        </button>
        <span id="scenario-hint" className="muted small">
          {t('runHint')}
        </span>
      </div>
      <Overrides
        overrides={overrides}
        setOverrides={setOverrides}
        asOf={asOf}
        setAsOf={setAsOf}
        file={file}
        t={t}
      />

      <div className="pg-result">
        {result.kind === 'empty' && (
          <p className="notice" role="alert">
            {t('empty')}
          </p>
        )}
        {result.kind === 'issues' && <Issues issues={result.issues} goToLine={goToLine} t={t} />}
        {result.kind === 'crash' && (
          <div>
            <p>{t('crashed')}</p>
            <ErrorMessage error={result.error} />
          </div>
        )}
        {result.kind === 'report' && <Report result={result} goToLine={goToLine} />}
      </div>
    </div>
  );
}
