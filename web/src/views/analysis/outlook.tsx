/**
 * @module The ratification outlook (`est analyze outlook`, in the browser): the seeded Monte Carlo of
 * src/analysis/outlook.ts on the shipped stance table (data/stances-2009.yaml, read with the same
 * YAML 1.2 parser and `parseStanceTable` as the CLI), run in slices between frames so the page stays
 * responsive. The same seed and trials give the same figures as the CLI, bit for bit.
 */
import { useEffect, useState } from 'react';
import { parse as parseYaml } from 'yaml';
import stancesText from '../../../../data/stances-2009.yaml?raw';
import {
  STANCES,
  parseStanceTable,
  prepareOutlook,
  runTrials,
  summarize,
} from '../../../../src/analysis/outlook.ts';
import type { OutlookResult, Stance, StanceTable } from '../../../../src/analysis/outlook.ts';
import { isSeed } from '../../../../src/analysis/random.ts';
import { addDays, daysBetween, parseIsoDate } from '../../../../src/treaty/dates.ts';
import type { IsoDate } from '../../../../src/treaty/dates.ts';
import { resolveParameters } from '../../../../src/treaty/parameters/index.ts';
import { resolvePartySet } from '../../../../src/treaty/parties/index.ts';
import { ErrorMessage } from '../../components.tsx';
import { defineMessages, formatDate, useLanguage, useT } from '../../i18n.tsx';
import type { Language } from '../../i18n.tsx';
import { LineChart } from './charts.tsx';
import {
  CsvButton,
  ScrollTable,
  Terms,
  formatCount,
  formatPercent,
  intParam,
  updateQuery,
} from './common.tsx';
import type { PluralForms } from '../../i18n.tsx';
import { plural } from '../../i18n.tsx';
import { partyName } from '../../names.ts';

