/**
 * @module For the tests of the force-limits analysis: a synthetic deployment record, with only what a
 * test needs given, and a reading found by its id.
 */
import { isoDate } from '../../treaty/dates.ts';
import { entityId } from '../../treaty/entities.ts';
import type { DeploymentRecord } from '../../scenario/deployment-table.ts';
import type { Reading } from './readings.ts';
import { findReading } from './readings.ts';

/** A synthetic deployment; only what a test needs is given. */
export function dep(
  id: string,
  by: string,
  host: string,
  from: string,
  forces: DeploymentRecord['forces'],
  more: { to?: string; permanent?: boolean } = {},
): DeploymentRecord {
  return {
    id,
    title: id,
    by: entityId(by),
    in: entityId(host),
    from: isoDate(from),
    to: more.to === undefined ? null : isoDate(more.to),
    forces,
    approximate: [],
    permanent: more.permanent ?? false,
    sources: ['s'],
    confidence: 'high',
  };
}

/** The reading of that id, which must exist. */
export const reading = (id: string): Reading => {
  const r = findReading(id);
  if (r === undefined) throw new Error(`no reading ${id}`);
  return r;
};
