/**
 * @module The ratification outlook: a seeded Monte Carlo of who signs and who deposits an instrument,
 * and when, drawn from a table of stances toward the draft, with EST 14(1) applied to each trial: the
 * Treaty enters into force on the day the counted instruments reach `entryIntoForce.instruments`.
 *
 * Each trial has its own random stream (seed, trial index), so a result depends only on the stance
 * table, the options and the seed, never on how the trials are batched; every tally is an integer, so
 * the same seed gives the same output bit for bit. The draws per entity are always made in the same
 * order and number, so two runs that differ in one parameter see the same random world (common random
 * numbers): a comparison of 25 and 30 instruments is a comparison of rules, not of luck.
 *
 * Behaviour per trial and entity: a latent normal score, shared in part with the whole table (the
 * political climate) and with the entity's bloc, decides whether it signs within the signature period
 * and, having signed, whether it deposits an instrument within `withinMonths`; delays come from the
 * stance category's distributions, truncated to those windows. The direct rule here gives the same
 * entry-into-force day and pivotal depositor as replaying the trial's acts through the engine
 * ({@link trialActs}; checked in the tests).
 */
import type { Act } from '../engine/acts.ts';
import { addDays, daysBetween, isoDate, parseIsoDate } from '../treaty/dates.ts';
import type { IsoDate } from '../treaty/dates.ts';
import { kindOf } from '../treaty/entities.ts';
import type { EntityId } from '../treaty/entities.ts';
import type { ParameterValues } from '../treaty/parameters/index.ts';
import { canBeParty, entityName, partySetProblem, resolvePartySet } from '../treaty/parties/index.ts';
import type { PartySet } from '../treaty/parties/index.ts';
import { SOURCES } from '../treaty/sources.ts';
import { Sfc32, isSeed, normalCdf, normalQuantile } from './random.ts';

///// The stance table

export const STANCES = ['supportive', 'open', 'cautious', 'opposed', 'unknown'] as const;
export type Stance = (typeof STANCES)[number];

/** How firmly the sources support a stance: a state's own statement, a bloc's, or an inference. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type StanceConfidence = (typeof CONFIDENCES)[number];

/** A delay in months: log-normal (by its median and log-scale sigma), uniform, or fixed. */
export type Delay =
  | { readonly dist: 'lognormal'; readonly medianMonths: number; readonly sigma: number }
  | { readonly dist: 'uniform'; readonly minMonths: number; readonly maxMonths: number }
  | { readonly dist: 'fixed'; readonly months: number };

/** Signature: the chance of signing within the signature period, and the delay from the start. */
export interface SignStep {
  readonly probability: number;
  readonly delay: Delay;
}

/** Deposit: the chance of depositing within `withinMonths` of signing (null: no limit), and the delay. */
export interface RatifyStep {
  readonly probability: number;
  readonly withinMonths: number | null;
  readonly delay: Delay;
}

/** The model's assumptions for one stance category (not facts: each carries its reason). */
export interface Behaviour {
  readonly sign: SignStep;
  readonly ratify: RatifyStep;
  readonly rationale: string;
}

/** An override of a category's assumptions for one entity, with its reason. */
export interface EntityAssumption {
  readonly sign?: Partial<SignStep>;
  readonly ratify?: Partial<RatifyStep>;
  readonly rationale: string;
}

/** A group whose members' decisions move together: `rho` is the share of their latent score it holds. */
export interface BlocCorrelation {
  readonly id: string;
  readonly members: PartySet;
  readonly rho: number;
  readonly rationale: string;
}

/** A source added by the table itself, beyond the project's S-numbered sources. */
export interface TableSource {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
  readonly date?: string;
}

export interface StanceEntry {
  readonly id: EntityId;
  readonly stance: Stance;
  readonly confidence: StanceConfidence | null;
  /** Source ids: the project's (`S22`) or the table's own. Empty only for `unknown`. */
  readonly sources: readonly string[];
  /** When the position was expressed, as precisely as the source gives it (free text). */
  readonly when?: string;
  readonly note: string;
  readonly assume?: EntityAssumption;
}

