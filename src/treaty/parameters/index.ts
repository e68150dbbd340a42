/**
 * @module Reading parameters: the value in force on a day (OpenFisca-style: the latest value whose
 * `since` is on or before it), the dated series a run keeps, overrides given in a scenario or on
 * the command line (undated, or `{ dated: [...] }` in a scenario), and snapshots for one day.
 */
import type { Language, Localized, TreatyId } from '../common.ts';
import { addDays } from '../dates.ts';
import type { IsoDate } from '../dates.ts';
import { FORCE_KINDS, isForceKind } from '../forces.ts';
import { partySetProblem } from '../parties/index.ts';
import { VERSIONS } from '../versions.ts';
import { PARAMETERS } from './catalogue.ts';
import type { ParameterId } from './catalogue.ts';
import type { Basis, DatedValue, Parameter, ParameterType, ParameterTypes, Thresholds } from './types.ts';

export { PARAMETERS } from './catalogue.ts';
export type { ParameterId } from './catalogue.ts';
export type {
  Basis,
  DatedValue,
  Fraction,
  Parameter,
  ParameterType,
  ParameterTypes,
  Thresholds,
} from './types.ts';

/** The value type of a parameter id. */
export type ValueOf<K extends ParameterId> = ParameterTypes[(typeof PARAMETERS)[K]['type']];

/**
 * A full set of parameter values on one day (a snapshot); null means unset (the text is blank and
 * nobody filled it). For the analyses that need one value, resolved on a day they state.
 */
export type ParameterValues = { readonly [K in ParameterId]: ValueOf<K> | null };

/** One step of a series: the value in force from `since` (null: unset from that day). */
export interface Step<T> {
  readonly since: IsoDate;
  readonly value: T | null;
}

/**
 * Every parameter as a run reads it: its values by date, oldest first, with the run's overrides
 * applied. The first value also stands for the days before its `since`, so that a counterfactual
 * dated before a text (the Georgia war of 2008 under the EST) reads the text's first value.
 */
export type ParameterSeries = { readonly [K in ParameterId]: readonly Step<ValueOf<K>>[] };

/**
 * An override that changes the value from given days on (a scenario's `{ dated: [...] }`); the
 * text's own values hold before the first of them. Steps are in strictly increasing date order.
 */
export interface DatedOverride {
  readonly dated: readonly Step<unknown>[];
}

/** Overrides by id: a plain value (that value on every day) or a {@link DatedOverride}. */
export type Overrides = Readonly<Partial<Record<ParameterId, unknown>>>;

export const PARAMETER_IDS = Object.keys(PARAMETERS) as ParameterId[];

export function isParameterId(text: string): text is ParameterId {
  return Object.hasOwn(PARAMETERS, text);
}

/** A dated value's note (where it comes from) in a language. */
export function referenceIn(value: DatedValue<unknown>, lang: Language): string {
  return lang === 'ru' ? value.referenceRu : value.reference;
}

/**
 * The basis of a value as a reader names it. In Russian a `blank` is «пропуск в тексте»: the draft
 * leaves a space for a figure (a blank to fill), not a gap in the law (a «пробел»).
 */
export const BASIS_NAMES: Readonly<Record<Basis, Localized>> = {
  text: { en: 'text', ru: 'текст' },
  blank: { en: 'blank', ru: 'пропуск в тексте' },
  reading: { en: 'reading', ru: 'толкование' },
};

/** Whether an override is the dated form `{ dated: [...] }` (no value type has a key `dated`). */
export function isDatedOverride(v: unknown): v is DatedOverride {
  return (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.keys(v).length === 1 &&
    Array.isArray((v as Record<string, unknown>)['dated'])
  );
}

/** The value of a series on a day: the latest step on or before it, else the first step. */
export function valueOn<T>(series: readonly Step<T>[], date: IsoDate): T | null {
  const first = series[0];
  let found: T | null = first === undefined ? null : first.value;
  for (const step of series) {
    if (step.since > date) break;
    found = step.value;
  }
  return found;
}

/** The parameter's value on a day (by default the version of its treaty's text), from its catalogue values. */
export function valueAt<K extends ParameterType>(
  param: Parameter<K>,
  date: IsoDate = VERSIONS[param.treaty],
): ParameterTypes[K] | null {
  return valueOn(param.values, date);
}

/**
 * A series with an override applied: a plain value holds on every day; a dated override keeps the
 * series before its first date (the first value of the series standing for every earlier day) and
 * its own values from then on.
 */
export function applyOverride<T>(series: readonly Step<T>[], override: unknown): readonly Step<T>[] {
  if (!isDatedOverride(override)) {
    const since = series[0]?.since;
    return since === undefined ? [] : [{ since, value: override as T | null }];
  }
  const first = override.dated[0];
  if (first === undefined) return series;
  const before = series.filter((s) => s.since < first.since);
  const head = series[0];
  const lead =
    before.length > 0 || head === undefined
      ? before
      : [{ since: addDays(first.since, -1), value: head.value }];
  return [...lead, ...override.dated.map((s) => ({ since: s.since, value: s.value as T | null }))];
}

