/**
 * @module Reading request bodies and query parameters: JSON that the canonical form (RFC 8785) can
 * hold, whole numbers in range. Anything else is a 400 problem, never a fault further in.
 */
import type { Context } from 'hono';
import { malformed } from '../app/errors.ts';

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

/** The request's body as JSON, or a 400 problem. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') throw malformed('the request has no body; expected JSON');
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
