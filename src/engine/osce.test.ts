import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { Act } from './acts.ts';
import type { Overrides } from './testing.ts';
import { close, given, notifyAttack, object, proposeDecision, requestConsultations } from './testing.ts';

const OSCE = {
  treaty: 'osce-1992',
  assume: { inForce: '2014-01-01', parties: 'osce-on:2014-03-01' },
} as const;
const ATTACKED: readonly Act[] = [
  notifyAttack('UA', 'RU', '2014-08-28', { id: 'pc-1' }),
  proposeDecision('UA', 'pc-1', 'withdraw', '2014-08-29'),
];

function outcome(parameters: Overrides, acts: readonly Act[]) {
  const then = given({ ...OSCE, parameters, acts })
    .when(close('pc-1', '2014-09-05'))
    .thenAccepted();
  const p = then.outcome().procedures.find((x) => x.id === 'pc-1');
  assert.ok(p);
  return p;
}

describe('the OSCE Permanent Council', () => {
  it('seats the 57 participating States of 2014 and meets within a week', () => {
    const p = outcome({}, ATTACKED);
    assert.equal(p.members?.length, 57);
    assert.equal(p.deadline, '2014-09-04');
    assert.equal(p.rule, 'consensus');
  });

  describe('under consensus (Helsinki 1973, 69)', () => {
    it('lets any participating State block, the attacker included', () => {
      const p = outcome({}, [...ATTACKED, object('RU', 'pc-1', '2014-08-29', 'withdraw')]);
      assert.deepEqual(p.decisions?.[0]?.blockedBy, ['RU']);
      assert.equal(p.decisions?.[0]?.adopted, false);
    });
    it('adopts a decision nobody objects to', () => {
      assert.equal(outcome({}, ATTACKED).decisions?.[0]?.adopted, true);
    });
    it('refuses the objection of a state that does not participate', () => {
      given({ ...OSCE, acts: ATTACKED })
        .when(object('JP', 'pc-1', '2014-08-29', 'withdraw'))
        .thenRefused('not_a_party', 'OSCE Helsinki 1973, 69');
    });
  });

  describe('under consensus minus one (Prague 1992, 16; osce.minusOne true)', () => {
    it('refuses the objection of the State named as attacker', () => {
      given({ ...OSCE, parameters: { 'osce.minusOne': true }, acts: ATTACKED })
        .when(object('RU', 'pc-1', '2014-08-29', 'withdraw'))
        .thenRefused('vote_excluded', 'OSCE Prague 1992, 16');
    });
    it('still lets any other participating State block', () => {
      const p = outcome({ 'osce.minusOne': true }, [
        ...ATTACKED,
        object('BY', 'pc-1', '2014-08-29', 'withdraw'),
      ]);
      assert.deepEqual(p.excluded, ['RU']);
      assert.deepEqual(p.decisions?.[0]?.blockedBy, ['BY']);
    });
    it('leaves nobody out when a situation is raised without naming an attacker', () => {
      const then = given({ ...OSCE, parameters: { 'osce.minusOne': true } })
        .when(requestConsultations('UA', 'RU', '2014-03-03', { id: 'pc-2' }))
        .thenAccepted();
      const p = then.state.procedures.get('pc-2');
      assert.ok(p?.kind === 'council');
      assert.deepEqual(p.excluded, []);
      assert.equal(p.rule, 'consensus');
    });
  });
});
