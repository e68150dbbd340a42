/**
 * @module Checking one act, wherever it comes from: a scenario's event or a filing's envelope.
 * Problems are data with a path; the scenario loader adds file positions, the depositary answers 400.
 */
import type { z } from 'zod';
import type { Act, ActName } from '../engine/acts.ts';
import { ACT_NAMES, TREATY_ACTS } from '../engine/acts.ts';
import type { TreatyId } from '../treaty/common.ts';
import type { IsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import { FORCE_KINDS, MISSILE_KINDS } from '../treaty/forces.ts';
import { ACT_SCHEMAS } from './schema.ts';

export type Path = readonly (string | number)[];

/** Something wrong at a path; `key` names a map key itself (an unknown field) rather than its value. */
export interface Problem {
  readonly path: Path;
  readonly key?: string;
  readonly message: string;
}

/** `events[3].by[1]` */
export function formatPath(path: Path): string {
  // Keys with dots (parameter ids) are bracketed so the path stays unambiguous.
  const part = (p: string | number, i: number): string =>
    typeof p === 'number' ? `[${p}]` : p.includes('.') ? `["${p}"]` : i === 0 ? p : `.${p}`;
  return path.map(part).join('') || '(top level)';
}

/** A value as a message shows it. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}...` : v}"`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return typeof v === 'object' ? 'a map' : typeof v;
}

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

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
};

/**
 * zod's issues under `base` as problems, with the offending values read from `root`. An unknown key
 * is matched against `fields` at the top, and against `nested[key]` inside the map under `key`.
 */
export function zodProblems(
  base: Path,
  root: unknown,
  issues: readonly z.core.$ZodIssue[],
  fields: readonly string[] = [],
  nested: Readonly<Record<string, readonly string[]>> = {},
): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const rel = issue.path as (string | number)[];
    const path = [...base, ...rel];
    const value = rel.reduce<unknown>(
      (v, k) =>
        v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined,
      root,
    );
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const known = rel.length === 0 ? fields : (nested[rel.join('.')] ?? []);
          const hint = didYouMean(key, known) || (known.length > 0 ? `; expected ${known.join(', ')}` : '');
          out.push({ path, key, message: `unknown field '${key}'${hint}` });
        }
        break;
      case 'invalid_type':
        out.push({
          path,
          message:
            value === undefined
              ? 'missing (required)'
              : issue.message.startsWith('Invalid input')
                ? `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(value)}`
                : `${issue.message}, got ${describeValue(value)}`,
        });
        break;
      case 'invalid_value':
        out.push({
          path,
          // A schema's own message (e.g. for the Security Council's act) says more than the list of values.
          message: issue.message.startsWith('Invalid')
            ? `expected ${issue.values.map((v) => String(v)).join(' or ')}, got ${describeValue(value)}`
            : `${issue.message}, got ${describeValue(value)}`,
        });
        break;
      case 'too_small':
        out.push({
          path,
          message:
            issue.origin === 'array'
              ? 'expected at least one item'
              : issue.origin === 'string'
                ? 'expected non-empty text'
                : `${issue.message}, got ${describeValue(value)}`,
        });
        break;
      default:
        out.push({
          path,
          message:
            value === undefined
              ? `${issue.message} (missing)`
              : `${issue.message}, got ${describeValue(value)}`,
        });
    }
  }
  return out;
}

