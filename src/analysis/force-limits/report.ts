/**
 * @module The force-limits report over every reading asked for, of either draft: the crossings by
 * host and reading, the matrix of first crossings, the counterfactual premises of each draft's runs,
 * and, when a reading of the 2021 draft is among them, NATO's enlargement against NRA 6.
 */
import type { DeploymentData, DeploymentRecord } from '../../scenario/deployment-table.ts';
import type { IsoDate } from '../../treaty/dates.ts';
import type { EntityId } from '../../treaty/entities.ts';
import { ASSUMED_IN_FORCE, ASSUMPTIONS, analyzeNrcReading, latestDate } from './crossings.ts';
import type { Assumption, ReadingResult } from './crossings.ts';
import { analyzeNraReading, enlargementAgainstNra6 } from './nra.ts';
import type { EnlargementReport } from './nra.ts';
import { READINGS, READING_TREATIES, readingProblem } from './readings.ts';
import type { Reading } from './readings.ts';

export interface ForceLimitsReport {
  readonly asOf: IsoDate;
  /** The day both drafts are assumed in force (see `assumptions`). */
  readonly assumedInForce: IsoDate;
  /** The premises of the runs of each draft read, in the order of `READING_TREATIES`. */
  readonly assumptions: readonly Assumption[];
  /** Every host state in the data, sorted. */
  readonly hosts: readonly EntityId[];
  readonly readings: readonly ReadingResult[];
  /** NATO accessions against NRA 6, when a reading of the 2021 draft is in the report; else null. */
  readonly enlargement: EnlargementReport | null;
}

/** Runs one reading through the engine, as its draft's run, and returns its crossings by host. */
export function analyzeReading(
  records: readonly DeploymentRecord[],
  reading: Reading,
  asOf: IsoDate = latestDate(records),
): ReadingResult {
  const problem = readingProblem(reading);
  if (problem !== null) throw new TypeError(problem);
  return reading.treaty === 'nra-2021'
    ? analyzeNraReading(records, reading, asOf)
    : analyzeNrcReading(records, reading, asOf);
}

/** Every reading asked for (by default all), per host: when its limit was first breached. */
export function analyzeForceLimits(
  data: Pick<DeploymentData, 'deployments'>,
  readings: readonly Reading[] = READINGS,
  asOf: IsoDate = latestDate(data.deployments),
): ForceLimitsReport {
  const treaties = READING_TREATIES.filter((t) => readings.some((r) => r.treaty === t));
  return {
    asOf,
    assumedInForce: ASSUMED_IN_FORCE,
    assumptions: treaties.map((t) => ASSUMPTIONS[t]),
    hosts: [...new Set(data.deployments.map((r) => r.in))].sort(),
    readings: readings.map((reading) => analyzeReading(data.deployments, reading, asOf)),
    enlargement: treaties.includes('nra-2021') ? enlargementAgainstNra6(asOf) : null,
  };
}

/** The matrix host × reading: the first crossing date, null if none, or 'not-a-target'. */
export function firstCrossingMatrix(
  report: Pick<ForceLimitsReport, 'hosts' | 'readings'>,
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
