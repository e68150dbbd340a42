/**
 * @module The outlook's simulation: a stance table and options compiled into per-entity models,
 * and the seeded trials that fill the tallies (the model itself is described in ../outlook.ts).
 */
import type { Act } from '../../engine/acts.ts';
import { addDays, daysBetween } from '../../treaty/dates.ts';
import type { IsoDate } from '../../treaty/dates.ts';
import { kindOf } from '../../treaty/entities.ts';
import type { EntityId } from '../../treaty/entities.ts';
import type { ParameterValues } from '../../treaty/parameters/index.ts';
import { resolvePartySet } from '../../treaty/parties/index.ts';
import { Sfc32, isSeed, normalCdf, normalQuantile } from '../random.ts';
import type { BlocCorrelation, Delay, Stance, StanceTable } from '../../scenario/stance-table.ts';

/** Days in a mean Gregorian month: delays are given in months and drawn in (fractional) days. */
export const DAYS_PER_MONTH = 365.2425 / 12;

export interface OutlookOptions {
  readonly trials: number;
  /** A whole number from 0 to 2^32 - 1. */
  readonly seed: number;
  /** The last day counted: a trial whose threshold is reached later counts as not in force. */
  readonly horizon: IsoDate;
  /** The treaty's parameters: `entryIntoForce.instruments`, `.countOrganizations`, `signature.eligible`. */
  readonly parameters: ParameterValues;
}

/** A problem with the options that makes the simulation meaningless (the CLI turns it into exit 2). */
export class OutlookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutlookError';
  }
}

/** Draws a delay in days from a uniform number in (0, 1); see {@link sampler}. */
type Sampler = (u: number) => number;

interface EntityModel {
  readonly id: EntityId;
  readonly stance: Stance;
  readonly inTable: boolean;
  readonly eligible: boolean;
  readonly counted: boolean;
  readonly bloc: number;
  readonly signThreshold: number;
  readonly ratifyThreshold: number;
  readonly signDelay: Sampler;
  readonly ratifyDelay: Sampler;
  /** Loadings of the latent score on the climate, the bloc and the entity's own noise. */
  readonly climateLoad: number;
  readonly blocLoad: number;
  readonly ownLoad: number;
}

/** A prepared simulation: the compiled model and the running tallies (integers only). */
export interface Outlook {
  readonly table: StanceTable;
  readonly options: OutlookOptions;
  readonly entities: readonly EntityModel[];
  /** Counted instruments needed, or null when the parameters make entry into force impossible. */
  readonly threshold: number | null;
  readonly countOrganizations: boolean;
  readonly horizonDay: number;
  readonly warnings: readonly string[];
  /** Trials run so far, and the ranges run (each index exactly once). */
  done: number;
  readonly ranges: [number, number][];
  /** Trials whose threshold was reached on day d (0 = the start). */
  readonly inForceOnDay: Int32Array;
  /** Per entity: times it deposited the threshold instrument; signed by the horizon; deposited by it. */
  readonly pivotal: Int32Array;
  readonly signed: Int32Array;
  readonly deposited: Int32Array;
  /** Trials by the number of counted instruments deposited by the horizon. */
  readonly instruments: Int32Array;
  /** Scratch space of one trial: signature and deposit times in days from the start (Infinity: none). */
  readonly signT: Float64Array;
  readonly depositT: Float64Array;
  readonly order: Int32Array;
  /** Scratch: the shared scores of one trial (climate and blocs, for each of the two phases). */
  readonly shared: Float64Array;
}

const MAX_TRIALS = 100_000_000;

