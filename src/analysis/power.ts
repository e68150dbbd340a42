/**
 * @module Exact voting power: the Shapley-Shubik index, the Banzhaf index (normalized and absolute)
 * and Coleman's power of the collectivity to act, for any {@link SimpleGame} (weights, quota,
 * attendance quorum, vetoes), as exact fractions of BigInts with their floating-point values.
 *
 * Method: generating functions. Every coalition that could be a swing contains the veto players,
 * so only the others are counted: a table holds, for each coalition size k, how many coalitions of
 * the non-veto players have each attendance weight p and vote weight v below the thresholds (sums at
 * or above a threshold need no bucket: they are recovered from binomial totals by
 * inclusion-exclusion). Adding a player multiplies the table by (1 + z x^p y^v); removing one divides
 * by it exactly, so the table of "everyone but i" costs one pass per distinct kind of player rather
 * than a new product. With n players and thresholds P and V the cost is O(n^2 P V) BigInt additions
 * at worst and far less when players repeat; 61 EST Parties take milliseconds.
 */
import { GameError, checkGame, isWinning, presenceOf, requirements } from './games.ts';
import type { SimpleGame } from './games.ts';

/** An exact non-negative fraction in lowest terms (0 is 0/1). */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
};

/** num/den in lowest terms; a zero denominator (an index of a game nobody can swing) gives 0. */
export function ratio(num: bigint, den: bigint): Ratio {
  if (den === 0n || num === 0n) return { num: 0n, den: 1n };
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

const bitLength = (x: bigint): number => (x === 0n ? 0 : x.toString(2).length);

/** The nearest double to a ratio, also when numerator and denominator are far beyond 2^53. */
export function ratioToNumber(r: Ratio): number {
  if (r.num === 0n) return 0;
  const e = bitLength(r.num) - bitLength(r.den);
  const shift = 64 - e;
  const scaled = shift >= 0 ? (r.num << BigInt(shift)) / r.den : r.num / (r.den << BigInt(-shift));
  return Number(scaled) * 2 ** (e - 64);
}

/** `421/2145`, `0`, `1`. */
export function formatRatio(r: Ratio): string {
  return r.den === 1n ? String(r.num) : `${r.num}/${r.den}`;
}

export const ratioEquals = (a: Ratio, b: Ratio): boolean => a.num === b.num && a.den === b.den;

export interface PlayerPower {
  readonly id: string;
  readonly weight: number;
  readonly presence: number;
  readonly veto: boolean;
  /** Coalitions without the player that lose but win with it (its Banzhaf score). */
  readonly swings: bigint;
  /** Swings by the size of the coalition joined: `swingsBySize[s]` for coalitions of s players. */
  readonly swingsBySize: readonly bigint[];
  /** Share of the n! orders of the players in which it is pivotal. */
  readonly shapleyShubik: Ratio;
  /** Its swings over all players' swings. */
  readonly banzhaf: Ratio;
  /** Its swings over the 2^(n-1) coalitions of the others: the chance it decides a random vote. */
  readonly banzhafAbsolute: Ratio;
}

/** The order of two ratios: 1 when a is larger, -1 when smaller, 0 when equal. */
export const compareRatio = (a: Ratio, b: Ratio): number => {
  const d = a.num * b.den - b.num * a.den;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
};

/** The players strongest first: by Shapley-Shubik, then Banzhaf; ties keep the game's order. */
export function rankByPower(players: readonly PlayerPower[]): PlayerPower[] {
  return players
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        compareRatio(b.p.shapleyShubik, a.p.shapleyShubik) ||
        compareRatio(b.p.banzhaf, a.p.banzhaf) ||
        a.i - b.i,
    )
    .map((x) => x.p);
}

/**
 * {@link rankByPower}, with the players of the same indices and the same standing (weight, presence,
 * veto) grouped: the rows of the tables of `est analyze power` and of the web UI.
 */
