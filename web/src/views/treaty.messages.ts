/**
 * @module The words of the treaty page, in English and Russian: its messages, and the glossary's terms
 * each provision is about.
 */
import type { TermId } from '../term.tsx';
import type { useT } from '../i18n.tsx';
import { defineMessages } from '../i18n.tsx';

export const M = defineMessages({
  title: { en: 'The treaty text', ru: 'Текст договора' },
  intro: {
    en: 'The two drafts of 2009, provision by provision, and the three regimes they are compared with. The texts are our own paraphrases, each with a mark of how sure we are of it; every number the drafts give or leave blank is a parameter the engine reads.',
    ru: 'Два проекта 2009 года, положение за положением, и три режима, с которыми они сравниваются. Тексты — наши собственные пересказы, каждый с отметкой о степени уверенности; каждое число, которое проекты дают или оставляют пустым, — параметр, который читает движок.',
  },
  outline: { en: 'Outline', ru: 'Оглавление' },
  search: { en: 'Search by citation or words', ru: 'Поиск по ссылке или словам' },
  searchPlaceholder: { en: 'EST 8(3), quorum, withdrawal…', ru: 'ДЕБ, ст. 8, п. 3; кворум; выход…' },
  results: { en: '{n} provisions match "{q}"', ru: 'Найдено положений по запросу «{q}»: {n}' },
  noResults: { en: 'Nothing matches "{q}".', ru: 'По запросу «{q}» ничего не найдено.' },
  clear: { en: 'Clear the search', ru: 'Очистить поиск' },
  notFound: {
    en: 'There is no provision "{id}". Pick one from the outline or search for it.',
    ru: 'Положения «{id}» нет. Выберите его в оглавлении или найдите поиском.',
  },
  confidence: { en: 'Confidence', ru: 'Уверенность' },
  legend: { en: 'What the marks mean', ru: 'Что означают отметки' },
  legendConf: { en: 'Confidence in the text', ru: 'Уверенность в тексте' },
  legendBasis: { en: 'Basis of a parameter’s value', ru: 'Основание значения параметра' },
  sources: { en: 'Sources', ru: 'Источники' },
  notModelled: { en: 'NOT MODELLED', ru: 'НЕ МОДЕЛИРУЕТСЯ' },
  rules: { en: 'Rules that apply it', ru: 'Правила, которые его применяют' },
  noRules: { en: 'No rule of the engine cites it.', ru: 'Ни одно правило движка на него не ссылается.' },
  parameters: { en: 'Parameters it uses', ru: 'Параметры' },
  paramsAll: { en: 'All parameters', ru: 'Все параметры' },
  paramCol: { en: 'parameter', ru: 'параметр' },
  citeCol: { en: 'provision', ru: 'положение' },
  valueCol: { en: 'current value', ru: 'текущее значение' },
  textCol: { en: 'in the text', ru: 'по тексту' },
  basisCol: { en: 'basis', ru: 'основание' },
  confCol: { en: 'conf.', ru: 'увер.' },
  confFull: { en: 'confidence', ru: 'уверенность' },
  note: { en: 'Note', ru: 'Примечание' },
  noteSince: { en: 'from {date}: {value}', ru: 'с {date}: {value}' },
  paramsLabel: { en: 'Parameters: {what}', ru: 'Параметры: {what}' },
  current: {
    en: 'Current values are those this [[depositary|depositary]] decides under ({treaty}).',
    ru: 'Текущие значения — те, по которым решает этот [[depositary|депозитарий]] ({treaty}).',
  },
  fallback: {
    en: 'The [[depositary|depositary]] cannot be reached: the values shown are the text’s own, not necessarily those in force at the depositary.',
    ru: '[[depositary|Депозитарий]] недоступен: показаны значения по тексту, не обязательно действующие у депозитария.',
  },
  terms: { en: 'Terms in the glossary', ru: 'Термины в глоссарии' },
  keyTerms: {
    en: 'The drafts’ terms of art, explained in the glossary:',
    ru: 'Термины проектов, объяснённые в глоссарии:',
  },
  loadingValues: { en: 'Reading the depositary’s values…', ru: 'Читаем значения депозитария…' },
  differs: { en: 'changed from the text’s {value}', ru: 'изменено; по тексту {value}' },
  unset: { en: 'unset', ru: 'не задано' },
  'basis.text': {
    en: 'the text gives it, as a retrieved source shows',
    ru: 'значение дано текстом, что видно по найденному источнику',
  },
  'basis.blank': {
    en: 'the text leaves it blank; the value is a modelling choice',
    ru: 'в тексте на месте значения пропуск; значение выбрано моделью',
  },
  'basis.reading': {
    en: 'a reading, contested or reconstructed without a retrieved text; the value is our choice',
    ru: 'толкование, спорное или восстановленное без найденного текста; значение выбрано нами',
  },
  'conf.C': { en: 'confirmed by a retrieved source', ru: 'подтверждено найденным источником' },
  'conf.C-partial': { en: 'partly confirmed', ru: 'подтверждено частично' },
  'conf.R-m': {
    en: 'reconstructed, medium certainty (from recollection, not checked against a source)',
    ru: 'восстановлено, средняя уверенность (по памяти, не сверено с источником)',
  },
  'conf.R-l': { en: 'reconstructed, low certainty', ru: 'восстановлено, низкая уверенность' },
  'conf.U': { en: 'unknown: the text is not known', ru: 'неизвестно: текст не известен' },
  paragraphs: { en: 'Paragraphs', ru: 'Пункты' },
  partOf: { en: 'Part of', ru: 'Часть' },
  permalink: { en: 'Link to this provision', ru: 'Ссылка на это положение' },
  version: { en: 'text of {date}', ru: 'текст от {date}' },
  provisions: { en: '{n} provisions', ru: 'положений: {n}' },
  drafts: { en: 'The drafts', ru: 'Проекты' },
  compareFromNrc: {
    en: 'Set beside the 2021 agreement, article by article',
    ru: 'Сопоставить с соглашением 2021 года, статья за статьёй',
  },
  compareFromNra: {
    en: 'Set beside the 2009 NATO-Russia draft, article by article',
    ru: 'Сопоставить с проектом Россия–НАТО 2009 года, статья за статьёй',
  },
  compareDrafts: {
    en: 'The NATO-Russia drafts of 2009 and 2021, article by article',
    ru: 'Проекты Россия–НАТО 2009 и 2021 годов, статья за статьёй',
  },
  compareThemes: {
    en: 'All four drafts, theme by theme (in the analysis)',
    ru: 'Все четыре проекта по темам (в разделе анализа)',
  },
  regimes: { en: 'The regimes compared', ru: 'Режимы для сравнения' },
});

