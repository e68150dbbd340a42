import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { answer, close, day, given, party, requestInformation, withdraw } from './testing.ts';

const IN_FORCE = { inForce: '2010-01-01', parties: 'osce-2009' } as const;

describe('requests for information (EST 3)', () => {
  describe('when a Party asks another for information', () => {
    it('opens an information request', () => {
      given({ assume: IN_FORCE })
        .when(requestInformation('GE', 'RU', '2010-07-10', { id: 'ir-a', subject: 'troops' }))
        .thenEvents({
          type: 'InformationRequested',
          on: day('2010-07-10'),
          by: party('GE'),
          to: party('RU'),
          subject: 'troops',
          procedure: 'ir-a',
        });
    });
    it('names the procedure ir-1 when no id is given', () => {
      const { events } = given({ assume: IN_FORCE })
        .when(requestInformation('GE', 'RU', '2010-07-10'))
        .thenAccepted();
      assert.equal(events[0]?.type === 'InformationRequested' && events[0].procedure, 'ir-1');
    });
    it('reports it open, addressed and unanswered', () => {
      const then = given({ assume: IN_FORCE })
        .when(requestInformation('GE', 'RU', '2010-07-10', { id: 'ir-1' }))
        .thenAccepted();
      const proc = then.outcome().procedures[0];
      assert.equal(proc?.kind, 'information-request');
      assert.equal(proc?.status, 'open');
      assert.equal(proc?.answered, null);
    });
  });

  describe('when the treaty is not in force', () => {
    it('refuses the request as not_in_force under EST 3(1)', () => {
      given()
        .when(requestInformation('GE', 'RU', '2010-07-10'))
        .thenRefused('not_in_force', 'EST 3(1)');
    });
  });

  describe('when a non-Party asks', () => {
    it('refuses it as not_a_party under EST 3(1)', () => {
      given({ assume: IN_FORCE })
        .when(requestInformation('JP', 'RU', '2010-07-10'))
        .thenRefused('not_a_party', 'EST 3(1)');
    });
  });

  describe('when the addressee is not a Party', () => {
    it('refuses it as not_a_party under EST 3(1)', () => {
      const [violation] = given({ assume: IN_FORCE })
        .when(requestInformation('GE', 'x:south-ossetia', '2010-07-10'))
        .thenRefused('not_a_party', 'EST 3(1)');
      assert.deepEqual(violation?.params, { who: 'x:south-ossetia', field: 'to' });
    });
  });

  describe('when the id is already in use', () => {
    it('refuses it as duplicate_id under EST 3(1)', () => {
      given({ assume: IN_FORCE, acts: [requestInformation('GE', 'RU', '2010-07-10', { id: 'ir-1' })] })
        .when(requestInformation('US', 'RU', '2010-07-11', { id: 'ir-1' }))
        .thenRefused('duplicate_id', 'EST 3(1)');
    });
  });

  describe('when the addressee answers', () => {
    const spec = given({
      assume: IN_FORCE,
      acts: [requestInformation('GE', 'RU', '2010-07-10', { id: 'ir-1' })],
    });
    it('records the answer', () => {
      spec.when(answer('RU', 'ir-1', '2010-07-12')).thenEvents({
        type: 'InformationAnswered',
        on: day('2010-07-12'),
        by: party('RU'),
        procedure: 'ir-1',
      });
    });
    it('closes the request on that day', () => {
      const proc = spec
        .when(answer('RU', 'ir-1', '2010-07-12'))
        .thenAccepted()
        .outcome().procedures[0];
      assert.equal(proc?.status, 'closed');
      assert.equal(proc?.answered, '2010-07-12');
      assert.equal(proc?.closed, '2010-07-12');
    });
  });

  describe('when someone other than the addressee answers', () => {
    it('refuses it as not_addressee under EST 3(2)', () => {
      given({ assume: IN_FORCE, acts: [requestInformation('GE', 'RU', '2010-07-10', { id: 'ir-1' })] })
        .when(answer('GE', 'ir-1', '2010-07-12'))
        .thenRefused('not_addressee', 'EST 3(2)');
    });
  });

  describe('when the addressee answers twice', () => {
    it('refuses the second answer as procedure_closed under EST 3(2)', () => {
      given({
        assume: IN_FORCE,
        acts: [
          requestInformation('GE', 'RU', '2010-07-10', { id: 'ir-1' }),
          answer('RU', 'ir-1', '2010-07-12'),
        ],
      })
        .when(answer('RU', 'ir-1', '2010-07-13'))
        .thenRefused('procedure_closed', 'EST 3(2)');
    });
  });

  describe('when the addressee has since left the treaty', () => {
    it('refuses its answer as not_a_party under EST 3(2)', () => {
      given({
        assume: IN_FORCE,
        parameters: { 'withdrawal.noticeDays': 1 },
        acts: [
          requestInformation('GE', 'RU', '2010-07-10', { id: 'ir-1' }),
          withdraw('RU', '2010-07-11', 'supreme interests'),
        ],
      })
        .when(answer('RU', 'ir-1', '2010-07-12'))
        .thenRefused('not_a_party', 'EST 3(2)');
    });
  });

  describe('when the Depositary closes an unanswered request', () => {
    const spec = given({
      assume: IN_FORCE,
      acts: [requestInformation('GE', 'RU', '2010-07-10', { id: 'ir-1' })],
    });
    it('closes it with no result', () => {
      spec
        .when(close('ir-1', '2010-08-01'))
        .thenEvents({ type: 'ProcedureClosed', on: day('2010-08-01'), procedure: 'ir-1', closing: null });
    });
    it('refuses a later answer as procedure_closed under EST 3(2)', () => {
      given({
        assume: IN_FORCE,
        acts: [requestInformation('GE', 'RU', '2010-07-10', { id: 'ir-1' }), close('ir-1', '2010-08-01')],
      })
        .when(answer('RU', 'ir-1', '2010-08-02'))
        .thenRefused('procedure_closed', 'EST 3(2)');
    });
    it('refuses closing it again as procedure_closed under EST 3(2)', () => {
      given({
        assume: IN_FORCE,
        acts: [requestInformation('GE', 'RU', '2010-07-10', { id: 'ir-1' }), close('ir-1', '2010-08-01')],
      })
        .when(close('ir-1', '2010-08-02'))
        .thenRefused('procedure_closed', 'EST 3(2)');
    });
  });
});
