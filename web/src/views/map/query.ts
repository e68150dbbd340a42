/**
 * @module The map view's choices kept in the address
 * (`#/map?date=2011-06-01&view=table&zoom=europe&blocs=NATO,EU&state=DE`), so that a copied link
 * opens the same view: rewriting them in place, and reading the blocs a link asks for.
 */
import { href, navigate } from '../../router.ts';
import { MAP_BLOCS } from './model.ts';
import type { MapBloc } from './model.ts';

/**
 * Rewrites the map's query in the address without a new history entry: each of `changes` set, or
 * dropped when null; the other parameters stay. Nothing when the page has moved to another view.
 */
export function setQuery(changes: Readonly<Record<string, string | null>>): void {
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
export function blocsOf(text: string): ReadonlySet<MapBloc> {
  const asked = new Set(text.split(',').map((b) => b.trim().toUpperCase()));
  return new Set(MAP_BLOCS.filter((b) => asked.has(b)));
}
