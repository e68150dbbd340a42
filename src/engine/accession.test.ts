import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { isParty, partiesWeightOn } from './state.ts';
import { addDays } from '../treaty/dates.ts';
import type { Event } from './events.ts';
import { accede, day, given, object, party, ratify, sign, withdraw } from './testing.ts';

const IN_FORCE = { inForce: '2010-01-01', parties: 'osce-2009' } as const;

describe('accession (EST 12)', () => {
  describe('when a state accedes before entry into force', () => {
    it('refuses it as not_in_force under EST 12', () => {
      given().when(accede('RU', '2010-01-15')).thenRefused('not_in_force', 'EST 12');
    });
  });

  describe('when an eligible non-Party accedes after entry into force', () => {
    it('opens an accession procedure: objections for 90 days, a Party 30 days after', () => {
      given({ assume: IN_FORCE })
        .when(accede('EU', '2011-01-01', 'acc-eu'))
        .thenEvents({
          type: 'AccessionOpened',
          on: day('2011-01-01'),
          by: party('EU'),
          procedure: 'acc-eu',
          objectionUntil: day('2011-04-01'),
          // accession.depositDay consent: the instrument is deposited when the window closes
          // with no objection, and EST 14 counts the 30 days from that deposit.
          deposited: day('2011-04-01'),
          inForceFrom: day('2011-05-01'),
        });
    });
    it('names the procedure acc-1 when no id is given', () => {
      const { events } = given({ assume: IN_FORCE }).when(accede('EU', '2011-01-01')).thenAccepted();
      assert.equal(events[0]?.type === 'AccessionOpened' && events[0].procedure, 'acc-1');
    });
  });

  describe('when an ineligible state accedes', () => {
    it('refuses it as not_eligible under EST 10', () => {
      given({ assume: IN_FORCE }).when(accede('JP', '2011-01-01')).thenRefused('not_eligible', 'EST 10');
    });
  });

  describe('when a signatory accedes instead of ratifying', () => {
    it('refuses it as already_signed under EST 10', () => {
      given({ assume: { inForce: '2010-01-01', parties: 'osce-2009' }, acts: [sign('EU', '2009-12-01')] })
        .when(accede('EU', '2011-01-01'))
        .thenRefused('already_signed', 'EST 10');
    });
  });

  describe('when a Party accedes', () => {
    it('refuses it as already_deposited under EST 11', () => {
      given({ assume: IN_FORCE }).when(accede('RU', '2011-01-01')).thenRefused('already_deposited', 'EST 11');
    });
  });

  describe('when an acceder applies again while its accession is pending', () => {
    it('refuses it as already_deposited under EST 11', () => {
      given({ assume: IN_FORCE, acts: [accede('EU', '2011-01-01')] })
        .when(accede('EU', '2011-01-05'))
        .thenRefused('already_deposited', 'EST 11');
    });
  });

  describe('when an accession takes an id already in use', () => {
    it('refuses it as duplicate_id under EST 12', () => {
      given({ assume: IN_FORCE, acts: [accede('EU', '2011-01-01', 'acc-x')] })
        .when(accede('NATO', '2011-01-02', 'acc-x'))
        .thenRefused('duplicate_id', 'EST 12');
    });
  });

  describe('when no Party objects within the window', () => {
    const spec = given({ assume: IN_FORCE, acts: [accede('EU', '2011-01-01', 'acc-1')] });
    it('is acceding while the window is open and until its day of entry into force', () => {
      assert.equal(spec.outcome('2011-02-01').parties.find((p) => p.id === 'EU')?.status, 'acceding');
      assert.equal(spec.outcome('2011-04-30').parties.find((p) => p.id === 'EU')?.status, 'acceding');
    });
    it('makes the acceder a Party laterDays after the window closes', () => {
      assert.equal(isParty(spec.state, party('EU'), day('2011-04-30')), false);
      assert.equal(isParty(spec.state, party('EU'), day('2011-05-01')), true);
    });
    it('counts the new Party in the number of Parties from that day', () => {
      assert.equal(partiesWeightOn(spec.state, day('2011-04-30')), 56);
      assert.equal(partiesWeightOn(spec.state, day('2011-05-01')), 57);
    });
    it('reports the procedure as accepted once the window has passed', () => {
      const proc = spec.outcome('2011-04-02').procedures.find((p) => p.id === 'acc-1');
      assert.equal(proc?.status, 'accepted');
      assert.equal(proc?.closed, '2011-04-01');
    });
    it('refuses a further accession by the new Party as already_deposited', () => {
      spec.when(accede('EU', '2012-01-01')).thenRefused('already_deposited', 'EST 11');
    });
  });

  describe('when a Party objects within the window', () => {
    const spec = given({ assume: IN_FORCE, acts: [accede('EU', '2011-01-01', 'acc-1')] });
    it('records the objection', () => {
      spec.when(object('DE', 'acc-1', '2011-04-01')).thenEvents({
        type: 'AccessionObjected',
        on: day('2011-04-01'),
        by: party('DE'),
        procedure: 'acc-1',
      });
    });
    it('refuses the accession: the acceder never becomes a Party', () => {
      const then = spec.when(object('DE', 'acc-1', '2011-02-01')).thenAccepted();
      assert.equal(isParty(then.state, party('EU'), day('2012-01-01')), false);
      const proc = then.outcome('2012-01-01').procedures.find((p) => p.id === 'acc-1');
      assert.equal(proc?.status, 'refused');
      assert.equal(proc?.closed, '2011-02-01');
      assert.equal(
        then.outcome('2012-01-01').parties.find((p) => p.id === 'EU'),
        undefined,
        'a refused acceder is not listed',
      );
    });
    it('lets the acceder apply again', () => {
      given({
        assume: IN_FORCE,
        acts: [accede('EU', '2011-01-01', 'acc-1'), object('DE', 'acc-1', '2011-01-02')],
      })
        .when(accede('EU', '2011-01-03', 'acc-2'))
        .thenAccepted();
    });
  });

  describe('when a Party objects after the window', () => {
    it('refuses the objection as procedure_closed under EST 12', () => {
      given({ assume: IN_FORCE, acts: [accede('EU', '2011-01-01', 'acc-1')] })
        .when(object('DE', 'acc-1', '2011-04-02'))
        .thenRefused('procedure_closed', 'EST 12');
    });
  });

  describe('when a non-Party objects', () => {
    it('refuses the objection as not_a_party under EST 12', () => {
      given({ assume: IN_FORCE, acts: [accede('EU', '2011-01-01', 'acc-1')] })
        .when(object('NATO', 'acc-1', '2011-01-02'))
        .thenRefused('not_a_party', 'EST 12');
    });
  });

  describe('when an objection names a decision', () => {
    it('refuses it as unknown_decision under EST 12: an accession has none', () => {
      given({ assume: IN_FORCE, acts: [accede('EU', '2011-01-01', 'acc-1')] })
        .when(object('DE', 'acc-1', '2011-01-02', 'd-1'))
        .thenRefused('unknown_decision', 'EST 12');
    });
  });

  describe('when an acceder re-applies and a Party then objects to its earlier, refused application', () => {
    it('leaves the new application untouched', () => {
      const then = given({
        assume: IN_FORCE,
        acts: [
          accede('EU', '2011-01-01', 'acc-1'),
          object('DE', 'acc-1', '2011-01-02'),
          accede('EU', '2011-01-03', 'acc-2'),
        ],
      })
        .when(object('FR', 'acc-1', '2011-01-04'))
        .thenAccepted();
      // acc-2 has no objection: EU should be a Party from 2011-04-03 + 30 days.
      assert.equal(then.outcome('2012-01-01').procedures.find((p) => p.id === 'acc-2')?.status, 'accepted');
      assert.equal(isParty(then.state, party('EU'), day('2011-05-03')), true);
    });
  });

  describe('when the same Party objects twice', () => {
    it('dates the refusal by the first objection', () => {
      const then = given({
        assume: IN_FORCE,
        acts: [accede('EU', '2011-01-01', 'acc-1'), object('DE', 'acc-1', '2011-01-02')],
      })
        .when(object('DE', 'acc-1', '2011-03-01'))
        .thenAccepted();
      assert.equal(then.outcome('2012-01-01').procedures.find((p) => p.id === 'acc-1')?.closed, '2011-01-02');
    });
  });
});