/** The sampler of a delay truncated to `capDays`, or null when no delay can fall within the cap. */
function sampler(delay: Delay, capDays: number): Sampler | null {
  switch (delay.dist) {
    case 'fixed': {
      const days = delay.months * DAYS_PER_MONTH;
      return days <= capDays ? () => days : null;
    }
    case 'uniform': {
      const lo = delay.minMonths * DAYS_PER_MONTH;
      const hi = Math.min(delay.maxMonths * DAYS_PER_MONTH, capDays);
      return hi > lo ? (u) => lo + u * (hi - lo) : null;
    }
    case 'lognormal': {
      // Inverse-CDF draw from the distribution truncated to [0, cap]: u is scaled into F(cap).
      const mu = Math.log(delay.medianMonths * DAYS_PER_MONTH);
      const sigma = delay.sigma;
      const top = capDays === Infinity ? 1 : normalCdf((Math.log(capDays) - mu) / sigma);
      return top > 0 ? (u) => Math.exp(mu + sigma * normalQuantile(u * top)) : null;
    }
  }
}

/** Compiles a stance table and options into a simulation with empty tallies. */
export function prepareOutlook(table: StanceTable, options: OutlookOptions): Outlook {
  const { trials, seed, horizon, parameters } = options;
  if (!Number.isInteger(trials) || trials < 1 || trials > MAX_TRIALS)
    throw new OutlookError(`trials: expected a whole number from 1 to ${MAX_TRIALS.toLocaleString('en')}`);
  if (!isSeed(seed)) throw new OutlookError('seed: expected a whole number from 0 to 4294967295');
  const horizonDay = daysBetween(table.start, horizon);
  if (horizonDay < 0) throw new OutlookError(`horizon ${horizon} is before the start ${table.start}`);
  if (horizonDay > 366 * 200)
    throw new OutlookError(`horizon ${horizon} is more than 200 years after the start`);

  const warnings: string[] = [];
  const threshold = parameters['entryIntoForce.instruments'];
  const countOrgs = parameters['entryIntoForce.countOrganizations'];
  const eligibleSet = parameters['signature.eligible'];
  if (threshold === null)
    warnings.push('entryIntoForce.instruments is unset: the Treaty cannot enter into force (EST 14(1))');
  if (countOrgs === null)
    warnings.push('entryIntoForce.countOrganizations is unset: no instrument can be deposited (EST 14(1))');
  if (eligibleSet === null) warnings.push('signature.eligible is unset: nobody can sign (EST 10)');
  const eligible = eligibleSet === null ? new Set<EntityId>() : resolvePartySet(eligibleSet, table.start);

  const byId = new Map(table.stances.map((s) => [s.id as string, s]));
  const ids = [...new Set([...byId.keys(), ...eligible])].sort();
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) warnings.push(`not in the stance table, modelled as unknown: ${missing.join(' ')}`);
  const outside = ids.filter((id) => byId.has(id) && !eligible.has(id as EntityId));
  if (outside.length > 0 && eligibleSet !== null)
    warnings.push(`in the stance table but not eligible to sign (signature.eligible): ${outside.join(' ')}`);

  const blocMembers = table.blocs.map((b) => resolvePartySet(b.members, table.start));
  const signCap = table.signatureMonths === null ? Infinity : table.signatureMonths * DAYS_PER_MONTH;

  const entities = ids.map((id): EntityModel => {
    const entry = byId.get(id);
    const stance = entry?.stance ?? 'unknown';
    const base = table.categories[stance];
    const sign = { ...base.sign, ...entry?.assume?.sign };
    const ratify = { ...base.ratify, ...entry?.assume?.ratify };
    const ratifyCap = ratify.withinMonths === null ? Infinity : ratify.withinMonths * DAYS_PER_MONTH;
    let signDelay = sampler(sign.delay, signCap);
    let ratifyDelay = sampler(ratify.delay, ratifyCap);
    if (signDelay === null)
      warnings.push(`${id}: its signature delay cannot fall within the signature period; it never signs`);
    if (ratifyDelay === null)
      warnings.push(`${id}: its deposit delay cannot fall within withinMonths; it never deposits`);
    const bloc = blocMembers.findIndex((m) => m.has(id as EntityId));
    const blocRho = bloc < 0 ? 0 : (table.blocs[bloc] as BlocCorrelation).rho;
    const signP = signDelay === null ? 0 : sign.probability;
    const ratifyP = ratifyDelay === null ? 0 : ratify.probability;
    signDelay ??= () => 0;
    ratifyDelay ??= () => 0;
    return {
      id: id as EntityId,
      stance,
      inTable: entry !== undefined,
      eligible: eligible.has(id as EntityId),
      counted: kindOf(id) === 'state' || countOrgs === true,
      bloc,
      signThreshold: normalQuantile(signP),
      ratifyThreshold: normalQuantile(ratifyP),
      signDelay,
      ratifyDelay,
      climateLoad: Math.sqrt(table.climate.rho),
      blocLoad: Math.sqrt(blocRho),
      ownLoad: Math.sqrt(Math.max(0, 1 - table.climate.rho - blocRho)),
    };
  });
  const n = entities.length;
  return {
    table,
    options,
    entities,
    threshold: threshold === null || countOrgs === null ? null : threshold,
    countOrganizations: countOrgs === true,
    horizonDay,
    warnings,
    done: 0,
    ranges: [],
    inForceOnDay: new Int32Array(horizonDay + 1),
    pivotal: new Int32Array(n),
    signed: new Int32Array(n),
    deposited: new Int32Array(n),
    instruments: new Int32Array(n + 1),
    signT: new Float64Array(n),
    depositT: new Float64Array(n),
    order: new Int32Array(n),
    shared: new Float64Array(2 * (1 + table.blocs.length)),
  };
}