export type T = ReturnType<typeof useT<typeof M>>;

/**
 * The glossary's terms a provision is about, for the links beside it (the UI's, never inside the
 * paraphrase). A paragraph without its own list takes its article's.
 */
export const PROVISION_TERMS: Readonly<Record<string, readonly TermId[]>> = {
  'est.3': ['depositary'],
  'est.4': ['extraordinary-conference'],
  'est.6': ['quorum', 'consensus'],
  'est.6.1': ['depositary'],
  'est.6.2': ['depositary'],
  'est.7': ['extraordinary-conference'],
  'est.8': ['extraordinary-conference', 'quorum', 'unanimity'],
  'est.8.1': ['extraordinary-conference', 'depositary'],
  'est.8.2': ['extraordinary-conference', 'depositary'],
  'est.8.3': ['extraordinary-conference', 'quorum', 'unanimity'],
  'est.8.4': ['extraordinary-conference'],
  'est.10': ['accession'],
  'est.11': ['instrument', 'depositary'],
  'est.12': ['accession', 'instrument'],
  'est.13': ['depositary'],
  'est.14': ['instrument', 'counted-instruments'],
  'nrc.4': ['substantial-combat-forces'],
  'nrc.final': ['instrument', 'depositary'],
  'nat.9': ['consensus'],
  'nat.10': ['accession', 'unanimity'],
  'osce.helsinki73': ['consensus'],
  'osce.prague92': ['consensus'],
};
