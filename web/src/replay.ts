/**
 * @module Replaying the depositary's log in the browser: its entries become engine acts exactly as
 * the depositary made them, by `actOf` of src/log/record.ts (the day of receipt is `on`, the filer
 * is `by`; the record's own acts, such as a key lodged, are no engine acts), and the engine gives the
 * state on any day. No trust in the server's own outcome is needed for that.
 */
import type { Act } from '../../src/engine/acts.ts';
import type { Outcome } from '../../src/engine/outcome.ts';
import { run } from '../../src/engine/run.ts';
import type { Entry } from '../../src/log/entry.ts';
import { actOf } from '../../src/log/filing-act.ts';
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

export interface ReplayedEntry {
  readonly index: number;
  readonly entry: Entry;
  /** The engine act, or null when the entry holds none this treaty knows (shown, not replayed). */
  readonly act: Act | null;
}

/** The engine act of an entry, or null when it holds none (a record act, or one the treaty does not know). */
export function engineActOf(entry: Entry, treaty: TreatyId): Act | null {
  const read = actOf(entry.envelope, entry.receivedAt, treaty);
  return read.ok && read.kind === 'treaty' ? read.act : null;
}

/** Reads leaf texts into entries with their acts. */
export function readEntries(leaves: readonly string[], treaty: TreatyId): ReplayedEntry[] {
  return leaves.map((leaf, index) => {
    const entry = JSON.parse(leaf) as Entry;
    return { index, entry, act: engineActOf(entry, treaty) };
  });
}

/** The outcome of the log as of a day, computed here from its acts. */
export function outcomeAsOf(
  settings: LogSettings,
  entries: readonly ReplayedEntry[],
  asOf: IsoDate,
): Outcome {
  const acts = entries.flatMap((e) => (e.act === null ? [] : [e.act]));
  // The settings give each value as of its text's version; each act reads the value of its own day.
  const parameters = parameterSeries(settings.treaty, overridesOf(settings.treaty, settings.parameters));
  return run({ name: settings.origin, treaty: settings.treaty, parameters, acts }, { asOf }).outcome;
}
