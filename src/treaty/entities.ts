/**
 * @module Identifiers of the entities that act in a scenario: states (ISO 3166-1 alpha-2), the five
 * organizations named in EST 10, the UN Security Council, and free-form outside actors (`x:...`).
 */
import { ISO_3166_ALPHA2 } from './iso3166.ts';

/** The five international organizations named in EST 10. */
export const ORGANIZATION_IDS = ['EU', 'OSCE', 'CSTO', 'NATO', 'CIS'] as const;
export type OrganizationId = (typeof ORGANIZATION_IDS)[number];

/** The UN Security Council, the only actor of `unsc-measures`. */
export const SECURITY_COUNCIL = 'UNSC';

declare const entityBrand: unique symbol;
/** A valid entity identifier, created only by {@link parseEntityId} or {@link entityId}. */
export type EntityId = string & { readonly [entityBrand]: 'EntityId' };

export type EntityKind = 'state' | 'organization' | 'security-council' | 'outside-actor';

const ORGANIZATIONS: ReadonlySet<string> = new Set(ORGANIZATION_IDS);
const OUTSIDE_ACTOR = /^x:[a-z0-9][a-z0-9-]*$/;

/** The kind of a string that is an entity id, or null when it is none. */
export function kindOf(text: string): EntityKind | null {
  if (ISO_3166_ALPHA2.has(text)) return 'state';
  if (ORGANIZATIONS.has(text)) return 'organization';
  if (text === SECURITY_COUNCIL) return 'security-council';
  if (OUTSIDE_ACTOR.test(text)) return 'outside-actor';
  return null;
}

/** Returns `text` as an entity id if it is one, else null. */
export function parseEntityId(text: string): EntityId | null {
  return kindOf(text) === null ? null : (text as EntityId);
}

/** Like {@link parseEntityId} for literals in the treaty data: a bad literal is a bug, so it throws. */
export function entityId(text: string): EntityId {
  const id = parseEntityId(text);
  if (id === null) throw new TypeError(`not an entity id: ${text}`);
  return id;
}

/** True for an organization id. */
export function isOrganization(id: string): id is OrganizationId {
  return ORGANIZATIONS.has(id);
}
