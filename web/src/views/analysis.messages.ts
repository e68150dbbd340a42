/**
 * @module The words of the analysis view's frame, in English and Russian: its title, its lede and the
 * names of its five sections.
 */
import { defineMessages } from '../i18n.tsx';

export const M = defineMessages({
  title: { en: 'Analysis', ru: 'Анализ' },
  intro: {
    en: 'What the draft’s own rules imply, computed in your browser from the same code as the command est analyze: who can block a conference by staying away, who holds voting power, whether the Treaty would ever have entered into force, when real deployments would have crossed the NRC 4 limits on [[substantial-combat-forces|substantial combat forces]] or the December 2021 draft’s bar on any forces beyond those of 1997, and how the drafts of December 2021 differ from those of 2009. These are models of what might have been, not the record: none of these drafts was ever signed.',
    ru: 'Что следует из правил самого проекта — вычислено в браузере тем же кодом, что и команда est analyze: кто может сорвать конференцию неявкой, у кого сила голоса, вступил бы Договор когда-нибудь в силу, когда реальные развёртывания превысили бы пороги «[[substantial-combat-forces|существенных боевых сил]]» по статье 4 проекта соглашения Россия — НАТО или нарушили бы запрет проекта декабря 2021 года на любые силы сверх тех, что были в 1997 году, и чем проекты декабря 2021 года отличаются от проектов 2009 года. Это модели того, что могло бы быть, а не исторические факты: ни один из этих проектов так и не был подписан.',
  },
  sections: { en: 'Analyses', ru: 'Разделы анализа' },
  'section.blocking': { en: 'Blocking by absence', ru: 'Блокирование неявкой' },
  'section.power': { en: 'Voting power', ru: 'Сила голоса' },
  'section.outlook': { en: 'Ratification outlook', ru: 'Перспективы ратификации' },
  'section.force-limits': { en: 'Force limits', ru: 'Ограничения сил' },
  'section.generations': { en: '2009 and 2021', ru: '2009 и 2021' },
});
