/**
 * NRA 9(2) from the text of the 2021 draft (confidence C, S46): any Party may withdraw by notice to
 * the Depositary; the agreement ceases to apply to it 30 days after the Depositary receives the
 * notice, and continues among the others. No reasons are asked for, and the text fixes the day. The
 * Depositary is named by no source; the day of the notice stands for the day of receipt.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { PARAMETERS } from '../treaty/parameters/index.ts';
import { provision } from '../treaty/provisions/index.ts';
import { day, deploy, given, party, withdraw } from './testing.ts';

const NRA = {
  treaty: 'nra-2021',
  assume: { inForce: '2022-01-01', parties: ['RU', 'nato-on:2021-12-17'] },
} as const;

describe('NRA 9(2): withdrawal on 30 days notice', () => {
  it('takes the 30 days from the text, with its source', () => {
    const p = PARAMETERS['nra.withdrawal.noticeDays'];
    assert.deepEqual([p.values[0]?.value, p.basis, p.confidence, p.cites], [30, 'text', 'C', 'nra.9.2']);
    assert.match(p.values[0]?.reference ?? '', /S46/);
    assert.match(provision('nra.9.2')?.text.en ?? '', /30 days/);
  });

  it('accepts a notice without reasons, taking effect 30 days later', () => {
    given(NRA)
      .when(withdraw('GB', '2022-03-01'))
      .thenEvents({
        type: 'WithdrawalNotified',
        on: day('2022-03-01'),
        by: party('GB'),
        statement: '',
        effective: day('2022-03-31'),
      });
  });

  it('keeps the withdrawing State a Party during the notice and counts it out from the day it takes effect', () => {
    const g = given({ ...NRA, acts: [withdraw('GB', '2022-03-01')] });
    const status = (asOf: string) => g.outcome(asOf).parties.find((p) => p.id === 'GB');
    assert.equal(status('2022-03-30')?.status, 'withdrawing');
    assert.deepEqual(
      [status('2022-03-31')?.status, status('2022-03-31')?.withdrawalEffective],
      ['withdrawn', '2022-03-31'],
    );
    assert.equal(g.outcome('2022-03-31').parties.find((p) => p.id === 'DE')?.status, 'party');
  });

  it('accepts a notice naming the day the text fixes, and refuses any other day under NRA 9', () => {
    given(NRA)
      .when(withdraw('GB', '2022-03-01', undefined, '2022-03-31'))
      .thenAccepted();
    const [later] = given(NRA)
      .when(withdraw('GB', '2022-03-01', undefined, '2022-06-01'))
      .thenRefused('withdrawal_day_fixed', 'NRA 9');
    assert.deepEqual(later?.params, { effective: '2022-06-01', fixed: '2022-03-31', days: 30 });
    given(NRA)
      .when(withdraw('GB', '2022-03-01', undefined, '2022-03-15'))
      .thenRefused('withdrawal_day_fixed', 'NRA 9');
  });

  it('refuses a second notice, a notice before entry into force and one by a State that is no Party', () => {
    given({ ...NRA, acts: [withdraw('GB', '2022-03-01')] })
      .when(withdraw('GB', '2022-03-10'))
      .thenRefused('already_withdrawing', 'NRA 9');
    given({ treaty: 'nra-2021' }).when(withdraw('GB', '2022-03-01')).thenRefused('not_in_force', 'NRA 9');
    given(NRA).when(withdraw('UA', '2022-03-01')).thenRefused('not_a_party', 'NRA 9');
  });

  it('reads the notice days on the day of the notice (a scenario may change them)', () => {
    given({ ...NRA, parameters: { 'nra.withdrawal.noticeDays': 60 } })
      .when(withdraw('GB', '2022-03-01'))
      .thenEvents({
        type: 'WithdrawalNotified',
        on: day('2022-03-01'),
        by: party('GB'),
        statement: '',
        effective: day('2022-04-30'),
      });
  });

  it('releases the State from NRA 4 and 7(1) once out: its forces sent to Ukraine after that are no finding', () => {
    const acts = [
      withdraw('GB', '2022-03-01'),
      deploy('GB', 'UA', { troops: 100 }, '2022-04-15', { id: 'g1' }),
    ];
    assert.deepEqual(given({ ...NRA, acts }).findings('2022-12-31'), []);
  });

  it('is modelled, and the EST keeps its own clause (reasons required, a planned day allowed)', () => {
    assert.equal(provision('nra.9.2')?.notModelled, undefined);
    given({ assume: { inForce: '2010-01-01', parties: 'osce-2009' } })
      .when(withdraw('GE', '2010-02-01'))
      .thenRefused('statement_required', 'EST 13');
  });
});
