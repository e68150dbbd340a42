/** @module Small shared vocabulary of the treaty model. */

/**
 * The two drafts of 2009 the project models, the three regimes they are compared with (the North
 * Atlantic Treaty, the UN Charter's Security Council and self-defence, the OSCE's decision rules),
 * then Russia's two drafts of December 2021: the agreement with the NATO member States and the
 * treaty with the United States, so far with their text and final clauses only.
 */
export const TREATY_IDS = [
  'est-2009',
  'nrc-2009',
  'nat-1949',
  'un-1945',
  'osce-1992',
  'nra-2021',
  'rus-us-2021',
] as const;
export type TreatyId = (typeof TREATY_IDS)[number];

/** The drafts (the project's subject). */
export const DRAFT_IDS = ['est-2009', 'nrc-2009'] as const;

/** The regimes the drafts are compared with: each decides through a standing council. */
export const REGIME_IDS = ['nat-1949', 'un-1945', 'osce-1992'] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

export function isRegime(id: TreatyId): id is RegimeId {
  return (REGIME_IDS as readonly string[]).includes(id);
}

/**
 * How sure we are of a point of the text (shared/TREATY.md §0): confirmed by a retrieved source,
 * partly confirmed, reconstructed with medium or low certainty, or unknown.
 */
export const CONFIDENCE = ['C', 'C-partial', 'R-m', 'R-l', 'U'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/** Text in the two languages of the project. */
export interface Localized {
  readonly en: string;
  readonly ru: string;
}

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
