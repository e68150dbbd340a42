/**
 * @module Blocking by absence. An EST conference decides nothing without its quorum, counted over
 * all Parties (EST 6(3): two thirds; EST 8(3): four fifths), so a group need not vote no: if enough
 * of it stays away, the conference cannot sit. This module says how much absence denies each
 * quorum, which blocs (NATO, the EU, the CSTO, the CIS, or any given in a file) can supply it alone
 * or together, and who can block a quorate conference by objecting or voting.
 */
import { quorumOf } from '../engine/closing.ts';
import type { IsoDate } from '../treaty/dates.ts';
import { isOrganization, kindOf } from '../treaty/entities.ts';
import { resolveParameters } from '../treaty/parameters/index.ts';
import type { ParameterValues } from '../treaty/parameters/index.ts';
import { PRESET_DATE, membersOn, partySetProblem, resolvePartySet } from '../treaty/parties/index.ts';
import type { BlocId, PartySet } from '../treaty/parties/index.ts';
import { GameError, weightedParties } from './games.ts';

export type Body = 'conference' | 'extraordinary';
export const BODIES: readonly Body[] = ['conference', 'extraordinary'];

/** The blocs read from the registry when no file replaces them. */
export const REGISTRY_BLOCS: readonly Exclude<BlocId, 'OSCE'>[] = ['NATO', 'EU', 'CSTO', 'CIS'];

/** A bloc: an id and its members (party ids, presets or selectors, read on the day asked). */
export interface BlocDefinition {
  readonly id: string;
  readonly members: PartySet;
}

export interface BlockingOptions {
  readonly body: Body;
  /** The Parties (default: the `signature.eligible` parameter). */
  readonly parties?: PartySet;
  /** The day bloc memberships and selectors are read (default 2009-11-29). */
  readonly asOf?: IsoDate;
  /** Blocs besides (or, with the same id, instead of) NATO, the EU, the CSTO and the CIS. */
  readonly blocs?: readonly BlocDefinition[];
  readonly params?: ParameterValues;
  /** Extraordinary Conference: the Party that carried out the attack (its vote is not counted). */
  readonly attacker?: string;
}

export interface BlocReport {
  readonly id: string;
  /** Weight of the bloc's members that are Parties, plus the organization itself when it is one. */
  readonly size: number;
  /** The Parties it counts (members, and the organization itself), sorted. */
  readonly members: readonly string[];
  /** Whether the organization that bears the bloc's id is itself a Party and counted. */
  readonly organizationCounted: boolean;
  readonly canDenyQuorum: boolean;
  /** Further absentee weight it would need; 0 when it can deny the quorum alone. */
  readonly shortBy: number;
}

export interface Combination {
  readonly blocs: readonly string[];
  /** Weight of the union of their Parties, overlaps counted once. */
  readonly size: number;
}

export interface Vetoes {
  /** `objection` at the Conference (consensus), `vote` at the Extraordinary Conference (unanimity). */
  readonly rule: 'objection' | 'vote';
  readonly cite: string;
  /** Parties that can defeat a decision of a quorate conference alone, by objecting or voting no. */
  readonly parties: readonly string[];
  readonly count: number;
  /** Extraordinary Conference: whether an abstention also breaks unanimity. */
  readonly abstentionBlocks: boolean | null;
  /** Parties that cannot, and why. */
  readonly cannot: readonly { readonly id: string; readonly reason: string }[];
  /** Parties whose absence alone denies the quorum. */
  readonly byAbsence: readonly string[];
}

export interface BlockingReport {
  readonly body: Body;
  readonly cite: string;
  readonly asOf: IsoDate;
  /** N: the weight of all Parties, the quorum's denominator (their number when organizations weigh 1). */
  readonly parties: number;
  /** How many Parties there are, whatever they weigh. */
  readonly partyCount: number;
  readonly quorum: { readonly num: number; readonly den: number };
  /** q: the smallest attendance that is quorate. */
  readonly quorumRequired: number;
  /** N - q + 1: the smallest absentee weight that denies the quorum. */
  readonly absenteesToDeny: number;
  readonly blocs: readonly BlocReport[];
  /** Sets of blocs that deny the quorum together and no smaller subset of which does, fewest blocs first. */
  readonly smallestDenyingCombinations: readonly Combination[];
  readonly vetoes: Vetoes;
  readonly attacker: string | null;
}