// EST 12 opens the Treaty in force to accession by "other" states; EST 13 lets a Party withdraw. A
// state whose withdrawal has taken effect is no Party, so it is such another state and may accede
// again. Its record keeps each period as a Party, so that it is a Party on every day of each period
// and on no day between them.
describe('accession again after a withdrawal (EST 12, 13)', () => {
  const REASONS = 'Extraordinary events have endangered its supreme interests';
  /** GE withdraws on 2010-02-01; it takes effect on 2010-05-02 (withdrawal.noticeDays 90). */
  const WITHDRAWN = [withdraw('GE', '2010-02-01', REASONS)];
  const reacceded = () =>
    given({ assume: IN_FORCE, acts: WITHDRAWN })
      .when(accede('GE', '2010-06-01', 'acc-ge'))
      .thenAccepted();
  /** The day the new accession takes effect, as the engine set it (the timing is a parameter). */
  const back = (events: readonly Event[]): string => {
    const e = events[0];
    assert.ok(e?.type === 'AccessionOpened');
    return e.inForceFrom;
  };

  it('accepts the accession of a state whose withdrawal has taken effect', () => {
    const { events } = reacceded();
    assert.equal(events[0]?.type, 'AccessionOpened');
  });
  it('refuses it while the withdrawal has not yet taken effect: still a Party (already_deposited)', () => {
    given({ assume: IN_FORCE, acts: WITHDRAWN })
      .when(accede('GE', '2010-05-01'))
      .thenRefused('already_deposited', 'EST 11');
  });
  it('accepts it for a state that had signed and ratified, then withdrew (signature closed; accession is the way back)', () => {
    const acts = [sign('GE', '2009-12-01'), ratify('GE', '2009-12-02')];
    const withdrawn = given({ parameters: { 'entryIntoForce.instruments': 1 }, acts })
      .when(withdraw('GE', '2010-01-01', REASONS))
      .thenAccepted();
    assert.equal(isParty(withdrawn.state, party('GE'), day('2010-04-01')), false);
    given({
      parameters: { 'entryIntoForce.instruments': 1 },
      acts: [...acts, withdraw('GE', '2010-01-01', REASONS)],
    })
      .when(accede('GE', '2010-06-01'))
      .thenAccepted();
  });

  describe('once accepted', () => {
    const then = reacceded();
    const again = back(then.events);
    it('is a Party in its first period, not between the two, and again from the new day', () => {
      assert.equal(isParty(then.state, party('GE'), day('2010-01-01')), true);
      assert.equal(isParty(then.state, party('GE'), day('2010-05-01')), true);
      assert.equal(isParty(then.state, party('GE'), day('2010-05-02')), false);
      assert.equal(isParty(then.state, party('GE'), day('2010-06-01')), false);
      assert.equal(isParty(then.state, party('GE'), addDays(day(again), -1)), false);
      assert.equal(isParty(then.state, party('GE'), day(again)), true);
    });
    it('counts in the number of Parties on the same days', () => {
      assert.equal(partiesWeightOn(then.state, day('2010-05-01')), 56);
      assert.equal(partiesWeightOn(then.state, day('2010-06-01')), 55);
      assert.equal(partiesWeightOn(then.state, day(again)), 56);
    });
    it('reports it withdrawn, then acceding, then a Party, with its earlier period', () => {
      const row = (asOf: string) => then.outcome(asOf).parties.find((p) => p.id === 'GE');
      assert.equal(row('2010-03-01')?.status, 'withdrawing');
      assert.equal(row('2010-05-15')?.status, 'withdrawn');
      assert.equal(row('2010-06-01')?.status, 'acceding');
      const now = row(again);
      assert.equal(now?.status, 'party');
      assert.equal(now?.inForceFrom, again);
      assert.equal(now?.withdrawalEffective, null);
      assert.deepEqual(now?.previous, [{ inForceFrom: '2010-01-01', withdrawalEffective: '2010-05-02' }]);
    });
    it('may withdraw again, and accede a third time once that has taken effect', () => {
      const spec2 = given({
        assume: IN_FORCE,
        acts: [...WITHDRAWN, accede('GE', '2010-06-01', 'acc-ge'), withdraw('GE', again, REASONS)],
      });
      const gone = addDays(day(again), 90);
      assert.equal(isParty(spec2.state, party('GE'), addDays(gone, -1)), true);
      assert.equal(isParty(spec2.state, party('GE'), gone), false);
      assert.equal(isParty(spec2.state, party('GE'), day('2010-04-01')), true);
      spec2.when(accede('GE', addDays(gone, 1), 'acc-ge-3')).thenAccepted();
    });
    it('refuses another accession while this one stands, as already_deposited', () => {
      given({ assume: IN_FORCE, acts: [...WITHDRAWN, accede('GE', '2010-06-01', 'acc-ge')] })
        .when(accede('GE', '2010-07-01'))
        .thenRefused('already_deposited', 'EST 11');
    });
  });

  describe('when a Party objects to the new accession', () => {
    const spec = given({
      assume: IN_FORCE,
      acts: [...WITHDRAWN, accede('GE', '2010-06-01', 'acc-ge'), object('RU', 'acc-ge', '2010-06-02')],
    });
    it('stays withdrawn, and keeps its first period', () => {
      assert.equal(isParty(spec.state, party('GE'), day('2010-04-01')), true);
      assert.equal(isParty(spec.state, party('GE'), day('2011-06-01')), false);
      assert.equal(spec.outcome('2011-06-01').parties.find((p) => p.id === 'GE')?.status, 'withdrawn');
    });
    it('may apply again', () => {
      spec.when(accede('GE', '2010-07-01', 'acc-ge-2')).thenAccepted();
    });
  });
});
