/**
 * @module The filers of the service bench: 64 Parties (the OSCE participating States, the five
 * organizations, then Partners for Co-operation), each with its own key and a stream of signed
 * envelopes seq 1, 2, ... made before the clock starts, so the load generator only sends.
 */
import type { KeyObject } from 'node:crypto';
import { actFor } from '../src/app/testing.ts';
import { toBase64 } from '../src/log/bytes.ts';
import type { Envelope } from '../src/log/entry.ts';
import { ENVELOPE_VERSION, keyIdOf, signingBytes } from '../src/log/entry.ts';
import { ed25519Sign, newKeyPair, privateKeyFromSeed, sha256 } from '../src/log/node-crypto.ts';
import { isoDate } from '../src/treaty/dates.ts';
import { ORGANIZATION_IDS } from '../src/treaty/entities.ts';
import { membersOn } from '../src/treaty/parties/index.ts';
import type { Signed } from './service-ceiling.ts';

export function benchParties(n: number): string[] {
  const partners = ['JP', 'KR', 'AU', 'TH', 'IL', 'EG', 'JO', 'MA', 'TN', 'DZ', 'AF'];
  const ids = [...new Set([...membersOn('OSCE', isoDate('2024-01-01')), ...ORGANIZATION_IDS, ...partners])];
  if (ids.length < n) throw new Error(`only ${ids.length} party ids`);
  return ids.slice(0, n);
}

export class BenchFiler {
  readonly party: string;
  readonly publicKey: Uint8Array;
  readonly keyId: string;
  readonly #key: KeyObject;
  constructor(party: string) {
    this.party = party;
    const { seed, publicKey } = newKeyPair();
    this.publicKey = publicKey;
    this.keyId = keyIdOf(sha256, publicKey);
    this.#key = privateKeyFromSeed(seed);
  }
  envelope(seq: number, others: readonly string[]): Envelope {
    const unsigned = {
      v: ENVELOPE_VERSION,
      party: this.party,
      keyId: this.keyId,
      seq,
      act: actFor(this.party, seq, others),
    } as const;
    return { ...unsigned, signature: toBase64(ed25519Sign(this.#key, signingBytes(unsigned))) };
  }
}

export interface Streams {
  readonly filers: readonly BenchFiler[];
  /** Request bodies per filer, seq 1..count in order. */
  readonly bodies: readonly (readonly string[])[];
  /** Some of the signed messages, for the Ed25519 ceiling (the same sizes the server verifies). */
  readonly sample: readonly Signed[];
}

export function streams(clients: number, count: number): Streams {
  const ids = benchParties(clients);
  const filers = ids.map((id) => new BenchFiler(id));
  const sample: Signed[] = [];
  const bodies = filers.map((f) =>
    Array.from({ length: count }, (_, i) => {
      const e = f.envelope(i + 1, ids);
      if (i % 8 === 3 && sample.length < 512) {
        sample.push({
          publicKey: f.publicKey,
          message: signingBytes(e),
          signature: new Uint8Array(Buffer.from(e.signature, 'base64')),
        });
      }
      return JSON.stringify(e);
    }),
  );
  return { filers, bodies, sample };
}
