/**
 * @module The Parties' keys as the operator lodges, rotates and revokes them. Each is an entry of
 * the log, filed and signed by the Depositary (src/log/record.ts), so a Party's keys at any index
 * follow from the log alone. Here: turning an operator's request into that act, or the refusal that
 * names what is wrong with it; and, once, bringing the keys the first depositary kept outside its
 * log into it.
 */
import { fromBase64, toBase64 } from '../log/bytes.ts';
import { describeWeakKey, weakKeyReason } from '../log/ed25519-key.ts';
import { keyIdOf } from '../log/entry.ts';
import { sha256 } from '../log/node-crypto.ts';
import type { FilingRecord } from '../log/record.ts';
import type { RecordAct } from '../log/filing-act.ts';
import { keyActProblem } from '../log/record.ts';
import { partyIdProblem } from '../log/filing-act.ts';
import type { KeyRecord } from '../store/event-log.ts';
import type { DepositaryError } from './errors.ts';
import { keyExists, malformed, notFound } from './errors.ts';

/** The act that lodges a key (replacing another of the Party's, when `replaces` names one). */
export function lodgeAct(
  record: FilingRecord,
  party: string,
  publicKeyBase64: string,
  replaces?: string,
): RecordAct | DepositaryError {
  const wrongParty = partyIdProblem(party);
  if (wrongParty !== null) return malformed(wrongParty);
  const raw = fromBase64(publicKeyBase64);
  if (raw === null || raw.length !== 32)
    return malformed('publicKey must be the canonical base64 of a raw 32-byte Ed25519 key');
  const weak = weakKeyReason(raw);
  if (weak !== null)
    return malformed(
      `publicKey is ${describeWeakKey(weak)}: such a key lets anyone forge this Party's signatures, or the Party deny its own`,
      { reason: weak },
    );
  const keyId = keyIdOf(sha256, raw);
  if (record.keys.get(party, keyId) !== null) return keyExists(party, keyId);
  if (replaces !== undefined && record.keys.inForce(party, replaces) === null)
    return notFound(`no key ${replaces} of ${party} is in force to be replaced`);
  const act: RecordAct = {
    act: 'lodge-key',
    party,
    keyId,
    publicKey: toBase64(raw),
    ...(replaces === undefined ? {} : { replaces }),
  };
  return checked(record, act);
}

/** The act that revokes a key in force. */
export function revokeAct(record: FilingRecord, party: string, keyId: string): RecordAct | DepositaryError {
  const wrongParty = partyIdProblem(party);
  if (wrongParty !== null) return malformed(wrongParty);
  if (record.keys.inForce(party, keyId) === null) return notFound(`no key ${keyId} of ${party} is in force`);
  return checked(record, { act: 'revoke-key', party, keyId });
}

/** The record's own check, which the log will apply on replay: the two never disagree. */
function checked(record: FilingRecord, act: RecordAct): RecordAct | DepositaryError {
  const problem = keyActProblem(record.keys, act, sha256);
  return problem === null ? act : malformed(problem);
}

/**
 * The acts that bring a key table kept outside the log into it: each key lodged (in the order it
 * was added), and those revoked revoked. Run once, when a format 1 log is first continued; from
 * then on the table is not read.
 */
export function migrationActs(table: readonly KeyRecord[]): RecordAct[] {
  // A weak key is never lodged: est verify names it, and the filings made under it.
  const byAdded = table
    .filter((k) => weakKeyReason(k.publicKey) === null)
    .sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
  const lodged: RecordAct[] = byAdded.map((k) => ({
    act: 'lodge-key',
    party: k.party,
    keyId: k.keyId,
    publicKey: toBase64(k.publicKey),
  }));
  const revoked: RecordAct[] = byAdded
    .filter((k) => k.revokedAt !== null)
    .map((k) => ({ act: 'revoke-key', party: k.party, keyId: k.keyId }));
  return [...lodged, ...revoked];
}
