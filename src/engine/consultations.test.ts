import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { attend, close, day, given, join, parties, party, requestConsultations } from './testing.ts';

const IN_FORCE = { inForce: '2010-01-01', parties: 'osce-2009' } as const;
const OPEN = { assume: IN_FORCE, acts: [requestConsultations('US', 'RU', '2010-03-01', { id: 'c-1' })] };

describe('consultations (EST 5)', () => {
  describe('when a Party requests consultations with the Parties it considers interested', () => {
    it('opens them, to be held within consultations.deadlineDays (10)', () => {
      given({ assume: IN_FORCE })
        .when(requestConsultations('US', 'RU PL', '2010-03-01', { id: 'c-1', subject: 'missile defence' }))
        .thenEvents({
          type: 'ConsultationsRequested',
          on: day('2010-03-01'),
          by: party('US'),
          procedure: 'c-1',
          with: parties('RU PL'),
          subject: 'missile defence',
          date: null,
          deadline: day('2010-03-11'),
        });
    });
    it('names the procedure c-1 when no id is given', () => {
      const { events } = given({ assume: IN_FORCE })
        .when(requestConsultations('US', 'RU', '2010-03-01'))
        .thenAccepted();
      assert.equal(events[0]?.type === 'ConsultationsRequested' && events[0].procedure, 'c-1');
    });
    it('takes a later date the request names as the deadline', () => {
      const { events } = given({ assume: IN_FORCE })
        .when(requestConsultations('US', 'RU', '2010-03-01', { date: '2010-04-15' }))
        .thenAccepted();
      const e = events[0];
      assert.ok(e?.type === 'ConsultationsRequested');
      assert.equal(e.date, '2010-04-15');
      assert.equal(e.deadline, '2010-04-15');
    });
    it('keeps the deadline of the text when the request names an earlier date', () => {
      const { events } = given({ assume: IN_FORCE })
        .when(requestConsultations('US', 'RU', '2010-03-01', { date: '2010-03-05' }))
        .thenAccepted();
      assert.equal(events[0]?.type === 'ConsultationsRequested' && events[0].deadline, '2010-03-11');
    });
  });

  describe('when the treaty is not in force', () => {
    it('refuses the request as not_in_force under EST 5(1)', () => {
      given()
        .when(requestConsultations('US', 'RU', '2010-03-01'))
        .thenRefused('not_in_force', 'EST 5(1)');
    });
  });

  describe('when a non-Party requests consultations', () => {
    it('refuses it as not_a_party under EST 5(1)', () => {
      given({ assume: IN_FORCE })
        .when(requestConsultations('JP', 'RU', '2010-03-01'))
        .thenRefused('not_a_party', 'EST 5(1)');
    });
  });

  describe('when an invitee is not a Party', () => {
    it('refuses it as not_a_party under EST 5(1)', () => {
      given({ assume: IN_FORCE })
        .when(requestConsultations('US', 'RU JP', '2010-03-01'))
        .thenRefused('not_a_party', 'EST 5(1)');
    });
  });

  describe('when the id is already in use', () => {
    it('refuses it as duplicate_id under EST 5(1)', () => {
      given(OPEN)
        .when(requestConsultations('DE', 'RU', '2010-03-02', { id: 'c-1' }))
        .thenRefused('duplicate_id', 'EST 5(1)');
    });
  });

  describe('when a Party that was not invited joins', () => {
    it('lets it join when consultations.uninvitedMayJoin is true (the default)', () => {
      given(OPEN)
        .when(join('PL', 'c-1', '2010-03-02'))
        .thenEvents({
          type: 'ConsultationsJoined',
          on: day('2010-03-02'),
          by: party('PL'),
          procedure: 'c-1',
        });
    });
    it('refuses it as not_invited under EST 5(2) when uninvitedMayJoin is false', () => {
      given({ ...OPEN, parameters: { 'consultations.uninvitedMayJoin': false } })
        .when(join('PL', 'c-1', '2010-03-02'))
        .thenRefused('not_invited', 'EST 5(2)');
    });
  });

  describe('when an invited Party joins while uninvitedMayJoin is false', () => {
    it('accepts it, with no event: an invitee is in already', () => {
      given({ ...OPEN, parameters: { 'consultations.uninvitedMayJoin': false } })
        .when(join('RU', 'c-1', '2010-03-02'))
        .thenEvents();
    });
  });

  describe('when a Party that already takes part joins (EST 5(2))', () => {
    it('accepts an invitee joining but records nothing', () => {
      const then = given(OPEN)
        .when(join('RU', 'c-1', '2010-03-02'))
        .thenEvents();
      assert.deepEqual(then.outcome().procedures[0]?.joined, []);
    });
    it('accepts the requester joining its own consultations but records nothing', () => {
      given(OPEN)
        .when(join('US', 'c-1', '2010-03-02'))
        .thenEvents();
    });
    it('accepts a Party that joined joining again but records nothing more', () => {
      const then = given({ ...OPEN, acts: [...OPEN.acts, join('PL', 'c-1', '2010-03-02')] })
        .when(join('PL', 'c-1', '2010-03-03'))
        .thenEvents();
      assert.deepEqual(then.outcome().procedures[0]?.joined, ['PL']);
    });
    it('still refuses an invitee joining closed consultations as procedure_closed under EST 5(2)', () => {
      given({ ...OPEN, acts: [...OPEN.acts, close('c-1', '2010-03-05')] })
        .when(join('RU', 'c-1', '2010-03-06'))
        .thenRefused('procedure_closed', 'EST 5(2)');
    });
  });

  describe('when a non-Party joins', () => {
    it('refuses it as not_a_party under EST 5(2)', () => {
      given(OPEN)
        .when(join('JP', 'c-1', '2010-03-02'))
        .thenRefused('not_a_party', 'EST 5(2)');
    });
  });

  describe('when a Party joins closed consultations', () => {
    it('refuses it as procedure_closed under EST 5(2)', () => {
      given({ ...OPEN, acts: [...OPEN.acts, close('c-1', '2010-03-05')] })
        .when(join('PL', 'c-1', '2010-03-06'))
        .thenRefused('procedure_closed', 'EST 5(2)');
    });
  });

  describe('when participants attend', () => {
    it('records the requester attending', () => {
      given(OPEN)
        .when(attend('US', 'c-1', '2010-03-02'))
        .thenEvents({ type: 'Attended', on: day('2010-03-02'), by: party('US'), procedure: 'c-1' });
    });
    it('records an invitee attending', () => {
      given(OPEN)
        .when(attend('RU', 'c-1', '2010-03-02'))
        .thenAccepted();
    });
    it('records a Party that joined attending', () => {
      given({ ...OPEN, acts: [...OPEN.acts, join('PL', 'c-1', '2010-03-02')] })
        .when(attend('PL', 'c-1', '2010-03-03'))
        .thenAccepted();
    });
    it('lists the attendees in the outcome', () => {
      const spec = given({
        ...OPEN,
        acts: [...OPEN.acts, attend('US', 'c-1', '2010-03-02'), attend('RU', 'c-1', '2010-03-02')],
      });
      assert.deepEqual(spec.outcome().procedures[0]?.attended, ['RU', 'US']);
    });
  });

  describe('when a Party that neither was invited nor joined attends', () => {
    it('refuses it as not_invited under EST 5(2)', () => {
      given(OPEN)
        .when(attend('PL', 'c-1', '2010-03-02'))
        .thenRefused('not_invited', 'EST 5(2)');
    });
  });

  describe('when a non-Party attends', () => {
    it('refuses it as not_a_party under EST 5(1)', () => {
      given(OPEN)
        .when(attend('JP', 'c-1', '2010-03-02'))
        .thenRefused('not_a_party', 'EST 5(1)');
    });
  });

  describe('when a participant attends closed consultations', () => {
    it('refuses it as procedure_closed under EST 5(1)', () => {
      given({ ...OPEN, acts: [...OPEN.acts, close('c-1', '2010-03-05')] })
        .when(attend('US', 'c-1', '2010-03-06'))
        .thenRefused('procedure_closed', 'EST 5(1)');
    });
  });

  describe('when the Depositary closes consultations', () => {
    it('closes them with no result', () => {
      given(OPEN)
        .when(close('c-1', '2010-03-05'))
        .thenEvents({ type: 'ProcedureClosed', on: day('2010-03-05'), procedure: 'c-1', closing: null });
    });
    it('refuses closing them again as procedure_closed under EST 5(1)', () => {
      given({ ...OPEN, acts: [...OPEN.acts, close('c-1', '2010-03-05')] })
        .when(close('c-1', '2010-03-06'))
        .thenRefused('procedure_closed', 'EST 5(1)');
    });
  });
});
