/**
 * @module The application shell: header, navigation, language switch, live status, the banner of a
 * mirror (./mirror.tsx), the view of the URL.
 */
import { Suspense, lazy, useEffect } from 'react';
import { ErrorBoundary, Loading } from './components.tsx';
import { linkLanguage, useLanguage, useT } from './i18n.tsx';
import { useLive } from './live.tsx';
import { ExerciseBanner } from './exercise.tsx';
import { MirrorBanner } from './mirror.tsx';
import { href, navigate, useRoute } from './router.ts';
import { MapView } from './views/map.tsx';

// The first view (the map) comes with the page; the others load when first visited, so the page's
// first load stays small.
const AnalysisView = lazy(() => import('./views/analysis.tsx').then((m) => ({ default: m.AnalysisView })));
const LogView = lazy(() => import('./views/log.tsx').then((m) => ({ default: m.LogView })));
const PlaygroundView = lazy(() =>
  import('./views/playground.tsx').then((m) => ({ default: m.PlaygroundView })),
);
const ProcedureView = lazy(() => import('./views/procedure.tsx').then((m) => ({ default: m.ProcedureView })));
const TimelineView = lazy(() => import('./views/timeline.tsx').then((m) => ({ default: m.TimelineView })));
const TreatyView = lazy(() => import('./views/treaty.tsx').then((m) => ({ default: m.TreatyView })));

const NAV = [
  ['map', 'nav.map'],
  ['timeline', 'nav.timeline'],
  ['treaty', 'nav.treaty'],
  ['log', 'nav.log'],
  ['playground', 'nav.playground'],
  ['analysis', 'nav.analysis'],
] as const;

function View() {
  const route = useRoute();
  const t = useT();
  const [first = 'map', second] = route.segments;
  switch (first) {
    case 'map':
      return <MapView query={route.query} />;
    case 'timeline':
      return <TimelineView query={route.query} />;
    case 'procedures':
      return <ProcedureView id={second ?? ''} />;
    case 'treaty':
      return <TreatyView id={second ?? null} query={route.query} />;
    case 'log':
      return <LogView index={second === undefined ? null : Number(second)} />;
    case 'playground':
      return <PlaygroundView />;
    case 'analysis':
      return <AnalysisView query={route.query} />;
    default:
      return <h1>{t('notfound.title')}</h1>;
  }
}

export function App() {
  const t = useT();
  const { lang, setLang } = useLanguage();
  const live = useLive();
  const route = useRoute();
  const current = route.segments[0] ?? 'map';
  // `?lang=ru` (or en) in a shared link of any view sets the language, then leaves the URL.
  const linked = route.query.get('lang') === null ? null : linkLanguage(window.location.hash);
  useEffect(() => {
    if (linked === null) return;
    setLang(linked);
    const rest = new URLSearchParams(route.query);
    rest.delete('lang');
    navigate(href(...route.segments), Object.fromEntries(rest), true);
  }, [linked, route, setLang]);
  return (
    <>
      <ExerciseBanner />
      {/* Not a #main link: the URL's hash is the router's, and #main would be a view of its own. */}
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skip')}
      </a>
      <header className="masthead">
        <div className="brand">
          <a href={href('map')} className="title">
            {t('title')}
          </a>
          <span className="tagline">{t('tagline')}</span>
        </div>
        <div className="controls">
          <span
            className={`live ${live.connected ? 'on' : 'off'}`}
            role="status"
            aria-label={t('live.label')}
          >
            {live.connected ? t('live.on') : t('live.off')}
          </span>
          <button
            type="button"
            className="lang"
            aria-label={t('lang.label')}
            onClick={() => setLang(lang === 'en' ? 'ru' : 'en')}
          >
            {t('lang.switch')}
          </button>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map(([id, key]) => (
              <li key={id}>
                <a href={href(id)} aria-current={current === id ? 'page' : undefined}>
                  {t(key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <MirrorBanner />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={current}>
          <Suspense fallback={<Loading />}>
            <View />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer>
        <a href="/api/v1/treaty">{t('footer.api')}</a>
      </footer>
    </>
  );
}
