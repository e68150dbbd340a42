/** @module The Parties as the log makes them: their outcome records, keys and next sequence numbers. */
import { DEPOSITARY } from '../../app/depositary.ts';
import { malformed } from '../../app/errors.ts';
import { kindOf } from '../../treaty/entities.ts';
import type { Ctx, Routes } from '../deps.ts';
import { stateOf } from '../state.ts';

/** The `:id` of a route as a filer id: a Party id, UNSC, an outside actor, or the Depositary. */
export function filerParam(c: Ctx): string {
  const id = c.req.param('id') ?? '';
  if (id !== DEPOSITARY && kindOf(id) === null) {
    throw malformed(
      `${JSON.stringify(id.slice(0, 64))} is not a party id (an ISO 3166-1 alpha-2 code, an organization, UNSC, x:name, or ${DEPOSITARY})`,
    );
  }
  return id;
}

export const partyRoutes: Routes = (deps) => (app) => {
  const d = deps.record;
  const state = stateOf(deps);
  app.get('/api/v1/parties', (c) =>
    state.json(c, 'parties', async () => ({ parties: (await state.outcome()).parties })),
  );
  app.get('/api/v1/parties/:id', (c) => {
    const id = filerParam(c);
    return state.json(c, `party ${id}`, async () => {
      const keys = (await d.keys(id)).map(({ keyId, publicKey, addedAt, revokedAt }) => ({
        keyId,
        publicKey,
        addedAt,
        revokedAt,
      }));
      return {
        id,
        nextSeq: d.nextSeq(id),
        keys,
        party: (await state.outcome()).parties.find((p) => p.id === id) ?? null,
      };
    });
  });
  app.get('/api/v1/keys', (c) => state.json(c, 'keys', async () => ({ keys: await d.keys() })));
};
