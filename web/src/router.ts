/**
 * @module A small hash router: every view has a URL (`#/map?date=2010-09-01`), the back button works,
 * and the server needs no rewrite rules. The language is not the router's: it stays before the hash
 * (`/?lang=ru#/map`, kept by i18n.tsx), so links and navigation here, being hashes only, keep it.
 */
import { useEffect, useState } from 'react';

export interface Route {
  /** Path segments after `#/`: `procedures/xc-1` -> ['procedures', 'xc-1']. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
}

function parse(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = raw.split('?', 2);
  return {
    segments: path.split('/').filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(search),
  };
}

/**
 * The current route, updated on every hash change, and on going back or forward to an entry whose
 * address differs before the hash too (`?lang=`), for which browsers fire no hashchange.
 */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    let last = window.location.hash;
    const onHashChange = () => {
      last = window.location.hash;
      setRoute(parse(last));
    };
    const onPopState = () => {
      if (window.location.hash !== last) onHashChange();
    };
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
  return route;
}

/**
 * A link target for a view: href('procedures', 'xc-1') -> '#/procedures/xc-1'. Relative to the page,
 * so the address before the hash (`?lang=ru`) stays.
 */
export function href(...segments: readonly string[]): string {
  return `#/${segments.map(encodeURIComponent).join('/')}`;
}

/** Goes to a view, optionally with query parameters (replacing the history entry if asked). */
export function navigate(target: string, query?: Record<string, string>, replace = false): void {
  const search = query && Object.keys(query).length > 0 ? `?${new URLSearchParams(query).toString()}` : '';
  const url = `${target}${search}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.location.hash = url.replace(/^#/, '');
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}
