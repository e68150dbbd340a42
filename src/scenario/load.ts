/**
 * @module Loading a scenario: YAML 1.2 (so `NO` is Norway) or JSON text into acts the engine can run,
 * or a list of precise issues (file, line, column, field, what was expected). Pure: it takes text,
 * so the web UI uses it too.
 */
import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { z } from 'zod';
import type { Act, ActName } from '../engine/acts.ts';
import { ACT_NAMES, TREATY_ACTS } from '../engine/acts.ts';
import type { TreatyId } from '../treaty/common.ts';
import type { IsoDate } from '../treaty/dates.ts';
import { parseIsoDate } from '../treaty/dates.ts';
import { PARAMETERS, isParameterId, parseParameterValue } from '../treaty/parameters/index.ts';
import type { ParameterId } from '../treaty/parameters/index.ts';
import type { PartySet } from '../treaty/parties/index.ts';
import { canBeParty, partySetProblem, resolvePartySet } from '../treaty/parties/index.ts';
import { ACT_SCHEMAS, SCENARIO_SCHEMA } from './schema.ts';

/** One thing wrong with a scenario file, where it is, and what was expected. */
export interface Issue {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The field, as a path: `events[3].by`. */
  readonly path: string;
  readonly message: string;
}

/** A scenario ready to run: acts expanded (one per `by` entry), each with the line it came from. */
export interface Scenario {
  readonly file: string;
  readonly name: string;
  readonly treaty: TreatyId;
  readonly description?: string;
  readonly overrides: Readonly<Partial<Record<ParameterId, unknown>>>;
  readonly assume?: { readonly inForce: IsoDate; readonly parties: PartySet };
  readonly acts: readonly Act[];
  /** For each act, the line of the event it came from. */
  readonly lines: readonly number[];
  readonly expect?: Readonly<Record<string, unknown>>;
}

export type Loaded =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly issues: readonly Issue[] };

type Path = readonly (string | number)[];

/** `events[3].by[1]` */
export function formatPath(path: Path): string {
  return (
    path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(top level)'
  );
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}...` : v}"`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return typeof v === 'object' ? 'a map' : typeof v;
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
};

/** Edit distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cur = row[j] as number;
      row[j] = Math.min(cur + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] as number;
}

/** ` (did you mean X?)` when a candidate is close, else ''. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== null && bestD <= Math.max(2, Math.floor(word.length / 3)) ? ` (did you mean ${best}?)` : '';
}

class Collector {
  readonly issues: Issue[] = [];
  readonly #file: string;
  readonly #doc: Document;
  readonly #lines: LineCounter;
  constructor(file: string, doc: Document, lines: LineCounter) {
    this.#file = file;
    this.#doc = doc;
    this.#lines = lines;
  }

  /** Line and column of the node at `path`, or of its nearest existing ancestor. */
  where(path: Path, key?: string): { line: number; col: number } {
    if (key !== undefined) {
      const map = path.length === 0 ? this.#doc.contents : this.#doc.getIn(path, true);
      if (isMap(map)) {
        const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (pair && isNode(pair.key) && pair.key.range) return this.#lines.linePos(pair.key.range[0]);
      }
    }
    for (let n = path.length; n >= 0; n -= 1) {
      const node = n === 0 ? this.#doc.contents : this.#doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return this.#lines.linePos(node.range[0]);
    }
    return { line: 1, col: 1 };
  }

  add(path: Path, message: string, key?: string): void {
    const { line, col } = this.where(path, key);
    this.issues.push({
      file: this.#file,
      line,
      column: col,
      path: formatPath(key ? [...path, key] : path),
      message,
    });
  }

  /** Reports zod issues found under `base`, reading the offending values from `root`. */
  addZod(
    base: Path,
    root: unknown,
    issues: readonly z.core.$ZodIssue[],
    fields: readonly string[] = [],
  ): void {
    for (const issue of issues) {
      const path = [...base, ...(issue.path as (string | number)[])];
      const value = (issue.path as (string | number)[]).reduce<unknown>(
        (v, k) =>
          v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined,
        root,
      );
      switch (issue.code) {
        case 'unrecognized_keys':
          for (const key of issue.keys) {
            const hint =
              didYouMean(key, fields) || (fields.length > 0 ? `; expected ${fields.join(', ')}` : '');
            this.add(path, `unknown field '${key}'${hint}`, key);
          }
          break;
        case 'invalid_type':
          this.add(
            path,
            value === undefined
              ? 'missing (required)'
              : issue.message.startsWith('Invalid input')
                ? `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(value)}`
                : `${issue.message}, got ${describeValue(value)}`,
          );
          break;
        case 'invalid_value':
          this.add(
            path,
            `expected ${issue.values.map((v) => String(v)).join(' or ')}, got ${describeValue(value)}`,
          );
          break;
        case 'too_small':
          this.add(path, issue.origin === 'array' ? 'expected at least one item' : 'expected non-empty text');
          break;
        default:
          this.add(
            path,
            value === undefined
              ? `${issue.message} (missing)`
              : `${issue.message}, got ${describeValue(value)}`,
          );
      }
    }
  }
}

