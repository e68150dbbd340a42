import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { quorumOf } from '../engine/closing.ts';
import { isoDate } from '../treaty/dates.ts';
import { resolveParameters } from '../treaty/parameters/index.ts';
import { PRESETS } from '../treaty/parties/index.ts';
import { blocking, parseBlocs } from './blocking.ts';
import type { BlockingReport } from './blocking.ts';
import { GameError } from './games.ts';

const bloc = (r: BlockingReport, id: string) => {
  const b = r.blocs.find((x) => x.id === id);
  assert.ok(b, `no bloc ${id}`);
  return b;
};
const line = (r: BlockingReport): string =>
  r.blocs.map((b) => `${b.id} ${b.size} ${b.canDenyQuorum ? 'can' : 'cannot'}`).join(', ');

describe('blocking by absence at the Conference (EST 6(3))', () => {
  it('56 Parties: quorum 38, 19 absentees deny it; NATO (28) and the EU (27) can, the CSTO (7) and the CIS (9) cannot', () => {
    const r = blocking({ body: 'conference', parties: 'osce-2009' });
    assert.equal(r.parties, 56);
    assert.equal(r.quorumRequired, 38);
    assert.equal(r.absenteesToDeny, 19);
    assert.equal(line(r), 'NATO 28 can, EU 27 can, CSTO 7 cannot, CIS 9 cannot');
    assert.deepEqual(
      r.smallestDenyingCombinations.map((c) => c.blocs),
      [['NATO'], ['EU']],
    );
    assert.equal(bloc(r, 'CSTO').shortBy, 12);
  });

  it('61 Parties: each organization counts itself beside its members', () => {
    const r = blocking({ body: 'conference' });
    assert.equal(r.parties, 61);
    assert.equal(r.quorumRequired, 41);
    assert.equal(r.absenteesToDeny, 21);
    assert.equal(line(r), 'NATO 29 can, EU 28 can, CSTO 8 cannot, CIS 10 cannot');
    assert.ok(bloc(r, 'NATO').organizationCounted);
  });

  it('reads memberships on the day: NATO of 2024 is 32 states, all among the 2009 Parties', () => {
    const r = blocking({ body: 'conference', parties: 'osce-2009', asOf: isoDate('2024-06-01') });
    assert.equal(bloc(r, 'NATO').size, 32);
  });

  it('lets every present Party block a quorate Conference by objecting', () => {
    const r = blocking({ body: 'conference', parties: 'osce-2009' });
    assert.equal(r.vetoes.rule, 'objection');
    assert.equal(r.vetoes.count, 56);
    assert.deepEqual(r.vetoes.byAbsence, []);
  });
});

describe('blocking by absence at the Extraordinary Conference (EST 8(3))', () => {
  it('56 Parties: quorum 45, 12 absentees deny it; only NATO and the EU can, and the CSTO with the CIS cannot', () => {
    const r = blocking({ body: 'extraordinary', parties: 'osce-2009' });
    assert.equal(r.quorumRequired, 45);
    assert.equal(r.absenteesToDeny, 12);
    assert.equal(line(r), 'NATO 28 can, EU 27 can, CSTO 7 cannot, CIS 9 cannot');
    assert.ok(
      !r.smallestDenyingCombinations.some((c) => c.blocs.includes('CSTO') || c.blocs.includes('CIS')),
    );
  });

  it('counts an overlap once: a bloc file with CSTO+CIS and the Central Asian five', () => {
    const blocs = parseBlocs({
      blocs: [
        { id: 'central-asia', members: ['KZ', 'KG', 'TJ', 'TM', 'UZ'] },
        { id: 'guam', members: ['GE', 'UA', 'AZ', 'MD'] },
      ],
    });
    assert.ok(blocs.ok);
    const r = blocking({ body: 'extraordinary', parties: 'osce-2009', blocs: blocs.value });
    // CIS (9) + GUAM adds GE and UA (AZ and MD are in both) + central Asia adds TM = 12: exactly enough.
    assert.equal(bloc(r, 'central-asia').size, 5);
    const combo = r.smallestDenyingCombinations.find((c) => c.blocs.includes('guam'));
    assert.deepEqual(combo, { blocs: ['CIS', 'central-asia', 'guam'], size: 12 });
  });

  it('leaves the attacker out of the vetoes, with the reason, and weighs organizations by organizations.voteWeight', () => {
    const params = resolveParameters('est-2009', { 'organizations.voteWeight': 0 });
    const r = blocking({ body: 'extraordinary', attacker: 'RU', params });
    assert.equal(r.parties, 56);
    assert.equal(r.vetoes.count, 55);
    assert.deepEqual(
      r.vetoes.cannot.map((c) => c.id),
      ['CIS', 'CSTO', 'EU', 'NATO', 'OSCE', 'RU'],
    );
    assert.equal(r.vetoes.abstentionBlocks, false);
    assert.equal(bloc(r, 'NATO').size, 28);
  });

  it('refuses an attacker at the Conference, and unknown ids in a bloc file', () => {
    assert.throws(() => blocking({ body: 'conference', attacker: 'RU' }), GameError);
    const bad = parseBlocs([{ id: 'x', members: ['ZZ'] }]);
    assert.ok(!bad.ok && /ZZ/.test(bad.problem));
    assert.equal(parseBlocs([{ id: 'x' }]).ok, false);
    assert.equal(
      parseBlocs({
        blocs: [
          { id: 'x', members: [] },
          { id: 'x', members: [] },
        ],
      }).ok,
      false,
    );
  });
});

describe('the absentee arithmetic', () => {
  it('denies the quorum exactly when N - q + 1 or more stay away, for any N and fraction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (n, a, b) => {
          const fraction = { num: Math.min(a, b), den: Math.max(a, b) };
          const q = quorumOf(fraction, n, 0).required;
          const deny = n - q + 1;
          assert.equal(quorumOf(fraction, n, n - deny).met, false);
          assert.equal(quorumOf(fraction, n, n - deny + 1).met, true);
        },
      ),
    );
  });

  it('lists only minimal combinations: no listed set contains another', () => {
    const blocs = [
      { id: 'a', members: PRESETS['eu-2009'].slice(0, 10) },
      { id: 'b', members: PRESETS['eu-2009'].slice(5, 20) },
      { id: 'c', members: PRESETS['csto-2009'] },
    ];
    const r = blocking({ body: 'extraordinary', parties: 'osce-2009', blocs });
    const sets = r.smallestDenyingCombinations.map((c) => new Set(c.blocs));
    for (const x of sets)
      for (const y of sets)
        if (x !== y) assert.ok(![...x].every((id) => y.has(id)), `${[...x].join()} within ${[...y].join()}`);
    // b (15) denies the 12 alone, so no listed set adds anything to it; a (10) needs a partner.
    assert.deepEqual(
      r.smallestDenyingCombinations.map((c) => c.blocs.join('+')),
      ['NATO', 'EU', 'b', 'CIS+a', 'CSTO+a', 'a+c'],
    );
  });
});
