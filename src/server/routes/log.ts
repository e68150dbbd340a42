/**
 * @module The transparency log: the signed checkpoint, the verifier key, the entries' exact leaf
 * texts, RFC 9162 inclusion and consistency proofs (hashes in base64), and an entry's proof in the
 * c2sp.org/tlog-proof@v1 text format.
 */
import { malformed, notFound } from '../../app/errors.ts';
import { toBase64 } from '../../log/bytes.ts';
import type { Routes } from '../deps.ts';
import { notCosigned } from '../problems.ts';
import { wholeNumber } from '../json.ts';
import { JSON_TYPE, TEXT_TYPE, sendFresh } from '../etag.ts';
import { stateOf } from '../state.ts';

/** Entries per page at most. */
export const PAGE = 1000;

export const logRoutes: Routes = (deps) => (app) => {
  const d = deps.record;
  const w = deps.witnesses;
  const state = stateOf(deps);
  // With a witness policy, the checkpoint served is the newest one a quorum of witnesses cosigned
  // (c2sp.org/tlog-witness, c2sp.org/tlog-policy), with the log's signature and every cosignature.
  app.get('/api/v1/log/checkpoint', async (c) => {
    c.header('Cache-Control', 'no-cache');
    if (w === undefined || w.policy.quorum === 'none') return sendFresh(c, await d.checkpoint(), TEXT_TYPE);
    const cosigned = w.cosigned;
    if (cosigned === null)
      throw notCosigned(
        `no checkpoint of this log has met its witness policy's quorum (${w.policy.quorum}) yet; the signed checkpoint of the newest batch is at /api/v1/log/checkpoint/latest`,
      );
    return sendFresh(c, cosigned.note, TEXT_TYPE);
  });
  // The newest checkpoint, signed by the log alone (what each receipt carries).
  app.get('/api/v1/log/checkpoint/latest', async (c) => sendFresh(c, await d.checkpoint(), TEXT_TYPE));
  // The witness policy and where each witness stands.
  app.get('/api/v1/log/witnesses', (c) => {
    if (w === undefined)
      return sendFresh(c, JSON.stringify({ policy: null, witnesses: [], cosigned: null }), JSON_TYPE);
    const best = w.cosigned;
    return sendFresh(
      c,
      JSON.stringify({
        policy: w.text,
        quorum: w.policy.quorum,
        witnesses: w.status,
        cosigned:
          best === null
            ? null
            : {
                size: best.size,
                witnesses: best.witnesses,
                quorumTime: best.quorumTime === null ? null : new Date(best.quorumTime * 1000).toISOString(),
              },
      }),
      JSON_TYPE,
    );
  });
  // The legal time of an entry: received (the act is made) and witnessed by a quorum (the other
  // Parties are informed): the earliest quorum time of a cosigned checkpoint holding it.
  app.get('/api/v1/log/witnessed', async (c) => {
    c.header('Cache-Control', 'no-cache');
    const index = wholeNumber(c, 'index');
    const [leaf] = await d.entries(index, index + 1);
    if (leaf === undefined) throw notFound(`entry ${index} is not in the log`);
    const receivedAt = (JSON.parse(leaf) as { receivedAt: string }).receivedAt;
    const at = w === undefined ? null : await w.witnessedAt(index);
    return c.json({
      index,
      receivedAt,
      witnessedAt: at === null ? null : new Date(at.quorumTime * 1000).toISOString().replace('.000Z', 'Z'),
      size: at?.size ?? null,
      quorum: w === undefined ? null : w.policy.quorum,
    });
  });
  // The key is the log's for good; the text is made and tagged once.
  app.get('/api/v1/log/key', (c) => state.constant(c, 'key', () => d.verifierKey));
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
    const index = wholeNumber(c, 'index');
    // Against the newest cosigned checkpoint once one covers the entry (c2sp.org/tlog-witness):
    // then the proof stands alone for anyone holding the witness policy.
    const cosigned = w?.cosigned ?? null;
    return c.text(
      await d.tlogProof(index, cosigned !== null && cosigned.size > index ? cosigned : undefined),
    );
  });
  app.get('/api/v1/log/proof/consistency', async (c) => {
    const proof = await d.consistencyProof(wholeNumber(c, 'from'), wholeNumber(c, 'to'));
    return c.json({ hashes: proof.map(toBase64) });
  });
};
