/**
 * @module One crisis under several regimes: the EST (as the scenario reads, and under variant
 * readings), the North Atlantic Treaty, the UN Charter and the OSCE. Each armed attack (or threat)
 * an EST scenario notifies is a case; its acts are translated into each regime's acts by fixed
 * mapping rules (MAPPING) and run on the same engine, and the outcome is read back as who could
 * convene, who could block and who did, what was decided and whether it binds, and by when. Pure.
 */
import type { Act } from '../engine/acts.ts';
import type { ProcedureOutcome, RejectionOutcome } from '../engine/outcome.ts';
import { run } from '../engine/run.ts';
import type { RunInput } from '../engine/run.ts';
import type { Scenario } from '../scenario/index.ts';
import type { TreatyId } from '../treaty/common.ts';
import type { IsoDate } from '../treaty/dates.ts';
import type { EntityId } from '../treaty/entities.ts';
import { kindOf } from '../treaty/entities.ts';
import type { ParameterId } from '../treaty/parameters/index.ts';
import { parameterSeries, valueOn } from '../treaty/parameters/index.ts';
import { resolvePartySet } from '../treaty/parties/index.ts';

/** The regimes `est compare` knows, by the names of its `--regime` option. */
export const REGIMES = ['est', 'nato', 'unsc', 'osce'] as const;
export type RegimeName = (typeof REGIMES)[number];

export function isRegimeName(text: string): text is RegimeName {
  return (REGIMES as readonly string[]).includes(text);
}

/** A set of EST parameter values applied to the same scenario (`--variant FILE`). */
export interface Variant {
  readonly name: string;
  readonly overrides: Readonly<Partial<Record<ParameterId, unknown>>>;
}

/**
 * How an EST scenario becomes each regime's acts. Part of the output (and of the JSON), so a reader
 * of a comparison sees the rules it rests on.
 */
export const MAPPING: readonly string[] = [
  "A case is an EST notify-attack (EST 8(1)); its Extraordinary Conference becomes a meeting of each regime's council with the same id and the same victim, attacker and date.",
  'NATO: notify-attack stays notify-attack, an Art. 5 matter for the North Atlantic Council (a threat is an Art. 4 matter); the Parties are the Allies on the day of the first case (nato-on:DATE). A "no" vote becomes an objection (consensus, no vote: NAT 9); "yes" and "abstain" are silence. Assistance, reports and Security Council measures carry over; consent is not needed (NAT 5 is the standing consent).',
  "UNSC: notify-attack becomes a report of an armed attack that seizes the Council under Chapter VII (UN Charter 39, 51); the Council is that of the case's year (2008-2026), the other Members are the scenario's states (the Holy See, a non-member, is left out). Votes carry over for members of the Council only; a member with no recorded vote abstains (Art. 28: it is present). Consent becomes the victim's request (Art. 51); assistance and reports carry over.",
  'OSCE: notify-attack becomes a situation raised at the Permanent Council by the victim; the Parties are the participating States on the day of the first case (osce-on:DATE). A "no" vote becomes an objection; assistance has no counterpart. It runs twice: under consensus (Helsinki 1973, 69) and under consensus-minus-one leaving out the attacker (Prague 1992, 16).',
  'In every regime, acts by an actor that has no seat there (a non-Ally in the NAC, a state outside the Council, an organization) are left out, except the notification itself, so that its refusal shows. Consultations (EST 5) and Conferences (EST 6) are not translated.',
  "EST variants run the scenario itself with the variant's parameters on top of the file's own; a decision a variant decides otherwise than the scenario's own reading is listed as changed.",
];

export interface Blockers {
  /** Who can block alone (empty when any participant can: see `text`). */
  readonly who: readonly EntityId[];
  readonly text: string;
  readonly cite: string;
}

export interface DecisionRow {
  readonly id: string;
  /** null: not proposed in this regime (its proposer has no seat there) or the meeting never sat. */
  readonly adopted: boolean | null;
  readonly blockedBy: readonly EntityId[];
  /** Votes or objections refused because the actor is left out (the attacker, a party to a dispute). */
  readonly notCounted: readonly EntityId[];
  /** Security Council: votes in favour needed beyond those recorded, and members with no recorded vote. */
  readonly moreYesNeeded?: number;
  readonly unrecorded?: number;
}

