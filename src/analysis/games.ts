/**
 * @module Simple games: who must agree for a body to act, as the voting-power literature models it.
 *
 * A coalition is the set of players who support a decision and take part; everyone else does not.
 * It wins when it contains every veto player, the weight of its votes reaches the quota and the
 * weight of its attendance reaches the quorum. Weights are whole numbers; a quota or quorum is an
 * exact share of the total weight (rounded up, as the engine rounds quorums) or an absolute weight.
 *
 * The constructors build the four bodies that `est analyze power` compares: the UN Security
 * Council, the EST Conference of the Parties and Extraordinary Conference, and NATO's North Atlantic
 * Council. Consensus bodies are not weighted games by nature: what the player who does not support
 * a decision does (stay away, or attend and object) changes the game, so the EST constructors take a
 * {@link Reading}.
 */
import { quorumOf } from '../engine/closing.ts';
import type { IsoDate } from '../treaty/dates.ts';
import { isOrganization, kindOf } from '../treaty/entities.ts';
import { resolveParameters } from '../treaty/parameters/index.ts';
import type { ParameterValues } from '../treaty/parameters/index.ts';
import { PRESET_DATE, membersOn, partySetProblem, resolvePartySet } from '../treaty/parties/index.ts';
import type { PartySet } from '../treaty/parties/index.ts';

/** A bad game or bad options for one: the message says what and why. */
export class GameError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GameError';
  }
}

/** A threshold on a coalition's weight: an exact share of the total, or an absolute weight. */
export type Threshold = Share | { readonly kind: 'weight'; readonly weight: number };
export interface Share {
  readonly kind: 'share';
  readonly num: number;
  readonly den: number;
}

export interface Player {
  readonly id: string;
  /** The weight of its vote (a whole number, 0 for a player whose vote is not counted). */
  readonly weight: number;
  /** The weight of its attendance toward the quorum; the vote weight when absent. */
  readonly presence?: number;
}

export interface SimpleGame {
  /** `unsc`, `conference`, `extraordinary`, `nac`, or any id a caller gives. */
  readonly id: string;
  readonly name: string;
  /** The provision the rule comes from: `EST 8(3)`, `UN Charter 27(3)`. */
  readonly cite: string;
  /** The decision rule in one sentence. */
  readonly rule: string;
  readonly players: readonly Player[];
  /** Weight of votes in favour needed. */
  readonly quota: Threshold;
  /** Weight of attendance needed, counted over the coalition (who supports it is who is there). */
  readonly quorum: Threshold | null;
  /** Players who must be in every winning coalition. */
  readonly vetoes: readonly string[];
  /** Modelling choices a reader of the indices should know. */
  readonly notes: readonly string[];
}

/** The thresholds of a game in weight, and the totals they are taken of. */
export interface Requirements {
  readonly totalWeight: number;
  readonly totalPresence: number;
  /** Smallest weight of votes that meets the quota. */
  readonly quotaWeight: number;
  /** Smallest weight of attendance that meets the quorum (0 without a quorum). */
  readonly quorumWeight: number;
}

export const presenceOf = (p: Player): number => p.presence ?? p.weight;

/** A threshold in weight: a share is met when `weight * den >= num * total` (EST quorums, DESIGN §3). */
export function thresholdWeight(t: Threshold, total: number): number {
  return t.kind === 'weight' ? t.weight : quorumOf({ num: t.num, den: t.den }, total, 0).required;
}

export function requirements(game: SimpleGame): Requirements {
  const totalWeight = game.players.reduce((s, p) => s + p.weight, 0);
  const totalPresence = game.players.reduce((s, p) => s + presenceOf(p), 0);
  return {
    totalWeight,
    totalPresence,
    quotaWeight: thresholdWeight(game.quota, totalWeight),
    quorumWeight: game.quorum === null ? 0 : thresholdWeight(game.quorum, totalPresence),
  };
}

