/**
 * @module The readings the force-limits analysis compares. Each belongs to one draft: those of the
 * December 2009 NATO-Russia draft read "substantial combat forces" (NRC 4: which deployments count,
 * which states are protected, how the air count is read); the one of the December 2021 draft
 * agreement reads its Article 4, which sets no figure (any forces of the bound States beyond those
 * of 27 May 1997 count).
 */
import type { Thresholds } from '../../treaty/parameters/index.ts';
import type { PartySet } from '../../treaty/parties/index.ts';
import { partySetProblem } from '../../treaty/parties/index.ts';

/** The drafts whose force limits the analysis measures. */
export const READING_TREATIES = ['nrc-2009', 'nra-2021'] as const;
export type ReadingTreaty = (typeof READING_TREATIES)[number];

/** How the 24 combat aircraft and attack helicopters are counted. */
export type AirCount = 'combined' | 'separate';

interface ReadingBase {
  readonly id: string;
  /** The draft read: the run's treaty, and the finding the reading looks for. */
  readonly treaty: ReadingTreaty;
  readonly label: string;
  readonly description: string;
  /** Rotations and other temporary deployments count (`scf.countTemporary`, `nra.4.countTemporary`). */
  readonly countTemporary: boolean;
}

/** A reading of NRC 4 (2009): thresholds of "substantial combat forces" in the protected states. */
export interface NrcReading extends ReadingBase {
  readonly treaty: 'nrc-2009';
  /** `scf.targets`: the "new members" whose territory is protected. */
  readonly targets: PartySet;
  readonly air: AirCount;
  /** `scf.thresholds` when the reading changes them (default: the figures reported in 2010). */
  readonly thresholds?: Thresholds;
}

/** A reading of NRA 4 (2021): no figure, any forces of the bound States beyond the 1997 baseline. */
export interface NraReading extends ReadingBase {
  readonly treaty: 'nra-2021';
}

export type Reading = NrcReading | NraReading;

/** The former Warsaw Pact states and former Soviet republics that joined NATO (TREATY.md §4.3). */
export const FORMER_WP_AND_USSR = ['BG', 'CZ', 'EE', 'HU', 'LT', 'LV', 'PL', 'RO', 'SK'] as const;

export const DEFAULT_READING = 'nrc-2010';

export const READINGS: readonly Reading[] = [
  {
    id: 'nrc-2010',
    treaty: 'nrc-2009',
    label: 'the 2010 Russian reading',
    description:
      'the thresholds reported on 27 October 2010, temporary deployments counted, targets the states that joined NATO after 27 May 1997 (the default)',
    countTemporary: true,
    targets: 'nato-joined-after:1997-05-27',
    air: 'combined',
  },
  {
    id: 'permanent-only',
    treaty: 'nrc-2009',
    label: 'permanent stationing only (1997 wording)',
    description:
      'as the default, but only permanent stationing counts, as the 1997 NATO statement and Founding Act put it',
    countTemporary: false,
    targets: 'nato-joined-after:1997-05-27',
    air: 'combined',
  },
  {
    id: 'joined-after-1991',
    treaty: 'nrc-2009',
    label: 'members since the Soviet breakup',
    description:
      'as the default, targets the states that joined NATO after 26 December 1991 (no state joined between then and May 1997, so the set is the same)',
    countTemporary: true,
    targets: 'nato-joined-after:1991-12-26',
    air: 'combined',
  },
  {
    id: 'former-wp-ussr',
    treaty: 'nrc-2009',
    label: 'former Warsaw Pact and USSR only',
    description:
      'as the default, targets only the former Warsaw Pact states and former Soviet republics (PL CZ HU BG RO SK EE LV LT); AL HR SI ME MK FI SE are left out',
    countTemporary: true,
    targets: FORMER_WP_AND_USSR,
    air: 'combined',
  },
  {
    id: 'separate-24',
    treaty: 'nrc-2009',
    label: '24 aircraft and 24 helicopters apart',
    description:
      'as the default, but more than 24 combat aircraft, or more than 24 attack helicopters, each counted on its own',
    countTemporary: true,
    targets: 'nato-joined-after:1997-05-27',
    air: 'separate',
  },
  {
    id: 'nra-2021',
    treaty: 'nra-2021',
    label: 'the December 2021 draft, Article 4',
    description:
      'NRA 4 as the engine reads it by default: Russia and the NATO members of 27 May 1997 deploy no forces in the other States in Europe beyond those there that day; no figure, so any counted forces breach it; temporary deployments counted',
    countTemporary: true,
  },
];

/** Why a reading is not well formed (a bad target set), or null. */
export function readingProblem(reading: Reading): string | null {
  if (reading.treaty !== 'nrc-2009') return null;
  const problem = partySetProblem(reading.targets);
  return problem === null ? null : `${reading.id}: targets: ${problem}`;
}

export function findReading(id: string): Reading | undefined {
  return READINGS.find((r) => r.id === id);
}

/** The shipped readings of one draft. */
export const readingsOf = (treaty: ReadingTreaty): readonly Reading[] =>
  READINGS.filter((r) => r.treaty === treaty);
