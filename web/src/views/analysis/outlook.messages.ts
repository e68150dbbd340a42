/**
 * @module The words of the ratification outlook, in English and Russian: the controls, the headline
 * figure and why it is rounded, the assumptions behind it, the chart, the tables and the CSV, and
 * months counted in words.
 */
import { defineMessages } from '../../i18n.tsx';
import type { PluralForms, useT } from '../../i18n.tsx';

export const M = defineMessages({
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
export const MONTHS: PluralForms = {
  en: { one: '{n} month', other: '{n} months' },
  ru: { one: '{n} месяц', few: '{n} месяца', many: '{n} месяцев' },
};

/** The same after «в течение» (genitive): «в течение 60 месяцев», «в течение 21 месяца». */
export const MONTHS_GENITIVE: PluralForms = {
  en: MONTHS.en,
  ru: { one: '{n} месяца', few: '{n} месяцев', many: '{n} месяцев' },
};

export type T = ReturnType<typeof useT<typeof M>>;
