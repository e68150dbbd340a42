/**
 * @module The treaty text (`#/treaty`, `#/treaty/<provision id>`, `?q=words`): the
 * provisions of both drafts and of the regimes they are compared with, as a navigable outline; each
 * provision's paraphrase in the page's language, its confidence mark explained, its sources, what is
 * not modelled and why, the engine's rules that apply it, and the parameters it uses with the values
 * the depositary decides under (or the text's own when the depositary cannot be reached).
 * `#/treaty/compare` sets the NATO-Russia drafts of 2009 and 2021 side by side (treaty/correspondence.tsx).
 */
import { Suspense, lazy, useEffect, useMemo } from 'react';
import { childrenOf, findProvisions, provision } from '../../../src/treaty/provisions/index.ts';
import { settings } from '../api.ts';
import { Loading } from '../components.tsx';
import { useLoad } from '../data.ts';
import { useLanguage, useT } from '../i18n.tsx';
import { href, navigate } from '../router.ts';
import { M } from './treaty.messages.ts';
import { cite, compareHref } from './treaty/common.tsx';
import { Legend } from './treaty/legend.tsx';
import { Outline } from './treaty/outline.tsx';
import { Overview } from './treaty/overview.tsx';
import type { Values } from './treaty/parameters.tsx';
import { ValueNote } from './treaty/parameters.tsx';
import { Provision } from './treaty/provision.tsx';
import { search } from './treaty/search.ts';
import './treaty.css';

const CorrespondenceView = lazy(() =>
  import('./treaty/correspondence.tsx').then((m) => ({ default: m.CorrespondenceView })),
);

/** The id of the side-by-side page under `#/treaty/`: no provision has it. */
const COMPARE_PAGE = 'compare';

/** The drafts whose pages link to the side-by-side page, and the words of the link. */
const COMPARE_LINKS = { 'nrc-2009': 'compareFromNrc', 'nra-2021': 'compareFromNra' } as const;

export function TreatyView({ id, query }: { readonly id: string | null; readonly query: URLSearchParams }) {
  if (id === COMPARE_PAGE)
    return (
      <Suspense fallback={<Loading />}>
        <CorrespondenceView query={query} />
      </Suspense>
    );
  return <TreatyText id={id} query={query} />;
}

function TreatyText({ id, query }: { readonly id: string | null; readonly query: URLSearchParams }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const q = query.get('q') ?? '';
  const loaded = useLoad(settings, []);
  const values: Values = {
    current: loaded.state === 'ok' ? loaded.value.parameters : null,
    treaty: loaded.state === 'ok' ? loaded.value.treaty : null,
    state: loaded.state,
  };

  const selected = useMemo(() => {
    if (id === null) return null;
    return provision(id) ?? findProvisions(id)[0] ?? null;
  }, [id]);
  const matches = useMemo(() => search(q, lang), [q, lang]);
  const shown = useMemo(() => {
    const ids = new Set(matches.map((p) => p.id));
    // Keep the article of a matching paragraph in the outline, for context.
    for (const p of matches) if (p.parent) ids.add(p.parent);
    return ids;
  }, [matches]);

  useEffect(() => {
    if (selected === null) return;
    document.getElementById(`provision-${selected.id}`)?.scrollIntoView({ block: 'start' });
    // Keep the current entry of the outline in its own view, without moving the page.
    const outline = document.querySelector<HTMLElement>('nav.outline');
    const entry = outline?.querySelector<HTMLElement>('a[aria-current]');
    if (outline && entry) outline.scrollTop = entry.offsetTop - outline.offsetTop - outline.clientHeight / 3;
  }, [selected]);

  const onSearch = (text: string) =>
    navigate(id ? href('treaty', id) : href('treaty'), text === '' ? {} : { q: text }, true);

  const article = selected ? (selected.parent ? provision(selected.parent) : selected) : null;
  const children = article ? childrenOf(article.id) : [];

  return (
    <div className="treaty-view">
      <header className="treaty-header">
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
        <div className="treaty-tools">
          <label className="search">
            <span>{t('search')}</span>
            <input
              type="search"
              value={q}
              placeholder={t('searchPlaceholder')}
              onChange={(e) => onSearch(e.target.value)}
            />
          </label>
          <Legend />
        </div>
        {q !== '' && (
          <p role="status" className="small">
            {matches.length === 0 ? t('noResults', { q }) : t('results', { n: matches.length, q })}{' '}
            <button type="button" onClick={() => onSearch('')}>
              {t('clear')}
            </button>
          </p>
        )}
      </header>
      <div className="treaty-layout">
        <Outline shown={shown} current={selected?.id ?? null} q={q} />
        <div className="treaty-main">
          {id !== null && selected === null && (
            <p className="error" role="alert">
              {t('notFound', { id })}
            </p>
          )}
          {article && (
            <>
              {selected && selected.parent && (
                <p className="small muted">
                  {t('partOf')}: <a href={href('treaty', article.id)}>{cite(article.cite, lang)}</a>{' '}
                  {article.heading[lang]}
                </p>
              )}
              <Provision p={article} values={values} level={2} selected={selected?.id === article.id} />
              {children.length > 0 && (
                <div className="paragraphs">
                  {children.map((c) => (
                    <Provision key={c.id} p={c} values={values} level={3} selected={selected?.id === c.id} />
                  ))}
                </div>
              )}
              {article.treaty in COMPARE_LINKS && (
                <p className="compare-link">
                  <a href={compareHref(selected?.id ?? article.id)}>
                    {t(COMPARE_LINKS[article.treaty as keyof typeof COMPARE_LINKS])}
                  </a>
                </p>
              )}
              <ValueNote values={values} />
            </>
          )}
          {id === null && q !== '' && (
            <>
              <ValueNote values={values} />
              {matches.map((p) => (
                <Provision key={p.id} p={p} values={values} level={2} selected={false} />
              ))}
            </>
          )}
          {id === null && q === '' && <Overview values={values} t={t} />}
        </div>
      </div>
    </div>
  );
}
