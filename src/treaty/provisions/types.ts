/** @module The shape of a provision node: one addressable, citable unit of a draft treaty. */
import type { Confidence, Localized, TreatyId } from '../common.ts';

/** A provision as written in the data files; the engine's rules cite it by `id`. */
export interface ProvisionData {
  /** Stable id, never renumbered: `est.8.3`, `est.preamble`, `nrc.4.scf`. */
  readonly id: string;
  readonly treaty: TreatyId;
  /** How people cite it: `EST 8(3)`, `EST 10`, `NRC 4`. */
  readonly cite: string;
  /** The article node a paragraph belongs to; null for an article or the preamble. */
  readonly parent: string | null;
  readonly heading: Localized;
  /** Our own paraphrase (never the wording of a source). */
  readonly text: Localized;
  readonly confidence: Confidence;
  /** Source ids of shared/TREATY.md (`S4`, `S28`) that support the paraphrase. */
  readonly sources: readonly string[];
  /** Set when no rule implements the provision: why not. */
  readonly notModelled?: Localized;
}

/** Why a statement of principle or purpose has no rule (the 2021 drafts have several). */
export const PRINCIPLE = {
  en: 'A statement of principle or purpose with no measurable obligation, so no rule applies it.',
  ru: 'Это положение о принципах или целях без измеримого обязательства, поэтому ни одно правило его не применяет.',
} as const;
