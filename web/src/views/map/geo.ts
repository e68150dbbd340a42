/**
 * @module The map's geography: world-atlas countries (Natural Earth), fetched at runtime as static
 * assets, never bundled: 1:110m for the whole area (light, quick to draw; the microstates it lacks
 * are markers anyway) and 1:50m for the Europe view, fetched when first asked for. A polar
 * azimuthal equal-area projection centred on the North Atlantic shows the whole area "from
 * Vancouver to Vladivostok"; SVG paths per registry state, bloc outlines and hatching, the microstates' markers.
 */
import { geoAzimuthalEqualArea, geoPath } from 'd3-geo';
import type { GeoPath, GeoProjection } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import coarseUrl from 'world-atlas/countries-110m.json?url';
import fineUrl from 'world-atlas/countries-50m.json?url';
import { alpha2OfNumeric } from '../../iso-numeric.ts';

/** The SVG's own coordinate box; the SVG scales to its container. */
export const WIDTH = 960;
export const HEIGHT = 600;

export type MapZoom = 'area' | 'europe';
export type Resolution = '110m' | '50m';

/** States too small to find or click at this scale: each also gets a circle marker. */
export const MICROSTATES: Readonly<Record<string, readonly [number, number]>> = {
  AD: [1.52, 42.55],
  LI: [9.55, 47.15],
  MC: [7.42, 43.74],
  SM: [12.45, 43.94],
  VA: [12.45, 41.9],
  MT: [14.44, 35.9],
  LU: [6.13, 49.78],
};

/**
 * Where a marker sits relative to its state, in marker radii: the Italian enclaves and the Alpine
 * and Pyrenean states lie within a few pixels of each other, so each is drawn off to one side with
 * a leader line.
 */
const MARKER_OFFSET: Readonly<Record<string, readonly [number, number]>> = {
  AD: [-1.6, 1.6],
  LI: [1.2, -2.4],
  MC: [-2.2, 1.6],
  SM: [2.4, -1.4],
  VA: [-1.2, 2.6],
  MT: [0, 2.4],
  LU: [-2.4, -1.6],
};

type Properties = { name?: string };
type Country = GeoJSON.Feature<GeoJSON.Geometry, Properties> & { id?: string | number };

export interface Atlas {
  readonly resolution: Resolution;
  readonly topology: Topology;
  readonly geometries: readonly GeometryObject<Properties>[];
  /** The countries that reach north of 5°N (the others never show). */
  readonly countries: readonly Country[];
}

/** The northernmost latitude of a geometry's coordinates. */
function northmost(coordinates: unknown): number {
  let max = -90;
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const lat = c[1] as number;
      if (lat > max) max = lat;
    } else for (const x of c) walk(x);
  };
  walk(coordinates);
  return max;
}

/** Fetches and unpacks an atlas. */
export async function loadAtlas(resolution: Resolution): Promise<Atlas> {
  const response = await fetch(resolution === '110m' ? coarseUrl : fineUrl);
  if (!response.ok) throw new Error(`the map's data did not load (${response.status})`);
  const topology = (await response.json()) as Topology;
  const object = topology.objects['countries'] as GeometryCollection<Properties>;
  const collection = feature<Properties>(topology, object);
  const countries = (collection.features as Country[]).filter(
    (c) => 'coordinates' in c.geometry && northmost(c.geometry.coordinates) > 5,
  );
  return { resolution, topology, geometries: object.geometries, countries };
}

/**
 * The whole area: the corners of the box that holds the 56 states north of 24°N (no Hawaii, no
 * overseas departments) in this projection, computed once from the 1:50m atlas, as longitude and
 * latitude.
 */
const AREA: GeoJSON.MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [-129.39, 7.04],
    [151.5, 27.8],
    [-54.17, 3.09],
    [57.39, 16.95],
  ],
};

/** Europe, the Caucasus and Turkey: the corners the Europe view fits. */
const EUROPE: GeoJSON.MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [-10.5, 36],
    [-10.5, 54],
    [-7, 58],
    [26, 71.5],
    [32, 70],
    [51, 43],
    [50.5, 40],
    [49, 38.5],
    [36, 35.8],
    [24, 34.8],
    [-6, 35.8],
  ],
};

/**
 * The projection of a view: azimuthal equal-area centred on 10°E 55°N, so that the North Atlantic
 * and the pole sit in the middle, North America to the left, Russia to the right and Europe below.
 */
export function projectionOf(zoom: MapZoom): GeoProjection {
  const projection = geoAzimuthalEqualArea().rotate([-10, -55]).clipAngle(115);
  const margin = 10;
  projection.fitExtent(
    [
      [margin, margin],
      [WIDTH - margin, HEIGHT - 2 * margin],
    ],
    zoom === 'area' ? AREA : EUROPE,
  );
  return projection.clipExtent([
    [0, 0],
    [WIDTH, HEIGHT],
  ]);
}

export interface Drawing {
  readonly path: GeoPath;
  /** The sea: the projected globe. */
  readonly sphere: string;
  /** Every country outside the registry, as one path. */
  readonly outside: string;
  /** Each registry state's path (absent when off the view). */
  readonly states: ReadonlyMap<string, string>;
  /** Microstates' markers: where the state is, and where its marker is drawn (in radii from it). */
  readonly markers: ReadonlyMap<string, { at: readonly [number, number]; offset: readonly [number, number] }>;
}

/** Every path of a view. */
export function drawingOf(atlas: Atlas, projection: GeoProjection): Drawing {
  const path = geoPath(projection).digits(1);
  const outside: string[] = [];
  const states = new Map<string, string>();
  for (const country of atlas.countries) {
    const d = path(country);
    if (!d) continue;
    const id = alpha2OfNumeric(country.id);
    if (id === null) outside.push(d);
    else states.set(id, d);
  }
  const markers = new Map<string, { at: readonly [number, number]; offset: readonly [number, number] }>();
  for (const [id, lonLat] of Object.entries(MICROSTATES)) {
    const at = projection([lonLat[0], lonLat[1]]);
    if (at && at[0] >= 0 && at[0] <= WIDTH && at[1] >= 0 && at[1] <= HEIGHT)
      markers.set(id, { at: [at[0], at[1]], offset: MARKER_OFFSET[id] ?? [0, 0] });
  }
  return {
    path,
    sphere: path({ type: 'Sphere' }) ?? '',
    outside: outside.join(''),
    states,
    markers,
  };
}

/** A bloc on the map: its members' area (for hatching) and its land border with the states outside it. */
export function blocShape(
  atlas: Atlas,
  path: GeoPath,
  members: ReadonlySet<string>,
): { area: string; outline: string } {
  const inBloc = (g: GeometryObject) => members.has(alpha2OfNumeric(g.id) ?? '');
  const polygons = atlas.geometries.filter(
    (g) => (g.type === 'Polygon' || g.type === 'MultiPolygon') && inBloc(g),
  ) as Parameters<typeof merge>[1] & unknown[];
  const object = atlas.topology.objects['countries'] as GeometryCollection;
  const outline = mesh(atlas.topology, object, (a, b) => a !== b && inBloc(a) !== inBloc(b));
  return { area: path(merge(atlas.topology, polygons)) ?? '', outline: path(outline) ?? '' };
}
