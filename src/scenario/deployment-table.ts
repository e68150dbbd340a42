/**
 * @module The deployment table of the force-limits analysis (src/analysis/force-limits.ts; the shipped
 * one is cases/deployments.yaml): its types, and its structure as zod schemas written like the
 * scenario's (./schema.ts), with a message of our own for each field.
 *
 * Every problem is reported at once, the checks that span fields too (dates in order, the air counts,
 * the sources cited, duplicate ids). As before, a source counts as listed (for the deployments that
 * cite it) when its id, its title or URL and its date read, and a deployment takes its id (for the
 * duplicates after it) only when nothing in it is wrong.
 */
import { z } from 'zod';
import type { IsoDate } from '../treaty/dates.ts';
import { parseIsoDate } from '../treaty/dates.ts';
import type { EntityId, EntityKind } from '../treaty/entities.ts';
import { kindOf } from '../treaty/entities.ts';

/** A public source: a title or a URL (or both) and the date it bears (or of the events it reports). */
export interface CaseSource {
  readonly id: string;
  readonly title?: string;
  readonly url?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly date: string;
  readonly note?: string;
}

/**
 * What a deployment brought. The engine's kinds, plus a split of the combined air figure: combat
 * aircraft and attack helicopters are recorded apart where the sources allow, so that the 24 can be
 * read as one combined count or as two separate ones.
 */
export const CASE_FORCE_KINDS = [
  'brigades',
  'helicopterBattalions',
  'airRegiments',
  'tanks',
  'armouredVehicles',
  'combatAircraft',
  'attackHelicopters',
  'combatAircraftAndAttackHelicopters',
  'artillery',
  'troops',
] as const;
export type CaseForceKind = (typeof CASE_FORCE_KINDS)[number];
export type CaseForces = Readonly<Partial<Record<CaseForceKind, number>>>;

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type CaseConfidence = (typeof CONFIDENCES)[number];

/** One deployment of a state's forces (or a rotating mission's) in a host state, with its sources. */
export interface DeploymentRecord {
  readonly id: string;
  readonly title: string;
  /** The framework or contributing state; `x:name` for a mission whose lead nation rotates. */
  readonly by: EntityId;
  readonly in: EntityId;
  readonly from: IsoDate;
  /** The day it ended (it no longer counts that day), or null while it goes on. */
  readonly to: IsoDate | null;
  /** Only counts some source gives; a count nobody gave is left out. */
  readonly forces: CaseForces;
  /** The counts (or `from`/`to`) that are approximate. */
  readonly approximate: readonly string[];
  readonly permanent: boolean;
  readonly sources: readonly string[];
  readonly confidence: CaseConfidence;
  readonly note?: string;
}

export interface DeploymentData {
  readonly title?: string;
  /** The day the data describe, when the file says (the default day of a report). */
  readonly asOf?: IsoDate;
  readonly sources: ReadonlyMap<string, CaseSource>;
  readonly deployments: readonly DeploymentRecord[];
}

/** Either the data, or every problem as `path: message` (`deployments[2].from: expected ...`). */
export type ParsedData =
  | { readonly ok: true; readonly data: DeploymentData }
  | { readonly ok: false; readonly issues: readonly string[] };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for `YYYY`, `YYYY-MM` (a real month) or `YYYY-MM-DD` (a real day). */
export function isPartialDate(text: string): boolean {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return false;
  if (m[3] !== undefined) return parseIsoDate(text) !== null;
  if (m[2] !== undefined) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return true;
}

///// Values

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isDay = (v: unknown): v is IsoDate => typeof v === 'string' && parseIsoDate(v) !== null;
const shown = (v: unknown): string | undefined => JSON.stringify(v);

/** A YAML date or year may arrive as a string or (a bare year) as a number. */
const dateText = (v: unknown): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isInteger(v) ? String(v) : null;

/** Runs a check on a mapping even when a field in it is broken (zod skips it then by default). */
const onMapping = { when: (payload: z.core.ParsePayload) => isObj(payload.value) } as const;

/**
 * A value checked by `test`, its message made from it. Not aborting (zod's custom types abort by
 * default), so that the checks that span fields still run.
 */
