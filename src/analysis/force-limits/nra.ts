/**
 * @module The December 2021 draft agreement against the same deployments, a counterfactual (it was
 * never in force): NRA 4 run on the case library as the acts of an `nra-2021` run, the engine's
 * `forces_beyond_1997_baseline` findings by host with the deployments behind each; and NRA 6 against
 * every NATO accession since 27 May 1997 in the party registry, with the engine's `nato_enlargement`
 * finding for each that falls while the agreement is assumed in force.
 */
import type { RejectionOutcome } from '../../engine/outcome.ts';
import { run } from '../../engine/run.ts';
import { isParty, paramOn } from '../../engine/state.ts';
import type { State } from '../../engine/state.ts';
import type { DeploymentRecord } from '../../scenario/deployment-table.ts';
import type { IsoDate } from '../../treaty/dates.ts';
import type { EntityId } from '../../treaty/entities.ts';
import { entityId, kindOf } from '../../treaty/entities.ts';
import { parameterSeries, resolveParameters } from '../../treaty/parameters/index.ts';
import { MEMBERSHIPS, resolvePartySet } from '../../treaty/parties/index.ts';
import {
  ASSUMPTIONS,
  activeOn,
  deploymentActs,
  hostResults,
  latestDate,
  readingParameters,
} from './crossings.ts';
import type { Crossing, ReadingResult } from './crossings.ts';
import type { NraReading } from './readings.ts';

/** The day NRA 4 freezes and NRA 6 counts from: NATO's membership of 27 May 1997. */
export const NRA_BASELINE_DAY = '1997-05-27' as IsoDate;

/**
 * Whether a deployment counts under NRA 4 on a day, as the engine's `nra4.beyond1997` finding
 * counts it (src/engine/findings.ts): begun after 27 May 1997, by a bound State (`nra.4.bound`) that
 * is a Party that day, in a State in Europe (`nra.4.europe`) that is "other" (`nra.4.otherStates`),
 * permanent or temporary as `nra.4.countTemporary` says, with forces of some kind counted.
 */
function countsOn(state: State, r: DeploymentRecord, day: IsoDate): boolean {
  const bound = paramOn(state, 'nra.4.bound', day);
  const europe = paramOn(state, 'nra.4.europe', day);
  const other = paramOn(state, 'nra.4.otherStates', day);
  const countTemporary = paramOn(state, 'nra.4.countTemporary', day);
  if (!bound || !europe || other === null || countTemporary === null) return false;
  if (r.from <= NRA_BASELINE_DAY || !activeOn(r, day)) return false;
  const boundSet = resolvePartySet(bound, day);
  if (kindOf(r.by) !== 'state' || !boundSet.has(r.by) || !isParty(state, r.by, day)) return false;
  if (!resolvePartySet(europe, day).has(r.in) || r.in === r.by) return false;
  if (other === 'outside-bound' && boundSet.has(r.in)) return false;
  if (!r.permanent && !countTemporary) return false;
  return Object.values(r.forces).some((n) => n !== undefined && n > 0);
}

/** Runs the reading of NRA 4 through the engine and returns its findings by host, as crossings. */
export function analyzeNraReading(
  records: readonly DeploymentRecord[],
  reading: NraReading,
  asOf: IsoDate = latestDate(records),
): ReadingResult {
  const result = run(
    {
      name: `force limits: ${reading.id}`,
      treaty: 'nra-2021',
      parameters: parameterSeries('nra-2021', readingParameters(reading)),
      assume: ASSUMPTIONS['nra-2021'],
      acts: deploymentActs(records),
    },
    { asOf },
  );
  const crossings: Crossing[] = [];
  for (const f of result.outcome.findings) {
    if (f.code !== 'forces_beyond_1997_baseline') continue;
    const host = f.parties[0] as EntityId;
    const responsible = records
      .filter((r) => r.in === host && countsOn(result.state, r, f.on))
      .map((r) => r.id)
      .sort();
    crossings.push({
      host,
      on: f.on,
      exceeded: [],
      baselineHost: f.baselineHost,
      deployedBy: f.deployedBy,
      responsible,
    });
  }
  // Protected: the States in Europe whose territory is "other" (outside the bound group, by default).
  const values = resolveParameters('nra-2021', readingParameters(reading));
  const europe = resolvePartySet(values['nra.4.europe'] ?? [], asOf);
  const bound = resolvePartySet(values['nra.4.bound'] ?? [], asOf);
  const outside = values['nra.4.otherStates'] !== 'other-than-deployer';
  const rejected: RejectionOutcome[] = [...result.rejected];
  return {
    reading,
    hosts: hostResults(records, crossings, (h) => europe.has(h) && !(outside && bound.has(h))),
    rejected,
  };
}

/** Where an accession stands against NRA 6 had the agreement been in force from the assumed day. */
export type AccessionStatus = 'before-entry-into-force' | 'finding' | 'no-finding' | 'after-report';

export interface Accession {
  readonly state: EntityId;
  /** The day its NATO membership began (its instrument of accession deposited), from the registry. */
  readonly on: IsoDate;
  readonly status: AccessionStatus;
  /** The engine's finding, when it gave one: `nato_enlargement`, cited `NRA 6`. */
  readonly finding: { readonly code: 'nato_enlargement'; readonly cite: string; readonly on: IsoDate } | null;
}

export interface EnlargementReport {
  /** Accessions after this day are listed: the NATO of 27 May 1997 is the one NRA 4 freezes. */
  readonly since: IsoDate;
  readonly inForce: IsoDate;
  readonly asOf: IsoDate;
  readonly accessions: readonly Accession[];
}

/**
 * Every NATO accession after 27 May 1997 in the party registry, oldest first (then by state), with
 * the finding the engine gives under NRA 6 in an `nra-2021` run assumed in force as the force-limits
 * runs are: an accession before that day is listed as before entry into force, one after the day
 * of the report as after it.
 */
export function enlargementAgainstNra6(asOf: IsoDate): EnlargementReport {
  const assumption = ASSUMPTIONS['nra-2021'];
  const result = run(
    {
      name: 'NATO enlargement against NRA 6',
      treaty: 'nra-2021',
      parameters: parameterSeries('nra-2021'),
      assume: assumption,
      acts: [],
    },
    { asOf },
  );
  const findings = result.outcome.findings.filter((f) => f.code === 'nato_enlargement');
  const accessions = MEMBERSHIPS.filter(
    (m) => m.bloc === 'NATO' && m.kind === 'member' && m.from > NRA_BASELINE_DAY,
  )
    .map((m) => ({ state: entityId(m.state), on: m.from as IsoDate }))
    .sort((a, b) => a.on.localeCompare(b.on) || a.state.localeCompare(b.state))
    .map(({ state, on }): Accession => {
      const f = findings.find((x) => x.parties[0] === state && x.on === on);
      const finding = f ? { code: 'nato_enlargement' as const, cite: f.cite, on: f.on } : null;
      const status: AccessionStatus =
        on < assumption.inForce
          ? 'before-entry-into-force'
          : on > asOf
            ? 'after-report'
            : finding
              ? 'finding'
              : 'no-finding';
      return { state, on, status, finding };
    });
  return { since: NRA_BASELINE_DAY, inForce: assumption.inForce, asOf, accessions };
}