const M = defineMessages({
  title: { en: 'Ratification outlook', ru: 'Перспективы ратификации' },
  intro: {
    en: 'Would the Treaty ever have entered into force? A seeded Monte Carlo of signature and ratification from the stance each government took toward the draft (with its source), under EST 14(1): in force on the day the required number of [[counted-instruments|counted instruments]] is deposited. A model of what might have been, not a forecast and not the record.',
    ru: 'Вступил бы Договор когда-нибудь в силу? Воспроизводимый метод Монте-Карло для подписания и ратификации по позиции каждого правительства в отношении проекта (с источником), по правилу статьи 14(1) ДЕБ: Договор вступает в силу в день сдачи нужного числа [[counted-instruments|учитываемых документов]]. Это модель того, что могло бы быть, а не прогноз и не исторические факты.',
  },
  'trials.label': { en: 'Trials', ru: 'Испытаний' },
  'seed.label': { en: 'Seed', ru: 'Зерно' },
  'instruments.label': {
    en: 'Instruments needed for entry into force: {n}',
    ru: 'Документов для вступления в силу: {n}',
  },
  'orgs.label': {
    en: "Organizations' instruments count (entryIntoForce.countOrganizations)",
    ru: 'Документы организаций учитываются (entryIntoForce.countOrganizations)',
  },
  run: { en: 'Run', ru: 'Запустить' },
  defaults: { en: 'Defaults', ru: 'По умолчанию' },
  'trials.invalid': {
    en: 'Trials: a whole number from 1 to {max}.',
    ru: 'Испытаний: целое число от 1 до {max}.',
  },
  'seed.invalid': {
    en: 'Seed: a whole number from 0 to 4294967295.',
    ru: 'Зерно: целое число от 0 до 4294967295.',
  },
  progress: { en: 'Trials run: {done} of {total}', ru: 'Проведено испытаний: {done} из {total}' },
  running: { en: 'Running {total} trials…', ru: 'Идёт расчёт (испытаний: {total})…' },
  finished: {
    en: '{total} trials, seed {seed}, from {start} to {horizon}, in {ms} ms.',
    ru: 'Испытаний: {total}, зерно {seed}, с {start} по {horizon}, за {ms} мс.',
  },
  headline: {
    en: 'Chance that the Treaty is in force by {horizon}: {figure}',
    ru: 'Вероятность того, что Договор в силе к {horizon}: {figure}',
  },
  'figure.about': { en: 'about {p}', ru: 'около {p}' },
  'figure.range': { en: 'between {lo} and {hi}', ru: 'от {lo} до {hi}' },
  'figure.upTo': { en: 'up to {hi}', ru: 'до {hi}' },
  'figure.atLeast': { en: '{lo} or more', ru: '{lo} или больше' },
  'figure.under': { en: 'under {p}', ru: 'менее {p}' },
  'figure.over': { en: 'over {p}', ru: 'более {p}' },
  'precision.about': {
    en: 'Why rounded: the chances in the model are round assumptions, not measurements (beside), so the figure is given to the nearest 5 percentage points; more digits would only reflect the random draws. The simulation’s own sampling error (95%: ±{ci}; trials in force: {n} of {total}) lies within that step.',
    ru: 'Почему округлено: вероятности в модели — круглые допущения, а не измерения (см. рядом), поэтому цифра дана с точностью до 5 процентных пунктов; лишние знаки отражали бы лишь случайные розыгрыши. Собственная погрешность расчёта (95 %: ±{ci}; испытаний со вступлением в силу: {n} из {total}) не выходит за этот шаг.',
  },
  'precision.range': {
    en: 'Why a range: the chances in the model are round assumptions, not measurements (beside), so figures are given to the nearest 5 percentage points; here the simulation’s own sampling error (95%: ±{ci}; trials in force: {n} of {total}) is wider than that step, so both ends are shown. More trials narrow it.',
    ru: 'Почему диапазон: вероятности в модели — круглые допущения, а не измерения (см. рядом), поэтому цифры даны с точностью до 5 процентных пунктов; здесь собственная погрешность расчёта (95 %: ±{ci}; испытаний со вступлением в силу: {n} из {total}) шире этого шага, поэтому показаны обе границы. Больше испытаний — уже диапазон.',
  },
  'assumptions.title': {
    en: 'Assumptions behind this figure',
    ru: 'Допущения, на которых основана эта цифра',
  },
  'a.rule': {
    en: 'Entry into force (EST 14(1)): on the day the [[counted-instruments|counted instruments]] deposited reach {n}; organizations’ instruments {orgs}.',
    ru: 'Вступление в силу (статья 14(1)): в день, когда число сданных [[counted-instruments|учитываемых документов]] достигает {n}; документы организаций {orgs}.',
  },
  'rule.count': { en: 'count', ru: 'учитываются' },
  'rule.dontCount': { en: 'do not count', ru: 'не учитываются' },
  'a.window': {
    en: 'Signature: open for {months} from {start} (the draft leaves the dates blank, EST 10); the outlook runs ten years, to {horizon}.',
    ru: 'Подписание: открыто {months} с {start} (проект оставляет даты незаполненными, статья 10); расчёт охватывает десять лет, до {horizon}',
  },
  'a.window.open': {
    en: 'Signature: open from {start} until entry into force; the outlook runs ten years, to {horizon}.',
    ru: 'Подписание: открыто с {start} до вступления в силу; расчёт охватывает десять лет, до {horizon}',
  },
  'a.stances': {
    en: 'Each government’s stance toward the draft as reported from late 2009 to mid 2010, with its sources (data/stances-2009.yaml, entries: {n}): {counts}.',
    ru: 'Позиция каждого правительства в отношении проекта по сообщениям конца 2009 — середины 2010 года, с источниками (data/stances-2009.yaml, записей: {n}): {counts}.',
  },
  'a.chances': {
    en: 'Assumed chances by stance, of signing within the signature period, then of depositing an instrument{within}: {list}.',
    ru: 'Принятые вероятности по позициям — подписать в срок подписания, затем сдать документ{within}: {list}.',
  },
  'a.within': { en: ' within {months} of signing', ru: ' в течение {months} после подписания' },
  'a.chance': { en: '{stance} {sign}, then {ratify}', ru: '{stance} — {sign}, затем {ratify}' },
  'a.together': {
    en: 'Decisions move together: a shared political climate holds {climate} of each government’s leaning, and blocs a further part ({blocs}).',
    ru: 'Решения связаны: общий политический климат задаёт {climate} склонности каждого правительства, блоки — ещё часть ({blocs}).',
  },
  'bloc.nato': { en: 'NATO', ru: 'НАТО' },
  'bloc.csto': { en: 'CSTO', ru: 'ОДКБ' },
  'bloc.eu-outside-nato': { en: 'EU members outside NATO', ru: 'члены ЕС вне НАТО' },
  'bloc.cis-outside-csto': { en: 'CIS members outside the CSTO', ru: 'члены СНГ вне ОДКБ' },
  'a.notData': {
    en: 'These chances and delays are modelling choices, each with its rationale in the file, not estimates from data: change them and the figure changes.',
    ru: 'Эти вероятности и сроки — выбор авторов модели, каждый с обоснованием в файле, а не оценки по данным: измените их, и цифра изменится.',
  },
  'a.reproduce': {
    en: 'Trials: {total}; seed: {seed}. The command line gives the same figures, bit for bit:',
    ru: 'Испытаний: {total}; зерно: {seed}. Те же цифры, вплоть до бита, даёт командная строка:',
  },
  median: { en: 'Median date: {date}', ru: 'Медианная дата: {date}' },
  'median.none': {
    en: 'not within the horizon (in force in fewer than half the trials)',
    ru: 'за пределами горизонта (в силе менее чем в половине испытаний)',
  },
  medianIf: { en: 'Median date if in force: {date}', ru: 'Медианная дата, если в силе: {date}' },
  'medianIf.none': {
    en: 'none (never in force within the horizon)',
    ru: 'нет (ни разу не вступил в силу в пределах горизонта)',
  },
  instruments: {
    en: 'Counted instruments by {horizon}: mean {mean}; 10% of trials {p10} or fewer, half {p50} or fewer, 90% {p90} or fewer.',
    ru: 'Учитываемых документов к {horizon}: в среднем {mean}; в 10 % испытаний {p10} или меньше, в половине {p50} или меньше, в 90 % {p90} или меньше.',
  },
  'chart.label': {
    en: 'Probability that the Treaty is in force, by date, from {start} to {horizon}: {p} at the horizon. The same figures are in the table by quarter below.',
    ru: 'Вероятность того, что Договор в силе, по датам с {start} по {horizon}: {p} на горизонте. Те же данные — в таблице по кварталам ниже.',
  },
  'chart.y': { en: 'Probability in force', ru: 'Вероятность вступления в силу' },
  'chart.band': {
    en: 'The line is the share of trials in force by each month’s end; the band is ±1.96 standard errors; the dashed lines mark the median dates. The tables keep whole percentages so that dates and governments can be compared with one another; they rest on the same assumptions.',
    ru: 'Линия — доля испытаний, в которых Договор в силе к концу каждого месяца; полоса — ±1,96 стандартной ошибки; пунктир отмечает медианные даты. Таблицы даны в целых процентах, чтобы сравнивать даты и правительства между собой; они основаны на тех же допущениях.',
  },
  'marker.median': { en: 'median {date}', ru: 'медиана {date}' },
  'marker.medianIf': { en: 'median if in force {date}', ru: 'медиана, если в силе, {date}' },
  'quarters.title': {
    en: 'Probability that the Treaty is in force by the end of each quarter',
    ru: 'Вероятность того, что Договор в силе к концу каждого квартала',
  },
  'th.year': { en: 'Year', ru: 'Год' },
  'th.quarter': { en: '{q}, %', ru: '{q}, %' },
  'quarters.horizon': { en: '* as of the horizon, {date}', ru: '* на дату горизонта, {date}' },
  'pivotal.title': {
    en: 'Most often pivotal (deposited counted instrument number {n}, the one that brought the Treaty into force), share of the {trials} trials in force',
    ru: 'Чаще всего решающие (сдали решающий, {n}-й учитываемый документ), доля среди испытаний со вступлением в силу ({trials})',
  },
  'pivotal.none': {
    en: 'In no trial did the Treaty enter into force.',
    ru: 'Ни в одном испытании Договор не вступил в силу.',
  },
  'th.state': { en: 'State or organization', ru: 'Государство или организация' },
  'th.id': { en: 'Code', ru: 'Код' },
  'th.stance': { en: 'Stance', ru: 'Позиция' },
  'th.share': { en: 'Share', ru: 'Доля' },
  'th.sharePct': { en: 'Share, %', ru: 'Доля, %' },
  'th.trials': { en: 'Trials', ru: 'Испытаний' },
  'pivotal.more': { en: 'Show all {n}', ru: 'Показать все ({n})' },
  byStance: { en: 'By stance: {list}.', ru: 'По позициям: {list}.' },
  'stance.supportive': { en: 'supportive', ru: 'поддерживает' },
  'stance.open': { en: 'open', ru: 'открыт' },
  'stance.cautious': { en: 'cautious', ru: 'осторожен' },
  'stance.opposed': { en: 'opposed', ru: 'против' },
  'stance.unknown': { en: 'unknown', ru: 'неизвестна' },
  warnings: { en: 'Warnings of the model', ru: 'Предупреждения модели' },
  'table.invalid': { en: 'The stance table is malformed:', ru: 'Таблица позиций содержит ошибки:' },
  'csv.about': {
    en: 'Ratification outlook, a Monte Carlo on assumed chances (data/stances-2009.yaml): {total} trials, seed {seed}, counted instruments needed: {n}, organizations’ instruments {orgs}, {start} to {horizon}. {table}',
    ru: 'Перспективы ратификации, метод Монте-Карло на принятых допущениях (data/stances-2009.yaml): испытаний {total}, зерно {seed}, нужно учитываемых документов: {n}, документы организаций {orgs}, с {start} по {horizon}. {table}',
  },
  'csv.quarters': {
    en: 'Share of trials in force by the end of each quarter, in whole percent; the last figure is as of the horizon.',
    ru: 'Доля испытаний, в которых Договор в силе к концу каждого квартала, в целых процентах; последняя цифра — на дату горизонта.',
  },
  'csv.pivotal': {
    en: 'Who deposited the deciding instrument, as a share of the trials in force.',
    ru: 'Кто сдал решающий документ, как доля испытаний со вступлением в силу.',
  },
});

