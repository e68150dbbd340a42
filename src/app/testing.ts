/**
 * @module Test helpers: a Party that signs its filings in sequence, the Party ids and acts of a long
 * run of filings, and a settable clock.
 */
import type { KeyObject } from 'node:crypto';
import { toBase64 } from '../log/bytes.ts';
import { ENVELOPE_VERSION, keyIdOf, signingBytes } from '../log/entry.ts';
import { ed25519Sign, newKeyPair, privateKeyFromSeed, sha256 } from '../log/node-crypto.ts';
import { isoDate } from '../treaty/dates.ts';
import { ORGANIZATION_IDS } from '../treaty/entities.ts';
import { membersOn } from '../treaty/parties/index.ts';

/** A Party with its own Ed25519 key, signing its filings with seq 1, 2, ... */
export class Filer {
  readonly party: string;
  readonly seed: Uint8Array;
  readonly publicKey: Uint8Array;
  readonly keyId: string;
  seq = 0;
  /** The key object kept, so that signing a long stream stays cheap. */
  readonly #key: KeyObject;
  constructor(party: string) {
    this.party = party;
    ({ seed: this.seed, publicKey: this.publicKey } = newKeyPair());
    this.keyId = keyIdOf(sha256, this.publicKey);
    this.#key = privateKeyFromSeed(this.seed);
  }
  get publicKeyBase64(): string {
    return toBase64(this.publicKey);
  }
  /** A signed envelope for `act`, with the next seq (or the one given). */
  envelope(act: Record<string, unknown>, seq = (this.seq += 1)) {
    const unsigned = { v: ENVELOPE_VERSION, party: this.party, keyId: this.keyId, seq, act } as const;
    return { ...unsigned, signature: toBase64(ed25519Sign(this.#key, signingBytes(unsigned))) };
  }
}

/**
 * `n` distinct Party ids: the OSCE participating States (Mongolia included), the five
 * organizations of EST 10, then OSCE Partners for Co-operation to make up the number.
 */
export function partyIds(n: number): string[] {
  const partners = ['JP', 'KR', 'AU', 'TH', 'IL', 'EG', 'JO', 'MA', 'TN', 'DZ', 'AF'];
  const ids = [...new Set([...membersOn('OSCE', isoDate('2024-01-01')), ...ORGANIZATION_IDS, ...partners])];
  if (ids.length < n) throw new Error(`only ${ids.length} party ids, ${n} asked for`);
  return ids.slice(0, n);
}

/** A clock that reads a settable time. */
export function testClock(start = '2010-01-15T09:00:00.000Z') {
  let now = new Date(start);
  return { read: () => now, set: (iso: string) => (now = new Date(iso)) };
}

/**
 * The act a Party files as its `seq`-th: signature, ratification, then requests for information,
 * new obligations and consultations in turn. All well formed; the treaty may refuse them (the
 * refusal is logged all the same).
 */
export function actFor(party: string, seq: number, others: readonly string[]): Record<string, unknown> {
  if (seq === 1) return { act: 'sign' };
  if (seq === 2) return { act: 'ratify' };
  const other = others[(seq * 7) % others.length] ?? 'RU';
  const to = other === party ? (party === 'RU' ? 'US' : 'RU') : other;
  switch (seq % 3) {
    case 0:
      return {
        act: 'request-information',
        to,
        subject: 'exercises near the border',
        id: `ir-${party}-${seq}`,
      };
    case 1:
      return { act: 'assume-obligation', obligation: `no new bases (${seq})` };
    default:
      return {
        act: 'request-consultations',
        with: [to],
        subject: 'a new deployment',
        id: `c-${party}-${seq}`,
      };
  }
}
