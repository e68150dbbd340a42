/**
 * A decision is judged on the day it is taken, not on the day the Depositary closes the conference
 * (EST 6(3) and 8(3): the quorum is of "the Parties", counted when the conference decides; DESIGN
 * §3). The expected values below are counted by hand from the text: six Parties, a quorum of 4/5 at
 * an Extraordinary Conference (required: ceil(4/5 * 6) = 5) and of 2/3 at a Conference (4 of 6).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

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
  object,
  party,
  proposeConference,
  proposeDecision,
  requestConsultations,
  support,
  vote,
  withdraw,
} from './testing.ts';

const SIX = ['GE', 'RU', 'US', 'FR', 'DE', 'PL'] as const;
const SETUP: Setup = {
  assume: { inForce: '2010-01-01', parties: [...SIX] },
  parameters: { 'withdrawal.noticeDays': 90 },
};
const REASONS = 'Extraordinary events have endangered its supreme interests';

/** FR and DE (or the two given) give notice on 1 January 2011: no longer Parties from 1 April 2011. */
const leaving = (a = 'FR', b = 'DE'): Act[] => [
  withdraw(a, '2011-01-01', REASONS),
  withdraw(b, '2011-01-01', REASONS),
];

function closedOn(setup: Setup, procedure: string, on: string): Closing {
  const { events } = given(setup).when(close(procedure, on)).thenAccepted();
  const e = events[0];
  assert.ok(e?.type === 'ProcedureClosed' && e.closing !== null, 'a closing with a result');
  return e.closing;
}

const attack = (attendees: readonly string[], voters: readonly string[]): Act[] => [
  notifyAttack('GE', 'RU', '2011-03-01', { id: 'xc-1' }),
  ...each(attendees, (by) => attend(by, 'xc-1', '2011-03-01')),
  proposeDecision('GE', 'xc-1', 'ceasefire', '2011-03-02'),
  ...each(voters, (by) => vote(by, 'xc-1', 'ceasefire', 'yes', '2011-03-02')),
];

