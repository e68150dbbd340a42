/**
 * @module The outlook's headline figure: a probability rounded to the step its round assumptions
 * allow, or a range when the simulation's own sampling error is wider, and that figure in words.
 */
import type { Language } from '../../../i18n.tsx';
import { formatPercent } from '../common.tsx';
import type { T } from '../outlook.messages.ts';

/**
 * The headline's precision. The model's chances are round assumptions (0.9, 0.35, 0.02 …), so the
 * figure is given to the nearest STEP_POINTS percentage points; when the simulation's own sampling
 * error (a 95% interval) straddles more than one step, both ends are given instead.
 */
const STEP_POINTS = 5;

export type Figure =
  | { readonly kind: 'about'; readonly points: number }
  | { readonly kind: 'range'; readonly lo: number; readonly hi: number };

/** The headline figure for a probability `p` with standard error `se`, in whole percentage points. */
export function roundedFigure(p: number, se: number): Figure {
  const snap = (x: number): number =>
    Math.round((Math.min(1, Math.max(0, x)) * 100) / STEP_POINTS) * STEP_POINTS;
  const lo = snap(p - 1.96 * se);
  const hi = snap(p + 1.96 * se);
  return lo === hi ? { kind: 'about', points: lo } : { kind: 'range', lo, hi };
}

/** The figure in words: "about 5%", "between 30% and 40%", "under 5%", «около 5 %». */
export function figureText(f: Figure, t: T, lang: Language): string {
  const pc = (points: number): string => formatPercent(points / 100, lang, 0);
  if (f.kind === 'about') {
    if (f.points === 0) return t('figure.under', { p: pc(STEP_POINTS) });
    if (f.points === 100) return t('figure.over', { p: pc(100 - STEP_POINTS) });
    return t('figure.about', { p: pc(f.points) });
  }
  if (f.lo === 0) return t('figure.upTo', { hi: pc(f.hi) });
  if (f.hi === 100) return t('figure.atLeast', { lo: pc(f.lo) });
  return t('figure.range', { lo: pc(f.lo), hi: pc(f.hi) });
}