/** Acts that name their own actor where another Party is meant: a slip, not a legal question. */
function selfReference(name: ActName, event: Readonly<Record<string, unknown>>): Problem[] {
  const actors = ([] as unknown[]).concat(event['by'] ?? []);
  const named = (field: string): unknown[] => ([] as unknown[]).concat(event[field] ?? []);
  const out: Problem[] = [];
  const check = (field: string, what: string) => {
    const self = named(field).find((x) => actors.includes(x));
    if (typeof self === 'string') out.push({ path: [field], message: `${self} cannot ${what} itself` });
  };
  if (name === 'request-information') check('to', 'ask');
  if (name === 'request-consultations') check('with', 'request consultations with');
  if (name === 'consent-assistance') check('to', 'consent to assistance from');
  if (name === 'revoke-consent') check('to', 'revoke a consent to assistance from');
  if (name === 'notify-attack' || name === 'consent-assistance') {
    const victims = event['onBehalfOf'] === undefined ? actors : [event['onBehalfOf']];
    const attackers = named('attacker');
    if (attackers.some((a) => victims.includes(a)))
      out.push({ path: ['attacker'], message: 'the attacker cannot be the victim' });
    const helper = named('to').find((x) => name === 'consent-assistance' && attackers.includes(x));
    if (typeof helper === 'string')
      out.push({
        path: ['to'],
        message: `${helper} cannot be both an attacker and a Party assisting the victim`,
      });
    const twice = attackers.find((a, i) => attackers.indexOf(a) !== i);
    if (typeof twice === 'string') out.push({ path: ['attacker'], message: `${twice} is named twice` });
  }
  return out;
}

/** `reaches` says where a deployment's missiles could strike: it has no meaning without missiles. */
function reachProblems(name: ActName, event: Readonly<Record<string, unknown>>): Problem[] {
  if (name !== 'deploy' || event['reaches'] === undefined) return [];
  const forces = (event['forces'] ?? {}) as Readonly<Partial<Record<string, number>>>;
  if (MISSILE_KINDS.some((k) => (forces[k] ?? 0) > 0)) return [];
  return [
    {
      path: ['reaches'],
      message: `reaches says whose territory a deployment's missiles could reach; expected forces to count ${MISSILE_KINDS.join(' or ')} above 0`,
    },
  ];
}

const SELF_DEFENCE: readonly ActName[] = ['assist', 'report-to-unsc', 'unsc-measures'];

/**
 * What an act of self-defence rests on, by treaty. Under the EST (7(2): "without prejudice to
 * Article 8") it may be the Extraordinary Conference of the attack (`procedure`) or the attack its
 * victim declared when consenting (`attack`, declared with `attacker`), and `assist` may name
 * neither (the engine finds the attack on its victim). A regime's acts name their council meeting.
 */
function caseProblems(name: ActName, treaty: TreatyId, event: Readonly<Record<string, unknown>>): Problem[] {
  const has = (field: string) => event[field] !== undefined;
  const est = treaty === 'est-2009';
  if (name === 'consent-assistance') {
    if (!est && (has('attacker') || has('attack')))
      return [
        {
          path: [has('attacker') ? 'attacker' : 'attack'],
          message: `declaring the attack with the consent is an act of the EST (7(2)); under ${treaty} the attack is notified to the council (notify-attack)`,
        },
      ];
    if (has('attack') && !has('attacker'))
      return [
        {
          path: ['attack'],
          message: 'attack is the id of the attack declared with attacker; name the attacker too',
        },
      ];
    return [];
  }
  if (!SELF_DEFENCE.includes(name)) return [];
  if (!est) {
    if (has('attack'))
      return [
        {
          path: ['attack'],
          message: `a declared attack is an act of the EST (7(2)); under ${treaty} name the council meeting (procedure)`,
        },
      ];
    return has('procedure')
      ? []
      : [{ path: ['procedure'], message: 'missing (required): the council meeting' }];
  }
  if (has('procedure') && has('attack'))
    return [
      {
        path: ['attack'],
        message:
          'name either the Extraordinary Conference of the attack (procedure) or the attack its victim declared (attack), not both',
      },
    ];
  if (name !== 'assist' && !has('procedure') && !has('attack'))
    return [
      {
        path: ['procedure'],
        message:
          'missing: the Extraordinary Conference of the attack (procedure), or the attack its victim declared (attack)',
      },
    ];
  return [];
}

/** Fields that take one party or a list, always a list for the engine. */
const LIST_FIELDS: Readonly<Partial<Record<ActName, string>>> = {
  'request-consultations': 'with',
  'consent-assistance': 'to',
  'revoke-consent': 'to',
  deploy: 'reaches',
};

/**
 * `attacker` takes one party or a list; the engine has the first as `attacker` and, when there are
 * several, all of them as `attackers`.
 */
