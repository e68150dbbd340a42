/**
 * @module What a log is, for its whole life: a **record** (real filings by the Parties) or an
 * **exercise** (training, a simulation, the demo: filings invented, never the historical record).
 * The mode is written in the log's origin, the first line of every checkpoint it signs
 * (c2sp.org/tlog-checkpoint), so it is signed with every checkpoint, pinned by every verifier and
 * witness, and cannot change without the log becoming another log: an exercise's origin ends in
 * `/exercise`. What is shown of the mode (banners, wording, translations) is decided at read time
 * from this one fact.
 */

export type LogMode = 'record' | 'exercise';

/** The last segment of an exercise's origin. */
export const EXERCISE_SEGMENT = 'exercise';

/** The mode of the log with this origin. */
export function modeOfOrigin(origin: string): LogMode {
  return origin.split('/').at(-1) === EXERCISE_SEGMENT ? 'exercise' : 'record';
}

/** The origin of an exercise: `origin` itself when it is one already, else `origin/exercise`. */
export function exerciseOrigin(origin: string): string {
  return modeOfOrigin(origin) === 'exercise' ? origin : `${origin}/${EXERCISE_SEGMENT}`;
}
