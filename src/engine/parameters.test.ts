import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { ParameterId } from '../treaty/parameters/index.ts';
import { PARAMETER_IDS, PARAMETERS } from '../treaty/parameters/index.ts';
import { citeOf } from '../treaty/provisions/index.ts';
import type { Act } from './acts.ts';
import type { Setup } from './testing.ts';
import {
  accede,
  assist,
  attend,
  close,
  consentAssistance,
  deploy,
  each,
  given,
  join,
  notifyAttack,
  proposeConference,
  ratify,
  requestConsultations,
  sign,
  support,
  withdraw,
} from './testing.ts';

const EST = { inForce: '2010-01-01', parties: 'osce-2009+orgs' } as const;
const CONSULTED: readonly Act[] = [
  requestConsultations('US', 'RU', '2010-03-01', { id: 'c-1' }),
  each('US RU', (by) => attend(by, 'c-1', '2010-03-02')),
].flat();
/** ... and closed by the Depositary, so that a Conference may be proposed (EST 6(1): "afterwards"). */
const CLOSED: readonly Act[] = [...CONSULTED, close('c-1', '2010-03-03')];
const PROPOSED: readonly Act[] = [...CLOSED, proposeConference('US', 'c-1', '2010-03-04', 'conf-1')];
const CONVENED: readonly Act[] = [...PROPOSED, support('RU', 'conf-1', '2010-03-04')];
const ATTACKED: readonly Act[] = [notifyAttack('GE', 'RU', '2011-08-08', { id: 'xc-1' })];
const CONSENTED: readonly Act[] = [...ATTACKED, consentAssistance('GE', 'US', '2011-08-08')];

interface Case {
  /** What needs the parameter. */
  readonly needs: string;
  /** The setup, with the parameter set; it is unset after the setup, just before the act. */
  readonly setup: Setup;
  readonly act: Act;
  /** The citation expected: that of the parameter's provision. */
  readonly cite: string;
}

const DEPLOY: Case = {
  needs: 'deploy (NRC)',
  setup: { treaty: 'nrc-2009', assume: { inForce: '2010-01-01', parties: 'nrc-2009' } },
  act: deploy('US', 'PL', { tanks: 10 }, '2010-02-01', { id: 'd-1' }),
  cite: 'NRC 4',
};

const NRA_MISSILES: Case = {
  needs: 'deploy of missiles (NRA)',
  setup: { treaty: 'nra-2021', assume: { inForce: '2022-01-01', parties: ['RU', 'nato-on:2021-12-17'] } },
  act: deploy('RU', 'RU', { shorterRangeMissiles: 12 }, '2022-03-01', { id: 'd-1', reaches: ['PL'] }),
  cite: 'NRA 5',
};

const RUS_US = { treaty: 'rus-us-2021', assume: { inForce: '2022-01-01', parties: ['RU', 'US'] } } as const;

const RUS_US_MISSILES: Case = {
  needs: 'deploy of missiles (RUS-US)',
  setup: RUS_US,
  act: deploy('US', 'DE', { intermediateRangeMissiles: 4 }, '2022-03-01', { id: 'd-1' }),
  cite: 'RUS-US 6',
};

const RUS_US_NUCLEAR: Case = {
  needs: 'deploy of nuclear weapons (RUS-US)',
  setup: RUS_US,
  act: deploy('US', 'DE', { nuclearWeapons: 20 }, '2022-03-01', { id: 'd-1' }),
  cite: 'RUS-US 7',
};

const NRA_DEPLOY: Case = {
  needs: 'deploy (NRA)',
  setup: { treaty: 'nra-2021', assume: { inForce: '2022-01-01', parties: ['RU', 'nato-on:2021-12-17'] } },
  act: deploy('US', 'SK', { troops: 400 }, '2022-03-09', { id: 'd-1' }),
  cite: 'NRA 4',
};
/** NRA 7(1) judges the same deployments by its regions: an unset one refuses under NRA 7. */
const NRA_DEPLOY_7: Case = { ...NRA_DEPLOY, cite: 'NRA 7' };
const RUS_US_DEPLOY: Case = {
  needs: 'deploy (RUS-US)',
  setup: { treaty: 'rus-us-2021', assume: { inForce: '2022-01-01', parties: ['RU', 'US'] } },
  act: deploy('US', 'GE', { troops: 400 }, '2022-08-29', { id: 'd-1' }),
  cite: 'RUS-US 4',
};

