/**
 * @module Checking an outcome against an `expect:` block (shared/DESIGN.md §5): objects match key by
 * key, arrays of objects with ids by id, arrays of other objects record by record (each expected
 * record must match some actual one), other arrays exactly (order aside). `$none` lists records that
 * must not be there: `$none: { findings: [ { parties: [DE] } ] }`.
 */

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const show = (v: unknown): string => JSON.stringify(v) ?? 'nothing';

function differences(expected: unknown, actual: unknown, path: string, out: string[]): void {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) {
      out.push(`${path}: expected a list, got ${show(actual)}`);
      return;
    }
    if (expected.length > 0 && expected.every((e) => isRecord(e) && 'id' in e)) {
      for (const e of expected as Record<string, unknown>[]) {
        const a: unknown = actual.find((x) => isRecord(x) && x['id'] === e['id']);
        if (a === undefined) out.push(`${path}: no entry with id ${show(e['id'])}`);
        else differences(e, a, `${path}[id=${String(e['id'])}]`, out);
      }
      return;
    }
    if (expected.length > 0 && expected.every(isRecord)) {
      for (const e of expected) {
        if (!actual.some((a) => matches(e, a))) out.push(`${path}: nothing matches ${show(e)}`);
      }
      return;
    }
    const sorted = (xs: readonly unknown[]) => JSON.stringify(xs.map((x) => JSON.stringify(x)).sort());
    if (sorted(expected) !== sorted(actual))
      out.push(`${path}: expected ${show(expected)}, got ${show(actual)}`);
    return;
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) {
      out.push(`${path}: expected a map, got ${show(actual)}`);
      return;
    }
    for (const [k, v] of Object.entries(expected)) differences(v, actual[k], `${path}.${k}`, out);
    return;
  }
  if (expected !== actual) out.push(`${path}: expected ${show(expected)}, got ${show(actual)}`);
}

/** Whether `actual` contains `expected` in the subset sense. */
export function matches(expected: unknown, actual: unknown): boolean {
  const out: string[] = [];
  differences(expected, actual, '$', out);
  return out.length === 0;
}

/** Every difference between an expectation and an outcome; empty when the outcome meets it. */
export function compareExpect(expect: Readonly<Record<string, unknown>>, outcome: unknown): string[] {
  const { $none, ...want } = expect;
  const out: string[] = [];
  differences(want, outcome, '$', out);
  if ($none !== undefined && !isRecord($none))
    out.push(`$none: expected a map of lists of records, got ${show($none)}`);
  if (isRecord($none)) {
    for (const [key, patterns] of Object.entries($none)) {
      const records = isRecord(outcome) && Array.isArray(outcome[key]) ? (outcome[key] as unknown[]) : [];
      for (const pattern of Array.isArray(patterns) ? patterns : [patterns]) {
        if (records.some((r) => matches(pattern, r)))
          out.push(`$.${key}: a record matches ${show(pattern)}, which should not be there`);
      }
    }
  }
  return out;
}
