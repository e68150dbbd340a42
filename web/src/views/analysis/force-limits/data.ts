/**
 * @module The force-limits section's data: the shipped case library (cases/deployments.yaml) read as
 * the CLI reads it and run through the engine under every reading, once per page load.
 */
import { parse as parseYaml } from 'yaml';
import deploymentsText from '../../../../../cases/deployments.yaml?raw';
import {
  READINGS,
  analyzeForceLimits,
  latestDate,
  parseDeploymentData,
} from '../../../../../src/analysis/force-limits.ts';
import type { DeploymentData, ForceLimitsReport } from '../../../../../src/analysis/force-limits.ts';

/** The case library and the report of every reading on it. */
export interface Computed {
  readonly data: DeploymentData;
  readonly report: ForceLimitsReport;
}

let cached: Computed | { issues: readonly string[] } | null = null;

/** Reads the case library as the CLI does (YAML 1.2, then parseDeploymentData) and runs every reading. */
export function compute(): Computed | { issues: readonly string[] } {
  if (cached !== null) return cached;
  const parsed = parseDeploymentData(parseYaml(deploymentsText, { version: '1.2' }));
  if (!parsed.ok) cached = { issues: parsed.issues };
  else {
    const data = parsed.data;
    cached = { data, report: analyzeForceLimits(data, READINGS, data.asOf ?? latestDate(data.deployments)) };
  }
  return cached;
}

/** What has been computed so far: the report, the library's issues, or null before the first run. */
export const computedSoFar = (): Computed | { issues: readonly string[] } | null => cached;
