/**
 * @module A client of the depositary's real HTTP app, in-process: the client's tests run it against
 * the server. It joins two layers that may not import each other (src/client and src/server), so it
 * lives with the tests, which may import both.
 */
import type { Depositary } from '../../src/app/depositary.ts';
import { DepositaryClient } from '../../src/client/http.ts';
import { appFetch } from '../../src/server/testing.ts';

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
