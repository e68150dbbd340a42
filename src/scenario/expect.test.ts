import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { compareExpect, matches } from './expect.ts';

/** An outcome in the shape of DESIGN §5, small enough to read. */
const OUTCOME = {
  scenario: 'test',
  treaty: 'est-2009',
  asOf: '2010-03-10',
  inForce: true,
  countedInstruments: 0,
  parties: [
    { id: 'RU', status: 'party', signed: null },
    { id: 'US', status: 'withdrawing', signed: '2010-01-01' },
  ],
  procedures: [
    {
      id: 'xc-1',
      kind: 'extraordinary-conference',
      status: 'closed',
      quorum: { required: 49, present: 3, met: false },
      excluded: ['RU'],
      decisions: [{ id: 'ceasefire', adopted: false, blockedBy: [] }],
    },
    {
      id: 'conf-1',
      kind: 'conference',
      status: 'open',
      quorum: { required: 41, present: 45, met: true },
      excluded: [],
      decisions: [],
    },
  ],
  findings: [
    { code: 'substantial_combat_forces', cite: 'NRC 4', parties: ['PL'], on: '2017-04-01' },
    { code: 'unreported_assistance', cite: 'EST 7(2)', parties: ['US', 'GB'], on: '2010-03-02' },
  ],
  rejected: [{ index: 7, on: '2010-03-09', act: 'vote', by: 'RU', code: 'vote_excluded', cite: 'EST 8(3)' }],
};

describe('compareExpect on objects', () => {
  it('finds no difference when the outcome meets the expectation', () => {
    assert.deepEqual(compareExpect({ inForce: true, asOf: '2010-03-10' }, OUTCOME), []);
  });

  it('ignores keys of the outcome that the expectation does not name', () => {
    assert.deepEqual(compareExpect({ treaty: 'est-2009' }, OUTCOME), []);
    assert.ok(matches({ a: 1 }, { a: 1, b: 2, c: { d: 3 } }));
  });

  it('reports a value that differs, with both values', () => {
    assert.deepEqual(compareExpect({ inForce: false }, OUTCOME), ['$.inForce: expected false, got true']);
  });

  it('reports a key the outcome lacks as nothing', () => {
    assert.deepEqual(compareExpect({ entryIntoForce: '2008-01-01' }, OUTCOME), [
      '$.entryIntoForce: expected "2008-01-01", got nothing',
    ]);
  });

  it('tells null from a missing key', () => {
    assert.ok(matches({ signed: null }, { signed: null }));
    assert.ok(!matches({ signed: null }, {}));
    assert.ok(!matches({ signed: null }, { signed: '2010-01-01' }));
  });

  it('compares nested objects key by key', () => {
    assert.ok(matches({ a: { b: { c: 1 } } }, { a: { b: { c: 1, d: 2 }, e: 3 } }));
    assert.deepEqual(compareExpect({ a: { b: { c: 2 } } }, { a: { b: { c: 1 } } }), [
      '$.a.b.c: expected 2, got 1',
    ]);
  });

  it('reports a map expected where the outcome has something else', () => {
    assert.deepEqual(compareExpect({ asOf: { year: 2010 } }, OUTCOME), [
      '$.asOf: expected a map, got "2010-03-10"',
    ]);
    assert.ok(!matches({ a: { b: 1 } }, { a: [1] }));
  });

  it('compares values strictly: 1 is not "1" and false is not null', () => {
    assert.ok(!matches({ a: 1 }, { a: '1' }));
    assert.ok(!matches({ a: false }, { a: null }));
    assert.ok(!matches({ a: 0 }, { a: false }));
  });
});

