/**
 * Parameters read on the day of the act they govern (issue 12, item 5), and the readings of EST 10
 * and 12 made parameters (item 6). Expected values come from the text and the catalogue's dated
 * values, each cited where it is asserted.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { Act } from './acts.ts';
import type { Setup } from './testing.ts';
import {
  accede,
  close,
  day,
  deploy,
  each,
  given,
  object,
  party,
  proposeDecision,
  requestConsultations,
  sign,
  vote,
  withdraw,
} from './testing.ts';
import { isParty, paramOn } from './state.ts';

const REASONS = 'Extraordinary events have endangered its supreme interests';
const EST_IN_FORCE = { inForce: '2010-01-01', parties: 'osce-2009+orgs' } as const;

describe('parameters read on the day of the act (OpenFisca-style)', () => {
  describe('paramOn', () => {
    const { state } = given({ treaty: 'un-1945', assume: { inForce: '1960-01-01', parties: ['US'] } });
    it('gives the value in force on the day: UN Charter 27(3), seven votes before 31 August 1965, nine from then', () => {
      assert.equal(paramOn(state, 'unsc.votesRequired', day('1960-01-01')), 7);
      assert.equal(paramOn(state, 'unsc.votesRequired', day('1965-08-30')), 7);
      assert.equal(paramOn(state, 'unsc.votesRequired', day('1965-08-31')), 9);
      assert.equal(paramOn(state, 'unsc.votesRequired', day('2014-03-15')), 9);
    });
    it('reads the earliest value on the days before it (the text applied to a day before it)', () => {
      assert.equal(paramOn(state, 'unsc.votesRequired', day('1940-01-01')), 7);
      const est = given({ assume: EST_IN_FORCE }).state;
      assert.equal(paramOn(est, 'withdrawal.noticeDays', day('2008-08-08')), 90);
    });
  });

  describe('a withdrawal notice before and after a dated override (EST 13: the notice period is a blank)', () => {
    // withdrawal.noticeDays: 90 (the catalogue), 180 from 2012-01-01 (the override).
    const DATED: Setup = {
      assume: EST_IN_FORCE,
      parameters: { 'withdrawal.noticeDays': { dated: [{ since: '2012-01-01', value: 180 }] } },
    };
    it('takes effect 90 days after a notice given before the override', () => {
      const { events } = given(DATED)
        .when(withdraw('AZ', '2011-06-01', REASONS))
        .thenAccepted();
      assert.deepEqual(events[0]?.type === 'WithdrawalNotified' && events[0].effective, '2011-08-30');
    });
    it('takes effect 90 days after a notice given on the last day before it', () => {
      const { events } = given(DATED)
        .when(withdraw('AZ', '2011-12-31', REASONS))
        .thenAccepted();
      assert.deepEqual(events[0]?.type === 'WithdrawalNotified' && events[0].effective, '2012-03-30');
    });
    it('takes effect 180 days after a notice given from the override on', () => {
      const { events } = given(DATED)
        .when(withdraw('AM', '2012-03-01', REASONS))
        .thenAccepted();
      assert.deepEqual(events[0]?.type === 'WithdrawalNotified' && events[0].effective, '2012-08-28');
    });
    it('holds an undated override on every day, before and after', () => {
      const plain: Setup = { assume: EST_IN_FORCE, parameters: { 'withdrawal.noticeDays': 180 } };
      const early = given(plain)
        .when(withdraw('AZ', '2011-06-01', REASONS))
        .thenAccepted();
      assert.deepEqual(
        early.events[0]?.type === 'WithdrawalNotified' && early.events[0].effective,
        '2011-11-28',
      );
    });
    it('refuses a withdrawal on a day the parameter is unset by a dated override (parameter_unset, EST 13)', () => {
      given({
        assume: EST_IN_FORCE,
        parameters: { 'withdrawal.noticeDays': { dated: [{ since: '2012-01-01', value: null }] } },
      })
        .when(withdraw('AZ', '2012-02-01', REASONS))
        .thenRefused('parameter_unset', 'EST 13');
    });
  });

  describe('a Security Council vote in 1960 and after 1965 (UN Charter 27(3), as amended in force 31 August 1965)', () => {
    const COUNCIL_1960 = ['AR', 'CN', 'EC', 'FR', 'GB', 'IT', 'LK', 'PL', 'RU', 'TN', 'US'];
    const COUNCIL_1966 = [
      'AR',
      'BG',
      'CN',
      'FR',
      'GB',
      'JO',
      'JP',
      'ML',
      'NG',
      'NL',
      'NZ',
      'RU',
      'UG',
      'US',
      'UY',
    ];
    const UN: Setup = {
      treaty: 'un-1945',
      assume: {
        inForce: '1960-01-01',
        parties: [...new Set([...COUNCIL_1960, ...COUNCIL_1966, 'AT', 'HU'])],
      },
      parameters: {
        'unsc.members': {
          dated: [
            { since: '1960-01-01', value: COUNCIL_1960 },
            { since: '1966-01-01', value: COUNCIL_1966 },
          ],
        },
      },
    };
    /** A dispute between two Members off the Council, seven votes in favour, none against. */
    const sevenInFavour = (on: string, yes: string, setup: Setup = UN) => {
      const acts: Act[] = [
        requestConsultations('AT', 'HU', on, { id: 'sc', subject: 'a dispute' }),
        proposeDecision('GB', 'sc', 'negotiate', on),
        ...each(yes, (by) => vote(by, 'sc', 'negotiate', 'yes', on)),
      ];
      const then = given({ ...setup, acts })
        .when(close('sc', on))
        .thenAccepted();
      const p = then.outcome().procedures.find((x) => x.id === 'sc');
      const d = p?.decisions?.[0];
      assert.ok(p && d);
      return { members: p.members, adopted: d.adopted };
    };
    it('adopts in 1960 with seven votes of eleven', () => {
      const r = sevenInFavour('1960-03-02', 'AR EC FR GB IT LK US');
      assert.deepEqual(r.members, COUNCIL_1960);
      assert.equal(r.adopted, true);
    });
    it('does not adopt in 1966 with seven votes of fifteen: nine are needed', () => {
      const r = sevenInFavour('1966-03-02', 'AR FR GB JP NL NZ US');
      assert.deepEqual(r.members, COUNCIL_1966);
      assert.equal(r.adopted, false);
    });
    it('needs nine from the day the amendment entered into force, though eleven still sat until 1966', () => {
      assert.equal(sevenInFavour('1965-09-01', 'AR EC FR GB IT LK US').adopted, false);
      assert.equal(sevenInFavour('1965-08-30', 'AR EC FR GB IT LK US').adopted, true);
    });
    it('holds an undated override on every day: nine votes required in 1960 too', () => {
      const nine: Setup = { ...UN, parameters: { ...UN.parameters, 'unsc.votesRequired': 9 } };
      assert.equal(sevenInFavour('1960-03-02', 'AR EC FR GB IT LK US', nine).adopted, false);
    });
  });

  describe('a temporary deployment before and after 4 December 2009 (scf.countTemporary: the 1997 pledge, then NRC 4)', () => {
    const NRC: Setup = {
      treaty: 'nrc-2009',
      assume: { inForce: '2009-06-01', parties: 'nrc-2009' },
      acts: [deploy('US', 'PL', { brigades: 1 }, '2009-09-01', { id: 'rot', permanent: false })],
    };
    it('is not counted while the 1997 wording (permanent stationing) is the reading of the day', () => {
      assert.deepEqual(given(NRC).findings('2009-12-03'), []);
    });
    it('becomes a finding on 4 December 2009, when the draft counts temporary deployments too', () => {
      const [f] = given(NRC).findings('2010-01-01');
      assert.equal(f?.code, 'substantial_combat_forces');
      assert.equal(f?.on, '2009-12-04');
      assert.deepEqual(f?.parties, ['PL']);
    });
    it('is counted from its first day under an undated override scf.countTemporary true', () => {
      const [f] = given({ ...NRC, parameters: { 'scf.countTemporary': true } }).findings('2010-01-01');
      assert.equal(f?.on, '2009-09-01');
    });
  });
});

