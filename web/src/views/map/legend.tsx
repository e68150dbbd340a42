/**
 * @module The legend of the map (how many states hold each status, with its colour) and the five
 * organizations, which the map cannot draw, each with its status.
 */
import type { Outcome, PartyOutcome } from '../../../../src/engine/outcome.ts';
import type { Language } from '../../../../src/treaty/common.ts';
import { ORGANIZATIONS } from '../../../../src/treaty/parties/index.ts';
import { Term } from '../../term.tsx';
import type { T } from '../map.messages.ts';
import { phraseOf } from './common.tsx';
import { STATUSES, countsOf } from './model.ts';
import type { MapStatus, StateRow } from './model.ts';

/** The statuses with their colours and how many states hold each. */
export function Legend({ rows, t }: { readonly rows: readonly StateRow[]; readonly t: T }) {
  const counts = countsOf(rows);
  return (
    <section className="legend" aria-labelledby="map-legend">
      <h2 id="map-legend">{t('legend.title')}</h2>
      <ul>
        {STATUSES.filter((s) => s !== 'outside' || counts.outside > 0).map((s) => (
          <li key={s} data-legend={s}>
            <span className={`swatch s-${s}`} aria-hidden="true" />
            <span>
              {s === 'acceding' ? <Term id="accession">{t(`status.${s}`)}</Term> : t(`status.${s}`)}
            </span>
            <span className="count">{counts[s]}</span>
          </li>
        ))}
      </ul>
      <p className="legend-note muted">{t('legend.note')}</p>
    </section>
  );
}

function orgPhrase(p: PartyOutcome | undefined, t: T, lang: Language): string {
  if (!p) return t('phrase.eligible');
  const row: StateRow = {
    id: p.id,
    state: { id: p.id, name: { en: p.id, ru: p.id }, osceSince: '', osceSinceConfidence: 'k' },
    status: p.status,
    outcome: p,
    blocs: [],
  };
  return phraseOf(row, t, lang);
}

/** The five organizations, each with its status on the day. */
export function Organizations({
  outcome,
  t,
  lang,
}: {
  readonly outcome: Outcome;
  readonly t: T;
  readonly lang: Language;
}) {
  const byId = new Map(outcome.parties.map((p) => [p.id as string, p]));
  return (
    <section className="orgs" aria-labelledby="map-orgs">
      <h2 id="map-orgs">{t('orgs.title')}</h2>
      <ul>
        {ORGANIZATIONS.map((o) => {
          const p = byId.get(o.id);
          const status: MapStatus = p?.status ?? 'eligible';
          return (
            <li key={o.id} data-org={o.id} data-status={status}>
              <span className={`swatch s-${status}`} aria-hidden="true" />
              <abbr title={o.name[lang]}>{o.short[lang]}</abbr>
              <span className="muted">{orgPhrase(p, t, lang)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