/**
 * Draws trial `index` into the scratch arrays: each entity's signature and deposit times in days
 * from the start (Infinity when it does not sign or deposit). The signature and deposit decisions
 * have their own shared scores (the climate and each bloc, drawn afresh for each phase), so each
 * entity's stated chances hold exactly (P(sign), and P(deposit | signed)) while decisions within a
 * phase move together. Every entity consumes exactly four uniforms, eligible or not, so one
 * entity's assumptions never shift another's draws.
 */
function draw(o: Outlook, index: number): void {
  const rng = new Sfc32(o.options.seed, index);
  const { entities, signT, depositT, shared } = o;
  const blocs = o.table.blocs.length;
  // shared[0] and shared[1 + b]: the signature phase; shared[blocs + 1] onward: the deposit phase.
  for (let i = 0; i < shared.length; i += 1) shared[i] = normalQuantile(rng.next());
  const signClimate = shared[0] as number;
  const ratifyClimate = shared[blocs + 1] as number;
  for (let e = 0; e < entities.length; e += 1) {
    const m = entities[e] as EntityModel;
    const u1 = rng.next();
    const u2 = rng.next();
    const u3 = rng.next();
    const u4 = rng.next();
    signT[e] = Infinity;
    depositT[e] = Infinity;
    if (!m.eligible) continue;
    let signScore = m.climateLoad * signClimate + m.ownLoad * normalQuantile(u1);
    if (m.bloc >= 0) signScore += m.blocLoad * (shared[1 + m.bloc] as number);
    if (signScore >= m.signThreshold) continue;
    const s = m.signDelay(u2);
    signT[e] = s;
    let ratifyScore = m.climateLoad * ratifyClimate + m.ownLoad * normalQuantile(u3);
    if (m.bloc >= 0) ratifyScore += m.blocLoad * (shared[blocs + 2 + m.bloc] as number);
    if (ratifyScore >= m.ratifyThreshold) continue;
    depositT[e] = s + m.ratifyDelay(u4);
  }
}

/** The counted deposits of the drawn trial up to the horizon, earliest first, in `o.order`; returns how many. */
function countedInOrder(o: Outlook): number {
  const { entities, depositT, order } = o;
  const limit = o.horizonDay + 1;
  let n = 0;
  for (let e = 0; e < entities.length; e += 1) {
    const t = depositT[e] as number;
    if (!(t < limit) || !(entities[e] as EntityModel).counted) continue;
    // Insertion by time; equal times (measure zero) keep the entity order.
    let i = n;
    while (i > 0 && (depositT[order[i - 1] as number] as number) > t) {
      order[i] = order[i - 1] as number;
      i -= 1;
    }
    order[i] = e;
    n += 1;
  }
  return n;
}

