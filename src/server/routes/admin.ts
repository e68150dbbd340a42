/**
 * @module The operator's routes, behind the admin token: lodging, rotating and revoking Parties'
 * keys (each an entry of the log, answered with its receipt), and
 * filing the acts of the Depositary (`close`) and of the Security Council (`unsc-measures`).
 */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { malformed } from '../../app/errors.ts';
import { sha256 } from '../../log/node-crypto.ts';
import type { Receipt } from '../../app/depositary.ts';
import type { Ctx, RequestView, ServerEnv, Routes } from '../deps.ts';
import { readJson } from '../json.ts';
import { adminLockedOut, unauthorized } from '../problems.ts';
import type { FailureThrottle } from '../rate-limit.ts';
import { clientKey, failureThrottle } from '../rate-limit.ts';
import { receiptResponse } from './filings.ts';
import { partyIdProblem } from '../../log/filing-act.ts';

const KEY_ID = /^[0-9a-f]{16}$/;

/** The `:id` of a key route: a Party that files under its own key, by the filings' own rule. */
function keyParty(c: Ctx): string {
  const id = c.req.param('id') ?? '';
  const problem = partyIdProblem(id);
  if (problem !== null) throw malformed(problem);
  return id;
}

/** How an admin route tells who is asking, and how many wrong tokens it may send. */
export interface AdminGuard {
  /** The request's client, as the throttle keys it (`clientKey` of its address). */
  readonly client: (c: RequestView) => string;
  readonly failures: FailureThrottle;
}

/**
 * Checks `Authorization: Bearer <token>`: the token's SHA-256 against the stored hash, in constant
 * time. With a guard, an address that sent too many wrong tokens is refused (429, Retry-After) before
 * its token is looked at, the right one included, until its lockout is over; a right token clears
 * its count. A request with no Authorization at all is not a wrong token and is not counted.
 */
export function adminAuth(
  tokenHash: Uint8Array,
  onUse?: () => void,
  guard?: AdminGuard,
): MiddlewareHandler<ServerEnv> {
  const expected = Buffer.from(tokenHash);
  let used = false;
  return async (c, next) => {
    const client = guard?.client(c);
    if (guard !== undefined && client !== undefined) {
      const may = guard.failures.check(client);
      if (!may.ok) throw adminLockedOut(may.retryAfterSeconds);
    }
    const header = c.req.header('Authorization');
    if (header === undefined) throw unauthorized('this route needs Authorization: Bearer <admin token>');
    const m = /^Bearer +(\S+) *$/i.exec(header);
    // Hashing first makes the comparison's length fixed, so its time says nothing about the token.
    if (m === null || !timingSafeEqual(sha256(new TextEncoder().encode(m[1])), expected)) {
      if (client !== undefined) guard?.failures.fail(client);
      throw unauthorized('the admin token is not valid');
    }
    if (client !== undefined) guard?.failures.succeed(client);
    if (!used) {
      used = true;
      onUse?.();
    }
    await next();
  };
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export const adminRoutes: Routes = (deps) => (app) => {
  const d = deps.depositary;
  if (d === undefined) return; // a read-only server: the filing routes refuse these (./filings.ts)
  const { limits } = deps;
  app.use(
    '/api/v1/admin/*',
    adminAuth(deps.adminTokenHash, deps.onAdminTokenUsed, {
      client: (c) => clientKey(deps.clientAddress(c)),
      failures: failureThrottle({
        allowed: limits.adminFailures,
        lockoutSeconds: limits.adminLockoutSeconds,
        maxLockoutSeconds: limits.adminLockoutMaxSeconds,
        now: deps.now,
      }),
    }),
  );

  app.post('/api/v1/admin/parties/:id/keys', async (c) => {
    const party = keyParty(c);
    const body = await readJson(c);
    const replaces = isMap(body) ? body['replaces'] : undefined;
    if (
      !isMap(body) ||
      typeof body['publicKey'] !== 'string' ||
      (replaces !== undefined && (typeof replaces !== 'string' || !KEY_ID.test(replaces))) ||
      Object.keys(body).some((k) => k !== 'publicKey' && k !== 'replaces')
    ) {
      throw malformed(
        'expected { "publicKey": "<base64 of the raw 32-byte Ed25519 key>", "replaces"?: "<key id it rotates out>" }',
      );
    }
    const lodged = await d.lodgeKey(party, body['publicKey'], replaces);
    return c.json(lodged, 201);
  });

  app.delete('/api/v1/admin/parties/:id/keys/:keyId', async (c) => {
    const party = keyParty(c);
    const keyId = c.req.param('keyId');
    if (!KEY_ID.test(keyId)) throw malformed('a key id is 16 lowercase hex digits');
    return c.json({ party, keyId, receipt: await d.revokeKey(party, keyId) });
  });

  // The operator's filings take their seq from the depositary when queued; one at a time, so a
  // refused one cannot leave the next with a seq that skips ahead.
  let last: Promise<unknown> = Promise.resolve();
  const serially = (f: () => Promise<Receipt>): Promise<Receipt> => {
    const run = last.then(f, f);
    last = run.catch(() => undefined);
    return run;
  };

  app.post('/api/v1/admin/acts', async (c) => {
    const body = await readJson(c);
    if (!isMap(body) || !isMap(body['act']) || Object.keys(body).length !== 1) {
      throw malformed(
        'expected { "act": { "act": "close" | "unsc-measures", "procedure": "<id>" } } (unsc-measures may name "attack": "<id>", an attack its victim declared, instead)',
      );
    }
    const act = body['act'];
    // As in a Party's envelope: the day is the day of receipt and the filer is the route's.
    const given = ['on', 'by'].filter((k) => k in act);
    if (given.length > 0) throw malformed(`an act filed by the operator carries no ${given.join(' or ')}`);
    return receiptResponse(c, await serially(() => d.fileOwn(act)));
  });
};
