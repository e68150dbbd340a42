// node:test's describe/it return promises that the runner itself awaits and reports.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import countries from 'i18n-iso-countries';

import { isoDate } from '../dates.ts';
import { ORGANIZATION_IDS } from '../entities.ts';
import { ISO_3166_ALPHA2 } from '../iso3166.ts';
import {
  MEMBERSHIPS,
  ORGANIZATIONS,
  PRESETS,
  PRESET_DATE,
  STATES,
  membersOn,
  partySetProblem,
  resolvePartySet,
  state,
} from './index.ts';

const ids = (set: Iterable<string>): string[] => [...set].sort();
const split = (text: string): string[] => text.split(' ').sort();

describe('the presets of 2009', () => {
  it('have the sizes of DESIGN §2: 56, 61, 28, 29, 27, 7 and 9', () => {
    const sizes = Object.fromEntries(Object.entries(PRESETS).map(([id, members]) => [id, members.length]));
    assert.deepEqual(sizes, {
      'osce-2009': 56,
      'osce-2009+orgs': 61,
      'nato-2009': 28,
      'nrc-2009': 29,
      'eu-2009': 27,
      'csto-2009': 7,
      'cis-2009': 9,
    });
  });

  it('add the five organizations to the OSCE states in osce-2009+orgs', () => {
    assert.deepEqual(ids(PRESETS['osce-2009+orgs']), ids([...PRESETS['osce-2009'], ...ORGANIZATION_IDS]));
  });

  it('make the NATO-Russia Council the 28 Allies and Russia', () => {
    assert.deepEqual(ids(PRESETS['nrc-2009']), ids([...PRESETS['nato-2009'], 'RU']));
  });

  it('count exactly AM BY KG KZ RU TJ UZ as the CSTO', () => {
    assert.deepEqual(ids(PRESETS['csto-2009']), split('AM BY KG KZ RU TJ UZ'));
  });

  it('count exactly the nine full CIS members AM AZ BY KG KZ MD RU TJ UZ', () => {
    assert.deepEqual(ids(PRESETS['cis-2009']), split('AM AZ BY KG KZ MD RU TJ UZ'));
  });

  it('leave Mongolia out, though it is an OSCE participant by 2013', () => {
    assert.ok(!PRESETS['osce-2009'].includes('MN' as never));
    assert.ok(membersOn('OSCE', isoDate('2013-01-01')).includes('MN' as never));
    assert.equal(membersOn('OSCE', isoDate('2013-01-01')).length, 57);
  });
});

describe('the OSCE of the day asked (osce, osce+orgs)', () => {
  it('resolve on the day: 56 participating States in 2009, 57 with Mongolia from 2012-11-21 (S70)', () => {
    assert.equal(resolvePartySet('osce', isoDate('2012-11-20')).size, 56);
    assert.ok(!resolvePartySet('osce', isoDate('2012-11-20')).has('MN' as never));
    assert.ok(resolvePartySet('osce', isoDate('2012-11-21')).has('MN' as never));
    assert.equal(resolvePartySet('osce', isoDate('2012-11-21')).size, 57);
  });

  it('add the five organizations of EST 10 with +orgs, as osce-2009+orgs does for 2009', () => {
    assert.deepEqual(ids(resolvePartySet('osce+orgs', PRESET_DATE)), ids(PRESETS['osce-2009+orgs']));
    assert.equal(resolvePartySet('osce+orgs', isoDate('2013-01-01')).size, 57 + ORGANIZATION_IDS.length);
  });

  it('are well-formed party sets', () => {
    assert.equal(partySetProblem('osce'), null);
    assert.equal(partySetProblem(['osce+orgs', 'JP']), null);
    assert.match(partySetProblem('osce+org') ?? '', /osce\+orgs/);
  });
});

