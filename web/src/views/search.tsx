/**
 * @module The search (`#/search?q=`): one query over the provisions, parameters, parties and glossary
 * the site carries, and over the procedures and filings of the depositary's log, each result a link
 * to its own view, grouped by kind. In an exercise every procedure and filing found is marked as
 * invented («Учения»), so that no result can be read as the record. The index is in ../search/.
 */
import { Fragment, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api.ts';
import { useTitle } from '../components.tsx';
import { useLoad } from '../data.ts';
import { useLogMode } from '../exercise.tsx';
import { pluralCategory, useLanguage, useT } from '../i18n.tsx';
import { useLedger } from '../ledger.ts';
import { useLive } from '../live.tsx';
import { href, navigate, useRoute } from '../router.ts';
import type { SearchKind } from '../search/document.ts';
import { KIND_LABELS } from '../search/document.ts';
import { staticDocs } from '../search/catalogue.ts';
import type { FilingInput } from '../search/log-documents.ts';
import { filingDocs, procedureDocs } from '../search/log-documents.ts';
import type { Hit, HitGroup, SearchIndex } from '../search/ranking.ts';
import { buildIndex, combine, groupHits, search } from '../search/ranking.ts';
import { snippet } from '../search/snippet.ts';
import { EXAMPLES, M } from './search.messages.ts';
import './glossary.css';

/** How many results a group shows before "Show all". */
const FIRST = 10;

/** The site's own catalogue, folded once for the page's life. */
let staticIndex: SearchIndex | null = null;
const getStaticIndex = (): SearchIndex => (staticIndex ??= buildIndex(staticDocs()));

/** The kinds that come from the depositary's log: invented in an exercise. */
const FROM_LOG: ReadonlySet<SearchKind> = new Set(['procedure', 'filing']);

function Highlighted({ text, q }: { readonly text: string; readonly q: string }) {
  const s = snippet(text, q);
  return (
    <>
      {s.before}
      {s.match !== '' && <mark>{s.match}</mark>}
      {s.after}
    </>
  );
}

function Result({ hit, q, exercise }: { readonly hit: Hit; readonly q: string; readonly exercise: boolean }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const { doc } = hit;
  return (
    <li data-kind={doc.kind} data-id={doc.id}>
      {exercise && <span className="badge exercise">{t('exercise')}</span>}
      <a className="result-title" href={doc.href}>
        {doc.title[lang]}
      </a>
      {doc.meta && <span className="result-meta">{doc.meta[lang]}</span>}
      {doc.links?.map((l) => (
        <Fragment key={l.href}>
          {' · '}
          <a className="result-link small" href={l.href}>
            {l.label[lang]}
          </a>
        </Fragment>
      ))}
      {doc.detail && (
        <p className="result-detail">
          <Highlighted text={doc.detail[lang]} q={q} />
        </p>
      )}
    </li>
  );
}

function Group({
  group,
  q,
  exercise,
}: {
  readonly group: HitGroup;
  readonly q: string;
  readonly exercise: boolean;
}) {
  const t = useT(M);
  const { lang } = useLanguage();
  const [all, setAll] = useState(false);
  const shown = all ? group.hits : group.hits.slice(0, FIRST);
  const invented = exercise && FROM_LOG.has(group.kind);
  return (
    <section className="search-group" data-group={group.kind} aria-labelledby={`search-${group.kind}`}>
      <h2 id={`search-${group.kind}`}>
        {invented && <span className="badge exercise">{t('exercise')}</span>}
        {KIND_LABELS[group.kind][lang]} ({group.hits.length})
      </h2>
      {invented && <p className="small muted">{t('exerciseNote')}</p>}
      <ul className="search-results">
        {shown.map((h) => (
          <Result key={`${h.doc.kind}:${h.doc.id}`} hit={h} q={q} exercise={invented} />
        ))}
      </ul>
      {!all && group.hits.length > FIRST && (
        <button type="button" onClick={() => setAll(true)}>
          {t('showAll', { n: group.hits.length })}
        </button>
      )}
    </section>
  );
}

/** The procedures and filings of the log, as documents of the index (none until the mode is known). */
function useLogIndex(): { index: SearchIndex; state: 'loading' | 'ok' | 'error'; exercise: boolean } {
  const mode = useLogMode();
  const ledger = useLedger();
  const live = useLive();
  const outcome = useLoad(() => api.outcome(), [live.size]);
  const filings = useMemo<FilingInput[]>(
    () =>
      ledger.state === 'ok'
        ? ledger.value.items.map((item) => ({
            index: item.index,
            day: item.day,
            filer: item.filer,
            act: item.entry?.envelope.act ?? null,
            accepted: item.entry?.outcome.accepted ?? null,
          }))
        : [],
    [ledger],
  );
  const procedures = outcome.state === 'ok' ? outcome.value.procedures : null;
  const index = useMemo(
    () =>
      // Until the log says whether it is an exercise, nothing from it is shown.
      mode === null
        ? buildIndex([])
        : buildIndex([...procedureDocs(procedures ?? []), ...filingDocs(filings)]),
    [mode, procedures, filings],
  );
  const state =
    ledger.state === 'error' || outcome.state === 'error'
      ? 'error'
      : ledger.state === 'loading' || outcome.state === 'loading' || mode === null
        ? 'loading'
        : 'ok';
  return { index, state, exercise: mode === 'exercise' };
}

export function SearchView() {
  const t = useT(M);
  const { lang } = useLanguage();
  const route = useRoute();
  const q = route.query.get('q') ?? '';
  const log = useLogIndex();
  const hits = useMemo(() => search(combine(getStaticIndex(), log.index), q), [q, log.index]);
  const groups = useMemo(() => groupHits(hits), [hits]);

  // The page's title carries the query: "“quorum” — Search — …".
  useTitle(q.trim() === '' ? null : lang === 'ru' ? `«${q.trim()}»` : `“${q.trim()}”`);

  const go = (text: string) => navigate(href('search'), text === '' ? {} : { q: text }, true);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    document.getElementById('search-results')?.focus();
  };

  const countKey = pluralCategory(hits.length, lang);

  return (
    <div className="search-view">
      <h1>{t('title')}</h1>
      <form className="search-form" role="search" onSubmit={onSubmit}>
        <label>
          <span>{t('label')}</span>
          <input
            type="search"
            name="q"
            value={q}
            placeholder={t('placeholder')}
            autoComplete="off"
            spellCheck={false}
            // The view is where a reader comes to type; an empty page gives the box the focus.
            autoFocus={q === ''}
            onChange={(e) => go(e.target.value)}
          />
        </label>
        <button type="submit">{t('submit')}</button>
      </form>
      {q.trim() === '' ? (
        <p className="muted">
          {t('hint')}{' '}
          {EXAMPLES.map((ex, i) => (
            <Fragment key={ex}>
              {i > 0 && ', '}
              <a href={`${href('search')}?q=${encodeURIComponent(ex)}`}>{ex}</a>
            </Fragment>
          ))}
          .
        </p>
      ) : (
        <div id="search-results" tabIndex={-1}>
          <p role="status" className="search-count">
            {hits.length === 0
              ? t('none', { q: q.trim() })
              : t(`results.${countKey}`, { n: hits.length, q: q.trim() })}
          </p>
          {log.state === 'loading' && <p className="small muted">{t('loading')}</p>}
          {log.state === 'error' && <p className="search-note small">{t('unreachable')}</p>}
          {groups.map((g) => (
            <Group key={`${g.kind}:${q}`} group={g} q={q} exercise={log.exercise} />
          ))}
        </div>
      )}
    </div>
  );
}