export interface StanceTable {
  readonly title: string;
  /** Day 0 of every trial: signature delays are counted from it. */
  readonly start: IsoDate;
  /** Length of the signature period from the start, or null: open until entry into force. */
  readonly signatureMonths: number | null;
  readonly climate: { readonly rho: number; readonly rationale: string };
  readonly blocs: readonly BlocCorrelation[];
  readonly categories: Readonly<Record<Stance, Behaviour>>;
  readonly stances: readonly StanceEntry[];
  readonly sources: readonly TableSource[];
}

export interface StanceIssue {
  readonly path: string;
  readonly message: string;
}

export type ParsedTable =
  | { readonly ok: true; readonly table: StanceTable }
  | { readonly ok: false; readonly issues: readonly StanceIssue[] };

const PROJECT_SOURCES: ReadonlySet<string> = new Set(SOURCES.map((s) => s.id));

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Reads a stance table from its parsed YAML or JSON, collecting every problem found. */
export function parseStanceTable(raw: unknown): ParsedTable {
  const issues: StanceIssue[] = [];
  const issue = (path: string, message: string): void => void issues.push({ path, message });

  const obj = (v: unknown, path: string, keys: readonly string[]): Obj | null => {
    if (!isObj(v)) {
      issue(path, 'expected a mapping');
      return null;
    }
    for (const k of Object.keys(v)) if (!keys.includes(k)) issue(`${path}.${k}`, 'unknown field');
    return v;
  };
  const text = (v: unknown, path: string): string => {
    if (typeof v === 'string' && v.trim() !== '') return v;
    issue(path, 'expected a non-empty text');
    return '';
  };
  const num = (v: unknown, path: string, min: number, max: number, what: string): number => {
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return v;
    issue(path, `expected ${what}`);
    return min;
  };
  const probability = (v: unknown, path: string): number => num(v, path, 0, 1, 'a probability from 0 to 1');
  const months = (v: unknown, path: string): number =>
    num(v, path, 0, 1200, 'a number of months from 0 to 1200');
  const positiveMonths = (v: unknown, path: string): number | null => {
    if (v === null) return null;
    const m = months(v, path);
    if (m === 0) issue(path, 'expected a positive number of months, or null for no limit');
    return m;
  };

  const delay = (v: unknown, path: string): Delay => {
    const o = isObj(v) ? v : null;
    switch (o?.['dist']) {
      case 'lognormal': {
        obj(o, path, ['dist', 'medianMonths', 'sigma']);
        const median = months(o['medianMonths'], `${path}.medianMonths`);
        if (median === 0) issue(`${path}.medianMonths`, 'expected a positive median');
        return {
          dist: 'lognormal',
          medianMonths: median,
          sigma: num(o['sigma'], `${path}.sigma`, 0.01, 5, 'a log-scale spread from 0.01 to 5'),
        };
      }
      case 'uniform': {
        obj(o, path, ['dist', 'minMonths', 'maxMonths']);
        const min = months(o['minMonths'], `${path}.minMonths`);
        const max = months(o['maxMonths'], `${path}.maxMonths`);
        if (max <= min) issue(`${path}.maxMonths`, 'expected more than minMonths');
        return { dist: 'uniform', minMonths: min, maxMonths: max };
      }
      case 'fixed':
        obj(o, path, ['dist', 'months']);
        return { dist: 'fixed', months: months(o['months'], `${path}.months`) };
      default:
        issue(`${path}.dist`, 'expected lognormal, uniform or fixed');
        return { dist: 'fixed', months: 0 };
    }
  };

  const PLACEHOLDER: Behaviour = {
    sign: { probability: 0, delay: { dist: 'fixed', months: 0 } },
    ratify: { probability: 0, withinMonths: null, delay: { dist: 'fixed', months: 0 } },
    rationale: '',
  };
  // A missing mapping is one issue, not one per field below it.
  const behaviour = (v: unknown, path: string): Behaviour => {
    const o = obj(v, path, ['sign', 'ratify', 'rationale']);
    if (o === null) return PLACEHOLDER;
    const s = obj(o['sign'], `${path}.sign`, ['probability', 'delay']);
    const r = obj(o['ratify'], `${path}.ratify`, ['probability', 'withinMonths', 'delay']);
    return {
      sign:
        s === null
          ? PLACEHOLDER.sign
          : {
              probability: probability(s['probability'], `${path}.sign.probability`),
              delay: delay(s['delay'], `${path}.sign.delay`),
            },
      ratify:
        r === null
          ? PLACEHOLDER.ratify
          : {
              probability: probability(r['probability'], `${path}.ratify.probability`),
              withinMonths: positiveMonths(r['withinMonths'] ?? null, `${path}.ratify.withinMonths`),
              delay: delay(r['delay'], `${path}.ratify.delay`),
            },
      rationale: text(o['rationale'], `${path}.rationale`),
    };
  };

  const assumption = (v: unknown, path: string): EntityAssumption => {
    const o = obj(v, path, ['sign', 'ratify', 'rationale']) ?? {};
    const out: { sign?: Partial<SignStep>; ratify?: Partial<RatifyStep>; rationale: string } = {
      rationale: text(o['rationale'], `${path}.rationale`),
    };
    if (o['sign'] !== undefined) {
      const s = obj(o['sign'], `${path}.sign`, ['probability', 'delay']) ?? {};
      out.sign = {
        ...(s['probability'] === undefined
          ? {}
          : { probability: probability(s['probability'], `${path}.sign.probability`) }),
        ...(s['delay'] === undefined ? {} : { delay: delay(s['delay'], `${path}.sign.delay`) }),
      };
    }
    if (o['ratify'] !== undefined) {
      const r = obj(o['ratify'], `${path}.ratify`, ['probability', 'withinMonths', 'delay']) ?? {};
      out.ratify = {
        ...(r['probability'] === undefined
          ? {}
          : { probability: probability(r['probability'], `${path}.ratify.probability`) }),
        ...(r['withinMonths'] === undefined
          ? {}
          : { withinMonths: positiveMonths(r['withinMonths'], `${path}.ratify.withinMonths`) }),
        ...(r['delay'] === undefined ? {} : { delay: delay(r['delay'], `${path}.ratify.delay`) }),
      };
    }
    return out;
  };

  const root = obj(raw, '(file)', ['title', 'model', 'sources', 'stances']) ?? {};
  const title = text(root['title'], 'title');
  const model =
    obj(root['model'], 'model', ['start', 'signatureMonths', 'climate', 'blocs', 'categories']) ?? {};

  const startText = model['start'];
  const start = typeof startText === 'string' ? parseIsoDate(startText) : null;
  if (start === null) issue('model.start', 'expected a date YYYY-MM-DD');
  const signatureMonths = positiveMonths(model['signatureMonths'] ?? null, 'model.signatureMonths');

  const climateObj =
    obj(model['climate'] ?? { rho: 0, rationale: 'none' }, 'model.climate', ['rho', 'rationale']) ?? {};
  const climate = {
    rho: num(climateObj['rho'], 'model.climate.rho', 0, 1, 'a share from 0 to 1'),
    rationale: text(climateObj['rationale'], 'model.climate.rationale'),
  };

  const blocs: BlocCorrelation[] = [];
  const blocList = model['blocs'] ?? [];
  if (!Array.isArray(blocList)) issue('model.blocs', 'expected a list');
  else
    blocList.forEach((b, i) => {
      const path = `model.blocs[${i}]`;
      const o = obj(b, path, ['id', 'members', 'rho', 'rationale']) ?? {};
      const members = o['members'];
      const set =
        typeof members === 'string' || (Array.isArray(members) && members.every((m) => typeof m === 'string'))
          ? (members as PartySet)
          : null;
      const problem = set === null ? 'expected a preset or a list of ids' : partySetProblem(set);
      if (problem !== null) issue(`${path}.members`, problem);
      const rho = num(o['rho'], `${path}.rho`, 0, 1, 'a share from 0 to 1');
      if (rho + climate.rho > 1)
        issue(`${path}.rho`, 'with model.climate.rho, more than the whole score (1)');
      blocs.push({
        id: text(o['id'], `${path}.id`),
        members: set ?? [],
        rho,
        rationale: text(o['rationale'], `${path}.rationale`),
      });
    });

  const catObj = obj(model['categories'], 'model.categories', STANCES);
  const categories = {} as Record<Stance, Behaviour>;
  for (const s of STANCES)
    categories[s] = catObj === null ? PLACEHOLDER : behaviour(catObj[s], `model.categories.${s}`);

  const sources: TableSource[] = [];
  const sourceList = root['sources'] ?? [];
  if (!Array.isArray(sourceList)) issue('sources', 'expected a list');
  else
    sourceList.forEach((v, i) => {
      const path = `sources[${i}]`;
      const o = obj(v, path, ['id', 'title', 'url', 'date']) ?? {};
      const id = text(o['id'], `${path}.id`);
      if (PROJECT_SOURCES.has(id)) issue(`${path}.id`, `${id} is already a project source`);
      if (sources.some((s) => s.id === id)) issue(`${path}.id`, `${id} is listed twice`);
      sources.push({
        id,
        title: text(o['title'], `${path}.title`),
        ...(o['url'] === undefined ? {} : { url: text(o['url'], `${path}.url`) }),
        ...(o['date'] === undefined ? {} : { date: text(o['date'], `${path}.date`) }),
      });
    });
  const known = new Set([...PROJECT_SOURCES, ...sources.map((s) => s.id)]);

  const stances: StanceEntry[] = [];
  // Any key may appear under stances (each is checked as an entity id below).
  const stanceObj = isObj(root['stances']) ? root['stances'] : {};
  if (!isObj(root['stances'])) issue('stances', 'expected a mapping');
  for (const [id, v] of Object.entries(stanceObj)) {
    const path = `stances.${id}`;
    if (!canBeParty(id))
      issue(path, `${id} is neither a state (ISO 3166-1 alpha-2) nor one of the five organizations`);
    const o = obj(v, path, ['stance', 'confidence', 'sources', 'when', 'note', 'assume']) ?? {};
    const stance = STANCES.find((s) => s === o['stance']);
    if (stance === undefined) issue(`${path}.stance`, `expected one of ${STANCES.join(', ')}`);
    const conf = o['confidence'] ?? null;
    const confidence = conf === null ? null : (CONFIDENCES.find((c) => c === conf) ?? null);
    if (conf !== null && confidence === null)
      issue(`${path}.confidence`, `expected one of ${CONFIDENCES.join(', ')}`);
    if (stance !== undefined && stance !== 'unknown' && confidence === null)
      issue(`${path}.confidence`, 'a stance other than unknown needs a confidence');
    const rawSources = o['sources'] ?? [];
    const ids =
      Array.isArray(rawSources) && rawSources.every((s) => typeof s === 'string') ? rawSources : null;
    if (ids === null) issue(`${path}.sources`, 'expected a list of source ids');
    for (const s of ids ?? []) if (!known.has(s)) issue(`${path}.sources`, `unknown source ${s}`);
    if (stance !== undefined && stance !== 'unknown' && (ids ?? []).length === 0)
      issue(`${path}.sources`, 'a stance other than unknown must cite a source');
    stances.push({
      id: id as EntityId,
      stance: stance ?? 'unknown',
      confidence,
      sources: ids ?? [],
      ...(o['when'] === undefined ? {} : { when: text(o['when'], `${path}.when`) }),
      note: text(o['note'], `${path}.note`),
      ...(o['assume'] === undefined ? {} : { assume: assumption(o['assume'], `${path}.assume`) }),
    });
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    table: {
      title,
      start: start as IsoDate,
      signatureMonths,
      climate,
      blocs,
      categories,
      stances: stances.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      sources,
    },
  };
}