describe('a decision is judged on the day it is taken (EST 6(3), 8(3))', () => {
  describe('at an Extraordinary Conference (quorum 4/5 of six Parties: 5)', () => {
    it('stays adopted when two of the five present withdraw before the close', () => {
      // Taken on 2 March 2011 by 5 present of 6 Parties; FR and DE cease to be Parties on 1 April.
      const acts = [...leaving(), ...attack(['GE', 'RU', 'US', 'FR', 'DE'], ['GE', 'US', 'FR', 'DE'])];
      const c = closedOn({ ...SETUP, acts }, 'xc-1', '2011-05-01');
      assert.deepEqual(c.decisions['ceasefire'], {
        adopted: true,
        blockedBy: [],
        taken: day('2011-03-02'),
        parties: 6,
        quorum: { required: 5, present: 5, met: true },
      });
      // The conference's own attendance on the closing day: 3 present (GE, RU, US) of 4 Parties.
      assert.equal(c.parties, 4);
      assert.deepEqual(c.quorum, { required: 4, present: 3, met: false });
    });

    it('stays not adopted when two absent Parties withdraw before the close', () => {
      // Taken by 4 present of 6 (no quorum); PL and DE, absent, cease to be Parties on 1 April.
      const acts = [...leaving('PL', 'DE'), ...attack(['GE', 'RU', 'US', 'FR'], ['GE', 'US', 'FR'])];
      const c = closedOn({ ...SETUP, acts }, 'xc-1', '2011-05-01');
      assert.equal(c.decisions['ceasefire']?.adopted, false);
      assert.deepEqual(c.decisions['ceasefire']?.quorum, { required: 5, present: 4, met: false });
      assert.equal(c.decisions['ceasefire']?.parties, 6);
    });

    it('keeps a vote against made by a Party whose withdrawal took effect before the close', () => {
      const acts = [
        ...leaving(),
        ...attack(['GE', 'RU', 'US', 'FR', 'DE'], ['GE', 'US', 'DE']),
        vote('FR', 'xc-1', 'ceasefire', 'no', '2011-03-02'),
      ];
      const c = closedOn({ ...SETUP, acts }, 'xc-1', '2011-05-01');
      assert.equal(c.decisions['ceasefire']?.adopted, false);
      assert.deepEqual(c.decisions['ceasefire']?.blockedBy, ['FR']);
    });

    it('is taken on the day of its last vote: a later vote moves the day, and presence is of that day', () => {
      // Proposed on 2 March with 4 present; PL attends on 10 March and votes then: 5 present.
      const acts = [
        ...attack(['GE', 'RU', 'US', 'FR'], ['GE', 'US', 'FR']),
        attend('PL', 'xc-1', '2011-03-10'),
        vote('PL', 'xc-1', 'ceasefire', 'yes', '2011-03-10'),
      ];
      const c = closedOn({ ...SETUP, acts }, 'xc-1', '2011-03-11');
      assert.deepEqual(c.decisions['ceasefire'], {
        adopted: true,
        blockedBy: [],
        taken: day('2011-03-10'),
        parties: 6,
        quorum: { required: 5, present: 5, met: true },
      });
    });

    it('counts as present only those who had attended by the day it was taken', () => {
      // Taken on 2 March with 4 present; DE and PL attend afterwards and do not vote.
      const acts = [
        ...attack(['GE', 'RU', 'US', 'FR'], ['GE', 'US', 'FR']),
        ...each(['DE', 'PL'], (by) => attend(by, 'xc-1', '2011-03-05')),
      ];
      const c = closedOn({ ...SETUP, acts }, 'xc-1', '2011-03-11');
      assert.equal(c.decisions['ceasefire']?.adopted, false);
      assert.deepEqual(c.decisions['ceasefire']?.quorum, { required: 5, present: 4, met: false });
      // The close itself sees all six present.
      assert.deepEqual(c.quorum, { required: 5, present: 6, met: true });
    });

    it('gives each decision the day it was taken in the outcome, and null while open', () => {
      const acts = [...leaving(), ...attack(['GE', 'RU', 'US', 'FR', 'DE'], ['GE', 'US', 'FR', 'DE'])];
      const open = given({ ...SETUP, acts }).outcome('2011-03-20');
      const before = open.procedures.find((p) => p.id === 'xc-1')?.decisions?.[0];
      assert.equal(before?.taken, null);
      assert.equal(before?.adopted, null);
      const then = given({ ...SETUP, acts })
        .when(close('xc-1', '2011-05-01'))
        .thenAccepted();
      const after = then.outcome('2011-05-01').procedures.find((p) => p.id === 'xc-1');
      const d = after?.decisions?.[0];
      assert.equal(d?.taken, '2011-03-02');
      assert.equal(d?.adopted, true);
      assert.deepEqual(d?.quorum, { required: 5, present: 5, met: true });
      // Votes as cast, with FR and DE counted although they are no longer Parties on the report day.
      assert.deepEqual(d?.votes, { yes: ['DE', 'FR', 'GE', 'US'], no: [], abstain: [] });
      assert.deepEqual(after?.quorum, { required: 4, present: 3, met: false });
    });
  });

  describe('at a Conference of the Parties (consensus, quorum 2/3 of six Parties: 4)', () => {
    const convened: Act[] = [
      requestConsultations('US', 'RU', '2011-02-01', { id: 'c-1' }),
      attend('US', 'c-1', '2011-02-02'),
      attend('RU', 'c-1', '2011-02-02'),
      close('c-1', '2011-02-03'),
      proposeConference('US', 'c-1', '2011-02-04', 'conf-1'),
      support('RU', 'conf-1', '2011-02-04'),
      ...each(['US', 'RU', 'FR', 'GE'], (by) => attend(by, 'conf-1', '2011-03-01')),
      proposeDecision('US', 'conf-1', 'hotline', '2011-03-01'),
    ];

    it('keeps the objection of a Party present whose withdrawal takes effect before the close', () => {
      const acts = [
        withdraw('FR', '2011-01-01', REASONS),
        ...convened,
        object('FR', 'conf-1', '2011-03-02', 'hotline'),
      ];
      const c = closedOn({ ...SETUP, acts }, 'conf-1', '2011-05-01');
      assert.deepEqual(c.decisions['hotline'], {
        adopted: false,
        blockedBy: [party('FR')],
        taken: day('2011-03-02'),
        parties: 6,
        quorum: { required: 4, present: 4, met: true },
      });
    });

    it('with no objection, is taken on the day it was proposed', () => {
      const acts = [withdraw('FR', '2011-01-01', REASONS), ...convened];
      const c = closedOn({ ...SETUP, acts }, 'conf-1', '2011-05-01');
      assert.equal(c.decisions['hotline']?.adopted, true);
      assert.equal(c.decisions['hotline']?.taken, day('2011-03-01'));
      // On the closing day only 3 present of 5 Parties: the close does not undo the decision.
      assert.deepEqual(c.quorum, { required: 4, present: 3, met: false });
    });
  });
});
