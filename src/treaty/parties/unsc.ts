/**
 * @module The fifteen members of the UN Security Council, year by year from 2008 to 2026: the five
 * permanent members (UN Charter 23(1), as their seats are held today) and the ten elected ones, each
 * for two calendar years (23(2)). Terms run from 1 January to 31 December, so a year is the unit.
 *
 * Sources (shared ids of `src/treaty/sources.ts`): S79 lists the terms that began in 2007-2012, S80
 * the Council of 2017-2019, S81 those of 2014-2016, S82 and S83 the elections for 2025-2026 and
 * 2026-2027 and the members they joined. The terms that began in 2016 and 2018-2023 rest on
 * standard reference knowledge (`k`) and were not checked against a retrieved source.
 */
import type { DateConfidence } from './types.ts';

/** The permanent members as their seats are held since 1991 (China since 1971, Russia since 1991). */
export const PERMANENT_MEMBERS = ['CN', 'FR', 'GB', 'RU', 'US'] as const;

/** One intake of five (or, for a split seat, one) elected members. */
export interface ElectedTerm {
  /** First and last year of the term. */
  readonly from: number;
  readonly to: number;
  readonly members: readonly string[];
  readonly confidence: DateConfidence;
  readonly sources: readonly string[];
  readonly note?: string;
}

export const ELECTED_TERMS: readonly ElectedTerm[] = [
  { from: 2007, to: 2008, members: ['BE', 'ID', 'IT', 'PA', 'ZA'], confidence: 'c', sources: ['S79'] },
  { from: 2008, to: 2009, members: ['BF', 'CR', 'HR', 'LY', 'VN'], confidence: 'c', sources: ['S79'] },
  { from: 2009, to: 2010, members: ['AT', 'JP', 'MX', 'TR', 'UG'], confidence: 'c', sources: ['S79'] },
  { from: 2010, to: 2011, members: ['BA', 'BR', 'GA', 'LB', 'NG'], confidence: 'c', sources: ['S79'] },
  { from: 2011, to: 2012, members: ['CO', 'DE', 'IN', 'PT', 'ZA'], confidence: 'c', sources: ['S79'] },
  {
    from: 2012,
    to: 2013,
    members: ['AZ', 'GT', 'MA', 'PK', 'TG'],
    confidence: 'c',
    sources: ['S79'],
    note: 'S79 prints the term as Jan 2012-Dec 2014, a slip: these five were replaced in January 2014 (S81).',
  },
  { from: 2013, to: 2014, members: ['AR', 'AU', 'KR', 'LU', 'RW'], confidence: 'c', sources: ['S81'] },
  {
    from: 2014,
    to: 2015,
    members: ['CL', 'JO', 'LT', 'NG', 'TD'],
    confidence: 'c',
    sources: ['S81'],
    note: 'Jordan took the seat Saudi Arabia declined after its election in October 2013.',
  },
  { from: 2015, to: 2016, members: ['AO', 'ES', 'MY', 'NZ', 'VE'], confidence: 'c', sources: ['S81'] },
  { from: 2016, to: 2017, members: ['EG', 'JP', 'SN', 'UA', 'UY'], confidence: 'k', sources: [] },
  {
    from: 2017,
    to: 2018,
    members: ['BO', 'ET', 'KZ', 'SE'],
    confidence: 'c',
    sources: ['S80'],
  },
  {
    from: 2017,
    to: 2017,
    members: ['IT'],
    confidence: 'c',
    sources: ['S80'],
    note: 'Italy and the Netherlands split the 2017-2018 term, a year each.',
  },
  { from: 2018, to: 2018, members: ['NL'], confidence: 'c', sources: ['S80'] },
  { from: 2018, to: 2019, members: ['CI', 'GQ', 'KW', 'PE', 'PL'], confidence: 'c', sources: ['S80'] },
  { from: 2019, to: 2020, members: ['BE', 'DE', 'DO', 'ID', 'ZA'], confidence: 'k', sources: [] },
  { from: 2020, to: 2021, members: ['EE', 'NE', 'TN', 'VC', 'VN'], confidence: 'k', sources: [] },
  { from: 2021, to: 2022, members: ['IE', 'IN', 'KE', 'MX', 'NO'], confidence: 'k', sources: [] },
  { from: 2022, to: 2023, members: ['AE', 'AL', 'BR', 'GA', 'GH'], confidence: 'k', sources: [] },
  { from: 2023, to: 2024, members: ['CH', 'EC', 'JP', 'MT', 'MZ'], confidence: 'c', sources: ['S82'] },
  { from: 2024, to: 2025, members: ['DZ', 'GY', 'KR', 'SI', 'SL'], confidence: 'c', sources: ['S82', 'S83'] },
  { from: 2025, to: 2026, members: ['DK', 'GR', 'PA', 'PK', 'SO'], confidence: 'c', sources: ['S82'] },
  { from: 2026, to: 2027, members: ['BH', 'CD', 'CO', 'LR', 'LV'], confidence: 'c', sources: ['S83'] },
];

/** The years for which the registry gives the whole Council. */
export const UNSC_FIRST_YEAR = 2008;
export const UNSC_LAST_YEAR = 2026;

/** The fifteen members of a year, sorted; empty for a year the registry does not cover. */
export function unscMembersOf(year: number): readonly string[] {
  if (year < UNSC_FIRST_YEAR || year > UNSC_LAST_YEAR) return [];
  const elected = ELECTED_TERMS.filter((t) => t.from <= year && year <= t.to).flatMap((t) => t.members);
  return [...PERMANENT_MEMBERS, ...elected].sort();
}