/** Whether a coalition (ids of the players who support and attend) carries the decision. */
export function isWinning(game: SimpleGame, coalition: ReadonlySet<string>): boolean {
  const req = requirements(game);
  if (!game.vetoes.every((id) => coalition.has(id))) return false;
  let votes = 0;
  let presence = 0;
  for (const p of game.players) {
    if (!coalition.has(p.id)) continue;
    votes += p.weight;
    presence += presenceOf(p);
  }
  return votes >= req.quotaWeight && presence >= req.quorumWeight;
}

const isWeight = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/** Checks that a game is well formed (unique ids, whole weights, vetoes among the players), or throws. */
export function checkGame(game: SimpleGame): void {
  if (game.players.length === 0) throw new GameError(`${game.id}: a game needs at least one player`);
  const ids = new Set<string>();
  for (const p of game.players) {
    if (ids.has(p.id)) throw new GameError(`${game.id}: player ${p.id} appears twice`);
    ids.add(p.id);
    if (!isWeight(p.weight) || !isWeight(presenceOf(p)))
      throw new GameError(`${game.id}: player ${p.id} needs whole, non-negative weights`);
  }
  for (const v of game.vetoes)
    if (!ids.has(v)) throw new GameError(`${game.id}: veto player ${v} is not a player`);
  for (const t of [game.quota, game.quorum]) {
    if (t === null) continue;
    const ok =
      t.kind === 'weight'
        ? isWeight(t.weight)
        : Number.isSafeInteger(t.num) && Number.isSafeInteger(t.den) && t.num >= 0 && t.den > 0;
    if (!ok) throw new GameError(`${game.id}: a threshold must be a whole weight or a share num/den`);
  }
}

// ---------------------------------------------------------------------------------------------
// The named games

export const GAME_IDS = ['unsc', 'conference', 'extraordinary', 'nac'] as const;
export type GameId = (typeof GAME_IDS)[number];

export function isGameId(text: string): text is GameId {
  return (GAME_IDS as readonly string[]).includes(text);
}

/**
 * What a Party that does not support a decision does in an EST conference.
 *
 * - `absence`: it stays away. Those present all agree, so the decision passes when they reach the
 *   quorum: a weighted quota game whose quota is the quorum. This is the reading in which blocking
 *   by absence is the only lever, and the default.
 * - `objection`: it attends and objects (Conference, EST 6(3)) or votes no (Extraordinary
 *   Conference, EST 8(3)). Every Party whose voice counts is then a veto player and the game is a
 *   unanimity game among them; a Party whose vote is not counted can only withhold its attendance.
 */
export type Reading = 'absence' | 'objection';
export const READINGS: readonly Reading[] = ['absence', 'objection'];

export interface EstGameOptions {
  /** The Parties: a preset, a selector or a list (default: the `signature.eligible` parameter). */
  readonly parties?: PartySet;
  /** The day the party set and bloc memberships are read (default 2009-11-29). */
  readonly asOf?: IsoDate;
  /** The parameters in force (default: the EST as published). */
  readonly params?: ParameterValues;
  readonly reading?: Reading;
  /** Extraordinary Conference only: the Party that carried out the armed attack. */
  readonly attacker?: string;
}

/** A Party with the weight it carries in quorums and votes. */
export interface WeightedParty {
  readonly id: string;
  readonly weight: number;
}

/**
 * The Parties of a party set on a day, sorted by id, each weighing 1 if a state and
 * `organizations.voteWeight` if an organization (EST 10, 11; 0 means not counted), as the engine
 * counts them in quorums and votes.
 */
export function weightedParties(
  parties: PartySet,
  asOf: IsoDate,
  params: ParameterValues,
): readonly WeightedParty[] {
  const problem = partySetProblem(parties);
  if (problem !== null) throw new GameError(problem);
  const orgWeight = params['organizations.voteWeight'] ?? 0;
  const ids = [...resolvePartySet(parties, asOf)].sort();
  if (ids.length === 0) throw new GameError('the party set is empty');
  return ids.map((id) => ({ id, weight: isOrganization(id) ? orgWeight : 1 }));
}

