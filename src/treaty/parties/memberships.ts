/**
 * @module Dated memberships of NATO, the EU, the CSTO and the CIS (shared/TREATY.md §4.1), from
 * each bloc's start to the present. OSCE participation is not here: it is `osceSince` on each state.
 *
 * Conventions:
 * - `from` is the first day of membership, `to` the first day it no longer holds (null while it lasts).
 * - NATO: the day the state's instrument of accession was deposited; for the founders the day the
 *   North Atlantic Treaty entered into force.
 * - EU: accession to the European Communities; before 1993 the "EU" rows stand for the EEC/EC.
 * - CSTO: membership of the Collective Security Treaty of 1992 counts from the day the state signed
 *   it (the treaty entered into force for all on 1994-04-20; the Organization itself exists since 2002
 *   and had its Charter in force on 2003-09-18).
 * - CIS: from the day the state ratified the founding agreement of 1991-12-08 with its protocol of
 *   1991-12-21 (accession for Georgia). Under Article 7 of the CIS Charter (1993, S87) the states that
 *   ratified the agreement are its founding states, and only those that took on the Charter are
 *   members: a state that ratified the Charter counts as a member from the agreement on (its Charter
 *   dates in the note); a founding state that never did (Turkmenistan, Ukraine) is `participating`,
 *   and Turkmenistan an `associate` from 2005.
 * - confidence: 'c' confirmed by the sources listed, 'k' standard reference knowledge (no source),
 *   '?' uncertain; a row takes the weakest mark of its two dates.
 */
import type { BlocId, DateConfidence, MembershipData, MembershipKind } from './types.ts';

interface Spell {
  readonly from: string;
  readonly to?: string;
  readonly kind?: MembershipKind;
  readonly confidence: DateConfidence;
  readonly sources: readonly string[];
  readonly note?: string;
}

/** The same membership spell for several states. */
function spell(bloc: Exclude<BlocId, 'OSCE'>, states: readonly string[], s: Spell): MembershipData[] {
  return states.map((state) => ({
    state,
    bloc,
    kind: s.kind ?? 'member',
    from: s.from,
    to: s.to ?? null,
    confidence: s.confidence,
    sources: s.sources,
    ...(s.note === undefined ? {} : { note: s.note }),
  }));
}

/** End of the first five-year term of the Collective Security Treaty (in force 1994-04-20). */
const CST_TERM_END = '1999-04-20';

const NATO_FOUNDER =
  'Founder: the treaty was signed on 1949-04-04 (the day most lists give) and entered into force on 1949-08-24.';
const EEC_FOUNDER =
  'Founder: the EEC Treaty entered into force on 1958-01-01 (the ECSC dates from 1952-07-23, the EU as such from 1993-11-01).';

const NATO: readonly MembershipData[] = [
  ...spell('NATO', ['BE', 'CA', 'DK', 'GB', 'IS', 'IT', 'LU', 'NL', 'NO', 'PT', 'US'], {
    from: '1949-08-24',
    confidence: 'k',
    sources: [],
    note: NATO_FOUNDER,
  }),
  ...spell('NATO', ['FR'], {
    from: '1949-08-24',
    confidence: 'k',
    sources: [],
    note: `${NATO_FOUNDER} Left the integrated military command in 1966 and returned in 2009, a member throughout.`,
  }),
  ...spell('NATO', ['GR', 'TR'], { from: '1952-02-18', confidence: 'c', sources: ['S71'] }),
  ...spell('NATO', ['DE'], {
    from: '1955-05-06',
    confidence: '?',
    sources: ['S71'],
    note:
      'Federal Republic: 1955-05-06 is the deposit of the instrument; the S71 lists give 1955-05-09, the ' +
      'admission ceremony. The territory of the former GDR is covered from unification, 1990-10-03.',
  }),
  ...spell('NATO', ['ES'], { from: '1982-05-30', confidence: 'c', sources: ['S71'] }),
  ...spell('NATO', ['CZ', 'HU', 'PL'], { from: '1999-03-12', confidence: 'c', sources: ['S71'] }),
  ...spell('NATO', ['BG', 'EE', 'LT', 'LV', 'RO', 'SI', 'SK'], {
    from: '2004-03-29',
    confidence: 'c',
    sources: ['S71'],
    note: 'Accession on 2004-03-29; the flag-raising ceremony followed on 2004-04-02.',
  }),
  ...spell('NATO', ['AL', 'HR'], { from: '2009-04-01', confidence: 'c', sources: ['S71'] }),
  ...spell('NATO', ['ME'], { from: '2017-06-05', confidence: 'k', sources: [] }),
  ...spell('NATO', ['MK'], {
    from: '2020-03-27',
    confidence: 'k',
    sources: [],
    note: 'Joined as North Macedonia (renamed 2019-02-12).',
  }),
  ...spell('NATO', ['FI'], { from: '2023-04-04', confidence: 'c', sources: ['S89'] }),
  ...spell('NATO', ['SE'], { from: '2024-03-07', confidence: 'c', sources: ['S100'] }),
];

