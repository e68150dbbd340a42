/**
 * @module The force-limits report: the counterfactual notice and what the model assumes for each
 * draft, the readings, the matrix of first breaches by host and reading (the 2009 and 2021 drafts
 * side by side, each cell a link to the host's crossings) with its CSV, the chosen host's crossings,
 * the acts the engine refused, and NATO's accessions against NRA 6.
 */
import type { Reading, ReadingTreaty } from '../../../../../src/analysis/force-limits.ts';
import { firstCrossingMatrix } from '../../../../../src/analysis/force-limits.ts';
import { resolvePartySet } from '../../../../../src/treaty/parties/index.ts';
import { formatDate } from '../../../i18n.tsx';
import type { Language } from '../../../i18n.tsx';
import { partyName } from '../../../names.ts';
import { href } from '../../../router.ts';
import { CsvButton, ScrollTable, Terms } from '../common.tsx';
import type { T } from '../force-limits.messages.ts';
import type { Computed } from './data.ts';
import { Enlargement } from './enlargement.tsx';
import { HostDetails } from './host-details.tsx';
import { readingDescription, readingLabel } from './readings.ts';

const detailsHref = (host: string, reading: string): string =>
  `${href('analysis')}?${new URLSearchParams({ section: 'force-limits', host, reading }).toString()}`;

/** The section once computed: the readings, the matrix host × reading with its CSV, and the chosen host's crossings. */
export function ForceLimitsReportView({
  computed,
  host,
  reading,
  t,
  lang,
}: {
  readonly computed: Computed;
  readonly host: string | null;
  readonly reading: string | null;
  readonly t: T;
  readonly lang: Language;
}) {
  const { data, report } = computed;
  const matrix = firstCrossingMatrix(report);
  const selected = host !== null && report.hosts.includes(host as never) ? host : null;
  // The readings come grouped by draft: a header cell over each group's columns.
  const groups: { treaty: ReadingTreaty; span: number }[] = [];
  for (const { reading: r } of report.readings) {
    const last = groups.at(-1);
    if (last && last.treaty === r.treaty) last.span += 1;
    else groups.push({ treaty: r.treaty, span: 1 });
  }
  const first = report.assumptions[0];
  const states = first ? resolvePartySet(first.parties, first.inForce).size : 0;
  return (
    <>
      <p>
        <Terms text={t('intro', { n: data.deployments.length, s: data.sources.size })} />
      </p>
      <p className="an-counterfactual" role="note" data-counterfactual="">
        <strong>{t('counterfactual', { date: formatDate(report.assumedInForce, lang), n: states })}</strong>
      </p>
      <ul className="muted an-assumed">
        {report.assumptions.map((a) => (
          <li key={a.treaty} data-treaty={a.treaty}>
            {t(`assumed.${a.treaty}`)}
          </li>
        ))}
        <li>{t('asOf', { asOf: formatDate(report.asOf, lang) })}</li>
      </ul>
      <details>
        <summary>{t('readings')}</summary>
        <dl className="an-readings">
          {report.readings.map(({ reading: r }) => (
            <div key={r.id}>
              <dt>
                <code>{r.id}</code>: {readingLabel(r, t)}
              </dt>
              <dd>{readingDescription(r, t)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <h3 id="an-fl-matrix">{t('matrix.title')}</h3>
      <p className="muted">{t('matrix.hint')}</p>
      <ScrollTable label={t('matrix.title')}>
        <table className="an-matrix" aria-labelledby="an-fl-matrix">
          <thead>
            <tr className="an-groups">
              <td />
              {groups.map((g, i) => (
                <th key={`${g.treaty}-${i}`} scope="colgroup" colSpan={g.span} data-treaty={g.treaty}>
                  {t(`group.${g.treaty}`)}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col">{t('th.host')}</th>
              {report.readings.map(({ reading: r }) => (
                <th key={r.id} scope="col" title={readingDescription(r, t)} data-reading={r.id}>
                  <code>{r.id}</code>
                  <span className="an-sub">{readingLabel(r, t)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.map((row) => (
              <tr key={row.host} data-host={row.host}>
                <th scope="row">
                  {partyName(row.host, lang)} <span className="muted">({row.host})</span>
                </th>
                {row.cells.map((c, i) => {
                  const r = report.readings[i]?.reading as Reading;
                  const value = c === null ? t('never') : c === 'not-a-target' ? t('notTarget') : c;
                  const current = selected === row.host && reading === r.id;
                  return (
                    <td
                      key={r.id}
                      data-reading={r.id}
                      className={c === null ? 'an-never' : c === 'not-a-target' ? 'an-nt' : 'an-crossed'}
                    >
                      <a
                        href={detailsHref(row.host, r.id)}
                        aria-current={current ? 'true' : undefined}
                        aria-label={t('cell.label', {
                          host: partyName(row.host, lang),
                          reading: readingLabel(r, t),
                          value,
                        })}
                      >
                        {value}
                      </a>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <CsvButton
        file="est-analysis-force-limits"
        model={t('csv.model')}
        about={t('csv.about', { date: report.assumedInForce, asOf: report.asOf })}
        header={[
          t('th.host'),
          t('th.id'),
          ...report.readings.map(({ reading: r }) => `${r.id}: ${readingLabel(r, t)}`),
        ]}
        rows={matrix.map((row) => [
          partyName(row.host, lang),
          row.host,
          ...row.cells.map((c) => (c === null ? t('never') : c === 'not-a-target' ? t('notTarget') : c)),
        ])}
      />
      {selected !== null && (
        <HostDetails computed={computed} host={selected} reading={reading} t={t} lang={lang} />
      )}
      {report.readings.some((r) => r.rejected.length > 0) && (
        <details>
          <summary>{t('rejected')}</summary>
          <ul lang="en">
            {report.readings.flatMap((r) =>
              r.rejected.map((x) => (
                <li key={`${r.reading.id}-${x.index}`}>
                  {r.reading.id}: #{x.index} {x.act} {x.reason}
                </li>
              )),
            )}
          </ul>
        </details>
      )}
      {report.enlargement && <Enlargement enlargement={report.enlargement} t={t} lang={lang} />}
    </>
  );
}