const NATO = { treaty: 'nat-1949', assume: { inForce: '2010-01-01', parties: 'nato-2009' } } as const;
const UNSC = {
  treaty: 'un-1945',
  assume: { inForce: '2008-01-01', parties: ['osce-2009', 'unsc-2008'] },
} as const;
const OSCE = { treaty: 'osce-1992', assume: { inForce: '2008-01-01', parties: 'osce-2009' } } as const;
const UN_ATTACK = notifyAttack('GE', 'RU', '2008-08-08', { id: 's-1' });
const UN_ASSIST: Case = {
  needs: 'assist (UN Charter 51)',
  setup: { ...UNSC, acts: [UN_ATTACK, consentAssistance('GE', 'US', '2008-08-08')] },
  act: assist('US', 's-1', 'GE', '2008-08-09'),
  cite: 'UN Charter 51',
};
const UN_CLOSE: Case = {
  needs: 'close (UN Charter 27(3))',
  setup: { ...UNSC, acts: [UN_ATTACK] },
  act: close('s-1', '2008-08-10'),
  cite: 'UN Charter 27(3)',
};
const UN_SEIZE = (cite: string): Case => ({
  needs: 'notify-attack (UN Charter 39)',
  setup: UNSC,
  act: notifyAttack('GE', 'RU', '2008-08-08'),
  cite,
});
const OSCE_SEIZE = (cite: string): Case => ({
  needs: 'notify-attack (OSCE)',
  setup: OSCE,
  act: notifyAttack('GE', 'RU', '2008-08-08'),
  cite,
});