describe('compareExpect on arrays of records with ids', () => {
  it('matches by id, whatever the order', () => {
    assert.deepEqual(
      compareExpect(
        {
          procedures: [
            { id: 'conf-1', status: 'open' },
            { id: 'xc-1', status: 'closed' },
          ],
        },
        OUTCOME,
      ),
      [],
    );
  });

  it('ignores records of the outcome that the expectation does not list', () => {
    assert.deepEqual(compareExpect({ parties: [{ id: 'US', status: 'withdrawing' }] }, OUTCOME), []);
  });

  it('reports an id the outcome lacks', () => {
    assert.deepEqual(compareExpect({ procedures: [{ id: 'c-9' }] }, OUTCOME), [
      '$.procedures: no entry with id "c-9"',
    ]);
  });

  it('names the record by id in the path of a difference deep inside it', () => {
    assert.deepEqual(compareExpect({ procedures: [{ id: 'conf-1', quorum: { required: 38 } }] }, OUTCOME), [
      '$.procedures[id=conf-1].quorum.required: expected 38, got 41',
    ]);
  });

  it('follows ids through nested arrays', () => {
    assert.deepEqual(
      compareExpect(
        { procedures: [{ id: 'xc-1', decisions: [{ id: 'ceasefire', adopted: true }] }] },
        OUTCOME,
      ),
      ['$.procedures[id=xc-1].decisions[id=ceasefire].adopted: expected true, got false'],
    );
  });

  it('reports a list expected where the outcome has something else', () => {
    assert.deepEqual(compareExpect({ asOf: [{ id: 'x' }] }, OUTCOME), [
      '$.asOf: expected a list, got "2010-03-10"',
    ]);
  });
});

describe('compareExpect on arrays of records without ids', () => {
  it('accepts each expected record that matches some record of the outcome, as a subset', () => {
    assert.deepEqual(
      compareExpect(
        {
          findings: [
            { code: 'unreported_assistance', parties: ['GB', 'US'] },
            { code: 'substantial_combat_forces', on: '2017-04-01' },
          ],
        },
        OUTCOME,
      ),
      [],
    );
  });

  it('reports an expected record that no record matches', () => {
    assert.deepEqual(
      compareExpect({ findings: [{ code: 'substantial_combat_forces', parties: ['LT'] }] }, OUTCOME),
      ['$.findings: nothing matches {"code":"substantial_combat_forces","parties":["LT"]}'],
    );
  });

  it('needs all the fields of an expected record to match in one record, not across several', () => {
    // The code of one finding with the date of the other: each half matches, the whole does not.
    assert.equal(
      compareExpect({ findings: [{ code: 'unreported_assistance', on: '2017-04-01' }] }, OUTCOME).length,
      1,
    );
  });

  it('lets two expected records match the same actual record', () => {
    assert.ok(matches([{ a: 1 }, { b: 2 }], [{ a: 1, b: 2 }]));
  });
});

