/**
 * @module The ratification outlook: a seeded Monte Carlo of who signs and who deposits an instrument,
 * and when, drawn from a table of stances toward the draft, with EST 14(1) applied to each trial: the
 * Treaty enters into force on the day the counted instruments reach `entryIntoForce.instruments`.
 *
 * Each trial has its own random stream (seed, trial index), so a result depends only on the stance
 * table, the options and the seed, never on how the trials are batched; every tally is an integer, so
 * the same seed gives the same output bit for bit. The draws per entity are always made in the same
 * order and number, so two runs that differ in one parameter see the same random world (common random
 * numbers): a comparison of 25 and 30 instruments is a comparison of rules, not of luck.
 *
 * Behaviour per trial and entity: a latent normal score, shared in part with the whole table (the
 * political climate) and with the entity's bloc, decides whether it signs within the signature period
 * and, having signed, whether it deposits an instrument within `withinMonths`; delays come from the
 * stance category's distributions, truncated to those windows. The direct rule here gives the same
 * entry-into-force day and pivotal depositor as replaying the trial's acts through the engine
 * ({@link trialActs}; checked in the tests).
 *
 * Here, the public surface: the stance table and its schema are in src/scenario/stance-table.ts, the
 * trials in ./outlook/simulation.ts, the result in ./outlook/summary.ts.
 */
export {
  CONFIDENCES,
  STANCES,
  parseStanceTable,
  type Behaviour,
  type BlocCorrelation,
  type Delay,
  type EntityAssumption,
  type ParsedTable,
  type RatifyStep,
  type SignStep,
  type Stance,
  type StanceConfidence,
  type StanceEntry,
  type StanceIssue,
  type StanceTable,
  type TableSource,
} from '../scenario/stance-table.ts';
export {
  DAYS_PER_MONTH,
  OutlookError,
  prepareOutlook,
  runTrials,
  trial,
  trialActs,
  type Outlook,
  type OutlookOptions,
  type Trial,
  type TrialEntity,
} from './outlook/simulation.ts';
export {
  monthEnds,
  probabilityBy,
  simulateOutlook,
  summarize,
  type CurvePoint,
  type EntityOutlook,
  type OutlookResult,
  type PivotalEntity,
} from './outlook/summary.ts';
