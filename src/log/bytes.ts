/** @module Byte helpers shared by the log code, the same on the server and in the browser. */

export function concat(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export const toHex = (b: Uint8Array): string => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i += 1) DIGIT[ALPHABET.charCodeAt(i)] = i;

/**
 * Standard base64 to bytes, or null when it is not canonical standard base64 (RFC 4648 section 4,
 * padded, with the bits that padding leaves over all zero, so each byte string has one text).
 */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let at = 0;
  const digit = (i: number): number => {
    const c = text.charCodeAt(i);
    // '=' counts as zero only where the padding is.
    if (c === 61) return i >= text.length - pad ? 0 : -1;
    return c < 128 ? (DIGIT[c] as number) : -1;
  };
  for (let i = 0; i < text.length; i += 4) {
    const a = digit(i);
    const b = digit(i + 1);
    const c = digit(i + 2);
    const e = digit(i + 3);
    if (a < 0 || b < 0 || c < 0 || e < 0) return null;
    const n = (a << 18) | (b << 12) | (c << 6) | e;
    out[at++] = n >> 16;
    if (at < out.length) out[at++] = (n >> 8) & 0xff;
    if (at < out.length) out[at++] = n & 0xff;
  }
  // Canonical: the bits the padding leaves over are zero.
  const tail = text.length === 0 ? 0 : (DIGIT[text.charCodeAt(text.length - 1 - pad)] as number);
  if ((pad === 2 && (tail & 0x0f) !== 0) || (pad === 1 && (tail & 0x03) !== 0)) return null;
  return out;
}
