/**
 * @module NATO's accessions since 27 May 1997 against NRA 6 (the December 2021 draft's bar on any
 * further enlargement): each accession in the party registry with what the engine finds had the
 * agreement been in force from the assumed day, a counterfactual, with its CSV.
 */
import type { Accession, EnlargementReport } from '../../../../../src/analysis/force-limits.ts';
import { formatDate } from '../../../i18n.tsx';
import type { Language } from '../../../i18n.tsx';
import { partyName } from '../../../names.ts';
import { CsvButton, ScrollTable } from '../common.tsx';
import type { T } from '../force-limits.messages.ts';

/** What the engine finds of one accession, in words. */
function verdict(a: Accession, asOf: string, t: T): string {
  if (a.status === 'finding' && a.finding) return t('nra6.finding', { cite: a.finding.cite });
  if (a.status === 'before-entry-into-force') return t('nra6.before');
  if (a.status === 'after-report') return t('nra6.after', { asOf });
  return t('nra6.none');
}

export function Enlargement({
  enlargement: e,
  t,
  lang,
}: {
  readonly enlargement: EnlargementReport;
  readonly t: T;
  readonly lang: Language;
}) {
  const asOf = formatDate(e.asOf, lang);
  const count = (status: Accession['status']) => e.accessions.filter((a) => a.status === status).length;
  return (
    <section className="an-nra6" aria-labelledby="an-fl-nra6">
      <h3 id="an-fl-nra6">{t('nra6.title')}</h3>
      <p>{t('nra6.intro', { date: formatDate(e.inForce, lang), asOf })}</p>
      <ScrollTable label={t('nra6.title')}>
        <table className="an-accessions" aria-labelledby="an-fl-nra6">
          <thead>
            <tr>
              <th scope="col">{t('nra6.th.date')}</th>
              <th scope="col">{t('nra6.th.state')}</th>
              <th scope="col">{t('nra6.th.finding')}</th>
            </tr>
          </thead>
          <tbody>
            {e.accessions.map((a) => (
              <tr key={a.state} data-accession={a.state} data-status={a.status}>
                <td>{formatDate(a.on, lang)}</td>
                <th scope="row">
                  {partyName(a.state, lang)} <span className="muted">({a.state})</span>
                </th>
                <td className={a.status === 'finding' ? 'an-crossed' : 'an-never'}>{verdict(a, asOf, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p className="muted">
        {t('nra6.summary', {
          total: e.accessions.length,
          found: count('finding'),
          before: count('before-entry-into-force'),
        })}
      </p>
      <CsvButton
        file="est-analysis-nra6-enlargement"
        model={t('csv.model')}
        about={t('nra6.csv.about', { date: e.inForce, asOf: e.asOf })}
        header={[t('nra6.th.date'), t('nra6.th.state'), t('th.id'), t('nra6.th.finding')]}
        rows={e.accessions.map((a) => [a.on, partyName(a.state, lang), a.state, verdict(a, e.asOf, t)])}
      />
    </section>
  );
}
