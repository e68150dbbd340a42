import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { PRESETS } from '../treaty/parties/index.ts';
import type { Act } from './acts.ts';
import type { Closing } from './events.ts';
import type { Setup } from './testing.ts';
import {
  attend,
  close,
  day,
  each,
  given,
  notifyAttack,
  party,
  proposeDecision,
  vote,
  withdraw,
} from './testing.ts';

const ALL = { inForce: '2010-01-01', parties: 'osce-2009+orgs' } as const;
const ATTACKED: readonly Act[] = [notifyAttack('GE', 'RU', '2011-08-08', { id: 'xc-1' })];

/** n of the 61 Parties: GE, RU and US first, then the others in alphabetical order. */
function attendees(n: number): string[] {
  const first = ['GE', 'RU', 'US'];
  return [...first, ...PRESETS['osce-2009+orgs'].filter((id) => !first.includes(id))].slice(0, n);
}

/** Whether a decision was adopted and who blocked it (its day and quorum are tested apart). */
function verdict(c: Closing, id: string): { adopted: boolean; blockedBy: readonly string[] } | undefined {
  const d = c.decisions[id];
  return d && { adopted: d.adopted, blockedBy: d.blockedBy };
}

function closing(setup: Setup): Closing {
  const { events } = given(setup).when(close('xc-1', '2011-08-10')).thenAccepted();
  const e = events[0];
  assert.ok(e?.type === 'ProcedureClosed' && e.closing !== null, 'a closing with a result');
  return e.closing;
}

