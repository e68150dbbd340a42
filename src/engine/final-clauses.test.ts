import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { PRESETS } from '../treaty/parties/index.ts';
import { isParty } from './state.ts';
import { day, each, given, party, ratify, sign } from './testing.ts';

const STATES = PRESETS['osce-2009'];
/** Twenty-four states that sign on one day and ratify on the next. */
const FIRST_24 = STATES.slice(0, 24);
const [TWENTY_FIFTH, TWENTY_SIXTH] = [STATES[24] ?? 'XX', STATES[25] ?? 'XX'];

const signAndRatify = (ids: readonly string[], signed: string, ratified: string) => [
  ...each(ids, (by) => sign(by, signed)),
  ...each(ids, (by) => ratify(by, ratified)),
];

describe('signature (EST 10)', () => {
  describe('when an eligible state signs', () => {
    it('records its signature', () => {
      given()
        .when(sign('RU', '2010-01-15'))
        .thenEvents({ type: 'Signed', on: day('2010-01-15'), by: party('RU') });
    });
  });

  describe('when one of the five organizations signs', () => {
    it('records its signature', () => {
      given().when(sign('CSTO', '2010-01-15')).thenAccepted();
    });
  });

  describe('when a state outside the Euro-Atlantic and Eurasian space signs', () => {
    it('refuses it as not_eligible under EST 10', () => {
      given().when(sign('JP', '2010-01-15')).thenRefused('not_eligible', 'EST 10');
    });
  });

  describe('when an outside actor signs', () => {
    it('refuses it as not_eligible under EST 10', () => {
      given().when(sign('x:south-ossetia', '2010-01-15')).thenRefused('not_eligible', 'EST 10');
    });
  });

  describe('when signature.eligible is narrowed to a list', () => {
    it('refuses a state left off the list', () => {
      given({ parameters: { 'signature.eligible': ['RU', 'US'] } })
        .when(sign('DE', '2010-01-15'))
        .thenRefused('not_eligible', 'EST 10');
    });
    it('accepts a state on the list', () => {
      given({ parameters: { 'signature.eligible': ['RU', 'US'] } })
        .when(sign('US', '2010-01-15'))
        .thenAccepted();
    });
  });

  describe('when a state signs a second time', () => {
    it('refuses it as already_signed under EST 10', () => {
      given({ acts: [sign('RU', '2010-01-15')] })
        .when(sign('RU', '2010-02-01'))
        .thenRefused('already_signed', 'EST 10');
    });
  });

  describe('after entry into force by the 25th instrument', () => {
    const inForce = {
      acts: [
        signAndRatify(FIRST_24, '2010-01-10', '2010-02-01'),
        sign(TWENTY_FIFTH, '2010-01-10'),
        ratify(TWENTY_FIFTH, '2010-03-01'),
      ],
    };
    it('closes signature: a newcomer is refused as signature_closed under EST 10', () => {
      given(inForce).when(sign(TWENTY_SIXTH, '2010-03-02')).thenRefused('signature_closed', 'EST 10');
    });
    it('is closed from the very day of entry into force', () => {
      given(inForce).when(sign(TWENTY_SIXTH, '2010-03-01')).thenRefused('signature_closed', 'EST 10');
    });
  });

  describe('when entry into force is assumed', () => {
    it('refuses a signature by an eligible non-Party as signature_closed', () => {
      given({ assume: { inForce: '2010-01-01', parties: 'osce-2009' } })
        .when(sign('NATO', '2010-02-01'))
        .thenRefused('signature_closed', 'EST 10');
    });
  });
});

