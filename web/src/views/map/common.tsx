/**
 * @module What the parts of the map view share: the "Exercise:" tag of a headline, the phrase for a
 * state's status, a bloc's short name, and a group of buttons of which one is pressed.
 */
import type { Language } from '../../../../src/treaty/common.ts';
import { ORGANIZATIONS } from '../../../../src/treaty/parties/index.ts';
import { formatDate } from '../../i18n.tsx';
import type { T } from '../map.messages.ts';
import type { MapBloc, StateRow } from './model.ts';

/** "Exercise:" before a headline of an exercise, so that the headline alone cannot pass for the record. */
export function ExerciseTag({ exercise, t }: { readonly exercise: boolean; readonly t: T }) {
  return exercise ? (
    <>
      <span className="exercise-tag" data-testid="exercise-tag">
        {t('exercise')}
      </span>{' '}
    </>
  ) : null;
}

/** The phrase for a state's status (`Party since 1 September 2010`), without its name. */
export function phraseOf(row: StateRow, t: T, lang: Language): string {
  const o = row.outcome;
  const d = (date: string | null | undefined) => (date ? formatDate(date, lang) : '');
  switch (row.status) {
    case 'party':
      return o?.inForceFrom ? t('phrase.party', { date: d(o.inForceFrom) }) : t('phrase.partyNoDate');
    case 'withdrawing':
      return t('phrase.withdrawing', { date: d(o?.withdrawalEffective) });
    case 'signatory':
      if (o?.deposited && o.inForceFrom)
        return t('phrase.depositedPending', { date: d(o.deposited), from: d(o.inForceFrom) });
      if (o?.deposited) return t('phrase.deposited', { signed: d(o.signed), date: d(o.deposited) });
      return t('phrase.signatory', { date: d(o?.signed) });
    case 'acceding':
      return row.accession?.objectionUntil
        ? t('phrase.accedingSince', {
            date: d(row.accession.opened),
            until: d(row.accession.objectionUntil),
          })
        : t('phrase.acceding');
    case 'withdrawn':
      return t('phrase.withdrawn', { date: d(o?.withdrawalEffective) });
    case 'eligible':
      return t('phrase.eligible');
    case 'outside':
      return t('phrase.outside');
  }
}

/** A bloc's short name in the reader's language (NATO, ЕС), as the registry gives it. */
export function blocName(b: MapBloc, lang: Language): string {
  return ORGANIZATIONS.find((o) => o.id === b)?.short[lang] ?? b;
}

/** A group of buttons of which exactly one is pressed (map or table; whole area or Europe). */
export function Segmented<V extends string>(props: {
  readonly label: string;
  readonly options: readonly V[];
  readonly value: V;
  readonly onChange: (value: V) => void;
  readonly text: (value: V) => string;
}) {
  return (
    <div role="group" aria-label={props.label} className="segmented">
      {props.options.map((o) => (
        <button key={o} type="button" aria-pressed={props.value === o} onClick={() => props.onChange(o)}>
          {props.text(o)}
        </button>
      ))}
    </div>
  );
}
