/**
 * @module Reading parameters: the value in force for a version of the text, parsing an override
 * given in a scenario or on the command line, and the resolved set a run uses.
 */
import type { TreatyId } from '../common.ts';
import type { IsoDate } from '../dates.ts';
import { FORCE_KINDS, isForceKind } from '../forces.ts';
import { partySetProblem } from '../parties/index.ts';
import { TREATIES } from '../treaties.ts';
import { PARAMETERS } from './catalogue.ts';
import type { ParameterId } from './catalogue.ts';
import type { Parameter, ParameterType, ParameterTypes, Thresholds } from './types.ts';

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

/** A full set of parameter values for a run; null means unset (the text is blank and nobody filled it). */
export type ParameterValues = { readonly [K in ParameterId]: ValueOf<K> | null };

export const PARAMETER_IDS = Object.keys(PARAMETERS) as ParameterId[];

export function isParameterId(text: string): text is ParameterId {
  return Object.hasOwn(PARAMETERS, text);
}

/** The parameter's value in the version of the text dated `version` (the latest value on or before it). */
export function valueAt<K extends ParameterType>(
  param: Parameter<K>,
  version: IsoDate,
): ParameterTypes[K] | null {
  let found: ParameterTypes[K] | null = null;
  for (const v of param.values) if (v.since <= version) found = v.value;
  return found;
}

/** The parameters of a treaty as its text reads, with scenario overrides applied on top. */
export function resolveParameters(
  treaty: TreatyId,
  overrides: Readonly<Partial<Record<ParameterId, unknown>>> = {},
): ParameterValues {
  const out: Record<string, unknown> = {};
  for (const id of PARAMETER_IDS) {
    // Each parameter is read in the version of its own treaty's text; the other treaty's are unused.
    const param = PARAMETERS[id] as Parameter;
    const mine = param.treaty === treaty;
    out[id] =
      mine && Object.hasOwn(overrides, id) ? overrides[id] : valueAt(param, TREATIES[param.treaty].version);
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
};

/** Checks an override for a parameter; null is always allowed and means unset. */
export function parseParameterValue(id: ParameterId, raw: unknown): Parsed<unknown> {
  return raw === null ? ok(null) : PARSERS[PARAMETERS[id].type](raw);
}

/** A value as people write it: `2/3`, `[RU]`, `{ tanks: 41 }`, `unset`. */
export function formatParameterValue(value: ParameterTypes[ParameterType] | null): string {
  if (value === null) return 'unset';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  if ('num' in value && 'den' in value) return `${value.num}/${value.den}`;
  const entries = Object.entries(value as Thresholds).map(([k, n]) => `${k}: ${n ?? 'unset'}`);
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}