/** More blocs than this would make the search over combinations too long. */
export const MAX_BLOCS = 16;

/**
 * Who can deny a conference's quorum by staying away, alone or with other blocs, and who can block
 * it once quorate. The quorum is met when `present * den >= num * N` (DESIGN §3), so a quorum q
 * is denied by an absentee weight of N - q + 1 or more. A bloc's size counts only its members that
 * are Parties on the day (and the organization itself when it is a Party), each with its weight.
 */
export function blocking(options: BlockingOptions): BlockingReport {
  if (options.attacker !== undefined && options.body !== 'extraordinary')
    throw new GameError('an attacker matters only at the Extraordinary Conference (EST 8(3))');
  const params = options.params ?? resolveParameters('est-2009');
  const asOf = options.asOf ?? PRESET_DATE;
  const partySet = options.parties ?? params['signature.eligible'];
  if (partySet === null) throw new GameError('no party set: signature.eligible is unset; give one');
  const parties = weightedParties(partySet, asOf, params);
  const weight = new Map(parties.map((p) => [p.id, p.weight]));
  const fraction = params[options.body === 'conference' ? 'conference.quorum' : 'extraordinary.quorum'];
  if (fraction === null) throw new GameError(`the ${options.body} quorum parameter is unset`);
  const N = parties.reduce((s, p) => s + p.weight, 0);
  const q = quorumOf(fraction, N, 0).required;
  const deny = N - q + 1;

  // Registry blocs first, in their usual order; a file's bloc of the same id takes its place.
  const blocMembers = new Map<string, readonly string[]>(
    REGISTRY_BLOCS.map((id) => [id, membersOn(id, asOf)]),
  );
  for (const b of options.blocs ?? []) blocMembers.set(b.id, [...resolveBloc(b, asOf)]);
  if (blocMembers.size > MAX_BLOCS)
    throw new GameError(`at most ${MAX_BLOCS} blocs, got ${blocMembers.size}`);

  const blocs: BlocReport[] = [...blocMembers].map(([id, members]) => {
    const own = isOrganization(id) && (weight.get(id) ?? 0) > 0;
    const ids = [...new Set([...members, ...(own ? [id] : [])])].filter((x) => weight.has(x)).sort();
    const size = ids.reduce((s, x) => s + (weight.get(x) ?? 0), 0);
    return {
      id,
      size,
      members: ids,
      organizationCounted: own,
      canDenyQuorum: size >= deny,
      shortBy: Math.max(0, deny - size),
    };
  });

  return {
    body: options.body,
    cite: options.body === 'conference' ? 'EST 6(3)' : 'EST 8(3)',
    asOf,
    parties: N,
    partyCount: parties.length,
    quorum: { num: fraction.num, den: fraction.den },
    quorumRequired: q,
    absenteesToDeny: deny,
    blocs,
    smallestDenyingCombinations: denyingCombinations(blocs, weight, deny),
    vetoes: vetoesOf(options, params, parties, deny),
    attacker: options.attacker ?? null,
  };
}

function resolveBloc(def: BlocDefinition, asOf: IsoDate): ReadonlySet<string> {
  const problem = partySetProblem(def.members);
  if (problem !== null) throw new GameError(`bloc ${def.id}: ${problem}`);
  return resolvePartySet(def.members, asOf);
}