describe('eligibility judged on the day of the act (EST 10, 12; signature.eligible)', () => {
  // Mongolia: an OSCE participating State from 2012-11-21 (S70), so not in the OSCE list of 2009.
  describe('under the default, the OSCE of 2009 with the five organizations (osce-2009+orgs)', () => {
    it('refuses Mongolia’s accession in 2013 as not_eligible (EST 10)', () => {
      given({ assume: EST_IN_FORCE }).when(accede('MN', '2013-01-15')).thenRefused('not_eligible', 'EST 10');
    });
    it('refuses Mongolia’s signature in 2013 as not_eligible (EST 10)', () => {
      given().when(sign('MN', '2013-01-15')).thenRefused('not_eligible', 'EST 10');
    });
  });
  describe('under the OSCE of the day of the act with the five organizations (osce+orgs)', () => {
    const TODAY: Setup = { parameters: { 'signature.eligible': 'osce+orgs' } };
    it('refuses Mongolia before its admission to the OSCE (2012-06-01)', () => {
      given({ ...TODAY, assume: EST_IN_FORCE })
        .when(accede('MN', '2012-06-01'))
        .thenRefused('not_eligible', 'EST 10');
    });
    it('accepts Mongolia’s accession after it (2013-01-15)', () => {
      given({ ...TODAY, assume: EST_IN_FORCE })
        .when(accede('MN', '2013-01-15'))
        .thenAccepted();
    });
    it('accepts Mongolia’s signature in 2013, before entry into force', () => {
      given(TODAY).when(sign('MN', '2013-01-15')).thenAccepted();
    });
    it('still admits the five organizations and refuses a state outside the space (Japan)', () => {
      given(TODAY).when(sign('CSTO', '2013-01-15')).thenAccepted();
      given(TODAY).when(sign('JP', '2013-01-15')).thenRefused('not_eligible', 'EST 10');
    });
  });
});

