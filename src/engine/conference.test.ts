import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { Act } from './acts.ts';
import type { Closing } from './events.ts';
import { PRESETS } from '../treaty/parties/index.ts';
import type { Setup, Then } from './testing.ts';
import {
  attend,
  close,
  day,
  each,
  given,
  object,
  party,
  proposeConference,
  proposeDecision,
  requestConsultations,
  support,
} from './testing.ts';

const IN_FORCE = { inForce: '2010-01-01', parties: 'osce-2009' } as const;

/** Consultations c-1 between US and RU, both attending, then closed. */
const CONSULTED: readonly Act[] = [
  requestConsultations('US', 'RU', '2010-03-01', { id: 'c-1' }),
  attend('US', 'c-1', '2010-03-02'),
  attend('RU', 'c-1', '2010-03-02'),
  close('c-1', '2010-03-03'),
];
/** ... and conference conf-1 proposed by US. */
const PROPOSED: readonly Act[] = [...CONSULTED, proposeConference('US', 'c-1', '2010-03-04', 'conf-1')];
/** ... and convened on RU's support. */
const CONVENED: readonly Act[] = [...PROPOSED, support('RU', 'conf-1', '2010-03-04')];

/** The first n OSCE states in alphabetical order, with US and RU (who proposed and supported) among them. */
function attendees(n: number, pool: readonly string[] = PRESETS['osce-2009']): string[] {
  const rest = pool.filter((id) => id !== 'US' && id !== 'RU');
  return ['US', 'RU', ...rest].slice(0, n);
}

const closingOf = (then: Then): Closing => {
  const e = then.events[0];
  assert.ok(e?.type === 'ProcedureClosed' && e.closing !== null, 'a closing with a result');
  return e.closing;
};

const closedWith = (setup: Setup, ...acts: readonly Act[]): Closing =>
  closingOf(
    given({ ...setup, acts: [...(setup.acts ?? []), ...acts] })
      .when(close('conf-1', '2010-04-02'))
      .thenAccepted(),
  );

