/**
 * @module Replaying the depositary's log in the browser: the ledger (./ledger.ts) reads its entries
 * into engine acts exactly as the depositary made them (the day of receipt is `on`, the filer is
 * `by`; the record's own acts, such as a key lodged, are no engine acts), and the engine gives the
 * state on any day from them. No trust in the server's own outcome is needed for that.
 */
import type { Act } from '../../src/engine/acts.ts';
import type { Outcome } from '../../src/engine/outcome.ts';
import { run } from '../../src/engine/run.ts';
import type { TreatyId } from '../../src/treaty/common.ts';
import type { IsoDate } from '../../src/treaty/dates.ts';
import type { ParameterValues } from '../../src/treaty/parameters/index.ts';
import { overridesOf, parameterSeries } from '../../src/treaty/parameters/index.ts';

/** What GET /api/v1/settings answers. */
export interface LogSettings {
  readonly treaty: TreatyId;
  readonly parameters: ParameterValues;
  readonly origin: string;
  readonly verifierKey: string;
  readonly size: number;
  /** A record, or an exercise (invented filings), as the log's signed origin says (src/log/mode.ts). */
  readonly mode?: 'record' | 'exercise';
  /** On a mirror (src/mirror/mirror.ts): the depositary it copies and its cosigner key; else null. */
  readonly mirror?: { readonly from: string; readonly mirrorKey: string } | null;
}

/** A log entry as the replay needs it: its number, its day of receipt and its engine act (if any). */
export interface LoggedAct {
  readonly index: number;
  readonly day: IsoDate;
  /** The engine act, or null when the entry holds none this treaty knows (shown, not replayed). */
  readonly act: Act | null;
}

/**
 * The outcome of the log as of a day, computed here from its acts. A refused act is numbered by
 * its entry in the log, as the depositary numbers it (the engine numbers it among the acts).
 */
export function outcomeAsOf(settings: LogSettings, entries: readonly LoggedAct[], asOf: IsoDate): Outcome {
  const logged = entries.filter((e) => e.act !== null);
  const acts = logged.map((e) => e.act as Act);
  // The settings give each value as of its text's version; each act reads the value of its own day.
  const parameters = parameterSeries(settings.treaty, overridesOf(settings.treaty, settings.parameters));
  const { outcome } = run({ name: settings.origin, treaty: settings.treaty, parameters, acts }, { asOf });
  return {
    ...outcome,
    rejected: outcome.rejected.map((r) => ({ ...r, index: logged[r.index]?.index ?? r.index })),
  };
}
