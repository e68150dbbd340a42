/**
 * @module The outlook's result: the tallies of every trial summarized (the curve, the median and
 * percentile dates, the pivotal depositors, the instruments deposited, per-entity chances).
 */
import { addDays, daysBetween, isoDate } from '../../treaty/dates.ts';
import type { IsoDate } from '../../treaty/dates.ts';
import type { EntityId } from '../../treaty/entities.ts';
import type { PartySet } from '../../treaty/parties/index.ts';
import { entityName } from '../../treaty/parties/index.ts';
import { prepareOutlook, runTrials } from './simulation.ts';
import type { Outlook, OutlookOptions } from './simulation.ts';
import { STANCES } from '../../scenario/stance-table.ts';
import type { Stance, StanceTable } from '../../scenario/stance-table.ts';

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
