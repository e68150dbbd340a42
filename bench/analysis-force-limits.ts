/**
 * @module Force-limits benchmark: the case library (cases/deployments.yaml) run through the engine
 * under the December 2021 reading of NRA 4 and under every reading at once (what the web's analysis
 * computes on opening), each against the default 2009 reading (nrc-2010) measured in the same run.
 * The NRA run also reads the registry for NRA 6 and the baseline of 27 May 1997, so the ratio says
 * what the 2021 draft costs beside the 2009 one on the same acts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import {
  READINGS,
  analyzeForceLimits,
  analyzeReading,
  findReading,
  latestDate,
  parseDeploymentData,
} from '../src/analysis/force-limits.ts';
import type { DeploymentData, Reading } from '../src/analysis/force-limits.ts';
import type { Row } from './table.ts';

function caseLibrary(): DeploymentData {
  const file = fileURLToPath(new URL('../cases/deployments.yaml', import.meta.url));
  const parsed = parseDeploymentData(parseYaml(readFileSync(file, 'utf8'), { version: '1.2' }));
  if (!parsed.ok) throw new Error(`cases/deployments.yaml: ${parsed.issues[0] ?? 'invalid'}`);
  return parsed.data;
}

function reading(id: string): Reading {
  const r = findReading(id);
  if (r === undefined) throw new Error(`no reading ${id}`);
  return r;
}

/** Median over `rounds` of the seconds `f` takes, after one warm-up. */
function seconds(f: () => void, rounds: number): number {
  f();
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const t0 = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)] as number;
}

const ms = (s: number): string => `${(s * 1000).toFixed(1)} ms`;

export function forceLimitsBench(quick = false): Row[] {
  const data = caseLibrary();
  const asOf = data.asOf ?? latestDate(data.deployments);
  const rounds = quick ? 5 : 15;
  const nrc = seconds(() => analyzeReading(data.deployments, reading('nrc-2010'), asOf), rounds);
  const nra = seconds(() => analyzeReading(data.deployments, reading('nra-2021'), asOf), rounds);
  const all = seconds(() => analyzeForceLimits(data, READINGS, asOf), rounds);
  const baseline = `the 2009 default reading nrc-2010 on the same ${data.deployments.length} deployments: ${ms(nrc)}`;
  return [
    {
      name: 'force limits, the 2021 reading nra-2021 (NRA 4, with NRA 6 read from the registry)',
      value: ms(nra),
      ratio: nrc / nra,
      baseline,
      goal: '',
    },
    {
      name: `force limits, every reading at once (${READINGS.length}, as the web computes on opening)`,
      value: ms(all),
      ratio: nrc / all,
      baseline,
      goal: '',
    },
  ];
}
