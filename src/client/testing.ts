/**
 * @module Helpers of the client's tests: a depositary over a memory store with Parties whose keys
 * are lodged, and a standard small history to file on it. The server's app over it, called
 * in-process, is in src/server/testing.ts.
 */
import { Depositary } from '../app/depositary.ts';
import { toBase64 } from '../log/bytes.ts';
import type { Envelope } from '../log/entry.ts';
import { newKeyPair } from '../log/node-crypto.ts';
import type { EventLog } from '../store/event-log.ts';
import { memoryEventLog } from '../store/memory/event-log.ts';
import type { PartyKey } from './keys.ts';
import { keyFromSeed, signEnvelope } from './keys.ts';

export const ORIGIN = 'depositary.est.test';

/** A Party with its own key, filing in sequence. */
export class TestFiler {
  readonly key: PartyKey;
  seq = 0;
  constructor(party: string) {
    this.key = keyFromSeed(party, newKeyPair().seed);
  }
  get party(): string {
    return this.key.party as string;
  }
  envelope(act: Record<string, unknown>, seq = (this.seq += 1)): Envelope {
    return signEnvelope(this.key, seq, act);
  }
}

/** A settable clock. */
export function testClock(start = '2010-01-15T09:00:00.000Z') {
  let now = new Date(start);
  return { read: () => now, set: (iso: string) => (now = new Date(iso)) };
}

export async function testDepositary(
  parties: readonly string[],
  options: { log?: EventLog; seed?: Uint8Array; clock?: ReturnType<typeof testClock> } = {},
) {
  const log = options.log ?? memoryEventLog();
  const clock = options.clock ?? testClock();
  const seed = options.seed ?? newKeyPair().seed;
  const d = await Depositary.open({ log, clock: clock.read, key: { name: ORIGIN, seed }, origin: ORIGIN });
  const filers: Record<string, TestFiler> = {};
  for (const p of parties) {
    const f = new TestFiler(p);
    filers[p] = f;
    await d.lodgeKey(p, toBase64(f.key.publicKey));
  }
  // Each key lodged is an entry of the log: the first filing comes after them.
  const base = d.size;
  const filer = (p: string): TestFiler => {
    const f = filers[p];
    if (f === undefined) throw new Error(`no filer ${p}`);
    return f;
  };
  return { d, log, clock, seed, filer, base };
}

/** A standard small history: acceptances, legal refusals, the Depositary's own act, several days. */
export async function fileHistory(t: Awaited<ReturnType<typeof testDepositary>>, n = 12): Promise<void> {
  const parties = ['RU', 'BY', 'DE', 'FR'];
  for (let i = 0; i < n; i += 1) {
    t.clock.set(new Date(Date.parse('2010-01-15T09:00:00.000Z') + i * 3_600_000 * 7).toISOString());
    const p = parties[i % parties.length] as string;
    if (i % 5 === 4) await t.d.fileOwn({ act: 'close', procedure: `c-${i}` });
    else await t.d.file(t.filer(p).envelope({ act: i < parties.length ? 'sign' : 'ratify' }));
  }
}
