/** @module The shape of the party registry: states, organizations and dated bloc memberships. */
import type { Localized } from '../common.ts';
import type { OrganizationId } from '../entities.ts';

/** How sure a date is: confirmed by a retrieved source, standard reference knowledge, or uncertain. */
export type DateConfidence = 'c' | 'k' | '?';

export interface StateData {
  /** ISO 3166-1 alpha-2. */
  readonly id: string;
  /** Short names as in use in 2009 (the former Yugoslav Republic of Macedonia, the Holy See). */
  readonly name: Localized;
  /** OSCE (CSCE) participation since. */
  readonly osceSince: string;
  readonly osceSinceConfidence: DateConfidence;
}

export interface OrganizationData {
  readonly id: OrganizationId;
  readonly name: Localized;
  /** The abbreviation in each language (`CSTO` / `ОДКБ`). */
  readonly short: Localized;
  /** Remarks that bear on the treaty, e.g. legal personality. */
  readonly note: Localized;
}

/** The blocs whose memberships are dated. */
export const BLOC_IDS = ['NATO', 'EU', 'CSTO', 'CIS', 'OSCE'] as const;
export type BlocId = (typeof BLOC_IDS)[number];

/** Full member, or a weaker tie (CIS associate, CIS participating non-member, CSTO suspended). */
export type MembershipKind = 'member' | 'associate' | 'participating';

export interface MembershipData {
  readonly state: string;
  readonly bloc: BlocId;
  readonly kind: MembershipKind;
  /** First day of membership. */
  readonly from: string;
  /** First day it no longer holds (exclusive), or null while it lasts. */
  readonly to: string | null;
  readonly confidence: DateConfidence;
  readonly sources: readonly string[];
  readonly note?: string;
}