const checked = <T>(test: (v: unknown) => boolean, message: (input: unknown) => string) =>
  z.custom<T>(test, { error: (issue) => message(issue.input), abort: false });

const mapping = <S extends z.core.$ZodLooseShape>(shape: S, expected: string) =>
  z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknown field' : expected),
  });

const aString = z.string({ error: 'expected a string' });

const day = (error: string) =>
  z
    .string({ error })
    .refine((s) => parseIsoDate(s) !== null, { error })
    .transform((s) => s as IsoDate);

const entity = (kinds: readonly EntityKind[], expected: string) =>
  checked<string>(
    (v) => {
      const kind = typeof v === 'string' ? kindOf(v) : null;
      return kind !== null && kinds.includes(kind);
    },
    (input) => `expected ${expected}, got ${shown(input)}`,
  ).transform((s) => s as EntityId);

///// The schemas

// In the order a source is written out (est analyze force-limits --json).
const SOURCE = mapping(
  {
    id: z
      .string({ error: 'expected a non-empty string' })
      .refine((s) => s !== '', { error: 'expected a non-empty string' }),
    date: checked<string | number>(
      (v) => {
        const text = dateText(v);
        return text !== null && isPartialDate(text);
      },
      (input) => `expected YYYY, YYYY-MM or YYYY-MM-DD, got ${shown(input)}`,
    ).transform((v) => String(v)),
    title: aString.exactOptional(),
    url: z
      .string({ error: 'expected an http(s) URL' })
      .regex(/^https?:\/\/\S+$/, { error: 'expected an http(s) URL' })
      .exactOptional(),
    note: aString.exactOptional(),
  },
  'expected a map with id, title or url, and date',
).superRefine((s, ctx) => {
  if (typeof s.title !== 'string' && typeof s.url !== 'string')
    ctx.addIssue({ code: 'custom', message: 'a source needs a title or a URL' });
}, onMapping);

/** Whether a source, as read, can be cited: its id, its title or URL and its date read. */
function citable(s: unknown): s is CaseSource {
  if (!isObj(s)) return false;
  const { id, title, url, date } = s;
  const text = dateText(date);
  return (
    typeof id === 'string' &&
    id !== '' &&
    (typeof title === 'string' || typeof url === 'string') &&
    text !== null &&
    isPartialDate(text)
  );
}

const AIR_SUM = 'combatAircraftAndAttackHelicopters';

const FORCES = z
  .partialRecord(
    z.enum(CASE_FORCE_KINDS),
    checked<number>(isCount, (input) => `expected a whole number, got ${shown(input)}`),
    {
      // A key that is no kind comes as unrecognized_keys (one issue naming them all).
      error: (issue) =>
        issue.code === 'invalid_type'
          ? `expected a map of force kinds to counts (${CASE_FORCE_KINDS.join(', ')})`
          : 'unknown force kind',
    },
  )
  .superRefine((f, ctx) => {
    const count = (k: CaseForceKind): number | undefined => (isCount(f[k]) ? f[k] : undefined);
    const [a, h, both] = [count('combatAircraft'), count('attackHelicopters'), count(AIR_SUM)];
    if (both !== undefined && (a !== undefined || h !== undefined) && both !== (a ?? 0) + (h ?? 0))
      ctx.addIssue({
        code: 'custom',
        path: [AIR_SUM],
        message: `${both} is not combatAircraft + attackHelicopters`,
      });
  }, onMapping);

