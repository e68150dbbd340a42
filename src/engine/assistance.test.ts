import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { Act, ActOf } from './acts.ts';
import { entityId } from '../treaty/entities.ts';
import { describeViolation } from './messages.ts';
import {
  assist,
  assistVictim,
  consentAssistance,
  day,
  given,
  notifyAttack,
  parties,
  party,
  reportOnAttack,
  reportToUnsc,
  revokeConsent,
  theFinding,
  unscMeasures,
  unscMeasuresOnAttack,
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

// EST 7(2) gives the right to assist "without prejudice to Article 8": it rests on the armed attack,
// not on anyone having asked for the Extraordinary Conference. The victim declares the attack when
// it consents, and assistance, reports and the Security Council's measures rest on that attack,
// linked to the Extraordinary Conference of the same attack where there is one.
describe('the right to assist without the Article 8 procedure (EST 7(2), "without prejudice to Article 8")', () => {
  /** MD declares an armed attack by an armed group and consents to RO and UA; no conference. */
  const DECLARED: readonly Act[] = [
    consentAssistance('MD', 'RO UA', '2014-06-01', { attacker: 'x:armed-group', attack: 'a-md' }),
  ];

  describe('when the victim declares the attack as it consents', () => {
    it('records the declared attack and the consent', () => {
      given({ assume: ALL })
        .when(consentAssistance('MD', 'RO', '2014-06-01', { attacker: 'x:armed-group', attack: 'a-md' }))
        .thenEvents(
          {
            type: 'AttackDeclared',
            on: day('2014-06-01'),
            by: party('MD'),
            attack: 'a-md',
            attackers: parties('x:armed-group'),
          },
          { type: 'AssistanceConsented', on: day('2014-06-01'), by: party('MD'), to: parties('RO') },
        );
    });
    it('names the attack attack-1 when no id is given', () => {
      const { events } = given({ assume: ALL })
        .when(consentAssistance('MD', 'RO', '2014-06-01', { attacker: 'x:armed-group' }))
        .thenAccepted();
      assert.equal(events[0]?.type === 'AttackDeclared' && events[0].attack, 'attack-1');
    });
    it('declares no second attack when it consents again, naming the same attacker', () => {
      given({ assume: ALL, acts: DECLARED })
        .when(consentAssistance('MD', 'PL', '2014-06-02', { attacker: 'x:armed-group' }))
        .thenEvents({
          type: 'AssistanceConsented',
          on: day('2014-06-02'),
          by: party('MD'),
          to: parties('PL'),
        });
    });
    it('refuses an attack id already in use as duplicate_id under EST 7(2)', () => {
      given({ assume: ALL, acts: [notifyAttack('GE', 'RU', '2014-05-01', { id: 'xc-1' })] })
        .when(consentAssistance('MD', 'RO', '2014-06-01', { attacker: 'x:armed-group', attack: 'xc-1' }))
        .thenRefused('duplicate_id', 'EST 7(2)');
    });
    it('refuses an organization declaring an attack on itself, as not_a_state under EST 7(2)', () => {
      given({ assume: ALL })
        .when(consentAssistance('EU', 'FR', '2014-06-01', { attacker: 'RU' }))
        .thenRefused('not_a_state', 'EST 7(2)');
    });
  });

  describe('when a Party the victim consented to assists, naming only the victim', () => {
    it('records the assistance under the declared attack: no Extraordinary Conference is needed', () => {
      given({ assume: ALL, acts: DECLARED })
        .when(assistVictim('RO', 'MD', '2014-06-02'))
        .thenEvents({
          type: 'AssistanceGiven',
          on: day('2014-06-02'),
          by: party('RO'),
          attack: 'a-md',
          to: party('MD'),
          military: true,
        });
    });
    it('accepts it naming the declared attack too', () => {
      given({ assume: ALL, acts: DECLARED })
        .when(assistVictim('RO', 'MD', '2014-06-02', { attack: 'a-md' }))
        .thenAccepted();
    });
    it('lists it with the declared attack in the outcome, with no conference', () => {
      const then = given({ assume: ALL, acts: DECLARED })
        .when(assistVictim('RO', 'MD', '2014-06-02'))
        .thenAccepted();
      assert.deepEqual(then.outcome().attacks, [
        {
          id: 'a-md',
          victim: 'MD',
          attacker: 'x:armed-group',
          attackers: ['x:armed-group'],
          declared: '2014-06-01',
          procedure: null,
          unscMeasures: null,
          assistance: [{ by: 'RO', to: 'MD', military: true, on: '2014-06-02' }],
        },
      ]);
    });
    it('still needs the consent of the victim: consent_required under EST 7(2)', () => {
      given({ assume: ALL, acts: DECLARED })
        .when(assistVictim('PL', 'MD', '2014-06-02'))
        .thenRefused('consent_required', 'EST 7(2)');
    });
    it('refuses assistance to someone else under the attack it names, as not_the_victim', () => {
      given({ assume: ALL, acts: DECLARED })
        .when(assistVictim('RO', 'UA', '2014-06-02', { attack: 'a-md' }))
        .thenRefused('not_the_victim', 'EST 7(2)');
    });
    it('refuses a declared attack that does not exist as unknown_attack under EST 7(2)', () => {
      given({ assume: ALL, acts: DECLARED })
        .when(assistVictim('RO', 'MD', '2014-06-02', { attack: 'a-9' }))
        .thenRefused('unknown_attack', 'EST 7(2)');
    });
  });

  describe('when there is neither a declared attack nor an Extraordinary Conference', () => {
    it('refuses assistance as attack_not_declared under EST 7(2), even with consent', () => {
      const [violation] = given({ assume: ALL, acts: [consentAssistance('MD', 'RO', '2014-06-01')] })
        .when(assistVictim('RO', 'MD', '2014-06-02'))
        .thenRefused('attack_not_declared', 'EST 7(2)');
      assert.deepEqual(violation?.params, { victim: 'MD' });
    });
    it('refuses it when the only conference on the victim follows a threat, as no_armed_attack', () => {
      given({
        assume: ALL,
        acts: [
          notifyAttack('GE', 'RU', '2011-08-08', { id: 'xc-1', kind: 'threat' }),
          consentAssistance('GE', 'US', '2011-08-08'),
        ],
      })
        .when(assistVictim('US', 'GE', '2011-08-09'))
        .thenRefused('no_armed_attack', 'EST 7(2)');
    });
  });

  describe('when an Extraordinary Conference deals with the same attack', () => {
    it('links assistance naming only the victim to the conference, the declared attack too', () => {
      const then = given({
        assume: ALL,
        acts: [...ATTACKED, consentAssistance('GE', 'US', '2011-08-08', { attacker: 'RU', attack: 'a-ge' })],
      })
        .when(assistVictim('US', 'GE', '2011-08-09'))
        .thenEvents({
          type: 'AssistanceGiven',
          on: day('2011-08-09'),
          by: party('US'),
          procedure: 'xc-1',
          attack: 'a-ge',
          to: party('GE'),
          military: true,
        });
      const o = then.outcome();
      assert.deepEqual(o.procedures.find((p) => p.id === 'xc-1')?.assistance, [
        { by: 'US', to: 'GE', military: true, on: '2011-08-09' },
      ]);
      assert.equal(o.attacks?.[0]?.procedure, 'xc-1');
      assert.deepEqual(o.attacks?.[0]?.assistance, []);
    });
    it('links it to the conference when the victim declared nothing', () => {
      given({ assume: ALL, acts: CONSENTED })
        .when(assistVictim('US', 'GE', '2011-08-09'))
        .thenEvents({
          type: 'AssistanceGiven',
          on: day('2011-08-09'),
          by: party('US'),
          procedure: 'xc-1',
          to: party('GE'),
          military: true,
        });
    });
    it('links an attack declared first to the conference convened later', () => {
      const then = given({
        assume: ALL,
        acts: [
          consentAssistance('GE', 'US', '2011-08-07', { attacker: 'RU', attack: 'a-ge' }),
          assistVictim('US', 'GE', '2011-08-07'),
          notifyAttack('GE', 'RU', '2011-08-08', { id: 'xc-1' }),
        ],
      })
        .when(assistVictim('US', 'GE', '2011-08-09'))
        .thenAccepted();
      const o = then.outcome();
      // Each assistance where it was given: before the conference under the attack, after it there.
      assert.deepEqual(
        o.attacks?.[0]?.assistance.map((a) => a.on),
        ['2011-08-07'],
      );
      assert.deepEqual(
        o.procedures.find((p) => p.id === 'xc-1')?.assistance?.map((a) => a.on),
        ['2011-08-09'],
      );
    });
  });

  describe('the Security Council and reports, for an attack no conference deals with', () => {
    it('ends the right to assist once the Council acts on the declared attack: unsc_measures_taken', () => {
      given({ assume: ALL, acts: [...DECLARED, unscMeasuresOnAttack('a-md', '2014-06-05')] })
        .when(assistVictim('RO', 'MD', '2014-06-05'))
        .thenRefused('unsc_measures_taken', 'EST 7(2)');
    });
    it('ends it too when the Council acts on the conference of the same attack', () => {
      given({
        assume: ALL,
        acts: [
          consentAssistance('GE', 'US', '2011-08-07', { attacker: 'RU', attack: 'a-ge' }),
          notifyAttack('GE', 'RU', '2011-08-08', { id: 'xc-1' }),
          unscMeasures('xc-1', '2011-08-10'),
        ],
      })
        .when(assistVictim('US', 'GE', '2011-08-11', { attack: 'a-ge' }))
        .thenRefused('unsc_measures_taken', 'EST 7(2)');
    });
    it('records a report naming the declared attack', () => {
      given({ assume: ALL, acts: [...DECLARED, assistVictim('RO', 'MD', '2014-06-02')] })
        .when(reportOnAttack('RO', 'a-md', '2014-06-02'))
        .thenEvents({
          type: 'ReportedToSecurityCouncil',
          on: day('2014-06-02'),
          by: party('RO'),
          attack: 'a-md',
        });
    });
    it('finds unreported assistance under the declared attack, naming it (no procedure)', () => {
      const spec = given({ assume: ALL, acts: [...DECLARED, assistVictim('RO', 'MD', '2014-06-02')] });
      assert.deepEqual(theFinding(spec.findings('2014-06-03'), 'unreported_assistance'), {
        code: 'unreported_assistance',
        cite: 'EST 7(2)',
        parties: ['RO'],
        on: '2014-06-03',
        attack: 'a-md',
        assisted: 'MD',
        due: '2014-06-02',
      });
    });
    it('finds none once the assisting Party reported that day', () => {
      const then = given({ assume: ALL, acts: [...DECLARED, assistVictim('RO', 'MD', '2014-06-02')] })
        .when(reportOnAttack('RO', 'a-md', '2014-06-02'))
        .thenAccepted();
      assert.deepEqual(then.findings('2015-01-01'), []);
    });
    it('counts a report on the conference for assistance given under the attack declared before it', () => {
      const then = given({
        assume: ALL,
        acts: [
          consentAssistance('GE', 'US', '2011-08-07', { attacker: 'RU', attack: 'a-ge' }),
          assistVictim('US', 'GE', '2011-08-07'),
          notifyAttack('GE', 'RU', '2011-08-07', { id: 'xc-1' }),
        ],
      })
        .when(reportToUnsc('US', 'xc-1', '2011-08-07'))
        .thenAccepted();
      assert.deepEqual(then.findings('2012-01-01'), []);
    });
  });
});

// EST 7(2) makes assistance depend on the consent of the attacked Party: a consent it withdraws no
// longer covers assistance given after that day, and it may withdraw it for some assisting Parties
// and keep it for others.
describe('revoking a consent to assistance (EST 7(2))', () => {
  const DECLARED: readonly Act[] = [
    consentAssistance('MD', 'RO UA PL', '2014-06-01', { attacker: 'x:armed-group' }),
  ];

  it('records the revocation for the Parties named', () => {
    given({ assume: ALL, acts: DECLARED })
      .when(revokeConsent('MD', '2014-06-05', 'UA'))
      .thenEvents({ type: 'ConsentRevoked', on: day('2014-06-05'), by: party('MD'), to: parties('UA') });
  });
  it('revokes it for every Party it consented to when it names none', () => {
    given({ assume: ALL, acts: DECLARED })
      .when(revokeConsent('MD', '2014-06-05'))
      .thenEvents({
        type: 'ConsentRevoked',
        on: day('2014-06-05'),
        by: party('MD'),
        to: parties('PL RO UA'),
      });
  });
  describe('after a revocation for one Party', () => {
    const spec = given({ assume: ALL, acts: [...DECLARED, revokeConsent('MD', '2014-06-05', 'UA')] });
    it('refuses its assistance from that day as consent_required under EST 7(2)', () => {
      spec.when(assistVictim('UA', 'MD', '2014-06-05')).thenRefused('consent_required', 'EST 7(2)');
    });
    it('still accepts the assistance of the others', () => {
      spec.when(assistVictim('RO', 'MD', '2014-06-06')).thenAccepted();
    });
    it('accepts its assistance again once the victim consents again', () => {
      given({
        assume: ALL,
        acts: [
          ...DECLARED,
          revokeConsent('MD', '2014-06-05', 'UA'),
          consentAssistance('MD', 'UA', '2014-06-07'),
        ],
      })
        .when(assistVictim('UA', 'MD', '2014-06-08'))
        .thenAccepted();
    });
    it('shows the consent with the day it was revoked in the outcome, and a new consent apart', () => {
      const then = spec.when(consentAssistance('MD', 'UA', '2014-06-07')).thenAccepted();
      assert.deepEqual(
        then.outcome('2014-06-07').consents?.filter((c) => c.to === 'UA'),
        [
          { victim: 'MD', to: 'UA', from: '2014-06-01', until: '2014-06-05' },
          { victim: 'MD', to: 'UA', from: '2014-06-07', until: null },
        ],
      );
    });
  });
  it('accepts assistance given earlier the same day, before the revocation was filed', () => {
    given({ assume: ALL, acts: [...DECLARED, assistVictim('UA', 'MD', '2014-06-05')] })
      .when(revokeConsent('MD', '2014-06-05', 'UA'))
      .thenAccepted();
  });
  it('refuses a revocation for a Party with no consent in force as no_consent_to_revoke under EST 7(2)', () => {
    const [violation] = given({ assume: ALL, acts: DECLARED })
      .when(revokeConsent('MD', '2014-06-05', 'US'))
      .thenRefused('no_consent_to_revoke', 'EST 7(2)');
    assert.deepEqual(violation?.params, { victim: 'MD', who: 'US' });
  });
  it('refuses a revocation of everything when nothing was consented to', () => {
    given({ assume: ALL })
      .when(revokeConsent('MD', '2014-06-05'))
      .thenRefused('no_consent_to_revoke', 'EST 7(2)');
  });
  it('refuses a second revocation for the same Party', () => {
    given({ assume: ALL, acts: [...DECLARED, revokeConsent('MD', '2014-06-05', 'UA')] })
      .when(revokeConsent('MD', '2014-06-06', 'UA'))
      .thenRefused('no_consent_to_revoke', 'EST 7(2)');
  });
  it('refuses a revocation by a non-Party as not_a_party under EST 7(2)', () => {
    given({ assume: ALL }).when(revokeConsent('JP', '2014-06-05')).thenRefused('not_a_party', 'EST 7(2)');
  });
});
