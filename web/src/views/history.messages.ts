/**
 * @module The words of the page on where the treaty really stands (#/history), in English and Russian:
 * its headings and notes, the kinds of entry and the meanings of the confidence marks.
 */
import { defineMessages } from '../i18n.tsx';
import type { useT } from '../i18n.tsx';

export const M = defineMessages({
  title: { en: 'Where the treaty really stands', ru: 'Где договор на самом деле' },
  intro: {
    en: 'What became of Russia’s draft European Security Treaty of 2009 and of its companion, the draft NATO–Russia agreement: from the proposal in 2008 to the drafts of December 2021 and the answers they received. Every entry is dated, written in our own words and sourced.',
    ru: 'Что стало с российским проектом Договора о европейской безопасности 2009 года и с сопутствующим ему проектом соглашения Россия — НАТО: от предложения 2008 года до проектов декабря 2021 года и ответов на них. Каждая запись датирована, изложена нашими словами и снабжена источниками.',
  },
  status: { en: 'Status', ru: 'Статус' },
  asOf: { en: 'Record checked on {date}.', ru: 'Дата проверки: {date}' },
  sources: { en: 'Sources', ru: 'Источники' },
  noAddress: { en: 'no web address on record', ru: 'веб-адрес не записан' },
  model: {
    en: 'This page is the record. The rest of the site models the two drafts as if they could be signed and applied: the {treaty} gives their provisions in our paraphrase, each marked with how sure we are of it, and the {analysis} explores what might have followed.',
    ru: 'Эта страница — реальная история. Остальной сайт моделирует оба проекта так, будто их можно подписать и применять: в разделе «{treaty}» — их положения в нашем пересказе с отметкой степени уверенности, в разделе «{analysis}» — что могло бы из этого последовать.',
  },
  treatyLink: { en: 'treaty text', ru: 'Текст договора' },
  analysisLink: { en: 'analysis', ru: 'Анализ' },
  exerciseNote: {
    en: 'A depositary run as an exercise shows filings invented for training: signatures, ratifications and conferences that never happened.',
    ru: 'Депозитарий, работающий в режиме учений, показывает обращения, вымышленные для учебных целей: подписания, ратификации и конференции, которых никогда не было.',
  },
  exerciseHere: {
    en: 'This depositary is running an exercise: its map, timeline and procedures show invented filings.',
    ru: 'Этот депозитарий работает в режиме учений: его карта, хронология и процедуры показывают вымышленные обращения.',
  },
  timeline: { en: 'The record, in date order', ru: 'События по порядку' },
  entries: {
    en: '{n}, from {from} to {to}.',
    ru: '{n} с датами, с {from} по {to} год.',
  },
  'entries.one': { en: 'entry', ru: 'запись' },
  'entries.few': { en: 'entries', ru: 'записи' },
  'entries.many': { en: 'entries', ru: 'записей' },
  'entries.other': { en: 'entries', ru: 'записи' },
  legend: { en: 'Confidence marks', ru: 'Отметки уверенности' },
  noteLabel: { en: 'The record and the model', ru: 'История и модель' },
  caveat: { en: 'Uncertain:', ru: 'Неточно:' },
  modelled: { en: 'How this site models it', ru: 'Как сайт это моделирует' },
  'kind.proposal': { en: 'Proposal', ru: 'Предложение' },
  'kind.draft': { en: 'Draft', ru: 'Проект' },
  'kind.osce': { en: 'OSCE', ru: 'ОБСЕ' },
  'kind.reaction': { en: 'Reaction', ru: 'Реакция' },
  'kind.event': { en: 'Event', ru: 'Событие' },
  'conf.C': { en: 'confirmed by a retrieved source', ru: 'подтверждено найденным источником' },
  'conf.C-partial': {
    en: 'partly confirmed: see what is uncertain',
    ru: 'подтверждено частично: см. оговорку',
  },
  'conf.R-m': { en: 'reconstructed, medium certainty', ru: 'восстановлено, средняя уверенность' },
  'conf.R-l': { en: 'reconstructed, low certainty', ru: 'восстановлено, низкая уверенность' },
  'conf.U': { en: 'unknown', ru: 'неизвестно' },
});

export type T = ReturnType<typeof useT<typeof M>>;
