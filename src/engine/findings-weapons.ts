/**
 * @module The findings of the weapons articles of the December 2021 drafts, computed from the
 * deployments as NRA 4's are: NRA 5 (missiles within reach of another Party), RUS-US 6 (missiles
 * outside national territory, or at home within reach of the other Party) and RUS-US 7(1) (nuclear
 * weapons outside national territory). Each is a finding about one deployment, dated the first day
 * it is barred while the treaty is in force and its deployer a Party, and new when it is barred
 * again after a day it was not (the deployer withdrew and came back, a parameter changed). The
 * missiles are the launchers of `intermediateRangeMissiles` and `shorterRangeMissiles` (the INF
 * classes: `nra.5.ranges`, `rus-us.6.ranges`); whose territory they could reach is what the
 * deployment states (`reaches`), for the engine does no geography. Every parameter is read on each
 * day judged.
 */
import { addDays } from '../treaty/dates.ts';
import type { IsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import { kindOf } from '../treaty/entities.ts';
import { missilesOf, nuclearWeaponsOf } from '../treaty/forces.ts';
import type { ParameterId } from '../treaty/parameters/index.ts';
import { membersOn } from '../treaty/parties/index.ts';
import type { Finding, FindingRule } from './findings.ts';
import type { Deployment, State } from './state.ts';
import { inForceOn, isParty, paramOn } from './state.ts';
import { barredFrom } from './deployment-days.ts';

/** What the weapons findings say of the deployment they are about. */
interface AboutDeployment {
  readonly cite: string;
  /** The Party that deployed. */
  readonly parties: readonly EntityId[];
  readonly on: IsoDate;
  readonly deployment: string;
  /** Where the deployment stands. */
  readonly in: EntityId;
}

/** The findings of this module, as `Finding` lists them. */
export type WeaponsFinding =
  /** NRA 5: missiles where they could reach the territory of the other Parties named. */
  | (AboutDeployment & { readonly code: 'missiles_within_reach'; readonly reaches: readonly EntityId[] })
  /** RUS-US 6: missiles outside the deployer's national territory. */
  | (AboutDeployment & { readonly code: 'missiles_outside_territory' })
  /** RUS-US 6: missiles on the deployer's own territory where they could reach the other Party. */
  | (AboutDeployment & { readonly code: 'missiles_home_within_reach'; readonly reaches: readonly EntityId[] })
  /**
   * RUS-US 7(1): nuclear weapons outside national territory; `alreadyAbroad` when they were there
   * before the treaty came into force for the deployer, and are found once the day to bring them
   * home (`due`) has come.
   */
  | (AboutDeployment & {
      readonly code: 'nuclear_weapons_abroad';
      readonly alreadyAbroad: boolean;
      readonly due?: IsoDate;
    });

/** The first day of the period in which a state is a Party on a day, or null when it is none. */
function partySince(state: State, id: EntityId, date: IsoDate): IsoDate | null {
  const rec = state.entities.get(id);
  if (rec === undefined) return null;
  if (
    rec.inForceFrom !== null &&
    rec.inForceFrom <= date &&
    (rec.withdrawalEffective === null || date < rec.withdrawalEffective)
  )
    return rec.inForceFrom;
  return rec.previous.find((m) => m.inForceFrom <= date && date < m.withdrawalEffective)?.inForceFrom ?? null;
}

/** The first days of each period in which a state is a Party. */
function partyStarts(state: State, id: EntityId): IsoDate[] {
  const rec = state.entities.get(id);
  if (rec === undefined) return [];
  return [...rec.previous.map((m) => m.inForceFrom), ...(rec.inForceFrom === null ? [] : [rec.inForceFrom])];
}

/**
 * The findings about each deployment: `judge` says what is barred on a day the deployment stands (or
 * null), and a finding is made on each day it turns from nothing to something (`barredFrom`, on the
 * days that may change it and the rule's `moreDays`).
 */
function openings(
  state: State,
  asOf: IsoDate,
  params: readonly ParameterId[],
  judge: (d: Deployment, date: IsoDate) => WeaponsFinding | null,
  moreDays: (d: Deployment) => readonly IsoDate[] = () => [],
): Finding[] {
  return [...state.deployments.values()]
    .filter((d) => d.from <= asOf)
    .flatMap((d) => barredFrom(state, d, asOf, params, (date) => judge(d, date), moreDays(d)))
    .map(({ what }) => what);
}

/** A state bound on a day: the treaty in force and the state a Party. */
const bound = (state: State, d: Deployment, date: IsoDate): boolean =>
  inForceOn(state, date) && kindOf(d.by) === 'state' && isParty(state, d.by, date);

/** Whether a deployment counts on a day under a `countTemporary` parameter (null: unset, it does not). */
const counts = (d: Deployment, countTemporary: boolean | null): boolean =>
  countTemporary !== null && (d.permanent || countTemporary);

/**
 * The Parties a deployment states its missiles could reach, sorted: not the deployer, nor the host,
 * whose territory is where they stand rather than what they reach from it.
 */
function reachedParties(state: State, d: Deployment, date: IsoDate): EntityId[] {
  return [...new Set(d.reaches ?? [])]
    .filter((x) => x !== d.by && x !== d.in && isParty(state, x, date))
    .sort();
}

const NRA_5 = ['nra.5.ranges', 'nra.5.reachOf', 'nra.5.countTemporary'] as const;

/**
 * NRA 5: no Party may deploy ground-launched intermediate- or shorter-range missiles in areas from
 * which they could reach the territory of the other Parties. A deployment of a Party with missiles
 * is a finding on the days the States it says they could reach include another Party: any Party
 * but the deployer (`nra.5.reachOf=other-parties`, the letter of the text, allies included) or only
 * one of the other side, a NATO member for Russia and Russia for a NATO member (`other-side`). It
 * makes no difference where the missiles stand: at home or abroad. Temporary deployments count
 * when `nra.5.countTemporary` says so.
 */
const missilesWithinReach: FindingRule = {
  id: 'nra5.withinReach',
  code: 'missiles_within_reach',
  cites: 'nra.5',
  find: (state, asOf) => {
    if (state.treaty !== 'nra-2021') return [];
    return openings(state, asOf, NRA_5, (d, date) => {
      if (!bound(state, d, date) || missilesOf(d.forces) === 0 || d.reaches === undefined) return null;
      const [ranges, reachOf, countTemporary] = [
        paramOn(state, 'nra.5.ranges', date),
        paramOn(state, 'nra.5.reachOf', date),
        paramOn(state, 'nra.5.countTemporary', date),
      ];
      if (ranges === null || reachOf === null || !counts(d, countTemporary)) return null;
      const nato = new Set(membersOn('NATO', date));
      const reaches = reachedParties(state, d, date).filter(
        (x) => reachOf === 'other-parties' || nato.has(x) !== nato.has(d.by),
      );
      if (reaches.length === 0) return null;
      return {
        code: 'missiles_within_reach',
        cite: 'nra.5',
        parties: [d.by],
        on: date,
        deployment: d.id,
        in: d.in,
        reaches,
      };
    });
  },
};

const RUS_US_6 = ['rus-us.6.ranges', 'rus-us.6.countTemporary'] as const;

/** RUS-US 6: whether a deployment's missiles are judged on a day (the Party bound, the reading set). */
function rusUs6Judged(state: State, d: Deployment, date: IsoDate): boolean {
  return (
    bound(state, d, date) &&
    missilesOf(d.forces) > 0 &&
    paramOn(state, 'rus-us.6.ranges', date) !== null &&
    counts(d, paramOn(state, 'rus-us.6.countTemporary', date))
  );
}

/**
 * RUS-US 6, first limb: neither Party may deploy ground-launched intermediate- or shorter-range
 * missiles outside its national territory. Any such deployment of a Party abroad is a finding,
 * whatever it could reach (the Philippines count as much as Germany).
 */
const missilesOutsideTerritory: FindingRule = {
  id: 'rusus6.abroad',
  code: 'missiles_outside_territory',
  cites: 'rus-us.6',
  find: (state, asOf) => {
    if (state.treaty !== 'rus-us-2021') return [];
    return openings(state, asOf, RUS_US_6, (d, date) =>
      d.in !== d.by && rusUs6Judged(state, d, date)
        ? {
            code: 'missiles_outside_territory',
            cite: 'rus-us.6',
            parties: [d.by],
            on: date,
            deployment: d.id,
            in: d.in,
          }
        : null,
    );
  },
};

/**
 * RUS-US 6, second limb: nor in the areas of its own territory from which they could strike the
 * territory of the other Party. A deployment at home is a finding when the States it says its
 * missiles could reach include the other Party; one within reach of third States only is not.
 */
const missilesHomeWithinReach: FindingRule = {
  id: 'rusus6.homeWithinReach',
  code: 'missiles_home_within_reach',
  cites: 'rus-us.6',
  find: (state, asOf) => {
    if (state.treaty !== 'rus-us-2021') return [];
    return openings(state, asOf, RUS_US_6, (d, date) => {
      if (d.in !== d.by || d.reaches === undefined || !rusUs6Judged(state, d, date)) return null;
      const reaches = reachedParties(state, d, date);
      return reaches.length === 0
        ? null
        : {
            code: 'missiles_home_within_reach',
            cite: 'rus-us.6',
            parties: [d.by],
            on: date,
            deployment: d.id,
            in: d.in,
            reaches,
          };
    });
  },
};

const RUS_US_7 = ['rus-us.7.countTemporary', 'rus-us.7.returnDays'] as const;

/**
 * RUS-US 7(1): neither Party may deploy nuclear weapons outside its national territory, and those
 * deployed there when the treaty comes into force are to be brought home. A deployment of nuclear
 * weapons abroad that begins while its deployer is a Party is a finding on its first day; one that
 * stood abroad before (the weapons kept in allied States under NATO's nuclear sharing) is a finding
 * if it is still there on the day they are due home: `rus-us.7.returnDays` after the treaty came into
 * force for the deployer (read on that day; 0, the text setting no period, makes it that very day).
 * Temporary deployments count when `rus-us.7.countTemporary` says so.
 */
const nuclearWeaponsAbroad: FindingRule = {
  id: 'rusus7.abroad',
  code: 'nuclear_weapons_abroad',
  cites: 'rus-us.7.1',
  find: (state, asOf) => {
    if (state.treaty !== 'rus-us-2021') return [];
    const dueAfter = (since: IsoDate): IsoDate | null => {
      const days = paramOn(state, 'rus-us.7.returnDays', since);
      return days === null ? null : addDays(since, days);
    };
    return openings(
      state,
      asOf,
      RUS_US_7,
      (d, date) => {
        if (!bound(state, d, date) || d.in === d.by || nuclearWeaponsOf(d.forces) === 0) return null;
        if (!counts(d, paramOn(state, 'rus-us.7.countTemporary', date))) return null;
        const since = partySince(state, d.by, date);
        if (since === null) return null;
        const about = { cite: 'rus-us.7.1', parties: [d.by], on: date, deployment: d.id, in: d.in };
        if (d.from >= since) return { code: 'nuclear_weapons_abroad', ...about, alreadyAbroad: false };
        const due = dueAfter(since);
        return due === null || date < due
          ? null
          : { code: 'nuclear_weapons_abroad', ...about, alreadyAbroad: true, due };
      },
      (d) => partyStarts(state, d.by).flatMap((since) => dueAfter(since) ?? []),
    );
  },
};

/** The finding rules of the weapons articles, in the order `FINDING_RULES` lists them. */
export const WEAPONS_FINDING_RULES: readonly FindingRule[] = [
  missilesWithinReach,
  missilesOutsideTerritory,
  missilesHomeWithinReach,
  nuclearWeaponsAbroad,
];
