/**
 * @module The two generations of Russia's drafts side by side: 2009 (the European Security Treaty and
 * the NATO-Russia draft) and 2021 (the agreement with the NATO member States and the treaty with the
 * United States). The data are ours, written from the provisions' paraphrases: the article-by-article
 * correspondence of the two NATO-Russia drafts (./correspondence.ts) and a thematic comparison of all
 * four (./themes-*.ts). `compareDrafts` resolves them for a choice of drafts: every citation, every
 * set of States (by the party registry, on the day of each text), every parameter's value in the
 * text's version, and every confidence mark, inherited from the provisions cited.
 */
import type { Confidence, Localized } from '../common.ts';
import type { IsoDate } from '../dates.ts';
import type { EntityId } from '../entities.ts';
import { NAMED_GROUPS } from '../named-groups.ts';
import type { Basis, ParameterId, ParameterTypes, ParameterType } from '../parameters/index.ts';
import { PARAMETERS, valueAt } from '../parameters/index.ts';
import type { Parameter } from '../parameters/index.ts';
import { resolvePartySet } from '../parties/index.ts';
import { provision } from '../provisions/index.ts';
import { TREATIES } from '../treaties.ts';
import { CORRESPONDENCE, CORRESPONDENCE_CAVEAT } from './correspondence.ts';
import { OBLIGATION_THEMES } from './themes-obligations.ts';
import { PROCEDURE_THEMES } from './themes-procedures.ts';
import type {
  Binding,
  ChangeKind,
  Clause,
  Correspondence,
  GenerationDraft,
  Procedure,
  SetRef,
  Theme,
  ThemeEntry,
} from './types.ts';
import { CHANGE_NAMES, DRAFT_LABELS, SILENCE_CONFIDENCE, weakest } from './types.ts';

export * from './types.ts';
export { CORRESPONDENCE, CORRESPONDENCE_CAVEAT } from './correspondence.ts';

/** Every theme, what the drafts bar first, then their procedures. */
export const THEMES: readonly Theme[] = [...OBLIGATION_THEMES, ...PROCEDURE_THEMES];

/** The correspondence rows, typed loosely for the readers that do not need the literal ids. */
export const CORRESPONDENCE_ROWS: readonly Correspondence[] = CORRESPONDENCE;

/** What every reader of the comparison is told first. */
export const COMPARISON_CAVEAT: Localized = {
  en: 'Our paraphrase of four drafts, none of which was ever signed or in force. Of the 2009 NATO-Russia draft only parts are known, so where it says nothing, nothing is known.',
  ru: 'Наш пересказ четырёх проектов, ни один из которых не был подписан и не вступал в силу. Проект соглашения Россия–НАТО 2009 года известен лишь частично, поэтому там, где он молчит, просто ничего не известно.',
};

const cite = (id: string): string => provision(id)?.cite ?? id;

/** The confidence of a clause: the weakest of the provisions it cites. */
export function clauseConfidence(clause: Clause): Confidence {
  return weakest(clause.cites.map((id) => provision(id)?.confidence ?? 'U'));
}

/** The confidence of a draft on a theme: the weakest of its clauses, or its silence's. */
export function entryConfidence(entry: ThemeEntry): Confidence {
  return entry.clauses.length === 0
    ? SILENCE_CONFIDENCE[entry.treaty]
    : weakest(entry.clauses.map(clauseConfidence));
}

/** The confidence of a correspondence row: the weakest of the provisions on both sides. */
export function rowConfidence(row: Correspondence): Confidence {
  return weakest([...row.from, ...row.to].map((id) => provision(id)?.confidence ?? 'U'));
}

/** The members of a set of States on the day of a draft's text, sorted. */
export function membersOf(ref: SetRef, treaty: GenerationDraft): readonly EntityId[] {
  const day = TREATIES[treaty].version;
  let out: ReadonlySet<EntityId>;
  const ofParameter = (id: ParameterId): ReadonlySet<EntityId> => {
    const p = PARAMETERS[id] as Parameter;
    const value = p.type === 'party-set' ? (valueAt(p, day) as ParameterTypes['party-set'] | null) : null;
    return value === null ? new Set() : resolvePartySet(value, day);
  };
  if ('parameter' in ref) {
    const less = ref.less === undefined ? new Set<EntityId>() : ofParameter(ref.less);
    out = new Set([...ofParameter(ref.parameter)].filter((m) => !less.has(m)));
  } else if ('groups' in ref) {
    const all = new Set<EntityId>();
    for (const id of ref.groups) {
      const group = NAMED_GROUPS.find((g) => g.id === id);
      if (group) for (const m of resolvePartySet(group.members, day)) all.add(m);
    }
    out = all;
  } else out = resolvePartySet(ref.parties, day);
  return [...out].sort();
}

/** A parameter as the comparison shows it: its value in the text's version and its basis. */
export interface ParameterValue {
  readonly id: ParameterId;
  readonly cite: string;
  readonly basis: Basis;
  readonly value: ParameterTypes[ParameterType] | null;
  readonly description: Localized;
}