/** The series of one parameter: the catalogue's values, then the override if its treaty is the run's. */
function seriesOf(id: ParameterId, treaty: TreatyId, overrides: Overrides): readonly Step<unknown>[] {
  const param = PARAMETERS[id] as Parameter;
  const text: Step<unknown>[] = param.values.map((v) => ({ since: v.since, value: v.value }));
  // Each parameter belongs to one treaty; another treaty's overrides are not the run's to give.
  return param.treaty === treaty && Object.hasOwn(overrides, id) ? applyOverride(text, overrides[id]) : text;
}

/** The parameters of a treaty by date, as a run reads them, with scenario overrides applied. */
export function parameterSeries(treaty: TreatyId, overrides: Overrides = {}): ParameterSeries {
  const out: Record<string, readonly Step<unknown>[]> = {};
  for (const id of PARAMETER_IDS) out[id] = seriesOf(id, treaty, overrides);
  return out as unknown as ParameterSeries;
}

/** The values of a series on one day. */
export function snapshotOn(series: ParameterSeries, date: IsoDate): ParameterValues {
  const out: Record<string, unknown> = {};
  for (const id of PARAMETER_IDS) out[id] = valueOn(series[id] as readonly Step<unknown>[], date);
  return out as ParameterValues;
}

/** The values of a series on the day of the version of each parameter's text (what `est treaty params` shows). */
export function versionValues(series: ParameterSeries): ParameterValues {
  const out: Record<string, unknown> = {};
  for (const id of PARAMETER_IDS)
    out[id] = valueOn(series[id] as readonly Step<unknown>[], VERSIONS[PARAMETERS[id].treaty]);
  return out as ParameterValues;
}

/**
 * The overrides a set of values implies for a treaty: those of its own parameters that differ from
 * its text's value in its version (`versionValues` inverted, as a reader of a published snapshot
 * such as the service's settings rebuilds the series; a value equal to the text's keeps the text's
 * dates).
 */
export function overridesOf(treaty: TreatyId, values: Readonly<Record<string, unknown>>): Overrides {
  const out: Partial<Record<ParameterId, unknown>> = {};
  for (const id of PARAMETER_IDS) {
    const param = PARAMETERS[id] as Parameter;
    if (param.treaty !== treaty || !Object.hasOwn(values, id)) continue;
    const text = valueAt(param);
    if (JSON.stringify(values[id]) !== JSON.stringify(text)) out[id] = values[id];
  }
  return out;
}

/**
 * The parameters of a treaty on one day, overrides applied: by default each parameter is read in
 * the version of its own treaty's text (what `est treaty params` shows). For analyses that need one
 * value; a run keeps the {@link parameterSeries} and reads each act's own day.
 */
export function resolveParameters(
  treaty: TreatyId,
  overrides: Overrides = {},
  date?: IsoDate,
): ParameterValues {
  const out: Record<string, unknown> = {};
  for (const id of PARAMETER_IDS) {
    const on = date ?? VERSIONS[PARAMETERS[id].treaty];
    out[id] = valueOn(seriesOf(id, treaty, overrides), on);
  }
  return out as ParameterValues;
}

const isWhole = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly expected: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (expected: string): Parsed<never> => ({ ok: false, expected });
const FRACTION = /^(\d{1,4})\/(\d{1,4})$/;

const PARSERS: { readonly [K in ParameterType]: (v: unknown) => Parsed<ParameterTypes[K]> } = {
  days: (v) => (isWhole(v) && v >= 0 && v <= 36600 ? ok(v) : fail('a whole number of days from 0 to 36600')),
  count: (v) => (isWhole(v) && v >= 1 && v <= 1000 ? ok(v) : fail('a whole number from 1 to 1000')),
  weight: (v) => (isWhole(v) && v >= 0 && v <= 100 ? ok(v) : fail('a whole number from 0 to 100')),
  boolean: (v) => (typeof v === 'boolean' ? ok(v) : fail('true or false')),
  fraction: (v) => {
    // Written as text (`2/3`), or as the { num, den } the catalogue and the outcome use.
    const o = v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : null;
    const m = typeof v === 'string' ? FRACTION.exec(v.replace(/\s+/g, '')) : null;
    const num = o ? o['num'] : Number(m?.[1]);
    const den = o ? o['den'] : Number(m?.[2]);
    const shaped = o ? Object.keys(o).length === 2 : m !== null;
    return shaped && isWhole(num) && isWhole(den) && num > 0 && num <= den && den <= 9999
      ? ok({ num, den })
      : fail('a fraction such as 2/3, between 0 and 1');
  },
  'party-set': (v) => {
    const set =
      typeof v === 'string' ? v : Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : null;
    if (set === null) return fail('a preset, nato-joined-after:YYYY-MM-DD, or a list of party ids');
    const problem = partySetProblem(set);
    return problem === null ? ok(set) : fail(problem);
  },
  thresholds: (v) => {
    const expected = `a map from force kinds (${FORCE_KINDS.join(', ')}) to whole numbers or null`;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return fail(expected);
    const out: Record<string, number | null> = {};
    for (const [k, n] of Object.entries(v as Record<string, unknown>)) {
      if (!isForceKind(k) || !(n === null || (isWhole(n) && n >= 0))) return fail(expected);
      out[k] = n;
    }
    return ok(out as Thresholds);
  },
  // The readings a choice may take are the parameter's own: parseParameterValue checks them.
  choice: (v) => (typeof v === 'string' ? ok(v) : fail('one of the readings the parameter lists')),
};

