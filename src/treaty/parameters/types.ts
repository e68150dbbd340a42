/** @module The shape of a parameter: a dated, cited value that fills a blank or fixes a reading. */
import type { Confidence, Localized, TreatyId } from '../common.ts';
import type { IsoDate } from '../dates.ts';
import type { Forces } from '../forces.ts';
import type { PartySet } from '../parties/index.ts';
import type { ProvisionId } from '../provisions/index.ts';

/** An exact fraction, e.g. a quorum of 2/3. */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

/** Threshold per force kind; a kind that is absent or null is not limited. */
export type Thresholds = Readonly<Partial<Record<keyof Forces, number | null>>>;

/** The value types a parameter can have, by name. */
export interface ParameterTypes {
  readonly days: number;
  readonly count: number;
  readonly weight: number;
  readonly boolean: boolean;
  readonly fraction: Fraction;
  readonly 'party-set': PartySet;
  readonly thresholds: Thresholds;
  /** One of the readings the parameter lists in `choices`. */
  readonly choice: string;
}
export type ParameterType = keyof ParameterTypes;

/**
 * Where a value comes from: a figure the text gives (`text`), a blank the text leaves and we fill
 * (`blank`), or a contested reading we had to choose (`reading`). For `blank` and `reading` the
 * value is a modelling choice, and `est treaty params` says so.
 */
export type Basis = 'text' | 'blank' | 'reading';

export interface DatedValue<T> {
  /**
   * The first day the value is in force (the version of the text it belongs to). An act is judged
   * by the value of its own day; the earliest value also stands for the days before it.
   */
  readonly since: IsoDate;
  /** null: no value (the parameter is unset from this date). */
  readonly value: T | null;
  /** Where the value comes from (source ids, or why it is a modelling choice), in English. */
  readonly reference: string;
  /**
   * The same note in Russian (source ids, dates and figures as in `reference`). A field beside
   * `reference` rather than a `Localized` in its place, so that `est treaty params --json` keeps its
   * shape: a reader of `reference` still finds the English string.
   */
  readonly referenceRu: string;
}

export interface Parameter<K extends ParameterType = ParameterType> {
  readonly id: string;
  readonly treaty: TreatyId;
  readonly type: K;
  /** The provision (id) that the parameter belongs to. */
  readonly cites: ProvisionId;
  readonly description: Localized;
  readonly confidence: Confidence;
  readonly basis: Basis;
  /** For a `choice`: the readings it may take, each a word (`consent`, `request`). */
  readonly choices?: readonly string[];
  readonly values: readonly DatedValue<ParameterTypes[K]>[];
}
