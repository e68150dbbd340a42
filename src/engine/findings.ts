/**
 * @module Findings: what the engine notes without refusing anything. They are derived from the state
 * as of a day, not stored, because some arise from the mere passing of time (an unreported assistance
 * becomes overdue; a state becomes a NATO member while foreign forces are on its soil).
 */
import type { FindingCode } from '../treaty/codes.ts';
import { addDays } from '../treaty/dates.ts';
import type { IsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import { kindOf } from '../treaty/entities.ts';
import type { ForceKind } from '../treaty/forces.ts';
import type { Thresholds } from '../treaty/parameters/index.ts';
import { MEMBERSHIPS, membersOn, resolvePartySet } from '../treaty/parties/index.ts';
import type { ProvisionId } from '../treaty/provisions/index.ts';
import { FINDING_RULES_2021 } from './findings-2021.ts';
import type { WeaponsFinding } from './findings-weapons.ts';
import { WEAPONS_FINDING_RULES } from './findings-weapons.ts';
import type { Deployment, State } from './state.ts';
import { inForceOn, isParty, paramOn } from './state.ts';
import { standingDays } from './deployment-days.ts';

export interface Exceeded {
  readonly kind: ForceKind;
  readonly count: number;
  readonly threshold: number;
}

interface FindingBase {
  /** Provision id in the engine; the outcome replaces it with the citation (`NRC 4`). */
  readonly cite: string;
  readonly parties: readonly EntityId[];
  readonly on: IsoDate;
}

export type Finding =
  | (FindingBase & { readonly code: 'possible_incompatibility'; readonly obligation: string })
  | (FindingBase & {
      readonly code: 'unreported_assistance';
      /** The Extraordinary Conference (or council) of the attack; absent when there was none. */
      readonly procedure?: string;
      /** The attack the victim declared, for assistance no conference dealt with (EST 7(2)). */
      readonly attack?: string;
      readonly assisted: EntityId;
      readonly due: IsoDate;
    })
  | (FindingBase & {
      readonly code: 'substantial_combat_forces';
      readonly exceeded: readonly Exceeded[];
      readonly deployedBy: readonly EntityId[];
    })
  | (FindingBase & {
      readonly code: 'forces_beyond_1997_baseline';
      readonly deployedBy: readonly EntityId[];
      /** Whether forces of the bound States stood in the host on 27 May 1997 (`nra.4.baseline`). */
      readonly baselineHost: boolean;
    })
  /** NRA 6: a State joined NATO (`parties` names it) on the day its accession took effect. */
  | (FindingBase & { readonly code: 'nato_enlargement' })
  /**
   * NRA 7(1): forces of a NATO member State that is a Party in a State of the barred regions
   * (`parties` names the host), one finding per deployment (`findings-2021.ts`).
   */
  | (FindingBase & {
      readonly code: 'military_activity_in_barred_region';
      readonly deployment: string;
      readonly deployedBy: readonly EntityId[];
      readonly region: BarredRegion;
    })
  /**
   * RUS-US 4(1): a State joined NATO (`parties` names it) while the United States was bound to
   * prevent it; `formerSoviet` tells whether it was part of the USSR (`rus-us.4.formerUssr`), and is
   * absent when that parameter is unset on the day.
   */
  | (FindingBase & { readonly code: 'eastward_enlargement'; readonly formerSoviet?: boolean })
  /**
   * RUS-US 4(2): US forces in a former Soviet State outside NATO (`parties` names the host), one
   * finding per deployment.
   */
  | (FindingBase & {
      readonly code: 'us_military_activity_in_former_ussr';
      readonly deployment: string;
      readonly deployedBy: readonly EntityId[];
    })
  /** NRA 5, RUS-US 6 and 7(1): missiles and nuclear weapons (`findings-weapons.ts`). */
  | WeaponsFinding;

/** The regions of NRA 7(1), each a parameter (`nra.7.ukraine`, `nra.7.easternEurope`, ...). */
export type BarredRegion = 'ukraine' | 'eastern-europe' | 'south-caucasus' | 'central-asia';

export interface FindingRule {
  readonly id: string;
  readonly code: FindingCode;
  readonly cites: ProvisionId;
  readonly also?: readonly string[];
  readonly find: (state: State, asOf: IsoDate) => Finding[];
}

/**
 * EST 9(3), with 9(2): an obligation a Party takes on while the Treaty is in force for it may be
 * incompatible; one taken before (including before signature) is covered by 9(2) and not flagged.
 */
const possibleIncompatibility: FindingRule = {
  id: 'est9.newObligation',
  code: 'possible_incompatibility',
  cites: 'est.9.3',
  also: ['est.9.2'],
  find: (state, asOf) =>
    state.obligations
      .filter((o) => o.on <= asOf && isParty(state, o.by, o.on))
      .map((o) => ({
        code: 'possible_incompatibility',
        cite: 'est.9.3',
        parties: [o.by],
        on: o.on,
        obligation: o.obligation,
      })),
};

/**
 * EST 7(2), and in the same words NAT 5(2) and UN Charter 51: measures taken in self-defence are
 * reported to the Security Council at once. Assistance with no report by the same Party within the
 * treaty's report days is a finding dated the first day it is overdue (so it appears only once that
 * day has come), citing the treaty under which it was given. Under the EST non-military aid counts
 * too when `assistance.reportNonMilitary` says so; under NAT 5 and UN 51 only military assistance is
 * a measure of self-defence.
 */
const unreportedAssistance: FindingRule = {
  id: 'est7.report',
  code: 'unreported_assistance',
  cites: 'est.7.2',
  also: ['nat.5.2', 'un.51'],
  find: (state, asOf) => {
    // The report days and reading in force on the day the assistance was given.
    const regime: {
      readonly days: 'nat.reportDays' | 'un.reportDays' | 'assistance.reportDays';
      readonly nonMilitary: 'assistance.reportNonMilitary' | null;
      readonly cite: string;
    } =
      state.treaty === 'nat-1949'
        ? { days: 'nat.reportDays', nonMilitary: null, cite: 'nat.5.2' }
        : state.treaty === 'un-1945'
          ? { days: 'un.reportDays', nonMilitary: null, cite: 'un.51' }
          : { days: 'assistance.reportDays', nonMilitary: 'assistance.reportNonMilitary', cite: 'est.7.2' };
    const out: Finding[] = [];
    // Assistance is recorded under the conference of the attack, or, when none dealt with it, under
    // the attack its victim declared (EST 7(2)); a report on either record of it counts.
    const cases = [
      ...[...state.procedures.values()].flatMap((p) =>
        p.kind === 'extraordinary-conference' || p.kind === 'council' ? [{ procedure: p.id, of: p }] : [],
      ),
      ...[...state.attacks.values()].map((a) => ({ attack: a.id, of: a })),
    ];
    for (const { of, ...where } of cases) {
      for (const a of of.assistance) {
        const days = paramOn(state, regime.days, a.on);
        if (days === null) continue;
        const nonMilitary = regime.nonMilitary !== null && paramOn(state, regime.nonMilitary, a.on) === true;
        if (!a.military && !nonMilitary) continue;
        const due = addDays(a.on, days);
        if (asOf <= due) continue;
        if (of.reports.some((r) => r.by === a.by && r.on >= a.on && r.on <= due)) continue;
        out.push({
          code: 'unreported_assistance',
          cite: regime.cite,
          parties: [a.by],
          on: addDays(due, 1),
          ...where,
          assisted: a.to,
          due,
        });
      }
    }
    return out;
  },
};

type Totals = Partial<Record<ForceKind, number>>;

/**
 * NRC 4: for each target host, add up what the states bound by the agreement (less the exempt) have
 * deployed there; a count above its threshold is substantial. The article binds the Parties to it:
 * a state's forces count on the days it is a Party or a member of the Alliance, so forces of a
 * state that is neither (Sweden in Estonia before it joined NATO, say) are no breach; forces named
 * for no state (a mission such as `x:baltic-air-policing`) count. The finding is dated
 * the first day the bound forces exceed a threshold while the agreement is in force, names the host
 * (`parties`) and the Parties whose forces are there (`deployedBy`), and a new one opens if forces
 * fall back and exceed again. The host's own forces never count; temporary deployments count when
 * `scf.countTemporary` says so. Every `scf.*` parameter is read on each day judged (its value in
 * force that day), so a reading that changes on a day (the 1997 pledge's permanent stationing, the
 * 2009 draft's temporary deployments too) changes the count from that day.
 */
const substantialCombatForces: FindingRule = {
  id: 'nrc4.scf',
  code: 'substantial_combat_forces',
  cites: 'nrc.4',
  also: ['nrc.4.scf', 'nrc.4.temporary', 'nrc.4.targets', 'nrc.4.exempt'],
  find: (state, asOf) => {
    if (state.treaty !== 'nrc-2009') return [];
    const SCF = ['scf.thresholds', 'scf.targets', 'scf.exempt', 'scf.countTemporary'] as const;
    // The host's own forces never count; the rest is judged day by day below.
    const counts = (d: Deployment): boolean => d.by !== d.in && d.from <= asOf;

    // Change points: deployments starting or ending, entry into force, NATO membership changes
    // (the target set moves with them), and the days the scf parameters change.
    const starts = new Map<IsoDate, Deployment[]>();
    const ends = new Map<IsoDate, Deployment[]>();
    const add = (m: Map<IsoDate, Deployment[]>, date: IsoDate, d: Deployment): void => {
      const list = m.get(date);
      if (list) list.push(d);
      else m.set(date, [d]);
    };
    for (const d of state.deployments.values()) {
      if (!counts(d)) continue;
      add(starts, d.from, d);
      if (d.to !== null && d.to <= asOf) add(ends, d.to, d);
    }
    const global = new Set<IsoDate>();
    if (state.entryIntoForce !== null) global.add(state.entryIntoForce);
    for (const id of SCF) for (const step of state.parameters[id]) global.add(step.since);
    for (const m of MEMBERSHIPS) {
      if (m.bloc !== 'NATO') continue;
      global.add(m.from as IsoDate);
      if (m.to !== null) global.add(m.to as IsoDate);
    }

    // Who is bound changes when a state becomes or stops being a Party, or joins or leaves NATO.
    for (const rec of state.entities.values()) {
      if (rec.inForceFrom !== null) global.add(rec.inForceFrom);
      if (rec.withdrawalEffective !== null) global.add(rec.withdrawalEffective);
      for (const m of rec.previous) global.add(m.inForceFrom).add(m.withdrawalEffective);
    }
    const dates = [...new Set([...starts.keys(), ...ends.keys(), ...global])].filter((d) => d <= asOf).sort();

    const present = new Map<EntityId, Set<Deployment>>();
    const open = new Set<EntityId>();
    const out: Finding[] = [];
    let targets: ReadonlySet<EntityId> | null = null;
    let allies: ReadonlySet<EntityId> = new Set();
    /** The scf reading of the day (null while one of its parameters is unset: nothing is judged). */
    let reading: {
      readonly thresholds: Thresholds;
      readonly exempt: ReadonlySet<EntityId>;
      readonly countTemporary: boolean;
    } | null = null;
    // A state counts on the days it is a Party or an Ally. Forces named for no state (a mission such
    // as x:baltic-air-policing, flown by Allies in turn, or an organization) count as before.
    const bound = (by: EntityId, date: IsoDate): boolean =>
      kindOf(by) !== 'state' || isParty(state, by, date) || allies.has(by);
    const move = (d: Deployment, sign: 1 | -1): void => {
      const here = present.get(d.in) ?? new Set();
      if (sign === 1) here.add(d);
      else here.delete(d);
      present.set(d.in, here);
    };
    /** The forces in a host of the states bound on a day, by kind, and who they are. */
    const totalsIn = (host: EntityId, date: IsoDate): { totals: Totals; by: EntityId[] } => {
      const totals: Totals = {};
      const by = new Set<EntityId>();
      for (const d of present.get(host) ?? []) {
        if (!bound(d.by, date) || reading === null || reading.exempt.has(d.by)) continue;
        if (!d.permanent && !reading.countTemporary) continue;
        by.add(d.by);
        for (const [kind, n] of Object.entries(d.forces) as [ForceKind, number][])
          totals[kind] = (totals[kind] ?? 0) + n;
      }
      return { totals, by: [...by].sort() };
    };

    for (const date of dates) {
      const touched = new Set<EntityId>();
      // Starts before ends, so a deployment that begins and ends on one day leaves no trace.
      for (const d of starts.get(date) ?? []) {
        move(d, 1);
        touched.add(d.in);
      }
      for (const d of ends.get(date) ?? []) {
        move(d, -1);
        touched.add(d.in);
      }
      if (targets === null || global.has(date)) {
        const [thresholds, targetsSet, exemptSet, countTemporary] = [
          paramOn(state, 'scf.thresholds', date),
          paramOn(state, 'scf.targets', date),
          paramOn(state, 'scf.exempt', date),
          paramOn(state, 'scf.countTemporary', date),
        ];
        reading =
          thresholds && exemptSet && countTemporary !== null
            ? { thresholds, exempt: resolvePartySet(exemptSet, date), countTemporary }
            : null;
        targets = targetsSet ? resolvePartySet(targetsSet, date) : new Set();
        allies = new Set(membersOn('NATO', date));
        for (const host of present.keys()) touched.add(host);
      }
      const inForce = inForceOn(state, date);
      for (const host of touched) {
        const { totals: t, by } = totalsIn(host, date);
        const exceeded: Exceeded[] = [];
        for (const [kind, threshold] of Object.entries(reading?.thresholds ?? {}) as [
          ForceKind,
          number | null,
        ][]) {
          const count = t[kind] ?? 0;
          if (threshold !== null && count > threshold) exceeded.push({ kind, count, threshold });
        }
        const isOver = inForce && targets.has(host) && exceeded.length > 0;
        if (isOver && !open.has(host)) {
          open.add(host);
          out.push({
            code: 'substantial_combat_forces',
            cite: 'nrc.4',
            parties: [host],
            on: date,
            exceeded,
            deployedBy: by,
          });
        } else if (!isOver) open.delete(host);
      }
    }
    return out;
  },
};

/** The day NRA 4 freezes: the forces stationed on it are the baseline. */
const NRA_BASELINE_DAY = '1997-05-27' as IsoDate;

/**
 * NRA 4(1): a deployment of a bound State (`nra.4.bound`, on the days it is a Party) that began after
 * 27 May 1997 on the territory of a European State (`nra.4.europe`) that is "other"
 * (`nra.4.otherStates`: outside the bound group, or only not the deployer) is in addition to the
 * forces stationed there that day. A deployment that began on or before that day is the baseline
 * itself. Temporary deployments count when `nra.4.countTemporary` says so; a deployment that counts
 * no forces of any kind (a record whose figures no source gave) is not counted; forces named for no
 * state (a mission) are not attributed to any bound State. The text sets no figure, so any such
 * forces are a finding: dated the first day they are present while the agreement is in force, naming
 * the host (`parties`) and the bound States there (`deployedBy`), and new if the forces leave and
 * return. Where forces stood on 27 May 1997 (`nra.4.baseline`) the model has no figures for them, so
 * the finding is marked `baselineHost`: a later deployment there may only replace them. The consent
 * exception of NRA 4(2) is not modelled. The parameters are read on each day judged.
 */
const forcesBeyond1997Baseline: FindingRule = {
  id: 'nra4.beyond1997',
  code: 'forces_beyond_1997_baseline',
  cites: 'nra.4.1',
  find: (state, asOf) => {
    if (state.treaty !== 'nra-2021') return [];
    const PARAMS = [
      'nra.4.bound',
      'nra.4.europe',
      'nra.4.otherStates',
      'nra.4.countTemporary',
      'nra.4.baseline',
    ] as const;
    const later = [...state.deployments.values()].filter((d) => d.from > NRA_BASELINE_DAY && d.from <= asOf);
    const days = standingDays(state, PARAMS);
    for (const d of later) {
      days.add(d.from);
      if (d.to !== null && d.to <= asOf) days.add(d.to);
    }

    /** The bound States with counted forces in each host on a day. */
    const presentOn = (date: IsoDate): Map<EntityId, Set<EntityId>> => {
      const present = new Map<EntityId, Set<EntityId>>();
      const [boundSet, europeSet, other, countTemporary] = [
        paramOn(state, 'nra.4.bound', date),
        paramOn(state, 'nra.4.europe', date),
        paramOn(state, 'nra.4.otherStates', date),
        paramOn(state, 'nra.4.countTemporary', date),
      ];
      if (!inForceOn(state, date) || !boundSet || !europeSet || other === null || countTemporary === null)
        return present;
      const bound = resolvePartySet(boundSet, date);
      const europe = resolvePartySet(europeSet, date);
      for (const d of later) {
        if (d.from > date || (d.to !== null && d.to <= date)) continue;
        if (kindOf(d.by) !== 'state' || !bound.has(d.by) || !isParty(state, d.by, date)) continue;
        if (!europe.has(d.in) || d.in === d.by) continue;
        if (other === 'outside-bound' && bound.has(d.in)) continue;
        if (!d.permanent && !countTemporary) continue;
        if (!Object.values(d.forces).some((n) => n > 0)) continue;
        const here = present.get(d.in) ?? new Set<EntityId>();
        here.add(d.by);
        present.set(d.in, here);
      }
      return present;
    };

    const open = new Set<EntityId>();
    const out: Finding[] = [];
    for (const date of [...days].filter((d) => d <= asOf).sort()) {
      const present = presentOn(date);
      const baselineSet = paramOn(state, 'nra.4.baseline', date);
      const baseline = baselineSet ? resolvePartySet(baselineSet, date) : new Set<EntityId>();
      for (const [host, by] of present) {
        if (open.has(host)) continue;
        open.add(host);
        out.push({
          code: 'forces_beyond_1997_baseline',
          cite: 'nra.4.1',
          parties: [host],
          on: date,
          deployedBy: [...by].sort(),
          baselineHost: baseline.has(host),
        });
      }
      for (const host of [...open]) if (!present.has(host)) open.delete(host);
    }
    return out;
  },
};

export const FINDING_RULES: readonly FindingRule[] = [
  possibleIncompatibility,
  unreportedAssistance,
  substantialCombatForces,
  forcesBeyond1997Baseline,
  // NRA 6, NRA 7(1), RUS-US 4.
  ...FINDING_RULES_2021,
  ...WEAPONS_FINDING_RULES,
];

/** All findings as of a day, by date, then code, then party. */
export function findingsAsOf(state: State, asOf: IsoDate): Finding[] {
  return FINDING_RULES.flatMap((r) => r.find(state, asOf)).sort(
    (a, b) =>
      a.on.localeCompare(b.on) ||
      a.code.localeCompare(b.code) ||
      a.parties.join().localeCompare(b.parties.join()),
  );
}
