/**
 * @module The witness's HTTP interface: `POST /add-checkpoint` as c2sp.org/tlog-witness specifies
 * it, `GET /evidence` (the validly signed checkpoints it refused, as JSON), and `GET /` or
 * `GET /healthz` (what it is, its verifier key, the logs it witnesses and what it last cosigned).
 * Refusals other than the 409 that gives the witness's size are RFC 9457 problem documents.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ADD_CHECKPOINT_PATH, MAX_ADD_CHECKPOINT_BYTES, TLOG_SIZE_TYPE } from '../log/tlog-witness.ts';
import { PROBLEM_BASE, PROBLEM_MEDIA_TYPE } from '../log/problem-details.ts';
import type { ProblemBody } from '../log/problem-details.ts';
import type { Evidence, LogState } from './store.ts';
import type { WitnessStore } from './store.ts';
import type { Witness } from './witness.ts';

export const SPECS = [
  'https://c2sp.org/tlog-witness',
  'https://c2sp.org/tlog-cosignature',
  'https://c2sp.org/tlog-checkpoint',
  'https://c2sp.org/signed-note',
] as const;

function problem(c: Context, status: number, type: string, title: string, detail: string): Response {
  c.header('Content-Type', PROBLEM_MEDIA_TYPE);
  const body: ProblemBody = { type: PROBLEM_BASE + type, title, status, detail };
  return c.body(JSON.stringify(body), status as 400);
}

const iso = (seconds: number): string => new Date(seconds * 1000).toISOString();

const stateJson = (s: LogState | null) =>
  s === null ? null : { size: s.size, root: s.root, cosignedAt: iso(s.cosignedAt), checkpoint: s.note };

const evidenceJson = (e: Evidence) => ({
  id: e.id,
  origin: e.origin,
  status: e.status,
  reason: e.reason,
  detail: e.detail,
  receivedAt: iso(e.receivedAt),
  lastReceivedAt: iso(e.lastReceivedAt),
  count: e.count,
  oldSize: e.oldSize,
  size: e.size,
  root: e.root,
  proof: e.proof,
  checkpoint: e.note,
  conflictsWith: stateJson(e.conflictsWith),
});

export interface WitnessAppOptions {
  readonly witness: Witness;
  readonly store: WitnessStore;
  /** Reports a fault (an exception while serving); default: stderr. */
  readonly onFault?: (e: unknown) => void;
}

export function createWitnessApp(options: WitnessAppOptions): Hono {
  const { witness, store } = options;
  const app = new Hono();

  app.onError((e, c) => {
    (
      options.onFault ??
      ((x) => process.stderr.write(`est witness: ${x instanceof Error ? x.message : String(x)}\n`))
    )(e);
    return problem(
      c,
      500,
      'internal',
      'Internal error',
      'the witness failed to handle this request; the fault is logged',
    );
  });
  app.notFound((c) => problem(c, 404, 'not-found', 'Not found', `no route ${c.req.method} ${c.req.path}`));

  app.post(
    ADD_CHECKPOINT_PATH,
    bodyLimit({
      maxSize: MAX_ADD_CHECKPOINT_BYTES,
      onError: (c) =>
        problem(
          c,
          413,
          'too-large',
          'Request too large',
          `the body is over ${MAX_ADD_CHECKPOINT_BYTES} bytes`,
        ),
    }),
    async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      let body: string;
      try {
        body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return problem(c, 400, 'malformed', 'Malformed add-checkpoint request', 'the body is not UTF-8 text');
      }
      const r = await witness.addCheckpoint(body);
      if (r.status === 200) {
        c.header('Content-Type', 'text/plain; charset=utf-8');
        return c.body(r.lines, 200);
      }
      if ('size' in r) {
        c.header('Content-Type', TLOG_SIZE_TYPE);
        return c.body(`${r.size}\n`, 409);
      }
      return problem(c, r.status, r.type, r.title, r.detail);
    },
  );
  app.on(['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH'], ADD_CHECKPOINT_PATH, (c) => {
    c.header('Allow', 'POST');
    return problem(c, 405, 'method-not-allowed', 'Method not allowed', `${ADD_CHECKPOINT_PATH} takes POST`);
  });

  const about = (c: Context) =>
    c.json({
      service: 'est witness',
      name: witness.name,
      verifierKey: witness.verifierKey,
      logs: witness.logs().map((l) => ({ origin: l.origin, keys: l.keys, cosigned: stateJson(l.cosigned) })),
      evidence: { count: store.evidenceCount(), dropped: store.droppedEvidence, url: '/evidence' },
      specifications: SPECS,
    });
  app.get('/', about);
  app.get('/healthz', about);

  app.get('/evidence', (c) => {
    const after = c.req.query('after') ?? '0';
    const limit = c.req.query('limit') ?? '100';
    if (!/^\d{1,15}$/.test(after))
      return problem(c, 400, 'malformed', 'Malformed query', 'after: a whole number (an evidence id)');
    if (!/^\d{1,4}$/.test(limit) || Number(limit) < 1 || Number(limit) > 1000) {
      return problem(c, 400, 'malformed', 'Malformed query', 'limit: a whole number from 1 to 1000');
    }
    const origin = c.req.query('origin');
    const rows = store.evidence({
      after: Number(after),
      limit: Number(limit),
      ...(origin ? { origin } : {}),
    });
    return c.json({
      witness: witness.name,
      verifierKey: witness.verifierKey,
      evidence: rows.map(evidenceJson),
      next: rows.length === Number(limit) ? `/evidence?after=${rows.at(-1)?.id ?? 0}&limit=${limit}` : null,
    });
  });

  return app;
}
