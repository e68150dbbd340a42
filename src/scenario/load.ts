/**
 * @module Loading a scenario: YAML 1.2 (so `NO` is Norway) or JSON text into acts the engine can run,
 * or a list of precise issues (file, line, column, field, what was expected). Pure: it takes text,
 * so the web UI uses it too.
 */
import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { Act } from '../engine/acts.ts';
import type { TreatyId } from '../treaty/common.ts';
import type { IsoDate } from '../treaty/dates.ts';
import { parseIsoDate } from '../treaty/dates.ts';
import { PARAMETERS, isParameterId, parseParameterOverride } from '../treaty/parameters/index.ts';
import type { ParameterId } from '../treaty/parameters/index.ts';
import type { PartySet } from '../treaty/parties/index.ts';
import { canBeParty, partySetProblem, resolvePartySet } from '../treaty/parties/index.ts';
import type { Path, Problem } from './act.ts';
import { checkEvent, describeValue, didYouMean, formatPath, zodProblems } from './act.ts';
import { SCENARIO_SCHEMA } from './schema.ts';

export { didYouMean, formatPath } from './act.ts';

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

  /** Adds problems found under `base`. */
  addAll(base: Path, problems: readonly Problem[]): void {
    for (const p of problems) this.add([...base, ...p.path], p.message, p.key);
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
    // A value holds on every day; { dated: [{ since, value }, ...] } changes it from those days on.
    const parsed = parseParameterOverride(key, value, parseIsoDate);
    if (parsed.ok) overrides[key] = parsed.value;
    else
      for (const p of parsed.problems) {
        const got = p.path.reduce<unknown>(
          (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
          value,
        );
        c.add(['parameters', key, ...p.path], `${p.message}, got ${describeValue(got)}`);
      }
  }
  return overrides;
}

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
      const pos = lines.linePos(e.pos[0]);
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
    c.addAll([], zodProblems([], data, top.error.issues, Object.keys(SCENARIO_SCHEMA.shape)));
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
    const checked = checkEvent(raw, treaty);
    c.addAll(path, checked.problems);
    const line = c.where(path).line;
    for (const act of checked.acts) {
      acts.push(act);
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
