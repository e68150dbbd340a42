/**
 * @module Who was most often pivotal in the outlook (deposited the instrument that brought the Treaty
 * into force): the first ten or all, with their stances and shares, the CSV, and the shares by stance.
 */
import { STANCES } from '../../../../../src/analysis/outlook.ts';
import type { OutlookResult, Stance } from '../../../../../src/analysis/outlook.ts';
import type { Language } from '../../../i18n.tsx';
import { partyName } from '../../../names.ts';
import { CsvButton, ScrollTable, formatCount, formatPercent } from '../common.tsx';
import type { T } from '../outlook.messages.ts';

/** The pivotal Parties' heading and table; `all` shows every one rather than the first ten. */
export function Pivotal({
  result,
  threshold,
  all,
  onShowAll,
  about,
  t,
  lang,
}: {
  readonly result: OutlookResult;
  /** The counted instruments EST 14(1) asks for: the pivotal one is the last of them. */
  readonly threshold: number;
  readonly all: boolean;
  readonly onShowAll: () => void;
  /** The first line of its CSV. */
  readonly about: string;
  readonly t: T;
  readonly lang: Language;
}) {
  const f = result.inForceByHorizon;
  const pct = (p: number) => formatPercent(p, lang, 0);
  const shown = all ? result.pivotal : result.pivotal.slice(0, 10);
  return (
    <>
      <h3>{t('pivotal.title', { n: threshold, trials: formatCount(f.trials, lang) })}</h3>
      {result.pivotal.length === 0 ? (
        <p>{t('pivotal.none')}</p>
      ) : (
        <>
          <ScrollTable label={t('pivotal.title', { n: threshold, trials: formatCount(f.trials, lang) })}>
            <table className="an-pivotal">
              <thead>
                <tr>
                  <th scope="col">{t('th.state')}</th>
                  <th scope="col">{t('th.stance')}</th>
                  <th scope="col" className="an-num">
                    {t('th.share')}
                  </th>
                  <th scope="col" className="an-num">
                    {t('th.trials')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((p) => (
                  <tr key={p.id} data-id={p.id}>
                    <th scope="row">
                      {partyName(p.id, lang)} <span className="muted">({p.id})</span>
                    </th>
                    <td>{t(`stance.${p.stance}`)}</td>
                    <td className="an-num">{pct(p.share)}</td>
                    <td className="an-num">{formatCount(p.count, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          {!all && result.pivotal.length > 10 && (
            <button type="button" className="an-more" onClick={onShowAll}>
              {t('pivotal.more', { n: result.pivotal.length })}
            </button>
          )}
          <CsvButton
            file="est-analysis-outlook-pivotal"
            about={about}
            header={[t('th.state'), t('th.id'), t('th.stance'), t('th.sharePct'), t('th.trials')]}
            rows={result.pivotal.map((p) => [
              partyName(p.id, lang),
              p.id,
              t(`stance.${p.stance}`),
              Math.round(p.share * 100),
              p.count,
            ])}
          />
          <p>
            {t('byStance', {
              list: STANCES.filter((s: Stance) => result.pivotalByStance[s].count > 0)
                .map((s) => `${t(`stance.${s}`)} ${pct(result.pivotalByStance[s].share)}`)
                .join(', '),
            })}
          </p>
        </>
      )}
    </>
  );
}
