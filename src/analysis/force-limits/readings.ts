/**
 * @module The readings of "substantial combat forces" (NRC 4) that the force-limits analysis
 * compares: which deployments count, which states are protected, and how the air count is read.
 */
import type { Thresholds } from '../../treaty/parameters/index.ts';
import type { PartySet } from '../../treaty/parties/index.ts';
import { partySetProblem } from '../../treaty/parties/index.ts';

/** How the 24 combat aircraft and attack helicopters are counted. */
export type AirCount = 'combined' | 'separate';

export interface Reading {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** `scf.countTemporary`: rotations and other temporary deployments count. */
  readonly countTemporary: boolean;
  /** `scf.targets`: the "new members" whose territory is protected. */
  readonly targets: PartySet;
  readonly air: AirCount;
  /** `scf.thresholds` when the reading changes them (default: the figures reported in 2010). */
  readonly thresholds?: Thresholds;
}

/** The former Warsaw Pact states and former Soviet republics that joined NATO (TREATY.md §4.3). */
export const FORMER_WP_AND_USSR = ['BG', 'CZ', 'EE', 'HU', 'LT', 'LV', 'PL', 'RO', 'SK'] as const;

export const DEFAULT_READING = 'nrc-2010';

export const READINGS: readonly Reading[] = [
  {
    id: 'nrc-2010',
    label: 'the 2010 Russian reading',
    description:
      'the thresholds reported on 27 October 2010, temporary deployments counted, targets the states that joined NATO after 27 May 1997 (the default)',
    countTemporary: true,
    targets: 'nato-joined-after:1997-05-27',
    air: 'combined',
  },
  {
    id: 'permanent-only',
    label: 'permanent stationing only (1997 wording)',
    description:
      'as the default, but only permanent stationing counts, as the 1997 NATO statement and Founding Act put it',
    countTemporary: false,
    targets: 'nato-joined-after:1997-05-27',
    air: 'combined',
  },
  {
    id: 'joined-after-1991',
    label: 'members since the Soviet breakup',
    description:
      'as the default, targets the states that joined NATO after 26 December 1991 (no state joined between then and May 1997, so the set is the same)',
    countTemporary: true,
    targets: 'nato-joined-after:1991-12-26',
    air: 'combined',
  },
  {
    id: 'former-wp-ussr',
    label: 'former Warsaw Pact and USSR only',
    description:
      'as the default, targets only the former Warsaw Pact states and former Soviet republics (PL CZ HU BG RO SK EE LV LT); AL HR SI ME MK FI SE are left out',
    countTemporary: true,
    targets: FORMER_WP_AND_USSR,
    air: 'combined',
  },
  {
    id: 'separate-24',
    label: '24 aircraft and 24 helicopters apart',
    description:
      'as the default, but more than 24 combat aircraft, or more than 24 attack helicopters, each counted on its own',
    countTemporary: true,
    targets: 'nato-joined-after:1997-05-27',
    air: 'separate',
  },
];

/** Why a reading is not well formed (a bad target set), or null. */
export function readingProblem(reading: Reading): string | null {
  const problem = partySetProblem(reading.targets);
  return problem === null ? null : `${reading.id}: targets: ${problem}`;
}

export function findReading(id: string): Reading | undefined {
  return READINGS.find((r) => r.id === id);
}