/** Runs trials `from` (inclusive) to `to` (exclusive) and adds them to the tallies. */
export function runTrials(o: Outlook, from: number, to: number): void {
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= o.options.trials))
    throw new RangeError(`trials ${from}..${to} are outside 0..${o.options.trials}`);
  if (o.ranges.some(([a, b]) => from < b && a < to))
    throw new RangeError(`trials ${from}..${to} were already run`);
  o.ranges.push([from, to]);
  const limit = o.horizonDay + 1;
  for (let index = from; index < to; index += 1) {
    draw(o, index);
    for (let e = 0; e < o.entities.length; e += 1) {
      if ((o.signT[e] as number) < limit) o.signed[e] = (o.signed[e] as number) + 1;
      if ((o.depositT[e] as number) < limit) o.deposited[e] = (o.deposited[e] as number) + 1;
    }
    const n = countedInOrder(o);
    o.instruments[n] = (o.instruments[n] as number) + 1;
    if (o.threshold !== null && n >= o.threshold) {
      const pivot = o.order[o.threshold - 1] as number;
      const day = Math.floor(o.depositT[pivot] as number);
      o.inForceOnDay[day] = (o.inForceOnDay[day] as number) + 1;
      o.pivotal[pivot] = (o.pivotal[pivot] as number) + 1;
    }
    o.done += 1;
  }
}

/** What one trial drew for one entity, as dates (null: does not sign / deposit by the horizon). */
export interface TrialEntity {
  readonly id: EntityId;
  readonly signed: IsoDate | null;
  readonly deposited: IsoDate | null;
}

/** One trial in full: each entity's dates, and the outcome the rule gives. */
export interface Trial {
  readonly index: number;
  readonly entities: readonly TrialEntity[];
  readonly entryIntoForce: IsoDate | null;
  readonly pivotal: EntityId | null;
}

const dayDate = (o: Outlook, t: number): IsoDate | null =>
  t < o.horizonDay + 1 ? addDays(o.table.start, Math.floor(t)) : null;

/** Draws trial `index` again and reports it (for inspection and for replay through the engine). */
export function trial(o: Outlook, index: number): Trial {
  draw(o, index);
  const n = countedInOrder(o);
  const pivot = o.threshold !== null && n >= o.threshold ? (o.order[o.threshold - 1] as number) : null;
  return {
    index,
    entities: o.entities.map((m, e) => ({
      id: m.id,
      signed: dayDate(o, o.signT[e] as number),
      deposited: dayDate(o, o.depositT[e] as number),
    })),
    entryIntoForce: pivot === null ? null : dayDate(o, o.depositT[pivot] as number),
    pivotal: pivot === null ? null : (o.entities[pivot] as EntityModel).id,
  };
}

/**
 * The acts of trial `index` up to the horizon, in the order they happen (`sign` and `ratify`, the
 * engine's act for every instrument): a scenario the engine can replay to check the direct rule.
 */
export function trialActs(o: Outlook, index: number): Act[] {
  draw(o, index);
  const timed: { t: number; e: number; act: Act }[] = [];
  o.entities.forEach((m, e) => {
    const s = o.signT[e] as number;
    const d = o.depositT[e] as number;
    const sOn = dayDate(o, s);
    const dOn = dayDate(o, d);
    if (sOn !== null) timed.push({ t: s, e, act: { act: 'sign', on: sOn, by: m.id } });
    if (dOn !== null) timed.push({ t: d, e, act: { act: 'ratify', on: dOn, by: m.id } });
  });
  // A deposit at the same time as its own signature still comes after it (stable sort).
  return timed.sort((a, b) => a.t - b.t || a.e - b.e).map((x) => x.act);
}