///// The simulation

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

///// The result

export interface CurvePoint {
  readonly date: IsoDate;
  /** Share of trials in force on or before the date, with its binomial standard error. */
  readonly probability: number;
  readonly standardError: number;
}

export interface PivotalEntity {
  readonly id: EntityId;
  readonly name: string;
  readonly stance: Stance;
  readonly count: number;
  /** Share of the trials in force by the horizon in which it deposited the threshold instrument. */
  readonly share: number;
  /** The same count over all trials. */
  readonly probability: number;
}

export interface EntityOutlook {
  readonly id: EntityId;
  readonly name: string;
  readonly stance: Stance;
  readonly inTable: boolean;
  readonly eligible: boolean;
  readonly counted: boolean;
  /** Share of trials in which it signs, and deposits an instrument, by the horizon. */
  readonly signs: number;
  readonly deposits: number;
}

export interface OutlookResult {
  readonly title: string;
  readonly trials: number;
  readonly seed: number;
  readonly start: IsoDate;
  readonly horizon: IsoDate;
  readonly rule: {
    readonly instruments: number | null;
    readonly countOrganizations: boolean | null;
    readonly eligible: PartySet | null;
    readonly cites: 'EST 14(1)';
  };
  readonly inForceByHorizon: {
    readonly trials: number;
    readonly probability: number;
    readonly standardError: number;
  };
  /** The first day by which half of all trials are in force (null: not within the horizon). */
  readonly median: IsoDate | null;
  /** The first day by which half of the trials in force by the horizon are. */
  readonly medianIfInForce: IsoDate | null;
  /** Entry-into-force dates at the 10th, 25th, 50th, 75th and 90th percentiles of all trials. */
  readonly percentiles: readonly { readonly p: number; readonly date: IsoDate | null }[];
  /** Monthly, at each month's last day from the start's month to the horizon (and on the horizon). */
  readonly curve: readonly CurvePoint[];
  readonly pivotal: readonly PivotalEntity[];
  /** The pivotal depositors grouped by stance: which kind of government tips the balance. */
  readonly pivotalByStance: Readonly<Record<Stance, { readonly count: number; readonly share: number }>>;
  /** Counted instruments deposited by the horizon: mean, quartiles, and trials by count. */
  readonly instruments: {
    readonly mean: number;
    readonly p10: number;
    readonly p50: number;
    readonly p90: number;
    readonly histogram: readonly number[];
  };
  readonly entities: readonly EntityOutlook[];
  readonly warnings: readonly string[];
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The last day of each month from the start's month to the horizon, and the horizon itself. */
export function monthEnds(start: IsoDate, horizon: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  for (;;) {
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${pad2(m + 1)}-01`;
    const end = addDays(isoDate(next), -1);
    if (end >= horizon) break;
    out.push(end);
    y = m === 12 ? y + 1 : y;
    m = m === 12 ? 1 : m + 1;
  }
  out.push(horizon);
  return out;
}

/** Summarizes the tallies once every trial has been run. */
export function summarize(o: Outlook): OutlookResult {
  const { trials } = o.options;
  if (o.done !== trials) throw new RangeError(`only ${o.done} of ${trials} trials have been run`);
  const { start, title } = o.table;
  const horizon = o.options.horizon;
  const cumulative = new Float64Array(o.horizonDay + 1);
  let sum = 0;
  for (let d = 0; d <= o.horizonDay; d += 1) {
    sum += o.inForceOnDay[d] as number;
    cumulative[d] = sum;
  }
  const inForce = sum;
  const se = (p: number): number => Math.sqrt((p * (1 - p)) / trials);
  const firstReaching = (count: number): IsoDate | null => {
    if (count <= 0 || count > inForce) return null;
    for (let d = 0; d <= o.horizonDay; d += 1)
      if ((cumulative[d] as number) >= count) return addDays(start, d);
    return null;
  };
  const curve = monthEnds(start, horizon).map((date): CurvePoint => {
    const p = (cumulative[daysBetween(start, date)] as number) / trials;
    return { date, probability: p, standardError: se(p) };
  });

  const pivotal = o.entities
    .map((m, e): PivotalEntity => {
      const count = o.pivotal[e] as number;
      return {
        id: m.id,
        name: entityName(m.id),
        stance: m.stance,
        count,
        share: inForce === 0 ? 0 : count / inForce,
        probability: count / trials,
      };
    })
    .filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));

  const pivotalByStance = Object.fromEntries(
    STANCES.map((stance) => {
      const c = pivotal.filter((p) => p.stance === stance).reduce((a, p) => a + p.count, 0);
      return [stance, { count: c, share: inForce === 0 ? 0 : c / inForce }];
    }),
  ) as Record<Stance, { count: number; share: number }>;

  const histogram = [...o.instruments];
  let mean = 0;
  histogram.forEach((c, k) => (mean += c * k));
  const quantileCount = (q: number): number => {
    let acc = 0;
    for (let k = 0; k < histogram.length; k += 1) {
      acc += histogram[k] as number;
      if (acc >= q * trials) return k;
    }
    return histogram.length - 1;
  };

  const params = o.options.parameters;
  return {
    title,
    trials,
    seed: o.options.seed,
    start,
    horizon,
    rule: {
      instruments: params['entryIntoForce.instruments'],
      countOrganizations: params['entryIntoForce.countOrganizations'],
      eligible: params['signature.eligible'],
      cites: 'EST 14(1)',
    },
    inForceByHorizon: { trials: inForce, probability: inForce / trials, standardError: se(inForce / trials) },
    median: firstReaching(Math.ceil(trials / 2)),
    medianIfInForce: firstReaching(Math.ceil(inForce / 2)),
    percentiles: [0.1, 0.25, 0.5, 0.75, 0.9].map((p) => ({ p, date: firstReaching(Math.ceil(p * trials)) })),
    curve,
    pivotal,
    pivotalByStance,
    instruments: {
      mean: mean / trials,
      p10: quantileCount(0.1),
      p50: quantileCount(0.5),
      p90: quantileCount(0.9),
      histogram,
    },
    entities: o.entities.map((m, e) => ({
      id: m.id,
      name: entityName(m.id),
      stance: m.stance,
      inTable: m.inTable,
      eligible: m.eligible,
      counted: m.counted,
      signs: (o.signed[e] as number) / trials,
      deposits: (o.deposited[e] as number) / trials,
    })),
    warnings: o.warnings,
  };
}

/** Prepares, runs every trial in chunks of `chunk` (calling `progress` after each), and summarizes. */
export function simulateOutlook(
  table: StanceTable,
  options: OutlookOptions,
  { chunk = 10_000, progress }: { chunk?: number; progress?: (done: number, total: number) => void } = {},
): OutlookResult {
  const o = prepareOutlook(table, options);
  for (let from = 0; from < options.trials; from += chunk) {
    runTrials(o, from, Math.min(options.trials, from + chunk));
    progress?.(o.done, options.trials);
  }
  return summarize(o);
}

/** The probability in force on or before `date` read from a result's curve (null if not a curve point). */
export function probabilityBy(result: OutlookResult, date: string): CurvePoint | null {
  return result.curve.find((p) => p.date === date) ?? null;
}
