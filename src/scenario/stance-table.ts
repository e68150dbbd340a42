/**
 * @module The stance table of the ratification outlook (src/analysis/outlook.ts; the shipped one is
 * data/stances-2009.yaml): its types, and its structure as zod schemas written like the scenario's
 * (./schema.ts): strict mappings, so a misspelt field is reported rather than ignored, and a message
 * of our own for each field.
 *
 * A table is read whole and every problem is reported at once, the checks that span fields too (a
 * bloc's share with the climate's, a stance's sources against the table's): they run even where a
 * field below them is broken, and then read a broken number as 0 and a broken text as empty.
 */
import { z } from 'zod';
import type { IsoDate } from '../treaty/dates.ts';
import { parseIsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import type { PartySet } from '../treaty/parties/index.ts';
import { canBeParty, partySetProblem } from '../treaty/parties/index.ts';
import { SOURCES } from '../treaty/sources.ts';

export const STANCES = ['supportive', 'open', 'cautious', 'opposed', 'unknown'] as const;
export type Stance = (typeof STANCES)[number];

/** How firmly the sources support a stance: a state's own statement, a bloc's, or an inference. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type StanceConfidence = (typeof CONFIDENCES)[number];

/** A delay in months: log-normal (by its median and log-scale sigma), uniform, or fixed. */
export type Delay =
  | { readonly dist: 'lognormal'; readonly medianMonths: number; readonly sigma: number }
  | { readonly dist: 'uniform'; readonly minMonths: number; readonly maxMonths: number }
  | { readonly dist: 'fixed'; readonly months: number };

/** Signature: the chance of signing within the signature period, and the delay from the start. */
export interface SignStep {
  readonly probability: number;
  readonly delay: Delay;
}

/** Deposit: the chance of depositing within `withinMonths` of signing (null: no limit), and the delay. */
export interface RatifyStep {
  readonly probability: number;
  readonly withinMonths: number | null;
  readonly delay: Delay;
}

/** The model's assumptions for one stance category (not facts: each carries its reason). */
export interface Behaviour {
  readonly sign: SignStep;
  readonly ratify: RatifyStep;
  readonly rationale: string;
}

/** An override of a category's assumptions for one entity, with its reason. */
export interface EntityAssumption {
  readonly sign?: Partial<SignStep>;
  readonly ratify?: Partial<RatifyStep>;
  readonly rationale: string;
}

/** A group whose members' decisions move together: `rho` is the share of their latent score it holds. */
export interface BlocCorrelation {
  readonly id: string;
  readonly members: PartySet;
  readonly rho: number;
  readonly rationale: string;
}

/** A source added by the table itself, beyond the project's S-numbered sources. */
export interface TableSource {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
  readonly date?: string;
}

export interface StanceEntry {
  readonly id: EntityId;
  readonly stance: Stance;
  readonly confidence: StanceConfidence | null;
  /** Source ids: the project's (`S22`) or the table's own. Empty only for `unknown`. */
  readonly sources: readonly string[];
  /** When the position was expressed, as precisely as the source gives it (free text). */
  readonly when?: string;
  readonly note: string;
  readonly assume?: EntityAssumption;
}

export interface StanceTable {
  readonly title: string;
  /** Day 0 of every trial: signature delays are counted from it. */
  readonly start: IsoDate;
  /** Length of the signature period from the start, or null: open until entry into force. */
  readonly signatureMonths: number | null;
  readonly climate: { readonly rho: number; readonly rationale: string };
  readonly blocs: readonly BlocCorrelation[];
  readonly categories: Readonly<Record<Stance, Behaviour>>;
  readonly stances: readonly StanceEntry[];
  readonly sources: readonly TableSource[];
}

export interface StanceIssue {
  /** The field, as a path: `model.blocs[0].rho`; `(file)` for the table as a whole. */
  readonly path: string;
  readonly message: string;
}

export type ParsedTable =
  | { readonly ok: true; readonly table: StanceTable }
  | { readonly ok: false; readonly issues: readonly StanceIssue[] };

///// Values

const PROJECT_SOURCES: ReadonlySet<string> = new Set(SOURCES.map((s) => s.id));

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isMonths = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1200;
const isShare = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isStance = (v: unknown): v is Stance => (STANCES as readonly unknown[]).includes(v);
const isConfidence = (v: unknown): v is StanceConfidence => (CONFIDENCES as readonly unknown[]).includes(v);

/** Runs a check on a mapping even when a field in it is broken (zod skips it then by default). */
const onMapping = { when: (payload: z.core.ParsePayload) => isObj(payload.value) } as const;

/** A strict mapping: an unknown field is reported, as is anything that is not a mapping. */
const mapping = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknown field' : 'expected a mapping'),
  });

