/**
 * @module Who may file which act, and the act an envelope holds: the first thing the depositary,
 * `est verify` and the browser ask of every filing, before the filing record (./record.ts) decides it.
 *
 * - Who may file which act ({@link filerProblem}): a Party files the treaty's acts; the Depositary
 *   files `close` and the record's own acts; the Security Council files `unsc-measures`. The
 *   Depositary's and the Council's filings are signed with the depositary's key. A Party's id is
 *   checked by one rule ({@link partyIdProblem}), for a filer and for a key lodged alike.
 * - The record's own acts, filed by the Depositary: `lodge-key` (a Party's public key, optionally
 *   replacing one of its keys), `revoke-key`, and `rules-change` (the operator accepted that the
 *   current rules decide some earlier entries otherwise). The engine never sees them.
 * - Envelope -> act and day ({@link actOf}): the day is the UTC date of receipt, the filer is `by`.
 *
 * Pure (no node:*), so the browser runs the same code.
 */
import { z } from 'zod';
import type { Act } from '../engine/acts.ts';
import { checkFiledAct, formatPath } from '../scenario/act.ts';
import type { Problem } from '../scenario/act.ts';
import type { TreatyId } from '../treaty/common.ts';
import type { IsoDate } from '../treaty/dates.ts';
import { parseIsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import { SECURITY_COUNCIL, kindOf } from '../treaty/entities.ts';
import { MAX_PARTY_ID_LENGTH } from './entry.ts';
import type { Envelope } from './entry.ts';

/** The filer of the Depositary's own acts: closing a procedure, and the record's acts. */
export const DEPOSITARY = 'DEPOSITARY';

/** The acts by which the Depositary keeps the record itself. */
export const RECORD_ACTS = ['lodge-key', 'revoke-key', 'rules-change'] as const;
export type RecordActName = (typeof RECORD_ACTS)[number];

const KEY_ID = z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected 16 lowercase hex digits' });
const PARTY = z.string().min(1).max(MAX_PARTY_ID_LENGTH);

const RECORD_ACT_SCHEMA = z.discriminatedUnion('act', [
  z.strictObject({
    act: z.literal('lodge-key'),
    party: PARTY,
    keyId: KEY_ID,
    /** Base64 of the raw 32-byte Ed25519 public key. */
    publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, { error: 'expected the base64 of 32 bytes' }),
    /** A key of the same Party that this one replaces (revoked by the same entry). */
    replaces: KEY_ID.optional(),
  }),
  z.strictObject({ act: z.literal('revoke-key'), party: PARTY, keyId: KEY_ID }),
  z.strictObject({
    act: z.literal('rules-change'),
    /** The rules that had decided the entries listed. */
    from: z.array(z.string().min(1)).min(1),
    /** The rules that decide from this entry on. */
    to: z.string().min(1),
    /** The entries that the new rules decide otherwise than their logged outcome. */
    indices: z.array(z.number().int().min(0)).min(1),
  }),
]);

export type RecordAct = z.infer<typeof RECORD_ACT_SCHEMA>;
export type LodgeKeyAct = Extract<RecordAct, { act: 'lodge-key' }>;

const isRecordActName = (name: unknown): name is RecordActName =>
  (RECORD_ACTS as readonly unknown[]).includes(name);

/** Whether a filer may file an act of this name; null when it may, else why not. */
export function filerProblem(party: string, actName: unknown): string | null {
  const name = String(actName);
  if (party === DEPOSITARY)
    return actName === 'close' || isRecordActName(actName)
      ? null
      : `the Depositary files only close and the record's acts (${RECORD_ACTS.join(', ')}), not ${name}`;
  if (party === SECURITY_COUNCIL)
    return actName === 'unsc-measures' ? null : `the Security Council files only unsc-measures, not ${name}`;
  if (actName === 'close') return `close is an act of the Depositary, not of ${party}`;
  if (actName === 'unsc-measures') return `unsc-measures is an act of the Security Council, not of ${party}`;
  if (isRecordActName(actName)) return `${name} is an act of the Depositary, not of ${party}`;
  return partyIdProblem(party);
}