function parameterValue(id: ParameterId): ParameterValue {
  const p = PARAMETERS[id] as Parameter;
  return {
    id,
    cite: cite(p.cites),
    basis: p.basis,
    value: valueAt(p, TREATIES[p.treaty].version),
    description: p.description,
  };
}

export interface ResolvedSet {
  readonly who: Localized;
  readonly ref: SetRef;
  readonly members: readonly EntityId[];
}

export interface ResolvedProcedure {
  readonly body: Localized;
  readonly quorum: ParameterValue | null;
  readonly threshold: ParameterValue | null;
  readonly decision: Procedure['decision'];
  readonly binding: NonNullable<Procedure['binding']> | null;
}

export interface ResolvedClause {
  readonly cites: readonly { readonly id: string; readonly cite: string }[];
  readonly confidence: Confidence;
  readonly bars: Localized | null;
  readonly binds: ResolvedSet;
  readonly where: ResolvedSet | null;
  readonly procedures: readonly ResolvedProcedure[];
  readonly blanks: readonly ParameterValue[];
  readonly open: Localized | null;
}

export interface ResolvedEntry {
  readonly treaty: GenerationDraft;
  readonly confidence: Confidence;
  readonly clauses: readonly ResolvedClause[];
  readonly note: Localized | null;
}

export interface ResolvedTheme {
  readonly id: string;
  readonly title: Localized;
  readonly entries: readonly ResolvedEntry[];
}

export interface ResolvedProvision {
  readonly id: string;
  readonly cite: string;
  readonly heading: Localized;
}

export interface ResolvedRow {
  readonly id: string;
  readonly kind: ChangeKind;
  readonly kindName: Localized;
  readonly from: readonly ResolvedProvision[];
  readonly to: readonly ResolvedProvision[];
  readonly note: Localized;
  readonly confidence: Confidence;
}

export interface DraftComparison {
  readonly drafts: readonly {
    readonly id: GenerationDraft;
    readonly label: Localized;
    readonly title: Localized;
    readonly version: IsoDate;
  }[];
  readonly caveat: Localized;
  readonly themes: readonly ResolvedTheme[];
  /** The two NATO-Russia drafts article by article, when both are compared. */
  readonly correspondence: {
    readonly caveat: Localized;
    readonly rows: readonly ResolvedRow[];
  } | null;
}

function resolveSet(b: Binding, treaty: GenerationDraft): ResolvedSet {
  return { who: b.who, ref: b.set, members: membersOf(b.set, treaty) };
}

function resolveClause(c: Clause, treaty: GenerationDraft): ResolvedClause {
  return {
    cites: c.cites.map((id) => ({ id, cite: cite(id) })),
    confidence: clauseConfidence(c),
    bars: c.bars,
    binds: resolveSet(c.binds, treaty),
    where: c.where ? resolveSet(c.where, treaty) : null,
    procedures: c.procedures.map((p) => ({
      body: p.body,
      quorum: p.quorum ? parameterValue(p.quorum) : null,
      threshold: p.threshold ? parameterValue(p.threshold) : null,
      decision: p.decision,
      binding: p.binding ?? null,
    })),
    blanks: c.blanks.map(parameterValue),
    open: c.open ?? null,
  };
}

const resolveProvision = (id: string): ResolvedProvision => ({
  id,
  cite: cite(id),
  heading: provision(id)?.heading ?? { en: id, ru: id },
});

/** The correspondence rows with their citations, headings, kind names and confidence. */
export function resolvedCorrespondence(): readonly ResolvedRow[] {
  return CORRESPONDENCE_ROWS.map((r) => ({
    id: r.id,
    kind: r.kind,
    kindName: CHANGE_NAMES[r.kind],
    from: r.from.map(resolveProvision),
    to: r.to.map(resolveProvision),
    note: r.note,
    confidence: rowConfidence(r),
  }));
}

/**
 * The comparison of some of the four drafts, in the order given: each theme with one entry a draft,
 * and, when both NATO-Russia drafts are among them, their correspondence article by article.
 */
export function compareDrafts(drafts: readonly GenerationDraft[]): DraftComparison {
  return {
    drafts: drafts.map((id) => ({
      id,
      label: DRAFT_LABELS[id],
      title: TREATIES[id].title,
      version: TREATIES[id].version,
    })),
    caveat: COMPARISON_CAVEAT,
    themes: THEMES.map((t) => ({
      id: t.id,
      title: t.title,
      entries: drafts.map((d) => {
        const entry = t.entries.find((e) => e.treaty === d) ?? { treaty: d, clauses: [] };
        return {
          treaty: d,
          confidence: entryConfidence(entry),
          clauses: entry.clauses.map((c) => resolveClause(c, d)),
          note: entry.note ?? null,
        };
      }),
    })),
    correspondence:
      drafts.includes('nrc-2009') && drafts.includes('nra-2021')
        ? { caveat: CORRESPONDENCE_CAVEAT, rows: resolvedCorrespondence() }
        : null,
  };
}