export interface RegimeRow {
  /** `est`, `est: <variant>`, `nato`, `unsc`, `osce`, `osce (Prague 16)`. */
  readonly regime: string;
  readonly treaty: TreatyId;
  readonly body: string;
  readonly procedure: string | null;
  readonly convened: boolean;
  readonly convenedOn: IsoDate | null;
  /** The day by which the body meets. */
  readonly meetsBy: IsoDate | null;
  readonly closed: IsoDate | null;
  /** Why the notification opened nothing. */
  readonly refused: { readonly code: string; readonly cite: string; readonly reason: string } | null;
  readonly couldConvene: { readonly text: string; readonly cite: string };
  readonly couldBlock: Blockers;
  readonly decisions: readonly DecisionRow[];
  readonly binding: { readonly value: 'legally' | 'politically'; readonly cite: string };
  /** Seats in the deciding body (Parties of a conference, members of a council). */
  readonly seats: number;
}

/** A decision whose outcome a variant reading changes, against the EST as the scenario reads. */
export interface ChangedDecision {
  readonly id: string;
  /** The outcome under the scenario's own parameters (null: not proposed, or pending). */
  readonly before: boolean | null;
  /** The outcome under the variant. */
  readonly after: boolean | null;
}

/** What one EST variant changes in one case. */
export interface ReadingChanges {
  /** The variant's row label, `est: <name>`. */
  readonly regime: string;
  readonly overrides: Readonly<Partial<Record<ParameterId, unknown>>>;
  readonly decisions: readonly ChangedDecision[];
}

export interface CaseComparison {
  readonly id: string;
  readonly victim: EntityId;
  readonly attacker: EntityId;
  readonly kind: 'attack' | 'threat';
  readonly notifiedBy: EntityId;
  readonly on: IsoDate;
  readonly rows: readonly RegimeRow[];
  /** For each EST variant, the decisions it decides otherwise than the scenario's own reading. */
  readonly changes: readonly ReadingChanges[];
}

export interface Comparison {
  readonly scenario: string;
  readonly regimes: readonly string[];
  readonly mapping: readonly string[];
  readonly cases: readonly CaseComparison[];
}

interface Case {
  readonly id: string;
  readonly act: Extract<Act, { act: 'notify-attack' }>;
}

/** The notified attacks of the scenario, each with the id of its procedure in the EST run. */
function casesOf(scenario: Scenario): Case[] {
  const ids = new Set(scenario.acts.flatMap((a) => ('id' in a && a.id !== undefined ? [a.id] : [])));
  let n = 0;
  const fresh = (): string => {
    let id = `case-${(n += 1)}`;
    while (ids.has(id)) id = `case-${(n += 1)}`;
    return id;
  };
  const out: Case[] = [];
  for (const act of scenario.acts) {
    if (act.act !== 'notify-attack') continue;
    const id = act.id ?? fresh();
    out.push({ id, act: { ...act, id } });
  }
  return out;
}

const isState = (id: string): boolean => kindOf(id) === 'state';

/** The acts of a regime for the scenario: `keep` decides each act's fate. */
function translate(scenario: Scenario, cases: readonly Case[], map: (act: Act) => Act | null): Act[] {
  const byOriginal = new Map(cases.map((c) => [c.act.on + c.act.by + c.act.attacker, c]));
  const out: Act[] = [];
  for (const act of scenario.acts) {
    if (act.act === 'notify-attack') {
      const c = byOriginal.get(act.on + act.by + act.attacker);
      if (c) out.push(map(c.act) ?? c.act);
      continue;
    }
    const mapped = map(onItsCase(act, cases));
    if (mapped !== null) out.push(mapped);
  }
  return out;
}

/**
 * EST 7(2) lets assistance name only its victim: it then carries over to the latest armed attack
 * notified on that victim, where there is one. A declared attack (`attack`) is the EST's own record
 * and has no counterpart in the regimes.
 */
function onItsCase(act: Act, cases: readonly Case[]): Act {
  if (act.act !== 'assist' || act.procedure !== undefined) return act;
  const c = cases
    .filter((x) => x.act.kind === 'attack' && victimOf(x) === act.to && x.act.on <= act.on)
    .at(-1);
  const { attack: _attack, ...rest } = act;
  return c === undefined ? act : { ...rest, procedure: c.id };
}

const victimOf = (c: Case): EntityId => c.act.onBehalfOf ?? c.act.by;

function onCase(act: Act, cases: readonly Case[]): boolean {
  return 'procedure' in act && act.procedure !== undefined && cases.some((c) => c.id === act.procedure);
}

interface Run {
  readonly regime: string;
  readonly input: RunInput;
  readonly blockers: (p: ProcedureOutcome | undefined) => Blockers;
  readonly convene: { readonly text: string; readonly cite: string };
  readonly body: string;
  readonly binding: RegimeRow['binding'];
}