function checkParameters(c: Collector, treaty: TreatyId, raw: Readonly<Record<string, unknown>>) {
  const overrides: Partial<Record<ParameterId, unknown>> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!isParameterId(key)) {
      c.add(
        ['parameters'],
        `unknown parameter '${key}'${didYouMean(key, Object.keys(PARAMETERS))}; see est treaty params`,
        key,
      );
      continue;
    }
    if (PARAMETERS[key].treaty !== treaty) {
      c.add(['parameters'], `parameter '${key}' belongs to ${PARAMETERS[key].treaty}, not ${treaty}`, key);
      continue;
    }
    const parsed = parseParameterValue(key, value);
    if (parsed.ok) overrides[key] = parsed.value;
    else c.add(['parameters', key], `expected ${parsed.expected}, got ${describeValue(value)}`);
  }
  return overrides;
}

/** Acts that name their own actor where another Party is meant: a slip, not a legal question. */
function selfReference(
  name: ActName,
  event: Readonly<Record<string, unknown>>,
): { field: string; message: string }[] {
  const actors = ([] as unknown[]).concat(event['by'] ?? []);
  const named = (field: string): unknown[] => ([] as unknown[]).concat(event[field] ?? []);
  const out: { field: string; message: string }[] = [];
  const check = (field: string, what: string) => {
    const self = named(field).find((x) => actors.includes(x));
    if (typeof self === 'string') out.push({ field, message: `${self} cannot ${what} itself` });
  };
  if (name === 'request-information') check('to', 'ask');
  if (name === 'request-consultations') check('with', 'request consultations with');
  if (name === 'consent-assistance') check('to', 'consent to assistance from');
  if (name === 'notify-attack') {
    const victims = event['onBehalfOf'] === undefined ? actors : [event['onBehalfOf']];
    if (victims.includes(event['attacker']))
      out.push({ field: 'attacker', message: 'the attacker cannot be the victim' });
  }
  return out;
}

/** Fields that take one party or a list, always a list for the engine. */
const LIST_FIELDS: Readonly<Partial<Record<ActName, string>>> = {
  'request-consultations': 'with',
  'consent-assistance': 'to',
};