describe('the NATO members that joined after the Founding Act', () => {
  const NEW_2009 = split('AL BG CZ EE HR HU LT LV PL RO SI SK');

  it('are the twelve of the 1999, 2004 and 2009 rounds as of 2009-11-29', () => {
    assert.deepEqual(ids(resolvePartySet('nato-joined-after:1997-05-27', PRESET_DATE)), NEW_2009);
  });

  it('gain ME MK FI SE, sixteen in all, by 2024-06-01', () => {
    const later = resolvePartySet('nato-joined-after:1997-05-27', isoDate('2024-06-01'));
    assert.deepEqual(ids(later), ids([...NEW_2009, 'ME', 'MK', 'FI', 'SE']));
    assert.equal(later.size, 16);
  });

  it('are in 2009 the same set as those that joined after the Soviet breakup', () => {
    assert.deepEqual(ids(resolvePartySet('nato-joined-after:1991-12-26', PRESET_DATE)), NEW_2009);
  });

  it('leave as the Alliance of 1997-05-27 the sixteen states of TREATY §4.3', () => {
    assert.deepEqual(
      ids(membersOn('NATO', isoDate('1997-05-27'))),
      split('BE CA DK FR IS IT LU NL NO PT GB US GR TR DE ES'),
    );
  });
});

describe('the overlaps of TREATY §4.2 on 2009-11-29', () => {
  const blocMembers = (cisKinds: Parameters<typeof membersOn>[2]): Set<string> =>
    new Set([
      ...membersOn('NATO', PRESET_DATE),
      ...membersOn('EU', PRESET_DATE),
      ...membersOn('CSTO', PRESET_DATE),
      ...membersOn('CIS', PRESET_DATE, cisKinds),
    ]);
  const outside = (inAny: Set<string>): string[] => PRESETS['osce-2009'].filter((id) => !inAny.has(id));

  it('put 45 of the 56 states in NATO, the EU, the CSTO or the CIS, with TM and UA counted as CIS', () => {
    const inAny = blocMembers(['member', 'associate', 'participating']);
    assert.equal(inAny.size, 45);
    assert.ok([...inAny].every((id) => PRESETS['osce-2009'].includes(id as never)));
  });

  it('leave AD BA GE VA LI MK MC ME SM RS CH in none of them', () => {
    assert.deepEqual(
      ids(outside(blocMembers(['member', 'associate', 'participating']))),
      split('AD BA GE VA LI MK MC ME SM RS CH'),
    );
  });

  it('leave 13 outside, adding TM and UA, when only full CIS members count', () => {
    const none = outside(blocMembers(['member']));
    assert.equal(none.length, 13);
    assert.deepEqual(ids(none), split('AD BA GE VA LI MK MC ME SM RS CH TM UA'));
  });
});

describe('membership on the edge days', () => {
  it('has Georgia in the CIS on 2009-08-17 and out of it on 2009-11-29', () => {
    assert.ok(membersOn('CIS', isoDate('2009-08-17')).includes('GE' as never));
    assert.ok(!membersOn('CIS', isoDate('2009-11-29')).includes('GE' as never));
  });

  it('has the United Kingdom in the EU on 2020-01-31 and out of it on 2020-02-01', () => {
    assert.ok(membersOn('EU', isoDate('2020-01-31')).includes('GB' as never));
    assert.ok(!membersOn('EU', isoDate('2020-02-01')).includes('GB' as never));
  });
});

describe('the state registry', () => {
  it('lists each state once, sorted by id', () => {
    const list = STATES.map((s) => s.id);
    assert.deepEqual(list, [...new Set(list)].sort());
  });

  it('gives every state an English name and a Russian name in Cyrillic', () => {
    for (const s of STATES) {
      assert.match(s.name.en, /^[A-Za-z][A-Za-z -]*$/, s.id);
      assert.match(s.name.ru, /^[\p{Script=Cyrillic}][\p{Script=Cyrillic} -]*$/u, s.id);
    }
  });

  it('uses only assigned ISO 3166-1 codes, as i18n-iso-countries knows them', () => {
    for (const s of STATES) {
      assert.ok(ISO_3166_ALPHA2.has(s.id), s.id);
      assert.ok(countries.isValid(s.id), s.id);
    }
  });

  it('gives every state a real calendar date of OSCE participation', () => {
    for (const s of STATES) assert.doesNotThrow(() => isoDate(s.osceSince), s.id);
  });
});

