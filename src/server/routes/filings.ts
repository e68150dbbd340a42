/** @module POST /api/v1/submissions: a Party's signed filing, answered with its receipt. */
import type { Receipt } from '../../app/depositary.ts';
import type { Ctx, Routes } from '../deps.ts';
import { readJson } from '../json.ts';
import { readOnly } from '../problems.ts';

/**
 * Answers a filing with its receipt (201; 200 for a filing already logged and sent again) and
 * tells the metrics what the treaty made of it.
 */
export function receiptResponse(c: Ctx, receipt: Receipt, replayed = false): Response {
  c.set('filing', replayed ? 'replayed' : receipt.outcome.accepted ? 'accepted' : 'refused');
  return c.json(receipt, replayed ? 200 : 201, {
    Location: `/api/v1/log/entries?start=${receipt.index}&end=${receipt.index + 1}`,
  });
}

export const filingRoutes: Routes = (deps) => (app) => {
  const d = deps.depositary;
  if (d === undefined) {
    // A read-only server (a mirror): every filing and operator route refuses, saying where to go.
    const refuse = () => {
      throw readOnly(
        `this server is a mirror of ${deps.mirror?.status.from ?? 'a depositary'}: it keeps a copy of the record and takes no filings; file with the depositary`,
      );
    };
    app.post('/api/v1/submissions', refuse);
    app.on(['POST', 'PUT', 'DELETE'], '/api/v1/admin/*', refuse);
    return;
  }
  app.post('/api/v1/submissions', async (c) => {
    const { receipt, replayed } = await d.fileOnce(await readJson(c));
    return receiptResponse(c, receipt, replayed);
  });
};
