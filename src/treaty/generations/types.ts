/**
 * @module The shape of our comparison of the two generations of Russia's drafts (2009: the EST and
 * the NATO-Russia draft; 2021: the agreement with the NATO member States and the treaty with the
 * United States): the article-by-article correspondence of the two NATO-Russia drafts, the thematic
 * comparison of all four, and the words for their kinds in English and Russian.
 */
import type { Confidence, Localized } from '../common.ts';
import { CONFIDENCE } from '../common.ts';
import type { NAMED_GROUPS } from '../named-groups.ts';
import type { ParameterId } from '../parameters/index.ts';
import type { PartySet } from '../parties/index.ts';
import type { ProvisionId } from '../provisions/index.ts';

/** The four drafts compared, 2009 first. */
export const GENERATION_DRAFTS = ['est-2009', 'nrc-2009', 'nra-2021', 'rus-us-2021'] as const;
export type GenerationDraft = (typeof GENERATION_DRAFTS)[number];

export function isGenerationDraft(id: string): id is GenerationDraft {
  return (GENERATION_DRAFTS as readonly string[]).includes(id);
}

/** A draft's short name and year, as a column of the comparison heads it. */
export const DRAFT_LABELS: Readonly<Record<GenerationDraft, Localized>> = {
  'est-2009': { en: 'EST 2009', ru: 'ДЕБ 2009' },
  'nrc-2009': { en: 'NRC 2009', ru: 'Россия–НАТО 2009' },
  'nra-2021': { en: 'NRA 2021', ru: 'Россия–НАТО 2021' },
  'rus-us-2021': { en: 'RUS-US 2021', ru: 'Россия–США 2021' },
};

/**
 * How a provision of the 2009 NATO-Russia draft became one of the 2021 agreement: kept as it was,
 * widened (it bars more, or binds or protects more States), narrowed, added in 2021 with no known
 * counterpart in 2009, dropped in 2021, or recast (the same matter, handled another way).
 */