export function powerGroups(players: readonly PlayerPower[]): PlayerPower[][] {
  const ranked = rankByPower(players);
  const out: PlayerPower[][] = [];
  for (const p of ranked) {
    const g = out.find((x) => {
      const q = x[0] as PlayerPower;
      return (
        ratioEquals(q.shapleyShubik, p.shapleyShubik) &&
        ratioEquals(q.banzhaf, p.banzhaf) &&
        ratioEquals(q.banzhafAbsolute, p.banzhafAbsolute) &&
        q.weight === p.weight &&
        q.presence === p.presence &&
        q.veto === p.veto
      );
    });
    if (g) g.push(p);
    else out.push([p]);
  }
  return out;
}

export interface PowerIndices {
  readonly game: string;
  /** The players in the game's order. */
  readonly players: readonly PlayerPower[];
  readonly totalSwings: bigint;
  readonly winningCoalitions: bigint;
  /** 2^n. */
  readonly coalitions: bigint;
  /** Coleman's power of the collectivity to act: winning coalitions over all coalitions. */
  readonly powerToAct: Ratio;
  /** The grand coalition wins and the empty one loses (otherwise the Shapley-Shubik values do not sum to 1). */
  readonly decisive: boolean;
}

// ---------------------------------------------------------------------------------------------
// Counting tables

/**
 * Coalition counts of a multiset of players by size k, restricted to attendance p < P and vote
 * v < V (`low`), and the two marginals p < P (`byP`) and v < V (`byV`). `pLo[k]..pHi[k]` and
 * `vLo[k]..vHi[k]` bound the sums that k players can reach, so loops skip cells that must be 0.
 */
interface Table {
  /** Players counted so far. */
  n: number;
  readonly P: number;
  readonly V: number;
  readonly low: bigint[];
  readonly byP: bigint[];
  readonly byV: bigint[];
  readonly pLo: number[];
  readonly pHi: number[];
  readonly vLo: number[];
  readonly vHi: number[];
}

function emptyTable(maxK: number, P: number, V: number): Table {
  const t: Table = {
    n: 0,
    P,
    V,
    low: new Array<bigint>((maxK + 1) * P * V).fill(0n),
    byP: new Array<bigint>((maxK + 1) * P).fill(0n),
    byV: new Array<bigint>((maxK + 1) * V).fill(0n),
    // An empty band is lo > hi.
    pLo: new Array<number>(maxK + 1).fill(P),
    pHi: new Array<number>(maxK + 1).fill(-1),
    vLo: new Array<number>(maxK + 1).fill(V),
    vHi: new Array<number>(maxK + 1).fill(-1),
  };
  if (P > 0 && V > 0) t.low[0] = 1n;
  if (P > 0) [t.byP[0], t.pLo[0], t.pHi[0]] = [1n, 0, 0];
  if (V > 0) [t.byV[0], t.vLo[0], t.vHi[0]] = [1n, 0, 0];
  return t;
}

const at = (arr: readonly bigint[], i: number): bigint => arr[i] as bigint;
const num = (arr: readonly number[], i: number): number => arr[i] as number;

