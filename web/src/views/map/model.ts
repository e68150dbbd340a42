/**
 * @module What the map shows, as data: each registry state's status on a day (from the outcome the
 * browser computed by replaying the log), the blocs it belonged to that day, the days on which
 * something changed, and the counts of the summary. The same rows feed the map, the legend and the
 * table.
 */
import type { Outcome, PartyOutcome, PartyStatus } from '../../../../src/engine/outcome.ts';
import type { TreatyId } from '../../../../src/treaty/common.ts';
import { addDays, daysBetween, isoDate } from '../../../../src/treaty/dates.ts';
import type { IsoDate } from '../../../../src/treaty/dates.ts';
import { kindOf } from '../../../../src/treaty/entities.ts';
import type { ParameterValues } from '../../../../src/treaty/parameters/index.ts';
import { STATES, membersOn, resolvePartySet } from '../../../../src/treaty/parties/index.ts';
import type { StateData } from '../../../../src/treaty/parties/index.ts';
import { TREATIES } from '../../../../src/treaty/treaties.ts';
import type { LoggedAct } from '../../replay.ts';

/** A state's status on the map: the engine's, or eligible but not signed, or outside. */
export type MapStatus = PartyStatus | 'eligible' | 'outside';

/** In the legend's order. */
export const STATUSES: readonly MapStatus[] = [
  'party',
  'withdrawing',
  'signatory',
  'acceding',
  'withdrawn',
  'eligible',
  'outside',
];

export const MAP_BLOCS = ['NATO', 'EU', 'CSTO', 'CIS'] as const;
export type MapBloc = (typeof MAP_BLOCS)[number];

export interface StateRow {
  readonly id: string;
  readonly state: StateData;
  readonly status: MapStatus;
  /** The engine's record (null for a state that has filed nothing that stands). */
  readonly outcome: PartyOutcome | null;
  readonly blocs: readonly MapBloc[];
  /** An open accession (EST 12): when it was asked for, until when a Party may object. */
  readonly accession?: { readonly opened: IsoDate; readonly objectionUntil: IsoDate | null };
}

/** The states a treaty is open to on a day: its eligibility parameter (the 56 OSCE states of 2009 by default). */
export function eligibleOn(
  treaty: TreatyId,
  parameters: ParameterValues,
  date: IsoDate,
): ReadonlySet<string> {
  const set =
    (treaty === 'nrc-2009' ? parameters['nrc.signature.eligible'] : parameters['signature.eligible']) ??
    'osce-2009';
  return new Set([...resolvePartySet(set, date)].filter((id) => kindOf(id) === 'state'));
}

/** The blocs' members on a day. */
export function blocsOn(date: IsoDate): Readonly<Record<MapBloc, ReadonlySet<string>>> {
  return {
    NATO: new Set(membersOn('NATO', date)),
    EU: new Set(membersOn('EU', date)),
    CSTO: new Set(membersOn('CSTO', date)),
    CIS: new Set(membersOn('CIS', date)),
  };
}

/** One row per registry state, in registry order. */
export function rowsOf(
  outcome: Outcome,
  eligible: ReadonlySet<string>,
  blocs: Readonly<Record<MapBloc, ReadonlySet<string>>>,
): StateRow[] {
  const byId = new Map(outcome.parties.map((p) => [p.id as string, p]));
  const accessions = new Map(
    outcome.procedures
      .filter((p) => p.kind === 'accession' && p.status === 'open')
      .map((p) => [p.requestedBy as string, p]),
  );
  return STATES.map((state) => {
    const record = byId.get(state.id) ?? null;
    const status: MapStatus = record?.status ?? (eligible.has(state.id) ? 'eligible' : 'outside');
    const accession = status === 'acceding' ? accessions.get(state.id) : undefined;
    return {
      id: state.id,
      state,
      status,
      outcome: record,
      blocs: MAP_BLOCS.filter((b) => blocs[b].has(state.id)),
      ...(accession
        ? { accession: { opened: accession.opened, objectionUntil: accession.objectionUntil ?? null } }
        : {}),
    };
  });
}

/** How many states hold each status (the rows are the registry's states: no organization among them). */
export function countsOf(rows: readonly StateRow[]): Readonly<Record<MapStatus, number>> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<MapStatus, number>;
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** The first and last day of the slider: the text's date (or the first filing, if earlier) to today. */
export function rangeOf(
  treaty: TreatyId,
  entries: readonly LoggedAct[],
  today: IsoDate,
): { start: IsoDate; end: IsoDate; days: number } {
  const version = TREATIES[treaty].version;
  const first = entries[0]?.day;
  const last = entries.at(-1)?.day;
  const start = first !== undefined && first < version ? first : version;
  const end = last !== undefined && last > today ? last : today;
  return { start, end, days: daysBetween(start, end) };
}

/**
 * The days on which the map can change: every day something was filed, and the days on which an
 * instrument or a withdrawal takes effect (read from the outcome as of the last day).
 */
export function keyDatesOf(
  entries: readonly LoggedAct[],
  latest: Outcome,
  range: { start: IsoDate; end: IsoDate },
): IsoDate[] {
  const days = new Set<string>();
  for (const e of entries) if (e.act !== null) days.add(e.day);
  if (latest.entryIntoForce !== null) days.add(latest.entryIntoForce);
  for (const p of latest.parties) {
    if (p.inForceFrom !== null) days.add(p.inForceFrom);
    if (p.withdrawalEffective !== null) days.add(p.withdrawalEffective);
  }
  for (const p of latest.procedures)
    if (p.kind === 'accession' && p.objectionUntil !== undefined) days.add(addDays(p.objectionUntil, 1));
  return [...days]
    .filter((d) => d >= range.start && d <= range.end)
    .sort()
    .map(isoDate);
}

/** The day `offset` days after `start`. */
export function dayAt(start: IsoDate, offset: number): IsoDate {
  return addDays(start, offset);
}
