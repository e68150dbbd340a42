/**
 * @module The force limits of the NATO-Russia drafts measured against real deployments: when, under
 * each reading, a limit was first breached in each host state. Two generations: NRC 4 of December
 * 2009 ("substantial combat forces", several readings of its thresholds) and NRA 4 of December 2021
 * (no figure: any forces of Russia or the NATO members of 27 May 1997 beyond those there that day).
 * The counting is the engine's: the deployments become `deploy` / `end-deployment` acts of an
 * `nrc-2009` or `nra-2021` run (each assumed in force from 2010-01-01 among the same 29 States: a
 * counterfactual, neither draft was ever in force) with the reading's parameters, and the crossings
 * are the engine's `substantial_combat_forces` or `forces_beyond_1997_baseline` findings. With the
 * 2021 draft comes NRA 6, the bar on NATO enlargement, against every accession since 1997. This
 * module only validates the case data, builds the acts, chooses the parameters and names the
 * deployments behind each finding.
 *
 * Here, the public surface: the case data and their schema are in src/scenario/deployment-table.ts,
 * the readings in ./force-limits/readings.ts, the NRC runs and what all runs share in
 * ./force-limits/crossings.ts, the NRA runs in ./force-limits/nra.ts, the report in
 * ./force-limits/report.ts.
 */
export {
  CASE_FORCE_KINDS,
  CONFIDENCES,
  isPartialDate,
  parseDeploymentData,
  type CaseConfidence,
  type CaseForceKind,
  type CaseForces,
  type CaseSource,
  type DeploymentData,
  type DeploymentRecord,
  type ParsedData,
} from '../scenario/deployment-table.ts';
export {
  DEFAULT_READING,
  FORMER_WP_AND_USSR,
  READINGS,
  READING_TREATIES,
  findReading,
  readingProblem,
  readingsOf,
  type AirCount,
  type NraReading,
  type NrcReading,
  type Reading,
  type ReadingTreaty,
} from './force-limits/readings.ts';
export {
  ASSUMED_IN_FORCE,
  ASSUMPTIONS,
  deploymentActs,
  latestDate,
  readingParameters,
  type Assumption,
  type Crossing,
  type HostResult,
  type ReadingResult,
  type ReportedExceeded,
  type ReportedKind,
} from './force-limits/crossings.ts';
export {
  NRA_BASELINE_DAY,
  enlargementAgainstNra6,
  type Accession,
  type AccessionStatus,
  type EnlargementReport,
} from './force-limits/nra.ts';
export {
  analyzeForceLimits,
  analyzeReading,
  firstCrossingMatrix,
  type ForceLimitsReport,
} from './force-limits/report.ts';