describe('an armed attack and the Extraordinary Conference (EST 7, 8)', () => {
  describe('when the victim notifies an attack by another Party', () => {
    it('convenes an Extraordinary Conference that day, leaving out the attacker', () => {
      given({ assume: ALL })
        .when(notifyAttack('GE', 'RU', '2011-08-08', { id: 'xc-1' }))
        .thenEvents({
          type: 'ExtraordinaryConferenceConvened',
          on: day('2011-08-08'),
          by: party('GE'),
          procedure: 'xc-1',
          victim: party('GE'),
          attacker: party('RU'),
          attack: 'attack',
          excluded: [party('RU')],
        });
    });
    it('names the procedure xc-1 when no id is given', () => {
      const { events } = given({ assume: ALL })
        .when(notifyAttack('GE', 'RU', '2011-08-08'))
        .thenAccepted();
      assert.equal(events[0]?.type === 'ExtraordinaryConferenceConvened' && events[0].procedure, 'xc-1');
    });
    it('records a threat as a threat', () => {
      const { events } = given({ assume: ALL })
        .when(notifyAttack('GE', 'RU', '2011-08-08', { kind: 'threat' }))
        .thenAccepted();
      assert.equal(events[0]?.type === 'ExtraordinaryConferenceConvened' && events[0].attack, 'threat');
    });
  });

  describe('when the victim notifies a threat of armed attack by another Party (EST 8(3))', () => {
    const THREATENED: readonly Act[] = [
      notifyAttack('GE', 'RU', '2011-08-08', { id: 'xc-1', kind: 'threat' }),
    ];
    it('convenes the Conference and leaves no vote out: only a Party that carried out an armed attack loses it', () => {
      given({ assume: ALL })
        .when(notifyAttack('GE', 'RU', '2011-08-08', { id: 'xc-1', kind: 'threat' }))
        .thenEvents({
          type: 'ExtraordinaryConferenceConvened',
          on: day('2011-08-08'),
          by: party('GE'),
          procedure: 'xc-1',
          victim: party('GE'),
          attacker: party('RU'),
          attack: 'threat',
          excluded: [],
        });
    });
    it('reports excluded as [] in the outcome', () => {
      const proc = given({ assume: ALL, acts: THREATENED })
        .outcome()
        .procedures.find((p) => p.id === 'xc-1');
      assert.equal(proc?.attack, 'threat');
      assert.deepEqual(proc?.excluded, []);
    });
    it("records the threatening Party's vote", () => {
      given({
        assume: ALL,
        acts: [
          ...THREATENED,
          each('GE RU', (by) => attend(by, 'xc-1', '2011-08-08')),
          proposeDecision('GE', 'xc-1', 'ceasefire', '2011-08-09'),
        ],
      })
        .when(vote('RU', 'xc-1', 'ceasefire', 'no', '2011-08-09'))
        .thenEvents({
          type: 'VoteCast',
          on: day('2011-08-09'),
          by: party('RU'),
          procedure: 'xc-1',
          decision: 'ceasefire',
          vote: 'no',
        });
    });
    it('lets its vote against a decision defeat it at the close, naming it', () => {
      const c = closing({
        assume: ALL,
        acts: [
          ...THREATENED,
          ...each(attendees(49), (by) => attend(by, 'xc-1', '2011-08-08')),
          proposeDecision('GE', 'xc-1', 'ceasefire', '2011-08-09'),
          ...each('GE US FR DE', (by) => vote(by, 'xc-1', 'ceasefire', 'yes', '2011-08-09')),
          vote('RU', 'xc-1', 'ceasefire', 'no', '2011-08-09'),
        ],
      });
      assert.deepEqual(c.quorum, { required: 49, present: 49, met: true });
      assert.deepEqual(verdict(c, 'ceasefire'), { adopted: false, blockedBy: ['RU'] });
    });
  });

  describe('when the attacker is an outside actor', () => {
    it('excludes nobody: an outside attacker has no vote to leave out', () => {
      const { events } = given({ assume: ALL })
        .when(notifyAttack('GE', 'x:south-ossetia', '2011-08-08'))
        .thenAccepted();
      assert.deepEqual(events[0]?.type === 'ExtraordinaryConferenceConvened' && events[0].excluded, []);
    });
  });

  describe('when extraordinary.excludeAttacker is false', () => {
    it('excludes nobody', () => {
      const { events } = given({ assume: ALL, parameters: { 'extraordinary.excludeAttacker': false } })
        .when(notifyAttack('GE', 'RU', '2011-08-08'))
        .thenAccepted();
      assert.deepEqual(events[0]?.type === 'ExtraordinaryConferenceConvened' && events[0].excluded, []);
    });
  });

  describe('when the treaty is not in force', () => {
    it('refuses the notification as not_in_force under EST 8(1)', () => {
      given()
        .when(notifyAttack('GE', 'RU', '2011-08-08'))
        .thenRefused('not_in_force', 'EST 8(1)');
    });
  });

  describe('when a non-Party notifies', () => {
    it('refuses it as not_a_party under EST 7(1)', () => {
      given({ assume: ALL })
        .when(notifyAttack('JP', 'RU', '2011-08-08'))
        .thenRefused('not_a_party', 'EST 7(1)');
    });
  });

  describe('when the id is already in use', () => {
    it('refuses it as duplicate_id under EST 8(1)', () => {
      given({ assume: ALL, acts: ATTACKED })
        .when(notifyAttack('UA', 'RU', '2011-08-09', { id: 'xc-1' }))
        .thenRefused('duplicate_id', 'EST 8(1)');
    });
  });

  describe('when a third Party notifies on behalf of the victim (EST 8(2))', () => {
    it('convenes the Conference with the victim as victim when thirdPartyMayRequest is true', () => {
      const { events } = given({ assume: ALL })
        .when(notifyAttack('US', 'RU', '2011-08-08', { onBehalfOf: 'GE' }))
        .thenAccepted();
      const e = events[0];
      assert.ok(e?.type === 'ExtraordinaryConferenceConvened');
      assert.equal(e.by, 'US');
      assert.equal(e.victim, 'GE');
    });
    it('refuses it as not_the_victim under EST 8(2) when thirdPartyMayRequest is false', () => {
      given({ assume: ALL, parameters: { 'extraordinary.thirdPartyMayRequest': false } })
        .when(notifyAttack('US', 'RU', '2011-08-08', { onBehalfOf: 'GE' }))
        .thenRefused('not_the_victim', 'EST 8(2)');
    });
    it('accepts the victim naming itself even when third parties may not request', () => {
      given({ assume: ALL, parameters: { 'extraordinary.thirdPartyMayRequest': false } })
        .when(notifyAttack('GE', 'RU', '2011-08-08', { onBehalfOf: 'GE' }))
        .thenAccepted();
    });
    // EST 8(2): another Party may make the request only where the attacked Party cannot. One that has
    // notified the attack itself, its conference still open, plainly can: a second conference on the
    // same attack, asked for by someone else, is refused; once the first is closed, it may be asked.
    it('refuses it as victim_has_notified under EST 8(2) when the victim has notified the same attack', () => {
      given({ assume: ALL, acts: ATTACKED })
        .when(notifyAttack('US', 'RU', '2011-08-09', { onBehalfOf: 'GE', id: 'xc-2' }))
        .thenRefused('victim_has_notified', 'EST 8(2)');
    });
    it('accepts it for another attacker, or once the victim’s own conference is closed', () => {
      given({ assume: ALL, acts: ATTACKED })
        .when(notifyAttack('US', 'BY', '2011-08-09', { onBehalfOf: 'GE', id: 'xc-2' }))
        .thenAccepted();
      given({ assume: ALL, acts: [...ATTACKED, close('xc-1', '2011-08-09')] })
        .when(notifyAttack('US', 'RU', '2011-08-10', { onBehalfOf: 'GE', id: 'xc-2' }))
        .thenAccepted();
    });
    it('refuses a victim that is not a Party as not_a_party under EST 8(2)', () => {
      given({ assume: ALL })
        .when(notifyAttack('US', 'RU', '2011-08-08', { onBehalfOf: 'JP' }))
        .thenRefused('not_a_party', 'EST 8(2)');
    });
  });

  describe('quorum: four fifths of all Parties (61 Parties: 49)', () => {
    it('is met when 49 attend', () => {
      const c = closing({
        assume: ALL,
        acts: [...ATTACKED, ...each(attendees(49), (by) => attend(by, 'xc-1', '2011-08-08'))],
      });
      assert.equal(c.parties, 61);
      assert.deepEqual(c.quorum, { required: 49, present: 49, met: true });
    });
    it('is not met when 48 attend', () => {
      const c = closing({
        assume: ALL,
        acts: [...ATTACKED, ...each(attendees(48), (by) => attend(by, 'xc-1', '2011-08-08'))],
      });
      assert.deepEqual(c.quorum, { required: 49, present: 48, met: false });
    });
    it('counts the attacker present when it attends, though its vote is left out', () => {
      const without = attendees(49).filter((id) => id !== 'RU');
      const c = closing({
        assume: ALL,
        acts: [...ATTACKED, ...each(without, (by) => attend(by, 'xc-1', '2011-08-08'))],
      });
      assert.deepEqual(c.quorum, { required: 49, present: 48, met: false });
    });
    it('counts a Party whose withdrawal has taken effect neither present nor among the Parties', () => {
      const c = closing({
        assume: ALL,
        parameters: { 'withdrawal.noticeDays': 1 },
        acts: [
          ...ATTACKED,
          ...each(attendees(49), (by) => attend(by, 'xc-1', '2011-08-08')),
          withdraw('GE', '2011-08-08', 'supreme interests'),
        ],
      });
      assert.equal(c.parties, 60);
      assert.deepEqual(c.quorum, { required: 48, present: 48, met: true });
    });
  });

  describe('proposals', () => {
    const sitting = given({ assume: ALL, acts: [...ATTACKED, attend('GE', 'xc-1', '2011-08-08')] });
    it('records a decision proposed by a Party present', () => {
      sitting.when(proposeDecision('GE', 'xc-1', 'ceasefire', '2011-08-09', 'Ceasefire')).thenEvents({
        type: 'DecisionProposed',
        on: day('2011-08-09'),
        by: party('GE'),
        procedure: 'xc-1',
        decision: 'ceasefire',
        text: 'Ceasefire',
      });
    });
    it('refuses a decision proposed by a Party not present as not_present under EST 8(3)', () => {
      sitting
        .when(proposeDecision('US', 'xc-1', 'ceasefire', '2011-08-09'))
        .thenRefused('not_present', 'EST 8(3)');
    });
    it('refuses a decision id already proposed as duplicate_id under EST 8(3)', () => {
      given({
        assume: ALL,
        acts: [
          ...ATTACKED,
          attend('GE', 'xc-1', '2011-08-08'),
          proposeDecision('GE', 'xc-1', 'd', '2011-08-09'),
        ],
      })
        .when(proposeDecision('GE', 'xc-1', 'd', '2011-08-09'))
        .thenRefused('duplicate_id', 'EST 8(3)');
    });
    it('refuses attendance by a non-Party as not_a_party under EST 8(3)', () => {
      sitting.when(attend('JP', 'xc-1', '2011-08-08')).thenRefused('not_a_party', 'EST 8(3)');
    });
  });

  describe('votes', () => {
    const sitting = given({
      assume: ALL,
      acts: [
        ...ATTACKED,
        ...each('GE RU US', (by) => attend(by, 'xc-1', '2011-08-08')),
        proposeDecision('GE', 'xc-1', 'ceasefire', '2011-08-09'),
      ],
    });
    it('records the vote of a Party present', () => {
      sitting.when(vote('US', 'xc-1', 'ceasefire', 'yes', '2011-08-09')).thenEvents({
        type: 'VoteCast',
        on: day('2011-08-09'),
        by: party('US'),
        procedure: 'xc-1',
        decision: 'ceasefire',
        vote: 'yes',
      });
    });
    it("refuses the attacker's vote as vote_excluded under EST 8(3)", () => {
      sitting
        .when(vote('RU', 'xc-1', 'ceasefire', 'no', '2011-08-09'))
        .thenRefused('vote_excluded', 'EST 8(3)');
    });
    it('refuses the vote of a Party not present as not_present under EST 8(3)', () => {
      sitting
        .when(vote('DE', 'xc-1', 'ceasefire', 'yes', '2011-08-09'))
        .thenRefused('not_present', 'EST 8(3)');
    });
    it('refuses a vote on an unknown decision as unknown_decision under EST 8(3)', () => {
      sitting
        .when(vote('US', 'xc-1', 'sanctions', 'yes', '2011-08-09'))
        .thenRefused('unknown_decision', 'EST 8(3)');
    });
    it('refuses the vote of a non-Party as not_a_party under EST 8(3)', () => {
      sitting
        .when(vote('JP', 'xc-1', 'ceasefire', 'yes', '2011-08-09'))
        .thenRefused('not_a_party', 'EST 8(3)');
    });
    it('refuses a vote after the close as procedure_closed under EST 8(3)', () => {
      given({
        assume: ALL,
        acts: [
          ...ATTACKED,
          attend('GE', 'xc-1', '2011-08-08'),
          proposeDecision('GE', 'xc-1', 'ceasefire', '2011-08-09'),
          close('xc-1', '2011-08-10'),
        ],
      })
        .when(vote('GE', 'xc-1', 'ceasefire', 'yes', '2011-08-11'))
        .thenRefused('procedure_closed', 'EST 8(3)');
    });
  });

  describe('unanimity at the close (EST 8(3))', () => {
    const quorate = (abstentionBlocks: boolean, ...votes: readonly Act[]): Setup => ({
      assume: ALL,
      parameters: { 'extraordinary.abstentionBlocks': abstentionBlocks },
      acts: [
        ...ATTACKED,
        ...each(attendees(49), (by) => attend(by, 'xc-1', '2011-08-08')),
        proposeDecision('GE', 'xc-1', 'ceasefire', '2011-08-09'),
        ...votes,
      ],
    });
    const yes = each('GE US FR DE', (by) => vote(by, 'xc-1', 'ceasefire', 'yes', '2011-08-09'));

    it('adopts a decision with votes in favour and none against, silent Parties abstaining', () => {
      assert.deepEqual(verdict(closing(quorate(false, ...yes)), 'ceasefire'), {
        adopted: true,
        blockedBy: [],
      });
    });
    it('lets a vote against defeat it, naming the Party', () => {
      const c = closing(quorate(false, ...yes, vote('BY', 'xc-1', 'ceasefire', 'no', '2011-08-09')));
      assert.deepEqual(verdict(c, 'ceasefire'), { adopted: false, blockedBy: ['BY'] });
    });
    it('adopts nothing when nobody votes in favour', () => {
      assert.deepEqual(verdict(closing(quorate(false)), 'ceasefire'), { adopted: false, blockedBy: [] });
    });
    it('counts the last vote of a Party that votes twice', () => {
      const c = closing(
        quorate(
          false,
          ...yes,
          vote('BY', 'xc-1', 'ceasefire', 'no', '2011-08-09'),
          vote('BY', 'xc-1', 'ceasefire', 'yes', '2011-08-09'),
        ),
      );
      assert.deepEqual(verdict(c, 'ceasefire'), { adopted: true, blockedBy: [] });
    });
    describe('when extraordinary.abstentionBlocks is true', () => {
      it('lets the present Parties that did not vote, but not the attacker, defeat it', () => {
        const c = closing(quorate(true, ...yes));
        const silent = attendees(49)
          .filter((id) => !['GE', 'US', 'FR', 'DE', 'RU'].includes(id))
          .sort();
        assert.equal(c.decisions['ceasefire']?.adopted, false);
        assert.deepEqual(c.decisions['ceasefire']?.blockedBy, silent);
      });
      it('adopts it when every Party whose vote counts votes in favour', () => {
        const everyone = attendees(49).filter((id) => id !== 'RU');
        const c = closing(
          quorate(true, ...each(everyone, (by) => vote(by, 'xc-1', 'ceasefire', 'yes', '2011-08-09'))),
        );
        assert.deepEqual(verdict(c, 'ceasefire'), { adopted: true, blockedBy: [] });
      });
    });
    it('adopts nothing when the quorum is not met, however the votes go', () => {
      const c = closing({
        assume: ALL,
        acts: [
          ...ATTACKED,
          ...each('GE US', (by) => attend(by, 'xc-1', '2011-08-08')),
          proposeDecision('GE', 'xc-1', 'ceasefire', '2011-08-09'),
          ...each('GE US', (by) => vote(by, 'xc-1', 'ceasefire', 'yes', '2011-08-09')),
        ],
      });
      assert.deepEqual(c.quorum, { required: 49, present: 2, met: false });
      assert.equal(c.decisions['ceasefire']?.adopted, false);
    });
  });

  describe('when the Depositary closes a closed Extraordinary Conference', () => {
    it('refuses it as procedure_closed under EST 8(3)', () => {
      given({ assume: ALL, acts: [...ATTACKED, close('xc-1', '2011-08-10')] })
        .when(close('xc-1', '2011-08-11'))
        .thenRefused('procedure_closed', 'EST 8(3)');
    });
  });
});
