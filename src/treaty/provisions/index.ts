/**
 * @module Every provision of both drafts and of the regimes they are compared with, addressable by id
 * and findable by citation.
 */
import type { TreatyId } from '../common.ts';
import { TREATIES } from '../treaties.ts';
import { EST_PROVISIONS } from './est.ts';
import { NAT_PROVISIONS } from './nat.ts';
import { NRA_PROVISIONS } from './nra.ts';
import { NRC_PROVISIONS } from './nrc.ts';
import { OSCE_PROVISIONS } from './osce.ts';
import { RUS_US_PROVISIONS } from './rus-us.ts';
import type { ProvisionData } from './types.ts';
import { UN_PROVISIONS } from './un.ts';

export type { ProvisionData } from './types.ts';

/**
 * All provision nodes, in text order: the EST, the NRC, then the North Atlantic Treaty, the UN
 * Charter and the OSCE, then the two drafts of 2021 (the agreement with NATO, the treaty with the US).
 */
export const PROVISIONS: readonly ProvisionData[] = [
  ...EST_PROVISIONS,
  ...NRC_PROVISIONS,
  ...NAT_PROVISIONS,
  ...UN_PROVISIONS,
  ...OSCE_PROVISIONS,
  ...NRA_PROVISIONS,
  ...RUS_US_PROVISIONS,
];

/** The stable ids of provision nodes (`est.8.3`). */
export type ProvisionId = (
  | typeof EST_PROVISIONS
  | typeof NRC_PROVISIONS
  | typeof NAT_PROVISIONS
  | typeof UN_PROVISIONS
  | typeof OSCE_PROVISIONS
  | typeof NRA_PROVISIONS
  | typeof RUS_US_PROVISIONS
)[number]['id'];

const byId = new Map<string, ProvisionData>(PROVISIONS.map((p) => [p.id, p]));

/** The provision with an id, or undefined. */
export function provision(id: string): ProvisionData | undefined {
  return byId.get(id);
}

/** The citation of a provision id (`est.8.3` -> `EST 8(3)`); unknown ids are returned as they are. */
export function citeOf(id: string): string {
  return byId.get(id)?.cite ?? id;
}

/** The paragraphs (children) of an article node. */
export function childrenOf(id: string): readonly ProvisionData[] {
  return PROVISIONS.filter((p) => p.parent === id);
}

/** Lower case, no spaces, no `art.`, and `8.3` read as `8(3)`. Bare numbers search the two drafts. */
const normal = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^(est|nrc)\./, '$1')
    .replace(/^art\.?/, '')
    .replace(/(\d+)\.(\d+)$/, '$1($2)');

/**
 * Finds provisions by what a reader types: an id (`est.8.3`), a citation (`EST 8(3)`, `8(3)`,
 * `NRC 4`) or an article number (`8`). Citations shared by several nodes (`NRC 4`) return them all.
 */
export function findProvisions(query: string, treaty?: TreatyId): readonly ProvisionData[] {
  const exact = byId.get(query);
  if (exact) return [exact];
  const q = normal(query);
  // A bare article number ("8") means the drafts unless a treaty is named: the regimes are cited
  // with their own prefix ("NAT 5", "UN Charter 51").
  const pool = treaty
    ? PROVISIONS.filter((p) => p.treaty === treaty)
    : PROVISIONS.filter((p) => p.treaty === 'est-2009' || p.treaty === 'nrc-2009' || /[a-z]/i.test(q));
  const bare = (p: ProvisionData): string => p.cite.slice(TREATIES[p.treaty].short.length + 1);
  const byCite = pool.filter((p) => normal(p.cite) === q || normal(bare(p)) === q);
  if (byCite.length > 0) return byCite;
  return pool.filter((p) => normal(p.id.replace(/^[a-z-]+\./, '')) === q.replace(/\((\d+)\)/g, '.$1'));
}
