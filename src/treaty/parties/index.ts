/**
 * @module The party registry: who exists, who belongs to which bloc on a given day, and the named
 * presets of shared party sets (`osce-2009`, `nato-2009`, ...), all as of the day asked.
 */
import type { Localized } from '../common.ts';
import { isoDate, parseIsoDate } from '../dates.ts';
import type { IsoDate } from '../dates.ts';
import { ORGANIZATION_IDS, entityId, isOrganization, kindOf } from '../entities.ts';
import type { EntityId } from '../entities.ts';
import { MEMBERSHIPS } from './memberships.ts';
import { ORGANIZATIONS } from './organizations.ts';
import { STATES } from './states.ts';
import { UNSC_FIRST_YEAR, UNSC_LAST_YEAR, unscMembersOf } from './unsc.ts';
import type { BlocId, MembershipData, MembershipKind, OrganizationData, StateData } from './types.ts';

export type { BlocId, MembershipData, MembershipKind, OrganizationData, StateData } from './types.ts';
export { BLOC_IDS } from './types.ts';
export { MEMBERSHIPS, ORGANIZATIONS, STATES };
export type { ElectedTerm } from './unsc.ts';
export { ELECTED_TERMS, PERMANENT_MEMBERS, UNSC_FIRST_YEAR, UNSC_LAST_YEAR, unscMembersOf } from './unsc.ts';

/** The day the EST draft was published; the presets describe the world on that day. */
export const PRESET_DATE: IsoDate = isoDate('2009-11-29');

const stateById = new Map<string, StateData>(STATES.map((s) => [s.id, s]));
const organizationById = new Map<string, OrganizationData>(ORGANIZATIONS.map((o) => [o.id, o]));

/** The registry entry of a state, if it is one of the OSCE states we describe. */
export function state(id: string): StateData | undefined {
  return stateById.get(id);
}

/** The registry entry of one of the five organizations. */
export function organization(id: string): OrganizationData | undefined {
  return organizationById.get(id);
}

/** A display name for any entity id: registry name, the Security Council, or the id itself. */
export function entityName(id: string, lang: keyof Localized = 'en'): string {
  const entry = stateById.get(id) ?? organizationById.get(id);
  if (entry) return entry.name[lang];
  if (kindOf(id) === 'security-council')
    return lang === 'ru' ? 'Совет Безопасности ООН' : 'UN Security Council';
  return id;
}

function holdsOn(m: { from: string; to: string | null }, date: IsoDate): boolean {
  return m.from <= date && (m.to === null || date < m.to);
}

/**
 * The states that belong to a bloc on a day, sorted by id. OSCE participation comes from the state
 * registry; the other blocs from dated memberships, full members only unless `kinds` says otherwise.
 */
export function membersOn(
  bloc: BlocId,
  date: IsoDate,
  kinds: readonly MembershipKind[] = ['member'],
): readonly EntityId[] {
  const ids =
    bloc === 'OSCE'
      ? STATES.filter((s) => s.osceSince <= date).map((s) => s.id)
      : MEMBERSHIPS.filter((m) => m.bloc === bloc && kinds.includes(m.kind) && holdsOn(m, date)).map(
          (m) => m.state,
        );
  return [...new Set(ids)].sort().map(entityId);
}

/** Every dated membership of a state, oldest first. */
export function membershipsOf(id: string): readonly MembershipData[] {
  return MEMBERSHIPS.filter((m) => m.state === id).sort((a, b) => a.from.localeCompare(b.from));
}

/** The first day a state became a full member of a bloc, or null if it never was one. */
export function firstJoined(id: string, bloc: Exclude<BlocId, 'OSCE'>): IsoDate | null {
  const first = membershipsOf(id).find((m) => m.bloc === bloc && m.kind === 'member');
  return first ? isoDate(first.from) : null;
}

