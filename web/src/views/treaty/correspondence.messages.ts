/**
 * @module The words of the page that sets the NATO-Russia drafts of 2009 and 2021 side by side, article
 * by article, in English and Russian: its title and lede, the sides, and what each kind of change means.
 */
import { defineMessages } from '../../i18n.tsx';

export const M = defineMessages({
  back: { en: 'The treaty text', ru: 'Текст договора' },
  title: {
    en: 'The NATO-Russia drafts of 2009 and 2021, article by article',
    ru: 'Проекты соглашения Россия–НАТО 2009 и 2021 годов, статья за статьёй',
  },
  intro: {
    en: 'Each row sets provisions of the draft handed to NATO in December 2009 beside those of the agreement Russia published on 17 December 2021, says how the matter changed and what changed, in our words. The texts are our paraphrases; each citation leads to its provision.',
    ru: 'В каждой строке положения проекта, переданного НАТО в декабре 2009 года, стоят рядом с положениями соглашения, опубликованного Россией 17 декабря 2021 года; сказано, как изменился предмет и что именно изменилось, — нашими словами. Тексты — наши пересказы; каждая ссылка ведёт к своему положению.',
  },
  themes: {
    en: 'All four drafts of 2009 and 2021, theme by theme, are compared in the analysis.',
    ru: 'Все четыре проекта 2009 и 2021 годов по темам сравниваются в разделе анализа.',
  },
  kinds: { en: 'Kinds of change', ru: 'Виды изменений' },
  'kind.kept': { en: 'the same rule in both', ru: 'одно и то же правило в обоих' },
  'kind.widened': {
    en: 'it bars more, or binds or protects more States, in 2021',
    ru: 'в 2021 году запрещено больше либо связано или охраняется больше государств',
  },
  'kind.narrowed': { en: 'it bars or reaches less in 2021', ru: 'в 2021 году запрет или охват уже' },
  'kind.added': {
    en: 'new in 2021: no counterpart in 2009 is known',
    ru: 'новое в 2021 году: соответствия в 2009 году не известно',
  },
  'kind.dropped': { en: 'in 2009, gone in 2021', ru: 'было в 2009 году, исчезло в 2021 году' },
  'kind.recast': {
    en: 'the same matter, handled another way',
    ru: 'тот же предмет, решённый иначе',
  },
  rows: { en: 'The provisions, row by row', ru: 'Положения, строка за строкой' },
  row: { en: '{from} → {to}: {kind}', ru: '{from} → {to}: {kind}' },
  change: { en: 'Change', ru: 'Изменение' },
  none: { en: 'no counterpart known', ru: 'соответствия не известно' },
  noneShort: { en: '—', ru: '—' },
  confidence: { en: 'confidence of the row', ru: 'уверенность строки' },
});