export const CHANGE_KINDS = ['kept', 'widened', 'narrowed', 'added', 'dropped', 'recast'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_NAMES: Readonly<Record<ChangeKind, Localized>> = {
  kept: { en: 'kept', ru: 'сохранено' },
  widened: { en: 'widened', ru: 'расширено' },
  narrowed: { en: 'narrowed', ru: 'сужено' },
  added: { en: 'added', ru: 'добавлено' },
  dropped: { en: 'dropped', ru: 'исключено' },
  recast: { en: 'recast', ru: 'изменено' },
};

/** One row of the correspondence: provisions of 2009 and of 2021 (either side may be empty). */
export interface Correspondence {
  /** Stable id of the row: `forces`, `enlargement`. */
  readonly id: string;
  readonly from: readonly ProvisionId[];
  readonly to: readonly ProvisionId[];
  readonly kind: ChangeKind;
  /** What changed, in our words. */
  readonly note: Localized;
}

/** The named groups of src/treaty/named-groups.ts, by id. */
export type NamedGroupId = (typeof NAMED_GROUPS)[number]['id'];

/**
 * A set of States as the comparison names it, resolvable by the party registry: a party-set
 * parameter (its value in the text's version), named groups (their union), or a party set written
 * here.
 */
export type SetRef =
  | {
      readonly parameter: ParameterId;
      /** A party-set parameter whose members are taken out (the States in Europe less the bound ones). */
      readonly less?: ParameterId;
    }
  | { readonly groups: readonly NamedGroupId[] }
  | { readonly parties: PartySet };

/** Who is bound, or which States or territory a clause concerns: in words, and as a set. */
export interface Binding {
  readonly who: Localized;
  readonly set: SetRef;
}

/**
 * How a procedure decides: by consensus, unanimously, by the consent of all the Parties, by each
 * Party's own act (a deposit, a notice), with no decision rule in the text, or unknown (the text is).
 */
export const DECISION_RULES = [
  'consensus',
  'unanimity',
  'consent-of-all',
  'own-act',
  'no-rule',
  'unknown',
] as const;
export type DecisionRule = (typeof DECISION_RULES)[number];

export const DECISION_NAMES: Readonly<Record<DecisionRule, Localized>> = {
  consensus: { en: 'consensus', ru: 'консенсус' },
  unanimity: { en: 'unanimity', ru: 'единогласие' },
  'consent-of-all': { en: 'consent of all the Parties', ru: 'согласие всех Участников' },
  'own-act': { en: "each Party's own act", ru: 'собственное действие каждого Участника' },
  'no-rule': { en: 'no decision rule', ru: 'правило принятия решений не указано' },
  unknown: { en: 'decision rule unknown', ru: 'порядок принятия решений неизвестен' },
};

/** Whether what a procedure decides binds the Parties. */
export const BINDINGNESS = ['binding', 'not-binding', 'unknown'] as const;
export type Bindingness = (typeof BINDINGNESS)[number];

export const BINDINGNESS_NAMES: Readonly<Record<Bindingness, Localized>> = {
  binding: { en: 'binding', ru: 'решения обязательны' },
  'not-binding': { en: 'not binding', ru: 'решения не обязательны' },
  unknown: { en: 'whether binding unknown', ru: 'обязательность неизвестна' },
};

/** A procedure a clause gives: its body or act, the parameters of its numbers, how it decides. */
export interface Procedure {
  /** The body or the act, with its citation: "Conference of the Parties (EST 6)". */
  readonly body: Localized;
  /** The parameter of its quorum, when it has one. */
  readonly quorum?: ParameterId;
  /** The parameter of the number it needs (instruments, a share of the signatories), when it has one. */
  readonly threshold?: ParameterId;
  readonly decision: DecisionRule;
  /** Absent where nothing is decided (a deposit, a notice of withdrawal). */
  readonly binding?: Bindingness;
}

/** What one draft says on a theme, clause by clause. */
export interface Clause {
  /** The provisions the clause rests on; its confidence is the weakest of theirs. */
  readonly cites: readonly ProvisionId[];
  /** What it bars, in our words; null when it bars nothing (a procedure, a final clause). */
  readonly bars: Localized | null;
  readonly binds: Binding;
  /** The States or the territory it concerns, when not the Parties at large. */
  readonly where?: Binding;
  readonly procedures: readonly Procedure[];
  /**
   * Parameters whose value the text leaves open (a blank, or a word with no list or definition),
   * each a modelling choice `est treaty params` shows with its basis.
   */
  readonly blanks: readonly ParameterId[];
  /** What else the text leaves open, with no parameter (no rule applies it yet). */
  readonly open?: Localized;
}

/** One draft on one theme: its clauses, none when it says nothing on it. */
export interface ThemeEntry {
  readonly treaty: GenerationDraft;
  readonly clauses: readonly Clause[];
  /** Context, chiefly where the draft says nothing. */
  readonly note?: Localized;
}

export interface Theme {
  readonly id: string;
  readonly title: Localized;
  /** One entry for each of the four drafts, in the order of GENERATION_DRAFTS. */
  readonly entries: readonly ThemeEntry[];
}

/**
 * How sure a statement that a draft says nothing on a theme can be: as sure as the whole text is
 * known. The EST and the agreement of 2021 were published in full (a few EST paragraphs are
 * reconstructed), the treaty with the United States was too but some of its clauses are recalled,
 * and of the 2009 NATO-Russia draft only parts are known, so its silence proves nothing.
 */
export const SILENCE_CONFIDENCE: Readonly<Record<GenerationDraft, Confidence>> = {
  'est-2009': 'C-partial',
  'nrc-2009': 'U',
  'nra-2021': 'C',
  'rus-us-2021': 'C-partial',
};

/** The weakest of some confidence marks (C strongest, U weakest); C for none. */
export function weakest(marks: readonly Confidence[]): Confidence {
  let at = 0;
  for (const m of marks) at = Math.max(at, CONFIDENCE.indexOf(m));
  return CONFIDENCE[at] ?? 'U';
}
