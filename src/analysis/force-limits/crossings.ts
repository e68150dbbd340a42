/**
 * @module From deployments to the engine and back, for NRC 4 (2009): a reading's acts and
 * parameters, the engine's `substantial_combat_forces` findings, and the deployments behind each
 * crossing. Also what every reading shares: the counterfactual assumptions (the day each draft is
 * assumed in force and among whom), the acts, and the shape of a result. NRA 4 (2021) is in
 * ./nra.ts; the report over all readings in ./report.ts.
 */
import type { Act } from '../../engine/acts.ts';
import type { Exceeded } from '../../engine/findings.ts';
import type { RejectionOutcome } from '../../engine/outcome.ts';
import { run } from '../../engine/run.ts';
import type { CaseForces, DeploymentRecord } from '../../scenario/deployment-table.ts';
import { isoDate } from '../../treaty/dates.ts';
import type { IsoDate } from '../../treaty/dates.ts';
import type { EntityId } from '../../treaty/entities.ts';
import type { ForceKind, Forces } from '../../treaty/forces.ts';
import type { ParameterId, Thresholds } from '../../treaty/parameters/index.ts';
import { parameterSeries, resolveParameters } from '../../treaty/parameters/index.ts';
import type { PartySet } from '../../treaty/parties/index.ts';
import { resolvePartySet } from '../../treaty/parties/index.ts';
import { readingProblem } from './readings.ts';
import type { NrcReading, Reading, ReadingTreaty } from './readings.ts';

/**
 * Neither draft was ever in force. As in the case scenarios, the NRC draft is assumed in force from
 * 2010; the 2021 agreement is assumed in force from the same day, so that the two are measured
 * against the same deployments over the same years.
 */
export const ASSUMED_IN_FORCE: IsoDate = isoDate('2010-01-01');

/** A counterfactual premise of the runs of one draft: in force from a day among a set of Parties. */
export interface Assumption {
  readonly treaty: ReadingTreaty;
  readonly inForce: IsoDate;
  /** The Parties as a scenario's `assume:` gives them, resolved on `inForce`. */
  readonly parties: PartySet;
}

/**
 * The premises of each draft. NRC: the NATO-Russia Council states of 2009 (the preset `nrc-2009`),
 * as the case scenarios assume. NRA: Russia and the NATO member States, who may sign it (NRA 9,
 * `nra.signature.eligible`); that parameter stands in the 30 members of the day the draft was
 * published, but an agreement in force from 2010 could only have been signed by the members of
 * then, so the members on the day of entry into force are taken: the same 29 States as the NRC
 * runs. Montenegro and North Macedonia join NATO later (and are then no Parties), Finland and
 * Sweden too. NRA 4 binds only Russia and the 16 members of 27 May 1997, all Parties either way.
 */
export const ASSUMPTIONS: Readonly<Record<ReadingTreaty, Assumption>> = {
  'nrc-2009': { treaty: 'nrc-2009', inForce: ASSUMED_IN_FORCE, parties: 'nrc-2009' },
  'nra-2021': {
    treaty: 'nra-2021',
    inForce: ASSUMED_IN_FORCE,
    parties: ['RU', `nato-on:${ASSUMED_IN_FORCE}`],
  },
};

/** A kind as reported: one of the engine's, or one half of the combined air count. */
export type ReportedKind = ForceKind | 'combatAircraft' | 'attackHelicopters';

export interface ReportedExceeded {
  readonly kind: ReportedKind;
  readonly count: number;
  readonly threshold: number;
}

/** One engine run of a reading: how a record's forces are given to the engine, and under which limits. */
interface Pass {
  readonly forcesOf: (r: DeploymentRecord) => Forces;
  readonly thresholds: Thresholds;
  /** What the engine's combined air kind stands for in this pass. */
  readonly airKind: ReportedKind;
}

const AIR: ForceKind = 'combatAircraftAndAttackHelicopters';

/** The engine's kinds of a record, leaving the air figures to the pass. */
function groundForces(f: CaseForces): Partial<Record<ForceKind, number>> {
  const out: Partial<Record<ForceKind, number>> = {};
  for (const k of ['brigades', 'helicopterBattalions', 'airRegiments', 'tanks', 'armouredVehicles'] as const)
    if (f[k] !== undefined) out[k] = f[k];
  for (const k of ['artillery', 'troops'] as const) if (f[k] !== undefined) out[k] = f[k];
  return out;
}

