/**
 * @module The map's data as a table, for those who cannot use the map: the states the Treaty is open
 * to, by name, with their status, dates and blocs; and the same table as a CSV file.
 */
import type { Language } from '../../../../src/treaty/common.ts';
import type { IsoDate } from '../../../../src/treaty/dates.ts';
import { toCsv } from '../../csv.ts';
import { downloadCsv } from '../../download.ts';
import { formatDate } from '../../i18n.tsx';
import { href } from '../../router.ts';
import type { T } from '../map.messages.ts';
import { blocName } from './common.tsx';
import type { StateRow } from './model.ts';

/** The rows of the table (and of its CSV): the states the Treaty is open to, by name. */
function tableRowsOf(rows: readonly StateRow[], lang: Language): StateRow[] {
  return rows
    .filter((r) => r.status !== 'outside')
    .sort((a, b) => a.state.name[lang].localeCompare(b.state.name[lang], lang));
}

/**
 * The table as a CSV file, its columns as on screen, named by the day; an exercise's says so in its
 * first line (and in its name).
 */
export function downloadStates(
  rows: readonly StateRow[],
  date: IsoDate,
  exercise: boolean,
  t: T,
  lang: Language,
): void {
  const header = [
    t('table.state'),
    t('table.status'),
    t('table.signed'),
    t('table.deposited'),
    t('table.inForce'),
    t('table.blocs'),
  ];
  const body = tableRowsOf(rows, lang).map((r) => [
    r.state.name[lang],
    t(`status.${r.status}`),
    r.outcome?.signed ?? '',
    r.outcome?.deposited ?? '',
    r.outcome?.inForceFrom ?? '',
    r.blocs.map((b) => blocName(b, lang)).join(', '),
  ]);
  const notice = exercise ? toCsv([t('csv.exercise', { date: formatDate(date, lang) })], []) : '';
  downloadCsv(`est-states-${exercise ? 'exercise-' : ''}${date}.csv`, notice + toCsv(header, body));
}

/** The states on a day as a table. */
export function StateTable({
  rows,
  date,
  t,
  lang,
}: {
  readonly rows: readonly StateRow[];
  readonly date: IsoDate;
  readonly t: T;
  readonly lang: Language;
}) {
  const shown = tableRowsOf(rows, lang);
  const caption = t('table.caption', { date: formatDate(date, lang) });
  const cell = (value: string | null | undefined, label: string) => (
    <td data-label={label}>
      {value ? <time dateTime={value}>{value}</time> : <span className="muted">–</span>}
    </td>
  );
  return (
    // Wrapped cells fit the column; were it still too narrow, the table scrolls in its own box
    // (reachable by keyboard), never the page.
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="state-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.state')}</th>
            <th scope="col">{t('table.status')}</th>
            <th scope="col">{t('table.signed')}</th>
            <th scope="col">{t('table.deposited')}</th>
            <th scope="col">{t('table.inForce')}</th>
            <th scope="col">{t('table.blocs')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.id} data-state={r.id} data-status={r.status}>
              <th scope="row">
                <a href={`${href('timeline')}?party=${r.id}`}>{r.state.name[lang]}</a>
              </th>
              <td data-label={t('table.status')}>
                <span className={`swatch s-${r.status}`} aria-hidden="true" /> {t(`status.${r.status}`)}
              </td>
              {cell(r.outcome?.signed, t('table.signed'))}
              {cell(r.outcome?.deposited, t('table.deposited'))}
              {cell(r.outcome?.inForceFrom, t('table.inForce'))}
              <td data-label={t('table.blocs')}>
                {r.blocs.length ? (
                  r.blocs.map((b) => blocName(b, lang)).join(', ')
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
