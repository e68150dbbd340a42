/**
 * @module The first view (`#/`, `#/map?date=YYYY-MM-DD`): what the Treaty is and where it stands.
 * A short introduction, the summary on the chosen day, and every state it is open to "from Vancouver
 * to Vladivostok", coloured by its status that day. The browser replays the depositary's log with the
 * engine (settings and entries are fetched once, then only the new entries), so the colours do not
 * rest on the server's word; the slider replays it up to any day. Bloc overlays, the five
 * organizations, a details panel per state, and a table of the same data for those who cannot use
 * the map.
 */
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { Outcome, PartyOutcome } from '../../../src/engine/outcome.ts';
import type { Language } from '../../../src/treaty/common.ts';
import { daysBetween, isoDate, parseIsoDate } from '../../../src/treaty/dates.ts';
import type { IsoDate } from '../../../src/treaty/dates.ts';
import { ORGANIZATIONS } from '../../../src/treaty/parties/index.ts';
import { Loading, Show } from '../components.tsx';
import { toCsv } from '../csv.ts';
import { downloadCsv } from '../download.ts';
import type { Loaded } from '../data.ts';
import { useLoad } from '../data.ts';
import { useLogMode } from '../exercise.tsx';
import { defineMessages, formatDate, plural, useLanguage, useT } from '../i18n.tsx';
import type { LedgerSnapshot } from '../ledger.ts';
import { preloadLedger, useLedger } from '../ledger.ts';
import { LedgerNotice } from '../ledger-notice.tsx';
import { outcomeAsOf } from '../replay.ts';
import { href, navigate } from '../router.ts';
import { Term, Terms } from '../term.tsx';
import type { Atlas, Drawing, MapZoom } from './map-geo.ts';
import { HEIGHT, WIDTH, blocShape, drawingOf, loadAtlas, projectionOf } from './map-geo.ts';
import type { MapBloc, MapStatus, StateRow } from './map-model.ts';
import {
  MAP_BLOCS,
  STATUSES,
  blocsOn,
  countsOf,
  dayAt,
  eligibleOn,
  keyDatesOf,
  rangeOf,
  rowsOf,
} from './map-model.ts';
import './map.css';

