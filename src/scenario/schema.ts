/**
 * @module The structure of a scenario file (shared/DESIGN.md §4) as zod schemas: one strict schema
 * per act, so a misspelt field is reported rather than ignored.
 */
import { z } from 'zod';
import type { ActName } from '../engine/acts.ts';
import { TREATY_IDS } from '../treaty/common.ts';
import type { IsoDate } from '../treaty/dates.ts';
import { parseIsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import { ORGANIZATION_IDS, kindOf } from '../treaty/entities.ts';
import { FORCE_KINDS } from '../treaty/forces.ts';

export const PARTY_HELP = `an ISO 3166-1 alpha-2 code (RU, US, VA), an organization (${ORGANIZATION_IDS.join(', ')}), UNSC, or x:name for an outside actor`;

export const date = z
  .string({ error: 'expected a date YYYY-MM-DD' })
  .refine((s) => parseIsoDate(s) !== null, { error: 'expected a real calendar date YYYY-MM-DD' })
  .transform((s) => s as IsoDate);

export const party = z
  .string({ error: `expected a party id: ${PARTY_HELP}` })
  .refine((s) => kindOf(s) !== null, { error: `unknown party id; expected ${PARTY_HELP}` })
  .transform((s) => s as EntityId);

const parties = z.union([party, z.array(party).min(1)], {
  error: `expected a party id or a list of them: ${PARTY_HELP}`,
});
const text = z.string({ error: 'expected text' }).min(1, { error: 'expected non-empty text' });
const id = z
  .string({ error: 'expected an id (text such as c-1)' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, {
    error: 'expected an id of letters, digits and . _ : - (at most 64)',
  });

/** Fields every event may carry besides those of its act: a note and the sources of its facts. */
const annotations = {
  note: z.string({ error: 'expected text' }).optional(),
  source: z
    .union([z.string(), z.array(z.string())], { error: 'expected a source or a list of them' })
    .optional(),
};

const count = z
  .number({ error: 'expected a count (a whole number, 0 or more)' })
  .int({ error: 'expected a count (a whole number, 0 or more)' })
  .min(0, { error: 'expected a count (a whole number, 0 or more)' });
const forces = z.strictObject(Object.fromEntries(FORCE_KINDS.map((k) => [k, count.optional()])));

const act = <N extends ActName, F extends z.ZodRawShape>(name: N, fields: F) =>
  z.strictObject({ on: date, act: z.literal(name), ...annotations, ...fields });

const by = { by: parties };

/** One schema per act, before `by` lists are expanded. */
export const ACT_SCHEMAS = {
  sign: act('sign', by),
  ratify: act('ratify', by),
  accede: act('accede', { ...by, id: id.optional() }),
  withdraw: act('withdraw', {
    ...by,
    statement: z.string({ error: 'expected text' }).optional(),
    effective: date.optional(),
  }),
  'request-information': act('request-information', { ...by, to: party, subject: text, id: id.optional() }),
  answer: act('answer', { ...by, procedure: id, text: z.string().optional() }),
  'request-consultations': act('request-consultations', {
    ...by,
    with: parties,
    subject: text,
    id: id.optional(),
    date: date.optional(),
  }),
  join: act('join', { ...by, procedure: id }),
  attend: act('attend', { ...by, procedure: id }),
  close: act('close', { procedure: id }),
  'propose-conference': act('propose-conference', { ...by, procedure: id, id: id.optional() }),
  support: act('support', { ...by, procedure: id }),
  'notify-attack': act('notify-attack', {
    ...by,
    attacker: parties,
    kind: z.enum(['attack', 'threat']),
    id: id.optional(),
    onBehalfOf: party.optional(),
  }),
  'propose-decision': act('propose-decision', { ...by, procedure: id, decision: id, text }),
  object: act('object', { ...by, procedure: id, decision: id.optional() }),
  vote: act('vote', { ...by, procedure: id, decision: id, vote: z.enum(['yes', 'no', 'abstain']) }),
  'consent-assistance': act('consent-assistance', {
    ...by,
    to: parties,
    attacker: parties.optional(),
    attack: id.optional(),
  }),
  'revoke-consent': act('revoke-consent', { ...by, to: parties.optional() }),
  assist: act('assist', {
    ...by,
    to: party,
    military: z.boolean({ error: 'expected true or false' }),
    procedure: id.optional(),
    attack: id.optional(),
  }),
  'report-to-unsc': act('report-to-unsc', { ...by, procedure: id.optional(), attack: id.optional() }),
  'unsc-measures': act('unsc-measures', {
    by: z.literal('UNSC', { error: 'only the Security Council (UNSC) takes measures' }).optional(),
    procedure: id.optional(),
    attack: id.optional(),
  }),
  'assume-obligation': act('assume-obligation', { ...by, obligation: text }),
  deploy: act('deploy', {
    ...by,
    in: party,
    forces,
    permanent: z.boolean({ error: 'expected true or false' }),
    id,
    // Whose territory its missiles could reach from where they stand (NRA 5, RUS-US 6); [] for none.
    reaches: z
      .union([party, z.array(party)], {
        error: `expected a party id or a list of them (possibly empty): ${PARTY_HELP}`,
      })
      .optional(),
  }),
  'end-deployment': act('end-deployment', { ...by, id }),
} satisfies Record<ActName, z.ZodType>;

const source = z.union(
  [
    z.string(),
    z.strictObject({
      id: z.string().optional(),
      title: z.string(),
      url: z.string().optional(),
      date: z.string().optional(),
      note: z.string().optional(),
    }),
  ],
  { error: 'expected a source: text, or { title, url?, date?, id?, note? }' },
);

/** The top level of a scenario file; `events` are checked act by act afterwards. */
export const SCENARIO_SCHEMA = z.strictObject({
  name: text,
  treaty: z.enum(TREATY_IDS),
  description: z.string().optional(),
  sources: z.array(source).optional(),
  parameters: z
    .record(z.string(), z.unknown(), { error: 'expected a map of parameter ids to values' })
    .optional(),
  assume: z
    .strictObject({
      inForce: date,
      parties: z.union([z.string(), z.array(z.string()).min(1)], {
        error: 'expected a preset (osce-2009, ...) or a list of party ids',
      }),
    })
    .optional(),
  events: z.array(z.unknown(), { error: 'expected a list of events' }),
  expect: z.record(z.string(), z.unknown(), { error: 'expected a map (a subset of the outcome)' }).optional(),
});
