/**
 * @module The analysis view (#/analysis?section=blocking|power|outlook|force-limits|generations):
 * the analyses of `est analyze`, computed in the browser by the pure code of src/analysis, and the
 * drafts of 2009 and 2021 side by side (`est compare --treaty`). Each section is its own lazy chunk,
 * so the outlook's stance table and the case library load only when asked for.
 */
import { Suspense, lazy } from 'react';
import { Loading } from '../components.tsx';
import { useT } from '../i18n.tsx';
import { href } from '../router.ts';
import { M } from './analysis.messages.ts';
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

const GenerationsSection = lazy(() =>
  import('./analysis/generations.tsx').then((m) => ({ default: m.GenerationsSection })),
);

export const SECTIONS = ['blocking', 'power', 'outlook', 'force-limits', 'generations'] as const;
export type Section = (typeof SECTIONS)[number];

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
        {section === 'generations' && <GenerationsSection />}
      </Suspense>
    </div>
  );
}
