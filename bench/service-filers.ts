/**
 * @module The filers of the service bench: 64 Parties (the OSCE participating States, the five
 * organizations, then Partners for Co-operation), each with its own key and a stream of signed
 * envelopes seq 1, 2, ... made before the clock starts, so the load generator only sends.
 */
import { Filer, actFor, partyIds } from '../src/app/testing.ts';
import { signingBytes } from '../src/log/entry.ts';
import type { Signed } from './service-ceiling.ts';

export interface Streams {
  readonly filers: readonly Filer[];
  /** Request bodies per filer, seq 1..count in order. */
  readonly bodies: readonly (readonly string[])[];
  /** Some of the signed messages, for the Ed25519 ceiling (the same sizes the server verifies). */
  readonly sample: readonly Signed[];
}

export function streams(clients: number, count: number): Streams {
  const ids = partyIds(clients);
  const filers = ids.map((id) => new Filer(id));
  const sample: Signed[] = [];
  const bodies = filers.map((f) =>
    Array.from({ length: count }, (_, i) => {
      const e = f.envelope(actFor(f.party, i + 1, ids), i + 1);
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
