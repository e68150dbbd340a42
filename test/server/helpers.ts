import { Filer } from '../../src/app/testing.ts';

export { Filer };

/** Test helpers for the server: Parties that sign their filings, an app over a memory store, requests. */
import assert from 'node:assert/strict';
import type { DepositaryConfig } from '../../src/app/depositary.ts';
import { Depositary } from '../../src/app/depositary.ts';
import { toHex } from '../../src/log/bytes.ts';
import { newKeyPair, sha256 } from '../../src/log/node-crypto.ts';
import type { AppDeps } from '../../src/server/app.ts';
import { createApp } from '../../src/server/app.ts';
import { createMetrics } from '../../src/server/metrics.ts';
import type { EventLog } from '../../src/store/event-log.ts';
import { memoryEventLog } from '../../src/store/memory/event-log.ts';

export const ADMIN_TOKEN = 'test-admin-token';
export const ADMIN = { Authorization: `Bearer ${ADMIN_TOKEN}` };
export const ADMIN_TOKEN_HASH = toHex(sha256(new TextEncoder().encode(ADMIN_TOKEN)));
const DEPOSITARY_KEY = newKeyPair();

/** A settable clock. */
export function clock(start = '2010-01-15T09:00:00.000Z') {
  let now = new Date(start);
  return { read: () => now, set: (iso: string) => (now = new Date(iso)) };
}

export interface TestApp {
  readonly app: ReturnType<typeof createApp>;
  readonly d: Depositary;
  readonly log: EventLog;
  readonly time: ReturnType<typeof clock>;
  readonly errors: string[];
  /** JSON request; `body` is sent as JSON unless it is a string. */
  req(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Lodges a key for each party (through the admin route) and returns their filers. */
  parties(...ids: string[]): Promise<Record<string, Filer>>;
}

export async function testApp(
  options: {
    log?: EventLog;
    deps?: Partial<Omit<AppDeps, 'depositary' | 'adminTokenHash'>>;
    parameters?: DepositaryConfig['parameters'];
  } = {},
): Promise<TestApp> {
  const log = options.log ?? memoryEventLog();
  const time = clock();
  const d = await Depositary.open({
    log,
    clock: time.read,
    key: { name: 'depositary.est.test', seed: DEPOSITARY_KEY.seed },
    origin: 'depositary.est.test/log',
    ...(options.parameters === undefined ? {} : { parameters: options.parameters }),
  });
  const errors: string[] = [];
  const app = createApp({
    depositary: d,
    adminTokenHash: ADMIN_TOKEN_HASH,
    metrics: createMetrics({ defaults: false }),
    clock: time.read,
    logError: (m) => errors.push(m),
    ...options.deps,
  });
  const req: TestApp['req'] = (method, path, body, headers = {}) =>
    Promise.resolve(
      app.request(path, {
        method,
        headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
    );
  return {
    app,
    d,
    log,
    time,
    errors,
    req,
    async parties(...ids) {
      const out: Record<string, Filer> = {};
      for (const id of ids) {
        const f = new Filer(id);
        const r = await req(
          'POST',
          `/api/v1/admin/parties/${id}/keys`,
          { publicKey: f.publicKeyBase64 },
          ADMIN,
        );
        assert.equal(r.status, 201, await r.clone().text());
        out[id] = f;
      }
      return out;
    },
  };
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  [extra: string]: unknown;
}

/** Asserts an RFC 9457 problem with this status and type; returns it. */
export async function problem(r: Response, status: number, type: string): Promise<Problem> {
  const text = await r.text();
  assert.equal(r.status, status, text);
  assert.equal(r.headers.get('content-type'), 'application/problem+json', text);
  const body = JSON.parse(text) as Problem;
  assert.equal(body.type, `https://est.example/problems/${type}`, text);
  assert.equal(body.status, status);
  assert.equal(typeof body.title, 'string');
  assert.equal(typeof body.detail, 'string');
  assert.ok(body.detail.length > 0);
  return body;
}

/** Must be a filer's key for this test: a non-null assertion that says which. */
export function the<T>(value: T | undefined, what: string): T {
  if (value === undefined) assert.fail(`no ${what}`);
  return value;
}
