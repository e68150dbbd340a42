import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { isParty, partiesWeightOn } from './state.ts';
import { day, given, party, requestConsultations, withdraw } from './testing.ts';

const IN_FORCE = { inForce: '2010-01-01', parties: 'osce-2009' } as const;
const REASONS = 'Extraordinary events have endangered its supreme interests';

describe('withdrawal (EST 13)', () => {
  describe('when a Party gives notice with a statement of reasons', () => {
    it('takes effect withdrawal.noticeDays (90) after the notice', () => {
      given({ assume: IN_FORCE })
        .when(withdraw('GE', '2010-02-01', REASONS))
        .thenEvents({
          type: 'WithdrawalNotified',
          on: day('2010-02-01'),
          by: party('GE'),
          statement: REASONS,
          effective: day('2010-05-02'),
        });
    });
  });

  describe('when withdrawal.noticeDays is overridden to 180', () => {
    it('takes effect 180 days after the notice', () => {
      const { events } = given({ assume: IN_FORCE, parameters: { 'withdrawal.noticeDays': 180 } })
        .when(withdraw('GE', '2010-02-01', REASONS))
        .thenAccepted();
      assert.equal(events[0]?.type === 'WithdrawalNotified' && events[0].effective, '2010-07-31');
    });
  });

  // EST 13: notice is given "at least ( ... ) days in advance of the planned withdrawal"; the Party
  // may plan a later day, never an earlier one (withdrawal.noticeDays fills the blank: 90).
  describe('when the notice names the planned day of withdrawal', () => {
    it('takes effect on that day when it is further ahead than the notice period', () => {
      given({ assume: IN_FORCE })
        .when(withdraw('GE', '2010-02-01', REASONS, '2010-12-31'))
        .thenEvents({
          type: 'WithdrawalNotified',
          on: day('2010-02-01'),
          by: party('GE'),
          statement: REASONS,
          effective: day('2010-12-31'),
        });
    });
    it('takes effect on that day when it is exactly noticeDays ahead ("at least")', () => {
      const { events } = given({ assume: IN_FORCE })
        .when(withdraw('GE', '2010-02-01', REASONS, '2010-05-02'))
        .thenAccepted();
      assert.equal(events[0]?.type === 'WithdrawalNotified' && events[0].effective, '2010-05-02');
    });
    it('refuses a planned day one day short of the notice period as notice_too_short under EST 13', () => {
      const [violation] = given({ assume: IN_FORCE })
        .when(withdraw('GE', '2010-02-01', REASONS, '2010-05-01'))
        .thenRefused('notice_too_short', 'EST 13');
      assert.deepEqual(violation?.params, { effective: '2010-05-01', earliest: '2010-05-02', days: 90 });
    });
    it('refuses a planned day before the notice itself', () => {
      given({ assume: IN_FORCE })
        .when(withdraw('GE', '2010-02-01', REASONS, '2010-01-15'))
        .thenRefused('notice_too_short', 'EST 13');
    });
    it('counts the Party until the planned day, and not from it', () => {
      const then = given({ assume: IN_FORCE })
        .when(withdraw('GE', '2010-02-01', REASONS, '2010-12-31'))
        .thenAccepted();
      assert.equal(isParty(then.state, party('GE'), day('2010-12-30')), true);
      assert.equal(isParty(then.state, party('GE'), day('2010-12-31')), false);
      assert.equal(then.outcome('2010-12-30').parties.find((p) => p.id === 'GE')?.status, 'withdrawing');
    });
    it('still needs the notice period to be known: parameter_unset under EST 13', () => {
      given({ assume: IN_FORCE, parameters: { 'withdrawal.noticeDays': null } })
        .when(withdraw('GE', '2010-02-01', REASONS, '2011-01-01'))
        .thenRefused('parameter_unset', 'EST 13');
    });
  });

  describe('when the notice states no reasons', () => {
    it('refuses it as statement_required under EST 13', () => {
      given({ assume: IN_FORCE })
        .when(withdraw('GE', '2010-02-01'))
        .thenRefused('statement_required', 'EST 13');
    });
    it('refuses a blank statement the same way', () => {
      given({ assume: IN_FORCE })
        .when(withdraw('GE', '2010-02-01', '   '))
        .thenRefused('statement_required', 'EST 13');
    });
  });

  describe('when the treaty is not in force', () => {
    it('refuses it as not_in_force under EST 13', () => {
      given()
        .when(withdraw('GE', '2010-02-01', REASONS))
        .thenRefused('not_in_force', 'EST 13');
    });
  });

  describe('when a non-Party gives notice', () => {
    it('refuses it as not_a_party under EST 13', () => {
      given({ assume: IN_FORCE })
        .when(withdraw('JP', '2010-02-01', REASONS))
        .thenRefused('not_a_party', 'EST 13');
    });
  });

  describe('when a withdrawing Party gives notice again', () => {
    it('refuses it as already_withdrawing under EST 13', () => {
      given({ assume: IN_FORCE, acts: [withdraw('GE', '2010-02-01', REASONS)] })
        .when(withdraw('GE', '2010-03-01', REASONS))
        .thenRefused('already_withdrawing', 'EST 13');
    });
  });

  describe('while the notice runs', () => {
    const spec = given({ assume: IN_FORCE, acts: [withdraw('GE', '2010-02-01', REASONS)] });
    it('still counts the withdrawing Party among the Parties until the day before it takes effect', () => {
      assert.equal(partiesWeightOn(spec.state, day('2010-05-01')), 56);
      assert.equal(partiesWeightOn(spec.state, day('2010-05-02')), 55);
    });
    it('lets the withdrawing Party act as a Party', () => {
      spec.when(requestConsultations('GE', 'RU', '2010-05-01')).thenAccepted();
    });
    it('reports it as withdrawing, then withdrawn', () => {
      const status = (asOf: string) => spec.outcome(asOf).parties.find((p) => p.id === 'GE')?.status;
      assert.equal(status('2010-05-01'), 'withdrawing');
      assert.equal(status('2010-05-02'), 'withdrawn');
    });
  });

  describe('once the withdrawal has taken effect', () => {
    const spec = given({ assume: IN_FORCE, acts: [withdraw('GE', '2010-02-01', REASONS)] });
    it('is no longer a Party', () => {
      assert.equal(isParty(spec.state, party('GE'), day('2010-05-02')), false);
    });
    it('refuses its acts as not_a_party', () => {
      spec.when(requestConsultations('GE', 'RU', '2010-05-02')).thenRefused('not_a_party', 'EST 5(1)');
    });
    it('refuses another notice as not_a_party', () => {
      spec.when(withdraw('GE', '2010-06-01', REASONS)).thenRefused('not_a_party', 'EST 13');
    });
  });
});