describe('deposit of instruments (EST 11)', () => {
  describe('when a state that has not signed ratifies', () => {
    it('refuses it as not_a_signatory under EST 11', () => {
      given().when(ratify('RU', '2010-01-15')).thenRefused('not_a_signatory', 'EST 11');
    });
  });

  describe('when a signatory ratifies a second time', () => {
    it('refuses it as already_deposited under EST 11', () => {
      given({ acts: [sign('RU', '2010-01-15'), ratify('RU', '2010-02-01')] })
        .when(ratify('RU', '2010-03-01'))
        .thenRefused('already_deposited', 'EST 11');
    });
  });

  describe('when an assumed Party ratifies', () => {
    it('refuses it as already_deposited under EST 11', () => {
      given({ assume: { inForce: '2010-01-01', parties: 'osce-2009' } })
        .when(ratify('RU', '2010-02-01'))
        .thenRefused('already_deposited', 'EST 11');
    });
  });

  describe('when a signatory state ratifies before entry into force', () => {
    it('deposits a counted instrument, with no date of entry into force yet', () => {
      given({ acts: [sign('RU', '2010-01-15')] })
        .when(ratify('RU', '2010-02-01'))
        .thenEvents({
          type: 'InstrumentDeposited',
          on: day('2010-02-01'),
          by: party('RU'),
          counted: true,
          inForceFrom: null,
        });
    });
  });

  describe("when an organization approves and organizations' instruments do not count", () => {
    it('deposits an instrument that does not count', () => {
      const then = given({ acts: [sign('EU', '2010-01-15')] })
        .when(ratify('EU', '2010-02-01'))
        .thenAccepted();
      assert.deepEqual(then.events, [
        { type: 'InstrumentDeposited', on: '2010-02-01', by: 'EU', counted: false, inForceFrom: null },
      ]);
      assert.equal(then.state.countedInstruments, 0);
    });
  });
});

describe('entry into force (EST 14)', () => {
  describe('when 24 instruments are deposited', () => {
    const spec = given({ acts: signAndRatify(FIRST_24, '2010-01-10', '2010-02-01') });
    it('does not enter into force', () => {
      assert.equal(spec.state.entryIntoForce, null);
      assert.equal(spec.outcome().inForce, false);
    });
    it('counts the 24 instruments', () => {
      assert.equal(spec.state.countedInstruments, 24);
    });
    it('leaves the depositors signatories, not Parties', () => {
      assert.equal(isParty(spec.state, party('RU'), day('2010-02-02')), false);
    });
  });

  describe('when the 25th instrument is deposited', () => {
    const spec = given({
      acts: [signAndRatify(FIRST_24, '2010-01-10', '2010-02-01'), sign(TWENTY_FIFTH, '2010-01-10')],
    });
    it('enters into force on that day', () => {
      spec.when(ratify(TWENTY_FIFTH, '2010-03-01')).thenEvents(
        {
          type: 'InstrumentDeposited',
          on: day('2010-03-01'),
          by: party(TWENTY_FIFTH),
          counted: true,
          inForceFrom: null,
        },
        { type: 'EnteredIntoForce', on: day('2010-03-01') },
      );
    });
    it('is in force from that day for every earlier depositor', () => {
      const { state } = spec.when(ratify(TWENTY_FIFTH, '2010-03-01')).thenAccepted();
      for (const id of [...FIRST_24, TWENTY_FIFTH]) {
        assert.equal(state.entities.get(party(id))?.inForceFrom, '2010-03-01', id);
        assert.equal(isParty(state, party(id), day('2010-03-01')), true, id);
        assert.equal(isParty(state, party(id), day('2010-02-28')), false, id);
      }
    });
  });

  describe('when a signatory deposits after entry into force', () => {
    const spec = given({
      acts: [
        signAndRatify(FIRST_24, '2010-01-10', '2010-02-01'),
        each([TWENTY_FIFTH, TWENTY_SIXTH], (by) => sign(by, '2010-01-10')),
        ratify(TWENTY_FIFTH, '2010-03-01'),
      ],
    });
    it('is in force for it entryIntoForce.laterDays (30) after its own deposit', () => {
      spec.when(ratify(TWENTY_SIXTH, '2010-04-10')).thenEvents({
        type: 'InstrumentDeposited',
        on: day('2010-04-10'),
        by: party(TWENTY_SIXTH),
        counted: true,
        inForceFrom: day('2010-05-10'),
      });
    });
    it('makes it a Party on the 30th day and not the day before', () => {
      const { state } = spec.when(ratify(TWENTY_SIXTH, '2010-04-10')).thenAccepted();
      assert.equal(isParty(state, party(TWENTY_SIXTH), day('2010-05-09')), false);
      assert.equal(isParty(state, party(TWENTY_SIXTH), day('2010-05-10')), true);
    });
    it('leaves the date of entry into force as it was', () => {
      const { state } = spec.when(ratify(TWENTY_SIXTH, '2010-04-10')).thenAccepted();
      assert.equal(state.entryIntoForce, '2010-03-01');
    });
  });

  describe('when laterDays is overridden to 0', () => {
    it('is in force for a later depositor on the day of its deposit', () => {
      const then = given({
        parameters: { 'entryIntoForce.instruments': 1, 'entryIntoForce.laterDays': 0 },
        acts: [sign('RU', '2010-01-10'), sign('US', '2010-01-10'), ratify('RU', '2010-02-01')],
      })
        .when(ratify('US', '2010-03-01'))
        .thenAccepted();
      assert.equal(isParty(then.state, party('US'), day('2010-03-01')), true);
    });
  });

  describe('when entryIntoForce.instruments is overridden to 3', () => {
    const spec = given({
      parameters: { 'entryIntoForce.instruments': 3 },
      acts: signAndRatify(['RU', 'US'], '2010-01-10', '2010-02-01').concat([sign('DE', '2010-01-10')]),
    });
    it('enters into force on the third instrument', () => {
      const { state } = spec.when(ratify('DE', '2010-02-05')).thenAccepted();
      assert.equal(state.entryIntoForce, '2010-02-05');
    });
  });

  describe("when 24 states have ratified and an organization's approval follows", () => {
    const setup = (countOrganizations: boolean) =>
      given({
        parameters: { 'entryIntoForce.countOrganizations': countOrganizations },
        acts: [signAndRatify(FIRST_24, '2010-01-10', '2010-02-01'), sign('EU', '2010-01-10')],
      }).when(ratify('EU', '2010-03-01'));

    it('does not enter into force when organizations do not count (the default)', () => {
      const { state } = setup(false).thenAccepted();
      assert.equal(state.entryIntoForce, null);
      assert.equal(state.countedInstruments, 24);
    });
    it('enters into force on that approval when countOrganizations is true', () => {
      const { events, state } = setup(true).thenAccepted();
      assert.deepEqual(
        events.map((e) => e.type),
        ['InstrumentDeposited', 'EnteredIntoForce'],
      );
      assert.equal(state.entryIntoForce, '2010-03-01');
      assert.equal(isParty(state, party('EU'), day('2010-03-01')), true);
    });
  });

  describe('when an organization approved before entry into force but did not count', () => {
    it('becomes a Party on the day of entry into force with the states', () => {
      const { state } = given({
        acts: [
          sign('EU', '2010-01-10'),
          ratify('EU', '2010-01-20'),
          signAndRatify(FIRST_24, '2010-01-10', '2010-02-01'),
          sign(TWENTY_FIFTH, '2010-01-10'),
        ],
      })
        .when(ratify(TWENTY_FIFTH, '2010-03-01'))
        .thenAccepted();
      assert.equal(state.entities.get(party('EU'))?.inForceFrom, '2010-03-01');
    });
  });
});