/**
 * Why `id` cannot be a Party that files under a key of its own, or null when it can: a state (ISO
 * 3166-1 alpha-2), one of the five organizations or an outside actor (`x:name`), in at most
 * {@link MAX_PARTY_ID_LENGTH} characters, as an envelope carries it. The one rule for a filing's
 * filer (after {@link filerProblem} has set the Depositary and the Council apart) and for the Party
 * a key is lodged for or revoked from: a key lodged for any other id could never sign a filing.
 */
export function partyIdProblem(id: string): string | null {
  if (id === DEPOSITARY || id === SECURITY_COUNCIL)
    return `${id} is ${id === DEPOSITARY ? 'the Depositary' : 'the Security Council'}: its acts are filed by the operator with the depositary's own key (POST /api/v1/admin/acts), so no Party key is made or lodged for it`;
  if (id.length <= MAX_PARTY_ID_LENGTH && kindOf(id) !== null) return null;
  return `${shownId(id)} is not a Party id: expected an ISO 3166-1 alpha-2 code (RU), an organization (EU, OSCE, CSTO, NATO, CIS) or x:name (lowercase letters, digits and hyphens), in at most ${MAX_PARTY_ID_LENGTH} characters`;
}

/** An id as a message shows it: quoted (so blanks and control characters show), cut short when long. */
export function shownId(id: string): string {
  const shown = 24;
  return id.length <= MAX_PARTY_ID_LENGTH
    ? JSON.stringify(id)
    : `${JSON.stringify(id.slice(0, shown)).slice(0, -1)}…" (${id.length} characters)`;
}

/** Whether a filer's envelopes are signed with the depositary's own key. */
export const signsWithDepositaryKey = (party: string): boolean =>
  party === DEPOSITARY || party === SECURITY_COUNCIL;

/** The day of an act: the UTC date of its receipt. */
export function dayOf(receivedAt: string): IsoDate | null {
  return parseIsoDate(receivedAt.slice(0, 10));
}

export type ReadAct =
  | { readonly ok: true; readonly kind: 'treaty'; readonly act: Act }
  | { readonly ok: true; readonly kind: 'record'; readonly act: RecordAct }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * The act an envelope holds, received at a time: a treaty act for the engine (the day of receipt is
 * its `on`, the filer its `by`; the Depositary's `close` has no actor), or one of the record's acts.
 */
export function actOf(envelope: Envelope, receivedAt: string, treaty: TreatyId): ReadAct {
  const record = recordActOf(envelope);
  if (record !== null) return record;
  const on = dayOf(receivedAt);
  if (on === null) return { ok: false, problems: [{ path: ['receivedAt'], message: 'not a date' }] };
  const by = envelope.party === DEPOSITARY ? null : (envelope.party as EntityId);
  const checked = checkFiledAct(envelope.act, treaty, by, on);
  return checked.ok ? { ok: true, kind: 'treaty', act: checked.act } : checked;
}

/**
 * The record's act an envelope holds, when it holds one (the Depositary files it), or null: read
 * without the treaty, so a log's keys are known even where its treaty is not.
 */
export function recordActOf(envelope: Envelope): ReadAct | null {
  if (!(envelope.party === DEPOSITARY && isRecordActName(envelope.act['act']))) return null;
  const parsed = RECORD_ACT_SCHEMA.safeParse(envelope.act);
  if (parsed.success) return { ok: true, kind: 'record', act: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({
      path: ['act', ...i.path.map(String)],
      message: i.message,
    })),
  };
}

/** Problems with an act, in one line. */
export function problemText(problems: readonly Problem[]): string {
  return problems.map((p) => `${formatPath(p.key ? [...p.path, p.key] : p.path)}: ${p.message}`).join('; ');
}