/** Combat aircraft as counted apart: the split figure, or an unsplit combined one (taken as aircraft). */
const aircraftOf = (f: CaseForces): number | undefined =>
  f.combatAircraft ?? (f.attackHelicopters === undefined ? f.combatAircraftAndAttackHelicopters : undefined);

/** The combined air count: the figure given, else the sum of the parts given. */
function combinedOf(f: CaseForces): number | undefined {
  if (f.combatAircraftAndAttackHelicopters !== undefined) return f.combatAircraftAndAttackHelicopters;
  if (f.combatAircraft === undefined && f.attackHelicopters === undefined) return undefined;
  return (f.combatAircraft ?? 0) + (f.attackHelicopters ?? 0);
}

function withAir(base: Partial<Record<ForceKind, number>>, air: number | undefined): Forces {
  return air === undefined ? base : { ...base, [AIR]: air };
}

function passesOf(reading: NrcReading, thresholds: Thresholds): Pass[] {
  if (reading.air === 'combined')
    return [
      {
        forcesOf: (r) => withAir(groundForces(r.forces), combinedOf(r.forces)),
        thresholds,
        airKind: AIR,
      },
    ];
  // Separate counts: one run with the aircraft in the air kind, one with only the helicopters
  // (and no other limit, so that nothing is found twice).
  const air = thresholds[AIR] ?? null;
  return [
    {
      forcesOf: (r) => withAir(groundForces(r.forces), aircraftOf(r.forces)),
      thresholds,
      airKind: 'combatAircraft',
    },
    {
      forcesOf: (r) => withAir({}, r.forces.attackHelicopters),
      thresholds: { [AIR]: air },
      airKind: 'attackHelicopters',
    },
  ];
}

/**
 * The acts of the deployments, in date order: each record is a `deploy` on its first day and, if it
 * ended, an `end-deployment` on its last; on one day the deployments come first.
 */
export function deploymentActs(
  records: readonly DeploymentRecord[],
  forcesOf: (r: DeploymentRecord) => Forces = (r) => withAir(groundForces(r.forces), combinedOf(r.forces)),
): Act[] {
  const acts: { act: Act; rank: number; index: number }[] = [];
  records.forEach((r, index) => {
    acts.push({
      act: {
        on: r.from,
        act: 'deploy',
        by: r.by,
        in: r.in,
        forces: forcesOf(r),
        permanent: r.permanent,
        id: r.id,
      },
      rank: 0,
      index,
    });
    if (r.to !== null)
      acts.push({ act: { on: r.to, act: 'end-deployment', by: r.by, id: r.id }, rank: 1, index });
  });
  return acts
    .sort((a, b) => a.act.on.localeCompare(b.act.on) || a.rank - b.rank || a.index - b.index)
    .map((a) => a.act);
}

/** The parameters of a reading, as a scenario would set them (for the reading's own draft). */
export function readingParameters(reading: Reading): Partial<Record<ParameterId, unknown>> {
  if (reading.treaty === 'nra-2021') return { 'nra.4.countTemporary': reading.countTemporary };
  return {
    'scf.countTemporary': reading.countTemporary,
    'scf.targets': reading.targets,
    ...(reading.thresholds ? { 'scf.thresholds': reading.thresholds } : {}),
  };
}

/**
 * A limit breached in a host: the engine's finding (NRC 4: a threshold crossed; NRA 4: forces beyond
 * those of 27 May 1997), with the deployments that made it.
 */
export interface Crossing {
  readonly host: EntityId;
  readonly on: IsoDate;
  /** NRC 4: the thresholds exceeded. NRA 4 sets none: empty. */
  readonly exceeded: readonly ReportedExceeded[];
  /** NRA 4 only: forces of the bound States stood in the host on 27 May 1997 (`nra.4.baseline`). */
  readonly baselineHost?: boolean;
  /** The states whose counted forces were in the host that day (the engine's `deployedBy`). */
  readonly deployedBy: readonly EntityId[];
  /** The counted deployments in the host that day with a positive count of an exceeded kind. */
  readonly responsible: readonly string[];
}

export interface HostResult {
  readonly host: EntityId;
  /** Whether the host is a target of the reading on the day of the report. */
  readonly target: boolean;
  /** The first crossing, or null if no threshold was crossed by the day of the report. */
  readonly first: Crossing | null;
  /** Every crossing: a new one opens after the forces fell back under all thresholds (NRA: left). */
  readonly crossings: readonly Crossing[];
}

