/**
 * @module NRA 9(2) (confidence C, S46): any Party may withdraw from the agreement by notice to the
 * Depositary, and the agreement ceases to apply to it `nra.withdrawal.noticeDays` (30) days after the
 * Depositary receives the notice; it continues among the others. The notice needs no reasons. The
 * text fixes the day the withdrawal takes effect, so a notice that names another day (`effective`)
 * is refused. No source names the Depositary, and nothing delays its receipt: the day of the notice
 * stands for the day of receipt. Until the day it takes effect the State is a Party, bound by
 * NRA 4, 6 and 7(1) like the others.
 */
import { withdrawalHandler } from './withdrawal.ts';

export const nraWithdraw = withdrawalHandler({
  prefix: 'nra9.withdraw',
  cites: 'nra.9.2',
  noticeDays: 'nra.withdrawal.noticeDays',
  statementRequired: false,
  plannedDay: 'fixed',
});
