/**
 * @module EST 13 (confidence R-m): a Party may withdraw when it decides that extraordinary events
 * have endangered its supreme interests, by notice to the Depositary with a statement of them, given
 * at least `withdrawal.noticeDays` (a blank in the text) "in advance of the planned withdrawal". The
 * notice may name that planned day (`effective`): the withdrawal then takes effect on it, if it is
 * far enough ahead; without one, it takes effect once the notice period has run. Until then the
 * Party counts as one. The reasons are not reviewable, so any non-empty statement suffices.
 */
import { withdrawalHandler } from './withdrawal.ts';

export const withdraw = withdrawalHandler({
  prefix: 'est13',
  cites: 'est.13',
  noticeDays: 'withdrawal.noticeDays',
  statementRequired: true,
  plannedDay: 'at-least',
});
