/**
 * @module The browser's client of the depositary's API. Errors come back as data the views can show:
 * a problem+json refusal, or the server being unreachable.
 */
import type { Outcome, ProcedureOutcome } from '../../src/engine/outcome.ts';
import { toBase64 } from '../../src/log/bytes.ts';
import type { MirrorStatus } from '../../src/log/mirror-status.ts';
import type { LogSettings } from './replay.ts';
import { TileLog } from './tiles.ts';

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

/**
 * Where the log's checkpoint, entries and proofs are read from: the JSON API (`/api/v1/log/...`),
 * or the tiles under `/tlog/` (c2sp.org/tlog-tiles, ./tiles.ts). Chosen in the log view, kept on
 * this device.
 */
export type LogSource = 'json' | 'tiles';

const SOURCE_KEY = 'est.logSource';

interface Stored {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** This device's storage, when there is one (not under Node's tests). */
const storage = (): Stored | null => (globalThis as { localStorage?: Stored }).localStorage ?? null;

let source: LogSource = storage()?.getItem(SOURCE_KEY) === 'tiles' ? 'tiles' : 'json';

/** The source the log is read from now. */
export const logSource = (): LogSource => source;

/** Reads the log from `next` from now on, and remembers the choice on this device. */
export function setLogSource(next: LogSource): void {
  source = next;
  storage()?.setItem(SOURCE_KEY, next);
}

/** The tiles under `/tlog/`, each path's bytes through {@link request} (a 404 is a tile not there). */
const tiles = new TileLog(async (path) => {
  try {
    return new Uint8Array(await (await request(`/tlog/${path}`)).arrayBuffer());
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
});

const base64 = (hashes: readonly Uint8Array[]): string[] => hashes.map(toBase64);

/**
 * `GET /api/v1/log/checkpoint`: with a witness policy, the newest checkpoint a quorum of witnesses
 * cosigned (c2sp.org/tlog-witness), or 503 (`not-cosigned`) while there is none; then the newest
 * checkpoint the log alone signed, from `/api/v1/log/checkpoint/latest`, marked as not cosigned.
 */
async function checkpoint(): Promise<{ note: string; cosigned: boolean }> {
  let response: Response;
  try {
    response = await fetch('/api/v1/log/checkpoint', { headers: { accept: 'text/plain' } });
  } catch (e) {
    throw new UnreachableError(e);
  }
  if (response.ok) return { note: await response.text(), cosigned: true };
  if (response.status !== 503) await request('/api/v1/log/checkpoint'); // throws the problem
  return { note: await text('/api/v1/log/checkpoint/latest'), cosigned: false };
}

/** A witness as `GET /api/v1/log/witnesses` reports it (src/app/witnesses.ts). */
export interface WitnessStatus {
  readonly name: string;
  readonly url: string;
  readonly vkey: string;
  /** The size it last cosigned, or null. */
  readonly size: number | null;
  readonly failures: number;
  readonly lastError: string | null;
  /** When it last cosigned (ISO time), null if never since the depositary started. */
  readonly lastCosigned: string | null;
}

/** `GET /api/v1/log/witnessed?index=N`. */
export interface Witnessed {
  readonly index: number;
  readonly receivedAt: string;
  /** ISO time at which a quorum had cosigned a checkpoint containing the entry; null: not yet. */
  readonly witnessedAt: string | null;
  readonly size: number | null;
  /** The policy's quorum; null without a witness policy. */
  readonly quorum: string | null;
}

/** `GET /api/v1/log/witnesses`: the policy text (null: the log has no witnesses) and the witnesses. */
export interface WitnessesStatus {
  readonly policy: string | null;
  readonly quorum?: string;
  readonly witnesses: readonly WitnessStatus[];
  readonly cosigned: {
    readonly size: number;
    readonly witnesses: readonly string[];
    readonly quorumTime: string | null;
  } | null;
}

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
    source === 'tiles'
      ? tiles.entries(start, end)
      : json<{ entries: string[] }>(`/api/v1/log/entries?start=${start}&end=${end}`).then((r) => r.entries),
  /**
   * The checkpoint to check against: the quorum-cosigned one, else (none yet) the log-signed one;
   * through the tiles, what `/tlog/checkpoint` serves (the same choice, made by the server).
   */
  checkpoint: () => (source === 'tiles' ? tiles.checkpoint() : checkpoint().then((c) => c.note)),
  /** The same, saying which it is: `cosigned` false when the log has no quorum-cosigned checkpoint (503). */
  checkpointServed: () => checkpoint(),
  /** The witness policy and where each witness stands (`GET /api/v1/log/witnesses`). */
  witnesses: () => json<WitnessesStatus>('/api/v1/log/witnesses'),
  /**
   * When a quorum of witnesses had cosigned a checkpoint containing entry `index`
   * (`GET /api/v1/log/witnessed`), or null when the depositary does not say (an older one).
   */
  witnessed: (index: number) =>
    json<Witnessed>(`/api/v1/log/witnessed?index=${index}`).catch((e: unknown) => {
      if (e instanceof ApiError && (e.status === 404 || e.status === 405)) return null;
      throw e;
    }),
  verifierKey: () => text('/api/v1/log/key'),
  /** A mirror's status (`GET /api/v1/mirror`), or null from a depositary (a 404). */
  mirror: () =>
    json<MirrorStatus>('/api/v1/mirror').catch((e: unknown) => {
      if (e instanceof ApiError && e.status === 404) return null;
      throw e;
    }),
  keys: () =>
    json<{ keys: LoggedKey[] } | LoggedKey[]>('/api/v1/keys').then((r) => (Array.isArray(r) ? r : r.keys)),
  inclusionProof: (index: number, size: number) =>
    source === 'tiles'
      ? tiles.inclusionProof(index, size).then(base64)
      : json<{ hashes: string[] }>(`/api/v1/log/proof/inclusion?index=${index}&size=${size}`).then(
          (r) => r.hashes,
        ),
  consistencyProof: (from: number, to: number) =>
    source === 'tiles'
      ? tiles.consistencyProof(from, to).then(base64)
      : json<{ hashes: string[] }>(`/api/v1/log/proof/consistency?from=${from}&to=${to}`).then(
          (r) => r.hashes,
        ),
};

/** Every entry of the log: in pages of 1000 (the API's limit), or bundle by bundle from the tiles. */
export async function allEntries(size: number): Promise<string[]> {
  if (source === 'tiles') return tiles.entries(0, size);
  const out: string[] = [];
  for (let start = 0; start < size; start += 1000)
    out.push(...(await api.entries(start, Math.min(size, start + 1000))));
  return out;
}

/** The log's treaty, parameters, origin, verifier key and size (for replaying it in the browser). */
export const settings = () => json<LogSettings>('/api/v1/settings');