/** "24 months", «24 месяца». */
const MONTHS: PluralForms = {
  en: { one: '{n} month', other: '{n} months' },
  ru: { one: '{n} месяц', few: '{n} месяца', many: '{n} месяцев' },
};

/** The same after «в течение» (genitive): «в течение 60 месяцев», «в течение 21 месяца». */
const MONTHS_GENITIVE: PluralForms = {
  en: MONTHS.en,
  ru: { one: '{n} месяца', few: '{n} месяцев', many: '{n} месяцев' },
};

/**
 * The headline's precision. The model's chances are round assumptions (0.9, 0.35, 0.02 …), so the
 * figure is given to the nearest STEP_POINTS percentage points; when the simulation's own sampling
 * error (a 95% interval) straddles more than one step, both ends are given instead.
 */
const STEP_POINTS = 5;

type Figure =
  | { readonly kind: 'about'; readonly points: number }
  | { readonly kind: 'range'; readonly lo: number; readonly hi: number };

/** The headline figure for a probability `p` with standard error `se`, in whole percentage points. */
function roundedFigure(p: number, se: number): Figure {
  const snap = (x: number): number =>
    Math.round((Math.min(1, Math.max(0, x)) * 100) / STEP_POINTS) * STEP_POINTS;
  const lo = snap(p - 1.96 * se);
  const hi = snap(p + 1.96 * se);
  return lo === hi ? { kind: 'about', points: lo } : { kind: 'range', lo, hi };
}

