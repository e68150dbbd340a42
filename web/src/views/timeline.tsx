/**
 * @module The timeline (#/timeline?kind=&party=&outcome=&from=&to=): the log as dated events, newest
 * first, by month: signatures, instruments, accessions, withdrawals, procedures, assistance and
 * refused acts, each with its filer, what it does, its outcome (with the citation of a refusal) and
 * links to the procedure, the parties and the log entry. The same act by several filers on one
 * day (34 signatures, 20 attendances) is one line that opens to its entries. Filters live in the
 * URL. Entries that arrive over the live stream appear at the top, announced to screen readers.
 */
import { ErrorMessage, Loading } from '../components.tsx';
import { useLogMode } from '../exercise.tsx';
import { useLanguage, useT } from '../i18n.tsx';
import { useLedger } from '../ledger.ts';
import { LedgerNotice } from '../ledger-notice.tsx';
import { Term } from '../term.tsx';
import { fillNodes } from './entry-parts.tsx';
import { M } from './timeline.messages.ts';
import { useAnnouncement } from './timeline/announcement.ts';
import { TimelineBody } from './timeline/body.tsx';
import { readFilters } from './timeline/entries.ts';

export function TimelineView({ query }: { readonly query: URLSearchParams }) {
  const t = useT(M);
  const { lang } = useLanguage();
  const mode = useLogMode();
  const ledger = useLedger();
  const items = ledger.state === 'ok' ? ledger.value.items : null;
  const announcement = useAnnouncement(items, t);
  const filters = readFilters(query);
  const term = (
    id: 'depositary' | 'instrument' | 'accession',
    word: 'depositary' | 'instruments' | 'accessions',
  ) => <Term id={id}>{t(`w.${word}`)}</Term>;
  return (
    <>
      {/* In an exercise the heading itself says so: a cropped screenshot must not pass it off as fact. */}
      <h1 data-mode={mode ?? undefined}>{mode === 'exercise' ? t('title.exercise') : t('title')}</h1>
      <p className="intro">
        {fillNodes(t('intro'), {
          depositary: term('depositary', 'depositary'),
          instruments: term('instrument', 'instruments'),
          accessions: term('accession', 'accessions'),
        })}{' '}
        <span className="muted live-note">{t('live.note')}</span>
      </p>
      <p className="print-source">{t('print.source', { url: window.location.href })}</p>
      <p className="visually-hidden" aria-live="polite" role="status" data-announcement="">
        {announcement}
      </p>
      {ledger.state === 'loading' && <Loading />}
      {ledger.state === 'error' && <ErrorMessage error={ledger.error} retry={ledger.reload} />}
      {ledger.state === 'ok' && <LedgerNotice ledger={ledger.value} />}
      {items !== null && (
        <TimelineBody
          items={items}
          filters={filters}
          t={t}
          lang={lang}
          exercise={mode === null ? null : mode === 'exercise'}
        />
      )}
    </>
  );
}