const M = defineMessages({
  title: {
    en: 'The European Security Treaty, from Vancouver to Vladivostok',
    ru: 'Договор о европейской безопасности: от Ванкувера до Владивостока',
  },
  intro1: {
    en: 'In November 2009 Russia proposed a European Security Treaty: one binding pact of “equal and indivisible security” for every state from Vancouver to Vladivostok, with consultations, Conferences of the Parties, and an [[extraordinary-conference|Extraordinary Conference]], without the attacker’s vote, after an armed attack.',
    ru: 'В ноябре 2009 года Россия предложила Договор о европейской безопасности: единое обязывающее соглашение о «равной и неделимой безопасности» для всех государств от Ванкувера до Владивостока — с консультациями, конференциями Участников и [[extraordinary-conference|Чрезвычайной конференцией]] без голоса напавшего после вооружённого нападения.',
  },
  intro2: {
    en: 'It was never signed. Here states file signed acts with a [[depositary|depositary]], and your browser replays its log by the treaty’s rules to colour this map.',
    ru: 'Его так и не подписали. Здесь государства подают подписанные документы [[depositary|депозитарию]], а ваш браузер воспроизводит его журнал по правилам договора и раскрашивает эту карту.',
  },
  'intro2.exercise': {
    en: 'It was never signed. This map shows an exercise: invented filings lodged with a [[depositary|depositary]] for training, which your browser replays by the treaty’s rules. What it shows did not happen.',
    ru: 'Его так и не подписали. Эта карта показывает учения: вымышленные документы, поданные [[depositary|депозитарию]] для обучения, которые ваш браузер воспроизводит по правилам договора. Изображённого на ней не было.',
  },
  exercise: { en: 'Exercise:', ru: 'Учения:' },
  asOf: { en: 'On {date}', ru: 'На {date}' },
  inForce: { en: 'In force since {date}', ru: 'В силе с {date}' },
  notInForce: { en: 'Not in force', ru: 'Не вступил в силу' },
  'stat.parties': { en: 'Parties', ru: 'Участники' },
  'stat.signatories': { en: 'Signatories', ru: 'Подписавшие' },
  'stat.instruments': {
    en: '[[counted-instruments|Counted instruments]]',
    ru: '[[counted-instruments|Учтённые документы]]',
  },
  'stat.instrumentsOf': { en: '{n} of {needed} needed', ru: '{n} из {needed} необходимых' },
  'date.label': { en: 'Date', ru: 'Дата' },
  'date.hint': {
    en: 'The log replayed up to that day. Keys: arrows a day, Page Up/Down a month.',
    ru: 'Журнал воспроизведён до этого дня. Клавиши: стрелки — день, Page Up/Down — месяц.',
  },
  'date.prev': { en: 'Previous change', ru: 'Предыдущее изменение' },
  'date.next': { en: 'Next change', ru: 'Следующее изменение' },
  'date.latest': { en: 'Today', ru: 'Сегодня' },
  'date.start': { en: 'draft published', ru: 'проект опубликован' },
  'view.label': { en: 'Show as', ru: 'Показать' },
  'view.map': { en: 'Map', ru: 'Карта' },
  'view.table': { en: 'Table', ru: 'Таблица' },
  'zoom.label': { en: 'Extent', ru: 'Масштаб' },
  'zoom.area': { en: 'Whole area', ru: 'Вся территория' },
  'zoom.europe': { en: 'Europe', ru: 'Европа' },
  'blocs.label': { en: 'Blocs', ru: 'Блоки' },
  'status.party': { en: 'Party', ru: 'Участник' },
  'status.withdrawing': { en: 'Party, withdrawing', ru: 'Участник, выходит' },
  'status.signatory': { en: 'Signatory', ru: 'Подписал' },
  'status.acceding': { en: 'Acceding', ru: 'Присоединяется' },
  'status.withdrawn': { en: 'Withdrawn', ru: 'Вышел' },
  'status.eligible': { en: 'May sign, has not', ru: 'Может подписать, не подписал' },
  'status.outside': { en: 'Outside the treaty', ru: 'Вне договора' },
  'phrase.party': { en: 'Party since {date}', ru: 'участник с {date}' },
  'phrase.partyNoDate': { en: 'Party', ru: 'участник' },
  'phrase.withdrawing': {
    en: 'Party, withdrawing: effective {date}',
    ru: 'участник, выходит: выход вступает в силу {date}',
  },
  'phrase.signatory': { en: 'signed on {date}', ru: 'подписал {date}' },
  'phrase.deposited': {
    en: 'signed on {signed}, instrument deposited {date}',
    ru: 'подписал {signed}, документ сдан {date}',
  },
  'phrase.depositedPending': {
    en: 'instrument deposited {date}, a Party from {from}',
    ru: 'документ сдан {date}, участник с {from}',
  },
  'phrase.acceding': { en: 'acceding', ru: 'присоединяется' },
  'phrase.accedingSince': {
    en: 'acceding since {date}; a Party may object until {until}',
    ru: 'присоединяется с {date}; Участники могут возразить до {until}',
  },
  'phrase.withdrawn': { en: 'withdrew, effective {date}', ru: 'вышел, выход вступил в силу {date}' },
  'phrase.eligible': { en: 'may sign, has not signed', ru: 'может подписать, не подписал' },
  'phrase.outside': {
    en: 'not among the states the Treaty is open to',
    ru: 'не входит в круг государств, для которых открыт договор',
  },
  'legend.title': { en: 'States by status', ru: 'Государства по статусу' },
  'legend.note': {
    en: 'States only: the five organizations are listed below.',
    ru: 'Только государства: пять организаций перечислены ниже.',
  },
  'orgs.title': { en: 'The five organizations', ru: 'Пять организаций' },
  'details.signed': { en: 'Signed', ru: 'Подписан' },
  'details.deposited': { en: '[[instrument|Instrument]] deposited', ru: '[[instrument|Документ]] сдан' },
  'details.inForce': { en: 'In force for it from', ru: 'В силе для него с' },
  'details.withdrawal': { en: 'Withdrawal effective', ru: 'Выход вступает в силу' },
  'details.blocs': { en: 'Blocs on that day', ru: 'Блоки на эту дату' },
  'details.none': { en: 'none', ru: 'нет' },
  'details.filings': { en: 'Its filings in the timeline', ru: 'Его документы в хронологии' },
  'details.close': { en: 'Close', ru: 'Закрыть' },
  'details.hint': {
    en: 'Click a state, or tab to the map and move with the arrow keys, for its details.',
    ru: 'Нажмите на государство или перейдите на карту клавишей Tab и выбирайте стрелками, чтобы увидеть подробности.',
  },
  'map.label': {
    en: 'Map: the states the Treaty is open to, coloured by their status on {date}',
    ru: 'Карта: государства, для которых открыт договор, по статусу на {date}',
  },
  'map.note': {
    en: 'Borders: Natural Earth (1:110m; 1:50m for Europe). Kosovo and northern Cyprus, whose status is disputed, are left uncoloured: the Treaty is open to states, and the registry lists the OSCE’s participating States.',
    ru: 'Границы: Natural Earth (1:110m; для Европы 1:50m). Косово и север Кипра, статус которых оспаривается, не закрашены: договор открыт для государств, а реестр перечисляет государства — участники ОБСЕ.',
  },
  'map.error': {
    en: 'The map could not be drawn ({error}); the table shows the same data.',
    ru: 'Карту не удалось нарисовать ({error}); таблица показывает те же данные.',
  },
  'table.caption': { en: 'The states on {date}', ru: 'Государства на {date}' },
  'table.state': { en: 'State', ru: 'Государство' },
  'table.status': { en: 'Status', ru: 'Статус' },
  'table.signed': { en: 'Signed', ru: 'Подписан' },
  'table.deposited': { en: 'Deposited', ru: 'Документ сдан' },
  'table.inForce': { en: 'In force from', ru: 'В силе с' },
  'table.blocs': { en: 'Blocs', ru: 'Блоки' },
  'csv.download': { en: 'Download CSV', ru: 'Скачать CSV' },
  'csv.exercise': {
    en: 'Exercise: invented filings for training, not the historical record. The draft European Security Treaty was signed by no one and is in force nowhere. States as replayed on {date}.',
    ru: 'Учения: вымышленные документы для обучения, а не исторические данные. Проект Договора о европейской безопасности никем не подписан и нигде не действует. Государства по воспроизведённому журналу на {date}.',
  },
  'empty.title': { en: 'Nothing has been filed yet', ru: 'Пока ничего не подано' },
  'empty.body': {
    en: 'This depositary’s log is empty, so every state is shown as free to sign. A state takes part by filing signed acts: the operator lodges its public key (est keygen, then POST /api/v1/admin/parties/{id}/keys), and it files “sign” and later “ratify” with est submit. Each filing is appended to the log; when {needed} states have ratified, the Treaty enters into force, and this map follows as the filings arrive.',
    ru: 'Журнал этого депозитария пуст, поэтому все государства показаны как свободные подписать. Государство участвует, подавая подписанные документы: оператор регистрирует его открытый ключ (est keygen, затем POST /api/v1/admin/parties/{id}/keys), а оно подаёт «sign» и затем «ratify» через est submit. Каждый документ добавляется в журнал; когда ратифицируют {needed} государств, договор вступает в силу, и карта обновляется по мере поступления документов.',
  },
  updated: { en: 'Updated: {n} entries in the log.', ru: 'Обновлено: в журнале {n} записей.' },
});

