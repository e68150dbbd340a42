/**
 * @module The words of the glossary (#/glossary), in English and Russian: its headings and notes, how
 * a parameter's value reads (its basis, days in the plural forms of each language), and the names of
 * the kinds of force that thresholds count.
 */
import type { Localized } from '../../../src/treaty/common.ts';
import type { ForceKind } from '../../../src/treaty/forces.ts';
import { defineMessages } from '../i18n.tsx';
import type { useT } from '../i18n.tsx';

export const M = defineMessages({
  title: { en: 'Glossary', ru: 'Глоссарий' },
  intro: {
    en: 'The terms of art of the two drafts of 2009, in English and Russian. The definitions are our own; each entry says how the drafts use the term, with links to the provisions, and names the parameters that hold its numbers.',
    ru: 'Специальные термины двух проектов 2009 года на русском и английском языках. Определения наши собственные; в каждой статье сказано, как термин используется в проектах (со ссылками на положения), и названы параметры, в которых заданы связанные с ним числа.',
  },
  index: { en: 'Terms', ru: 'Термины' },
  other: { en: 'In Russian', ru: 'По-английски' },
  usage: { en: 'In the 2009 drafts', ru: 'В проектах 2009 года' },
  parameters: { en: 'Parameters', ru: 'Параметры' },
  paramNote: {
    en: 'Values as the text gives them or as we read it; a depositary may decide under others, which the treaty text view shows.',
    ru: 'Значения — по тексту или по нашему толкованию; депозитарий может применять иные, их показывает раздел «Текст договора».',
  },
  inText: { en: 'in the text', ru: 'по тексту' },
  unset: { en: 'not set', ru: 'не задано' },
  yes: { en: 'yes', ru: 'да' },
  no: { en: 'no', ru: 'нет' },
  'basis.text': { en: 'given by the text', ru: 'дано текстом' },
  'basis.blank': {
    en: 'a blank in the text, filled by our choice',
    ru: 'пропуск в тексте, значение выбрано нами',
  },
  'basis.reading': { en: 'a reading we chose', ru: 'выбранное нами толкование' },
  seeAlso: { en: 'See also', ru: 'См. также' },
  permalink: { en: 'Link to this entry', ru: 'Ссылка на эту статью' },
  notFound: {
    en: 'The glossary has no entry “{id}”. The terms it explains are listed below.',
    ru: 'В глоссарии нет статьи «{id}». Объясняемые термины перечислены ниже.',
  },
  'day.one': { en: 'day', ru: 'день' },
  'day.few': { en: 'days', ru: 'дня' },
  'day.many': { en: 'days', ru: 'дней' },
  'day.other': { en: 'days', ru: 'дня' },
});

/** The kinds of force a threshold counts, as its value names them. */
export const FORCE_NAMES: Readonly<Record<ForceKind, Localized>> = {
  brigades: { en: 'brigades', ru: 'бригады' },
  helicopterBattalions: { en: 'helicopter battalions', ru: 'вертолётные батальоны' },
  airRegiments: { en: 'air regiments', ru: 'авиаполки' },
  tanks: { en: 'battle tanks', ru: 'танки' },
  armouredVehicles: { en: 'armoured combat vehicles', ru: 'боевые бронированные машины' },
  combatAircraftAndAttackHelicopters: {
    en: 'combat aircraft and attack helicopters',
    ru: 'боевые самолёты и ударные вертолёты',
  },
  artillery: { en: 'artillery pieces', ru: 'артиллерийские орудия' },
  troops: { en: 'troops', ru: 'военнослужащие' },
  intermediateRangeMissiles: {
    en: 'launchers of intermediate-range missiles (1,000 to 5,500 km)',
    ru: 'пусковые установки ракет средней дальности (1000–5500 км)',
  },
  shorterRangeMissiles: {
    en: 'launchers of shorter-range missiles (500 to 1,000 km)',
    ru: 'пусковые установки ракет меньшей дальности (500–1000 км)',
  },
  nuclearWeapons: { en: 'nuclear weapons', ru: 'ядерное оружие' },
};

export type T = ReturnType<typeof useT<typeof M>>;
