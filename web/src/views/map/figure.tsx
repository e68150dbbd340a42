/**
 * @module The map itself: an SVG of the states coloured by status, the bloc overlays hatched over
 * them, markers for the microstates, and moving from state to state with the arrow keys.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Language } from '../../../../src/treaty/common.ts';
import type { IsoDate } from '../../../../src/treaty/dates.ts';
import { formatDate } from '../../i18n.tsx';
import type { T } from '../map.messages.ts';
import { phraseOf } from './common.tsx';
import type { Atlas, Drawing, MapZoom } from './geo.ts';
import { HEIGHT, WIDTH, blocShape, drawingOf, projectionOf } from './geo.ts';
import { MAP_BLOCS } from './model.ts';
import type { MapBloc, StateRow } from './model.ts';

/**
 * The hatching of the bloc overlays: one direction per bloc, so overlaps stay readable; a dark line
 * beside a light one, so it shows on dark and light fills alike.
 */
export function HatchPatterns() {
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

/** The map of the states on a day, the blocs shown hatched over it; a click or Enter selects a state. */
export function MapFigure({
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
