/**
 * @module Seeded randomness for the analyses: a small counter-based family of streams (one per trial,
 * so results do not depend on how trials are batched), and the standard normal distribution's CDF and
 * quantile, written out so that every run of the same Node version gives the same bits.
 */

const TWO_TO_32 = 4294967296;

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator, 128-bit state with a counter). Chosen
 * over mulberry32, whose 32-bit state makes the streams of many trials overlap: with 10^6 trials of
 * a few hundred draws each, some two would share numbers. Each (seed, stream) pair gives a distinct
 * starting state, and the counter guarantees a period of at least 2^32 from any state.
 */
export class Sfc32 {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** The stream `stream` (a whole number below 2^53) of the generator seeded with `seed` (0 to 2^32 - 1). */
  constructor(seed: number, stream = 0) {
    this.a = seed >>> 0;
    this.b = stream >>> 0;
    this.c = (Math.floor(stream / TWO_TO_32) ^ 0x9e3779b9) >>> 0;
    this.d = 1;
    // The author's recommended warm-up: mixes the seed words before any output is used.
    for (let i = 0; i < 15; i += 1) this.nextUint32();
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A uniform number in the open interval (0, 1): never 0 or 1, so its normal quantile is finite. */
  next(): number {
    return (this.nextUint32() + 0.5) / TWO_TO_32;
  }
}

/** True for a seed the generators accept: a whole number from 0 to 2^32 - 1. */
export function isSeed(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < TWO_TO_32;
}

/**
 * The standard normal CDF, Phi(x), to about 15 significant digits (Hart's 1968 rational
 * approximation as given by G. West, "Better approximations to cumulative normal functions", 2005).
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const z = Math.abs(x);
  let tail: number;
  if (z > 37) tail = 0;
  else {
    const e = Math.exp((-z * z) / 2);
    if (z < 7.07106781186547) {
      let n = 3.52624965998911e-2 * z + 0.700383064443688;
      n = n * z + 6.37396220353165;
      n = n * z + 33.912866078383;
      n = n * z + 112.079291497871;
      n = n * z + 221.213596169931;
      n = n * z + 220.206867912376;
      let d = 8.83883476483184e-2 * z + 1.75566716318264;
      d = d * z + 16.064177579207;
      d = d * z + 86.7807322029461;
      d = d * z + 296.564248779674;
      d = d * z + 637.333633378831;
      d = d * z + 793.826512519948;
      d = d * z + 440.413735824752;
      tail = (e * n) / d;
    } else {
      let d = z + 0.65;
      d = z + 4 / d;
      d = z + 3 / d;
      d = z + 2 / d;
      d = z + 1 / d;
      tail = e / d / 2.506628274631;
    }
  }
  return x > 0 ? 1 - tail : tail;
}

// P. J. Acklam's rational approximation of the normal quantile (relative error below 1.2e-9).
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
] as const;
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
] as const;
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
] as const;
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;
const P_LOW = 0.02425;

/** The standard normal quantile, Phi^-1(p): -Infinity at 0, +Infinity at 1, NaN outside [0, 1]. */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
      ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
    );
  }
  if (p > 1 - P_LOW) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -(
      (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
      ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}