const EU: readonly MembershipData[] = [
  ...spell('EU', ['BE', 'FR', 'IT', 'LU', 'NL'], {
    from: '1958-01-01',
    confidence: 'k',
    sources: [],
    note: EEC_FOUNDER,
  }),
  ...spell('EU', ['DE'], {
    from: '1958-01-01',
    confidence: 'k',
    sources: [],
    note: `${EEC_FOUNDER} The territory of the former GDR is covered from unification, 1990-10-03.`,
  }),
  ...spell('EU', ['DK', 'IE'], { from: '1973-01-01', confidence: 'k', sources: [] }),
  ...spell('EU', ['GB'], {
    from: '1973-01-01',
    to: '2020-02-01',
    confidence: 'k',
    sources: [],
    note: 'Withdrew at the end of 2020-01-31 (the transition period that followed did not keep it a member).',
  }),
  ...spell('EU', ['GR'], { from: '1981-01-01', confidence: 'k', sources: [] }),
  ...spell('EU', ['ES', 'PT'], { from: '1986-01-01', confidence: 'k', sources: [] }),
  ...spell('EU', ['AT', 'FI', 'SE'], { from: '1995-01-01', confidence: 'k', sources: [] }),
  ...spell('EU', ['CY', 'CZ', 'EE', 'HU', 'LT', 'LV', 'MT', 'PL', 'SI', 'SK'], {
    from: '2004-05-01',
    confidence: 'k',
    sources: [],
  }),
  ...spell('EU', ['BG', 'RO'], { from: '2007-01-01', confidence: 'k', sources: [] }),
  ...spell('EU', ['HR'], { from: '2013-07-01', confidence: 'k', sources: [] }),
];

const CSTO: readonly MembershipData[] = [
  ...spell('CSTO', ['AM'], {
    from: '1992-05-15',
    confidence: 'c',
    sources: ['S73'],
    note: 'Signed the treaty in Tashkent. Froze its participation in 2024 (k) but has not left, so it stays a member here.',
  }),
  ...spell('CSTO', ['KG', 'KZ', 'RU', 'TJ'], {
    from: '1992-05-15',
    confidence: 'c',
    sources: ['S73'],
    note: 'Signed the treaty in Tashkent.',
  }),
  ...spell('CSTO', ['BY'], { from: '1993-12-31', confidence: 'c', sources: ['S73'] }),
  ...spell('CSTO', ['UZ'], {
    from: '1992-05-15',
    to: CST_TERM_END,
    confidence: '?',
    sources: ['S73'],
    note:
      'Signed in Tashkent; did not sign the extension protocol of 1999-04-02, so its participation is ' +
      'taken to lapse with the first five-year term (the exact last day is uncertain).',
  }),
  ...spell('CSTO', ['UZ'], {
    from: '2006-06-23',
    to: '2012-12-19',
    confidence: 'k',
    sources: ['S73'],
    note:
      'Back as a full participant from 2006-06-23 (ratified 2008-03-28, S73). Asked to suspend its ' +
      'membership by a note of June 2012; the Collective Security Council suspended it on 2012-12-19 (k).',
  }),
  ...spell('CSTO', ['AZ'], {
    from: '1993-09-24',
    to: CST_TERM_END,
    confidence: '?',
    sources: ['S73'],
    note:
      'Signed in 1993 (c); did not sign the extension protocol of 1999-04-02. The end day is the close ' +
      'of the first five-year term, a derived date (uncertain).',
  }),
  ...spell('CSTO', ['GE'], {
    from: '1993-12-09',
    to: CST_TERM_END,
    confidence: '?',
    sources: ['S73'],
    note:
      'Signed in 1993 (c); the day is given as 1993-12-09 or 1993-09-09, the December date chosen. Did ' +
      'not sign the extension protocol of 1999-04-02; the end day is derived (uncertain).',
  }),
];

