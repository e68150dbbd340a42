/**
 * @module Where the treaty really stands (`#/history`): the historical record, not the model. The
 * status first (signed by no one, in force nowhere), then a dated timeline from Medvedev's proposal
 * in Berlin (2008) to the drafts of December 2021 and their reception, each entry with its
 * confidence mark, what is uncertain about it, and its sources as links; and a note that the rest
 * of the site models the drafts and that an exercise's filings are invented. The data is
 * src/treaty/history.ts.
 */
import { useEffect } from 'react';
import type { Confidence, Language } from '../../../src/treaty/common.ts';
import type { HistoryItem } from '../../../src/treaty/history.ts';
import { CONFIDENCE } from '../../../src/treaty/common.ts';
import { HISTORY, HISTORY_STATUS, historySource } from '../../../src/treaty/history.ts';
import { useLogMode } from '../exercise.tsx';
import { formatDate, locale, pluralCategory, useLanguage, useT } from '../i18n.tsx';
import { href } from '../router.ts';
import { M } from './history.messages.ts';
import type { T } from './history.messages.ts';
import './history.css';

/** Entries that are drafts the site models, with the provision that opens the model of each. */
const MODELLED: Readonly<Record<string, string>> = {
  'est-published-2009': 'est.preamble',
  'nrc-draft-2009': 'nrc.4',
};

/** The confidence marks this page shows, in the order of the legend of the treaty text. */
const MARKS_USED = CONFIDENCE.filter(
  (c) => HISTORY_STATUS.confidence === c || HISTORY.some((i) => i.confidence === c),
);

/** A day as `formatDate` gives it, or a span of days ("1–2 December 2010", «1–2 декабря 2010 г.»). */
function formatSpan(date: string, until: string | undefined, lang: Language): string {
  if (until === undefined) return formatDate(date, lang);
  const day = (iso: string) => {
    const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  };
  return new Intl.DateTimeFormat(locale(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(day(date), day(until));
}

function ConfidenceMark({ c }: { readonly c: Confidence }) {
  const t = useT(M);
  return (
    <span className={`history-conf history-conf-${c}`} title={t(`conf.${c}`)}>
      {c}
      <span className="history-sr">: {t(`conf.${c}`)}</span>
    </span>
  );
}

function Sources({ ids }: { readonly ids: readonly string[] }) {
  const t = useT(M);
  const { lang } = useLanguage();
  return (
    <div className="history-sources">
      <span className="history-sources-label">{t('sources')}:</span>
      <ul>
        {ids.map((id) => {
          const s = historySource(id);
          return (
            <li key={id} data-source={id}>
              <span className="history-source-id">{id}</span>{' '}
              {s?.url ? (
                <a href={s.url} rel="noopener noreferrer" target="_blank">
                  {s.title}
                </a>
              ) : (
                <>
                  <cite>{s?.title ?? id}</cite> <span className="muted">({t('noAddress')})</span>
                </>
              )}
              {s?.date && <span className="muted"> ({formatDate(s.date, lang)})</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Entry({
  item,
  selected,
  t,
}: {
  readonly item: HistoryItem;
  readonly selected: boolean;
  readonly t: T;
}) {
  const { lang } = useLanguage();
  const model = MODELLED[item.id];
  return (
    <li
      id={`history-${item.id}`}
      className={`history-entry kind-${item.kind}${selected ? ' selected' : ''}`}
      data-item={item.id}
    >
      <p className="history-when">
        <time dateTime={item.date}>{formatSpan(item.date, item.until, lang)}</time>{' '}
        <span className="history-kind">{t(`kind.${item.kind}`)}</span> <ConfidenceMark c={item.confidence} />
      </p>
      <h3 lang={lang}>{item.title[lang]}</h3>
      <p className="history-text" lang={lang}>
        {item.text[lang]}
      </p>
      {item.caveat && (
        <p className="history-caveat" lang={lang}>
          <strong>{t('caveat')}</strong> {item.caveat[lang]}
        </p>
      )}
      {model && (
        <p className="history-model">
          <a href={href('treaty', model)}>{t('modelled')}</a>
        </p>
      )}
      <Sources ids={item.sources} />
    </li>
  );
}

/** "25 entries" in the reader's language, with the Russian plural forms. */
function entriesWord(n: number, lang: Language, t: T): string {
  return `${n} ${t(`entries.${pluralCategory(n, lang)}`)}`;
}

export function HistoryView({ id = null }: { readonly id?: string | null }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const mode = useLogMode();
  const first = HISTORY[0];
  const last = HISTORY[HISTORY.length - 1];
  const selected = id !== null && HISTORY.some((i) => i.id === id) ? id : null;

  useEffect(() => {
    if (selected !== null) document.getElementById(`history-${selected}`)?.scrollIntoView({ block: 'start' });
  }, [selected]);

  const [treatyBefore = '', treatyAfter = ''] = t('model').split('{treaty}');
  const [middle = '', analysisAfter = ''] = treatyAfter.split('{analysis}');

  return (
    <article className="history-page">
      <h1>{t('title')}</h1>
      <p className="history-intro">{t('intro')}</p>

      <section className="history-status" aria-labelledby="history-status-heading">
        <h2 id="history-status-heading">{t('status')}</h2>
        <p className="history-headline" lang={lang}>
          {HISTORY_STATUS.headline[lang]}
        </p>
        <p lang={lang}>{HISTORY_STATUS.text[lang]}</p>
        <p className="history-basis" lang={lang}>
          {HISTORY_STATUS.basis[lang]}{' '}
          <span className="muted">{t('asOf', { date: formatDate(HISTORY_STATUS.asOf, lang) })}</span>{' '}
          <ConfidenceMark c={HISTORY_STATUS.confidence} />
        </p>
        <Sources ids={HISTORY_STATUS.sources} />
      </section>

      <aside className="history-model-note" aria-label={t('noteLabel')}>
        <p>
          {treatyBefore}
          <a href={href('treaty')}>{t('treatyLink')}</a>
          {middle}
          <a href={href('analysis')}>{t('analysisLink')}</a>
          {analysisAfter}
        </p>
        <p>
          {t('exerciseNote')}
          {mode === 'exercise' && (
            <>
              {' '}
              <strong>{t('exerciseHere')}</strong>
            </>
          )}
        </p>
      </aside>

      <h2>{t('timeline')}</h2>
      {first && last && (
        <p className="muted history-count">
          {t('entries', {
            n: entriesWord(HISTORY.length, lang, t),
            from: first.date.slice(0, 4),
            to: last.date.slice(0, 4),
          })}
        </p>
      )}
      <dl className="history-legend" aria-label={t('legend')}>
        {MARKS_USED.map((c) => (
          <div key={c}>
            <dt>
              <span className={`history-conf history-conf-${c}`}>{c}</span>
            </dt>
            <dd>{t(`conf.${c}`)}</dd>
          </div>
        ))}
      </dl>
      <ol className="history-timeline">
        {HISTORY.map((item) => (
          <Entry key={item.id} item={item} selected={item.id === selected} t={t} />
        ))}
      </ol>
    </article>
  );
}
