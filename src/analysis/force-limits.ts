/**
 * @module NRC 4 measured against real deployments: when, under each reading of "substantial combat
 * forces", a threshold was first crossed in each host state. The counting is the engine's: the
 * deployments become `deploy` / `end-deployment` acts of an `nrc-2009` run (in force from
 * 2010-01-01 among the NATO-Russia Council states of 2009) with the reading's parameters, and the
 * crossings are the engine's `substantial_combat_forces` findings. This module only validates the
 * case data, builds the acts, chooses the parameters and names the deployments behind each finding.
 *
 * Here, the public surface: the case data and their schema are in src/scenario/deployment-table.ts,
 * the readings in ./force-limits/readings.ts, the runs and crossings in ./force-limits/crossings.ts.
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
  findReading,
  readingProblem,
  type AirCount,
  type Reading,
} from './force-limits/readings.ts';
export {
  ASSUMED_IN_FORCE,
  analyzeForceLimits,
  analyzeReading,
  deploymentActs,
  firstCrossingMatrix,
  latestDate,
  readingParameters,
  type Crossing,
  type ForceLimitsReport,
  type HostResult,
  type ReadingResult,
  type ReportedExceeded,
  type ReportedKind,
} from './force-limits/crossings.ts';
