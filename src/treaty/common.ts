/** @module Small shared vocabulary of the treaty model. */

/** The two drafts the project models. */
export const TREATY_IDS = ['est-2009', 'nrc-2009'] as const;
export type TreatyId = (typeof TREATY_IDS)[number];

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