/** The figure in words: "about 5%", "between 30% and 40%", "under 5%", «около 5 %». */
function figureText(f: Figure, t: T, lang: Language): string {
  const pc = (points: number): string => formatPercent(points / 100, lang, 0);
  if (f.kind === 'about') {
    if (f.points === 0) return t('figure.under', { p: pc(STEP_POINTS) });
    if (f.points === 100) return t('figure.over', { p: pc(100 - STEP_POINTS) });
    return t('figure.about', { p: pc(f.points) });
  }
  if (f.lo === 0) return t('figure.upTo', { hi: pc(f.hi) });
  if (f.hi === 100) return t('figure.atLeast', { lo: pc(f.lo) });
  return t('figure.range', { lo: pc(f.lo), hi: pc(f.hi) });
}

type T = ReturnType<typeof useT<typeof M>>;

const DEFAULT_TRIALS = 10_000;
const DEFAULT_SEED = 2009;
const DEFAULT_INSTRUMENTS = 25;
/** Far more than a browser should run in one go; the CLI allows 10^8. */
const MAX_TRIALS = 1_000_000;
const HORIZON_YEARS = 10;
/** Work for at most this long before letting the page breathe. */
const SLICE_MS = 24;

/** Parses the shipped table as the CLI does (YAML 1.2, then parseStanceTable). */
function loadTable(): { table: StanceTable } | { issues: string[] } {
  const parsed = parseStanceTable(parseYaml(stancesText, { version: '1.2' }));
  return parsed.ok
    ? { table: parsed.table }
    : { issues: parsed.issues.map((i) => `${i.path}: ${i.message}`) };
}

/** The shipped table, read once when this chunk loads. */
const LOADED = loadTable();
/** How many can sign (signature.eligible as published): the slider's top. */
const ELIGIBLE =
  'table' in LOADED
    ? resolvePartySet(resolveParameters('est-2009')['signature.eligible'] ?? [], LOADED.table.start).size
    : 61;

/** The CLI's default horizon: ten years after the start, same day of the year (28 Feb for 29 Feb). */
function defaultHorizon(start: IsoDate): IsoDate {
  const year = Number(start.slice(0, 4)) + HORIZON_YEARS;
  return parseIsoDate(`${year}${start.slice(4)}`) ?? addDays(parseIsoDate(`${year}-03-01`) as IsoDate, -1);
}