/** Inclusion-minimal sets of blocs whose union reaches the absentee weight that denies the quorum. */
function denyingCombinations(
  blocs: readonly BlocReport[],
  weight: ReadonlyMap<string, number>,
  deny: number,
): Combination[] {
  const ids = [...weight.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const members = blocs.map((b) => b.members.map((id) => index.get(id) as number));
  const w = ids.map((id) => weight.get(id) ?? 0);
  const B = blocs.length;
  const denies = new Uint8Array(1 << B);
  const sizes = new Array<number>(1 << B).fill(0);
  const mark = new Uint32Array(ids.length);
  for (let mask = 1; mask < 1 << B; mask += 1) {
    let size = 0;
    for (let b = 0; b < B; b += 1) {
      if (!(mask & (1 << b))) continue;
      for (const i of members[b] as number[]) {
        if (mark[i] === mask) continue;
        mark[i] = mask;
        size += w[i] as number;
      }
    }
    sizes[mask] = size;
    denies[mask] = size >= deny ? 1 : 0;
  }
  const out: Combination[] = [];
  for (let mask = 1; mask < 1 << B; mask += 1) {
    if (!denies[mask]) continue;
    let minimal = true;
    for (let b = 0; b < B && minimal; b += 1)
      if (mask & (1 << b) && denies[mask & ~(1 << b)]) minimal = false;
    if (!minimal) continue;
    out.push({
      blocs: blocs.filter((_, b) => mask & (1 << b)).map((x) => x.id),
      size: sizes[mask] as number,
    });
  }
  const key = (c: Combination): string => c.blocs.join();
  return out.sort(
    (a, b) =>
      a.blocs.length - b.blocs.length || b.size - a.size || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0),
  );
}

function vetoesOf(
  options: BlockingOptions,
  params: ParameterValues,
  parties: readonly { id: string; weight: number }[],
  deny: number,
): Vetoes {
  const cannot: { id: string; reason: string }[] = [];
  const attacker = options.attacker;
  if (attacker !== undefined && kindOf(attacker) === null)
    throw new GameError(`attacker '${attacker}' is not an entity id`);
  const excluded =
    options.body === 'extraordinary' &&
    attacker !== undefined &&
    params['extraordinary.excludeAttacker'] === true &&
    parties.some((p) => p.id === attacker)
      ? attacker
      : undefined;
  const can: string[] = [];
  for (const p of parties) {
    if (p.weight === 0) cannot.push({ id: p.id, reason: 'weighs 0 (organizations.voteWeight): not counted' });
    else if (p.id === excluded)
      cannot.push({
        id: p.id,
        reason: 'the attacker: its vote is not counted (EST 8(3)); it can only stay away',
      });
    else can.push(p.id);
  }
  const conference = options.body === 'conference';
  return {
    rule: conference ? 'objection' : 'vote',
    cite: conference ? 'EST 6(3)' : 'EST 8(3)',
    parties: can,
    count: can.length,
    abstentionBlocks: conference ? null : params['extraordinary.abstentionBlocks'] === true,
    cannot,
    byAbsence: parties.filter((p) => p.weight > 0 && p.weight >= deny).map((p) => p.id),
  };
}

/**
 * Reads blocs as a file gives them (already parsed from YAML or JSON): `{ blocs: [{ id, members }] }`
 * or the list alone, members being party ids, presets or `nato-joined-after:DATE`.
 */
export function parseBlocs(
  data: unknown,
):
  | { readonly ok: true; readonly value: readonly BlocDefinition[] }
  | { readonly ok: false; readonly problem: string } {
  const list =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)['blocs']
      : data;
  const expected = 'expected { blocs: [{ id, members: [...] }, ...] } or that list alone';
  if (!Array.isArray(list)) return { ok: false, problem: expected };
  const out: BlocDefinition[] = [];
  const seen = new Set<string>();
  for (const [i, item] of list.entries()) {
    const o =
      item !== null && typeof item === 'object' && !Array.isArray(item)
        ? (item as Record<string, unknown>)
        : null;
    const id = o?.['id'];
    const members = o?.['members'];
    if (typeof id !== 'string' || id === '') return { ok: false, problem: `blocs[${i}]: ${expected}` };
    if (!Array.isArray(members) || !members.every((m): m is string => typeof m === 'string'))
      return { ok: false, problem: `blocs[${i}] (${id}): members must be a list of party ids or presets` };
    if (seen.has(id)) return { ok: false, problem: `blocs[${i}]: bloc ${id} is given twice` };
    seen.add(id);
    const problem = partySetProblem(members);
    if (problem !== null) return { ok: false, problem: `blocs[${i}] (${id}): ${problem}` };
    out.push({ id, members });
  }
  return { ok: true, value: out };
}
