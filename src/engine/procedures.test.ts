import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { Act } from './acts.ts';

type ProcedureAct = Act & { readonly procedure?: string };
import {
  accede,
  answer,
  assist,
  attend,
  close,
  given,
  join,
  notifyAttack,
  object,
  proposeConference,
  proposeDecision,
  reportToUnsc,
  requestConsultations,
  requestInformation,
  support,
  unscMeasures,
  vote,
} from './testing.ts';

const ALL = { inForce: '2010-01-01', parties: 'osce-2009+orgs' } as const;

/**
 * A procedure of each kind but accession, all open: ir-1, c-1 (attended by US), conf-1 (convened),
 * xc-1. conf-1 follows consultations c-0, which the Depositary closed first (EST 6(1): "afterwards").
 */
const ONE_OF_EACH: readonly Act[] = [
  requestInformation('GE', 'RU', '2011-01-01', { id: 'ir-1' }),
  requestConsultations('US', 'RU', '2011-01-01', { id: 'c-1' }),
  attend('US', 'c-1', '2011-01-02'),
  requestConsultations('US', 'RU', '2011-01-01', { id: 'c-0' }),
  attend('US', 'c-0', '2011-01-02'),
  close('c-0', '2011-01-03'),
  proposeConference('US', 'c-0', '2011-01-03', 'conf-1'),
  support('RU', 'conf-1', '2011-01-03'),
  notifyAttack('GE', 'RU', '2011-01-04', { id: 'xc-1' }),
];

/** ... and accession acc-1 (of the EU, so the organizations are not assumed Parties here). */
const spec = () =>
  given({
    assume: { inForce: '2010-01-01', parties: 'osce-2009' },
    acts: [...ONE_OF_EACH, accede('EU', '2011-01-04', 'acc-1')],
  });

describe('procedures (EST 4)', () => {
  describe('when an act names a procedure that does not exist', () => {
    const cases: readonly Act[] = [
      answer('RU', 'nope', '2011-02-01'),
      join('PL', 'nope', '2011-02-01'),
      attend('PL', 'nope', '2011-02-01'),
      close('nope', '2011-02-01'),
      proposeConference('US', 'nope', '2011-02-01'),
      support('RU', 'nope', '2011-02-01'),
      proposeDecision('US', 'nope', 'd', '2011-02-01'),
      object('US', 'nope', '2011-02-01', 'd'),
      vote('US', 'nope', 'd', 'yes', '2011-02-01'),
      assist('US', 'nope', 'GE', '2011-02-01'),
      reportToUnsc('US', 'nope', '2011-02-01'),
      unscMeasures('nope', '2011-02-01'),
    ];
    for (const act of cases) {
      it(`refuses ${act.act} as unknown_procedure under EST 4`, () => {
        spec().when(act).thenRefused('unknown_procedure', 'EST 4');
      });
    }
  });

  describe('when the treaty is not in force', () => {
    it('refuses an act on a procedure as not_in_force under EST 4, before looking the procedure up', () => {
      given().when(close('c-1', '2011-02-01')).thenRefused('not_in_force', 'EST 4');
    });
  });

  describe('when an act does not apply to the kind of procedure it names', () => {
    const cases: readonly [ProcedureAct, string][] = [
      [answer('RU', 'c-1', '2011-02-01'), 'consultations'],
      [join('PL', 'conf-1', '2011-02-01'), 'conference'],
      [attend('PL', 'ir-1', '2011-02-01'), 'information-request'],
      [attend('PL', 'acc-1', '2011-02-01'), 'accession'],
      [close('acc-1', '2011-02-01'), 'accession'],
      [proposeConference('US', 'ir-1', '2011-02-01'), 'information-request'],
      [support('RU', 'c-1', '2011-02-01'), 'consultations'],
      [proposeDecision('US', 'c-1', 'd', '2011-02-01'), 'consultations'],
      [object('US', 'xc-1', '2011-02-01', 'd'), 'extraordinary-conference'],
      [vote('US', 'conf-1', 'd', 'yes', '2011-02-01'), 'conference'],
      [assist('US', 'conf-1', 'GE', '2011-02-01'), 'conference'],
      [reportToUnsc('US', 'c-1', '2011-02-01'), 'consultations'],
      [unscMeasures('conf-1', '2011-02-01'), 'conference'],
    ];
    for (const [act, kind] of cases) {
      it(`refuses ${act.act} on a procedure of kind ${kind} as wrong_procedure under EST 4`, () => {
        const [violation] = spec().when(act).thenRefused('wrong_procedure', 'EST 4');
        assert.deepEqual(violation?.params, { procedure: act.procedure, kind });
      });
    }
  });

  describe('when a procedure is closed', () => {
    const closed = (id: string) => given({ assume: ALL, acts: [...ONE_OF_EACH, close(id, '2011-01-10')] });
    it('refuses acts on closed consultations as procedure_closed', () => {
      closed('c-1')
        .when(attend('RU', 'c-1', '2011-01-11'))
        .thenRefused('procedure_closed', 'EST 5(1)');
    });
    it('refuses acts on a closed Conference as procedure_closed', () => {
      closed('conf-1')
        .when(attend('RU', 'conf-1', '2011-01-11'))
        .thenRefused('procedure_closed', 'EST 6(3)');
    });
    it('refuses acts on a closed Extraordinary Conference as procedure_closed', () => {
      closed('xc-1')
        .when(attend('RU', 'xc-1', '2011-01-11'))
        .thenRefused('procedure_closed', 'EST 8(3)');
    });
    it('refuses acts on a closed information request as procedure_closed', () => {
      closed('ir-1')
        .when(answer('RU', 'ir-1', '2011-01-11'))
        .thenRefused('procedure_closed', 'EST 3(2)');
    });
  });

  describe('when a decision is unknown', () => {
    it('refuses a vote on it as unknown_decision', () => {
      given({ assume: ALL, acts: [...ONE_OF_EACH, attend('GE', 'xc-1', '2011-01-04')] })
        .when(vote('GE', 'xc-1', 'd', 'yes', '2011-01-05'))
        .thenRefused('unknown_decision', 'EST 8(3)');
    });
  });

  describe('ids (duplicate_id)', () => {
    it('shares one namespace among all kinds of procedure', () => {
      given({ assume: ALL, acts: ONE_OF_EACH })
        .when(requestConsultations('US', 'RU', '2011-02-01', { id: 'xc-1' }))
        .thenRefused('duplicate_id', 'EST 5(1)');
    });
    it('refuses an attack notification reusing the id of consultations', () => {
      given({ assume: ALL, acts: ONE_OF_EACH })
        .when(notifyAttack('UA', 'RU', '2011-02-01', { id: 'c-1' }))
        .thenRefused('duplicate_id', 'EST 8(1)');
    });
    it('skips ids already taken when it names a procedure itself', () => {
      const then = given({
        assume: ALL,
        acts: [requestInformation('GE', 'RU', '2011-01-01', { id: 'c-2' })],
      })
        .when(requestConsultations('US', 'RU', '2011-02-01'))
        .thenAccepted();
      assert.equal(then.events[0]?.type === 'ConsultationsRequested' && then.events[0].procedure, 'c-3');
    });
  });
});