type T = ReturnType<typeof useT<typeof M>>;

/**
 * When the page opens on the map, the log and the atlas are asked for as this module loads, before
 * React's first paint; the view's first load takes the atlas (later loads fetch afresh).
 */
const early: { atlas?: Promise<Atlas> } = {};
if (/^#?\/?(map)?([?/]|$)/.test(window.location.hash)) {
  preloadLedger();
  early.atlas = loadAtlas('110m');
  // Whoever takes it handles its errors; until then, no unhandled rejection.
  early.atlas.catch(() => undefined);
}
function takeAtlas(): Promise<Atlas> | undefined {
  const value = early.atlas;
  delete early.atlas;
  return value;
}

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

/**
 * Rewrites the map's query in the address without a new history entry: each of `changes` set, or
 * dropped when null; the other parameters stay. Nothing when the page has moved to another view.
 */
function setQuery(changes: Readonly<Record<string, string | null>>): void {
  const [path = '', search = ''] = window.location.hash.replace(/^#\/?/, '').split('?', 2);
  if (path !== '' && path !== 'map') return;
  const query = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) query.delete(key);
    else query.set(key, value);
  }
  // Commas stay commas (`blocs=NATO,EU`): a link people read and copy.
  const text = [...query]
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%2C/gi, ',')}`)
    .join('&');
  navigate(text ? `${href('map')}?${text}` : href('map'), undefined, true);
}

/** The blocs a link asks to show (`blocs=NATO,EU`), in the toggles' order. */
function blocsOf(text: string): ReadonlySet<MapBloc> {
  const asked = new Set(text.split(',').map((b) => b.trim().toUpperCase()));
  return new Set(MAP_BLOCS.filter((b) => asked.has(b)));
}

/** "Exercise:" before a headline of an exercise, so that the headline alone cannot pass for the record. */
function ExerciseTag({ exercise, t }: { readonly exercise: boolean; readonly t: T }) {
  return exercise ? (
    <>
      <span className="exercise-tag" data-testid="exercise-tag">
        {t('exercise')}
      </span>{' '}
    </>
  ) : null;
}

export function MapView({ query }: { readonly query: URLSearchParams }) {
  const t = useT(M);
  const log = useLedger();
  const mode = useLogMode();
  const atlas = useLoad(() => takeAtlas() ?? loadAtlas('110m'), []);
  const exercise = mode === 'exercise' || (log.state === 'ok' && log.value.settings.mode === 'exercise');
  const intro = (
    <div className="intro">
      <h1>
        <ExerciseTag exercise={exercise} t={t} />
        {t('title')}
      </h1>
      <p>
        <Terms text={t('intro1')} />
      </p>
      <p>
        <Terms text={t(exercise ? 'intro2.exercise' : 'intro2')} />
      </p>
    </div>
  );
  return (
    <div className="mapview" data-mode={exercise ? 'exercise' : undefined}>
      {log.state === 'ok' ? (
        <MapBody data={log.value} atlas={atlas} query={query} intro={intro} exercise={exercise} />
      ) : (
        <>
          {intro}
          <Show loaded={log}>{() => null}</Show>
        </>
      )}
    </div>
  );
}

/** The phrase for a state's status (`Party since 1 September 2010`), without its name. */
function phraseOf(row: StateRow, t: T, lang: Language): string {
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

function MapBody({
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
          <div role="group" aria-label={t('view.label')} className="segmented">
            {(['map', 'table'] as const).map((m) => (
              <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
                {t(`view.${m}`)}
              </button>
            ))}
          </div>
          {mode === 'map' && (
            <div role="group" aria-label={t('zoom.label')} className="segmented">
              {(['area', 'europe'] as const).map((z) => (
                <button key={z} type="button" aria-pressed={zoom === z} onClick={() => setZoom(z)}>
                  {t(`zoom.${z}`)}
                </button>
              ))}
            </div>
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

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function blocName(b: MapBloc, lang: Language): string {
  return ORGANIZATIONS.find((o) => o.id === b)?.short[lang] ?? b;
}

/** How English names the organizations in a sentence: "the EU", but "NATO". */
const ORG_IN_TEXT: Readonly<Record<string, string>> = {
  EU: 'the EU',
  OSCE: 'the OSCE',
  CSTO: 'the CSTO',
  NATO: 'NATO',
  CIS: 'the CIS',
};

/** "26 states and the EU", «26 государств и ЕС»: what a figure of the summary counts. */
function splitOf(states: number, orgs: readonly string[], lang: Language): string {
  const word = plural(states, lang, {
    en: { one: 'state', other: 'states' },
    ru: { one: 'государство', few: 'государства', many: 'государств' },
  });
  const names = orgs.map((id) =>
    lang === 'ru'
      ? (ORGANIZATIONS.find((o) => o.id === id)?.short.ru ?? id)
      : (ORG_IN_TEXT[id] ?? ORGANIZATIONS.find((o) => o.id === id)?.short.en ?? id),
  );
  const items = states > 0 ? [`${states} ${word}`, ...names] : names;
  return new Intl.ListFormat(lang === 'ru' ? 'ru' : 'en-GB', { type: 'conjunction' }).format(items);
}

/** The rows of the table (and of its CSV): the states the Treaty is open to, by name. */
function tableRowsOf(rows: readonly StateRow[], lang: Language): StateRow[] {
  return rows
    .filter((r) => r.status !== 'outside')
    .sort((a, b) => a.state.name[lang].localeCompare(b.state.name[lang], lang));
}

/**
 * The table as a CSV file, its columns as on screen, named by the day; an exercise's says so in its
 * first line (and in its name).
 */
function downloadStates(
  rows: readonly StateRow[],
  date: IsoDate,
  exercise: boolean,
  t: T,
  lang: Language,
): void {
  const header = [
    t('table.state'),
    t('table.status'),
    t('table.signed'),
    t('table.deposited'),
    t('table.inForce'),
    t('table.blocs'),
  ];
  const body = tableRowsOf(rows, lang).map((r) => [
    r.state.name[lang],
    t(`status.${r.status}`),
    r.outcome?.signed ?? '',
    r.outcome?.deposited ?? '',
    r.outcome?.inForceFrom ?? '',
    r.blocs.map((b) => blocName(b, lang)).join(', '),
  ]);
  const notice = exercise ? toCsv([t('csv.exercise', { date: formatDate(date, lang) })], []) : '';
  downloadCsv(`est-states-${exercise ? 'exercise-' : ''}${date}.csv`, notice + toCsv(header, body));
}

function Summary({
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

function DateControl({
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

/**
 * The hatching of the bloc overlays: one direction per bloc, so overlaps stay readable; a dark line
 * beside a light one, so it shows on dark and light fills alike.
 */
function HatchPatterns() {
  const angle: Record<MapBloc, number> = { NATO: 45, EU: -45, CSTO: 0, CIS: 90 };
  return (
    <defs>
      {MAP_BLOCS.map((b) => (
        <pattern
          key={b}
          id={`hatch-${b}`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform={`rotate(${angle[b]})`}
        >
          <line x1="0" y1="0" x2="0" y2="6" className="hatch" />
          <line x1="1.6" y1="0" x2="1.6" y2="6" className="hatch-light" />
        </pattern>
      ))}
    </defs>
  );
}

/** The base of the map (sea and the countries outside the registry): drawn once per extent. */
const Base = memo(function Base({ drawing }: { readonly drawing: Drawing }) {
  return (
    <g aria-hidden="true">
      <path d={drawing.sphere} className="sea" />
      <path d={drawing.outside} className="land-outside" />
    </g>
  );
});

const BlocLayer = memo(function BlocLayer({
  atlas,
  drawing,
  bloc,
  members,
}: {
  readonly atlas: Atlas;
  readonly drawing: Drawing;
  readonly bloc: MapBloc;
  readonly members: ReadonlySet<string>;
}) {
  const shape = useMemo(() => blocShape(atlas, drawing.path, members), [atlas, drawing, members]);
  return (
    <g className={`bloc bloc-${bloc}`} data-bloc={bloc} aria-hidden="true">
      <path d={shape.area} fill={`url(#hatch-${bloc})`} className="bloc-area" />
      <path d={shape.outline} className="bloc-outline" />
    </g>
  );
});

