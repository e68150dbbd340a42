/**
 * @module Conditional GETs for the API's state routes: a strong entity tag (RFC 9110 §8.8.3) made
 * from a hash of the bytes served, `If-None-Match` answered 304 (§13.1.2), `Cache-Control: no-cache`
 * so that every cache asks again before it reuses an answer, and a gzip coding of large bodies for
 * clients that accept it. {@link BodyCache} keeps bodies already serialised, so that a route serves
 * the same bytes to every reader rather than making them again for each.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { Ctx } from './deps.ts';

const gzip = promisify(gzipCallback);
const encoder = new TextEncoder();

export const JSON_TYPE = 'application/json';
export const TEXT_TYPE = 'text/plain; charset=UTF-8';

/** Bodies smaller than this are sent as they are: gzip would save a few bytes for its own cost. */
export const GZIP_FROM_BYTES = 1024;

/** A body ready to send: its bytes, its type, its entity tag; its gzip coding made once if asked. */
export interface Representation {
  readonly body: Uint8Array;
  readonly type: string;
  /** Strong: the same tag means the same bytes. */
  readonly etag: string;
  /** The body gzipped (made at the first client that accepts it, then kept). */
  gzipped(): Promise<Uint8Array>;
}

/** The strong tag of some bytes: 128 bits of their SHA-256, in base64url, quoted. */
export function entityTag(bytes: Uint8Array): string {
  return `"${createHash('sha256').update(bytes).digest().subarray(0, 16).toString('base64url')}"`;
}

export function represent(body: string | Uint8Array, type: string): Representation {
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  let zipped: Promise<Uint8Array> | null = null;
  return {
    body: bytes,
    type,
    etag: entityTag(bytes),
    gzipped: () => (zipped ??= gzip(bytes).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.length))),
  };
}

/**
 * Whether `If-None-Match` names the tag (RFC 9110 §13.1.2): `*`, or a list of entity tags compared
 * weakly (a `W/` prefix does not matter, the opaque part must be equal).
 */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  for (const m of header.matchAll(/(?:W\/)?("[^"]*")/g)) if (m[1] === etag) return true;
  return false;
}

/** Whether `Accept-Encoding` allows gzip (RFC 9110 §12.5.3): named, and not with q=0. */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (name !== 'gzip' && name !== 'x-gzip') continue;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

/**
 * Answers a GET with a representation: 304 when the client holds it already, else its bytes
 * (gzipped, for a client that accepts it and a body worth it, with a tag of its own: a coding is
 * another representation). Every answer says `Cache-Control: no-cache`, so caches revalidate.
 */
export async function sendRepresentation(c: Ctx, rep: Representation): Promise<Response> {
  const zip = rep.body.length >= GZIP_FROM_BYTES && acceptsGzip(c.req.header('Accept-Encoding'));
  const etag = zip ? `${rep.etag.slice(0, -1)}.gz"` : rep.etag;
  c.header('ETag', etag);
  c.header('Cache-Control', 'no-cache');
  if (rep.body.length >= GZIP_FROM_BYTES) c.header('Vary', 'Accept-Encoding');
  if (noneMatch(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  c.header('Content-Type', rep.type);
  if (!zip) return c.body(rep.body as Uint8Array<ArrayBuffer>, 200);
  c.header('Content-Encoding', 'gzip');
  return c.body((await rep.gzipped()) as Uint8Array<ArrayBuffer>, 200);
}

/** Answers with a body made for this request alone (tagged all the same, so a client may revalidate). */
export const sendFresh = (c: Ctx, body: string, type: string): Promise<Response> =>
  sendRepresentation(c, represent(body, type));

/**
 * Representations by key, made once however many ask at the same time, the least recently served
 * dropped first past a budget of bytes (of the plain bodies; their gzip codings are a small part
 * more). A key must name what it holds for good: the record is append-only, so the state at a given
 * size never changes, and the keys name the size.
 */
export class BodyCache {
  readonly #budget: number;
  readonly #kept = new Map<string, { rep: Promise<Representation>; bytes: number }>();
  #bytes = 0;

  constructor(budgetBytes: number) {
    this.#budget = budgetBytes;
  }

  /** Bytes kept (for tests). */
  get bytes(): number {
    return this.#bytes;
  }

  /**
   * The representation kept under `key`, or the one `make` makes, kept if `keep()` says so once it
   * is made (a request may see the record grow while it waits: what it made then is not the state
   * its key names, and is served but not kept).
   */
  get(
    key: string,
    make: () => Promise<Representation>,
    keep: () => boolean = () => true,
  ): Promise<Representation> {
    const kept = this.#kept.get(key);
    if (kept !== undefined) {
      this.#kept.delete(key);
      this.#kept.set(key, kept);
      return kept.rep;
    }
    const entry = { rep: make(), bytes: 0 };
    this.#kept.set(key, entry);
    entry.rep.then(
      (rep) => {
        if (this.#kept.get(key) !== entry) return;
        if (!keep() || rep.body.length > this.#budget) {
          this.#kept.delete(key);
          return;
        }
        entry.bytes = rep.body.length;
        this.#bytes += entry.bytes;
        for (const [k, v] of this.#kept) {
          if (this.#bytes <= this.#budget) break;
          if (v.bytes === 0) continue; // still being made: those waiting on it share it
          this.#kept.delete(k);
          this.#bytes -= v.bytes;
        }
      },
      () => {
        if (this.#kept.get(key) === entry) this.#kept.delete(key);
      },
    );
    return entry.rep;
  }
}