/** For each parameter, the acts that need it (every parameter of the catalogue is needed by some act). */
const NEEDED: Partial<Record<ParameterId, readonly Case[]>> = {
  'signature.eligible': [
    { needs: 'sign', setup: {}, act: sign('RU', '2010-01-15'), cite: 'EST 10' },
    {
      needs: 'accede',
      setup: { assume: { inForce: '2010-01-01', parties: 'osce-2009' } },
      act: accede('EU', '2011-01-01'),
      cite: 'EST 10',
    },
  ],
  'entryIntoForce.instruments': [
    {
      needs: 'ratify',
      setup: { acts: [sign('RU', '2010-01-15')] },
      act: ratify('RU', '2010-02-01'),
      cite: 'EST 14(1)',
    },
  ],
  'entryIntoForce.countOrganizations': [
    {
      needs: 'ratify',
      setup: { acts: [sign('RU', '2010-01-15')] },
      act: ratify('RU', '2010-02-01'),
      cite: 'EST 14(1)',
    },
  ],
  'entryIntoForce.laterDays': [
    {
      needs: 'ratify after entry into force',
      setup: {
        parameters: { 'entryIntoForce.instruments': 1 },
        acts: [sign('RU', '2010-01-15'), sign('US', '2010-01-15'), ratify('RU', '2010-02-01')],
      },
      act: ratify('US', '2010-03-01'),
      cite: 'EST 14(1)',
    },
    {
      needs: 'accede',
      setup: { assume: { inForce: '2010-01-01', parties: 'osce-2009' } },
      act: accede('EU', '2011-01-01'),
      cite: 'EST 14(1)',
    },
  ],
  'accession.objectionDays': [
    {
      needs: 'accede',
      setup: { assume: { inForce: '2010-01-01', parties: 'osce-2009' } },
      act: accede('EU', '2011-01-01'),
      cite: 'EST 12',
    },
  ],
  'accession.depositDay': [
    {
      needs: 'accede',
      setup: { assume: { inForce: '2010-01-01', parties: 'osce-2009' } },
      act: accede('EU', '2011-01-01'),
      cite: 'EST 12',
    },
  ],
  'withdrawal.noticeDays': [
    {
      needs: 'withdraw',
      setup: { assume: EST },
      act: withdraw('GE', '2010-02-01', 'reasons'),
      cite: 'EST 13',
    },
  ],
  'consultations.deadlineDays': [
    {
      needs: 'request-consultations',
      setup: { assume: EST },
      act: requestConsultations('US', 'RU', '2010-03-01'),
      cite: 'EST 5(1)',
    },
  ],
  'consultations.uninvitedMayJoin': [
    {
      needs: 'join',
      setup: { assume: EST, acts: CONSULTED },
      act: join('PL', 'c-1', '2010-03-03'),
      cite: 'EST 5(2)',
    },
  ],
  'conference.supportRequired': [
    {
      needs: 'propose-conference',
      setup: { assume: EST, acts: CLOSED },
      act: proposeConference('US', 'c-1', '2010-03-04'),
      cite: 'EST 6(2)',
    },
    {
      needs: 'support',
      setup: { assume: EST, acts: PROPOSED },
      act: support('RU', 'conf-1', '2010-03-04'),
      cite: 'EST 6(2)',
    },
  ],
  'conference.conveningDays': [
    {
      needs: 'propose-conference',
      setup: { assume: EST, acts: CLOSED },
      act: proposeConference('US', 'c-1', '2010-03-04'),
      cite: 'EST 6(2)',
    },
    {
      needs: 'support',
      setup: { assume: EST, acts: PROPOSED },
      act: support('RU', 'conf-1', '2010-03-04'),
      cite: 'EST 6(2)',
    },
  ],
  'conference.quorum': [
    {
      needs: 'close (conference)',
      setup: { assume: EST, acts: CONVENED },
      act: close('conf-1', '2010-04-01'),
      cite: 'EST 6(3)',
    },
  ],
  'extraordinary.quorum': [
    {
      needs: 'close (extraordinary conference)',
      setup: { assume: EST, acts: ATTACKED },
      act: close('xc-1', '2011-08-10'),
      cite: 'EST 8(3)',
    },
  ],
  'extraordinary.abstentionBlocks': [
    {
      needs: 'close (extraordinary conference)',
      setup: { assume: EST, acts: ATTACKED },
      act: close('xc-1', '2011-08-10'),
      cite: 'EST 8(3)',
    },
  ],
  'extraordinary.excludeAttacker': [
    {
      needs: 'notify-attack',
      setup: { assume: EST },
      act: notifyAttack('GE', 'RU', '2011-08-08'),
      cite: 'EST 8(3)',
    },
  ],
  'extraordinary.thirdPartyMayRequest': [
    {
      needs: 'notify-attack on behalf of another',
      setup: { assume: EST },
      act: notifyAttack('US', 'RU', '2011-08-08', { onBehalfOf: 'GE' }),
      cite: 'EST 8(2)',
    },
  ],
  'assistance.reportDays': [
    {
      needs: 'assist',
      setup: { assume: EST, acts: CONSENTED },
      act: assist('US', 'xc-1', 'GE', '2011-08-09'),
      cite: 'EST 7(2)',
    },
  ],
  'assistance.reportNonMilitary': [
    {
      needs: 'assist',
      setup: { assume: EST, acts: CONSENTED },
      act: assist('US', 'xc-1', 'GE', '2011-08-09'),
      cite: 'EST 7(2)',
    },
    {
      needs: 'assist (non-military)',
      setup: { assume: EST, acts: CONSENTED },
      act: assist('US', 'xc-1', 'GE', '2011-08-09', false),
      cite: 'EST 7(2)',
    },
  ],
  'assistance.organizations': [
    {
      needs: 'assist',
      setup: { assume: EST, acts: CONSENTED },
      act: assist('US', 'xc-1', 'GE', '2011-08-09'),
      cite: 'EST 7(2)',
    },
    {
      needs: 'consent-assistance',
      setup: { assume: EST, acts: CONSENTED },
      act: consentAssistance('GE', 'PL', '2011-08-08'),
      cite: 'EST 7(2)',
    },
  ],
  'organizations.voteWeight': [
    {
      needs: 'close (conference)',
      setup: { assume: EST, acts: CONVENED },
      act: close('conf-1', '2010-04-01'),
      cite: 'EST 10',
    },
    {
      needs: 'close (extraordinary conference)',
      setup: { assume: EST, acts: ATTACKED },
      act: close('xc-1', '2011-08-10'),
      cite: 'EST 10',
    },
  ],
  // A deployment is measured against all four (NRC 4), so deploying needs each of them.
  'scf.thresholds': [DEPLOY],
  'scf.countTemporary': [DEPLOY],
  'scf.targets': [DEPLOY],
  'scf.exempt': [DEPLOY],
  'nra.4.bound': [NRA_DEPLOY],
  'nra.4.europe': [NRA_DEPLOY],
  'nra.4.otherStates': [NRA_DEPLOY],
  'nra.4.countTemporary': [NRA_DEPLOY],
  'nra.4.baseline': [NRA_DEPLOY],
  'nra.7.ukraine': [NRA_DEPLOY_7],
  'nra.7.easternEurope': [NRA_DEPLOY_7],
  'nra.7.southCaucasus': [NRA_DEPLOY_7],
  'nra.7.centralAsia': [NRA_DEPLOY_7],
  'nra.withdrawal.noticeDays': [
    {
      needs: 'withdraw (NRA)',
      setup: { treaty: 'nra-2021', assume: { inForce: '2022-01-01', parties: ['RU', 'nato-on:2021-12-17'] } },
      act: withdraw('GB', '2022-03-01'),
      cite: 'NRA 9',
    },
  ],
  'rus-us.4.formerUssr': [RUS_US_DEPLOY],
  // Missiles are judged by NRA 5's readings, nuclear weapons by RUS-US 7's: only a deployment that
  // carries them needs them.
  'nra.5.ranges': [NRA_MISSILES],
  'nra.5.reachOf': [NRA_MISSILES],
  'nra.5.countTemporary': [NRA_MISSILES],
  'rus-us.6.ranges': [RUS_US_MISSILES],
  'rus-us.6.countTemporary': [RUS_US_MISSILES],
  'rus-us.7.countTemporary': [RUS_US_NUCLEAR],
  'rus-us.7.returnDays': [RUS_US_NUCLEAR],
  'nrc.signature.eligible': [
    {
      needs: 'sign (NRC)',
      setup: { treaty: 'nrc-2009' },
      act: sign('US', '2010-01-15'),
      cite: 'NRC (final clauses)',
    },
  ],
  'nrc.entryIntoForce.instruments': [
    {
      needs: 'ratify (NRC)',
      setup: {
        treaty: 'nrc-2009',
        parameters: { 'nrc.entryIntoForce.instruments': 1 },
        acts: [sign('US', '2010-01-15')],
      },
      act: ratify('US', '2010-02-01'),
      cite: 'NRC (final clauses)',
    },
  ],
  'nrc.entryIntoForce.laterDays': [
    {
      needs: 'ratify (NRC) after entry into force',
      setup: {
        treaty: 'nrc-2009',
        parameters: { 'nrc.entryIntoForce.instruments': 1, 'nrc.entryIntoForce.laterDays': 30 },
        acts: [sign('US', '2010-01-15'), sign('GB', '2010-01-15'), ratify('US', '2010-02-01')],
      },
      act: ratify('GB', '2010-03-01'),
      cite: 'NRC (final clauses)',
    },
  ],
  'nat.council.meetingDays': [
    {
      needs: 'notify-attack (NAT 5)',
      setup: NATO,
      act: notifyAttack('PL', 'RU', '2014-03-01'),
      cite: 'NAT 9',
    },
    {
      needs: 'request-consultations (NAT 4)',
      setup: NATO,
      act: requestConsultations('PL', 'LT', '2014-03-03'),
      cite: 'NAT 9',
    },
  ],
  'nat.reportDays': [
    {
      needs: 'assist (NAT 5)',
      setup: { ...NATO, acts: [notifyAttack('EE', 'RU', '2014-03-01', { id: 'n-1' })] },
      act: assist('US', 'n-1', 'EE', '2014-03-02'),
      cite: 'NAT 5(2)',
    },
  ],
  'unsc.members': [UN_SEIZE('UN Charter 23')],
  'unsc.permanent': [UN_SEIZE('UN Charter 23')],
  'unsc.meetingDays': [UN_SEIZE('UN Charter 28')],
  'unsc.votesRequired': [UN_CLOSE],
  'unsc.abstentionBlocks': [UN_CLOSE],
  'un.collective.requestRequired': [UN_ASSIST],
  'un.reportDays': [UN_ASSIST],
  'osce.pc.meetingDays': [OSCE_SEIZE('OSCE Permanent Council')],
  'osce.minusOne': [OSCE_SEIZE('OSCE Prague 1992, 16')],
  'nra.signature.eligible': [
    {
      needs: 'sign (NRA)',
      setup: { treaty: 'nra-2021', acts: [] },
      act: sign('PL', '2022-01-10'),
      cite: 'NRA 9',
    },
  ],
  'nra.entryIntoForce.signatoryShare': [
    {
      needs: 'ratify (NRA)',
      setup: { treaty: 'nra-2021', acts: [sign('RU', '2022-01-10'), sign('US', '2022-01-10')] },
      act: ratify('RU', '2022-02-01'),
      cite: 'NRA 9',
    },
  ],
  'nra.entryIntoForce.laterDays': [
    {
      needs: 'ratify (NRA) after entry into force',
      setup: {
        treaty: 'nra-2021',
        acts: [
          sign('RU', '2022-01-10'),
          sign('US', '2022-01-10'),
          sign('PL', '2022-01-10'),
          ratify('RU', '2022-02-01'),
          ratify('US', '2022-02-01'),
        ],
      },
      act: ratify('PL', '2022-03-01'),
      cite: 'NRA 9',
    },
  ],
  'rus-us.signature.eligible': [
    {
      needs: 'sign (RUS-US)',
      setup: { treaty: 'rus-us-2021', acts: [] },
      act: sign('US', '2022-01-10'),
      cite: 'RUS-US 8',
    },
  ],
  'rus-us.entryIntoForce.instruments': [
    {
      needs: 'ratify (RUS-US)',
      setup: { treaty: 'rus-us-2021', acts: [sign('US', '2022-01-10')] },
      act: ratify('US', '2022-02-01'),
      cite: 'RUS-US 8',
    },
  ],
  'rus-us.entryIntoForce.laterDays': [
    {
      needs: 'ratify (RUS-US) after entry into force',
      setup: {
        treaty: 'rus-us-2021',
        parameters: { 'rus-us.entryIntoForce.instruments': 1 },
        acts: [sign('US', '2022-01-10'), sign('RU', '2022-01-10'), ratify('US', '2022-02-01')],
      },
      act: ratify('RU', '2022-03-01'),
      cite: 'RUS-US 8',
    },
  ],
};