/** Checks an (undated) override for a parameter; null is always allowed and means unset. */
export function parseParameterValue(id: ParameterId, raw: unknown): Parsed<unknown> {
  if (raw === null) return ok(null);
  const param = PARAMETERS[id] as Parameter;
  if (param.type === 'choice') {
    const choices = param.choices ?? [];
    return typeof raw === 'string' && choices.includes(raw) ? ok(raw) : fail(`one of ${choices.join(', ')}`);
  }
  return PARSERS[param.type](raw);
}

/** Something wrong in a dated override, at a path below it (`dated[1].since`). */
export interface OverrideProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const DATED_SHAPE = 'a value, or { dated: [ { since: YYYY-MM-DD, value: ... }, ... ] } in date order';

/**
 * Checks an override as a scenario writes it: a value (that value on every day), or the dated form
 * `{ dated: [ { since, value }, ... ] }` (the text's values before the first date, each value from
 * its date on). Returns the parsed override or every problem with its path.
 */
export function parseParameterOverride(
  id: ParameterId,
  raw: unknown,
  parseDate: (text: string) => IsoDate | null,
):
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problems: readonly OverrideProblem[] } {
  const o =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  if (o === null || !Object.hasOwn(o, 'dated')) {
    const parsed = parseParameterValue(id, raw);
    return parsed.ok
      ? parsed
      : { ok: false, problems: [{ path: [], message: `expected ${parsed.expected}` }] };
  }
  const problems: OverrideProblem[] = [];
  for (const key of Object.keys(o))
    if (key !== 'dated') problems.push({ path: [key], message: `unexpected field; expected ${DATED_SHAPE}` });
  const list = o['dated'];
  if (!Array.isArray(list) || list.length === 0) {
    problems.push({
      path: ['dated'],
      message: 'expected a non-empty list of { since: YYYY-MM-DD, value: ... }',
    });
    return { ok: false, problems };
  }
  const steps: Step<unknown>[] = [];
  let previous: IsoDate | null = null;
  list.forEach((item: unknown, i) => {
    const at = ['dated', i];
    const step =
      item !== null && typeof item === 'object' && !Array.isArray(item)
        ? (item as Record<string, unknown>)
        : null;
    if (step === null) {
      problems.push({ path: at, message: 'expected { since: YYYY-MM-DD, value: ... }' });
      return;
    }
    for (const key of Object.keys(step))
      if (key !== 'since' && key !== 'value')
        problems.push({ path: [...at, key], message: 'unexpected field; expected since and value' });
    const since = typeof step['since'] === 'string' ? parseDate(step['since']) : null;
    if (since === null)
      problems.push({ path: [...at, 'since'], message: 'expected a real calendar date YYYY-MM-DD' });
    else if (previous !== null && since <= previous)
      problems.push({
        path: [...at, 'since'],
        message: `${since} is not after the date before it (${previous}); dated values must be in increasing date order`,
      });
    if (!Object.hasOwn(step, 'value'))
      problems.push({ path: [...at, 'value'], message: 'expected a value (null: unset)' });
    const parsed = parseParameterValue(id, step['value']);
    if (!parsed.ok && Object.hasOwn(step, 'value'))
      problems.push({ path: [...at, 'value'], message: `expected ${parsed.expected}` });
    if (since !== null) previous = since;
    if (since !== null && parsed.ok) steps.push({ since, value: parsed.value });
  });
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, value: { dated: steps } satisfies DatedOverride };
}

/**
 * A value as people write it: `2/3`, `[RU]`, `{ tanks: 41 }`, `unset`; a dated override as its
 * values with their first days: `from 2012-01-01: 180`.
 */
export function formatParameterValue(value: ParameterTypes[ParameterType] | DatedOverride | null): string {
  if (value === null) return 'unset';
  if (isDatedOverride(value))
    return value.dated
      .map((s) => `from ${s.since}: ${formatParameterValue(s.value as ParameterTypes[ParameterType] | null)}`)
      .join('; ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  if ('num' in value && 'den' in value) return `${value.num}/${value.den}`;
  const entries = Object.entries(value as Thresholds).map(([k, n]) => `${k}: ${n ?? 'unset'}`);
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}
