/**
 * @module The transparency log: the signed checkpoint, the verifier key, the entries' exact leaf
 * texts, RFC 9162 inclusion and consistency proofs (hashes in base64), and an entry's proof in the
 * c2sp.org/tlog-proof@v1 text format.
 */
import { malformed } from '../../app/errors.ts';
import { toBase64 } from '../../log/bytes.ts';
import type { Routes } from '../deps.ts';
import { wholeNumber } from '../json.ts';

/** Entries per page at most. */
export const PAGE = 1000;

export const logRoutes: Routes = (deps) => (app) => {
  const d = deps.depositary;
  app.get('/api/v1/log/checkpoint', async (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.text(await d.checkpoint());
  });
  app.get('/api/v1/log/key', (c) => c.text(d.verifierKey));
  app.get('/api/v1/log/entries', async (c) => {
    const start = wholeNumber(c, 'start');
    const end = wholeNumber(c, 'end');
    if (end < start) throw malformed(`end (${end}) is before start (${start})`);
    return c.json({ entries: await d.entries(start, Math.min(end, start + PAGE)) });
  });
  app.get('/api/v1/log/proof/inclusion', async (c) => {
    const proof = await d.inclusionProof(wholeNumber(c, 'index'), wholeNumber(c, 'size'));
    return c.json({ hashes: proof.map(toBase64) });
  });
  // c2sp.org/tlog-proof@v1: the entry's inclusion proof and the latest checkpoint, in one text.
  app.get('/api/v1/log/tlog-proof', async (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.text(await d.tlogProof(wholeNumber(c, 'index')));
  });
  app.get('/api/v1/log/proof/consistency', async (c) => {
    const proof = await d.consistencyProof(wholeNumber(c, 'from'), wholeNumber(c, 'to'));
    return c.json({ hashes: proof.map(toBase64) });
  });
};