describe('when an acceder deposits its instrument (EST 12, 14; accession.depositDay)', () => {
  // EST 12: accession by deposit of an instrument, with the consent of all Parties (no objection
  // within 90 days); EST 14: a later Party is bound laterDays (30) after its deposit.
  const STATES_IN_FORCE = { inForce: '2010-01-01', parties: 'osce-2009' } as const;
  describe('under the default, the deposit on the day all Parties have consented (consent)', () => {
    const spec = given({ assume: STATES_IN_FORCE, acts: [accede('EU', '2011-01-01', 'acc-eu')] });
    it('is not deposited while the window runs, and deposited the day it closes (2011-04-01)', () => {
      assert.equal(spec.outcome('2011-03-31').parties.find((p) => p.id === 'EU')?.deposited, null);
      assert.equal(spec.outcome('2011-04-01').parties.find((p) => p.id === 'EU')?.deposited, '2011-04-01');
    });
    it('binds the acceder 30 days after that deposit (2011-05-01)', () => {
      assert.equal(isParty(spec.state, party('EU'), day('2011-04-30')), false);
      assert.equal(isParty(spec.state, party('EU'), day('2011-05-01')), true);
    });
    it('counts a longer interval from the deposit too (laterDays 120: 2011-07-30)', () => {
      const { events } = given({ assume: STATES_IN_FORCE, parameters: { 'entryIntoForce.laterDays': 120 } })
        .when(accede('EU', '2011-01-01'))
        .thenAccepted();
      assert.ok(events[0]?.type === 'AccessionOpened');
      assert.equal(events[0].deposited, '2011-04-01');
      assert.equal(events[0].inForceFrom, '2011-07-30');
    });
  });
  describe('under the reading that the request is the deposit (request)', () => {
    const REQUEST: Setup = { assume: STATES_IN_FORCE, parameters: { 'accession.depositDay': 'request' } };
    it('dates the deposit on the day of the request and shows it at once', () => {
      const spec = given({ ...REQUEST, acts: [accede('EU', '2011-01-01', 'acc-eu')] });
      assert.equal(spec.outcome('2011-01-01').parties.find((p) => p.id === 'EU')?.deposited, '2011-01-01');
    });
    it('binds the acceder no earlier than the day after the window closes (30 days would fall inside it)', () => {
      const { events } = given(REQUEST).when(accede('EU', '2011-01-01')).thenAccepted();
      assert.ok(events[0]?.type === 'AccessionOpened');
      assert.equal(events[0].deposited, '2011-01-01');
      assert.equal(events[0].objectionUntil, '2011-04-01');
      assert.equal(events[0].inForceFrom, '2011-04-02');
    });
    it('counts the interval from the request when it ends after the window (laterDays 120: 2011-05-01)', () => {
      const { events } = given({
        ...REQUEST,
        parameters: { ...REQUEST.parameters, 'entryIntoForce.laterDays': 120 },
      })
        .when(accede('EU', '2011-01-01'))
        .thenAccepted();
      assert.ok(events[0]?.type === 'AccessionOpened');
      assert.equal(events[0].inForceFrom, '2011-05-01');
    });
    it('leaves a refused acceder out of the parties, its deposit notwithstanding', () => {
      const spec = given({
        ...REQUEST,
        acts: [accede('EU', '2011-01-01', 'acc-eu'), object('RU', 'acc-eu', '2011-02-01')],
      });
      assert.equal(
        spec.outcome('2011-06-01').parties.find((p) => p.id === 'EU'),
        undefined,
      );
    });
  });
});
