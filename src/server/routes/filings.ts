/** @module POST /api/v1/submissions: a Party's signed filing, answered with its receipt. */
import type { Receipt } from '../../app/depositary.ts';
import type { Ctx, Routes } from '../deps.ts';
import { readJson } from '../json.ts';

/** Answers a filing with its receipt and tells the metrics what the treaty made of it. */
export function receiptResponse(c: Ctx, receipt: Receipt): Response {
  c.set('filing', receipt.outcome.accepted ? 'accepted' : 'refused');
  return c.json(receipt, 201, {
    Location: `/api/v1/log/entries?start=${receipt.index}&end=${receipt.index + 1}`,
  });
}

export const filingRoutes: Routes = (deps) => (app) => {
  app.post('/api/v1/submissions', async (c) =>
    receiptResponse(c, await deps.depositary.file(await readJson(c))),
  );
};