const CIS: readonly MembershipData[] = [
  ...spell('CIS', ['BY'], {
    from: '1991-12-10',
    confidence: 'c',
    sources: ['S72'],
    note: 'Founder (signed 1991-12-08); Charter ratified 1994-01-18.',
  }),
  ...spell('CIS', ['RU'], {
    from: '1991-12-12',
    confidence: 'c',
    sources: ['S72'],
    note: 'Founder (signed 1991-12-08); Charter ratified 1993-07-20.',
  }),
  ...spell('CIS', ['KZ'], {
    from: '1991-12-23',
    confidence: 'c',
    sources: ['S72'],
    note: 'Signed 1991-12-21; Charter ratified 1994-04-20.',
  }),
  ...spell('CIS', ['AM'], {
    from: '1992-02-18',
    confidence: 'c',
    sources: ['S72'],
    note: 'Signed 1991-12-21; Charter ratified 1994-03-16.',
  }),
  ...spell('CIS', ['KG'], {
    from: '1992-03-06',
    confidence: 'c',
    sources: ['S72'],
    note: 'Signed 1991-12-21; Charter ratified 1994-04-12.',
  }),
  ...spell('CIS', ['UZ'], {
    from: '1992-04-01',
    confidence: 'c',
    sources: ['S72'],
    note: 'Signed 1991-12-21; Charter ratified 1994-02-09.',
  }),
  ...spell('CIS', ['TJ'], {
    from: '1993-06-26',
    confidence: 'c',
    sources: ['S72'],
    note: 'Signed 1991-12-21; Charter ratified 1993-08-04.',
  }),
  ...spell('CIS', ['AZ'], {
    from: '1993-09-24',
    confidence: 'c',
    sources: ['S72'],
    note: 'Signed 1991-12-21, ratified only on 1993-09-24; Charter ratified 1993-12-14.',
  }),
  ...spell('CIS', ['MD'], {
    from: '1994-04-08',
    confidence: 'c',
    sources: ['S72'],
    note:
      'Signed 1991-12-21; Charter ratified 1994-06-27. In January 2026 the government began denouncing ' +
      'the founding agreements (TASS, 2026-01-19); leaving takes effect 12 months after notice, so it ' +
      'is still a member here.',
  }),
  ...spell('CIS', ['GE'], {
    from: '1993-12-03',
    to: '2009-08-18',
    confidence: '?',
    sources: ['S72'],
    note:
      'Joined in December 1993 (the day is uncertain). Gave notice on 2008-08-18 after the August war; ' +
      'the withdrawal took effect twelve months later, on 2009-08-18 (c).',
  }),
  ...spell('CIS', ['TM'], {
    kind: 'participating',
    from: '1991-12-26',
    to: '2005-08-26',
    confidence: 'c',
    sources: ['S72', 'S87', 'S88'],
    note:
      'Signed 1991-12-21 and ratified the founding agreement 1991-12-26, so a founding state, but never ' +
      'took on the Charter, so no member under its Article 7 (S87), like Ukraine; it took part as if it ' +
      'were one (S72), and reports of its move to associate in 2005 still called it a full member (S88).',
  }),
  ...spell('CIS', ['TM'], {
    kind: 'associate',
    from: '2005-08-26',
    confidence: 'c',
    sources: ['S72', 'S88'],
    note: 'Associate member from 2005-08-26 (announced at the Kazan summit), to match its permanent neutrality.',
  }),
  ...spell('CIS', ['UA'], {
    kind: 'participating',
    from: '1991-12-10',
    confidence: 'c',
    sources: ['S72', 'S87'],
    note:
      'Founding state (signed 1991-12-08, ratified 1991-12-10) that never ratified the Charter, so never ' +
      'a member under its Article 7 (S87). Left the statutory bodies in May 2018 but has not denounced ' +
      'the founding agreement.',
  }),
];

export const MEMBERSHIPS: readonly MembershipData[] = [...NATO, ...EU, ...CSTO, ...CIS];
