/**
 * @module The findings of the December 2021 drafts beyond NRA 4: NATO accessions while the agreement
 * binds the members (NRA 6) or the United States (RUS-US 4(1)), and deployments where the drafts
 * bar any military activity: NATO members in the regions of NRA 7(1), the United States in the
 * former Soviet States outside NATO (RUS-US 4(2)). As for the other findings, nothing is refused:
 * an accession is a fact of the party registry, a deployment a fact the `deploy` act records.
 */
import { addDays } from '../treaty/dates.ts';
import type { IsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import { entityId, kindOf } from '../treaty/entities.ts';
import { MEMBERSHIPS, membersOn, resolvePartySet } from '../treaty/parties/index.ts';
import type { BarredRegion, Finding, FindingRule } from './findings.ts';
import type { State } from './state.ts';
import { inForceOn, isParty, paramOn } from './state.ts';
import { barredFrom } from './deployment-days.ts';

const US = entityId('US');

/** Whether a State is a NATO member on a day, from the dated memberships of the registry. */
const natoMember = (id: EntityId, date: IsoDate): boolean => membersOn('NATO', date).includes(id);

/**
 * The NATO accessions that take effect while the text is in force (after entry into force, up to the
 * day asked) and while `bound` says someone is bound to stop them: each State whose NATO membership
 * begins on such a day (the deposit of its instrument of accession), with that day.
 */
function accessionsWhileBound(
  state: State,
  asOf: IsoDate,
  bound: (joining: EntityId, on: IsoDate) => boolean,
): { readonly joining: EntityId; readonly on: IsoDate }[] {
  return MEMBERSHIPS.flatMap((m) => {
    const on = m.from as IsoDate;
    if (m.bloc !== 'NATO' || m.kind !== 'member' || on > asOf || !inForceOn(state, on)) return [];
    const joining = entityId(m.state);
    return bound(joining, on) ? [{ joining, on }] : [];
  });
}

/**
 * NRA 6: the NATO member States undertake to refrain from any further enlargement of NATO. An
 * accession is not an act of the agreement but a fact the party registry already holds: the dated
 * NATO membership of `MEMBERSHIPS` (the day the instrument of accession was deposited), which also
 * resolves `nato-on:DATE`. Each accession on a day the agreement is in force is a finding dated that
 * day, naming the State. The undertaking binds the members, not the Alliance: an accession needs the
 * consent of every member, so it is a finding only when a State that was a member the day before is
 * a Party on the day.
 */
const natoEnlargement: FindingRule = {
  id: 'nra6.enlargement',
  code: 'nato_enlargement',
  cites: 'nra.6',
  find: (state, asOf) => {
    if (state.treaty !== 'nra-2021') return [];
    const bound = (joining: EntityId, on: IsoDate): boolean =>
      membersOn('NATO', addDays(on, -1)).some((id) => id !== joining && isParty(state, id, on));
    return accessionsWhileBound(state, asOf, bound).map(({ joining, on }) => ({
      code: 'nato_enlargement',
      cite: 'nra.6',
      parties: [joining],
      on,
    }));
  },
};

/**
 * RUS-US 4(1): the United States undertakes to prevent any further eastward enlargement of NATO and
 * to deny membership to the States that were part of the USSR. The accessions are those of NRA 6,
 * from the registry; the one bound is the United States, so each accession on a day the treaty is in
 * force for it is a finding. Reading: every accession after entry into force is "further eastward
 * enlargement" (the Alliance lies west of Russia, and the text draws no line); the finding marks
 * whether the State was part of the USSR (`rus-us.4.formerUssr`, read on the day), the case the
 * second clause names expressly. The text binds the United States to an outcome, not to a vote:
 * what it did to prevent the accession is not recorded, and the accession alone is the finding.
 */
const eastwardEnlargement: FindingRule = {
  id: 'rus-us4.enlargement',
  code: 'eastward_enlargement',
  cites: 'rus-us.4.1',
  find: (state, asOf) => {
    if (state.treaty !== 'rus-us-2021') return [];
    const bound = (_joining: EntityId, on: IsoDate): boolean => isParty(state, US, on);
    return accessionsWhileBound(state, asOf, bound).map(({ joining, on }): Finding => {
      const ussr = paramOn(state, 'rus-us.4.formerUssr', on);
      return {
        code: 'eastward_enlargement',
        cite: 'rus-us.4.1',
        parties: [joining],
        on,
        ...(ussr === null ? {} : { formerSoviet: resolvePartySet(ussr, on).has(joining) }),
      };
    });
  },
};

type RegionParameter = 'nra.7.ukraine' | 'nra.7.easternEurope' | 'nra.7.southCaucasus' | 'nra.7.centralAsia';

/** NRA 7(1): each region and its parameter, in the order of the text. */
const REGIONS: readonly (readonly [BarredRegion, RegionParameter])[] = [
  ['ukraine', 'nra.7.ukraine'],
  ['eastern-europe', 'nra.7.easternEurope'],
  ['south-caucasus', 'nra.7.southCaucasus'],
  ['central-asia', 'nra.7.centralAsia'],
];
const REGION_PARAMS = REGIONS.map(([, id]) => id);

/** The first region of NRA 7(1) whose States (on the day) include the host; a region unset is empty. */
function regionOf(state: State, host: EntityId, date: IsoDate): BarredRegion | null {
  for (const [region, id] of REGIONS) {
    const set = paramOn(state, id, date);
    if (set !== null && resolvePartySet(set, date).has(host)) return region;
  }
  return null;
}

/**
 * NRA 7(1): the Parties that are NATO member States carry out no military activity on the territory
 * of Ukraine and the other States of Eastern Europe, the South Caucasus and Central Asia (the
 * regions, `nra.7.*`, are parameters read on the day). Any deployment is military activity, whether
 * temporary or permanent and whatever forces it counts, even none a source gave: the text sets no
 * threshold. Bound on a day is a State that is a NATO member that day (the registry) and a Party;
 * Russia, no member, is not bound. Forces named for no State (a mission) are attributed to none, and
 * a State's forces on its own territory are not "on the territory of other States". One finding per
 * deployment, dated its first day present while the agreement binds its deployer: as under NRA 4, a
 * deployment already there when the agreement enters into force (for the deployer) is a finding on
 * that day. It names the host (`parties`), the deployer (`deployedBy`), the deployment and the region;
 * it opens again if the deployer stops being bound and becomes bound again while the forces stay.
 */
const militaryActivityInBarredRegion: FindingRule = {
  id: 'nra7.activity',
  code: 'military_activity_in_barred_region',
  cites: 'nra.7.1',
  find: (state, asOf) => {
    if (state.treaty !== 'nra-2021') return [];
    return [...state.deployments.values()].flatMap((d) => {
      if (kindOf(d.by) !== 'state' || d.by === d.in || d.from > asOf) return [];
      const barred = (date: IsoDate): BarredRegion | null =>
        inForceOn(state, date) && isParty(state, d.by, date) && natoMember(d.by, date)
          ? regionOf(state, d.in, date)
          : null;
      return barredFrom(state, d, asOf, REGION_PARAMS, barred).map(({ on, what }): Finding => ({
        code: 'military_activity_in_barred_region',
        cite: 'nra.7.1',
        parties: [d.in],
        on,
        deployment: d.id,
        deployedBy: [d.by],
        region: what,
      }));
    });
  },
};

/**
 * RUS-US 4(2): on the territory of the former Soviet States that are not NATO members the United
 * States sets up no military bases and uses no infrastructure for any military activity. A US
 * deployment there is that activity, temporary or permanent, whatever forces it counts. The former
 * Soviet States are `rus-us.4.formerUssr`, read on the day; NATO membership is the registry's of the
 * day, so Estonia, Latvia and Lithuania (members since 2004) are outside the bar, and a State that
 * joined NATO would leave it. The bar binds the United States alone: Russia's forces there are no
 * finding. The third duty, no bilateral military cooperation, concerns no act the engine records. One
 * finding per deployment, dated its first day present while the treaty is in force for the United
 * States (a deployment already there at entry into force: on that day).
 */
const usMilitaryActivityInFormerUssr: FindingRule = {
  id: 'rus-us4.activity',
  code: 'us_military_activity_in_former_ussr',
  cites: 'rus-us.4.2',
  find: (state, asOf) => {
    if (state.treaty !== 'rus-us-2021') return [];
    return [...state.deployments.values()].flatMap((d) => {
      if (d.by !== US || d.in === US || d.from > asOf) return [];
      const barred = (date: IsoDate): true | null => {
        const ussr = paramOn(state, 'rus-us.4.formerUssr', date);
        return inForceOn(state, date) &&
          isParty(state, US, date) &&
          ussr !== null &&
          resolvePartySet(ussr, date).has(d.in) &&
          !natoMember(d.in, date)
          ? true
          : null;
      };
      return barredFrom(state, d, asOf, ['rus-us.4.formerUssr'], barred).map(({ on }): Finding => ({
        code: 'us_military_activity_in_former_ussr',
        cite: 'rus-us.4.2',
        parties: [d.in],
        on,
        deployment: d.id,
        deployedBy: [d.by],
      }));
    });
  },
};

export const FINDING_RULES_2021: readonly FindingRule[] = [
  natoEnlargement,
  militaryActivityInBarredRegion,
  eastwardEnlargement,
  usMilitaryActivityInFormerUssr,
];