export interface ReadingResult {
  readonly reading: Reading;
  readonly hosts: readonly HostResult[];
  /** Acts the engine refused (none for well-formed data). */
  readonly rejected: readonly RejectionOutcome[];
}

/** The last day any deployment in the data starts or ends: the default day of the report. */
export function latestDate(records: readonly DeploymentRecord[]): IsoDate {
  let latest = ASSUMED_IN_FORCE;
  for (const r of records) {
    if (r.from > latest) latest = r.from;
    if (r.to !== null && r.to > latest) latest = r.to;
  }
  return latest;
}

export const activeOn = (r: DeploymentRecord, day: IsoDate): boolean =>
  r.from <= day && (r.to === null || day < r.to);

function relabel(e: Exceeded, airKind: ReportedKind): ReportedExceeded {
  return e.kind === AIR ? { kind: airKind, count: e.count, threshold: e.threshold } : e;
}

/** The hosts of the data, sorted, each with its crossings (the first one apart). */
export function hostResults(
  records: readonly DeploymentRecord[],
  crossings: readonly Crossing[],
  isTarget: (host: EntityId) => boolean,
): HostResult[] {
  const sorted = [...crossings].sort((a, b) => a.on.localeCompare(b.on) || a.host.localeCompare(b.host));
  return [...new Set(records.map((r) => r.in))].sort().map((host): HostResult => {
    const mine = sorted.filter((c) => c.host === host);
    return { host, target: isTarget(host), first: mine[0] ?? null, crossings: mine };
  });
}

/** Runs a reading of NRC 4 through the engine and returns its crossings by host. */
export function analyzeNrcReading(
  records: readonly DeploymentRecord[],
  reading: NrcReading,
  asOf: IsoDate = latestDate(records),
): ReadingResult {
  const problem = readingProblem(reading);
  if (problem !== null) throw new TypeError(problem);
  // The reading's values as the NRC draft's version gives them (each reading holds on every day).
  const base = resolveParameters('nrc-2009', readingParameters(reading));
  const thresholds = base['scf.thresholds'] ?? {};
  const exempt = resolvePartySet(base['scf.exempt'] ?? [], asOf);
  const counted = (r: DeploymentRecord): boolean =>
    r.by !== r.in && !exempt.has(r.by) && (r.permanent || reading.countTemporary);

  const byHostDay = new Map<
    string,
    {
      host: EntityId;
      on: IsoDate;
      exceeded: ReportedExceeded[];
      deployedBy: Set<EntityId>;
      responsible: Set<string>;
    }
  >();
  const rejected: RejectionOutcome[] = [];
  for (const pass of passesOf(reading, thresholds)) {
    const result = run(
      {
        name: `force limits: ${reading.id}`,
        treaty: 'nrc-2009',
        parameters: parameterSeries('nrc-2009', {
          ...readingParameters(reading),
          'scf.thresholds': pass.thresholds,
        }),
        assume: ASSUMPTIONS['nrc-2009'],
        acts: deploymentActs(records, pass.forcesOf),
      },
      { asOf },
    );
    rejected.push(...result.rejected);
    for (const f of result.outcome.findings) {
      if (f.code !== 'substantial_combat_forces') continue;
      const host = f.parties[0] as EntityId;
      const key = `${host} ${f.on}`;
      const entry = byHostDay.get(key) ?? {
        host,
        on: f.on,
        exceeded: [],
        deployedBy: new Set<EntityId>(),
        responsible: new Set<string>(),
      };
      const exceeded = f.exceeded.map((e) => relabel(e, pass.airKind));
      entry.exceeded.push(...exceeded);
      for (const by of f.deployedBy) entry.deployedBy.add(by);
      for (const r of records) {
        if (r.in !== host || !counted(r) || !activeOn(r, f.on)) continue;
        const forces = pass.forcesOf(r);
        if (f.exceeded.some((e) => (forces[e.kind] ?? 0) > 0)) entry.responsible.add(r.id);
      }
      byHostDay.set(key, entry);
    }
  }

  const crossings = [...byHostDay.values()].map((e): Crossing => ({
    host: e.host,
    on: e.on,
    exceeded: e.exceeded,
    deployedBy: [...e.deployedBy].sort(),
    responsible: [...e.responsible].sort(),
  }));
  const targets = resolvePartySet(reading.targets, asOf);
  return { reading, hosts: hostResults(records, crossings, (h) => targets.has(h)), rejected };
}
