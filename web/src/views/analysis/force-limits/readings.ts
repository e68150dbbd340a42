/**
 * @module The names and descriptions of the readings of "substantial combat forces" in the current
 * language, shared by the matrix and a host's crossings.
 */
import { READINGS } from '../../../../../src/analysis/force-limits.ts';
import type { Reading } from '../../../../../src/analysis/force-limits.ts';
import type { T } from '../force-limits.messages.ts';

/** A reading's name: the section's own words for the shipped readings, the library's for others. */
export const readingLabel = (r: Reading, t: T): string =>
  READINGS.some((x) => x.id === r.id) ? t(`reading.${r.id}` as 'reading.nrc-2010') : r.label;

/** What a reading counts, in the same way. */
export const readingDescription = (r: Reading, t: T): string =>
  READINGS.some((x) => x.id === r.id) ? t(`reading.${r.id}.d` as 'reading.nrc-2010.d') : r.description;