function estSetup(options: EstGameOptions) {
  const params = options.params ?? resolveParameters('est-2009');
  const asOf = options.asOf ?? PRESET_DATE;
  const parties = options.parties ?? params['signature.eligible'];
  if (parties === null) throw new GameError('no party set: signature.eligible is unset; give one');
  return {
    params,
    asOf,
    reading: options.reading ?? 'absence',
    parties: weightedParties(parties, asOf, params),
  };
}

function shareOf(params: ParameterValues, id: 'conference.quorum' | 'extraordinary.quorum'): Share {
  const f = params[id];
  if (f === null) throw new GameError(`${id} is unset: the game has no quorum`);
  return { kind: 'share', num: f.num, den: f.den };
}

function weightNotes(parties: readonly WeightedParty[], params: ParameterValues): string[] {
  if (!parties.some((p) => isOrganization(p.id))) return [];
  const w = params['organizations.voteWeight'] ?? 0;
  return [
    w === 0
      ? 'Organizations weigh 0 (organizations.voteWeight): they are Parties but count neither in the quorum nor in votes, so they are null players.'
      : `Each organization that is a Party weighs ${w} in the quorum and in votes, beside its member states (organizations.voteWeight, EST 10, 11; a reading, the text is silent).`,
  ];
}

/**
 * The Conference of the Parties, EST 6(3): quorate when at least two thirds (`conference.quorum`)
 * of all Parties attend, the denominator being all Parties on the day; decisions by consensus, i.e.
 * no objection from a Party present. Under the `absence` reading a decision passes when the Parties
 * present, all agreeing, reach the quorum, so the winning coalitions are those whose weight is at
 * least the quorum's required weight; under `objection`, every counted Party is a veto player.
 */
export function conferenceGame(options: EstGameOptions = {}): SimpleGame {
  const { params, reading, parties } = estSetup(options);
  const quorum = shareOf(params, 'conference.quorum');
  const counted = parties.filter((p) => p.weight > 0).map((p) => p.id);
  return {
    id: 'conference',
    name: 'Conference of the Parties',
    cite: 'EST 6(3)',
    rule: `quorum ${quorum.num}/${quorum.den} of all Parties; decisions by consensus of those present`,
    players: parties,
    // A decision needs a proponent: at least one vote weight in favour.
    quota: { kind: 'weight', weight: 1 },
    quorum,
    vetoes: reading === 'objection' ? counted : [],
    notes: [
      reading === 'absence'
        ? 'Reading "absence": a Party that does not support a decision stays away; the quorum is the only hurdle, so the game is a weighted quota game.'
        : 'Reading "objection": a Party that does not support a decision attends and objects; consensus makes each counted Party a veto player (a unanimity game).',
      ...weightNotes(parties, params),
    ],
  };
}

/**
 * The Extraordinary Conference, EST 8(3): quorate when at least four fifths
 * (`extraordinary.quorum`) of all Parties attend; decisions unanimous (a reconstruction, R-m), and
 * at least one counted vote in favour, as the engine requires. If the attack was carried out by a
 * Party and `extraordinary.excludeAttacker` holds, that Party's vote is not counted but its
 * attendance still counts toward the quorum (DESIGN §3): it plays with vote weight 0 and presence
 * weight 1. Under `absence` it therefore keeps the power of any attendee; under `objection` it
 * cannot veto and is a null player unless the counted Parties alone fall short of the quorum.
 * Whether an abstention breaks unanimity (`extraordinary.abstentionBlocks`) does not change the
 * game: a Party that wants to block votes no.
 */
