/**
 * @module The date control of the map: the chosen day, a slider from the draft's publication to today
 * with the days on which something changed marked, buttons to the previous and next change and to
 * today, and Page Up/Down for a month.
 */
import type { KeyboardEvent } from 'react';
import type { Language } from '../../../../src/treaty/common.ts';
import { daysBetween } from '../../../../src/treaty/dates.ts';
import type { IsoDate } from '../../../../src/treaty/dates.ts';
import { formatDate } from '../../i18n.tsx';
import type { T } from '../map.messages.ts';
import { dayAt } from './model.ts';

/** `29 Nov 2009`, `29 нояб. 2009 г.`: for the slider's ends. */
function shortDate(date: string, lang: Language): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y ?? 2009, (m ?? 1) - 1, d ?? 1)));
}

/** The day the map shows, and the ways to move it. */
export function DateControl({
  date,
  range,
  keyDates,
  onChange,
  t,
  lang,
}: {
  readonly date: IsoDate;
  readonly range: { start: IsoDate; end: IsoDate; days: number };
  readonly keyDates: readonly IsoDate[];
  readonly onChange: (d: IsoDate) => void;
  readonly t: T;
  readonly lang: Language;
}) {
  const offset = daysBetween(range.start, date);
  const prev = [...keyDates].reverse().find((d) => d < date);
  const next = keyDates.find((d) => d > date);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Page Up and Down: a month rather than the browser's tenth of the range.
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    const to = Math.max(0, Math.min(range.days, offset + (e.key === 'PageUp' ? 30 : -30)));
    onChange(dayAt(range.start, to));
  };
  return (
    <section className="date-control">
      <div className="date-row">
        <label htmlFor="map-date">{t('date.label')}</label>
        <output htmlFor="map-date" className="date-value" data-testid="map-date" data-date={date}>
          {formatDate(date, lang)}
        </output>
        <div className="date-buttons">
          <button type="button" disabled={prev === undefined} onClick={() => prev && onChange(prev)}>
            <span aria-hidden="true">◀</span> <span className="button-text">{t('date.prev')}</span>
          </button>
          <button type="button" disabled={next === undefined} onClick={() => next && onChange(next)}>
            <span className="button-text">{t('date.next')}</span> <span aria-hidden="true">▶</span>
          </button>
          <button type="button" disabled={date === range.end} onClick={() => onChange(range.end)}>
            {t('date.latest')}
          </button>
        </div>
      </div>
      <input
        id="map-date"
        type="range"
        min={0}
        max={range.days}
        step={1}
        value={offset}
        list="map-key-dates"
        aria-valuetext={formatDate(date, lang)}
        aria-describedby="map-date-hint"
        onChange={(e) => onChange(dayAt(range.start, Number(e.target.value)))}
        onKeyDown={onKeyDown}
      />
      <datalist id="map-key-dates">
        {keyDates.map((d) => (
          <option key={d} value={daysBetween(range.start, d)} />
        ))}
      </datalist>
      <div className="date-ends muted">
        <span>
          {shortDate(range.start, lang)} ({t('date.start')})
        </span>
        <span id="map-date-hint" className="hint">
          {t('date.hint')}
        </span>
        <span>{shortDate(range.end, lang)}</span>
      </div>
    </section>
  );
}
