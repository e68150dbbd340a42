/**
 * @module The words of the section "2009 and 2021" of the analysis, in English and Russian: its lede,
 * the aspects compared (what a draft bars, whom it binds, its procedure, what it leaves open), and the
 * words of a procedure.
 */
import type { useT } from '../../i18n.tsx';
import { defineMessages } from '../../i18n.tsx';

export const M = defineMessages({
  title: { en: 'The drafts of 2009 and of 2021', ru: 'Проекты 2009 и 2021 годов' },
  intro: {
    en: 'Russia’s drafts of 2009 (the European Security Treaty and the NATO-Russia draft) and of December 2021 (the agreement with the NATO member States and the treaty with the United States), theme by theme: what each bars, whom it binds, which procedure it gives and what it leaves open. Each cell cites its provisions and carries the weakest of their confidence marks; the sets of States are read from the party registry on the day of each text. The same comparison as est compare --treaty.',
    ru: 'Проекты России 2009 года (Договор о европейской безопасности и проект соглашения Россия–НАТО) и декабря 2021 года (соглашение с государствами — членами НАТО и договор с США) по темам: что каждый запрещает, кого связывает, какую процедуру даёт и что оставляет нерешённым. Каждая ячейка ссылается на свои положения и несёт самую слабую из их отметок уверенности; составы государств взяты из реестра на день каждого текста. То же сравнение, что и est compare --treaty.',
  },
  correspondence: {
    en: 'The two NATO-Russia drafts, article by article',
    ru: 'Два проекта Россия–НАТО, статья за статьёй',
  },
  generation: { en: 'Drafts of {year}', ru: 'Проекты {year} года' },
  aspect: { en: 'Aspect', ru: 'Что сравнивается' },
  'aspect.cites': { en: 'Provisions', ru: 'Положения' },
  'aspect.bars': { en: 'Bars', ru: 'Запрещает' },
  'aspect.binds': { en: 'Binds', ru: 'Связывает' },
  'aspect.where': { en: 'Concerns', ru: 'Касается' },
  'aspect.procedure': { en: 'Procedure', ru: 'Процедура' },
  'aspect.blanks': { en: 'Left open', ru: 'Не решено' },
  nothing: { en: 'nothing', ru: 'ничего' },
  quorum: { en: 'quorum {value}', ru: 'кворум {value}' },
  threshold: { en: 'needs {value}', ru: 'нужно {value}' },
  unset: { en: 'unset', ru: 'не задано' },
  members: { en: '{who} ({n})', ru: '{who} ({n})' },
  tableLabel: { en: '{theme}: the four drafts side by side', ru: '{theme}: четыре проекта рядом' },
  csvAbout: {
    en: 'Russia’s drafts of 2009 and 2021 compared by theme (our paraphrase; none was ever in force).',
    ru: 'Проекты России 2009 и 2021 годов по темам (наш пересказ; ни один не вступал в силу).',
  },
  csvTheme: { en: 'theme', ru: 'тема' },
});

export type T = ReturnType<typeof useT<typeof M>>;
