/**
 * @module The treaty page without a provision or a search: the drafts and the regimes compared, the
 * key terms, and the table of every parameter.
 */
import type { TreatyId } from '../../../../src/treaty/common.ts';
import { PARAMETER_IDS } from '../../../../src/treaty/parameters/index.ts';
import { PROVISIONS } from '../../../../src/treaty/provisions/index.ts';
import { TREATIES } from '../../../../src/treaty/treaties.ts';
import { formatDate, useLanguage } from '../../i18n.tsx';
import { href } from '../../router.ts';
import { TERMS } from '../../term.tsx';
import type { T } from '../treaty.messages.ts';
import { TermLinks, compareHref } from './common.tsx';
import { BasisLegend } from './legend.tsx';
import type { Values } from './parameters.tsx';
import { ParamRows, ValueNote } from './parameters.tsx';

export function Overview({ values, t }: { readonly values: Values; readonly t: T }) {
  const { lang } = useLanguage();
  const group = (ids: readonly TreatyId[]) =>
    ids.map((tid) => (
      <li key={tid}>
        <a href={href('treaty', PROVISIONS.find((p) => p.treaty === tid)?.id ?? '')}>
          {TREATIES[tid].title[lang]}
        </a>{' '}
        <span className="muted small">
          ({t('version', { date: formatDate(TREATIES[tid].version, lang) })};{' '}
          {t('provisions', { n: PROVISIONS.filter((p) => p.treaty === tid).length })})
        </span>
      </li>
    ));
  return (
    <>
      <h2>{t('drafts')}</h2>
      <ul>{group(['est-2009', 'nrc-2009', 'nra-2021', 'rus-us-2021'])}</ul>
      <ul className="compare-links">
        <li>
          <a href={compareHref()}>{t('compareDrafts')}</a>
        </li>
        <li>
          <a href={`${href('analysis')}?section=generations`}>{t('compareThemes')}</a>
        </li>
      </ul>
      <h2>{t('regimes')}</h2>
      <ul>{group(['nat-1949', 'un-1945', 'osce-1992'])}</ul>
      <p className="key-terms small">
        {t('keyTerms')} <TermLinks ids={TERMS} />
      </p>
      <h2 id="params-all">{t('paramsAll')}</h2>
      <ValueNote values={values} />
      <BasisLegend className="basis-legend" />
      <ParamRows ids={PARAMETER_IDS} values={values} label={t('paramsAll')} withCite />
    </>
  );
}
