/**
 * @module The first view (`#/`, `#/map?date=YYYY-MM-DD`): what the Treaty is and where it stands.
 * A short introduction, the summary on the chosen day, and every state it is open to "from Vancouver
 * to Vladivostok", coloured by its status that day. The browser replays the depositary's log with the
 * engine (settings and entries are fetched once, then only the new entries), so the colours do not
 * rest on the server's word; the slider replays it up to any day. Bloc overlays, the five
 * organizations, a details panel per state, and a table of the same data for those who cannot use
 * the map.
 * The parts of the page are in ./map/, its words in ./map.messages.ts.
 */
import { Show } from '../components.tsx';
import { useLoad } from '../data.ts';
import { useLogMode } from '../exercise.tsx';
import { useT } from '../i18n.tsx';
import { preloadLedger, useLedger } from '../ledger.ts';
import { Terms } from '../term.tsx';
import { MapBody } from './map/body.tsx';
import { ExerciseTag } from './map/common.tsx';
import type { Atlas } from './map/geo.ts';
import { loadAtlas } from './map/geo.ts';
import { M } from './map.messages.ts';
import './map.css';

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

/** The map view: the introduction at once, the rest once the log is loaded. */
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
