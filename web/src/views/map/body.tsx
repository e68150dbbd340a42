/**
 * @module The map view once the log is loaded: the chosen day replayed (once per day asked), the
 * choices kept in the address, the toolbar (map or table, extent, CSV, blocs), the map or the table,
 * and beside them the introduction, the summary, the details, the legend and the organizations.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Outcome } from '../../../../src/engine/outcome.ts';
import { isoDate, parseIsoDate } from '../../../../src/treaty/dates.ts';
import type { IsoDate } from '../../../../src/treaty/dates.ts';
import { Loading } from '../../components.tsx';
import type { Loaded } from '../../data.ts';
import { useLanguage, useT } from '../../i18n.tsx';
import type { LedgerSnapshot } from '../../ledger.ts';
import { LedgerNotice } from '../../ledger-notice.tsx';
import { outcomeAsOf } from '../../replay.ts';
import { M } from '../map.messages.ts';
import { Segmented, blocName } from './common.tsx';
import { DateControl } from './date-control.tsx';
import { Details } from './details.tsx';
import { HatchPatterns, MapFigure } from './figure.tsx';
import type { Atlas, MapZoom } from './geo.ts';
import { loadAtlas } from './geo.ts';
import { Legend, Organizations } from './legend.tsx';
import { MAP_BLOCS, blocsOn, eligibleOn, keyDatesOf, rangeOf, rowsOf } from './model.ts';
import type { MapBloc } from './model.ts';
import { blocsOf, setQuery } from './query.ts';
import { downloadStates, StateTable } from './state-table.tsx';
import { Summary } from './summary.tsx';

/** Today in UTC, the depositary's calendar. */
function today(): IsoDate {
  return isoDate(new Date().toISOString().slice(0, 10));
}

/** One engine run per day asked, remembered. */
function remembered(compute: (date: IsoDate) => Outcome): (date: IsoDate) => Outcome {
  const known = new Map<string, Outcome>();
  return (date) => {
    let o = known.get(date);
    if (o === undefined) {
      o = compute(date);
      known.set(date, o);
    }
    return o;
  };
}

