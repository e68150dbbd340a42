/**
 * @module The application shell: header (navigation, search, copy link, language switch, live
 * status), the banners of an exercise (./exercise.tsx) and of a mirror (./mirror.tsx), the page's
 * title, the view of the URL.
 */
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { ErrorBoundary, Loading, TitleContext } from './components.tsx';
import { useLanguage, useT } from './i18n.tsx';
import { useLive } from './live.tsx';
import { ExerciseBanner, useFirstSettings, useLogMode } from './exercise.tsx';
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
const HistoryView = lazy(() => import('./views/history.tsx').then((m) => ({ default: m.HistoryView })));
const GlossaryView = lazy(() => import('./views/glossary.tsx').then((m) => ({ default: m.GlossaryView })));
const SearchView = lazy(() => import('./views/search.tsx').then((m) => ({ default: m.SearchView })));
const TreatyView = lazy(() => import('./views/treaty.tsx').then((m) => ({ default: m.TreatyView })));

const NAV = [
  ['map', 'nav.map'],
  ['history', 'nav.history'],
  ['timeline', 'nav.timeline'],
  ['treaty', 'nav.treaty'],
  ['log', 'nav.log'],
  ['playground', 'nav.playground'],
  ['analysis', 'nav.analysis'],
  ['glossary', 'nav.glossary'],
] as const;

/** Each view's name in the page's title; anything else is "No such page". */
const PAGE_TITLES = {
  map: 'page.map',
  timeline: 'page.timeline',
  procedures: 'page.procedures',
  treaty: 'page.treaty',
  log: 'page.log',
  playground: 'page.playground',
  analysis: 'page.analysis',
  history: 'page.history',
  glossary: 'page.glossary',
  search: 'page.search',
} as const;

const pageTitleKey = (view: string) =>
  Object.hasOwn(PAGE_TITLES, view) ? PAGE_TITLES[view as keyof typeof PAGE_TITLES] : 'notfound.title';

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
    case 'history':
      return <HistoryView id={second ?? null} />;
    case 'glossary':
      return <GlossaryView id={second ?? null} />;
    case 'search':
      return <SearchView />;
    default:
      return <h1>{t('notfound.title')}</h1>;
  }
}

/**
 * The address a view was opened at, on this device's clipboard (with a "Link copied" status); where
 * the page may not write the clipboard, the address in a read-only field, selected for copying. The
 * address carries the view's state in its hash and the language before it (`/?lang=ru#/map?...`).
 */
function CopyLink() {
  const t = useT();
  const [shown, setShown] = useState<'none' | 'copied' | 'manual'>('none');
  const [url, setUrl] = useState('');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (shown === 'manual') field.current?.select();
    if (shown !== 'copied') return;
    const timer = window.setTimeout(() => setShown('none'), 5000);
    return () => window.clearTimeout(timer);
  }, [shown]);
  const copy = () => {
    const here = window.location.href;
    setUrl(here);
    // Absent outside a secure context (plain http to another host), whatever the types say.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (clipboard === undefined) setShown('manual');
    else
      clipboard.writeText(here).then(
        () => setShown('copied'),
        () => setShown('manual'),
      );
  };
  return (
    <div className="copy-link">
      <button type="button" onClick={copy}>
        {t('copy.button')}
      </button>
      <span role="status" className="copy-status">
        {shown === 'copied' ? t('copy.done') : ''}
      </span>
      {shown === 'manual' && (
        <label className="copy-manual">
          {t('copy.manual')}{' '}
          <input ref={field} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}

/**
 * The search box: its words go to the search view (`#/search?q=...`). It starts with the words the
 * address asks for (the shell gives it a new key when they change).
 */
function SearchBox({ asked }: { readonly asked: string }) {
  const t = useT();
  const [words, setWords] = useState(asked);
  return (
    <form
      role="search"
      className="site-search"
      onSubmit={(e) => {
        e.preventDefault();
        const q = words.trim();
        navigate(href('search'), q === '' ? undefined : { q });
      }}
    >
      <label htmlFor="site-search" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        value={words}
        placeholder={t('search.placeholder')}
        onChange={(e) => setWords(e.currentTarget.value)}
      />
      <button type="submit">{t('search.submit')}</button>
    </form>
  );
}

export function App() {
  const t = useT();
  const { lang, setLang } = useLanguage();
  const live = useLive();
  const route = useRoute();
  const mode = useLogMode();
  const first = useFirstSettings();
  const [view = 'map'] = route.segments;
  const asked = view === 'search' ? (route.query.get('q') ?? '') : '';
  // An empty depositary of record has nothing to show on a map: an address without a view opens
  // where the treaty really stands. An exercise, or a record with filings, opens on the map.
  const noView = route.segments.length === 0;
  const emptyRecord =
    first.state === 'ok' && (first.value.mode ?? 'record') === 'record' && first.value.size === 0;
  useEffect(() => {
    if (noView && emptyRecord) navigate(href('history'), Object.fromEntries(route.query), true);
  }, [noView, emptyRecord, route]);
  const [part, setPart] = useState<string | null>(null);
  const refine = useCallback((p: string | null) => setPart(p), []);
  const title = [part, t(pageTitleKey(view)), t('title')].filter(Boolean).join(' — ');
  const pageTitle = `${mode === 'exercise' ? t('page.exercise') : ''}${title}`;
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);
  const liveText =
    mode === 'exercise'
      ? t(live.connected ? 'live.exercise.on' : 'live.exercise.off')
      : t(live.connected ? 'live.on' : 'live.off');
  return (
    <TitleContext.Provider value={refine}>
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
            className={`live ${live.connected ? 'on' : 'off'}${mode === 'exercise' ? ' exercise' : ''}`}
            role="status"
            aria-label={t('live.label')}
          >
            {liveText}
          </span>
          <SearchBox key={asked} asked={asked} />
          <CopyLink key={`${lang} ${route.segments.join('/')} ${route.query.toString()}`} />
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
                <a href={href(id)} aria-current={view === id ? 'page' : undefined}>
                  {t(key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <MirrorBanner />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={view}>
          <Suspense fallback={<Loading />}>
            {/* Without a view, the settings say which comes first (see above). */}
            {noView && first.state === 'loading' ? <Loading /> : <View />}
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer>
        <a href="/api/v1/treaty">{t('footer.api')}</a>
      </footer>
    </TitleContext.Provider>
  );
}
