/**
 * @module The analysis view (#/analysis?section=blocking|power|outlook|force-limits): the analyses
 * of `est analyze`, computed in the browser by the pure code of src/analysis. Each section is its
 * own lazy chunk, so the outlook's stance table and the case library load only when asked for.
 */
import { Suspense, lazy } from 'react';
import { Loading } from '../components.tsx';
import { defineMessages, useT } from '../i18n.tsx';
import { href } from '../router.ts';
import { Terms } from './analysis/common.tsx';
import './analysis/analysis.css';

const BlockingSection = lazy(() =>
  import('./analysis/blocking.tsx').then((m) => ({ default: m.BlockingSection })),
);
const PowerSection = lazy(() => import('./analysis/power.tsx').then((m) => ({ default: m.PowerSection })));
const OutlookSection = lazy(() =>
  import('./analysis/outlook.tsx').then((m) => ({ default: m.OutlookSection })),
);
const ForceLimitsSection = lazy(() =>
  import('./analysis/force-limits.tsx').then((m) => ({ default: m.ForceLimitsSection })),
);

export const SECTIONS = ['blocking', 'power', 'outlook', 'force-limits'] as const;
export type Section = (typeof SECTIONS)[number];

const M = defineMessages({
  title: { en: 'Analysis', ru: 'Анализ' },
  intro: {
    en: 'What the draft’s own rules imply, computed in your browser from the same code as the command est analyze: who can block a conference by staying away, who holds voting power, whether the Treaty would ever have entered into force, and when real deployments would have crossed the NRC 4 limits on [[substantial-combat-forces|substantial combat forces]]. These are models of what might have been, not the record: the draft was never signed.',
    ru: 'Что следует из правил самого проекта — вычислено в браузере тем же кодом, что и команда est analyze: кто может сорвать конференцию неявкой, у кого сила голоса, вступил бы Договор когда-нибудь в силу и когда реальные развёртывания превысили бы пороги «[[substantial-combat-forces|существенных боевых сил]]» по статье 4 проекта соглашения Россия — НАТО. Это модели того, что могло бы быть, а не исторические факты: проект так и не был подписан.',
  },
  sections: { en: 'Analyses', ru: 'Разделы анализа' },
  'section.blocking': { en: 'Blocking by absence', ru: 'Блокирование неявкой' },
  'section.power': { en: 'Voting power', ru: 'Сила голоса' },
  'section.outlook': { en: 'Ratification outlook', ru: 'Перспективы ратификации' },
  'section.force-limits': { en: 'Force limits', ru: 'Ограничения сил' },
});

const isSection = (s: string | null): s is Section => (SECTIONS as readonly (string | null)[]).includes(s);

export function AnalysisView({ query }: { readonly query: URLSearchParams }) {
  const t = useT(M);
  const raw = query.get('section');
  const section: Section = isSection(raw) ? raw : 'blocking';
  return (
    <div className="analysis">
      <h1>{t('title')}</h1>
      <p className="an-lede">
        <Terms text={t('intro')} />
      </p>
      <nav aria-label={t('sections')} className="an-tabs">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`${href('analysis')}?section=${s}`} aria-current={s === section ? 'page' : undefined}>
                {t(`section.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<Loading />}>
        {section === 'blocking' && <BlockingSection query={query} />}
        {section === 'power' && <PowerSection query={query} />}
        {section === 'outlook' && <OutlookSection query={query} />}
        {section === 'force-limits' && <ForceLimitsSection query={query} />}
      </Suspense>
    </div>
  );
}
