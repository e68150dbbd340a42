/**
 * @module The summary beside the map: whether the Treaty is in force on the chosen day, and how many
 * Parties, signatories and counted instruments it has, the organizations among them named.
 */
import type { Outcome } from '../../../../src/engine/outcome.ts';
import type { Language } from '../../../../src/treaty/common.ts';
import type { IsoDate } from '../../../../src/treaty/dates.ts';
import { ORGANIZATIONS } from '../../../../src/treaty/parties/index.ts';
import { formatDate, plural } from '../../i18n.tsx';
import { Terms } from '../../term.tsx';
import { ORG_IN_TEXT, STATE_FORMS } from '../map.messages.ts';
import type { T } from '../map.messages.ts';
import { ExerciseTag } from './common.tsx';
import { countsOf } from './model.ts';
import type { StateRow } from './model.ts';

/** "26 states and the EU", «26 государств и ЕС»: what a figure of the summary counts. */
function splitOf(states: number, orgs: readonly string[], lang: Language): string {
  const word = plural(states, lang, STATE_FORMS);
  const names = orgs.map((id) =>
    lang === 'ru'
      ? (ORGANIZATIONS.find((o) => o.id === id)?.short.ru ?? id)
      : (ORG_IN_TEXT[id] ?? ORGANIZATIONS.find((o) => o.id === id)?.short.en ?? id),
  );
  const items = states > 0 ? [`${states} ${word}`, ...names] : names;
  return new Intl.ListFormat(lang === 'ru' ? 'ru' : 'en-GB', { type: 'conjunction' }).format(items);
}

/** On the chosen day: in force or not, and the figures of Parties, signatories and instruments. */
export function Summary({
  outcome,
  rows,
  date,
  needed,
  exercise,
  t,
  lang,
}: {
  readonly outcome: Outcome;
  readonly rows: readonly StateRow[];
  readonly date: IsoDate;
  readonly needed: number;
  readonly exercise: boolean;
  readonly t: T;
  readonly lang: Language;
}) {
  // The legend counts states; the figures here count the organizations too, and say how many.
  const orgs = outcome.parties.filter((p) => p.kind === 'organization');
  const counts = countsOf(rows);
  const orgParties = orgs.filter((p) => p.status === 'party' || p.status === 'withdrawing').map((p) => p.id);
  const orgSignatories = orgs.filter((p) => p.status === 'signatory').map((p) => p.id);
  const stateParties = counts.party + counts.withdrawing;
  const parties = stateParties + orgParties.length;
  const signatories = counts.signatory + orgSignatories.length;
  const asOf = t('asOf', { date: formatDate(date, lang) });
  return (
    <section className="summary" aria-label={exercise ? `${t('exercise')} ${asOf}` : asOf}>
      <p className="summary-head">
        <ExerciseTag exercise={exercise} t={t} />
        <span className="muted">{asOf}:</span>{' '}
        <strong data-testid="in-force" className={outcome.inForce ? 'in-force' : 'not-in-force'}>
          {outcome.inForce && outcome.entryIntoForce
            ? t('inForce', { date: formatDate(outcome.entryIntoForce, lang) })
            : t('notInForce')}
        </strong>
      </p>
      <dl className="stats">
        <div>
          <dt>{t('stat.parties')}</dt>
          <dd>
            <span data-testid="parties">{parties}</span>
            {orgParties.length > 0 && (
              <span className="split" data-testid="parties-split">
                {' '}
                ({splitOf(stateParties, orgParties, lang)})
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('stat.signatories')}</dt>
          <dd>
            <span data-testid="signatories">{signatories}</span>
            {orgSignatories.length > 0 && (
              <span className="split" data-testid="signatories-split">
                {' '}
                ({splitOf(counts.signatory, orgSignatories, lang)})
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>
            <Terms text={t('stat.instruments')} />
          </dt>
          <dd data-testid="instruments">
            {outcome.inForce
              ? outcome.countedInstruments
              : t('stat.instrumentsOf', { n: outcome.countedInstruments, needed })}
          </dd>
        </div>
      </dl>
    </section>
  );
}
