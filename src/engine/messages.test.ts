import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { PARAMETERS } from '../treaty/parameters/index.ts';
import type { Act } from './acts.ts';
import { describeViolation } from './messages.ts';
import { attend, close, given, proposeConference, requestConsultations, withdraw } from './testing.ts';

const ALL = { inForce: '2010-01-01', parties: 'osce-2009+orgs' } as const;

describe('the words of a refusal', () => {
  describe('when a Party that did not attend the consultations proposes a Conference', () => {
    const CONSULTED: readonly Act[] = [
      requestConsultations('US', 'RU', '2011-01-01', { id: 'c-1' }),
      attend('US', 'c-1', '2011-01-02'),
      close('c-1', '2011-01-03'),
    ];
    const refusal = () =>
      given({ assume: ALL, acts: CONSULTED })
        .when(proposeConference('RU', 'c-1', '2011-01-03'))
        .thenRefused('not_a_participant', 'EST 6(1)')[0];
    it('says that it did not attend them (being invited is not enough)', () => {
      const violation = refusal();
      assert.ok(violation);
      assert.equal(describeViolation(violation), 'did not attend c-1, so it cannot propose a Conference');
    });
    it('says so in Russian too', () => {
      const violation = refusal();
      assert.ok(violation);
      assert.equal(
        describeViolation(violation, 'ru'),
        'не присутствовал на c-1 и не может предлагать Конференцию',
      );
    });
  });

  describe('when the consultations are still open', () => {
    it('names them, and says that the proposal comes after them', () => {
      const [violation] = given({
        assume: ALL,
        acts: [
          requestConsultations('US', 'RU', '2011-01-01', { id: 'c-1' }),
          attend('US', 'c-1', '2011-01-02'),
        ],
      })
        .when(proposeConference('US', 'c-1', '2011-01-03'))
        .thenRefused('procedure_open', 'EST 6(1)');
      assert.ok(violation);
      assert.equal(describeViolation(violation), 'c-1 has not been closed yet; this comes after it');
    });
  });

  describe('parameter_unset', () => {
    const unset = (parameter: string) => ({
      code: 'parameter_unset' as const,
      cite: 'est.4',
      params: { parameter },
    });
    it('says the text leaves a blank parameter blank', () => {
      assert.equal(PARAMETERS['withdrawal.noticeDays'].basis, 'blank');
      const [violation] = given({ assume: ALL, parameters: { 'withdrawal.noticeDays': null } })
        .when(withdraw('RU', '2010-02-01', 'reasons'))
        .thenRefused('parameter_unset', 'EST 13');
      assert.ok(violation);
      assert.equal(
        describeViolation(violation),
        'the text leaves withdrawal.noticeDays blank and no value was given',
      );
      assert.equal(
        describeViolation(violation, 'ru'),
        'текст оставляет withdrawal.noticeDays незаполненным, а значение не задано',
      );
    });
    it('does not say so of a figure the text states: it has no value in this run', () => {
      assert.equal(PARAMETERS['extraordinary.quorum'].basis, 'text');
      assert.equal(
        describeViolation(unset('extraordinary.quorum')),
        'extraordinary.quorum has no value in this run',
      );
      assert.equal(
        describeViolation(unset('extraordinary.quorum'), 'ru'),
        'у параметра extraordinary.quorum в этом прогоне нет значения',
      );
    });
    it('does not say so of a contested reading either', () => {
      assert.equal(PARAMETERS['assistance.reportNonMilitary'].basis, 'reading');
      assert.equal(
        describeViolation(unset('assistance.reportNonMilitary')),
        'assistance.reportNonMilitary has no value in this run',
      );
    });
    it('uses the neutral words for an id that is no parameter', () => {
      assert.equal(
        describeViolation(unset('no.such.parameter')),
        'no.such.parameter has no value in this run',
      );
    });
  });
});