function MapFigure({
  atlas,
  zoom,
  rows,
  blocs,
  shown,
  selected,
  onSelect,
  date,
  t,
  lang,
}: {
  readonly atlas: Atlas;
  readonly zoom: MapZoom;
  readonly rows: readonly StateRow[];
  readonly blocs: Readonly<Record<MapBloc, ReadonlySet<string>>>;
  readonly shown: ReadonlySet<MapBloc>;
  readonly selected: string | null;
  readonly onSelect: (id: string | null) => void;
  readonly date: IsoDate;
  readonly t: T;
  readonly lang: Language;
}) {
  const drawing = useMemo(() => drawingOf(atlas, projectionOf(zoom)), [atlas, zoom]);
  const svgRef = useRef<SVGSVGElement>(null);
  const refs = useRef(new Map<string, SVGElement>());
  const [focused, setFocused] = useState<string | null>(null);
  const [scale, setScale] = useState(1);

  // Markers keep a size a finger can hit however wide the map is drawn.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const observer = new ResizeObserver(() => {
      const width = svg.getBoundingClientRect().width;
      if (width > 0) setScale(WIDTH / width);
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);

  // Ready: the state paths are in the page (the bench and the tests wait for this).
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (!performance.getEntriesByName('est:map-drawn').length) performance.mark('est:map-drawn');
      setReady(true);
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  const navigable = useMemo(
    () =>
      rows
        .filter((r) => r.status !== 'outside' && (drawing.markers.has(r.id) || drawing.states.has(r.id)))
        .sort((a, b) => a.state.name[lang].localeCompare(b.state.name[lang], lang)),
    [rows, drawing, lang],
  );
  const tabStop = navigable.find((r) => r.id === (focused ?? selected))?.id ?? navigable[0]?.id;

  const onKeyDown = (e: KeyboardEvent<SVGElement>, id: string) => {
    const i = navigable.findIndex((r) => r.id === id);
    let to: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') to = (i + 1) % navigable.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') to = (i - 1 + navigable.length) % navigable.length;
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = navigable.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(id);
      return;
    } else if (e.key === 'Escape') {
      onSelect(null);
      return;
    }
    if (to === null) return;
    e.preventDefault();
    const target = navigable[to];
    if (target) refs.current.get(target.id)?.focus();
  };

  const interactive = (row: StateRow) => {
    const label = `${row.state.name[lang]}: ${phraseOf(row, t, lang)}`;
    return {
      role: 'button',
      tabIndex: row.id === tabStop ? 0 : -1,
      'aria-label': label,
      'aria-pressed': row.id === selected,
      'data-state': row.id,
      'data-status': row.status,
      ref: (el: SVGElement | null) => {
        if (el) refs.current.set(row.id, el);
        else refs.current.delete(row.id);
      },
      onClick: () => onSelect(row.id),
      onKeyDown: (e: KeyboardEvent<SVGElement>) => onKeyDown(e, row.id),
      onFocus: () => setFocused(row.id),
      onBlur: () => setFocused((f) => (f === row.id ? null : f)),
    } as const;
  };

  const rowById = new Map(rows.map((r) => [r.id, r]));
  const highlight = [focused, selected].filter((x, i, a): x is string => x !== null && a.indexOf(x) === i);
  // Markers of about 10 px across the whole area (7 px on a phone), 14 px in the Europe view.
  const r = (zoom === 'europe' ? 7 : scale > 2 ? 3.5 : 5) * scale;

  return (
    <figure
      className="map-figure"
      data-ready={ready ? 'true' : undefined}
      data-zoom={zoom}
      data-resolution={atlas.resolution}
    >
      <svg
        ref={svgRef}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="map"
        role="group"
        aria-label={t('map.label', { date: formatDate(date, lang) })}
      >
        <Base drawing={drawing} />
        <g className="states">
          {rows.map((row) => {
            const d = drawing.states.get(row.id);
            if (d === undefined) return null;
            const title = `${row.state.name[lang]}: ${phraseOf(row, t, lang)}`;
            // Microstates are reached through their markers; outside states are not reachable.
            if (row.status === 'outside' || drawing.markers.has(row.id))
              return (
                <path
                  key={row.id}
                  d={d}
                  className={`state s-${row.status}`}
                  data-state={row.id}
                  data-status={row.status}
                  aria-hidden="true"
                  onClick={row.status === 'outside' ? undefined : () => onSelect(row.id)}
                >
                  <title>{title}</title>
                </path>
              );
            return (
              <path key={row.id} d={d} className={`state s-${row.status}`} {...interactive(row)}>
                <title>{title}</title>
              </path>
            );
          })}
        </g>
        {MAP_BLOCS.filter((b) => shown.has(b)).map((b) => (
          <BlocLayer key={b} atlas={atlas} drawing={drawing} bloc={b} members={blocs[b]} />
        ))}
        <g className="highlights" aria-hidden="true">
          {highlight.map((id) => {
            const d = drawing.states.get(id);
            return d && !drawing.markers.has(id) ? (
              <path key={id} d={d} className={id === selected ? 'selected-ring' : 'focus-ring'} />
            ) : null;
          })}
        </g>
        <g className="markers">
          {[...drawing.markers].map(([id, m]) => {
            const row = rowById.get(id);
            if (!row || row.status === 'outside') return null;
            const cx = m.at[0] + m.offset[0] * r;
            const cy = m.at[1] + m.offset[1] * r;
            const ring = highlight.includes(id) ? (id === selected ? 'selected' : 'focused') : '';
            return (
              <g key={id} className={`marker ${ring}`}>
                <line x1={m.at[0]} y1={m.at[1]} x2={cx} y2={cy} className="leader" />
                <circle
                  cx={cx}
                  cy={cy}
                  r={r}
                  className={`state marker-dot s-${row.status}`}
                  {...interactive(row)}
                >
                  <title>{`${row.state.name[lang]}: ${phraseOf(row, t, lang)}`}</title>
                </circle>
              </g>
            );
          })}
        </g>
      </svg>
    </figure>
  );
}