/** Named party sets of shared/DESIGN.md §2, as of {@link PRESET_DATE}. */
export const PRESET_IDS = [
  'osce-2009',
  'osce-2009+orgs',
  'nato-2009',
  'nrc-2009',
  'eu-2009',
  'csto-2009',
  'cis-2009',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

const sorted = (ids: readonly EntityId[]): readonly EntityId[] => [...ids].sort();

export const PRESETS: Readonly<Record<PresetId, readonly EntityId[]>> = {
  'osce-2009': membersOn('OSCE', PRESET_DATE),
  'osce-2009+orgs': sorted([...membersOn('OSCE', PRESET_DATE), ...ORGANIZATION_IDS.map(entityId)]),
  'nato-2009': membersOn('NATO', PRESET_DATE),
  'nrc-2009': sorted([...membersOn('NATO', PRESET_DATE), entityId('RU')]),
  'eu-2009': membersOn('EU', PRESET_DATE),
  'csto-2009': membersOn('CSTO', PRESET_DATE),
  'cis-2009': membersOn('CIS', PRESET_DATE),
};

export function isPresetId(text: string): text is PresetId {
  return (PRESET_IDS as readonly string[]).includes(text);
}

const NATO_JOINED_AFTER = 'nato-joined-after:';
const NATO_ON = 'nato-on:';
const OSCE_ON = 'osce-on:';
const UNSC_YEAR = /^unsc-(\d{4})$/;
/** The Security Council of the year of the day asked. */
const UNSC_OF_YEAR = 'unsc';
/** The OSCE participating States on the day asked (57 from Mongolia's admission, 2012-11-21). */
const OSCE_OF_DAY = 'osce';
/** The same, with the five organizations EST 10 names. */
const OSCE_OF_DAY_ORGS = 'osce+orgs';
/** The items resolved on the day asked, with no date of their own. */
const OF_THE_DAY: readonly string[] = [UNSC_OF_YEAR, OSCE_OF_DAY, OSCE_OF_DAY_ORGS];

/**
 * A set of parties as a parameter or a scenario gives it: a preset id, a dynamic selector, or a list
 * of entity ids and preset ids. Selectors: `nato-joined-after:YYYY-MM-DD` (NATO members on the day
 * asked that joined after that date), `nato-on:YYYY-MM-DD` and `osce-on:YYYY-MM-DD` (NATO members,
 * OSCE participating States, on that date), `osce` and `osce+orgs` (the OSCE participating States
 * of the day asked, the second with the five organizations of EST 10), `unsc-YYYY` (the fifteen
 * members of the Security Council that year, 2008-2026) and `unsc` (the Council of the year of the
 * day asked).
 */
export type PartySet = string | readonly string[];

/** The date of a `prefix:YYYY-MM-DD` selector, or null when the item is not one. */
function selectorDate(item: string, prefix: string): IsoDate | null {
  return item.startsWith(prefix) ? parseIsoDate(item.slice(prefix.length)) : null;
}

function unscYear(item: string): number | null {
  const m = UNSC_YEAR.exec(item);
  return m ? Number(m[1]) : null;
}

/** Why a party set is not well formed, or null when it is. */
export function partySetProblem(value: PartySet): string | null {
  const items = typeof value === 'string' ? [value] : value;
  for (const item of items) {
    if (isPresetId(item) || canBeParty(item)) continue;
    if (kindOf(item) !== null) return `${item} cannot be a Party: only states and the five organizations can`;
    if ([NATO_JOINED_AFTER, NATO_ON, OSCE_ON].some((prefix) => selectorDate(item, prefix) !== null)) continue;
    if (OF_THE_DAY.includes(item)) continue;
    const year = unscYear(item);
    if (year !== null) {
      if (year >= UNSC_FIRST_YEAR && year <= UNSC_LAST_YEAR) continue;
      return `'${item}': the Security Council is known for ${UNSC_FIRST_YEAR}-${UNSC_LAST_YEAR} only`;
    }
    return `'${item}' is neither a party id, a preset (${PRESET_IDS.join(', ')}) nor nato-joined-after:YYYY-MM-DD (or nato-on:YYYY-MM-DD, osce-on:YYYY-MM-DD, osce, osce+orgs, unsc-YYYY, unsc)`;
  }
  return null;
}

/** The members of a well-formed party set on a day (presets do not move; the selectors may). */
export function resolvePartySet(value: PartySet, date: IsoDate): ReadonlySet<EntityId> {
  const out = new Set<EntityId>();
  for (const item of typeof value === 'string' ? [value] : value) {
    const natoOn = selectorDate(item, NATO_ON);
    const osceOn = selectorDate(item, OSCE_ON);
    const year = item === UNSC_OF_YEAR ? Number(date.slice(0, 4)) : unscYear(item);
    if (isPresetId(item)) for (const id of PRESETS[item]) out.add(id);
    else if (item === OSCE_OF_DAY || item === OSCE_OF_DAY_ORGS) {
      for (const id of membersOn('OSCE', date)) out.add(id);
      if (item === OSCE_OF_DAY_ORGS) for (const id of ORGANIZATION_IDS) out.add(entityId(id));
    } else if (natoOn !== null) for (const id of membersOn('NATO', natoOn)) out.add(id);
    else if (osceOn !== null) for (const id of membersOn('OSCE', osceOn)) out.add(id);
    else if (year !== null) for (const id of unscMembersOf(year)) out.add(entityId(id));
    else if (item.startsWith(NATO_JOINED_AFTER)) {
      const after = isoDate(item.slice(NATO_JOINED_AFTER.length));
      for (const id of membersOn('NATO', date)) {
        const joined = firstJoined(id, 'NATO');
        if (joined !== null && joined > after) out.add(id);
      }
    } else out.add(entityId(item));
  }
  return out;
}

/** True when the entity is a state or one of the five organizations (the two kinds that can be Parties). */
export function canBeParty(id: string): boolean {
  return kindOf(id) === 'state' || isOrganization(id);
}
