/** @module The treaty's state as the log makes it: the outcome (DESIGN §5) and its procedures. */
import { malformed, notFound } from '../../app/errors.ts';
import { parseIsoDate } from '../../treaty/dates.ts';
import type { Routes } from '../deps.ts';

export const treatyRoutes: Routes = (deps) => (app) => {
  const d = deps.record;
  app.get('/api/v1/treaty', async (c) => {
    const text = c.req.query('asOf');
    if (text === undefined) return c.json(await d.outcome());
    const asOf = parseIsoDate(text);
    if (asOf === null)
      throw malformed(`asOf must be a calendar date YYYY-MM-DD, got ${JSON.stringify(text)}`);
    return c.json(await d.outcome(asOf));
  });
  app.get('/api/v1/procedures/:id', async (c) => {
    const id = c.req.param('id');
    const procedure = (await d.outcome()).procedures.find((p) => p.id === id);
    if (procedure === undefined) throw notFound(`no procedure ${JSON.stringify(id.slice(0, 64))} in the log`);
    return c.json(procedure);
  });
};