function Legend({ rows, t }: { readonly rows: readonly StateRow[]; readonly t: T }) {
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

function Organizations({
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

function Details({
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

function StateTable({
  rows,
  date,
  t,
  lang,
}: {
  readonly rows: readonly StateRow[];
  readonly date: IsoDate;
  readonly t: T;
  readonly lang: Language;
}) {
  const shown = tableRowsOf(rows, lang);
  const caption = t('table.caption', { date: formatDate(date, lang) });
  const cell = (value: string | null | undefined, label: string) => (
    <td data-label={label}>
      {value ? <time dateTime={value}>{value}</time> : <span className="muted">–</span>}
    </td>
  );
  return (
    // Wrapped cells fit the column; were it still too narrow, the table scrolls in its own box
    // (reachable by keyboard), never the page.
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="state-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.state')}</th>
            <th scope="col">{t('table.status')}</th>
            <th scope="col">{t('table.signed')}</th>
            <th scope="col">{t('table.deposited')}</th>
            <th scope="col">{t('table.inForce')}</th>
            <th scope="col">{t('table.blocs')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.id} data-state={r.id} data-status={r.status}>
              <th scope="row">
                <a href={`${href('timeline')}?party=${r.id}`}>{r.state.name[lang]}</a>
              </th>
              <td data-label={t('table.status')}>
                <span className={`swatch s-${r.status}`} aria-hidden="true" /> {t(`status.${r.status}`)}
              </td>
              {cell(r.outcome?.signed, t('table.signed'))}
              {cell(r.outcome?.deposited, t('table.deposited'))}
              {cell(r.outcome?.inForceFrom, t('table.inForce'))}
              <td data-label={t('table.blocs')}>
                {r.blocs.length ? (
                  r.blocs.map((b) => blocName(b, lang)).join(', ')
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
