/**
 * @module NRC 4 measured against real deployments: when, under each reading of "substantial combat
 * forces", a threshold was first crossed in each host state. The counting is the engine's: the
 * deployments become `deploy` / `end-deployment` acts of an `nrc-2009` run (in force from
 * 2010-01-01 among the NATO-Russia Council states of 2009) with the reading's parameters, and the
 * crossings are the engine's `substantial_combat_forces` findings. This module only validates the
 * case data, builds the acts, chooses the parameters and names the deployments behind each finding.
 */
import type { Act } from '../engine/acts.ts';
import type { Exceeded } from '../engine/findings.ts';
import type { RejectionOutcome } from '../engine/outcome.ts';
import { run } from '../engine/run.ts';
import { isoDate, parseIsoDate } from '../treaty/dates.ts';
import type { IsoDate } from '../treaty/dates.ts';
import { kindOf, parseEntityId } from '../treaty/entities.ts';
import type { EntityId } from '../treaty/entities.ts';
import type { ForceKind, Forces } from '../treaty/forces.ts';
import type { ParameterId, Thresholds } from '../treaty/parameters/index.ts';
import { parameterSeries, resolveParameters } from '../treaty/parameters/index.ts';
import type { PartySet } from '../treaty/parties/index.ts';
import { partySetProblem, resolvePartySet } from '../treaty/parties/index.ts';

// ---------------------------------------------------------------------------------------------
// The case data

/** A public source: a title or a URL (or both) and the date it bears (or of the events it reports). */
export interface CaseSource {
  readonly id: string;
  readonly title?: string;
  readonly url?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly date: string;
  readonly note?: string;
}

/**
 * What a deployment brought. The engine's kinds, plus a split of the combined air figure: combat
 * aircraft and attack helicopters are recorded apart where the sources allow, so that the 24 can be
 * read as one combined count or as two separate ones.
 */
export const CASE_FORCE_KINDS = [
  'brigades',
  'helicopterBattalions',
  'airRegiments',
  'tanks',
  'armouredVehicles',
  'combatAircraft',
  'attackHelicopters',
  'combatAircraftAndAttackHelicopters',
  'artillery',
  'troops',
] as const;
export type CaseForceKind = (typeof CASE_FORCE_KINDS)[number];
export type CaseForces = Readonly<Partial<Record<CaseForceKind, number>>>;

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type CaseConfidence = (typeof CONFIDENCES)[number];

/** One deployment of a state's forces (or a rotating mission's) in a host state, with its sources. */
export interface DeploymentRecord {
  readonly id: string;
  readonly title: string;
  /** The framework or contributing state; `x:name` for a mission whose lead nation rotates. */
  readonly by: EntityId;
  readonly in: EntityId;
  readonly from: IsoDate;
  /** The day it ended (it no longer counts that day), or null while it goes on. */
  readonly to: IsoDate | null;
  /** Only counts some source gives; a count nobody gave is left out. */
  readonly forces: CaseForces;
  /** The counts (or `from`/`to`) that are approximate. */
  readonly approximate: readonly string[];
  readonly permanent: boolean;
  readonly sources: readonly string[];
  readonly confidence: CaseConfidence;
  readonly note?: string;
}

export interface DeploymentData {
  readonly title?: string;
  /** The day the data describe, when the file says (the default day of a report). */
  readonly asOf?: IsoDate;
  readonly sources: ReadonlyMap<string, CaseSource>;
  readonly deployments: readonly DeploymentRecord[];
}