/** Multiplies by (1 + z x^p y^v): one more player of attendance p and vote v. */
function addPlayer(t: Table, p: number, v: number): void {
  const { P, V, low, byP, byV } = t;
  for (let k = t.n; k >= 0; k -= 1) {
    const aLo = num(t.pLo, k);
    const aHi = Math.min(num(t.pHi, k), P - 1 - p);
    const bLo = num(t.vLo, k);
    const bHi = Math.min(num(t.vHi, k), V - 1 - v);
    const from = k * P * V;
    const to = (k + 1) * P * V;
    for (let a = aLo; a <= aHi; a += 1)
      for (let b = bLo; b <= bHi; b += 1) {
        const x = at(low, from + a * V + b);
        if (x !== 0n) low[to + (a + p) * V + (b + v)] = at(low, to + (a + p) * V + (b + v)) + x;
      }
    for (let a = aLo; a <= aHi; a += 1) {
      const x = at(byP, k * P + a);
      if (x !== 0n) byP[(k + 1) * P + a + p] = at(byP, (k + 1) * P + a + p) + x;
    }
    for (let b = bLo; b <= bHi; b += 1) {
      const x = at(byV, k * V + b);
      if (x !== 0n) byV[(k + 1) * V + b + v] = at(byV, (k + 1) * V + b + v) + x;
    }
    if (aLo <= aHi) {
      t.pLo[k + 1] = Math.min(num(t.pLo, k + 1), aLo + p);
      t.pHi[k + 1] = Math.max(num(t.pHi, k + 1), aHi + p);
    }
    if (bLo <= bHi) {
      t.vLo[k + 1] = Math.min(num(t.vLo, k + 1), bLo + v);
      t.vHi[k + 1] = Math.max(num(t.vHi, k + 1), bHi + v);
    }
  }
  t.n += 1;
}

/**
 * Divides by (1 + z x^p y^v): the table without one player of attendance p and vote v. Exact below
 * the thresholds, since G[k][e] = H[k][e] + H[k-1][e-(p,v)] there. H's support lies within G's, so
 * G's bands still bound it.
 */
function withoutPlayer(t: Table, p: number, v: number): Table {
  const { P, V } = t;
  const low = [...t.low];
  const byP = [...t.byP];
  const byV = [...t.byV];
  for (let k = 1; k <= t.n; k += 1) {
    const cur = k * P * V;
    const prev = (k - 1) * P * V;
    const aLo = Math.max(p, num(t.pLo, k));
    const aHi = num(t.pHi, k);
    const bLo = Math.max(v, num(t.vLo, k));
    const bHi = num(t.vHi, k);
    for (let a = aLo; a <= aHi; a += 1)
      for (let b = bLo; b <= bHi; b += 1) {
        const x = at(low, prev + (a - p) * V + (b - v));
        if (x !== 0n) low[cur + a * V + b] = at(low, cur + a * V + b) - x;
      }
    for (let a = aLo; a <= aHi; a += 1) {
      const x = at(byP, (k - 1) * P + a - p);
      if (x !== 0n) byP[k * P + a] = at(byP, k * P + a) - x;
    }
    for (let b = bLo; b <= bHi; b += 1) {
      const x = at(byV, (k - 1) * V + b - v);
      if (x !== 0n) byV[k * V + b] = at(byV, k * V + b) - x;
    }
  }
  return { ...t, n: t.n - 1, low, byP, byV };
}

function binomialRow(n: number): bigint[] {
  const row: bigint[] = [1n];
  for (let k = 1; k <= n; k += 1) row.push((at(row, k - 1) * BigInt(n - k + 1)) / BigInt(k));
  return row;
}

/** Coalitions of size k in the table with attendance >= a and vote >= b (0 <= a <= P, 0 <= b <= V). */
function atLeast(t: Table, binomials: readonly bigint[], k: number, a: number, b: number): bigint {
  const { P, V } = t;
  let below = 0n;
  for (let x = 0; x < a; x += 1) below += at(t.byP, k * P + x);
  for (let y = 0; y < b; y += 1) below += at(t.byV, k * V + y);
  for (let x = 0; x < a; x += 1) for (let y = 0; y < b; y += 1) below -= at(t.low, k * P * V + x * V + y);
  return at(binomials, k) - below;
}

/**
 * atLeast(k, a, b) - atLeast(k, P, V) for a <= P and b <= V, summed over the cells in between only:
 * in one dimension, the p_i sums just below the threshold.
 */
