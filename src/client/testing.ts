/**
 * @module Helpers of the client's tests: a depositary over a memory store with Parties whose keys
 * are lodged, the server's app over it, and a fetch that calls the app in-process (no port).
 */
import { Depositary } from '../app/depositary.ts';
import { toBase64, toHex } from '../log/bytes.ts';
import type { Envelope } from '../log/entry.ts';
import { newKeyPair, sha256 } from '../log/node-crypto.ts';
import { createApp } from '../server/app.ts';
import type { EventLog } from '../store/event-log.ts';
import { memoryEventLog } from '../store/memory/event-log.ts';
import { DepositaryClient } from './http.ts';
import type { PartyKey } from './keys.ts';
import { keyFromSeed, signEnvelope } from './keys.ts';

export const ADMIN_TOKEN = 'test-admin-token';
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

/** The real app over a depositary, called in-process through a fetch function. */
export function appFetch(d: Depositary, log?: EventLog): typeof fetch {
  const app = createApp({
    depositary: d,
    ...(log === undefined ? {} : { log }),
    adminTokenHash: toHex(sha256(new TextEncoder().encode(ADMIN_TOKEN))),
    logError: () => undefined,
  });
  return (input: string | URL | Request, init?: RequestInit) =>
    Promise.resolve(app.fetch(new Request(input, init)));
}

/** A client of the app over a depositary, with a hook to change what the server answers. */
export function testClient(
  d: Depositary,
  tamper?: (url: URL, response: Response) => Response | Promise<Response>,
): DepositaryClient {
  const inner = appFetch(d);
  const f = (async (input: string | URL | Request, init?: RequestInit) => {
    const response = await inner(input, init);
    const url = input instanceof Request ? new URL(input.url) : new URL(input);
    return tamper ? tamper(url, response) : response;
  }) as typeof fetch;
  return new DepositaryClient('http://depositary.test', { fetch: f });
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
