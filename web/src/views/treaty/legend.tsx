/**
 * @module The marks of the treaty page and what they mean: the confidence in a text, and the basis
 * of a parameter's value (their styles in marks.css, for every view that shows them).
 */
import type { Confidence } from '../../../../src/treaty/common.ts';
import { CONFIDENCE } from '../../../../src/treaty/common.ts';
import type { Basis } from '../../../../src/treaty/parameters/index.ts';
import { BASIS_NAMES } from '../../../../src/treaty/parameters/index.ts';
import { useLanguage, useT } from '../../i18n.tsx';
import { M } from '../treaty.messages.ts';
import './marks.css';

export function ConfidenceMark({ c }: { readonly c: Confidence }) {
  const t = useT(M);
  return (
    <span className={`conf conf-${c}`} title={t(`conf.${c}`)}>
      {c}
      <span className="sr-only">: {t(`conf.${c}`)}</span>
    </span>
  );
}

const BASES: readonly Basis[] = ['text', 'blank', 'reading'];

export function Legend() {
  const t = useT(M);
  return (
    <details className="legend">
      <summary>{t('legend')}</summary>
      <h2 className="legend-head">{t('legendConf')}</h2>
      <dl>
        {CONFIDENCE.map((c) => (
          <div key={c}>
            <dt>
              <span className={`conf conf-${c}`}>{c}</span>
            </dt>
            <dd>{t(`conf.${c}`)}</dd>
          </div>
        ))}
      </dl>
      <h2 className="legend-head">{t('legendBasis')}</h2>
      <BasisLegend />
    </details>
  );
}

/** What the three bases mean: in the legend, and above the table of every parameter. */
export function BasisLegend({ className }: { readonly className?: string }) {
  const t = useT(M);
  const { lang } = useLanguage();
  return (
    <dl className={className}>
      {BASES.map((b) => (
        <div key={b}>
          <dt>
            <span className={`basis basis-${b}`}>{BASIS_NAMES[b][lang]}</span>
          </dt>
          <dd>{t(`basis.${b}`)}</dd>
        </div>
      ))}
    </dl>
  );
}
