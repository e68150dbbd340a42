/**
 * @module The days on which a deployment's standing under a 2021 article may change, and the days it
 * becomes barred: written once for NRA 4, 5 and 7(1) and RUS-US 4(2), 6 and 7(1), whose findings are
 * all "from the first day present while barred, and again each time it becomes so after ceasing to
 * be". Between two such days nothing a rule reads changes, so judging on them alone is exact.
 */
import type { IsoDate } from '../treaty/dates.ts';
import type { ParameterId } from '../treaty/parameters/index.ts';
import { MEMBERSHIPS } from '../treaty/parties/index.ts';
import type { Deployment, State } from './state.ts';

/**
 * The days anything a deployment rule reads may change, whatever the deployment: entry into force,
 * any State becoming or ceasing to be a Party, NATO accessions and departures (the registry), and the
 * days the parameters given change.
 */
export function standingDays(state: State, params: readonly ParameterId[]): Set<IsoDate> {
  const days = new Set<IsoDate>();
  if (state.entryIntoForce !== null) days.add(state.entryIntoForce);
  for (const rec of state.entities.values()) {
    if (rec.inForceFrom !== null) days.add(rec.inForceFrom);
    if (rec.withdrawalEffective !== null) days.add(rec.withdrawalEffective);
    for (const m of rec.previous) days.add(m.inForceFrom).add(m.withdrawalEffective);
  }
  for (const m of MEMBERSHIPS) {
    if (m.bloc !== 'NATO') continue;
    days.add(m.from as IsoDate);
    if (m.to !== null) days.add(m.to as IsoDate);
  }
  for (const id of params) for (const step of state.parameters[id]) days.add(step.since);
  return days;
}

/**
 * The days a deployment becomes barred: the first day it is present and `barred` holds, and again
 * each time it becomes so after ceasing to be (the deployer withdrew and came back, the host changed
 * blocs, a parameter changed). A deployment is present from its first day up to, not including, its
 * end. The days judged are its own first and last, the `standingDays` of `params`, and `moreDays`
 * (a rule's own dates, such as a day weapons are due home), up to `asOf`.
 */
export function barredFrom<T>(
  state: State,
  d: Deployment,
  asOf: IsoDate,
  params: readonly ParameterId[],
  barred: (date: IsoDate) => T | null,
  moreDays: readonly IsoDate[] = [],
): { readonly on: IsoDate; readonly what: T }[] {
  const days = standingDays(state, params).add(d.from);
  if (d.to !== null) days.add(d.to);
  for (const day of moreDays) days.add(day);
  const out: { on: IsoDate; what: T }[] = [];
  let open = false;
  for (const day of [...days].filter((x) => x >= d.from && x <= asOf).sort()) {
    const what = d.to === null || day < d.to ? barred(day) : null;
    if (what !== null && !open) out.push({ on: day, what });
    open = what !== null;
  }
  return out;
}
