import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  assist,
  close,
  given,
  notifyAttack,
  object,
  party,
  proposeDecision,
  reportToUnsc,
  requestConsultations,
  theFinding,
  unscMeasures,
  day,
  parties,
} from './testing.ts';

/** The 28 Allies of March 2014. */
const NATO = {
  treaty: 'nat-1949',
  assume: { inForce: '2014-01-01', parties: 'nato-on:2014-03-01' },
} as const;
const ATTACKED = [notifyAttack('EE', 'RU', '2014-09-01', { id: 'n-1' })];

describe('the North Atlantic Treaty (NAT 4, 5, 9)', () => {
  describe('when an Ally asks for consultations under Article 4', () => {
    it('seizes the North Atlantic Council, where every Ally sits, to meet by the next day', () => {
      given(NATO)
        .when(requestConsultations('PL', 'LT', '2014-03-03', { id: 'a4', subject: 'Ukraine' }))
        .thenEvents({
          type: 'CouncilSeized',
          on: day('2014-03-03'),
          by: party('PL'),
          procedure: 'a4',
          body: 'nac',
          matter: 'consultation',
          subject: 'Ukraine',
          victim: null,
          attacker: null,
          concerned: parties('PL LT'),
          members: given(NATO)
            .outcome('2014-03-03')
            .parties.map((p) => p.id),
          permanent: [],
          excluded: [],
          rule: 'consensus',
          deadline: day('2014-03-04'),
        });
    });
    it('refuses a state that is not an Ally', () => {
      given(NATO)
        .when(requestConsultations('UA', 'RU', '2014-03-03'))
        .thenRefused('not_a_party', 'NAT 4');
    });
  });

  describe('when a state that is not an Ally notifies an armed attack', () => {
    it('is refused: Article 5 covers only an attack on a Party', () => {
      given(NATO)
        .when(notifyAttack('GE', 'RU', '2014-09-01'))
        .thenRefused('not_a_party', 'NAT 5(1)');
    });
  });

  describe('when an Ally is attacked', () => {
    it('lets one Ally defeat a decision by objecting (consensus, NAT 9)', () => {
      const then = given({
        ...NATO,
        acts: [
          ...ATTACKED,
          proposeDecision('EE', 'n-1', 'response', '2014-09-01'),
          object('HU', 'n-1', '2014-09-02', 'response'),
        ],
      })
        .when(close('n-1', '2014-09-03'))
        .thenAccepted();
      const p = then.outcome().procedures.find((x) => x.id === 'n-1');
      assert.deepEqual(p?.decisions?.[0]?.blockedBy, ['HU']);
      assert.equal(p?.decisions?.[0]?.adopted, false);
    });
    it('adopts a decision nobody objects to, whoever attended', () => {
      const then = given({
        ...NATO,
        acts: [...ATTACKED, proposeDecision('EE', 'n-1', 'response', '2014-09-01')],
      })
        .when(close('n-1', '2014-09-03'))
        .thenAccepted();
      assert.equal(then.outcome().procedures.find((x) => x.id === 'n-1')?.decisions?.[0]?.adopted, true);
    });
    it('lets each Ally assist at once, with no decision and no consent', () => {
      given({ ...NATO, acts: ATTACKED })
        .when(assist('US', 'n-1', 'EE', '2014-09-02'))
        .thenAccepted();
    });
    it('refuses help addressed to another state than the victim', () => {
      given({ ...NATO, acts: ATTACKED })
        .when(assist('US', 'n-1', 'LV', '2014-09-02'))
        .thenRefused('not_the_victim', 'NAT 5(1)');
    });
    it('ends the right to assist once the Security Council has acted (NAT 5(2))', () => {
      given({ ...NATO, acts: [...ATTACKED, unscMeasures('n-1', '2014-09-05')] })
        .when(assist('US', 'n-1', 'EE', '2014-09-06'))
        .thenRefused('unsc_measures_taken', 'NAT 5(2)');
    });
    it('finds military help not reported to the Security Council the same day (NAT 5(2))', () => {
      const then = given({ ...NATO, acts: ATTACKED })
        .when(assist('PL', 'n-1', 'EE', '2014-09-02'))
        .thenAccepted();
      assert.equal(theFinding(then.findings('2014-09-03'), 'unreported_assistance', 'PL').cite, 'NAT 5(2)');
      const reported = given({ ...NATO, acts: [...ATTACKED, assist('PL', 'n-1', 'EE', '2014-09-02')] })
        .when(reportToUnsc('PL', 'n-1', '2014-09-02'))
        .thenAccepted();
      assert.deepEqual(reported.findings('2014-09-03'), []);
    });
    it('refuses an objection by a state outside the Alliance', () => {
      given({ ...NATO, acts: [...ATTACKED, proposeDecision('EE', 'n-1', 'response', '2014-09-01')] })
        .when(object('SE', 'n-1', '2014-09-02', 'response'))
        .thenRefused('not_a_party', 'NAT 9');
    });
  });

  describe('when an Ally is only threatened', () => {
    it('opens consultations but allows no assistance under Article 5', () => {
      given({
        ...NATO,
        acts: [notifyAttack('TR', 'x:armed-group', '2014-09-01', { id: 'n-2', kind: 'threat' })],
      })
        .when(assist('DE', 'n-2', 'TR', '2014-09-02'))
        .thenRefused('no_armed_attack', 'NAT 5(1)');
    });
  });

  it('keeps an attacking Ally in the Council: nothing leaves its objection out', () => {
    const then = given({
      ...NATO,
      acts: [
        notifyAttack('GR', 'TR', '2014-09-01', { id: 'n-3' }),
        proposeDecision('GR', 'n-3', 'ceasefire', '2014-09-01'),
      ],
    })
      .when(object('TR', 'n-3', '2014-09-02', 'ceasefire'))
      .thenAccepted();
    const p = then.state.procedures.get('n-3');
    assert.ok(p?.kind === 'council');
    assert.deepEqual(p.excluded, []);
  });
});
