/**
 * @module A small HTTP client of the depositary's API (Node 20's global fetch, or one passed in):
 * JSON and text with RFC 9457 problems turned into a typed {@link ApiError}, the log read in pages,
 * proofs decoded to bytes. Used by `est submit`, `est verify` and `est log export`.
 */
import type { Receipt } from '../app/depositary.ts';
import { fromBase64 } from '../log/bytes.ts';
import type { Envelope } from '../log/entry.ts';
import type { Hash } from '../log/merkle.ts';

/** Anything that went wrong talking to the depositary. */
export class ClientError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ClientError';
  }
}

/** The depositary answered with an error status (its RFC 9457 problem, when it sent one). */
export class ApiError extends ClientError {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  /** The problem type URI (`https://.../problems/seq-conflict`), or `about:blank`. */
  readonly type: string;
  /** The whole problem document (extra members: `expected`, `problems`, `retryAfter`). */
  readonly problem: Readonly<Record<string, unknown>>;
  constructor(status: number, problem: Readonly<Record<string, unknown>>, fallbackTitle: string) {
    const title = typeof problem['title'] === 'string' ? problem['title'] : fallbackTitle;
    const detail = typeof problem['detail'] === 'string' ? problem['detail'] : '';
    super(`${status} ${title}${detail ? `: ${detail}` : ''}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.type = typeof problem['type'] === 'string' ? problem['type'] : 'about:blank';
    this.problem = problem;
  }
  /** The last segment of the problem type: `bad-signature`, `seq-conflict`. */
  get kind(): string {
    return this.type.slice(this.type.lastIndexOf('/') + 1);
  }
}

/** The depositary could not be reached, or took too long. */
export class NetworkError extends ClientError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NetworkError';
  }
}

/** The depositary answered something that is not what the API promises. */
export class BadResponseError extends ClientError {
  constructor(message: string) {
    super(message);
    this.name = 'BadResponseError';
  }
}

/** A lodged key as `GET /api/v1/keys` lists it. */
export interface KeyListing {
  readonly party: string;
  readonly keyId: string;
  /** Base64 of the raw 32-byte Ed25519 key. */
  readonly publicKey: string;
  readonly addedAt: string;
  readonly revokedAt: string | null;
  /** The entries that lodged and revoked it (a depositary that logs its keys lists them). */
  readonly lodgedIndex?: number;
  readonly revokedIndex?: number | null;
}

/** `GET /api/v1/parties/{id}` */
export interface PartyInfo {
  readonly id: string;
  readonly nextSeq: number;
  readonly keys: readonly Omit<KeyListing, 'party'>[];
  readonly party: unknown;
}

export interface ClientOptions {
  /** Default: the global fetch. */
  readonly fetch?: typeof fetch;
  /** Per request; default 30 s. */
  readonly timeoutMs?: number;
}

/** The largest page `GET /api/v1/log/entries` returns. */
export const ENTRIES_PAGE = 1000;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A server URL as the user typed it: `localhost:8080` and `http://host/` are both fine. */
export function serverUrl(text: string): URL {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ClientError(`not a server URL: ${text}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ClientError(`not an http(s) URL: ${text}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

export class DepositaryClient {
  readonly base: URL;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;

  constructor(server: string | URL, options: ClientOptions = {}) {
    this.base = typeof server === 'string' ? serverUrl(server) : server;
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** The absolute URL of an API path (`api/v1/keys`, with or without a leading slash). */
  url(path: string): URL {
    return new URL(path.replace(/^\//, ''), this.base);
  }

  async #request(path: string, init: RequestInit = {}): Promise<Response> {
    const url = this.url(path);
    let response: Response;
    try {
      response = await this.#fetch(url, { ...init, signal: AbortSignal.timeout(this.#timeoutMs) });
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      const why =
        (e as Error).name === 'TimeoutError'
          ? `no answer within ${this.#timeoutMs / 1000} s`
          : (cause?.code ?? cause?.message ?? (e as Error).message);
      throw new NetworkError(`cannot reach the depositary at ${url.origin}: ${why}`, { cause: e });
    }
    if (response.ok) return response;
    const text = await response.text().catch(() => '');
    let problem: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(text);
      if (isRecord(parsed)) problem = parsed;
    } catch {
      if (text.trim() !== '') problem = { detail: text.trim().slice(0, 500) };
    }
    throw new ApiError(response.status, problem, response.statusText || 'Error');
  }

  /** GET (or another method) and parse JSON. */
  async json(path: string, init: RequestInit = {}): Promise<unknown> {
    const response = await this.#request(path, init);
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new BadResponseError(`${path}: the depositary did not answer JSON`);
    }
  }

  async text(path: string): Promise<string> {
    return (await this.#request(path)).text();
  }

  async post(path: string, body: unknown): Promise<unknown> {
    return this.json(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  /** The Party's next seq and lodged keys. */
  async party(id: string): Promise<PartyInfo> {
    const body = await this.json(`api/v1/parties/${encodeURIComponent(id)}`);
    if (!isRecord(body) || !Number.isSafeInteger(body['nextSeq']))
      throw new BadResponseError(`GET /api/v1/parties/${id}: no nextSeq in the answer`);
    return body as unknown as PartyInfo;
  }

  /** Every lodged key (active or revoked). */
  async keys(): Promise<KeyListing[]> {
    const body = await this.json('api/v1/keys');
    const list = Array.isArray(body) ? body : isRecord(body) ? body['keys'] : undefined;
    if (
      !Array.isArray(list) ||
      !list.every(
        (k) =>
          isRecord(k) &&
          typeof k['party'] === 'string' &&
          typeof k['keyId'] === 'string' &&
          typeof k['publicKey'] === 'string',
      )
    )
      throw new BadResponseError('GET /api/v1/keys: not a list of { party, keyId, publicKey }');
    return list as KeyListing[];
  }

  /** The signed checkpoint note. */
  checkpoint(): Promise<string> {
    return this.text('api/v1/log/checkpoint');
  }

  /** The note verifier key. */
  async verifierKey(): Promise<string> {
    return (await this.text('api/v1/log/key')).trim();
  }

  /** The log's treaty, as `GET /api/v1/treaty` names it; null when the server does not say. */
  async treaty(): Promise<string | null> {
    try {
      const body = await this.json('api/v1/treaty');
      return isRecord(body) && typeof body['treaty'] === 'string' ? body['treaty'] : null;
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return null;
      throw e;
    }
  }

  /** Leaf texts of entries [start, end): one page (the server may return fewer than asked). */
  async entries(start: number, end: number): Promise<string[]> {
    const body = await this.json(`api/v1/log/entries?start=${start}&end=${end}`);
    const list = isRecord(body) ? body['entries'] : undefined;
    if (!Array.isArray(list) || !list.every((e) => typeof e === 'string'))
      throw new BadResponseError('GET /api/v1/log/entries: not { entries: [leaf texts] }');
    if (list.length > end - start)
      throw new BadResponseError(`GET /api/v1/log/entries: ${list.length} entries for ${end - start} asked`);
    return list;
  }

  /**
   * Entries [start, end) in pages of up to 1000, as they come. Stops early (short of `end`) if the
   * server has no more: the caller sees how many it got.
   */
  async *pages(start: number, end: number, pageSize = ENTRIES_PAGE): AsyncGenerator<string[]> {
    for (let at = start; at < end;) {
      const page = await this.entries(at, Math.min(end, at + pageSize));
      if (page.length === 0) return;
      yield page;
      at += page.length;
    }
  }

  /** All entries [0, size), with progress after each page. */
  async allEntries(size: number, onProgress?: (done: number, total: number) => void): Promise<string[]> {
    const out: string[] = [];
    for await (const page of this.pages(0, size)) {
      out.push(...page);
      onProgress?.(out.length, size);
    }
    return out;
  }

  async #hashes(path: string): Promise<Hash[]> {
    const body = await this.json(path);
    const list = isRecord(body) ? body['hashes'] : undefined;
    const hashes = Array.isArray(list)
      ? list.map((h) => (typeof h === 'string' ? fromBase64(h) : null))
      : null;
    if (hashes === null || !hashes.every((h) => h !== null && h.length === 32))
      throw new BadResponseError(`GET /${path.split('?')[0]}: not { hashes: [base64 SHA-256] }`);
    return hashes as Hash[];
  }

  inclusionProof(index: number, size: number): Promise<Hash[]> {
    return this.#hashes(`api/v1/log/proof/inclusion?index=${index}&size=${size}`);
  }

  consistencyProof(from: number, to: number): Promise<Hash[]> {
    return this.#hashes(`api/v1/log/proof/consistency?from=${from}&to=${to}`);
  }

  /** Files a signed envelope; resolves with the receipt (201). */
  async submit(envelope: Envelope): Promise<Receipt> {
    const body = await this.post('api/v1/submissions', envelope);
    if (
      !isRecord(body) ||
      !Number.isSafeInteger(body['index']) ||
      typeof body['leafHash'] !== 'string' ||
      typeof body['receivedAt'] !== 'string' ||
      !isRecord(body['outcome']) ||
      typeof body['rules'] !== 'string' ||
      typeof body['checkpoint'] !== 'string' ||
      typeof body['proof'] !== 'string'
    )
      throw new BadResponseError('POST /api/v1/submissions: the answer is not a receipt');
    return body as unknown as Receipt;
  }
}