describe('compareExpect on other arrays', () => {
  it('compares them exactly, ignoring order', () => {
    assert.ok(matches(['US', 'GB'], ['GB', 'US']));
    assert.ok(matches([1, 'a', null], [null, 1, 'a']));
  });

  it('reports an array with an element too many or too few', () => {
    assert.deepEqual(compareExpect({ procedures: [{ id: 'xc-1', excluded: ['RU', 'GE'] }] }, OUTCOME), [
      '$.procedures[id=xc-1].excluded: expected ["RU","GE"], got ["RU"]',
    ]);
    assert.ok(!matches(['RU'], ['RU', 'GE']));
  });

  it('counts repeated elements', () => {
    assert.ok(!matches(['RU', 'RU'], ['RU']));
    assert.ok(!matches(['RU'], ['RU', 'RU']));
  });

  it('takes an empty expected array to mean exactly empty', () => {
    assert.deepEqual(compareExpect({ procedures: [{ id: 'conf-1', decisions: [] }] }, OUTCOME), []);
    assert.deepEqual(compareExpect({ rejected: [] }, OUTCOME).length, 1);
    assert.match(compareExpect({ rejected: [] }, OUTCOME)[0] ?? '', /^\$\.rejected: expected \[\], got \[/);
  });

  it('compares nested arrays inside records exactly', () => {
    assert.ok(matches({ parties: ['US', 'GB'] }, { parties: ['GB', 'US'] }));
    assert.ok(!matches({ parties: ['US'] }, { parties: ['GB', 'US'] }));
  });
});

describe('compareExpect with $none', () => {
  it('passes when no record matches a $none pattern', () => {
    assert.deepEqual(compareExpect({ $none: { findings: [{ parties: ['DE'] }] } }, OUTCOME), []);
  });

  it('reports a record that matches a $none pattern', () => {
    assert.deepEqual(
      compareExpect({ $none: { findings: [{ code: 'substantial_combat_forces' }] } }, OUTCOME),
      ['$.findings: a record matches {"code":"substantial_combat_forces"}, which should not be there'],
    );
  });

  it('matches $none patterns as subsets, and arrays in them exactly', () => {
    assert.equal(compareExpect({ $none: { findings: [{ parties: ['US', 'GB'] }] } }, OUTCOME).length, 1);
    assert.equal(compareExpect({ $none: { findings: [{ parties: ['US'] }] } }, OUTCOME).length, 0);
  });

  it('accepts a single pattern as well as a list', () => {
    assert.equal(compareExpect({ $none: { rejected: { code: 'vote_excluded' } } }, OUTCOME).length, 1);
    assert.equal(compareExpect({ $none: { rejected: { code: 'not_present' } } }, OUTCOME).length, 0);
  });

  it('reports each matching pattern', () => {
    const out = compareExpect(
      {
        $none: {
          findings: [{ cite: 'NRC 4' }, { cite: 'EST 7(2)' }, { cite: 'EST 10' }],
          rejected: [{ by: 'RU' }],
        },
      },
      OUTCOME,
    );
    assert.equal(out.length, 3);
  });

  it('finds nothing to forbid under a key the outcome does not have', () => {
    assert.deepEqual(compareExpect({ $none: { nothing: [{ a: 1 }] } }, OUTCOME), []);
  });

  it('does not treat $none as a key of the outcome', () => {
    assert.deepEqual(compareExpect({ inForce: true, $none: { findings: [{ code: 'x' }] } }, OUTCOME), []);
  });
});

describe('compareExpect lists every difference', () => {
  it('reports each difference of one expectation, not only the first', () => {
    const out = compareExpect(
      {
        inForce: false,
        asOf: '2010-01-01',
        parties: [{ id: 'RU', status: 'withdrawn' }, { id: 'FR' }],
        procedures: [{ id: 'conf-1', status: 'closed', quorum: { required: 38, met: false } }],
        findings: [{ code: 'possible_incompatibility' }],
        $none: { rejected: [{ code: 'vote_excluded' }] },
      },
      OUTCOME,
    );
    assert.deepEqual(out, [
      '$.inForce: expected false, got true',
      '$.asOf: expected "2010-01-01", got "2010-03-10"',
      '$.parties[id=RU].status: expected "withdrawn", got "party"',
      '$.parties: no entry with id "FR"',
      '$.procedures[id=conf-1].status: expected "closed", got "open"',
      '$.procedures[id=conf-1].quorum.required: expected 38, got 41',
      '$.procedures[id=conf-1].quorum.met: expected false, got true',
      '$.findings: nothing matches {"code":"possible_incompatibility"}',
      '$.rejected: a record matches {"code":"vote_excluded"}, which should not be there',
    ]);
  });

  it('makes matches false exactly when compareExpect finds a difference', () => {
    const expectations: Record<string, unknown>[] = [
      { inForce: true },
      { inForce: false },
      { procedures: [{ id: 'xc-1', quorum: { met: false } }] },
      { procedures: [{ id: 'xc-1', quorum: { met: true } }] },
      { findings: [{ cite: 'NRC 4' }] },
      { findings: [{ cite: 'NRC 5' }] },
    ];
    for (const e of expectations) assert.equal(matches(e, OUTCOME), compareExpect(e, OUTCOME).length === 0);
  });
});
