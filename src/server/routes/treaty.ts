/**
 * @module The treaty's state as the log makes it: the outcome (DESIGN §5), its procedures, and, for
 * a long record, the outcome without its long lists (`?summary=1`) and those lists a page at a time
 * (`/api/v1/treaty/{procedures,findings,rejected,attacks,consents}?start=&end=`). Every answer is
 * made once per log size, and tagged (ETag; If-None-Match gives a 304).
 */
import { malformed, notFound } from '../../app/errors.ts';
import type { Outcome } from '../../engine/outcome.ts';
import type { IsoDate } from '../../treaty/dates.ts';
import { parseIsoDate } from '../../treaty/dates.ts';
import type { Ctx, Routes } from '../deps.ts';
import { stateOf } from '../state.ts';
import { PAGE } from './log.ts';

/** The outcome's lists that grow with the log (the Parties are bounded: one per State or organization). */
export const LISTS = ['procedures', 'findings', 'rejected', 'attacks', 'consents'] as const;
export type ListName = (typeof LISTS)[number];

/** The outcome without its long lists: how long each is, under `counts`. */
export type OutcomeSummary = Omit<Outcome, ListName> & { readonly counts: Record<ListName, number> };

export function summaryOf(outcome: Outcome): OutcomeSummary {
  const rest: Record<string, unknown> = { ...outcome };
  const counts = {} as Record<ListName, number>;
  for (const list of LISTS) {
    counts[list] = outcome[list]?.length ?? 0;
    delete rest[list];
  }
  return { ...(rest as Omit<Outcome, ListName>), counts };
}

/** `?asOf=YYYY-MM-DD`, or none. */
function asOfParam(c: Ctx): IsoDate | undefined {
  const text = c.req.query('asOf');
  if (text === undefined) return undefined;
  const asOf = parseIsoDate(text);
  if (asOf === null) throw malformed(`asOf must be a calendar date YYYY-MM-DD, got ${JSON.stringify(text)}`);
  return asOf;
}

/** `?summary=1`: a yes or no. */
function flagParam(c: Ctx, name: string): boolean {
  const text = c.req.query(name);
  if (text === undefined || text === '0' || text === 'false') return false;
  if (text === '' || text === '1' || text === 'true') return true;
  throw malformed(`${name} must be 1 or 0 (true or false), got ${JSON.stringify(text.slice(0, 64))}`);
}

/** An optional whole-number query parameter. */
function countParam(c: Ctx, name: string): number | undefined {
  const text = c.req.query(name);
  if (text === undefined) return undefined;
  if (!/^\d{1,15}$/.test(text))
    throw malformed(
      `query parameter ${name} must be a whole number from 0, got ${JSON.stringify(text.slice(0, 64))}`,
    );
  return Number(text);
}

export const treatyRoutes: Routes = (deps) => (app) => {
  const state = stateOf(deps);
  app.get('/api/v1/treaty', (c) => {
    const asOf = asOfParam(c);
    const summary = flagParam(c, 'summary');
    return state.json(c, `treaty ${asOf ?? ''} ${summary ? 'summary' : 'whole'}`, async () => {
      const outcome = await state.outcome(asOf);
      return summary ? summaryOf(outcome) : outcome;
    });
  });
  // One of the long lists, [start, end) of it, at most PAGE at a time; `size` says which state of
  // the log the page is of (a client paging through a growing log sees it change).
  app.get('/api/v1/treaty/:list', (c) => {
    const list = c.req.param('list');
    if (!(LISTS as readonly string[]).includes(list))
      throw notFound(
        `no list ${JSON.stringify(list.slice(0, 64))} in the outcome; the lists are ${LISTS.join(', ')}`,
      );
    const asOf = asOfParam(c);
    const start = countParam(c, 'start') ?? 0;
    const asked = countParam(c, 'end') ?? start + PAGE;
    if (asked < start) throw malformed(`end (${asked}) is before start (${start})`);
    const end = Math.min(asked, start + PAGE);
    return state.json(c, `treaty/${list} ${asOf ?? ''} ${start} ${end}`, async () => {
      const outcome = await state.outcome(asOf);
      const size = deps.record.size;
      const items = outcome[list as ListName] ?? [];
      const to = Math.min(end, items.length);
      const from = Math.min(start, to);
      return {
        asOf: outcome.asOf,
        size,
        total: items.length,
        start: from,
        end: to,
        [list]: items.slice(from, to),
      };
    });
  });
  app.get('/api/v1/procedures/:id', (c) => {
    const id = c.req.param('id');
    return state.json(c, `procedure ${id}`, async () => {
      const procedure = (await state.outcome()).procedures.find((p) => p.id === id);
      if (procedure === undefined)
        throw notFound(`no procedure ${JSON.stringify(id.slice(0, 64))} in the log`);
      return procedure;
    });
  });
};
