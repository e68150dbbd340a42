import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { PRESETS } from '../treaty/parties/index.ts';
import type { Act } from './acts.ts';
import {
  attend,
  close,
  day,
  each,
  given,
  notifyAttack,
  parties,
  party,
  proposeDecision,
  vote,
} from './testing.ts';

const ALL = { inForce: '2010-01-01', parties: 'osce-2009+orgs' } as const;

// EST 8(3): "if the armed attack was carried out by a Party", that Party's vote is not counted. An
// attack may be carried out by more than one state (one lends its territory and its forces to
// another's attack, say): read so, the vote of every attacker that is a Party is left out, and only
// of those that carried out an armed attack, not a threat.
describe('an armed attack by more than one attacker (EST 8(3))', () => {
  /** GE notifies an armed attack by RU and BY. */
  const BY_TWO: readonly Act[] = [notifyAttack('GE', 'RU BY', '2011-08-08', { id: 'xc-1' })];

  it('convenes one Extraordinary Conference, keeping the first as attacker and leaving out every attacker that is a Party', () => {
    given({ assume: ALL })
      .when(notifyAttack('GE', 'RU BY', '2011-08-08', { id: 'xc-1' }))
      .thenEvents({
        type: 'ExtraordinaryConferenceConvened',
        on: day('2011-08-08'),
        by: party('GE'),
        procedure: 'xc-1',
        victim: party('GE'),
        attacker: party('RU'),
        attackers: parties('RU BY'),
        attack: 'attack',
        excluded: parties('RU BY'),
      });
  });
  it('leaves out only the attackers that are Parties: an outside attacker has no vote', () => {
    const { events } = given({ assume: ALL })
      .when(notifyAttack('GE', 'RU x:irregulars', '2011-08-08', { id: 'xc-1' }))
      .thenAccepted();
    assert.deepEqual(events[0]?.type === 'ExtraordinaryConferenceConvened' && events[0].excluded, ['RU']);
  });
  it('leaves out nobody after a threat by several', () => {
    const { events } = given({ assume: ALL })
      .when(notifyAttack('GE', 'RU BY', '2011-08-08', { id: 'xc-1', kind: 'threat' }))
      .thenAccepted();
    assert.deepEqual(events[0]?.type === 'ExtraordinaryConferenceConvened' && events[0].excluded, []);
  });
  it('leaves out nobody when extraordinary.excludeAttacker is false', () => {
    const { events } = given({ assume: ALL, parameters: { 'extraordinary.excludeAttacker': false } })
      .when(notifyAttack('GE', 'RU BY', '2011-08-08', { id: 'xc-1' }))
      .thenAccepted();
    assert.deepEqual(events[0]?.type === 'ExtraordinaryConferenceConvened' && events[0].excluded, []);
  });
  it('refuses the vote of the second attacker as vote_excluded under EST 8(3)', () => {
    given({
      assume: ALL,
      acts: [
        ...BY_TWO,
        ...each('GE BY', (by) => attend(by, 'xc-1', '2011-08-08')),
        proposeDecision('GE', 'xc-1', 'ceasefire', '2011-08-08'),
      ],
    })
      .when(vote('BY', 'xc-1', 'ceasefire', 'no', '2011-08-09'))
      .thenRefused('vote_excluded', 'EST 8(3)');
  });
  it('adopts a decision every counted vote supports, the attackers present but not counted', () => {
    const first = ['GE', 'RU', 'BY', 'US'];
    const present = [...first, ...PRESETS['osce-2009+orgs'].filter((id) => !first.includes(id))].slice(0, 49);
    const { events } = given({
      assume: ALL,
      acts: [
        ...BY_TWO,
        ...each(present, (by) => attend(by, 'xc-1', '2011-08-08')),
        proposeDecision('GE', 'xc-1', 'ceasefire', '2011-08-09'),
        ...each(
          present.filter((p) => p !== 'RU' && p !== 'BY'),
          (by) => vote(by, 'xc-1', 'ceasefire', 'yes', '2011-08-09'),
        ),
      ],
    })
      .when(close('xc-1', '2011-08-10'))
      .thenAccepted();
    const e = events[0];
    assert.ok(e?.type === 'ProcedureClosed' && e.closing !== null);
    assert.equal(e.closing.decisions['ceasefire']?.adopted, true);
  });
  it('shows attacker (the first) and attackers (all) in the outcome', () => {
    const p = given({ assume: ALL, acts: BY_TWO })
      .outcome()
      .procedures.find((x) => x.id === 'xc-1');
    assert.equal(p?.attacker, 'RU');
    assert.deepEqual(p?.attackers, ['RU', 'BY']);
  });
  it('shows a single attacker as a list of one in attackers', () => {
    const p = given({ assume: ALL, acts: [notifyAttack('GE', 'RU', '2011-08-08', { id: 'xc-1' })] })
      .outcome()
      .procedures.find((x) => x.id === 'xc-1');
    assert.equal(p?.attacker, 'RU');
    assert.deepEqual(p?.attackers, ['RU']);
  });
  // EST 8(2): another Party asks only where the attacked Party cannot; the same attack is one by any
  // of the attackers the victim has notified.
  it('refuses a third Party notifying the attack by one of the attackers the victim notified (victim_has_notified)', () => {
    given({ assume: ALL, acts: BY_TWO })
      .when(notifyAttack('US', 'BY', '2011-08-09', { onBehalfOf: 'GE', id: 'xc-2' }))
      .thenRefused('victim_has_notified', 'EST 8(2)');
  });
});
