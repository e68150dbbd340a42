import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { Act, ActOf } from './acts.ts';
import { entityId } from '../treaty/entities.ts';
import { describeViolation } from './messages.ts';
import {
  assist,
  consentAssistance,
  day,
  given,
  notifyAttack,
  parties,
  party,
  reportToUnsc,
  theFinding,
  unscMeasures,
} from './testing.ts';

const ALL = { inForce: '2010-01-01', parties: 'osce-2009+orgs' } as const;
const ATTACKED: readonly Act[] = [notifyAttack('GE', 'RU', '2011-08-08', { id: 'xc-1' })];
const CONSENTED: readonly Act[] = [...ATTACKED, consentAssistance('GE', 'US PL', '2011-08-08')];
/** US assists GE on 2011-08-09. */
const ASSISTED: readonly Act[] = [...CONSENTED, assist('US', 'xc-1', 'GE', '2011-08-09')];

describe('assistance to the victim of an attack (EST 7(2))', () => {
  describe('consent', () => {
    it("records the victim's consent to assistance from named Parties", () => {
      given({ assume: ALL, acts: ATTACKED })
        .when(consentAssistance('GE', 'US PL', '2011-08-08'))
        .thenEvents({
          type: 'AssistanceConsented',
          on: day('2011-08-08'),
          by: party('GE'),
          to: parties('US PL'),
        });
    });
    it('refuses consent before entry into force as not_in_force under EST 7(2)', () => {
      given()
        .when(consentAssistance('GE', 'US', '2011-08-08'))
        .thenRefused('not_in_force', 'EST 7(2)');
    });
    it('refuses consent by a non-Party as not_a_party under EST 7(2)', () => {
      given({ assume: ALL })
        .when(consentAssistance('JP', 'US', '2011-08-08'))
        .thenRefused('not_a_party', 'EST 7(2)');
    });
    it('refuses consent to a non-Party as not_a_party under EST 7(2)', () => {
      given({ assume: ALL })
        .when(consentAssistance('GE', 'US JP', '2011-08-08'))
        .thenRefused('not_a_party', 'EST 7(2)');
    });
  });

  describe('when a Party the victim consented to assists it', () => {
    it('records the assistance', () => {
      given({ assume: ALL, acts: CONSENTED })
        .when(assist('US', 'xc-1', 'GE', '2011-08-09'))
        .thenEvents({
          type: 'AssistanceGiven',
          on: day('2011-08-09'),
          by: party('US'),
          procedure: 'xc-1',
          to: party('GE'),
          military: true,
        });
    });
    it('accepts consent given before the attack', () => {
      given({ assume: ALL, acts: [consentAssistance('GE', 'US', '2011-01-01'), ...ATTACKED] })
        .when(assist('US', 'xc-1', 'GE', '2011-08-09'))
        .thenAccepted();
    });
  });

  describe('when a Party assists without the consent of the victim', () => {
    it('refuses it as consent_required under EST 7(2)', () => {
      given({ assume: ALL, acts: ATTACKED })
        .when(assist('US', 'xc-1', 'GE', '2011-08-09'))
        .thenRefused('consent_required', 'EST 7(2)');
    });
    it('refuses it when the victim consented to others only', () => {
      given({ assume: ALL, acts: CONSENTED })
        .when(assist('FR', 'xc-1', 'GE', '2011-08-09', false))
        .thenRefused('consent_required', 'EST 7(2)');
    });
  });

  describe('when a Party assists someone other than the victim', () => {
    it('refuses it as not_the_victim under EST 7(2)', () => {
      given({ assume: ALL, acts: CONSENTED })
        .when(assist('US', 'xc-1', 'PL', '2011-08-09'))
        .thenRefused('not_the_victim', 'EST 7(2)');
    });
  });

  // EST 7(2): the right to assist is one of self-defence under Article 51 of the UN Charter, which
  // belongs to states. An organization that is a Party neither assists in that sense nor is the
  // attacked Party; `assistance.organizations` (default false) is the reading that lets it.
  describe('when an organization that is a Party would assist or be assisted', () => {
    it('refuses NATO as an assister the victim consents to, as not_a_state under EST 7(2)', () => {
      given({ assume: ALL, acts: ATTACKED })
        .when(consentAssistance('GE', 'US NATO', '2011-08-08'))
        .thenRefused('not_a_state', 'EST 7(2)');
    });
    it('refuses NATO assisting, even with consent given under the other reading', () => {
      const consented = [...ATTACKED, consentAssistance('GE', 'NATO', '2011-08-08')];
      given({ assume: ALL, acts: consented, parameters: { 'assistance.organizations': true } })
        .when(assist('NATO', 'xc-1', 'GE', '2011-08-09'))
        .thenAccepted();
      given({ assume: ALL, acts: CONSENTED })
        .when(assist('NATO', 'xc-1', 'GE', '2011-08-09'))
        .thenRefused('not_a_state', 'EST 7(2)');
    });
    it('refuses an organization as the attacked Party that consents, and assistance to it', () => {
      const orgAttacked = [notifyAttack('EU', 'RU', '2011-08-08', { id: 'xc-eu' })];
      given({ assume: ALL, acts: orgAttacked })
        .when(consentAssistance('EU', 'US', '2011-08-08'))
        .thenRefused('not_a_state', 'EST 7(2)');
      given({
        assume: ALL,
        acts: [...orgAttacked, consentAssistance('EU', 'US', '2011-08-08')],
        parameters: { 'assistance.organizations': true },
      })
        .when(assist('US', 'xc-eu', 'EU', '2011-08-09'))
        .thenAccepted();
    });
  });

  describe('when a non-Party assists', () => {
    it('refuses it as not_a_party under EST 7(2)', () => {
      given({ assume: ALL, acts: CONSENTED })
        .when(assist('JP', 'xc-1', 'GE', '2011-08-09'))
        .thenRefused('not_a_party', 'EST 7(2)');
    });
  });

  describe('the Security Council', () => {
    it('records its measures', () => {
      given({ assume: ALL, acts: ATTACKED })
        .when(unscMeasures('xc-1', '2011-08-12'))
        .thenEvents({ type: 'SecurityCouncilActed', on: day('2011-08-12'), procedure: 'xc-1' });
    });
    it('ends the right to assist from the day it takes measures: unsc_measures_taken under EST 7(2)', () => {
      given({ assume: ALL, acts: [...CONSENTED, unscMeasures('xc-1', '2011-08-12')] })
        .when(assist('US', 'xc-1', 'GE', '2011-08-12'))
        .thenRefused('unsc_measures_taken', 'EST 7(2)');
    });
    it('keeps the date of its first measures', () => {
      const then = given({ assume: ALL, acts: [...ATTACKED, unscMeasures('xc-1', '2011-08-12')] })
        .when(unscMeasures('xc-1', '2011-08-20'))
        .thenAccepted();
      const proc = then.state.procedures.get('xc-1');
      assert.equal(proc?.kind === 'extraordinary-conference' && proc.unscMeasures, '2011-08-12');
    });
    it('is the only one that can record measures of the Security Council', () => {
      // The act's type admits no other actor: a state filing it does not compile.
      const byAState: ActOf<'unsc-measures'> = {
        act: 'unsc-measures',
        // @ts-expect-error: only the Security Council takes measures
        by: entityId('RU'),
        procedure: 'xc-1',
        on: day('2011-08-09'),
      };
      assert.equal(byAState.act, 'unsc-measures');
    });
  });

  describe('reports to the Security Council', () => {
    it('records a report', () => {
      given({ assume: ALL, acts: ASSISTED })
        .when(reportToUnsc('US', 'xc-1', '2011-08-09'))
        .thenEvents({
          type: 'ReportedToSecurityCouncil',
          on: day('2011-08-09'),
          by: party('US'),
          procedure: 'xc-1',
        });
    });
    it('refuses a report by a non-Party as not_a_party under EST 7(2)', () => {
      given({ assume: ALL, acts: ASSISTED })
        .when(reportToUnsc('JP', 'xc-1', '2011-08-09'))
        .thenRefused('not_a_party', 'EST 7(2)');
    });
  });

  describe('assistance not reported "immediately" (assistance.reportDays 0)', () => {
    const spec = given({ assume: ALL, acts: ASSISTED });
    it('is no finding on the day of the assistance', () => {
      assert.deepEqual(spec.findings('2011-08-09'), []);
    });
    it('is an unreported_assistance finding under EST 7(2), dated the day after the deadline', () => {
      const f = theFinding(spec.findings('2011-08-10'), 'unreported_assistance');
      assert.deepEqual(f, {
        code: 'unreported_assistance',
        cite: 'EST 7(2)',
        parties: ['US'],
        on: '2011-08-10',
        procedure: 'xc-1',
        assisted: 'GE',
        due: '2011-08-09',
      });
    });
    it('is still one finding, with the same date, a year later', () => {
      const findings = spec.findings('2012-08-10');
      assert.equal(findings.length, 1);
      assert.equal(findings[0]?.on, '2011-08-10');
    });
    it('is no finding when the assisting Party reports the same day', () => {
      const then = spec.when(reportToUnsc('US', 'xc-1', '2011-08-09')).thenAccepted();
      assert.deepEqual(then.findings('2012-01-01'), []);
    });
    it('is still a finding when the report comes a day late', () => {
      const then = spec.when(reportToUnsc('US', 'xc-1', '2011-08-10')).thenAccepted();
      assert.equal(theFinding(then.findings('2011-08-10'), 'unreported_assistance').on, '2011-08-10');
    });
    it('is still a finding when another Party reports instead', () => {
      const then = spec.when(reportToUnsc('PL', 'xc-1', '2011-08-09')).thenAccepted();
      assert.equal(theFinding(then.findings('2011-08-10'), 'unreported_assistance').parties[0], 'US');
    });
  });

  describe('when assistance.reportDays is 3', () => {
    const spec = given({ assume: ALL, parameters: { 'assistance.reportDays': 3 }, acts: ASSISTED });
    it('is no finding until the deadline has passed', () => {
      assert.deepEqual(spec.findings('2011-08-12'), []);
    });
    it('is a finding dated the day after the deadline', () => {
      const f = theFinding(spec.findings('2011-08-13'), 'unreported_assistance');
      assert.equal(f.on, '2011-08-13');
      assert.equal(f.code === 'unreported_assistance' && f.due, '2011-08-12');
    });
    it('is no finding when the report comes within the three days', () => {
      const then = spec.when(reportToUnsc('US', 'xc-1', '2011-08-12')).thenAccepted();
      assert.deepEqual(then.findings('2011-09-01'), []);
    });
  });

  describe('when assistance.reportDays is unset', () => {
    it('refuses assistance as parameter_unset under EST 7(2) rather than never finding it unreported', () => {
      given({ assume: ALL, parameters: { 'assistance.reportDays': null }, acts: CONSENTED })
        .when(assist('US', 'xc-1', 'GE', '2011-08-09'))
        .thenRefused('parameter_unset', 'EST 7(2)');
    });
  });

  describe('after a threat of armed attack, not an armed attack', () => {
    const THREATENED: readonly Act[] = [
      notifyAttack('GE', 'RU', '2011-08-08', { id: 'xc-1', kind: 'threat' }),
      consentAssistance('GE', 'US PL', '2011-08-08'),
    ];
    it('refuses assistance as no_armed_attack under EST 7(2), even with the consent of the threatened Party', () => {
      const [violation] = given({ assume: ALL, acts: THREATENED })
        .when(assist('US', 'xc-1', 'GE', '2011-08-09'))
        .thenRefused('no_armed_attack', 'EST 7(2)');
      assert.deepEqual(violation?.params, { procedure: 'xc-1' });
    });
    it('refuses non-military assistance as no_armed_attack too', () => {
      given({ assume: ALL, acts: THREATENED })
        .when(assist('PL', 'xc-1', 'GE', '2011-08-09', false))
        .thenRefused('no_armed_attack', 'EST 7(2)');
    });
    it('names the missing consent as well when there is none', () => {
      given({ assume: ALL, acts: THREATENED })
        .when(assist('FR', 'xc-1', 'GE', '2011-08-09'))
        .thenViolations(['no_armed_attack', 'EST 7(2)'], ['consent_required', 'EST 7(2)']);
    });
    it('leaves the Extraordinary Conference with no assistance and no finding', () => {
      const spec = given({ assume: ALL, acts: THREATENED });
      const proc = spec.outcome().procedures.find((p) => p.id === 'xc-1');
      assert.deepEqual(proc?.assistance, []);
      assert.deepEqual(spec.findings('2012-01-01'), []);
    });
  });

  describe('non-military assistance (assistance.reportNonMilitary)', () => {
    /** PL gives non-military assistance on 2011-08-09 and does not report it. */
    const AIDED: readonly Act[] = [...CONSENTED, assist('PL', 'xc-1', 'GE', '2011-08-09', false)];
    it('records the assistance as non-military', () => {
      given({ assume: ALL, acts: CONSENTED })
        .when(assist('PL', 'xc-1', 'GE', '2011-08-09', false))
        .thenEvents({
          type: 'AssistanceGiven',
          on: day('2011-08-09'),
          by: party('PL'),
          procedure: 'xc-1',
          to: party('GE'),
          military: false,
        });
    });
    describe('when assistance.reportNonMilitary is false (only military assistance must be reported)', () => {
      const spec = given({ assume: ALL, parameters: { 'assistance.reportNonMilitary': false }, acts: AIDED });
      it('is no finding, even a year later without a report', () => {
        assert.deepEqual(spec.findings('2012-08-10'), []);
      });
      it('still finds military assistance unreported the same day, naming only its giver', () => {
        const then = spec.when(assist('US', 'xc-1', 'GE', '2011-08-09')).thenAccepted();
        const findings = then.findings('2011-08-10');
        assert.equal(findings.length, 1);
        assert.deepEqual(theFinding(findings, 'unreported_assistance').parties, ['US']);
      });
    });
    describe('by default (true: all assistance is self-defence and must be reported)', () => {
      const spec = given({ assume: ALL, acts: AIDED });
      it('is no finding on the day of the assistance', () => {
        assert.deepEqual(spec.findings('2011-08-09'), []);
      });
      it('is an unreported_assistance finding under EST 7(2), dated the day after the deadline', () => {
        assert.deepEqual(theFinding(spec.findings('2011-08-10'), 'unreported_assistance'), {
          code: 'unreported_assistance',
          cite: 'EST 7(2)',
          parties: ['PL'],
          on: '2011-08-10',
          procedure: 'xc-1',
          assisted: 'GE',
          due: '2011-08-09',
        });
      });
      it('is no finding when the assisting Party reports the same day', () => {
        const then = spec.when(reportToUnsc('PL', 'xc-1', '2011-08-09')).thenAccepted();
        assert.deepEqual(then.findings('2012-01-01'), []);
      });
    });
    describe('when assistance.reportNonMilitary is unset', () => {
      const unset = given({
        assume: ALL,
        parameters: { 'assistance.reportNonMilitary': null },
        acts: CONSENTED,
      });
      it('refuses non-military assistance as parameter_unset under EST 7(2)', () => {
        const [violation] = unset
          .when(assist('PL', 'xc-1', 'GE', '2011-08-09', false))
          .thenRefused('parameter_unset', 'EST 7(2)');
        assert.deepEqual(violation?.params, { parameter: 'assistance.reportNonMilitary' });
      });
      it('refuses military assistance too: which assistance must be reported is not known', () => {
        unset.when(assist('US', 'xc-1', 'GE', '2011-08-09')).thenRefused('parameter_unset', 'EST 7(2)');
      });
      it('says the parameter has no value in this run, not that the text leaves it blank (it is a reading)', () => {
        const [violation] = unset
          .when(assist('PL', 'xc-1', 'GE', '2011-08-09', false))
          .thenRefused('parameter_unset', 'EST 7(2)');
        assert.ok(violation);
        assert.equal(describeViolation(violation), 'assistance.reportNonMilitary has no value in this run');
      });
    });
  });
});