describe('when entry into force is assumed and an organization deposits before that day', () => {
  it('becomes a Party when the assumed entry into force comes', () => {
    const spec = given({
      assume: { inForce: '2010-01-01', parties: 'osce-2009' },
      acts: [sign('NATO', '2009-12-15'), ratify('NATO', '2009-12-20')],
    });
    assert.equal(isParty(spec.state, party('NATO'), day('2011-01-01')), true);
  });
});

describe('the final clauses of the NRC draft (unknown)', () => {
  describe('when a NATO-Russia Council state signs', () => {
    it('records its signature', () => {
      given({ treaty: 'nrc-2009' }).when(sign('US', '2010-01-15')).thenAccepted();
    });
  });
  describe('when a state outside the NATO-Russia Council signs', () => {
    it('refuses it as not_eligible under the final clauses', () => {
      given({ treaty: 'nrc-2009' })
        .when(sign('SE', '2010-01-15'))
        .thenRefused('not_eligible', 'NRC (final clauses)');
    });
  });
  describe('when a signatory ratifies', () => {
    it('refuses it as parameter_unset: the number of instruments is unknown', () => {
      given({ treaty: 'nrc-2009', acts: [sign('US', '2010-01-15')] })
        .when(ratify('US', '2010-02-01'))
        .thenRefused('parameter_unset', 'NRC (final clauses)');
    });
  });
});
