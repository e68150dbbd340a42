/**
 * @module Helpers of the tests that need the depositary's HTTP API: the real app over a depositary,
 * called in-process through a fetch function (no port), with a known admin token.
 */
import type { Depositary } from '../app/depositary.ts';
import { toHex } from '../log/bytes.ts';
import { sha256 } from '../log/node-crypto.ts';
import type { EventLog } from '../store/event-log.ts';
import { createApp } from './app.ts';

export const ADMIN_TOKEN = 'test-admin-token';

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