function firstDay(scenario: Scenario, cases: readonly Case[]): IsoDate {
  return cases[0]?.act.on ?? scenario.acts[0]?.on ?? ('2009-11-29' as IsoDate);
}

function estRun(scenario: Scenario, label: string, overrides: Variant['overrides']): Run {
  const params = parameterSeries(scenario.treaty, { ...scenario.overrides, ...overrides });
  return {
    regime: label,
    input: {
      name: scenario.name,
      treaty: scenario.treaty,
      parameters: params,
      ...(scenario.assume ? { assume: scenario.assume } : {}),
      acts: scenario.acts,
    },
    body: 'Extraordinary Conference (EST 8)',
    convene: {
      text: 'the Party attacked, or another Party for it; the Depositary convenes at once',
      cite: 'EST 8(1)-(2)',
    },
    blockers: (p) => {
      // The reading in force on the day the Extraordinary Conference opened.
      const opened = p?.opened ?? firstDay(scenario, []);
      const abstentionBlocks = valueOn(params['extraordinary.abstentionBlocks'], opened) === true;
      const parties = p?.parties ?? 0;
      const required = p?.quorum?.required ?? 0;
      const away = parties - required + 1;
      return {
        who: [],
        text: `any Party whose vote counts, by voting no${abstentionBlocks ? ' or abstaining' : ''}; ${away} of ${parties} staying away deny the quorum of ${required}`,
        cite: 'EST 8(3)',
      };
    },
    binding: { value: 'legally', cite: 'EST 8(3)' },
  };
}

function natoRun(scenario: Scenario, cases: readonly Case[]): Run {
  const day = firstDay(scenario, cases);
  const allies = resolvePartySet(`nato-on:${day}`, day);
  const seated = (id: EntityId): boolean => allies.has(id);
  const acts = translate(scenario, cases, (act) => {
    if (!onCase(act, cases) || act.act === 'notify-attack') return null;
    if (act.act === 'close' || act.act === 'unsc-measures') return act;
    if (!seated(act.by)) return null;
    switch (act.act) {
      case 'attend':
      case 'propose-decision':
      case 'assist':
      case 'report-to-unsc':
        return act;
      case 'vote':
        return act.vote === 'no'
          ? { act: 'object', by: act.by, procedure: act.procedure, decision: act.decision, on: act.on }
          : null;
      default:
        return null;
    }
  });
  return {
    regime: 'nato',
    input: {
      name: scenario.name,
      treaty: 'nat-1949',
      parameters: parameterSeries('nat-1949'),
      assume: { inForce: scenario.acts[0]?.on ?? day, parties: [...allies] },
      acts,
    },
    body: 'North Atlantic Council (NAT 5, 9)',
    convene: {
      text: 'an Ally attacked (Art. 5), or any Ally that sees a threat (Art. 4); the Council meets promptly',
      cite: 'NAT 4, 5(1), 9',
    },
    blockers: (p) => ({
      who: p?.members ?? [],
      text: `any of the ${p?.members?.length ?? allies.size} Allies, by objecting (no vote; the attacker, if an Ally, too)`,
      cite: 'NAT 9',
    }),
    binding: { value: 'politically', cite: 'NAT 9' },
  };
}

