/**
 * @module Test helpers: a Party that signs its filings in sequence, the acts of a long run of
 * filings, and a settable clock.
 */
import { toBase64 } from '../log/bytes.ts';
import { ENVELOPE_VERSION, keyIdOf, signingBytes } from '../log/entry.ts';
import { ed25519Sign, newKeyPair, privateKeyFromSeed, sha256 } from '../log/node-crypto.ts';

/** A Party with its own Ed25519 key, signing its filings with seq 1, 2, ... */
export class Filer {
  readonly party: string;
  readonly seed: Uint8Array;
  readonly publicKey: Uint8Array;
  seq = 0;
  constructor(party: string) {
    this.party = party;
    ({ seed: this.seed, publicKey: this.publicKey } = newKeyPair());
  }
  get keyId(): string {
    return keyIdOf(sha256, this.publicKey);
  }
  get publicKeyBase64(): string {
    return toBase64(this.publicKey);
  }
  /** A signed envelope for `act`, with the next seq (or the one given). */
  envelope(act: Record<string, unknown>, seq = (this.seq += 1)) {
    const unsigned = { v: ENVELOPE_VERSION, party: this.party, keyId: this.keyId, seq, act } as const;
    return {
      ...unsigned,
      signature: toBase64(ed25519Sign(privateKeyFromSeed(this.seed), signingBytes(unsigned))),
    };
  }
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
