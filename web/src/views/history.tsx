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
import { defineMessages, formatDate, locale, pluralCategory, useLanguage, useT } from '../i18n.tsx';
import { href } from '../router.ts';
import './history.css';

const M = defineMessages({
  title: { en: 'Where the treaty really stands', ru: 'Где договор на самом деле' },
  intro: {
    en: 'What became of Russia’s draft European Security Treaty of 2009 and of its companion, the draft NATO–Russia agreement: from the proposal in 2008 to the drafts of December 2021 and the answers they received. Every entry is dated, written in our own words and sourced.',
    ru: 'Что стало с российским проектом Договора о европейской безопасности 2009 года и с сопутствующим ему проектом соглашения Россия — НАТО: от предложения 2008 года до проектов декабря 2021 года и ответов на них. Каждая запись датирована, изложена нашими словами и снабжена источниками.',
  },
  status: { en: 'Status', ru: 'Статус' },
  asOf: { en: 'Record checked on {date}.', ru: 'Дата проверки: {date}' },
  sources: { en: 'Sources', ru: 'Источники' },
  noAddress: { en: 'no web address on record', ru: 'веб-адрес не записан' },
  model: {
    en: 'This page is the record. The rest of the site models the two drafts as if they could be signed and applied: the {treaty} gives their provisions in our paraphrase, each marked with how sure we are of it, and the {analysis} explores what might have followed.',
    ru: 'Эта страница — реальная история. Остальной сайт моделирует оба проекта так, будто их можно подписать и применять: в разделе «{treaty}» — их положения в нашем пересказе с отметкой степени уверенности, в разделе «{analysis}» — что могло бы из этого последовать.',
  },
  treatyLink: { en: 'treaty text', ru: 'Текст договора' },
  analysisLink: { en: 'analysis', ru: 'Анализ' },
  exerciseNote: {
    en: 'A depositary run as an exercise shows filings invented for training: signatures, ratifications and conferences that never happened.',
    ru: 'Депозитарий, работающий в режиме учений, показывает обращения, вымышленные для учебных целей: подписания, ратификации и конференции, которых никогда не было.',
  },
  exerciseHere: {
    en: 'This depositary is running an exercise: its map, timeline and procedures show invented filings.',
    ru: 'Этот депозитарий работает в режиме учений: его карта, хронология и процедуры показывают вымышленные обращения.',
  },
  timeline: { en: 'The record, in date order', ru: 'События по порядку' },
  entries: {
    en: '{n}, from {from} to {to}.',
    ru: '{n} с датами, с {from} по {to} год.',
  },
  'entries.one': { en: 'entry', ru: 'запись' },
  'entries.few': { en: 'entries', ru: 'записи' },
  'entries.many': { en: 'entries', ru: 'записей' },
  'entries.other': { en: 'entries', ru: 'записи' },
  legend: { en: 'Confidence marks', ru: 'Отметки уверенности' },
  noteLabel: { en: 'The record and the model', ru: 'История и модель' },
  caveat: { en: 'Uncertain:', ru: 'Неточно:' },
  modelled: { en: 'How this site models it', ru: 'Как сайт это моделирует' },
  'kind.proposal': { en: 'Proposal', ru: 'Предложение' },
  'kind.draft': { en: 'Draft', ru: 'Проект' },
  'kind.osce': { en: 'OSCE', ru: 'ОБСЕ' },
  'kind.reaction': { en: 'Reaction', ru: 'Реакция' },
  'kind.event': { en: 'Event', ru: 'Событие' },
  'conf.C': { en: 'confirmed by a retrieved source', ru: 'подтверждено найденным источником' },
  'conf.C-partial': {
    en: 'partly confirmed: see what is uncertain',
    ru: 'подтверждено частично: см. оговорку',
  },
  'conf.R-m': { en: 'reconstructed, medium certainty', ru: 'восстановлено, средняя уверенность' },
  'conf.R-l': { en: 'reconstructed, low certainty', ru: 'восстановлено, низкая уверенность' },
  'conf.U': { en: 'unknown', ru: 'неизвестно' },
});

type T = ReturnType<typeof useT<typeof M>>;

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