describe('the Conference of the Parties (EST 6)', () => {
  describe('when a Party that attended the consultations proposes a Conference', () => {
    it('records the proposal, not yet convened (support required: 2)', () => {
      given({ assume: IN_FORCE, acts: CONSULTED })
        .when(proposeConference('US', 'c-1', '2010-03-04', 'conf-1'))
        .thenEvents({
          type: 'ConferenceProposed',
          on: day('2010-03-04'),
          by: party('US'),
          procedure: 'conf-1',
          consultations: 'c-1',
        });
    });
    it('names the procedure conf-<n> when no id is given', () => {
      const { events } = given({ assume: IN_FORCE, acts: CONSULTED })
        .when(proposeConference('US', 'c-1', '2010-03-04'))
        .thenAccepted();
      assert.equal(events[0]?.type === 'ConferenceProposed' && events[0].procedure, 'conf-2');
    });
    it('convenes it at once when conference.supportRequired is 1', () => {
      given({ assume: IN_FORCE, parameters: { 'conference.supportRequired': 1 }, acts: CONSULTED })
        .when(proposeConference('US', 'c-1', '2010-03-04', 'conf-1'))
        .thenEvents(
          {
            type: 'ConferenceProposed',
            on: day('2010-03-04'),
            by: party('US'),
            procedure: 'conf-1',
            consultations: 'c-1',
          },
          {
            type: 'ConferenceConvened',
            on: day('2010-03-04'),
            procedure: 'conf-1',
            deadline: day('2010-04-03'),
          },
        );
    });
  });

  describe('when a Party that did not attend the consultations proposes a Conference', () => {
    const attendedByUsOnly: readonly Act[] = [
      requestConsultations('US', 'RU', '2010-03-01', { id: 'c-1' }),
      attend('US', 'c-1', '2010-03-02'),
    ];
    it('refuses it as not_a_participant under EST 6(1), even if it was invited', () => {
      given({ assume: IN_FORCE, acts: [...attendedByUsOnly, close('c-1', '2010-03-03')] })
        .when(proposeConference('RU', 'c-1', '2010-03-04'))
        .thenRefused('not_a_participant', 'EST 6(1)');
    });
    it('names both faults when the consultations are still open too', () => {
      const [notAttended, open] = given({ assume: IN_FORCE, acts: attendedByUsOnly })
        .when(proposeConference('RU', 'c-1', '2010-03-04'))
        .thenViolations(['not_a_participant', 'EST 6(1)'], ['procedure_open', 'EST 6(1)']);
      assert.deepEqual(notAttended?.params, { procedure: 'c-1' });
      assert.deepEqual(open?.params, { procedure: 'c-1' });
    });
  });

  describe('when a participant proposes a Conference while the consultations are still open (EST 6(1), "afterwards")', () => {
    const held: readonly Act[] = [
      requestConsultations('US', 'RU', '2010-03-01', { id: 'c-1' }),
      each('US RU', (by) => attend(by, 'c-1', '2010-03-02')),
    ].flat();
    const open = given({ assume: IN_FORCE, acts: held });
    it('refuses it as procedure_open under EST 6(1), naming the consultations', () => {
      const [violation] = open
        .when(proposeConference('US', 'c-1', '2010-03-02', 'conf-1'))
        .thenRefused('procedure_open', 'EST 6(1)');
      assert.deepEqual(violation?.params, { procedure: 'c-1' });
    });
    it('refuses it even after their deadline has passed: only the Depositary closes them', () => {
      open
        .when(proposeConference('US', 'c-1', '2010-04-30', 'conf-1'))
        .thenRefused('procedure_open', 'EST 6(1)');
    });
    it('accepts the same proposal once the Depositary has closed them, on the same day', () => {
      given({ assume: IN_FORCE, acts: [...held, close('c-1', '2010-03-02')] })
        .when(proposeConference('US', 'c-1', '2010-03-02', 'conf-1'))
        .thenEvents({
          type: 'ConferenceProposed',
          on: day('2010-03-02'),
          by: party('US'),
          procedure: 'conf-1',
          consultations: 'c-1',
        });
    });
  });

  describe('when a non-Party proposes a Conference', () => {
    it('refuses it as not_a_party under EST 6(1)', () => {
      given({ assume: IN_FORCE, acts: CONSULTED })
        .when(proposeConference('JP', 'c-1', '2010-03-04'))
        .thenRefused('not_a_party', 'EST 6(1)');
    });
  });

  describe('when the proposed id is already in use', () => {
    it('refuses it as duplicate_id under EST 6(1)', () => {
      given({ assume: IN_FORCE, acts: CONSULTED })
        .when(proposeConference('US', 'c-1', '2010-03-04', 'c-1'))
        .thenRefused('duplicate_id', 'EST 6(1)');
    });
  });

  describe('support (EST 6(2))', () => {
    it('convenes the Conference when the supporters reach supportRequired, within conveningDays', () => {
      given({ assume: IN_FORCE, acts: PROPOSED })
        .when(support('RU', 'conf-1', '2010-03-05'))
        .thenEvents(
          { type: 'ConferenceSupported', on: day('2010-03-05'), by: party('RU'), procedure: 'conf-1' },
          {
            type: 'ConferenceConvened',
            on: day('2010-03-05'),
            procedure: 'conf-1',
            deadline: day('2010-04-04'),
          },
        );
    });
    it('does not count the proposer twice', () => {
      given({ assume: IN_FORCE, acts: PROPOSED })
        .when(support('US', 'conf-1', '2010-03-05'))
        .thenEvents({
          type: 'ConferenceSupported',
          on: day('2010-03-05'),
          by: party('US'),
          procedure: 'conf-1',
        });
    });
    it('does not convene with two supporters when supportRequired is 3', () => {
      const { events } = given({
        assume: IN_FORCE,
        parameters: { 'conference.supportRequired': 3 },
        acts: PROPOSED,
      })
        .when(support('RU', 'conf-1', '2010-03-05'))
        .thenAccepted();
      assert.deepEqual(
        events.map((e) => e.type),
        ['ConferenceSupported'],
      );
    });
    it('convenes on the third supporter when supportRequired is 3', () => {
      const { events } = given({
        assume: IN_FORCE,
        parameters: { 'conference.supportRequired': 3 },
        acts: [...PROPOSED, support('RU', 'conf-1', '2010-03-05')],
      })
        .when(support('DE', 'conf-1', '2010-03-06'))
        .thenAccepted();
      assert.deepEqual(
        events.map((e) => e.type),
        ['ConferenceSupported', 'ConferenceConvened'],
      );
    });
    it('does not convene again once convened', () => {
      const { events } = given({ assume: IN_FORCE, acts: CONVENED })
        .when(support('DE', 'conf-1', '2010-03-06'))
        .thenAccepted();
      assert.deepEqual(
        events.map((e) => e.type),
        ['ConferenceSupported'],
      );
    });
    it('refuses support from a non-Party as not_a_party under EST 6(2)', () => {
      given({ assume: IN_FORCE, acts: PROPOSED })
        .when(support('JP', 'conf-1', '2010-03-05'))
        .thenRefused('not_a_party', 'EST 6(2)');
    });
    it('refuses support for a closed Conference as procedure_closed under EST 6(2)', () => {
      given({ assume: IN_FORCE, acts: [...CONVENED, close('conf-1', '2010-03-10')] })
        .when(support('DE', 'conf-1', '2010-03-11'))
        .thenRefused('procedure_closed', 'EST 6(2)');
    });
  });

  describe('before the Conference is convened', () => {
    const spec = given({ assume: IN_FORCE, acts: PROPOSED });
    it('refuses attendance as not_convened under EST 6(2)', () => {
      spec.when(attend('DE', 'conf-1', '2010-03-05')).thenRefused('not_convened', 'EST 6(2)');
    });
    it('refuses a proposed decision as not_convened under EST 6(2)', () => {
      spec
        .when(proposeDecision('US', 'conf-1', 'd1', '2010-03-05'))
        .thenViolations(['not_convened', 'EST 6(2)'], ['not_present', 'EST 6(3)']);
    });
    it('lets the Depositary close the lapsed proposal, with no quorum to establish', () => {
      spec
        .when(close('conf-1', '2010-03-05'))
        .thenEvents({ type: 'ProcedureClosed', on: day('2010-03-05'), procedure: 'conf-1', closing: null });
    });
    it('reports the lapsed proposal as closed, never convened, with no quorum and no decisions', () => {
      const proc = spec
        .when(close('conf-1', '2010-03-05'))
        .thenAccepted()
        .outcome()
        .procedures.find((p) => p.id === 'conf-1');
      assert.equal(proc?.status, 'closed');
      assert.equal(proc?.closed, '2010-03-05');
      assert.equal(proc?.convened, null);
      assert.equal(proc?.quorum, undefined);
      assert.deepEqual(proc?.decisions, []);
    });
    it('takes no more support once the lapsed proposal is closed: procedure_closed under EST 6(2)', () => {
      given({ assume: IN_FORCE, acts: [...PROPOSED, close('conf-1', '2010-03-05')] })
        .when(support('RU', 'conf-1', '2010-03-06'))
        .thenRefused('procedure_closed', 'EST 6(2)');
    });
  });

  describe('once convened', () => {
    const sitting = given({ assume: IN_FORCE, acts: [...CONVENED, attend('US', 'conf-1', '2010-03-10')] });
    it('records a Party attending', () => {
      given({ assume: IN_FORCE, acts: CONVENED })
        .when(attend('DE', 'conf-1', '2010-03-10'))
        .thenEvents({ type: 'Attended', on: day('2010-03-10'), by: party('DE'), procedure: 'conf-1' });
    });
    it('refuses attendance by a non-Party as not_a_party under EST 6(3)', () => {
      sitting.when(attend('JP', 'conf-1', '2010-03-10')).thenRefused('not_a_party', 'EST 6(3)');
    });
    it('records a decision proposed by a Party present', () => {
      sitting
        .when(proposeDecision('US', 'conf-1', 'd1', '2010-03-11', 'Confidence-building measures'))
        .thenEvents({
          type: 'DecisionProposed',
          on: day('2010-03-11'),
          by: party('US'),
          procedure: 'conf-1',
          decision: 'd1',
          text: 'Confidence-building measures',
        });
    });
    it('refuses a decision proposed by a Party not present as not_present under EST 6(3)', () => {
      sitting
        .when(proposeDecision('DE', 'conf-1', 'd1', '2010-03-11'))
        .thenRefused('not_present', 'EST 6(3)');
    });
    it('refuses a decision id already proposed as duplicate_id under EST 6(3)', () => {
      given({
        assume: IN_FORCE,
        acts: [
          ...CONVENED,
          attend('US', 'conf-1', '2010-03-10'),
          proposeDecision('US', 'conf-1', 'd1', '2010-03-11'),
        ],
      })
        .when(proposeDecision('US', 'conf-1', 'd1', '2010-03-12'))
        .thenRefused('duplicate_id', 'EST 6(3)');
    });
  });

  describe('objections (consensus, EST 6(3))', () => {
    const withDecision = given({
      assume: IN_FORCE,
      acts: [
        ...CONVENED,
        each('US RU', (by) => attend(by, 'conf-1', '2010-03-10')),
        proposeDecision('US', 'conf-1', 'd1', '2010-03-11'),
      ],
    });
    it('records an objection by a Party present', () => {
      withDecision.when(object('RU', 'conf-1', '2010-03-12', 'd1')).thenEvents({
        type: 'DecisionObjected',
        on: day('2010-03-12'),
        by: party('RU'),
        procedure: 'conf-1',
        decision: 'd1',
      });
    });
    it('refuses an objection by a Party not present as not_present under EST 6(3)', () => {
      withDecision.when(object('DE', 'conf-1', '2010-03-12', 'd1')).thenRefused('not_present', 'EST 6(3)');
    });
    it('refuses an objection to an unknown decision as unknown_decision under EST 6(3)', () => {
      withDecision
        .when(object('RU', 'conf-1', '2010-03-12', 'd9'))
        .thenRefused('unknown_decision', 'EST 6(3)');
    });
    it('refuses an objection that names no decision as unknown_decision under EST 6(3)', () => {
      withDecision.when(object('RU', 'conf-1', '2010-03-12')).thenRefused('unknown_decision', 'EST 6(3)');
    });
    it('refuses an objection by a non-Party as not_a_party under EST 6(3)', () => {
      withDecision.when(object('JP', 'conf-1', '2010-03-12', 'd1')).thenRefused('not_a_party', 'EST 6(3)');
    });
    it('refuses an objection after the close as procedure_closed under EST 6(3)', () => {
      given({
        assume: IN_FORCE,
        acts: [
          ...CONVENED,
          attend('RU', 'conf-1', '2010-03-10'),
          proposeDecision('RU', 'conf-1', 'd1', '2010-03-11'),
          close('conf-1', '2010-03-12'),
        ],
      })
        .when(object('RU', 'conf-1', '2010-03-13', 'd1'))
        .thenRefused('procedure_closed', 'EST 6(3)');
    });
  });

  describe('quorum: two thirds of all Parties, as an exact fraction', () => {
    const setup: Setup = { assume: IN_FORCE, acts: CONVENED };
    describe('when 38 of 56 Parties attend', () => {
      it('is met, with 38 required', () => {
        const closing = closedWith(setup, ...each(attendees(38), (by) => attend(by, 'conf-1', '2010-04-01')));
        assert.equal(closing.parties, 56);
        assert.deepEqual(closing.quorum, { required: 38, present: 38, met: true });
      });
    });
    describe('when 37 of 56 Parties attend', () => {
      it('is not met', () => {
        const closing = closedWith(setup, ...each(attendees(37), (by) => attend(by, 'conf-1', '2010-04-01')));
        assert.deepEqual(closing.quorum, { required: 38, present: 37, met: false });
      });
    });
    describe('when the five organizations are Parties too (61)', () => {
      const orgs: Setup = { assume: { inForce: '2010-01-01', parties: 'osce-2009+orgs' }, acts: CONVENED };
      const pool = PRESETS['osce-2009+orgs'];
      it('requires 41, and 41 attending meet it', () => {
        const closing = closedWith(
          orgs,
          ...each(attendees(41, pool), (by) => attend(by, 'conf-1', '2010-04-01')),
        );
        assert.equal(closing.parties, 61);
        assert.deepEqual(closing.quorum, { required: 41, present: 41, met: true });
      });
      it('counts neither organizations nor their attendance when organizations.voteWeight is 0', () => {
        const zero: Setup = { ...orgs, parameters: { 'organizations.voteWeight': 0 } };
        const closing = closedWith(
          zero,
          ...each(['US', 'RU', 'EU', 'NATO', 'OSCE'], (by) => attend(by, 'conf-1', '2010-04-01')),
        );
        assert.equal(closing.parties, 56);
        assert.deepEqual(closing.quorum, { required: 38, present: 2, met: false });
      });
    });
  });

  describe('decisions at the close', () => {
    const base = [
      ...CONVENED,
      ...each(attendees(38), (by) => attend(by, 'conf-1', '2010-04-01')),
      proposeDecision('US', 'conf-1', 'd1', '2010-04-01'),
    ];
    it('adopts a decision nobody objected to when the quorum is met', () => {
      const closing = closedWith({ assume: IN_FORCE, acts: base });
      assert.deepEqual(closing.decisions['d1'], {
        adopted: true,
        blockedBy: [],
        taken: day('2010-04-01'),
        parties: 56,
        quorum: { required: 38, present: 38, met: true },
      });
    });
    it('defeats a decision a present Party objected to, naming the objector', () => {
      const closing = closedWith({
        assume: IN_FORCE,
        acts: [...base, object('RU', 'conf-1', '2010-04-01', 'd1')],
      });
      assert.deepEqual(closing.decisions['d1'], {
        adopted: false,
        blockedBy: ['RU'],
        taken: day('2010-04-01'),
        parties: 56,
        quorum: { required: 38, present: 38, met: true },
      });
    });
    it('adopts nothing when the quorum is not met', () => {
      const closing = closedWith({
        assume: IN_FORCE,
        acts: [
          ...CONVENED,
          attend('US', 'conf-1', '2010-04-01'),
          proposeDecision('US', 'conf-1', 'd1', '2010-04-01'),
        ],
      });
      assert.deepEqual(closing.decisions['d1'], {
        adopted: false,
        blockedBy: [],
        taken: day('2010-04-01'),
        parties: 56,
        quorum: { required: 38, present: 1, met: false },
      });
    });
    it('reports the decision as adopted in the outcome once closed', () => {
      const then = given({ assume: IN_FORCE, acts: base }).when(close('conf-1', '2010-04-02')).thenAccepted();
      const proc = then.outcome().procedures.find((p) => p.id === 'conf-1');
      assert.equal(proc?.status, 'closed');
      assert.equal(proc?.decisions?.[0]?.adopted, true);
    });
  });

  describe('when the Depositary closes a closed Conference', () => {
    it('refuses it as procedure_closed under EST 6(3)', () => {
      given({ assume: IN_FORCE, acts: [...CONVENED, close('conf-1', '2010-04-02')] })
        .when(close('conf-1', '2010-04-03'))
        .thenRefused('procedure_closed', 'EST 6(3)');
    });
  });
});
