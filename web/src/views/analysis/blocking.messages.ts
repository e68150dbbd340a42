/**
 * @module The words of the blocking section, in English and Russian, and the counted phrases of its
 * headline and chart ("49 must attend", "13 absentees deny it").
 */
import { defineMessages } from '../../i18n.tsx';
import type { PluralForms, useT } from '../../i18n.tsx';

export const M = defineMessages({
  title: { en: 'Blocking by absence', ru: 'Блокирование неявкой' },
  intro: {
    en: 'An EST conference decides nothing without its [[quorum|quorum]], counted over all Parties (two thirds for the Conference, four fifths for the [[extraordinary-conference|Extraordinary Conference]]). A bloc need not vote no: if enough of it stays away, the conference cannot sit.',
    ru: 'Конференция по ДЕБ ничего не решает без [[quorum|кворума]], который считается от всех Участников (две трети для Конференции, четыре пятых для [[extraordinary-conference|Чрезвычайной конференции]]). Блоку не нужно голосовать против: если достаточно его членов не явится, конференция не состоится.',
  },
  formula: {
    en: 'The [[quorum|quorum]] is met when present × den ≥ num × N, so q = ⌈num·N/den⌉ must attend and N − q + 1 absentees deny it. A bloc counts its members that are Parties on the day, and the organization itself when it is a Party.',
    ru: '[[quorum|Кворум]] есть, когда присутствующие × знаменатель ≥ числитель × N, поэтому должны присутствовать q = ⌈числитель·N/знаменатель⌉, а N − q + 1 отсутствующих лишают конференцию кворума. Блок считает своих членов, являющихся Участниками на этот день, и саму организацию, если она Участник.',
  },
  'source.label': { en: 'Parties', ru: 'Участники' },
  'source.log': { en: "The log's own Parties", ru: 'Участники по журналу' },
  'source.logCount': {
    en: "The log's own Parties ({n}, as of {date})",
    ru: 'Участники по журналу ({n}, на {date})',
  },
  'attacker.label': {
    en: 'Attacker at the Extraordinary Conference (its vote is not counted)',
    ru: 'Нападающий на Чрезвычайной конференции (его голос не учитывается)',
  },
  'attacker.none': { en: 'none', ru: 'нет' },
  'params.log': {
    en: "The log's parameters (GET /api/v1/settings); bloc memberships as of {date}.",
    ru: 'Параметры журнала (GET /api/v1/settings); членство в блоках на {date}',
  },
  'params.preset': {
    en: 'The treaty as published; bloc memberships as of {date}, the day the draft appeared.',
    ru: 'Договор в опубликованной редакции; членство в блоках на {date}, день публикации проекта.',
  },
  'body.conference': { en: 'Conference of the Parties', ru: 'Конференция Участников' },
  'body.extraordinary': {
    en: 'Extraordinary Conference of the Parties',
    ru: 'Чрезвычайная конференция Участников',
  },
  headline: {
    en: '{parties}; quorum {num}/{den}: {attend}; {deny}.',
    ru: '{parties}; кворум {num}/{den}: {attend}; {deny}.',
  },
  'headline.weighted': {
    en: '{parties} weighing {w}; quorum {num}/{den}: a weight of {q} must attend; an absentee weight of {d} denies it.',
    ru: '{parties} общим весом {w}; кворум {num}/{den}: должен присутствовать вес {q}; отсутствие веса {d} лишает её кворума.',
  },
  'bloc.can': { en: '{bloc} ({n}) can', ru: '{bloc} ({n}) может' },
  'bloc.cannot': { en: '{bloc} ({n}) cannot', ru: '{bloc} ({n}) не может' },
  'chart.label': {
    en: '{body}: the Parties each bloc counts, against the threshold: {deny}. {verdicts}.',
    ru: '{body}: число Участников в каждом блоке и порог: {deny}. {verdicts}.',
  },
  'chart.can': { en: 'can deny the quorum alone', ru: 'может сорвать кворум в одиночку' },
  'chart.cannot': { en: 'cannot alone', ru: 'не может в одиночку' },
  'bar.can': { en: '{n}: can', ru: '{n}: может' },
  'bar.cannot': { en: '{n}: {s} short', ru: '{n}: не хватает {s}' },
  'table.label': { en: '{body}: blocs, as a table', ru: '{body}: блоки в таблице' },
  'th.bloc': { en: 'Bloc', ru: 'Блок' },
  'th.size': { en: 'Parties it counts', ru: 'Участников в блоке' },
  'th.verdict': { en: 'Denies the quorum alone?', ru: 'Срывает кворум один?' },
  'th.members': { en: 'Its Parties', ru: 'Участники в его составе' },
  'csv.about': {
    en: 'Blocking by absence, {body} ({cite}): {set}, as of {date}.',
    ru: 'Блокирование неявкой, {body} ({cite}): {set}, на {date}',
  },
  'csv.organization': { en: 'The organization itself counted', ru: 'Учтена сама организация' },
  'csv.yes': { en: 'yes', ru: 'да' },
  'csv.no': { en: 'no', ru: 'нет' },
  'verdict.can': { en: 'yes: can deny the quorum alone', ru: 'да: может сорвать кворум в одиночку' },
  'verdict.cannot': { en: 'no: {n} short', ru: 'нет: не хватает {n}' },
  'incl.org': { en: '(incl. {bloc} itself)', ru: '(включая сам {bloc})' },
  'members.show': { en: 'show {n}', ru: 'показать {n}' },
  'combos.title': {
    en: 'Smallest combinations of blocs that deny the quorum (overlaps counted once)',
    ru: 'Наименьшие сочетания блоков, срывающие кворум (пересечения считаются один раз)',
  },
  'combos.none': {
    en: 'None: even all the blocs together fall short.',
    ru: 'Таких нет: даже все блоки вместе не набирают нужного числа.',
  },
  'vetoes.title': { en: 'Blocking a quorate conference', ru: 'Блокирование конференции при наличии кворума' },
  'vetoes.objection': {
    en: 'By objection ({cite}, [[consensus|consensus]]): any of the {n} counted Parties present.',
    ru: 'Возражением ({cite}, [[consensus|консенсус]]): любой присутствующий Участник, чей голос учитывается (таких {n}).',
  },
  'vetoes.vote': {
    en: 'By vote ({cite}, [[unanimity|unanimity]]): any of the {n} Parties whose vote counts, voting no.',
    ru: 'Голосованием ({cite}, [[unanimity|единогласие]]): любой Участник, чей голос учитывается, проголосовав против (таких {n}).',
  },
  'vetoes.abstain.yes': {
    en: 'An abstention also blocks (extraordinary.abstentionBlocks = true).',
    ru: 'Воздержание тоже блокирует (extraordinary.abstentionBlocks = true).',
  },
  'vetoes.abstain.no': {
    en: 'An abstention does not block (extraordinary.abstentionBlocks = false).',
    ru: 'Воздержание не блокирует (extraordinary.abstentionBlocks = false).',
  },
  'vetoes.cannot': { en: 'Cannot: {name}, {reason}.', ru: 'Не может: {name}, {reason}.' },
  'reason.weight0': {
    en: 'it weighs 0 (organizations.voteWeight) and is not counted',
    ru: 'её вес 0 (organizations.voteWeight), она не учитывается',
  },
  'reason.attacker': {
    en: 'the attacker: its vote is not counted (EST 8(3)); it can only stay away',
    ru: 'нападающий: его голос не учитывается (ДЕБ, ст. 8, п. 3); он может лишь не явиться',
  },
  'vetoes.absence': { en: 'By absence alone: {list}.', ru: 'Одной своей неявкой: {list}.' },
  'vetoes.absence.none': { en: 'no single Party', ru: 'ни один Участник' },
  'log.empty': {
    en: 'The log has no Parties yet. Choose a preset to see the analysis.',
    ru: 'В журнале пока нет Участников. Выберите готовый набор, чтобы увидеть анализ.',
  },
});

/** "49 must attend", «должны присутствовать 49» (and «должен присутствовать 41»). */
export const ATTEND: PluralForms = {
  en: { one: '{n} must attend', other: '{n} must attend' },
  ru: {
    one: 'должен присутствовать {n}',
    few: 'должны присутствовать {n}',
    many: 'должны присутствовать {n}',
  },
};

/** "13 absentees deny it", «21 отсутствующий лишает её кворума». */
export const DENY: PluralForms = {
  en: { one: '{n} absentee denies it', other: '{n} absentees deny it' },
  ru: {
    one: '{n} отсутствующий лишает её кворума',
    few: '{n} отсутствующих лишают её кворума',
    many: '{n} отсутствующих лишают её кворума',
  },
};

/** The label of the chart's threshold line. */
export const THRESHOLD: PluralForms = {
  en: { one: '{n} absentee denies the quorum', other: '{n} absentees deny the quorum' },
  ru: {
    one: '{n} отсутствующий — кворума нет',
    few: '{n} отсутствующих — кворума нет',
    many: '{n} отсутствующих — кворума нет',
  },
};

export type T = ReturnType<typeof useT<typeof M>>;
