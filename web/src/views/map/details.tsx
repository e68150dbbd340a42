/**
 * @module The details panel of the map: the selected state's status, its dates, its blocs on the day,
 * and a link to its filings.
 */
import type { ReactNode } from 'react';
import type { Language } from '../../../../src/treaty/common.ts';
import { formatDate } from '../../i18n.tsx';
import { href } from '../../router.ts';
import { Terms } from '../../term.tsx';
import type { T } from '../map.messages.ts';
import { blocName, phraseOf } from './common.tsx';
import type { StateRow } from './model.ts';

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The selected state's details, or a hint on how to select one. */
export function Details({
  row,
  onClose,
  t,
  lang,
}: {
  readonly row: StateRow | null;
  readonly onClose: () => void;
  readonly t: T;
  readonly lang: Language;
}) {
  if (row === null)
    return (
      <section className="details" aria-live="polite">
        <p className="muted">{t('details.hint')}</p>
      </section>
    );
  const o = row.outcome;
  const item = (label: ReactNode, value: string | null | undefined): ReactNode =>
    value ? (
      <div>
        <dt>{label}</dt>
        <dd>{formatDate(value, lang)}</dd>
      </div>
    ) : null;
  return (
    <section className="details" aria-live="polite" aria-labelledby="map-details" data-details={row.id}>
      <div className="details-head">
        <h2 id="map-details">{row.state.name[lang]}</h2>
        <button type="button" onClick={onClose} aria-label={t('details.close')}>
          ×
        </button>
      </div>
      <p>
        <span className={`swatch s-${row.status}`} aria-hidden="true" />{' '}
        <strong data-testid="details-status">{capitalize(phraseOf(row, t, lang))}</strong>
      </p>
      <dl>
        {item(t('details.signed'), o?.signed)}
        {item(<Terms text={t('details.deposited')} />, o?.deposited)}
        {item(t('details.inForce'), o?.inForceFrom)}
        {item(t('details.withdrawal'), o?.withdrawalEffective)}
        <div>
          <dt>{t('details.blocs')}</dt>
          <dd>{row.blocs.length ? row.blocs.map((b) => blocName(b, lang)).join(', ') : t('details.none')}</dd>
        </div>
      </dl>
      <p>
        <a href={`${href('timeline')}?party=${row.id}`}>{t('details.filings')}</a>
      </p>
    </section>
  );
}
