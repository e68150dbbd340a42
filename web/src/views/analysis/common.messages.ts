/**
 * @module The words the analysis sections share, in English and Russian: the names of the presets, the
 * short form of an elected member, the CSV button and its first line, and Parties counted in words.
 */
import { defineMessages } from '../../i18n.tsx';
import type { PluralForms } from '../../i18n.tsx';

export const COMMON = defineMessages({
  'preset.osce-2009': {
    en: 'OSCE participating States of 2009',
    ru: 'государства — участники ОБСЕ 2009 года',
  },
  'preset.osce-2009+orgs': {
    en: 'OSCE participating States of 2009 and the five organizations',
    ru: 'государства — участники ОБСЕ 2009 года и пять организаций',
  },
  'preset.nato-2009': { en: 'NATO members of 2009', ru: 'члены НАТО 2009 года' },
  'preset.nrc-2009': { en: 'NATO-Russia Council of 2009', ru: 'Совет Россия — НАТО 2009 года' },
  'preset.eu-2009': { en: 'EU members of 2009', ru: 'члены ЕС 2009 года' },
  'preset.csto-2009': { en: 'CSTO members of 2009', ru: 'члены ОДКБ 2009 года' },
  'preset.cis-2009': { en: 'CIS members of 2009', ru: 'члены СНГ 2009 года' },
  'preset.option': { en: '{name} ({n})', ru: '{name} ({n})' },
  'elected.n': { en: 'elected member {n}', ru: 'избранный член {n}' },
  'elected.short': { en: 'E{n}', ru: 'И{n}' },
  'csv.button': { en: 'Download CSV', ru: 'Скачать CSV' },
  'csv.model': {
    en: 'Analysis of the 2009 draft: a model, not the record.',
    ru: 'Анализ проекта 2009 года: расчёт по модели, а не исторические факты.',
  },
  'csv.exercise': {
    en: 'Exercise: computed from a log of invented filings, not the historical record.',
    ru: 'Учения: рассчитано по журналу вымышленных обращений, а не по историческим данным.',
  },
});

/** Parties counted in words: "61 Parties", «61 Участник», «49 Участников». */
export const PARTIES: PluralForms = {
  en: { one: '{n} Party', other: '{n} Parties' },
  ru: { one: '{n} Участник', few: '{n} Участника', many: '{n} Участников' },
};