const text = z
  .string({ error: 'expected a non-empty text' })
  .refine((s) => s.trim() !== '', { error: 'expected a non-empty text' });

const number = (min: number, max: number, expected: string) => {
  const error = `expected ${expected}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
};
const probability = number(0, 1, 'a probability from 0 to 1');
const share = number(0, 1, 'a share from 0 to 1');
const months = number(0, 1200, 'a number of months from 0 to 1200');

/** More than 0 months: a value that is not a number of months at all reads as 0 and gets this too. */
const positiveMonths = (error: string) =>
  months.refine((m: unknown) => isMonths(m) && m > 0, { error, when: () => true });

/** A time limit in months, or null for none. */
const limitMonths = positiveMonths('expected a positive number of months, or null for no limit').nullable();

const date = z
  .string({ error: 'expected a date YYYY-MM-DD' })
  .refine((s) => parseIsoDate(s) !== null, { error: 'expected a date YYYY-MM-DD' })
  .transform((s) => s as IsoDate);

///// The model

const DIST = 'expected lognormal, uniform or fixed';

const delay = z.preprocess(
  // A delay that is not a mapping has no dist: it is reported there, as a wrong dist is.
  (v) => (isObj(v) ? v : {}),
  z.discriminatedUnion(
    'dist',
    [
      mapping({
        dist: z.literal('lognormal'),
        medianMonths: positiveMonths('expected a positive median'),
        sigma: number(0.01, 5, 'a log-scale spread from 0.01 to 5'),
      }),
      mapping({ dist: z.literal('uniform'), minMonths: months, maxMonths: months }).superRefine((d, ctx) => {
        const min = isMonths(d.minMonths) ? d.minMonths : 0;
        const max = isMonths(d.maxMonths) ? d.maxMonths : 0;
        if (max <= min)
          ctx.addIssue({ code: 'custom', path: ['maxMonths'], message: 'expected more than minMonths' });
      }, onMapping),
      mapping({ dist: z.literal('fixed'), months }),
    ],
    { error: DIST },
  ),
) satisfies z.ZodType<Delay>;

const behaviour = mapping({
  sign: mapping({ probability, delay }),
  ratify: mapping({ probability, withinMonths: limitMonths.default(null), delay }),
  rationale: text,
}) satisfies z.ZodType<Behaviour>;

const assumption = mapping({
  rationale: text,
  sign: mapping({ probability: probability.exactOptional(), delay: delay.exactOptional() }).exactOptional(),
  ratify: mapping({
    probability: probability.exactOptional(),
    withinMonths: limitMonths.exactOptional(),
    delay: delay.exactOptional(),
  }).exactOptional(),
}) satisfies z.ZodType<EntityAssumption>;

const bloc = mapping({
  id: text,
  members: z
    .union([z.string(), z.array(z.string())], { error: 'expected a preset or a list of ids' })
    .superRefine((set, ctx) => {
      const problem = partySetProblem(set);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
    }),
  rho: share,
  rationale: text,
}) satisfies z.ZodType<BlocCorrelation>;

const NO_CLIMATE = { rho: 0, rationale: 'none' } as const;

const model = mapping({
  start: date,
  signatureMonths: limitMonths.default(null),
  climate: mapping({ rho: share, rationale: text })
    .nullish()
    .transform((c) => c ?? NO_CLIMATE),
  blocs: z
    .array(bloc, { error: 'expected a list' })
    .nullish()
    .transform((b) => b ?? []),
  categories: mapping(
    Object.fromEntries(STANCES.map((s) => [s, behaviour])) as Record<Stance, typeof behaviour>,
  ),
}).superRefine((m, ctx) => {
  // A bloc's share and the climate's are parts of one latent score.
  const climate = isObj(m.climate) && isShare(m.climate['rho']) ? m.climate['rho'] : 0;
  if (!Array.isArray(m.blocs)) return;
  m.blocs.forEach((b: unknown, i) => {
    if (isObj(b) && isShare(b['rho']) && b['rho'] + climate > 1)
      ctx.addIssue({
        code: 'custom',
        path: ['blocs', i, 'rho'],
        message: 'with model.climate.rho, more than the whole score (1)',
      });
  });
}, onMapping);

///// The stances

const stanceEntry = mapping({
  stance: z.enum(STANCES, { error: `expected one of ${STANCES.join(', ')}` }),
  confidence: z
    .enum(CONFIDENCES, { error: `expected one of ${CONFIDENCES.join(', ')}` })
    .nullish()
    .transform((c) => c ?? null),
  sources: z
    .custom<string[]>(isStringList, { error: 'expected a list of source ids', abort: false })
    .nullish()
    .transform((s) => s ?? []),
  when: text.exactOptional(),
  note: text,
  assume: assumption.exactOptional(),
}).superRefine((e, ctx) => {
  if (isStance(e.stance) && e.stance !== 'unknown' && !isConfidence(e.confidence))
    ctx.addIssue({
      code: 'custom',
      path: ['confidence'],
      message: 'a stance other than unknown needs a confidence',
    });
}, onMapping);

const tableSource = mapping({
  id: text,
  title: text,
  url: text.exactOptional(),
  date: text.exactOptional(),
}) satisfies z.ZodType<TableSource>;

/** The whole table; the checks between its parts follow it. */
const STANCE_TABLE_SCHEMA = mapping({
  title: text,
  model,
  sources: z
    .array(tableSource, { error: 'expected a list' })
    .nullish()
    .transform((s) => s ?? []),
  // Any key may appear under stances: each is checked as an entity id below.
  stances: z.record(z.string(), stanceEntry, { error: 'expected a mapping' }),
})
  .superRefine((t, ctx) => {
    // A source with a broken id still takes its place (as ''), as every listed source is known.
    const ids: string[] = [];
    if (Array.isArray(t.sources))
      t.sources.forEach((s: unknown, i) => {
        const id = isObj(s) && isText(s['id']) ? s['id'] : '';
        const path = ['sources', i, 'id'];
        if (PROJECT_SOURCES.has(id))
          ctx.addIssue({ code: 'custom', path, message: `${id} is already a project source` });
        if (ids.includes(id)) ctx.addIssue({ code: 'custom', path, message: `${id} is listed twice` });
        ids.push(id);
      });
    const known = new Set([...PROJECT_SOURCES, ...ids]);
    if (!isObj(t.stances)) return;
    for (const [id, e] of Object.entries(t.stances)) {
      if (!canBeParty(id))
        ctx.addIssue({
          code: 'custom',
          path: ['stances', id],
          message: `${id} is neither a state (ISO 3166-1 alpha-2) nor one of the five organizations`,
        });
      if (!isObj(e)) continue;
      const path = ['stances', id, 'sources'];
      const cited = isStringList(e['sources']) ? e['sources'] : [];
      for (const s of cited)
        if (!known.has(s)) ctx.addIssue({ code: 'custom', path, message: `unknown source ${s}` });
      if (isStance(e['stance']) && e['stance'] !== 'unknown' && cited.length === 0)
        ctx.addIssue({ code: 'custom', path, message: 'a stance other than unknown must cite a source' });
    }
  }, onMapping)
  .transform(({ title, model: m, sources, stances }): StanceTable => ({
    title,
    start: m.start,
    signatureMonths: m.signatureMonths,
    climate: m.climate,
    blocs: m.blocs,
    categories: m.categories,
    stances: Object.entries(stances)
      .map(([id, e]): StanceEntry => ({ id: id as EntityId, ...e }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    sources,
  }));

/** `model.blocs[0].rho`; the table itself is `(file)`. */
function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') ||
    '(file)'
  );
}

/** Reads a stance table from its parsed YAML or JSON, collecting every problem found. */
export function parseStanceTable(raw: unknown): ParsedTable {
  const parsed = STANCE_TABLE_SCHEMA.safeParse(raw);
  if (parsed.success) return { ok: true, table: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.flatMap((issue): StanceIssue[] =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ path: `${formatPath(issue.path)}.${key}`, message: issue.message }))
        : [{ path: formatPath(issue.path), message: issue.message }],
    ),
  };
}
