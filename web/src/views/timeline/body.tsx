/**
 * @module The timeline below its introduction, once the log is read: the filters, the count of the
 * entries shown with the button that downloads them, and the lines by month, newest first.
 */
import { downloadCsv } from '../../download.ts';
import type { Language } from '../../i18n.tsx';
import type { LedgerItem } from '../../ledger.ts';
import type { T } from '../timeline.messages.ts';
import { timelineCsv } from './csv.ts';
import type { Filters } from './entries.ts';
import { group, involved, matches } from './entries.ts';
import { FilterForm } from './filter-form.tsx';
import { Line } from './line.tsx';

function monthTitle(month: string, lang: Language): string {
  const [y, m] = month.split('-').map(Number);
  if (y === undefined || m === undefined || !Number.isFinite(y) || !Number.isFinite(m)) return month;
  const text = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function TimelineBody({
  items,
  filters,
  t,
  lang,
  exercise,
}: {
  readonly items: readonly LedgerItem[];
  readonly filters: Filters;
  readonly t: T;
  readonly lang: Language;
  /** Whether the log is an exercise; null until known, and no file is offered until then. */
  readonly exercise: boolean | null;
}) {
  const parties = [...new Set(items.flatMap(involved))].filter((id) => id !== 'DEPOSITARY' && id !== '?');
  const shown = items.filter((i) => matches(i, filters));
  const lines = group(shown).reverse();
  const months: { month: string; lines: LedgerItem[][] }[] = [];
  for (const line of lines) {
    const month = (line[0] as LedgerItem).day.slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.lines.push(line);
    else months.push({ month, lines: [line] });
  }
  return (
    <>
      <FilterForm filters={filters} parties={parties} t={t} />
      <div className="timeline-tools">
        <p className="muted" data-count={shown.length}>
          {t('count', { shown: shown.length, total: items.length })}
        </p>
        {shown.length > 0 && exercise !== null && (
          <button
            type="button"
            data-csv=""
            title={t('csv.title')}
            onClick={() =>
              downloadCsv(
                exercise ? 'est-timeline-exercise.csv' : 'est-timeline.csv',
                timelineCsv(shown, exercise, t, lang),
              )
            }
          >
            {t('csv.button')}
          </button>
        )}
      </div>
      {items.length === 0 && <p>{t('empty')}</p>}
      {items.length > 0 && shown.length === 0 && <p>{t('none')}</p>}
      {months.map(({ month, lines: ls }) => (
        <section key={month} className="timeline-month" aria-labelledby={`m-${month}`}>
          <h2 id={`m-${month}`}>{monthTitle(month, lang)}</h2>
          <ol className="timeline">
            {ls.map((l) => (
              <Line key={(l[0] as LedgerItem).index} items={l} t={t} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