function unscRun(scenario: Scenario, cases: readonly Case[]): Run {
  const day = firstDay(scenario, cases);
  const council = resolvePartySet('unsc', day);
  const assumed: ReadonlySet<EntityId> = scenario.assume
    ? resolvePartySet(scenario.assume.parties, scenario.assume.inForce)
    : new Set();
  const actors = scenario.acts.flatMap((a) => ('by' in a ? [a.by] : []));
  // The Holy See is an observer, not a Member of the UN.
  const members = new Set<EntityId>(
    [...assumed, ...actors, ...council].filter((id): id is EntityId => isState(id) && id !== 'VA'),
  );
  const acts = translate(scenario, cases, (act) => {
    if (act.act === 'consent-assistance') {
      if (!members.has(act.by)) return null;
      const to = act.to.filter((id) => members.has(id));
      // The attack the victim declares with its consent (EST 7(2)) is notified to the Council instead.
      const { attacker: _a, attackers: _as, attack: _id, ...request } = act;
      return to.length > 0 ? { ...request, to } : null;
    }
    if (act.act === 'revoke-consent') {
      if (!members.has(act.by)) return null;
      const to = act.to?.filter((id) => members.has(id));
      return to === undefined ? act : to.length > 0 ? { ...act, to } : null;
    }
    if (!onCase(act, cases) || act.act === 'notify-attack') return null;
    if (act.act === 'close' || act.act === 'unsc-measures') return act;
    if (!members.has(act.by)) return null;
    switch (act.act) {
      case 'attend':
      case 'propose-decision':
      case 'assist':
      case 'report-to-unsc':
        return act;
      case 'vote':
        return council.has(act.by) ? act : null;
      default:
        return null;
    }
  });
  return {
    regime: 'unsc',
    input: {
      name: scenario.name,
      treaty: 'un-1945',
      parameters: parameterSeries('un-1945'),
      assume: { inForce: scenario.acts[0]?.on ?? day, parties: [...members].sort() },
      acts,
    },
    body: 'Security Council, Chapter VII (UN Charter 39)',
    convene: {
      text: 'any UN Member, the victim first (Art. 35, 51); the Council functions continuously',
      cite: 'UN Charter 28, 35, 51',
    },
    blockers: (p) => ({
      who: p?.permanent ?? [],
      text: `any permanent member by voting no (the attacker too under Chapter VII), or any ${Math.max(0, (p?.members?.length ?? 15) - 8)} of the ${p?.members?.length ?? 15} members by withholding a yes`,
      cite: 'UN Charter 27(3)',
    }),
    binding: { value: 'legally', cite: 'UN Charter 25' },
  };
}

function osceRun(scenario: Scenario, cases: readonly Case[], minusOne: boolean): Run {
  const day = firstDay(scenario, cases);
  const states = resolvePartySet(`osce-on:${day}`, day);
  const acts = translate(scenario, cases, (act) => {
    if (!onCase(act, cases) || act.act === 'notify-attack') return null;
    if (act.act === 'close') return act;
    if (!states.has(act.by)) return null;
    switch (act.act) {
      case 'attend':
      case 'propose-decision':
        return act;
      case 'vote':
        return act.vote === 'no'
          ? { act: 'object', by: act.by, procedure: act.procedure, decision: act.decision, on: act.on }
          : null;
      default:
        return null;
    }
  });
  return {
    regime: minusOne ? 'osce (Prague 16)' : 'osce',
    input: {
      name: scenario.name,
      treaty: 'osce-1992',
      parameters: parameterSeries('osce-1992', { 'osce.minusOne': minusOne }),
      assume: { inForce: scenario.acts[0]?.on ?? day, parties: [...states] },
      acts,
    },
    body: 'OSCE Permanent Council',
    convene: {
      text: 'any participating State raises the situation; the Council meets weekly',
      cite: 'OSCE Permanent Council',
    },
    blockers: (p) => {
      const n = p?.members?.length ?? states.size;
      const out = p?.excluded ?? [];
      return minusOne && out.length > 0
        ? {
            who: (p?.members ?? []).filter((id) => !out.includes(id)),
            text: `any of the ${n} participating States by objecting, except ${out.join(', ')}, the State concerned`,
            cite: 'OSCE Prague 1992, 16',
          }
        : {
            who: p?.members ?? [],
            text: `any of the ${n} participating States by objecting`,
            cite: 'OSCE Helsinki 1973, 69',
          };
    },
    binding: { value: 'politically', cite: 'OSCE Helsinki 1975' },
  };
}