describe('the ISO 3166-1 code list', () => {
  it("equals i18n-iso-countries' alpha-2 codes without the user-assigned XK", () => {
    const theirs = Object.keys(countries.getAlpha2Codes()).filter((code) => code !== 'XK');
    assert.deepEqual(ids(ISO_3166_ALPHA2), ids(theirs));
  });
});

describe('the dated memberships', () => {
  it('concern registry states only, with real dates and a start before the end', () => {
    for (const m of MEMBERSHIPS) {
      const where = `${m.state} ${m.bloc} ${m.from}`;
      assert.ok(state(m.state), where);
      assert.notEqual(m.bloc, 'OSCE', where);
      const from = isoDate(m.from);
      if (m.to !== null) assert.ok(from < isoDate(m.to), where);
    }
  });

  it('cite sources for every confirmed date', () => {
    for (const m of MEMBERSHIPS.filter((m) => m.confidence === 'c'))
      assert.ok(m.sources.length > 0, `${m.state} ${m.bloc}`);
  });

  it('never let two spells of one state in one bloc overlap', () => {
    for (const a of MEMBERSHIPS)
      for (const b of MEMBERSHIPS) {
        if (a === b || a.state !== b.state || a.bloc !== b.bloc) continue;
        const aEndsFirst = a.to !== null && a.to <= b.from;
        const bEndsFirst = b.to !== null && b.to <= a.from;
        assert.ok(aEndsFirst || bEndsFirst, `${a.state} ${a.bloc} ${a.from} / ${b.from}`);
      }
  });
});

describe('the CIS ties (CIS Charter, Art. 7, S87)', () => {
  // Article 7: the states that ratified the founding agreement are founding states; members are the
  // founding states that took on the Charter. Turkmenistan and Ukraine never did (S72), so neither
  // was ever a member; Turkmenistan is an associate from 2005-08-26 (S72, S88).
  const cis = (id: string) => MEMBERSHIPS.filter((m) => m.bloc === 'CIS' && m.state === id);

  it('never make Turkmenistan or Ukraine a member, on any day', () => {
    for (const id of ['TM', 'UA']) {
      assert.ok(cis(id).length > 0, id);
      for (const m of cis(id)) assert.notEqual(m.kind, 'member', `${id} from ${m.from}`);
    }
  });

  it('give the two founding states that never ratified the Charter the same tie before 2005', () => {
    for (const day of ['1992-06-01', '2000-01-01', '2005-08-25'])
      for (const id of ['TM', 'UA']) {
        const tie = cis(id).find((m) => m.from <= day && (m.to === null || day < m.to));
        assert.equal(tie?.kind, 'participating', `${id} on ${day}`);
        assert.ok(tie?.sources.includes('S87'), `${id} cites the Charter`);
      }
  });

  it('make Turkmenistan an associate from 2005-08-26, not a member in between', () => {
    const on = (day: string) => membersOn('CIS', isoDate(day), ['member', 'associate', 'participating']);
    assert.ok(!membersOn('CIS', isoDate('2000-01-01')).includes('TM' as never));
    assert.ok(on('2000-01-01').includes('TM' as never));
    assert.equal(cis('TM').find((m) => m.kind === 'associate')?.from, '2005-08-26');
  });
});

describe('the five organizations', () => {
  it('are those of EST 10, in its order, with the Russian abbreviations', () => {
    assert.deepEqual(
      ORGANIZATIONS.map((o) => o.id),
      [...ORGANIZATION_IDS],
    );
    assert.deepEqual(
      ORGANIZATIONS.map((o) => o.short.ru),
      ['ЕС', 'ОБСЕ', 'ОДКБ', 'НАТО', 'СНГ'],
    );
    for (const o of ORGANIZATIONS) assert.ok(o.note.en.length > 0 && o.note.ru.length > 0, o.id);
  });
});