function between(t: Table, k: number, a: number, b: number): bigint {
  const { P, V } = t;
  let out = 0n;
  for (let x = a; x < P; x += 1) out += at(t.byP, k * P + x);
  for (let y = b; y < V; y += 1) out += at(t.byV, k * V + y);
  for (let x = 0; x < P; x += 1)
    for (let y = x < a ? b : 0; y < V; y += 1) out -= at(t.low, k * P * V + x * V + y);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Indices

function factorials(n: number): bigint[] {
  const f: bigint[] = [1n];
  for (let i = 1; i <= n; i += 1) f.push(at(f, i - 1) * BigInt(i));
  return f;
}

function indicesFromSwings(
  game: SimpleGame,
  bySize: readonly (readonly bigint[])[],
  winning: bigint,
): PowerIndices {
  const n = game.players.length;
  const fact = factorials(n);
  const vetoes = new Set(game.vetoes);
  const swings = bySize.map((c) => c.reduce((s, x) => s + x, 0n));
  const totalSwings = swings.reduce((s, x) => s + x, 0n);
  const half = 1n << BigInt(n - 1);
  const players = game.players.map((p, i): PlayerPower => {
    const c = bySize[i] as readonly bigint[];
    let ss = 0n;
    c.forEach((x, s) => {
      if (x !== 0n) ss += x * at(fact, s) * at(fact, n - 1 - s);
    });
    const own = swings[i] as bigint;
    return {
      id: p.id,
      weight: p.weight,
      presence: presenceOf(p),
      veto: vetoes.has(p.id),
      swings: own,
      swingsBySize: c,
      shapleyShubik: ratio(ss, at(fact, n)),
      banzhaf: ratio(own, totalSwings),
      banzhafAbsolute: ratio(own, half),
    };
  });
  const coalitions = 1n << BigInt(n);
  const all = new Set(game.players.map((p) => p.id));
  return {
    game: game.id,
    players,
    totalSwings,
    winningCoalitions: winning,
    coalitions,
    powerToAct: ratio(winning, coalitions),
    decisive: isWinning(game, all) && !isWinning(game, new Set()),
  };
}

/**
 * The coordinates the tables count in. When every player's attendance weighs what its vote weighs,
 * quota and quorum are two thresholds on one sum and fold into one dimension (their maximum);
 * otherwise attendance and votes are counted apart.
 */
function coordinates(game: SimpleGame): { p: number[]; v: number[]; P: number; V: number } {
  const req = requirements(game);
  const oneSum = game.quorum === null || game.players.every((pl) => presenceOf(pl) === pl.weight);
  if (oneSum) {
    return {
      p: game.players.map((pl) => pl.weight),
      v: game.players.map(() => 0),
      P: Math.max(req.quotaWeight, req.quorumWeight),
      V: 0,
    };
  }
  return {
    p: game.players.map(presenceOf),
    v: game.players.map((pl) => pl.weight),
    P: req.quorumWeight,
    V: req.quotaWeight,
  };
}

/** A bound on the counting tables (players times thresholds), to fail clearly rather than run out of memory. */
export const MAX_CELLS = 2e7;

/**
 * Exact Shapley-Shubik, Banzhaf and Coleman indices of a simple game, by generating functions (see
 * the module note). Players of the same weights and veto status share one computation.
 */
export function powerIndices(game: SimpleGame): PowerIndices {
  checkGame(game);
  const n = game.players.length;
  const vetoSet = new Set(game.vetoes);
  const { p, v, P: P0, V: V0 } = coordinates(game);
  const isVeto = game.players.map((pl) => vetoSet.has(pl.id));
  let vetoP = 0;
  let vetoV = 0;
  const others: number[] = [];
  game.players.forEach((_, i) => {
    if (isVeto[i]) {
      vetoP += p[i] as number;
      vetoV += v[i] as number;
    } else others.push(i);
  });
  // What the non-veto players must add to the veto players' weight.
  const P = Math.max(0, P0 - vetoP);
  const V = Math.max(0, V0 - vetoV);
  const m = others.length;
  const cells = (m + 1) * (P * V + P + V);
  if (cells > MAX_CELLS)
    throw new GameError(
      `${game.id}: too large for exact indices (${cells.toExponential(1)} counting cells; at most ${MAX_CELLS.toExponential(0)})`,
    );
  const full = emptyTable(m, P, V);
  for (const i of others) addPlayer(full, p[i] as number, v[i] as number);
  const rowM = binomialRow(m);
  const nVeto = n - m;

  let winning = 0n;
  for (let k = 0; k <= m; k += 1) winning += atLeast(full, rowM, k, P, V);

  const cache = new Map<string, bigint[]>();
  const bySize = game.players.map((_, i) => {
    const pi = p[i] as number;
    const vi = v[i] as number;
    // Every veto player swings in the same coalitions (those the others need it to complete).
    const key = isVeto[i] ? 'veto' : `${pi}:${vi}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const c = new Array<bigint>(n).fill(0n);
    if (isVeto[i]) {
      // S = the other veto players plus any T of the others; it loses without i, wins with i
      // exactly when T brings the weight to the thresholds.
      for (let k = 0; k <= m; k += 1) c[nVeto - 1 + k] = atLeast(full, rowM, k, P, V);
    } else {
      // S = all veto players plus T from the others but i: a swing when S falls short and S + i
      // does not, i.e. (S + i wins) minus (S wins), S winning implying S + i winning.
      const rest = withoutPlayer(full, pi, vi);
      const a = Math.max(0, P - pi);
      const b = Math.max(0, V - vi);
      for (let k = 0; k <= m - 1; k += 1) c[nVeto + k] = between(rest, k, a, b);
    }
    cache.set(key, c);
    return c;
  });
  return indicesFromSwings(game, bySize, winning);
}

/** Players above which {@link bruteForcePowerIndices} refuses (2^n coalitions). */
export const BRUTE_FORCE_MAX_PLAYERS = 22;

/**
 * The same indices by enumerating all 2^n coalitions: the reference the tests check the generating
 * functions against, and the bench's baseline. Refuses more than {@link BRUTE_FORCE_MAX_PLAYERS}.
 */
export function bruteForcePowerIndices(game: SimpleGame): PowerIndices {
  checkGame(game);
  const n = game.players.length;
  if (n > BRUTE_FORCE_MAX_PLAYERS)
    throw new RangeError(`brute force is for at most ${BRUTE_FORCE_MAX_PLAYERS} players`);
  const req = requirements(game);
  const size = 1 << n;
  const weight = new Float64Array(size);
  const presence = new Float64Array(size);
  const count = new Uint8Array(size);
  let vetoMask = 0;
  game.players.forEach((pl, i) => {
    if (game.vetoes.includes(pl.id)) vetoMask |= 1 << i;
  });
  const wins = new Uint8Array(size);
  let winning = 0n;
  for (let mask = 0; mask < size; mask += 1) {
    if (mask > 0) {
      const low = 31 - Math.clz32(mask & -mask);
      const rest = mask & (mask - 1);
      const pl = game.players[low] as (typeof game.players)[number];
      weight[mask] = (weight[rest] as number) + pl.weight;
      presence[mask] = (presence[rest] as number) + presenceOf(pl);
      count[mask] = (count[rest] as number) + 1;
    }
    const win =
      (mask & vetoMask) === vetoMask &&
      (weight[mask] as number) >= req.quotaWeight &&
      (presence[mask] as number) >= req.quorumWeight;
    wins[mask] = win ? 1 : 0;
    if (win) winning += 1n;
  }
  const bySize = game.players.map((_, i) => {
    const bit = 1 << i;
    const c = new Array<bigint>(n).fill(0n);
    for (let mask = 0; mask < size; mask += 1) {
      if (mask & bit || wins[mask] || !wins[mask | bit]) continue;
      const s = count[mask] as number;
      c[s] = (c[s] as bigint) + 1n;
    }
    return c;
  });
  return indicesFromSwings(game, bySize, winning);
}