describe('unset parameters (parameter_unset)', () => {
  it('has a case for every parameter of the catalogue', () => {
    const covered = Object.keys(NEEDED).sort();
    assert.deepEqual(covered, [...PARAMETER_IDS].sort());
  });

  for (const [id, cases] of Object.entries(NEEDED) as [ParameterId, readonly Case[]][]) {
    describe(`when ${id} is unset`, () => {
      for (const c of cases) {
        it(`refuses ${c.needs} as parameter_unset under ${c.cite}, the provision of the parameter`, () => {
          assert.equal(citeOf(PARAMETERS[id].cites), c.cite);
          const [violation] = given(c.setup)
            .withParameters({ [id]: null })
            .when(c.act)
            .thenRefused('parameter_unset', c.cite);
          assert.deepEqual(violation?.params, { parameter: id });
        });
        it(`accepts ${c.needs} when it is set`, () => {
          given(c.setup).when(c.act).thenAccepted();
        });
      }
    });
  }

  describe('when entryIntoForce.laterDays is unset before entry into force', () => {
    it('accepts a ratification that does not need it', () => {
      given({ parameters: { 'entryIntoForce.laterDays': null }, acts: [sign('RU', '2010-01-15')] })
        .when(ratify('RU', '2010-02-01'))
        .thenAccepted();
    });
  });

  describe('when extraordinary.thirdPartyMayRequest is unset', () => {
    it('accepts the victim notifying for itself', () => {
      given({ assume: EST, parameters: { 'extraordinary.thirdPartyMayRequest': null } })
        .when(notifyAttack('GE', 'RU', '2011-08-08'))
        .thenAccepted();
    });
  });

  describe('the NRC draft by default', () => {
    it('refuses a ratification as parameter_unset: the final clauses are unknown', () => {
      given({ treaty: 'nrc-2009', acts: [sign('US', '2010-01-15')] })
        .when(ratify('US', '2010-02-01'))
        .thenRefused('parameter_unset', 'NRC (final clauses)');
    });
    it('reports both blanks when the agreement is assumed in force', () => {
      given({ treaty: 'nrc-2009', assume: { inForce: '2010-01-01', parties: ['US'] }, acts: [] })
        .when(ratify('GB', '2010-02-01'))
        .thenViolations(
          ['parameter_unset', 'NRC (final clauses)'],
          ['parameter_unset', 'NRC (final clauses)'],
        );
    });
  });

  describe('when extraordinary.abstentionBlocks is unset', () => {
    it('refuses to close an Extraordinary Conference as parameter_unset under EST 8(3)', () => {
      given({ assume: EST, parameters: { 'extraordinary.abstentionBlocks': null }, acts: ATTACKED })
        .when(close('xc-1', '2011-08-10'))
        .thenRefused('parameter_unset', 'EST 8(3)');
    });
  });
});