const DEPLOYMENT = mapping(
  {
    id: z
      .string({ error: 'expected a lower-case id (letters, digits, hyphens)' })
      .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected a lower-case id (letters, digits, hyphens)' }),
    title: aString.refine((s) => s !== '', { error: 'expected a string' }),
    by: entity(['state', 'outside-actor'], 'a state (ISO 3166-1 alpha-2) or x:name'),
    in: entity(['state'], 'a state (ISO 3166-1 alpha-2)'),
    from: day('expected a date YYYY-MM-DD'),
    to: day('expected a date YYYY-MM-DD or null')
      .nullish()
      .transform((d) => d ?? null),
    forces: FORCES.nullish().transform((f): CaseForces => f ?? {}),
    approximate: checked<string[]>(isStringList, () => 'expected a list of force kinds (or from, to)')
      .nullish()
      .transform((a) => a ?? []),
    permanent: z.boolean({ error: 'expected true or false' }),
    sources: checked<string[]>(
      (v) => isStringList(v) && v.length > 0,
      () => 'expected a non-empty list of source ids',
    ),
    confidence: z.enum(CONFIDENCES, { error: `expected ${CONFIDENCES.join(', ')}` }),
    note: aString.exactOptional(),
  },
  'expected a map',
).superRefine((d, ctx) => {
  const from = isDay(d.from) ? d.from : null;
  if (isDay(d.to) && from !== null && d.to <= from)
    ctx.addIssue({ code: 'custom', path: ['to'], message: `${d.to} is not after from (${from})` });
  if (!isStringList(d.approximate)) return;
  // The counts given, as read: an approximate count must be one of them.
  const forces: Obj = isObj(d.forces) ? d.forces : {};
  const given = (k: string): boolean =>
    (CASE_FORCE_KINDS as readonly string[]).includes(k) && isCount(forces[k]);
  for (const a of d.approximate)
    if (!(a === 'from' || (a === 'to' && d.to != null) || given(a)))
      ctx.addIssue({
        code: 'custom',
        path: ['approximate'],
        message: `'${a}' is neither a count given in forces nor from/to`,
      });
}, onMapping);

/** The whole file: the checks between its parts follow it. */
const DEPLOYMENT_TABLE_SCHEMA = z
  .object(
    {
      title: aString.exactOptional(),
      asOf: day('expected a date YYYY-MM-DD').exactOptional(),
      sources: z.array(SOURCE, { error: 'expected a list' }),
      deployments: z.array(DEPLOYMENT, { error: 'expected a list' }),
    },
    { error: 'expected a map with sources and deployments' },
  )
  .superRefine((t, ctx) => {
    const sources = new Set<string>();
    if (Array.isArray(t.sources))
      t.sources.forEach((s: unknown, i) => {
        if (!citable(s)) return;
        if (sources.has(s.id))
          ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate id '${s.id}'` });
        else sources.add(s.id);
      });
    if (!Array.isArray(t.deployments)) return;
    const seen = new Set<string>();
    t.deployments.forEach((d: unknown, i) => {
      if (!isObj(d)) return;
      if (isStringList(d['sources']) && d['sources'].length > 0)
        for (const s of d['sources'])
          if (!sources.has(s))
            ctx.addIssue({
              code: 'custom',
              path: ['deployments', i, 'sources'],
              message: `unknown source '${s}'`,
            });
      // Only a deployment with nothing wrong in it takes its id (ctx.issues: those found so far).
      const wrong = ctx.issues.some((issue) => issue.path?.[0] === 'deployments' && issue.path[1] === i);
      if (wrong || typeof d['id'] !== 'string') return;
      if (seen.has(d['id']))
        ctx.addIssue({
          code: 'custom',
          path: ['deployments', i, 'id'],
          message: `duplicate id '${d['id']}'`,
        });
      seen.add(d['id']);
    });
  }, onMapping)
  .transform(({ title, asOf, sources, deployments }): DeploymentData => ({
    ...(title === undefined ? {} : { title }),
    ...(asOf === undefined ? {} : { asOf }),
    sources: new Map(sources.map((s) => [s.id, s])),
    deployments,
  }));

/** `deployments[2].forces.tanks`; the file itself has no path. */
const formatPath = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');

const line = (path: readonly PropertyKey[], message: string): string =>
  path.length === 0 ? message : `${formatPath(path)}: ${message}`;

/**
 * Checks case data (already parsed from YAML or JSON) and returns it typed, or every problem found:
 * each deployment needs a title, a state or mission, a host state, real dates in order, whole
 * counts, and at least one known source; each source a title or URL and a date.
 */
export function parseDeploymentData(raw: unknown): ParsedData {
  const parsed = DEPLOYMENT_TABLE_SCHEMA.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => line([...issue.path, key], issue.message))
        : [line(issue.path, issue.message)],
    ),
  };
}
