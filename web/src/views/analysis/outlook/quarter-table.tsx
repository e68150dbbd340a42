/**
 * @module The outlook's table by quarter, with its CSV: the share of trials in force at the end of
 * each quarter, a row per year, as the CLI prints it.
 */
import type { OutlookResult } from '../../../../../src/analysis/outlook.ts';
import { formatDate } from '../../../i18n.tsx';
import type { Language } from '../../../i18n.tsx';
import { CsvButton, ScrollTable, formatPercent } from '../common.tsx';
import type { T } from '../outlook.messages.ts';

/** The curve by quarter, as the CLI prints it: a row per year, the value at each quarter's end. */
export function QuarterTable({
  result,
  t,
  lang,
  about,
}: {
  readonly result: OutlookResult;
  readonly t: T;
  readonly lang: Language;
  /** The first line of its CSV. */
  readonly about: string;
}) {
  const byDate = new Map(result.curve.map((p) => [p.date as string, p.probability]));
  const first = Number(result.start.slice(0, 4));
  const last = Number(result.horizon.slice(0, 4));
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  const starts = ['01-01', '04-01', '07-01', '10-01'];
  let marked = false;
  const rows = [];
  for (let y = first; y <= last; y += 1) {
    const values = ends.map((md, q): { p: number; star: boolean } | null => {
      const end = `${y}-${md}`;
      if (end < result.start) return null;
      if (end <= result.horizon) return { p: byDate.get(end) ?? 0, star: false };
      if (`${y}-${starts[q]}` <= result.horizon) {
        marked = true;
        return { p: byDate.get(result.horizon) ?? 0, star: true };
      }
      return null;
    });
    const cells = values.map((v) => (v === null ? '' : `${formatPercent(v.p, lang, 0)}${v.star ? '*' : ''}`));
    rows.push({ y, cells, values });
  }
  const quarters = ['Q1', 'Q2', 'Q3', 'Q4'];
  return (
    <>
      <ScrollTable label={t('quarters.title')}>
        <table className="an-quarters">
          <caption>{t('quarters.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('th.year')}</th>
              {quarters.map((q) => (
                <th key={q} scope="col" className="an-num">
                  {q}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.y}>
                <th scope="row">{r.y}</th>
                {r.cells.map((c, i) => (
                  <td key={i} className="an-num">
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {marked && (
          <p className="muted">{t('quarters.horizon', { date: formatDate(result.horizon, lang) })}</p>
        )}
      </ScrollTable>
      <CsvButton
        file="est-analysis-outlook-quarters"
        about={about}
        header={[t('th.year'), ...quarters.map((q) => t('th.quarter', { q }))]}
        rows={rows.map((r) => [r.y, ...r.values.map((v) => (v === null ? '' : Math.round(v.p * 100)))])}
      />
    </>
  );
}