function rowOf(r: Run, c: Case, est: readonly string[]): RegimeRow {
  const { outcome } = run(r.input);
  const p = outcome.procedures.find((x) => x.id === c.id);
  const notify = outcome.rejected.find(
    (x: RejectionOutcome) =>
      x.act === 'notify-attack' && x.on === c.act.on && x.by === c.act.by && p === undefined,
  );
  const excludedVotes = (decision: string): EntityId[] => {
    const indexes = new Set(
      outcome.rejected.filter((x) => x.code === 'vote_excluded' && x.procedure === c.id).map((x) => x.index),
    );
    const by = r.input.acts.filter(
      (a, i) => indexes.has(i) && 'decision' in a && a.decision === decision && 'by' in a,
    );
    return [...new Set(by.map((a) => (a as { by: EntityId }).by))].sort();
  };
  const decisions: DecisionRow[] = est.map((id) => {
    const d = p?.decisions?.find((x) => x.id === id);
    if (d === undefined) return { id, adopted: null, blockedBy: [], notCounted: [] };
    const base = { id, adopted: d.adopted, blockedBy: d.blockedBy, notCounted: excludedVotes(id) };
    if (p?.rule !== 'veto-majority' || d.adopted !== false || d.blockedBy.length > 0 || !d.votes) return base;
    // The Council's elected members from outside the scenario have no recorded vote: say how many
    // more votes in favour the decision needed, and how many members could still have given them.
    const voted = new Set(
      r.input.acts.flatMap((a) =>
        a.act === 'vote' && a.procedure === c.id && a.decision === id ? [a.by] : [],
      ),
    );
    const seats = (p.members ?? []).filter((m) => !(p.excluded ?? []).includes(m));
    // The votes required on the day the decision was taken (UN Charter 27(3): 7 before 1965, then 9).
    const required = valueOn(r.input.parameters['unsc.votesRequired'], d.taken ?? d.proposed) ?? 9;
    return {
      ...base,
      moreYesNeeded: Math.max(0, required - d.votes.yes.length),
      unrecorded: seats.filter((m) => !voted.has(m)).length,
    };
  });
  return {
    regime: r.regime,
    treaty: r.input.treaty,
    body: r.body,
    procedure: p?.id ?? null,
    convened: p !== undefined,
    convenedOn: p?.opened ?? null,
    meetsBy: p === undefined ? null : (p.deadline ?? p.opened),
    closed: p?.closed ?? null,
    refused: notify ? { code: notify.code, cite: notify.cite, reason: notify.reason } : null,
    couldConvene: r.convene,
    couldBlock: r.blockers(p),
    decisions,
    binding: r.binding,
    seats: p?.parties ?? 0,
  };
}

/** The decisions whose outcome differs between the EST as the scenario reads it and a variant. */
function changedDecisions(base: RegimeRow | null, variant: RegimeRow): ChangedDecision[] {
  return variant.decisions.flatMap((d) => {
    const before = base?.decisions.find((x) => x.id === d.id)?.adopted ?? null;
    return before === d.adopted ? [] : [{ id: d.id, before, after: d.adopted }];
  });
}

/**
 * Runs the crises of an EST scenario under each regime asked for (and each EST variant) and compares
 * them case by case.
 */
export function compare(
  scenario: Scenario,
  options: { readonly regimes?: readonly RegimeName[]; readonly variants?: readonly Variant[] } = {},
): Comparison {
  if (scenario.treaty !== 'est-2009')
    throw new TypeError(`est compare translates scenarios of est-2009, not ${scenario.treaty}`);
  const regimes =
    options.regimes && options.regimes.length > 0 ? [...new Set(options.regimes)] : [...REGIMES];
  const cases = casesOf(scenario);
  const withIds: Scenario = {
    ...scenario,
    acts: scenario.acts.map((a) => {
      if (a.act !== 'notify-attack' || a.id !== undefined) return a;
      const c = cases.find((x) => x.act.on === a.on && x.act.by === a.by && x.act.attacker === a.attacker);
      return c ? c.act : a;
    }),
  };
  const runs: Run[] = [];
  const variants = (options.variants ?? []).map((v) => ({
    variant: v,
    run: estRun(withIds, `est: ${v.name}`, v.overrides),
  }));
  // The EST as the scenario reads it: the row the variants are measured against.
  const baseline = estRun(withIds, 'est', {});
  for (const name of regimes) {
    if (name === 'est') runs.push(baseline, ...variants.map((v) => v.run));
    if (name === 'nato') runs.push(natoRun(withIds, cases));
    if (name === 'unsc') runs.push(unscRun(withIds, cases));
    if (name === 'osce') runs.push(osceRun(withIds, cases, false), osceRun(withIds, cases, true));
  }
  if (!regimes.includes('est')) runs.push(...variants.map((v) => v.run));
  return {
    scenario: scenario.name,
    regimes: runs.map((r) => r.regime),
    mapping: MAPPING,
    cases: cases.map((c) => {
      const proposed = withIds.acts.flatMap((a) =>
        a.act === 'propose-decision' && a.procedure === c.id ? [a.decision] : [],
      );
      const decisions = [...new Set(proposed)];
      const rows = runs.map((r) => rowOf(r, c, decisions));
      const rowFor = (r: Run): RegimeRow => rows[runs.indexOf(r)] ?? rowOf(r, c, decisions);
      const base = variants.length > 0 ? rowFor(baseline) : null;
      return {
        id: c.id,
        victim: c.act.onBehalfOf ?? c.act.by,
        attacker: c.act.attacker,
        kind: c.act.kind,
        notifiedBy: c.act.by,
        on: c.act.on,
        rows,
        changes: variants.map(({ variant, run: r }) => ({
          regime: r.regime,
          overrides: variant.overrides,
          decisions: changedDecisions(base, rowFor(r)),
        })),
      };
    }),
  };
}