function spreadAttackers(event: Record<string, unknown>): void {
  const given = event['attacker'];
  if (!Array.isArray(given)) return;
  event['attacker'] = given[0];
  if (given.length > 1) event['attackers'] = given;
}

export interface Checked {
  readonly problems: readonly Problem[];
  /** The act once per entry of `by`, when there are no problems. */
  readonly acts: readonly Act[];
}

/**
 * Checks one event (paths relative to it): its act name, that the treaty knows it, its fields, and
 * slips such as a Party asking itself; expands a list of actors into one act each.
 */
export function checkEvent(raw: unknown, treaty: TreatyId): Checked {
  const fail = (...problems: Problem[]): Checked => ({ problems, acts: [] });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return fail({ path: [], message: `expected a map, got ${describeValue(raw)}` });
  const name = (raw as Record<string, unknown>)['act'];
  if (name === undefined) return fail({ path: [], message: "missing field 'act'" });
  if (typeof name !== 'string')
    return fail({ path: ['act'], message: `expected an act name, got ${describeValue(name)}` });
  if (!(ACT_NAMES as readonly string[]).includes(name)) {
    return fail({
      path: ['act'],
      message: `unknown act '${name}'${didYouMean(name, ACT_NAMES)}; acts of ${treaty}: ${TREATY_ACTS[treaty].join(', ')}`,
    });
  }
  const act = name as ActName;
  if (!TREATY_ACTS[treaty].includes(act)) {
    const home = (Object.keys(TREATY_ACTS) as TreatyId[]).find((t) => TREATY_ACTS[t].includes(act));
    return fail({
      path: ['act'],
      message: `act '${name}' is not part of ${treaty}${home ? ` (it belongs to ${home})` : ''}`,
    });
  }
  const parsed = ACT_SCHEMAS[act].safeParse(raw);
  if (!parsed.success)
    return fail(
      ...zodProblems([], raw, parsed.error.issues, Object.keys(ACT_SCHEMAS[act].shape), {
        forces: FORCE_KINDS,
      }),
    );
  const { note: _note, source: _source, ...event } = parsed.data as Record<string, unknown> & { on: IsoDate };
  const slips = [
    ...selfReference(act, event),
    ...caseProblems(act, treaty, event),
    ...reachProblems(act, event),
  ];
  if (slips.length > 0) return fail(...slips);
  spreadAttackers(event);
  if (act === 'unsc-measures') event['by'] = 'UNSC';
  const bys = event['by'] === undefined ? [undefined] : ([] as unknown[]).concat(event['by']);
  const listField = LIST_FIELDS[act];
  const acts = bys.map((by) => {
    const one: Record<string, unknown> = { ...event };
    if (by !== undefined) one['by'] = by;
    if (listField !== undefined && one[listField] !== undefined)
      one[listField] = ([] as unknown[]).concat(one[listField]);
    return one as unknown as Act;
  });
  return { problems: [], acts };
}

/**
 * The act of a filing: the envelope's act carries neither `on` nor `by`; the filer is `by` (none for
 * the Depositary's own acts) and the day of receipt is `on`. Exactly one act results, or the problems that make the filing malformed.
 */
export function checkFiledAct(
  raw: unknown,
  treaty: TreatyId,
  by: EntityId | null,
  on: IsoDate,
): { readonly ok: true; readonly act: Act } | { readonly ok: false; readonly problems: readonly Problem[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: ['act'], message: `expected a map, got ${describeValue(raw)}` }] };
  }
  const fields = raw as Record<string, unknown>;
  const given = (['on', 'by'] as const).filter((k) => k in fields);
  if (given.length > 0) {
    return {
      ok: false,
      problems: given.map((k) => ({
        path: ['act'],
        key: k,
        message: `a filed act carries no '${k}': the ${k === 'on' ? 'day of receipt' : 'filer'} is it`,
      })),
    };
  }
  const checked = checkEvent(by === null ? { ...fields, on } : { ...fields, on, by }, treaty);
  if (checked.problems.length > 0)
    return { ok: false, problems: checked.problems.map((p) => ({ ...p, path: ['act', ...p.path] })) };
  return { ok: true, act: checked.acts[0] as Act };
}