export function extraordinaryGame(options: EstGameOptions = {}): SimpleGame {
  const { params, reading, parties } = estSetup(options);
  const quorum = shareOf(params, 'extraordinary.quorum');
  const attacker = options.attacker;
  if (attacker !== undefined && kindOf(attacker) === null)
    throw new GameError(`attacker '${attacker}' is not an entity id`);
  const notes: string[] = [];
  const isParty = attacker !== undefined && parties.some((p) => p.id === attacker);
  const excluded = isParty && params['extraordinary.excludeAttacker'] === true ? attacker : undefined;
  if (attacker !== undefined && !isParty)
    notes.push(`The attacker ${attacker} is not a Party: no vote is left out (EST 8(3)).`);
  else if (attacker !== undefined && excluded === undefined)
    notes.push(`extraordinary.excludeAttacker is false: the attacker ${attacker} votes like any Party.`);
  else if (excluded !== undefined)
    notes.push(
      `The attacker ${excluded}'s vote is not counted (EST 8(3)); its attendance still counts toward the quorum.`,
    );
  const players: Player[] = parties.map((p) =>
    p.id === excluded ? { id: p.id, weight: 0, presence: p.weight } : { id: p.id, weight: p.weight },
  );
  const counted = players.filter((p) => p.weight > 0).map((p) => p.id);
  return {
    id: 'extraordinary',
    name: 'Extraordinary Conference of the Parties',
    cite: 'EST 8(3)',
    rule: `quorum ${quorum.num}/${quorum.den} of all Parties; decisions unanimous among the votes counted`,
    players,
    quota: { kind: 'weight', weight: 1 },
    quorum,
    vetoes: reading === 'objection' ? counted : [],
    notes: [
      reading === 'absence'
        ? 'Reading "absence": a Party that does not support a decision stays away; the quorum is the only hurdle.'
        : 'Reading "objection": a Party that does not support a decision attends and votes no; unanimity makes each counted Party a veto player.',
      ...notes,
      ...weightNotes(parties, params),
    ],
  };
}

export interface NacGameOptions {
  /** The Allies (default: NATO's members on `asOf`). */
  readonly parties?: PartySet;
  readonly asOf?: IsoDate;
}

/**
 * The North Atlantic Council (North Atlantic Treaty Art. 9 sets it up; it decides by consensus, a
 * practice the treaty does not write down): no decision without every Ally, so a unanimity game
 * in which each member is a veto player and holds 1/n of the power by either index.
 */
export function nacGame(options: NacGameOptions = {}): SimpleGame {
  const asOf = options.asOf ?? PRESET_DATE;
  let members: readonly string[];
  if (options.parties === undefined) members = membersOn('NATO', asOf);
  else {
    const problem = partySetProblem(options.parties);
    if (problem !== null) throw new GameError(problem);
    members = [...resolvePartySet(options.parties, asOf)].sort();
  }
  if (members.length === 0) throw new GameError('the North Atlantic Council has no members in this set');
  return {
    id: 'nac',
    name: 'North Atlantic Council',
    cite: 'North Atlantic Treaty 9',
    rule: 'consensus of all Allies, a practice the treaty does not write down',
    players: members.map((id) => ({ id, weight: 1 })),
    quota: { kind: 'share', num: 1, den: 1 },
    quorum: null,
    vetoes: [...members],
    notes: ['Consensus at NATO is a practice, not a written voting rule; the model is a unanimity game.'],
  };
}

/** The five permanent members (UN Charter Art. 23(1)), by ISO code. */
export const UNSC_PERMANENT = ['CN', 'FR', 'GB', 'RU', 'US'] as const;
/** Placeholders for the ten elected members when no names are given. */
export const UNSC_ELECTED_DEFAULT: readonly string[] = Array.from(
  { length: 10 },
  (_, i) => `elected-${i + 1}`,
);

export interface UnscGameOptions {
  /** The ten elected members (ids are free; default `elected-1` ... `elected-10`). */
  readonly elected?: readonly string[];
  /**
   * Or the Council as a party set (a list of ids, or a selector the registry knows): the ten elected
   * members, or all fifteen with the five permanent ones. Read on `asOf`.
   */
  readonly parties?: PartySet;
  readonly asOf?: IsoDate;
}

