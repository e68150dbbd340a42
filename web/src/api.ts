/**
 * @module The browser's client of the depositary's API. Errors come back as data the views can show:
 * a problem+json refusal, or the server being unreachable.
 */
import type { Outcome, ProcedureOutcome } from '../../src/engine/outcome.ts';
import type { LogSettings } from './replay.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  constructor(status: number, title: string, detail: string) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
  }
}

/** The server did not answer at all. */
export class UnreachableError extends Error {
  constructor(cause: unknown) {
    super('the depositary cannot be reached', { cause });
    this.name = 'UnreachableError';
  }
}

async function request(path: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json, text/plain' } });
  } catch (e) {
    throw new UnreachableError(e);
  }
  if (!response.ok) {
    let title = response.statusText;
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = (await response.json()) as { title?: string; detail?: string };
      title = problem.title ?? title;
      detail = problem.detail ?? detail;
    } catch {
      // Not a problem document: keep the status line.
    }
    if (response.status === 502 || response.status === 503 || response.status === 504)
      throw new UnreachableError(detail);
    throw new ApiError(response.status, title, detail);
  }
  return response;
}

const json = async <T>(path: string): Promise<T> => (await (await request(path)).json()) as T;
const text = async (path: string): Promise<string> => (await request(path)).text();

/** A Party's key as `GET /api/v1/keys` lists it: derived from the log's key-lodging entries. */
export interface LoggedKey {
  readonly party: string;
  readonly keyId: string;
  /** Base64 of the raw 32-byte Ed25519 key. */
  readonly publicKey: string;
  readonly addedAt: string;
  readonly revokedAt: string | null;
  /** The entry that lodged it. */
  readonly lodgedIndex: number;
  /** The entry that revoked or replaced it, or null while it is in force. */
  readonly revokedIndex: number | null;
}

export const api = {
  health: () => json<{ ok: boolean; size: number }>('/healthz'),
  outcome: (asOf?: string) =>
    json<Outcome>(asOf ? `/api/v1/treaty?asOf=${encodeURIComponent(asOf)}` : '/api/v1/treaty'),
  procedure: (id: string) => json<ProcedureOutcome>(`/api/v1/procedures/${encodeURIComponent(id)}`),
  entries: (start: number, end: number) =>
    json<{ entries: string[] }>(`/api/v1/log/entries?start=${start}&end=${end}`).then((r) => r.entries),
  checkpoint: () => text('/api/v1/log/checkpoint'),
  verifierKey: () => text('/api/v1/log/key'),
  keys: () =>
    json<{ keys: LoggedKey[] } | LoggedKey[]>('/api/v1/keys').then((r) => (Array.isArray(r) ? r : r.keys)),
  inclusionProof: (index: number, size: number) =>
    json<{ hashes: string[] }>(`/api/v1/log/proof/inclusion?index=${index}&size=${size}`).then(
      (r) => r.hashes,
    ),
  consistencyProof: (from: number, to: number) =>
    json<{ hashes: string[] }>(`/api/v1/log/proof/consistency?from=${from}&to=${to}`).then((r) => r.hashes),
};

/** Every entry of the log, in pages of 1000 (the API's limit). */
export async function allEntries(size: number): Promise<string[]> {
  const out: string[] = [];
  for (let start = 0; start < size; start += 1000)
    out.push(...(await api.entries(start, Math.min(size, start + 1000))));
  return out;
}

/** The log's treaty, parameters, origin, verifier key and size (for replaying it in the browser). */
export const settings = () => json<LogSettings>('/api/v1/settings');