/** The page on the loaded log: the map column and the side column. */
export function MapBody({
  data,
  atlas,
  query,
  intro,
  exercise,
}: {
  readonly data: LedgerSnapshot;
  readonly atlas: Loaded<Atlas>;
  readonly query: URLSearchParams;
  readonly intro: ReactNode;
  readonly exercise: boolean;
}) {
  const t = useT(M);
  const { lang } = useLanguage();
  const { settings, items } = data;
  const range = useMemo(() => rangeOf(settings.treaty, items, today()), [settings.treaty, items]);

  // One engine run per day asked, kept until the log grows.
  const outcomeOn = useMemo(
    () => remembered((date) => outcomeAsOf(settings, items, date)),
    [settings, items],
  );

  // The day: from the URL, else the last day (following the log as it grows). A new date in the
  // URL (a link, the back button) moves the slider.
  const asked = parseIsoDate(query.get('date') ?? '');
  const askedText = asked ?? '';
  const [picked, setPicked] = useState<IsoDate | null>(asked);
  const [lastAsked, setLastAsked] = useState(askedText);
  if (askedText !== lastAsked) {
    setLastAsked(askedText);
    setPicked(asked);
  }
  const clamp = (d: IsoDate): IsoDate => (d < range.start ? range.start : d > range.end ? range.end : d);
  const date = clamp(picked ?? range.end);
  useEffect(() => {
    if (picked === null || picked === askedText) return;
    const timer = window.setTimeout(() => setQuery({ date: picked }), 300);
    return () => window.clearTimeout(timer);
  }, [picked, askedText]);

  const shownDate = useDeferredValue(date);
  const outcome = useMemo(() => outcomeOn(shownDate), [outcomeOn, shownDate]);
  const latest = useMemo(() => outcomeOn(range.end), [outcomeOn, range.end]);
  const keyDates = useMemo(() => keyDatesOf(items, latest, range), [items, latest, range]);
  const eligible = useMemo(
    () => eligibleOn(settings.treaty, settings.parameters, shownDate),
    [settings, shownDate],
  );
  const blocs = useMemo(() => blocsOn(shownDate), [shownDate]);
  const rows = useMemo(() => rowsOf(outcome, eligible, blocs), [outcome, eligible, blocs]);

  // What else the reader chose lives in the address (`view=table&zoom=europe&blocs=NATO,EU&state=DE`),
  // so that a copied link opens the same view; a change replaces the history entry.
  const mode: 'map' | 'table' = query.get('view') === 'table' ? 'table' : 'map';
  const zoom: MapZoom = query.get('zoom') === 'europe' ? 'europe' : 'area';
  const blocsText = query.get('blocs') ?? '';
  const shown = useMemo(() => blocsOf(blocsText), [blocsText]);
  const setMode = (m: 'map' | 'table') => setQuery({ view: m === 'table' ? 'table' : null });
  const setZoom = (z: MapZoom) => setQuery({ zoom: z === 'europe' ? 'europe' : null });
  const setShown = (next: ReadonlySet<MapBloc>) =>
    setQuery({ blocs: next.size ? MAP_BLOCS.filter((b) => next.has(b)).join(',') : null });
  const setSelected = useCallback((id: string | null) => setQuery({ state: id }), []);

  // The Europe view draws the finer atlas once it has come (the coarse one until then).
  const [fine, setFine] = useState<Atlas | null>(null);
  useEffect(() => {
    if (zoom !== 'europe' || fine !== null) return;
    let current = true;
    loadAtlas('50m').then(
      (a) => current && setFine(a),
      () => undefined, // The coarse atlas stays.
    );
    return () => {
      current = false;
    };
  }, [zoom, fine]);

  // Say so when the log grows while the page is open.
  const [firstSize] = useState(items.length);
  const grown = items.length > firstSize ? items.length : null;

  const selectedRow = rows.find((r) => r.id === query.get('state') && r.status !== 'outside') ?? null;
  const selected = selectedRow?.id ?? null;
  const needed = settings.parameters['entryIntoForce.instruments'] ?? 0;

  return (
    <div className="map-grid">
      <div className="map-col">
        <DateControl date={date} range={range} keyDates={keyDates} onChange={setPicked} t={t} lang={lang} />
        <div className="map-toolbar">
          <Segmented
            label={t('view.label')}
            options={['map', 'table'] as const}
            value={mode}
            onChange={setMode}
            text={(m) => t(`view.${m}`)}
          />
          {mode === 'map' && (
            <Segmented
              label={t('zoom.label')}
              options={['area', 'europe'] as const}
              value={zoom}
              onChange={setZoom}
              text={(z) => t(`zoom.${z}`)}
            />
          )}
          <button
            type="button"
            className="csv"
            onClick={() => downloadStates(rows, shownDate, exercise, t, lang)}
          >
            {t('csv.download')}
          </button>
          <fieldset className="bloc-toggles">
            <legend>{t('blocs.label')}</legend>
            {MAP_BLOCS.map((b) => (
              <label key={b} className={`bloc-toggle bloc-${b}`}>
                <input
                  type="checkbox"
                  checked={shown.has(b)}
                  onChange={(e) => {
                    const next = new Set(shown);
                    if (e.target.checked) next.add(b);
                    else next.delete(b);
                    setShown(next);
                  }}
                />
                <svg className="bloc-swatch" viewBox="0 0 20 12" aria-hidden="true">
                  <rect x="1" y="1" width="18" height="10" fill={`url(#hatch-${b})`} />
                </svg>
                {blocName(b, lang)}
              </label>
            ))}
          </fieldset>
        </div>
        <div className="map-main">
          {mode === 'table' ? (
            <StateTable rows={rows} date={shownDate} t={t} lang={lang} />
          ) : atlas.state === 'loading' ? (
            <Loading />
          ) : atlas.state === 'error' ? (
            <>
              <p className="error" role="alert">
                {t('map.error', { error: atlas.error.message })}
              </p>
              <StateTable rows={rows} date={shownDate} t={t} lang={lang} />
            </>
          ) : (
            <MapFigure
              atlas={zoom === 'europe' && fine !== null ? fine : atlas.value}
              zoom={zoom}
              rows={rows}
              blocs={blocs}
              shown={shown}
              selected={selected}
              onSelect={setSelected}
              date={shownDate}
              t={t}
              lang={lang}
            />
          )}
          {mode === 'map' && atlas.state === 'ok' && <p className="map-note muted">{t('map.note')}</p>}
        </div>
      </div>
      <div className="side-col">
        {intro}
        <LedgerNotice ledger={data} />
        <Summary
          outcome={outcome}
          rows={rows}
          date={shownDate}
          needed={needed}
          exercise={exercise}
          t={t}
          lang={lang}
        />
        {items.length === 0 && (
          <section className="empty" aria-labelledby="map-empty">
            <h2 id="map-empty">{t('empty.title')}</h2>
            <p>{t('empty.body', { needed, id: '{id}' })}</p>
          </section>
        )}
        <Details row={selectedRow} onClose={() => setSelected(null)} t={t} lang={lang} />
        <Legend rows={rows} t={t} />
        <Organizations outcome={outcome} t={t} lang={lang} />
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {grown === null ? '' : t('updated', { n: grown })}
      </p>
      <svg width="0" height="0" className="defs" aria-hidden="true" focusable="false">
        <HatchPatterns />
      </svg>
    </div>
  );
}