function electedFrom(parties: PartySet, asOf: IsoDate): readonly string[] {
  const problem = partySetProblem(parties);
  if (problem !== null) throw new GameError(problem);
  const ids = [...resolvePartySet(parties, asOf)].sort();
  const permanent = ids.filter((id) => (UNSC_PERMANENT as readonly string[]).includes(id));
  if (permanent.length !== 0 && permanent.length !== UNSC_PERMANENT.length)
    throw new GameError(
      `give the ten elected members, or all fifteen with the five permanent ones (${UNSC_PERMANENT.join(' ')}); got ${permanent.join(' ')} of them`,
    );
  return ids.filter((id) => !permanent.includes(id));
}

/**
 * The UN Security Council on non-procedural matters, UN Charter Art. 27(3): an affirmative vote of
 * nine of the fifteen members including the concurring votes of the five permanent members. The
 * simple game has the permanent members as veto players and a quota of 9. It cannot express the
 * practice under which a permanent member's abstention does not count as a veto, nor the duty of a
 * party to a dispute to abstain under Chapter VI (Art. 27(3), last clause).
 */
export function unscGame(options: UnscGameOptions = {}): SimpleGame {
  const elected =
    options.parties !== undefined
      ? electedFrom(options.parties, options.asOf ?? PRESET_DATE)
      : (options.elected ?? UNSC_ELECTED_DEFAULT);
  if (elected.length !== 10)
    throw new GameError(`the Security Council has ten elected members, got ${elected.length}`);
  const ids = [...UNSC_PERMANENT, ...elected];
  if (new Set(ids).size !== ids.length)
    throw new GameError('the elected members must be ten distinct non-permanent members');
  return {
    id: 'unsc',
    name: 'UN Security Council',
    cite: 'UN Charter 27(3)',
    rule: 'nine votes of fifteen, including the concurring votes of the five permanent members',
    players: ids.map((id) => ({ id, weight: 1 })),
    quota: { kind: 'weight', weight: 9 },
    quorum: null,
    vetoes: [...UNSC_PERMANENT],
    notes: [
      'A permanent member that abstains is treated here as not concurring; in practice an abstention has not been taken as a veto.',
    ],
  };
}

export interface NamedGameOptions extends EstGameOptions {
  /** For `unsc`: the ten elected members, when `parties` does not give them. */
  readonly elected?: readonly string[];
}

/** One of the four named games; for `unsc`, `parties` names the Council's members. */
export function namedGame(id: GameId, options: NamedGameOptions = {}): SimpleGame {
  switch (id) {
    case 'unsc':
      return unscGame(options);
    case 'conference':
      return conferenceGame(options);
    case 'extraordinary':
      return extraordinaryGame(options);
    case 'nac': {
      const { parties, asOf } = options;
      return nacGame({
        ...(parties === undefined ? {} : { parties }),
        ...(asOf === undefined ? {} : { asOf }),
      });
    }
  }
}

/**
 * Reads a party list as a file gives it (already parsed from YAML or JSON): a list of party ids and
 * presets, or `{ parties: [...] }`. Returns the list, or a message saying what is wrong.
 */
export function parsePartyList(
  data: unknown,
):
  | { readonly ok: true; readonly value: readonly string[] }
  | { readonly ok: false; readonly problem: string } {
  const list =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)['parties']
      : data;
  if (!Array.isArray(list) || !list.every((x): x is string => typeof x === 'string'))
    return { ok: false, problem: 'expected a list of party ids and presets, or { parties: [...] }' };
  if (list.length === 0) return { ok: false, problem: 'the party list is empty' };
  const problem = partySetProblem(list);
  return problem === null ? { ok: true, value: list } : { ok: false, problem };
}
