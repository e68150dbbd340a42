/**
 * @module Reading request bodies and query parameters: JSON, sent as such, that the canonical form
 * (RFC 8785) can hold; whole numbers in range. Anything else is a 4xx problem, never a fault
 * further in.
 */
import type { Context } from 'hono';
import { malformed } from '../app/errors.ts';
import { JSON_MEDIA_TYPE, asClientAbort, unsupportedMediaType } from './problems.ts';

/** Nesting deeper than this is refused: canonical JSON is computed recursively. */
export const MAX_DEPTH = 64;

/**
 * Why a parsed JSON value cannot be signed or logged (a number JSON.parse turned into Infinity, or
 * nesting that would exhaust the stack of the canonicalizer), or null when it can.
 */
export function unloggable(value: unknown): string | null {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  while (stack.length > 0) {
    const { v, depth } = stack.pop() as { v: unknown; depth: number };
    if (typeof v === 'number' && !Number.isFinite(v)) return 'a number is too large for I-JSON';
    if (v !== null && typeof v === 'object') {
      if (depth >= MAX_DEPTH) return `nesting deeper than ${MAX_DEPTH}`;
      for (const x of Object.values(v)) stack.push({ v: x, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * Why a Content-Type header does not say JSON, or null when it does: `application/json` in any case,
 * with any parameters but a charset other than UTF-8 (RFC 8259 §8.1: JSON between systems is UTF-8,
 * and the body is read as such).
 */
export function notJson(contentType: string): string | null {
  const [type = '', ...parameters] = contentType.split(';');
  const shown = JSON.stringify(contentType.length > 100 ? `${contentType.slice(0, 100)}...` : contentType);
  if (type.trim().toLowerCase() !== JSON_MEDIA_TYPE) return `this request's Content-Type is ${shown}`;
  for (const p of parameters) {
    const [name = '', value = ''] = p.split('=', 2).map((x) => x.trim().toLowerCase());
    const charset = value.replace(/^"(.*)"$/, '$1');
    if (name === 'charset' && charset !== 'utf-8' && charset !== 'utf8') {
      return `this request's Content-Type is ${shown}, but JSON is read as UTF-8 (RFC 8259 §8.1)`;
    }
  }
  return null;
}

/**
 * The request's body as JSON: a 415 problem unless it is sent as `application/json`, a 400 problem
 * unless it is JSON that the canonical form can hold, and a client-aborted one when the client
 * closes the connection before the whole body arrived.
 */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type');
  const notSent = type === undefined ? null : notJson(type);
  if (notSent !== null) throw unsupportedMediaType(notSent);
  let text: string;
  try {
    text = await c.req.text();
  } catch (e) {
    throw asClientAbort(e, c.env) ?? e;
  }
  if (text.trim() === '') throw malformed(`the request has no body; expected JSON (${JSON_MEDIA_TYPE})`);
  // With no Content-Type at all, a request with no body is told that first: it is the nearer fault.
  if (type === undefined) throw unsupportedMediaType('this request has no Content-Type');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw malformed(`the body is not JSON: ${(e as Error).message}`);
  }
  const why = unloggable(value);
  if (why !== null) throw malformed(`the body cannot be put in canonical JSON: ${why}`);
  return value;
}

/** A required query parameter that must be a whole number from 0. */
export function wholeNumber(c: Context, name: string): number {
  const text = c.req.query(name);
  if (text === undefined || !/^\d{1,15}$/.test(text)) {
    throw malformed(
      `query parameter ${name} must be a whole number from 0, got ${JSON.stringify(text ?? null)}`,
    );
  }
  return Number(text);
}
