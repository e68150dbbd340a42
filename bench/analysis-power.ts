/**
 * @module Power-index benchmarks: exact Shapley-Shubik and Banzhaf indices for 61 players.
 *
 * Baseline: the same indices by plain enumeration of every coalition (`bruteForcePowerIndices`) for
 * the Conference rule on 20 Parties (2^20 coalitions), timed in the same run. It is the method the
 * generating functions replace: enumeration doubles in cost with each player, so on 61 it would take
 * about 2^41 times the baseline, whereas the generating functions grow polynomially. The ratio is
 * baseline / figure (higher is better): how many 61-player computations fit in one 20-player
 * enumeration.
 */
import { conferenceGame, extraordinaryGame } from '../src/analysis/games.ts';
import type { SimpleGame } from '../src/analysis/games.ts';
import { bruteForcePowerIndices, powerIndices } from '../src/analysis/power.ts';
import { resolveParameters } from '../src/treaty/parameters/index.ts';
import { PRESETS } from '../src/treaty/parties/index.ts';
import type { Row } from './table.ts';

/** Milliseconds per call, the median of `rounds` timed calls after three warm-up calls. */
function msPerCall(f: () => unknown, rounds = 7): number {
  for (let i = 0; i < 3; i += 1) f();
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const t0 = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)] as number;
}

/**
 * 61 players of distinct weights 1-30 (a fixed pattern, no randomness), the five heaviest with a
 * veto, a quota of two thirds of the weight: a game where no two players are alike, so every
 * player costs its own division of the generating function.
 */
export function weightedVetoGame(): SimpleGame {
  const players = PRESETS['osce-2009+orgs'].map((id, i) => ({ id, weight: 1 + ((i * 17 + 5) % 30) }));
  const vetoes = [...players]
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1))
    .slice(0, 5)
    .map((p) => p.id);
  return {
    id: 'weighted-vetoes',
    name: 'weighted game with vetoes',
    cite: '',
    rule: 'two thirds of the weight, five vetoes',
    players,
    quota: { kind: 'share', num: 2, den: 3 },
    quorum: null,
    vetoes,
    notes: [],
  };
}

export function analysisPowerBench(): Row[] {
  const twenty = conferenceGame({ parties: PRESETS['osce-2009'].slice(0, 20) });
  const baseline = msPerCall(() => bruteForcePowerIndices(twenty), 3);
  const baselineText = `enumeration of 2^20 coalitions (Conference rule, 20 Parties): ${baseline.toFixed(0)} ms`;
  const weighted2 = resolveParameters('est-2009', { 'organizations.voteWeight': 2 });
  const cases: readonly [string, SimpleGame][] = [
    ['exact power indices, Conference, 61 Parties', conferenceGame()],
    [
      'exact power indices, Conference, 61 Parties, organizations weigh 2',
      conferenceGame({ params: weighted2 }),
    ],
    ['exact power indices, Extraordinary Conference, 61, attacker RU', extraordinaryGame({ attacker: 'RU' })],
    ['exact power indices, weighted game with 5 vetoes, 61 players', weightedVetoGame()],
  ];
  return cases.map(([name, game], i) => {
    const ms = msPerCall(() => powerIndices(game));
    return {
      name,
      value: `${ms.toFixed(1)} ms`,
      ratio: baseline / ms,
      baseline: i === 0 ? baselineText : 'same',
      goal: '< 1000 ms',
      pass: ms < 1000,
    };
  });
}
