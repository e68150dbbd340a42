import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { PRESETS } from '../treaty/parties/index.ts';
import { assumeObligation, day, each, given, party, ratify, sign, theFinding, withdraw } from './testing.ts';

const IN_FORCE = { inForce: '2010-01-01', parties: 'osce-2009' } as const;
const OBLIGATION = 'membership of a military alliance';

describe('new obligations (EST 9(3))', () => {
  describe('when anyone assumes an obligation', () => {
    it('records it, refusing nothing', () => {
      given({ assume: IN_FORCE })
        .when(assumeObligation('UA', OBLIGATION, '2010-06-01'))
        .thenEvents({
          type: 'ObligationAssumed',
          on: day('2010-06-01'),
          by: party('UA'),
          obligation: OBLIGATION,
        });
    });
    it('records it even before entry into force', () => {
      given()
        .when(assumeObligation('UA', OBLIGATION, '2009-12-01'))
        .thenAccepted();
    });
  });

  describe('when a Party assumes an obligation while the treaty is in force for it', () => {
    const then = given({ assume: IN_FORCE })
      .when(assumeObligation('UA', OBLIGATION, '2010-06-01'))
      .thenAccepted();
    it('is a possible_incompatibility finding under EST 9(3), dated that day', () => {
      assert.deepEqual(theFinding(then.findings('2010-06-01'), 'possible_incompatibility'), {
        code: 'possible_incompatibility',
        cite: 'EST 9(3)',
        parties: ['UA'],
        on: '2010-06-01',
        obligation: OBLIGATION,
      });
    });
    it('is no finding as of an earlier day', () => {
      assert.deepEqual(then.findings('2010-05-31'), []);
    });
  });

  describe('when an obligation is assumed before entry into force', () => {
    it('is no finding (EST 9(2) covers it)', () => {
      const then = given({ assume: IN_FORCE })
        .when(assumeObligation('UA', OBLIGATION, '2009-12-01'))
        .thenAccepted();
      assert.deepEqual(then.findings('2011-01-01'), []);
    });
  });

  describe('when a non-Party assumes an obligation', () => {
    it('is no finding', () => {
      const then = given({ assume: IN_FORCE })
        .when(assumeObligation('JP', OBLIGATION, '2010-06-01'))
        .thenAccepted();
      assert.deepEqual(then.findings('2011-01-01'), []);
    });
  });

  describe('when a later depositor assumes an obligation', () => {
    const states = PRESETS['osce-2009'];
    const spec = given({
      acts: [
        each(states.slice(0, 26), (by) => sign(by, '2010-01-10')),
        each(states.slice(0, 25), (by) => ratify(by, '2010-02-01')),
        ratify(states[25] ?? 'XX', '2010-03-01'),
      ],
    });
    const late = states[25] ?? 'XX';
    it('is no finding between its deposit and the day the treaty enters into force for it', () => {
      const then = spec.when(assumeObligation(late, OBLIGATION, '2010-03-30')).thenAccepted();
      assert.deepEqual(then.findings('2011-01-01'), []);
    });
    it('is a finding from that day on', () => {
      const then = spec.when(assumeObligation(late, OBLIGATION, '2010-03-31')).thenAccepted();
      assert.equal(theFinding(then.findings('2011-01-01'), 'possible_incompatibility').on, '2010-03-31');
    });
  });

  describe('when a Party whose withdrawal has taken effect assumes an obligation', () => {
    it('is no finding', () => {
      const then = given({
        assume: IN_FORCE,
        parameters: { 'withdrawal.noticeDays': 1 },
        acts: [withdraw('UA', '2010-05-01', 'supreme interests')],
      })
        .when(assumeObligation('UA', OBLIGATION, '2010-06-01'))
        .thenAccepted();
      assert.deepEqual(then.findings('2011-01-01'), []);
    });
  });
});