type Run =
  | { readonly status: 'running'; readonly done: number; readonly total: number }
  | { readonly status: 'done'; readonly result: OutlookResult; readonly ms: number }
  | { readonly status: 'error'; readonly error: Error };

interface Settings {
  readonly trials: number;
  readonly seed: number;
  readonly instruments: number;
  readonly orgs: boolean;
}

/** Runs the simulation in slices, reporting progress; a new setting cancels the run under way. */
function useOutlook(table: StanceTable | null, s: Settings): Run | null {
  const [run, setRun] = useState<Run | null>(null);
  useEffect(() => {
    if (table === null) return undefined;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const began = performance.now();
    const start = () => {
      if (cancelled) return;
      let o: ReturnType<typeof prepareOutlook>;
      try {
        o = prepareOutlook(table, {
          trials: s.trials,
          seed: s.seed,
          horizon: defaultHorizon(table.start),
          parameters: resolveParameters('est-2009', {
            'entryIntoForce.instruments': s.instruments,
            'entryIntoForce.countOrganizations': s.orgs,
          }),
        });
      } catch (e) {
        setRun({ status: 'error', error: e instanceof Error ? e : new Error(String(e)) });
        return;
      }
      let from = 0;
      const step = () => {
        if (cancelled) return;
        const sliceStart = performance.now();
        while (from < s.trials && performance.now() - sliceStart < SLICE_MS) {
          const to = Math.min(s.trials, from + 100);
          runTrials(o, from, to);
          from = to;
        }
        if (from < s.trials) {
          setRun({ status: 'running', done: from, total: s.trials });
          timer = setTimeout(step, 0);
        } else setRun({ status: 'done', result: summarize(o), ms: Math.round(performance.now() - began) });
      };
      setRun({ status: 'running', done: 0, total: s.trials });
      timer = setTimeout(step, 0);
    };
    timer = setTimeout(start, 0);
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [table, s.trials, s.seed, s.instruments, s.orgs]);
  return run;
}

export function OutlookSection({ query }: { readonly query: URLSearchParams }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const loaded = LOADED;
  const table = 'table' in loaded ? loaded.table : null;
  const eligible = ELIGIBLE;
  const settings: Settings = {
    trials: intParam(query, 'trials', 1, MAX_TRIALS, DEFAULT_TRIALS),
    seed: intParam(query, 'seed', 0, 4294967295, DEFAULT_SEED),
    instruments: intParam(query, 'instruments', 1, eligible, DEFAULT_INSTRUMENTS),
    orgs: query.get('orgs') === 'true',
  };
  const run = useOutlook(table, settings);

  // The text fields are drafts until submitted; the slider and the checkbox apply at once.
  const [trialsDraft, setTrialsDraft] = useState<string | null>(null);
  const [seedDraft, setSeedDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const trialsText = trialsDraft ?? String(settings.trials);
  const seedText = seedDraft ?? String(settings.seed);

  const submit = () => {
    const trials = Number(trialsText.replace(/[_,\s]/g, ''));
    const seed = Number(seedText.replace(/[_,\s]/g, ''));
    if (!Number.isInteger(trials) || trials < 1 || trials > MAX_TRIALS)
      return setProblem(t('trials.invalid', { max: formatCount(MAX_TRIALS, lang) }));
    if (!isSeed(seed)) return setProblem(t('seed.invalid'));
    setProblem(null);
    setTrialsDraft(null);
    setSeedDraft(null);
    updateQuery(query, { trials: String(trials), seed: String(seed) });
  };

  if ('issues' in loaded)
    return (
      <section aria-labelledby="an-outlook">
        <h2 id="an-outlook">{t('title')}</h2>
        <div className="error" role="alert">
          <p>{t('table.invalid')}</p>
          <ul>
            {loaded.issues.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </div>
      </section>
    );
  const tbl = loaded.table;

  return (
    <section aria-labelledby="an-outlook">
      <h2 id="an-outlook">{t('title')}</h2>
      <p>
        <Terms text={t('intro')} />
      </p>
      <form
        className="an-controls"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label>
          {t('trials.label')}
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_TRIALS}
            step={1}
            value={trialsText}
            onChange={(e) => setTrialsDraft(e.target.value)}
          />
        </label>
        <label>
          {t('seed.label')}
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={4294967295}
            step={1}
            value={seedText}
            onChange={(e) => setSeedDraft(e.target.value)}
          />
        </label>
        <label className="an-wide">
          {t('instruments.label', { n: settings.instruments })}
          <input
            type="range"
            min={1}
            max={eligible}
            step={1}
            value={settings.instruments}
            onChange={(e) => updateQuery(query, { instruments: e.target.value })}
          />
        </label>
        <label className="an-check">
          <input
            type="checkbox"
            checked={settings.orgs}
            onChange={(e) => updateQuery(query, { orgs: e.target.checked ? 'true' : null })}
          />
          {t('orgs.label')}
        </label>
        <div className="an-buttons">
          <button type="submit">{t('run')}</button>
          <button
            type="button"
            onClick={() => {
              setProblem(null);
              setTrialsDraft(null);
              setSeedDraft(null);
              updateQuery(query, { trials: null, seed: null, instruments: null, orgs: null });
            }}
          >
            {t('defaults')}
          </button>
        </div>
      </form>
      {problem !== null && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {run?.status === 'error' && <ErrorMessage error={run.error} />}
      {run?.status === 'running' && (
        <div className="an-progress">
          <p role="status">{t('running', { total: formatCount(run.total, lang) })}</p>
          <progress
            max={run.total}
            value={run.done}
            aria-label={t('progress', {
              done: formatCount(run.done, lang),
              total: formatCount(run.total, lang),
            })}
          />
        </div>
      )}
      {run?.status === 'done' && (
        <OutlookReport result={run.result} table={tbl} settings={settings} ms={run.ms} t={t} lang={lang} />
      )}
    </section>
  );
}

/** The command line that gives the same figures (`est analyze outlook`). */
function commandOf(s: Settings): string {
  const parts = ['est analyze outlook', `--trials ${s.trials}`, `--seed ${s.seed}`];
  if (s.instruments !== DEFAULT_INSTRUMENTS) parts.push(`--set entryIntoForce.instruments=${s.instruments}`);
  if (s.orgs) parts.push('--set entryIntoForce.countOrganizations=true');
  return parts.join(' ');
}

/**
 * What the headline figure rests on, set beside it: the rule, the signature window, the stance table,
 * the chances assumed per stance, how decisions move together, and how to reproduce the run.
 */
function Assumptions({
  result,
  table,
  settings,
  t,
  lang,
}: {
  readonly result: OutlookResult;
  readonly table: StanceTable;
  readonly settings: Settings;
  readonly t: T;
  readonly lang: Language;
}) {
  const pc = (p: number): string => formatPercent(p, lang, 0);
  const start = formatDate(result.start, lang);
  const horizon = formatDate(result.horizon, lang);
  const counts = STANCES.map(
    (s) => `${t(`stance.${s}`)} ${table.stances.filter((x) => x.stance === s).length}`,
  ).join(', ');
  const limits = new Set(STANCES.map((s) => table.categories[s].ratify.withinMonths));
  const shared = limits.size === 1 ? [...limits][0] : undefined;
  const within = (m: number | null | undefined): string =>
    m === null || m === undefined ? '' : t('a.within', { months: plural(m, lang, MONTHS_GENITIVE) });
  const chances = STANCES.map((s) => {
    const c = table.categories[s];
    const ratify = pc(c.ratify.probability) + (shared === undefined ? within(c.ratify.withinMonths) : '');
    return t('a.chance', { stance: t(`stance.${s}`), sign: pc(c.sign.probability), ratify });
  }).join('; ');
  const blocs = table.blocs
    .map((b) => {
      const key = `bloc.${b.id}`;
      const label = key in M ? t(key as 'bloc.nato') : b.id;
      return `${label} ${pc(b.rho)}`;
    })
    .join(', ');
  return (
    <aside className="an-assumptions" id="an-outlook-assumptions" aria-labelledby="an-outlook-assumptions-h">
      <h3 id="an-outlook-assumptions-h">{t('assumptions.title')}</h3>
      <ul>
        <li>
          <Terms
            text={t('a.rule', {
              n: settings.instruments,
              orgs: t(settings.orgs ? 'rule.count' : 'rule.dontCount'),
            })}
          />
        </li>
        <li>
          {table.signatureMonths === null
            ? t('a.window.open', { start, horizon })
            : t('a.window', { months: plural(table.signatureMonths, lang, MONTHS), start, horizon })}
        </li>
        <li>{t('a.stances', { n: table.stances.length, counts })}</li>
        <li>{t('a.chances', { within: within(shared), list: chances })}</li>
        <li>{t('a.together', { climate: pc(table.climate.rho), blocs })}</li>
      </ul>
      <p>
        <strong>{t('a.notData')}</strong>
      </p>
      <p className="muted">
        {t('a.reproduce', { total: result.trials, seed: result.seed })} <code>{commandOf(settings)}</code>
      </p>
    </aside>
  );
}

function OutlookReport({
  result,
  table,
  settings,
  ms,
  t,
  lang,
}: {
  readonly result: OutlookResult;
  readonly table: StanceTable;
  readonly settings: Settings;
  readonly ms: number;
  readonly t: T;
  readonly lang: Language;
}) {
  const [allPivotal, setAllPivotal] = useState(false);
  const f = result.inForceByHorizon;
  const horizon = formatDate(result.horizon, lang);
  const pct = (p: number) => formatPercent(p, lang, 0);
  const figure = roundedFigure(f.probability, f.standardError);
  const figureWords = figureText(figure, t, lang);
  const span = daysBetween(result.start, result.horizon);
  const startYear = Number(result.start.slice(0, 4));
  const endYear = Number(result.horizon.slice(0, 4));
  const xTicks = [];
  for (let y = startYear + 1; y <= endYear; y += 1) {
    const d = daysBetween(result.start, `${y}-01-01` as IsoDate);
    if (d <= span) xTicks.push({ x: d, label: String(y) });
  }
  const z = 1.96;
  const points = [
    { x: 0, y: 0, lo: 0, hi: 0 },
    ...result.curve.map((p) => ({
      x: daysBetween(result.start, p.date),
      y: p.probability,
      lo: Math.max(0, p.probability - z * p.standardError),
      hi: Math.min(1, p.probability + z * p.standardError),
    })),
  ];
  const yMax = Math.max(0.01, ...points.map((p) => p.hi));
  const markers = [
    ...(result.median === null
      ? []
      : [
          { x: daysBetween(result.start, result.median), label: t('marker.median', { date: result.median }) },
        ]),
    ...(result.medianIfInForce === null
      ? []
      : [
          {
            x: daysBetween(result.start, result.medianIfInForce),
            label: t('marker.medianIf', { date: result.medianIfInForce }),
          },
        ]),
  ];
  const tick = yMax < 0.05 ? 1 : 0;
  const threshold = result.rule.instruments ?? 0;
  const shown = allPivotal ? result.pivotal : result.pivotal.slice(0, 10);
  const csvAbout = (table: string): string =>
    t('csv.about', {
      total: result.trials,
      seed: result.seed,
      n: threshold,
      orgs: t(settings.orgs ? 'rule.count' : 'rule.dontCount'),
      start: result.start,
      horizon: result.horizon,
      table,
    });

  return (
    <div className="an-card">
      <p className="muted" role="status">
        {t('finished', {
          total: formatCount(result.trials, lang),
          seed: result.seed,
          start: formatDate(result.start, lang),
          horizon,
          ms: formatCount(ms, lang),
        })}
      </p>
      <div className="an-figure" id="an-outlook-figure">
        <div className="an-figure-main">
          <p
            className="an-headline"
            id="an-outlook-headline"
            data-in-force={f.trials}
            data-trials={result.trials}
            data-probability={f.probability}
            data-figure={figure.kind === 'about' ? figure.points : `${figure.lo}-${figure.hi}`}
          >
            {t('headline', { horizon, figure: figureWords })}
          </p>
          <p className="an-precision">
            {t(figure.kind === 'about' ? 'precision.about' : 'precision.range', {
              ci: formatPercent(z * f.standardError, lang, 1),
              n: formatCount(f.trials, lang),
              total: formatCount(result.trials, lang),
            })}
          </p>
        </div>
        <Assumptions result={result} table={table} settings={settings} t={t} lang={lang} />
      </div>
      <ul className="an-facts">
        <li>
          {t('median', { date: result.median === null ? t('median.none') : formatDate(result.median, lang) })}
        </li>
        <li>
          {t('medianIf', {
            date:
              result.medianIfInForce === null ? t('medianIf.none') : formatDate(result.medianIfInForce, lang),
          })}
        </li>
        <li>
          {t('instruments', {
            horizon,
            mean: result.instruments.mean.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', {
              minimumFractionDigits: 1,
              maximumFractionDigits: 1,
            }),
            p10: result.instruments.p10,
            p50: result.instruments.p50,
            p90: result.instruments.p90,
          })}
        </li>
      </ul>
      <LineChart
        label={t('chart.label', {
          start: formatDate(result.start, lang),
          horizon,
          p: figureWords,
        })}
        points={points}
        xTicks={xTicks}
        xMax={span}
        yMax={yMax}
        formatY={(y) => formatPercent(y, lang, tick)}
        markers={markers}
        yLabel={t('chart.y')}
      />
      <p className="muted">{t('chart.band')}</p>
      <QuarterTable result={result} t={t} lang={lang} about={csvAbout(t('csv.quarters'))} />
      <h3>{t('pivotal.title', { n: threshold, trials: formatCount(f.trials, lang) })}</h3>
      {result.pivotal.length === 0 ? (
        <p>{t('pivotal.none')}</p>
      ) : (
        <>
          <ScrollTable label={t('pivotal.title', { n: threshold, trials: formatCount(f.trials, lang) })}>
            <table className="an-pivotal">
              <thead>
                <tr>
                  <th scope="col">{t('th.state')}</th>
                  <th scope="col">{t('th.stance')}</th>
                  <th scope="col" className="an-num">
                    {t('th.share')}
                  </th>
                  <th scope="col" className="an-num">
                    {t('th.trials')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((p) => (
                  <tr key={p.id} data-id={p.id}>
                    <th scope="row">
                      {partyName(p.id, lang)} <span className="muted">({p.id})</span>
                    </th>
                    <td>{t(`stance.${p.stance}`)}</td>
                    <td className="an-num">{pct(p.share)}</td>
                    <td className="an-num">{formatCount(p.count, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          {!allPivotal && result.pivotal.length > 10 && (
            <button type="button" className="an-more" onClick={() => setAllPivotal(true)}>
              {t('pivotal.more', { n: result.pivotal.length })}
            </button>
          )}
          <CsvButton
            file="est-analysis-outlook-pivotal"
            about={csvAbout(t('csv.pivotal'))}
            header={[t('th.state'), t('th.id'), t('th.stance'), t('th.sharePct'), t('th.trials')]}
            rows={result.pivotal.map((p) => [
              partyName(p.id, lang),
              p.id,
              t(`stance.${p.stance}`),
              Math.round(p.share * 100),
              p.count,
            ])}
          />
          <p>
            {t('byStance', {
              list: STANCES.filter((s: Stance) => result.pivotalByStance[s].count > 0)
                .map((s) => `${t(`stance.${s}`)} ${pct(result.pivotalByStance[s].share)}`)
                .join(', '),
            })}
          </p>
        </>
      )}
      {result.warnings.length > 0 && (
        <details>
          <summary>{t('warnings')}</summary>
          <ul>
            {result.warnings.map((w) => (
              <li key={w} lang="en">
                {w}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** The curve by quarter, as the CLI prints it: a row per year, the value at each quarter's end. */
function QuarterTable({
  result,
  t,
  lang,
  about,
}: {
  readonly result: OutlookResult;
  readonly t: T;
  readonly lang: Language;
  /** The first line of its CSV. */
  readonly about: string;
}) {
  const byDate = new Map(result.curve.map((p) => [p.date as string, p.probability]));
  const first = Number(result.start.slice(0, 4));
  const last = Number(result.horizon.slice(0, 4));
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  const starts = ['01-01', '04-01', '07-01', '10-01'];
  let marked = false;
  const rows = [];
  for (let y = first; y <= last; y += 1) {
    const values = ends.map((md, q): { p: number; star: boolean } | null => {
      const end = `${y}-${md}`;
      if (end < result.start) return null;
      if (end <= result.horizon) return { p: byDate.get(end) ?? 0, star: false };
      if (`${y}-${starts[q]}` <= result.horizon) {
        marked = true;
        return { p: byDate.get(result.horizon) ?? 0, star: true };
      }
      return null;
    });
    const cells = values.map((v) => (v === null ? '' : `${formatPercent(v.p, lang, 0)}${v.star ? '*' : ''}`));
    rows.push({ y, cells, values });
  }
  const quarters = ['Q1', 'Q2', 'Q3', 'Q4'];
  return (
    <>
      <ScrollTable label={t('quarters.title')}>
        <table className="an-quarters">
          <caption>{t('quarters.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('th.year')}</th>
              {quarters.map((q) => (
                <th key={q} scope="col" className="an-num">
                  {q}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.y}>
                <th scope="row">{r.y}</th>
                {r.cells.map((c, i) => (
                  <td key={i} className="an-num">
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {marked && (
          <p className="muted">{t('quarters.horizon', { date: formatDate(result.horizon, lang) })}</p>
        )}
      </ScrollTable>
      <CsvButton
        file="est-analysis-outlook-quarters"
        about={about}
        header={[t('th.year'), ...quarters.map((q) => t('th.quarter', { q }))]}
        rows={rows.map((r) => [r.y, ...r.values.map((v) => (v === null ? '' : Math.round(v.p * 100)))])}
      />
    </>
  );
}
