/**
 * @module The codes of refusals and findings. They are stable and part of the API: the outcome JSON,
 * the depositary's receipts and the UI all speak them. Where a code has one home, its provision is
 * fixed here; the others cite the provision of the act they refuse.
 */

/** Why an act is refused. */
export const REJECTION_CODES = [
  'not_eligible',
  'already_signed',
  'signature_closed',
  'not_a_signatory',
  'already_deposited',
  'not_in_force',
  'not_a_party',
  'statement_required',
  'already_withdrawing',
  'notice_too_short',
  'not_invited',
  'not_addressee',
  'not_a_participant',
  'not_convened',
  'not_present',
  'not_a_member',
  'vote_excluded',
  'not_the_victim',
  'victim_has_notified',
  'not_a_state',
  'no_armed_attack',
  'attack_not_declared',
  'unknown_attack',
  'consent_required',
  'no_consent_to_revoke',
  'unsc_measures_taken',
  'procedure_open',
  'procedure_closed',
  'unknown_procedure',
  'wrong_procedure',
  'unknown_decision',
  'unknown_deployment',
  'duplicate_id',
  'parameter_unset',
  'withdrawal_day_fixed',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** What the engine notes about the state of things without refusing anything. */
export const FINDING_CODES = [
  'unreported_assistance',
  'possible_incompatibility',
  'substantial_combat_forces',
  'forces_beyond_1997_baseline',
  'nato_enlargement',
  'military_activity_in_barred_region',
  'eastward_enlargement',
  'us_military_activity_in_former_ussr',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** Codes whose provision is the same whatever the act (provision ids). */
export const CODE_HOME: Readonly<Partial<Record<RejectionCode | FindingCode, string>>> = {
  not_eligible: 'est.10',
  already_signed: 'est.10',
  signature_closed: 'est.10',
  not_a_signatory: 'est.11',
  already_deposited: 'est.11',
  statement_required: 'est.13',
  already_withdrawing: 'est.13',
  notice_too_short: 'est.13',
  not_invited: 'est.5.2',
  not_addressee: 'est.3.2',
  not_a_participant: 'est.6.1',
  not_convened: 'est.6.2',
  procedure_open: 'est.6.1',
  vote_excluded: 'est.8.3',
  victim_has_notified: 'est.8.2',
  not_a_state: 'est.7.2',
  no_armed_attack: 'est.7.2',
  attack_not_declared: 'est.7.2',
  unknown_attack: 'est.7.2',
  consent_required: 'est.7.2',
  no_consent_to_revoke: 'est.7.2',
  unsc_measures_taken: 'est.7.2',
  unreported_assistance: 'est.7.2',
  possible_incompatibility: 'est.9.3',
  substantial_combat_forces: 'nrc.4',
  forces_beyond_1997_baseline: 'nra.4.1',
  nato_enlargement: 'nra.6',
  military_activity_in_barred_region: 'nra.7.1',
  eastward_enlargement: 'rus-us.4.1',
  us_military_activity_in_former_ussr: 'rus-us.4.2',
  withdrawal_day_fixed: 'nra.9.2',
  not_a_member: 'un.27.1',
};