/** Parses and checks a scenario; `file` is only used to name it in issues. */
export function parseScenario(text: string, file: string): Loaded {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
  });
  const c = new Collector(file, doc, lines);
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
      c.issues.push({
        file,
        line: pos.line,
        column: pos.col,
        path: '(syntax)',
        message: e.message.split('\n')[0] ?? e.message,
      });
    }
    return { ok: false, issues: c.issues };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 1000 });
  const top = SCENARIO_SCHEMA.safeParse(data);
  if (!top.success) {
    c.addZod([], data, top.error.issues, Object.keys(SCENARIO_SCHEMA.shape));
    return { ok: false, issues: c.issues };
  }
  const { name, treaty, description, parameters, assume, events, expect } = top.data;
  const overrides = checkParameters(c, treaty, parameters ?? {});

  if (assume) {
    const problem = partySetProblem(assume.parties);
    if (problem !== null) c.add(['assume', 'parties'], problem);
    else {
      const odd = [...resolvePartySet(assume.parties, assume.inForce)].find((id) => !canBeParty(id));
      if (odd !== undefined)
        c.add(['assume', 'parties'], `${odd} cannot be a Party: only states and the five organizations can`);
    }
  }

  const acts: Act[] = [];
  const actLines: number[] = [];
  let previous: IsoDate | null = null;
  events.forEach((raw, i) => {
    const path = ['events', i];
    const name =
      raw !== null && typeof raw === 'object' && !Array.isArray(raw)
        ? (raw as Record<string, unknown>)['act']
        : undefined;
    // Date order is checked on every event whose date reads, whatever else is wrong with it.
    const on = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)['on'] : undefined;
    const date = typeof on === 'string' ? parseIsoDate(on) : null;
    if (date !== null) {
      if (previous !== null && date < previous) {
        c.add(
          [...path, 'on'],
          `${date} is earlier than the act before it (${previous}); acts must be in date order`,
        );
      }
      previous = date;
    }
    if (typeof name !== 'string') {
      if (name === undefined) c.add(path, "missing field 'act'");
      else c.add([...path, 'act'], `expected an act name, got ${describeValue(name)}`);
      return;
    }
    if (!(ACT_NAMES as readonly string[]).includes(name)) {
      c.add(
        [...path, 'act'],
        `unknown act '${name}'${didYouMean(name, ACT_NAMES)}; acts of ${treaty}: ${TREATY_ACTS[treaty].join(', ')}`,
      );
      return;
    }
    if (!TREATY_ACTS[treaty].includes(name as ActName)) {
      const home = (Object.keys(TREATY_ACTS) as TreatyId[]).find((t) =>
        TREATY_ACTS[t].includes(name as ActName),
      );
      c.add(
        [...path, 'act'],
        `act '${name}' is not part of ${treaty}${home ? ` (it belongs to ${home})` : ''}`,
      );
      return;
    }
    const parsed = ACT_SCHEMAS[name as ActName].safeParse(raw);
    if (!parsed.success) {
      c.addZod(path, raw, parsed.error.issues, Object.keys(ACT_SCHEMAS[name as ActName].shape));
      return;
    }
    const {
      note: _note,
      source: _source,
      ...event
    } = parsed.data as Record<string, unknown> & { on: IsoDate };
    const line = c.where(path).line;
    for (const problem of selfReference(name as ActName, event))
      c.add([...path, problem.field], problem.message);
    if (name === 'unsc-measures') event['by'] = 'UNSC';
    const bys = event['by'] === undefined ? [undefined] : ([] as unknown[]).concat(event['by']);
    const listField = LIST_FIELDS[name as ActName];
    for (const by of bys) {
      const one: Record<string, unknown> = { ...event };
      if (by !== undefined) one['by'] = by;
      if (listField !== undefined) one[listField] = ([] as unknown[]).concat(one[listField]);
      acts.push(one as unknown as Act);
      actLines.push(line);
    }
  });

  if (c.issues.length > 0) return { ok: false, issues: c.issues };
  return {
    ok: true,
    scenario: {
      file,
      name,
      treaty,
      ...(description === undefined ? {} : { description }),
      overrides,
      ...(assume ? { assume: { inForce: assume.inForce, parties: assume.parties } } : {}),
      acts,
      lines: actLines,
      ...(expect ? { expect } : {}),
    },
  };
}

/** `file:line:column: path: message` */
export function formatIssue(issue: Issue): string {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.path}: ${issue.message}`;
}