export type ParsedData =
  | { readonly ok: true; readonly data: DeploymentData }
  | { readonly ok: false; readonly issues: readonly string[] };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` (a real month) or `YYYY-MM-DD` (a real day). */
export function isPartialDate(text: string): boolean {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return false;
  if (m[3] !== undefined) return parseIsoDate(text) !== null;
  if (m[2] !== undefined) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return true;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A YAML date or year may arrive as a string or (a bare year) as a number. */
const dateText = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isInteger(v) ? String(v) : null;

const SOURCE_KEYS = new Set(['id', 'title', 'url', 'date', 'note']);
const DEPLOYMENT_KEYS = new Set([
  'id',
  'title',
  'by',
  'in',
  'from',
  'to',
  'forces',
  'approximate',
  'permanent',
  'sources',
  'confidence',
  'note',
]);

function parseSource(raw: unknown, where: string, issues: string[]): CaseSource | null {
  if (!isRecord(raw)) {
    issues.push(`${where}: expected a map with id, title or url, and date`);
    return null;
  }
  for (const k of Object.keys(raw)) if (!SOURCE_KEYS.has(k)) issues.push(`${where}.${k}: unknown field`);
  const { id, title, url, note } = raw;
  const date = dateText(raw['date']);
  let ok = true;
  if (typeof id !== 'string' || id === '') {
    issues.push(`${where}.id: expected a non-empty string`);
    ok = false;
  }
  if (title !== undefined && typeof title !== 'string') issues.push(`${where}.title: expected a string`);
  if (url !== undefined && (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url)))
    issues.push(`${where}.url: expected an http(s) URL`);
  if (typeof title !== 'string' && typeof url !== 'string') {
    issues.push(`${where}: a source needs a title or a URL`);
    ok = false;
  }
  if (date === null || !isPartialDate(date)) {
    issues.push(`${where}.date: expected YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(raw['date'])}`);
    ok = false;
  }
  if (note !== undefined && typeof note !== 'string') issues.push(`${where}.note: expected a string`);
  if (!ok) return null;
  return {
    id: id as string,
    date: date as string,
    ...(typeof title === 'string' ? { title } : {}),
    ...(typeof url === 'string' ? { url } : {}),
    ...(typeof note === 'string' ? { note } : {}),
  };
}

const isCaseForceKind = (k: string): k is CaseForceKind =>
  (CASE_FORCE_KINDS as readonly string[]).includes(k);

function parseForces(raw: unknown, where: string, issues: string[]): CaseForces {
  if (!isRecord(raw)) {
    issues.push(`${where}: expected a map of force kinds to counts (${CASE_FORCE_KINDS.join(', ')})`);
    return {};
  }
  const out: Partial<Record<CaseForceKind, number>> = {};
  for (const [k, n] of Object.entries(raw)) {
    if (!isCaseForceKind(k)) issues.push(`${where}.${k}: unknown force kind`);
    else if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
      issues.push(`${where}.${k}: expected a whole number, got ${JSON.stringify(n)}`);
    else out[k] = n;
  }
  const { combatAircraft: a, attackHelicopters: h, combatAircraftAndAttackHelicopters: both } = out;
  if (both !== undefined && (a !== undefined || h !== undefined) && both !== (a ?? 0) + (h ?? 0))
    issues.push(
      `${where}.combatAircraftAndAttackHelicopters: ${both} is not combatAircraft + attackHelicopters`,
    );
  return out;
}

function parseDeployment(
  raw: unknown,
  where: string,
  sources: ReadonlyMap<string, CaseSource>,
  issues: string[],
): DeploymentRecord | null {
  if (!isRecord(raw)) {
    issues.push(`${where}: expected a map`);
    return null;
  }
  const before = issues.length;
  for (const k of Object.keys(raw)) if (!DEPLOYMENT_KEYS.has(k)) issues.push(`${where}.${k}: unknown field`);
  const id = raw['id'];
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id))
    issues.push(`${where}.id: expected a lower-case id (letters, digits, hyphens)`);
  const title = raw['title'];
  if (typeof title !== 'string' || title === '') issues.push(`${where}.title: expected a string`);
  const by = typeof raw['by'] === 'string' ? parseEntityId(raw['by']) : null;
  if (by === null || (kindOf(by) !== 'state' && kindOf(by) !== 'outside-actor'))
    issues.push(
      `${where}.by: expected a state (ISO 3166-1 alpha-2) or x:name, got ${JSON.stringify(raw['by'])}`,
    );
  const host = typeof raw['in'] === 'string' ? parseEntityId(raw['in']) : null;
  if (host === null || kindOf(host) !== 'state')
    issues.push(`${where}.in: expected a state (ISO 3166-1 alpha-2), got ${JSON.stringify(raw['in'])}`);
  const fromText = dateText(raw['from']);
  const from = fromText === null ? null : parseIsoDate(fromText);
  if (from === null) issues.push(`${where}.from: expected a date YYYY-MM-DD`);
  let to: IsoDate | null = null;
  if (raw['to'] !== null && raw['to'] !== undefined) {
    const toText = dateText(raw['to']);
    to = toText === null ? null : parseIsoDate(toText);
    if (to === null) issues.push(`${where}.to: expected a date YYYY-MM-DD or null`);
    else if (from !== null && to <= from) issues.push(`${where}.to: ${to} is not after from (${from})`);
  }
  const forces = parseForces(raw['forces'] ?? {}, `${where}.forces`, issues);
  const approximate = raw['approximate'] ?? [];
  if (!Array.isArray(approximate) || !approximate.every((a) => typeof a === 'string'))
    issues.push(`${where}.approximate: expected a list of force kinds (or from, to)`);
  else
    for (const a of approximate)
      if (!(a === 'from' || (a === 'to' && raw['to'] != null) || Object.hasOwn(forces, a)))
        issues.push(`${where}.approximate: '${a}' is neither a count given in forces nor from/to`);
  if (typeof raw['permanent'] !== 'boolean') issues.push(`${where}.permanent: expected true or false`);
  const refs = raw['sources'];
  if (!Array.isArray(refs) || refs.length === 0 || !refs.every((s) => typeof s === 'string'))
    issues.push(`${where}.sources: expected a non-empty list of source ids`);
  else for (const s of refs) if (!sources.has(s)) issues.push(`${where}.sources: unknown source '${s}'`);
  const confidence = raw['confidence'];
  if (!(CONFIDENCES as readonly unknown[]).includes(confidence))
    issues.push(`${where}.confidence: expected ${CONFIDENCES.join(', ')}`);
  const note = raw['note'];
  if (note !== undefined && typeof note !== 'string') issues.push(`${where}.note: expected a string`);
  if (issues.length > before) return null;
  return {
    id: id as string,
    title: title as string,
    by: by as EntityId,
    in: host as EntityId,
    from: from as IsoDate,
    to,
    forces,
    approximate: approximate as string[],
    permanent: raw['permanent'] as boolean,
    sources: refs as string[],
    confidence: confidence as CaseConfidence,
    ...(typeof note === 'string' ? { note } : {}),
  };
}

/**
 * Checks case data (already parsed from YAML or JSON) and returns it typed, or every problem found:
 * each deployment needs a title, a state or mission, a host state, real dates in order, whole
 * counts, and at least one known source; each source a title or URL and a date.
 */
export function parseDeploymentData(raw: unknown): ParsedData {
  const issues: string[] = [];
  if (!isRecord(raw)) return { ok: false, issues: ['expected a map with sources and deployments'] };
  const sources = new Map<string, CaseSource>();
  const rawSources = raw['sources'];
  if (!Array.isArray(rawSources)) issues.push('sources: expected a list');
  else
    rawSources.forEach((s, i) => {
      const source = parseSource(s, `sources[${i}]`, issues);
      if (source === null) return;
      if (sources.has(source.id)) issues.push(`sources[${i}].id: duplicate id '${source.id}'`);
      else sources.set(source.id, source);
    });
  const deployments: DeploymentRecord[] = [];
  const rawDeployments = raw['deployments'];
  if (!Array.isArray(rawDeployments)) issues.push('deployments: expected a list');
  else {
    const seen = new Set<string>();
    rawDeployments.forEach((d, i) => {
      const record = parseDeployment(d, `deployments[${i}]`, sources, issues);
      if (record === null) return;
      if (seen.has(record.id)) issues.push(`deployments[${i}].id: duplicate id '${record.id}'`);
      seen.add(record.id);
      deployments.push(record);
    });
  }
  const title = raw['title'];
  if (title !== undefined && typeof title !== 'string') issues.push('title: expected a string');
  let asOf: IsoDate | null = null;
  if (raw['asOf'] !== undefined) {
    const text = dateText(raw['asOf']);
    asOf = text === null ? null : parseIsoDate(text);
    if (asOf === null) issues.push('asOf: expected a date YYYY-MM-DD');
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    data: {
      ...(typeof title === 'string' ? { title } : {}),
      ...(asOf !== null ? { asOf } : {}),
      sources,
      deployments,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Readings of "substantial combat forces"

/** How the 24 combat aircraft and attack helicopters are counted. */
export type AirCount = 'combined' | 'separate';

export interface Reading {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** `scf.countTemporary`: rotations and other temporary deployments count. */
  readonly countTemporary: boolean;
  /** `scf.targets`: the "new members" whose territory is protected. */
  readonly targets: PartySet;
  readonly air: AirCount;
  /** `scf.thresholds` when the reading changes them (default: the figures reported in 2010). */
  readonly thresholds?: Thresholds;
}

/** The former Warsaw Pact states and former Soviet republics that joined NATO (TREATY.md §4.3). */
export const FORMER_WP_AND_USSR = ['BG', 'CZ', 'EE', 'HU', 'LT', 'LV', 'PL', 'RO', 'SK'] as const;

export const DEFAULT_READING = 'nrc-2010';

export const READINGS: readonly Reading[] = [
  {
    id: 'nrc-2010',
    label: 'the 2010 Russian reading',
    description:
      'the thresholds reported on 27 October 2010, temporary deployments counted, targets the states that joined NATO after 27 May 1997 (the default)',
    countTemporary: true,
    targets: 'nato-joined-after:1997-05-27',
    air: 'combined',
  },
  {
    id: 'permanent-only',
    label: 'permanent stationing only (1997 wording)',
    description:
      'as the default, but only permanent stationing counts, as the 1997 NATO statement and Founding Act put it',
    countTemporary: false,
    targets: 'nato-joined-after:1997-05-27',
    air: 'combined',
  },
  {
    id: 'joined-after-1991',
    label: 'members since the Soviet breakup',
    description:
      'as the default, targets the states that joined NATO after 26 December 1991 (no state joined between then and May 1997, so the set is the same)',
    countTemporary: true,
    targets: 'nato-joined-after:1991-12-26',
    air: 'combined',
  },
  {
    id: 'former-wp-ussr',
    label: 'former Warsaw Pact and USSR only',
    description:
      'as the default, targets only the former Warsaw Pact states and former Soviet republics (PL CZ HU BG RO SK EE LV LT); AL HR SI ME MK FI SE are left out',
    countTemporary: true,
    targets: FORMER_WP_AND_USSR,
    air: 'combined',
  },
  {
    id: 'separate-24',
    label: '24 aircraft and 24 helicopters apart',
    description:
      'as the default, but more than 24 combat aircraft, or more than 24 attack helicopters, each counted on its own',
    countTemporary: true,
    targets: 'nato-joined-after:1997-05-27',
    air: 'separate',
  },
];

/** Why a reading is not well formed (a bad target set), or null. */
export function readingProblem(reading: Reading): string | null {
  const problem = partySetProblem(reading.targets);
  return problem === null ? null : `${reading.id}: targets: ${problem}`;
}

export function findReading(id: string): Reading | undefined {
  return READINGS.find((r) => r.id === id);
}

// ---------------------------------------------------------------------------------------------
// From deployments to the engine and back

/** The NRC draft was never in force; as in the case scenarios, it is assumed in force from 2010. */
export const ASSUMED_IN_FORCE: IsoDate = isoDate('2010-01-01');

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

function passesOf(reading: Reading, thresholds: Thresholds): Pass[] {
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

/** The parameters of a reading, as a scenario would set them. */
export function readingParameters(reading: Reading): Partial<Record<ParameterId, unknown>> {
  return {
    'scf.countTemporary': reading.countTemporary,
    'scf.targets': reading.targets,
    ...(reading.thresholds ? { 'scf.thresholds': reading.thresholds } : {}),
  };
}

/** A threshold crossed in a host: the engine's finding, with the deployments that made it. */
export interface Crossing {
  readonly host: EntityId;
  readonly on: IsoDate;
  readonly exceeded: readonly ReportedExceeded[];
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
  /** Every crossing: a new one opens after the forces fell back under all thresholds. */
  readonly crossings: readonly Crossing[];
}

export interface ReadingResult {
  readonly reading: Reading;
  readonly hosts: readonly HostResult[];
  /** Acts the engine refused (none for well-formed data). */
  readonly rejected: readonly RejectionOutcome[];
}

export interface ForceLimitsReport {
  readonly asOf: IsoDate;
  readonly assumedInForce: IsoDate;
  /** Every host state in the data, sorted. */
  readonly hosts: readonly EntityId[];
  readonly readings: readonly ReadingResult[];
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

const activeOn = (r: DeploymentRecord, day: IsoDate): boolean =>
  r.from <= day && (r.to === null || day < r.to);

function relabel(e: Exceeded, airKind: ReportedKind): ReportedExceeded {
  return e.kind === AIR ? { kind: airKind, count: e.count, threshold: e.threshold } : e;
}

/** Runs one reading through the engine and returns its crossings by host. */
export function analyzeReading(
  records: readonly DeploymentRecord[],
  reading: Reading,
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
        assume: { inForce: ASSUMED_IN_FORCE, parties: 'nrc-2009' },
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

  const crossings = [...byHostDay.values()]
    .map((e): Crossing => ({
      host: e.host,
      on: e.on,
      exceeded: e.exceeded,
      deployedBy: [...e.deployedBy].sort(),
      responsible: [...e.responsible].sort(),
    }))
    .sort((a, b) => a.on.localeCompare(b.on) || a.host.localeCompare(b.host));
  const targets = resolvePartySet(reading.targets, asOf);
  const hosts = [...new Set(records.map((r) => r.in))].sort().map((host): HostResult => {
    const mine = crossings.filter((c) => c.host === host);
    return { host, target: targets.has(host), first: mine[0] ?? null, crossings: mine };
  });
  return { reading, hosts, rejected };
}

/** Every reading asked for (by default all), per host: when a threshold was first crossed. */
export function analyzeForceLimits(
  data: Pick<DeploymentData, 'deployments'>,
  readings: readonly Reading[] = READINGS,
  asOf: IsoDate = latestDate(data.deployments),
): ForceLimitsReport {
  return {
    asOf,
    assumedInForce: ASSUMED_IN_FORCE,
    hosts: [...new Set(data.deployments.map((r) => r.in))].sort(),
    readings: readings.map((reading) => analyzeReading(data.deployments, reading, asOf)),
  };
}

/** The matrix host × reading: the first crossing date, null if none, or 'not-a-target'. */
export function firstCrossingMatrix(
  report: ForceLimitsReport,
): { readonly host: EntityId; readonly cells: readonly (IsoDate | null | 'not-a-target')[] }[] {
  return report.hosts.map((host) => ({
    host,
    cells: report.readings.map((r) => {
      const h = r.hosts.find((x) => x.host === host);
      if (!h) return null;
      if (h.first) return h.first.on;
      return h.target ? null : 'not-a-target';
    }),
  }));
}
