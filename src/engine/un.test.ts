import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { Act } from './acts.ts';
import type { Setup } from './testing.ts';
import {
  assist,
  close,
  consentAssistance,
  day,
  each,
  given,
  notifyAttack,
  parties,
  party,
  proposeDecision,
  requestConsultations,
  revokeConsent,
  theFinding,
  unscMeasures,
  vote,
} from './testing.ts';

/** UN Members for the test: the OSCE states and the Council of 2014 (P5 and AR AU KR LU RW CL JO LT NG TD). */
const UN = {
  treaty: 'un-1945',
  assume: { inForce: '2014-01-01', parties: ['osce-2009', 'unsc-2014'] },
} as const;
const ELECTED = 'AR AU KR LU RW CL JO LT NG TD';
const ATTACKED: readonly Act[] = [
  notifyAttack('UA', 'RU', '2014-03-01', { id: 's-1' }),
  proposeDecision('US', 's-1', 'invalid', '2014-03-15'),
];

function closed(setup: Setup, id = 's-1', on = '2014-03-20') {
  const then = given(setup).when(close(id, on)).thenAccepted();
  const d = then.outcome().procedures.find((p) => p.id === id)?.decisions?.[0];
  assert.ok(d);
  return d;
}

describe('the UN Charter: the Security Council and self-defence', () => {
  describe('when a Member reports an armed attack (Chapter VII, Art. 39)', () => {
    it('seats the fifteen members of the year, five of them permanent, and leaves nobody out', () => {
      const then = given(UN)
        .when(notifyAttack('UA', 'RU', '2014-03-01', { id: 's-1' }))
        .thenAccepted();
      const p = then.state.procedures.get('s-1');
      assert.ok(p?.kind === 'council');
      assert.equal(p.members.length, 15);
      assert.deepEqual(p.permanent, ['CN', 'FR', 'GB', 'RU', 'US']);
      assert.deepEqual(p.excluded, []);
      assert.equal(p.rule, 'veto-majority');
      assert.equal(p.deadline, '2014-03-02');
    });
    it('lets one permanent member defeat thirteen votes in favour: the veto (27(3))', () => {
      const d = closed({
        ...UN,
        acts: [
          ...ATTACKED,
          ...each(`US GB FR ${ELECTED}`, (by) => vote(by, 's-1', 'invalid', 'yes', '2014-03-15')),
          vote('CN', 's-1', 'invalid', 'abstain', '2014-03-15'),
          vote('RU', 's-1', 'invalid', 'no', '2014-03-15'),
        ],
      });
      assert.equal(d.adopted, false);
      assert.deepEqual(d.blockedBy, ['RU']);
    });
    it('adopts with nine votes when a permanent member abstains (practice since 1946: unsc.abstentionBlocks false)', () => {
      const acts = [
        ...ATTACKED,
        ...each('US GB FR AR AU KR LU RW CL', (by) => vote(by, 's-1', 'invalid', 'yes', '2014-03-15')),
        vote('CN', 's-1', 'invalid', 'abstain', '2014-03-15'),
      ];
      assert.equal(closed({ ...UN, acts }).adopted, true);
      const literal = closed({ ...UN, parameters: { 'unsc.abstentionBlocks': true }, acts });
      assert.equal(literal.adopted, false);
      assert.ok((literal.blockedBy as readonly string[]).includes('CN'));
    });
    it('needs nine votes in favour even with no veto', () => {
      const d = closed({
        ...UN,
        acts: [
          ...ATTACKED,
          ...each('US GB FR AR AU KR LU RW', (by) => vote(by, 's-1', 'invalid', 'yes', '2014-03-15')),
        ],
      });
      assert.equal(d.adopted, false);
      assert.deepEqual(d.blockedBy, []);
    });
    it('refuses the vote of a Member that does not sit on the Council (27(1))', () => {
      given({ ...UN, acts: ATTACKED })
        .when(vote('UA', 's-1', 'invalid', 'yes', '2014-03-15'))
        .thenRefused('not_a_member', 'UN Charter 27(1)');
    });
    it('keeps the vote of a permanent member that is itself the attacker: no abstention under Chapter VII', () => {
      given({ ...UN, acts: ATTACKED })
        .when(vote('RU', 's-1', 'invalid', 'no', '2014-03-15'))
        .thenAccepted();
    });
    it('refuses a year the registry does not cover', () => {
      given({ treaty: 'un-1945', assume: { inForce: '2000-01-01', parties: ['UA', 'RU'] } })
        .when(notifyAttack('UA', 'RU', '2000-03-01'))
        .thenRefused('parameter_unset', 'UN Charter 23');
    });
  });

  describe('when a Member brings a dispute under Article 35 (Chapter VI)', () => {
    const DISPUTE: readonly Act[] = [
      requestConsultations('UA', 'RU', '2014-04-01', { id: 's-2' }),
      proposeDecision('LT', 's-2', 'negotiate', '2014-04-02'),
    ];
    it('leaves out the vote of a party to the dispute, permanent member or not (27(3))', () => {
      given({ ...UN, acts: DISPUTE })
        .when(vote('RU', 's-2', 'negotiate', 'no', '2014-04-02'))
        .thenRefused('vote_excluded', 'UN Charter 27(3)');
    });
    it('so the other members decide without its veto', () => {
      const d = closed(
        {
          ...UN,
          acts: [
            ...DISPUTE,
            ...each(`US GB FR ${ELECTED}`, (by) => vote(by, 's-2', 'negotiate', 'yes', '2014-04-02')),
          ],
        },
        's-2',
        '2014-04-03',
      );
      assert.equal(d.adopted, true);
    });
  });

  describe('self-defence (Art. 51)', () => {
    it('lets another Member assist the victim at its request', () => {
      given({ ...UN, acts: [...ATTACKED, consentAssistance('UA', 'US', '2014-03-02')] })
        .when(assist('US', 's-1', 'UA', '2014-03-03'))
        .thenAccepted();
    });
    it('refuses collective self-defence that the victim did not ask for (the ICJ reading)', () => {
      given({ ...UN, acts: ATTACKED })
        .when(assist('PL', 's-1', 'UA', '2014-03-03'))
        .thenRefused('consent_required', 'UN Charter 51');
      given({ ...UN, parameters: { 'un.collective.requestRequired': false }, acts: ATTACKED })
        .when(assist('PL', 's-1', 'UA', '2014-03-03'))
        .thenAccepted();
    });
    it('refuses it once the Council has taken measures, and after a mere threat', () => {
      given({
        ...UN,
        acts: [...ATTACKED, consentAssistance('UA', 'US', '2014-03-02'), unscMeasures('s-1', '2014-03-04')],
      })
        .when(assist('US', 's-1', 'UA', '2014-03-05'))
        .thenRefused('unsc_measures_taken', 'UN Charter 51');
      given({
        ...UN,
        acts: [
          notifyAttack('UA', 'RU', '2014-03-01', { id: 's-3', kind: 'threat' }),
          consentAssistance('UA', 'US', '2014-03-01'),
        ],
      })
        .when(assist('US', 's-3', 'UA', '2014-03-02'))
        .thenRefused('no_armed_attack', 'UN Charter 51');
    });
    // Art. 51 as the ICJ reads it: the victim's request is what makes the others' help collective
    // self-defence, and what it asks it may withdraw.
    it('refuses help after the victim withdrew its request, citing Article 51', () => {
      const asked = [...ATTACKED, consentAssistance('UA', 'US PL', '2014-03-02')];
      given({ ...UN, acts: asked })
        .when(revokeConsent('UA', '2014-03-03', 'US'))
        .thenEvents({ type: 'ConsentRevoked', on: day('2014-03-03'), by: party('UA'), to: parties('US') });
      given({ ...UN, acts: [...asked, revokeConsent('UA', '2014-03-03', 'US')] })
        .when(assist('US', 's-1', 'UA', '2014-03-04'))
        .thenRefused('consent_required', 'UN Charter 51');
      given({ ...UN, acts: asked })
        .when(revokeConsent('UA', '2014-03-03', 'FR'))
        .thenRefused('no_consent_to_revoke', 'UN Charter 51');
    });
    it('finds unreported military help, citing Article 51', () => {
      const then = given({ ...UN, acts: [...ATTACKED, consentAssistance('UA', 'US', '2014-03-02')] })
        .when(assist('US', 's-1', 'UA', '2014-03-03'))
        .thenAccepted();
      assert.equal(
        theFinding(then.findings('2014-03-04'), 'unreported_assistance', 'US').cite,
        'UN Charter 51',
      );
    });
  });
});
