import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { resolveParameters } from '../treaty/parameters/index.ts';
import type { Player, SimpleGame, Threshold } from './games.ts';
import { conferenceGame, extraordinaryGame, isWinning, nacGame, unscGame } from './games.ts';
import type { PowerIndices, Ratio } from './power.ts';
import { bruteForcePowerIndices, formatRatio, powerIndices, ratio, ratioToNumber } from './power.ts';

const sum = (rs: readonly Ratio[]): Ratio =>
  rs.reduce((acc, r) => ratio(acc.num * r.den + r.num * acc.den, acc.den * r.den), ratio(0n, 1n));
const exact = (r: Ratio): string => formatRatio(r);
const byId = (r: PowerIndices, id: string) => {
  const p = r.players.find((x) => x.id === id);
  assert.ok(p, `no player ${id}`);
  return p;
};

/** Shapley-Shubik by its definition: the share of orderings in which the player is pivotal. */
function shapleyByOrders(game: SimpleGame): Map<string, Ratio> {
  const ids = game.players.map((p) => p.id);
  const pivots = new Map<string, bigint>(ids.map((id) => [id, 0n]));
  let orders = 0n;
  const permute = (prefix: string[], rest: string[]): void => {
    if (rest.length === 0) {
      orders += 1n;
      // The pivot is the player whose arrival turns a losing coalition into a winning one.
      if (isWinning(game, new Set())) return;
      const so: string[] = [];
      for (const id of prefix) {
        so.push(id);
        if (isWinning(game, new Set(so))) {
          pivots.set(id, (pivots.get(id) ?? 0n) + 1n);
          return;
        }
      }
      return;
    }
    rest.forEach((id, i) => permute([...prefix, id], [...rest.slice(0, i), ...rest.slice(i + 1)]));
  };
  permute([], ids);
  return new Map([...pivots].map(([id, c]) => [id, ratio(c, orders)]));
}

const threshold: fc.Arbitrary<Threshold> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 6 }))
    .map(([den, n]) => ({ kind: 'share' as const, num: Math.min(n, den), den })),
  fc.integer({ min: 0, max: 30 }).map((weight) => ({ kind: 'weight' as const, weight })),
);

const randomGame = (maxPlayers: number, oneWeight = false): fc.Arbitrary<SimpleGame> =>
  fc
    .record({
      players: fc.array(
        fc.record({
          weight: fc.integer({ min: 0, max: 6 }),
          presence: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
          veto: fc.integer({ min: 0, max: 9 }),
        }),
        { minLength: 1, maxLength: maxPlayers },
      ),
      quota: threshold,
      quorum: fc.option(threshold, { nil: null }),
    })
    .map(({ players, quota, quorum }) => {
      const ps: Player[] = players.map((p, i) =>
        p.presence === undefined || oneWeight
          ? { id: `p${i}`, weight: p.weight }
          : { id: `p${i}`, weight: p.weight, presence: p.presence },
      );
      return {
        id: 'random',
        name: 'random',
        cite: '',
        rule: '',
        players: ps,
        quota,
        quorum,
        vetoes: players.flatMap((p, i) => (p.veto === 0 ? [`p${i}`] : [])),
        notes: [],
      };
    });

const summary = (r: PowerIndices) => ({
  winning: r.winningCoalitions,
  totalSwings: r.totalSwings,
  players: r.players.map((p) => ({
    id: p.id,
    bySize: p.swingsBySize,
    ss: exact(p.shapleyShubik),
    bz: exact(p.banzhaf),
    bza: exact(p.banzhafAbsolute),
  })),
});

describe('the UN Security Council (UN Charter 27(3))', () => {
  const r = powerIndices(unscGame());

  it('gives a permanent member a Shapley-Shubik index of 421/2145 (~0.1963) and an elected one 4/2145 (~0.0019)', () => {
    assert.equal(exact(byId(r, 'US').shapleyShubik), '421/2145');
    assert.equal(exact(byId(r, 'elected-1').shapleyShubik), '4/2145');
    assert.equal(ratioToNumber(byId(r, 'RU').shapleyShubik).toFixed(4), '0.1963');
    assert.equal(ratioToNumber(byId(r, 'elected-7').shapleyShubik).toFixed(4), '0.0019');
  });

  it('gives Banzhaf 106/635 (~0.1669) and 21/1270 (~0.0165), from 848 and 84 swings of 2^14 = 16384', () => {
    assert.equal(byId(r, 'CN').swings, 848n);
    assert.equal(byId(r, 'elected-3').swings, 84n);
    assert.equal(exact(byId(r, 'CN').banzhaf), '106/635');
    assert.equal(exact(byId(r, 'elected-3').banzhaf), '21/1270');
    assert.equal(exact(byId(r, 'CN').banzhafAbsolute), '53/1024');
    assert.equal(exact(byId(r, 'elected-3').banzhafAbsolute), '21/4096');
    assert.equal(ratioToNumber(byId(r, 'GB').banzhaf).toFixed(4), '0.1669');
    assert.equal(ratioToNumber(byId(r, 'elected-9').banzhaf).toFixed(4), '0.0165');
  });

  it('has 848 winning coalitions of 32768 (Coleman: 53/2048) and agrees with enumeration and with orderings', () => {
    assert.equal(r.winningCoalitions, 848n);
    assert.equal(exact(r.powerToAct), '53/2048');
    assert.deepEqual(summary(bruteForcePowerIndices(unscGame())), summary(r));
  });

  it('sums to 1 over all fifteen members', () => {
    assert.equal(exact(sum(r.players.map((p) => p.shapleyShubik))), '1');
    assert.equal(exact(sum(r.players.map((p) => p.banzhaf))), '1');
  });
});

describe('the EST bodies on 61 Parties', () => {
  it('are symmetric games when organizations weigh 1: every Party holds 1/61 by either index', () => {
    for (const game of [
      conferenceGame(),
      extraordinaryGame(),
      extraordinaryGame({ attacker: 'RU' }),
      conferenceGame({ reading: 'objection' }),
    ]) {
      const r = powerIndices(game);
      assert.equal(r.players.length, 61);
      for (const p of r.players) {
        assert.equal(exact(p.shapleyShubik), '1/61', `${game.id} ${p.id}`);
        assert.equal(exact(p.banzhaf), '1/61', `${game.id} ${p.id}`);
      }
    }
  });

  it('make the excluded attacker a null player under the objection reading', () => {
    const r = powerIndices(extraordinaryGame({ attacker: 'RU', reading: 'objection' }));
    assert.equal(exact(byId(r, 'RU').shapleyShubik), '0');
    assert.equal(exact(byId(r, 'US').shapleyShubik), '1/60');
    assert.equal(r.winningCoalitions, 2n, 'the 60 counted Parties, with or without the attacker');
  });

  it('give the excluded attacker a veto by absence when the counted Parties alone fall short of the quorum', () => {
    // Four Parties at 4/5: all four must attend; the three counted voters cannot sit without RU.
    const four = powerIndices(
      extraordinaryGame({ parties: ['RU', 'GE', 'UA', 'MD'], attacker: 'RU', reading: 'objection' }),
    );
    assert.ok(four.players.every((p) => exact(p.shapleyShubik) === '1/4'));
    // Five Parties at 4/5: four must attend, the four counted voters suffice, RU is a null player.
    const five = powerIndices(
      extraordinaryGame({ parties: ['RU', 'GE', 'UA', 'MD', 'AZ'], attacker: 'RU', reading: 'objection' }),
    );
    assert.equal(exact(byId(five, 'RU').shapleyShubik), '0');
    assert.equal(exact(byId(five, 'GE').shapleyShubik), '1/4');
  });

  it('compute the absolute Banzhaf index of a quorum game exactly: conference, 61 Parties, 41 needed', () => {
    const r = powerIndices(conferenceGame());
    // A Party swings when exactly 40 of the other 60 attend: C(60,40) / 2^60.
    let c = 1n;
    for (let k = 1n; k <= 40n; k += 1n) c = (c * (60n - k + 1n)) / k;
    assert.deepEqual(byId(r, 'FI').banzhafAbsolute, ratio(c, 1n << 60n));
  });

  it('give weighted organizations more than a state (organizations.voteWeight = 3), as enumeration does', () => {
    const params = resolveParameters('est-2009', { 'organizations.voteWeight': 3 });
    const parties = ['csto-2009', 'CSTO', 'CIS', 'EU', 'GE', 'UA', 'MD'];
    for (const game of [
      conferenceGame({ parties, params }),
      extraordinaryGame({ parties, params, attacker: 'GE' }),
    ]) {
      const r = powerIndices(game);
      assert.deepEqual(summary(bruteForcePowerIndices(game)), summary(r));
      assert.ok(ratioToNumber(byId(r, 'CSTO').shapleyShubik) > ratioToNumber(byId(r, 'RU').shapleyShubik));
      assert.equal(exact(sum(r.players.map((p) => p.shapleyShubik))), '1');
    }
  });

  it('make organizations of weight 0 null players', () => {
    const params = resolveParameters('est-2009', { 'organizations.voteWeight': 0 });
    const r = powerIndices(conferenceGame({ params }));
    assert.equal(exact(byId(r, 'NATO').shapleyShubik), '0');
    assert.equal(exact(byId(r, 'NATO').banzhaf), '0');
    assert.equal(exact(byId(r, 'DE').shapleyShubik), '1/56');
  });
});

describe('the North Atlantic Council', () => {
  it('is a unanimity game: 1/28 each in 2009, a single winning coalition', () => {
    const r = powerIndices(nacGame());
    assert.equal(r.players.length, 28);
    assert.ok(r.players.every((p) => exact(p.shapleyShubik) === '1/28' && exact(p.banzhaf) === '1/28'));
    assert.equal(r.winningCoalitions, 1n);
    assert.equal(exact(byId(r, 'US').banzhafAbsolute), exact(ratio(1n, 1n << 27n)));
  });
});

describe('the generating functions', () => {
  it('agree with enumeration of all coalitions on random weighted games with vetoes, quotas and quorums', () => {
    fc.assert(
      fc.property(randomGame(12), (game) => {
        assert.deepEqual(summary(powerIndices(game)), summary(bruteForcePowerIndices(game)));
      }),
      { numRuns: 300 },
    );
    // The same with one weight per player (attendance = vote), the one-dimensional path.
    fc.assert(
      fc.property(randomGame(12, true), (game) => {
        assert.deepEqual(summary(powerIndices(game)), summary(bruteForcePowerIndices(game)));
      }),
      { numRuns: 300 },
    );
  });

  it('agree with the definition by orderings on small games', () => {
    fc.assert(
      fc.property(randomGame(6), (game) => {
        const orders = shapleyByOrders(game);
        for (const p of powerIndices(game).players)
          assert.equal(exact(p.shapleyShubik), exact(orders.get(p.id) ?? ratio(0n, 1n)), p.id);
      }),
      { numRuns: 150 },
    );
  });

  it('are efficient: Shapley-Shubik and normalized Banzhaf sum to 1 in every decisive game', () => {
    fc.assert(
      fc.property(randomGame(40), (game) => {
        const r = powerIndices(game);
        const ss = exact(sum(r.players.map((p) => p.shapleyShubik)));
        const bz = exact(sum(r.players.map((p) => p.banzhaf)));
        assert.equal(ss, r.decisive ? '1' : r.totalSwings === 0n ? '0' : ss);
        assert.equal(bz, r.totalSwings === 0n ? '0' : '1');
      }),
      { numRuns: 200 },
    );
  });

  it('are symmetric: relabelling the players permutes the indices', () => {
    fc.assert(
      fc.property(randomGame(25), fc.integer({ min: 1, max: 1000 }), (game, seed) => {
        const order = game.players
          .map((_, i) => i)
          .sort((a, b) => ((a * seed) % 97) - ((b * seed) % 97) || a - b);
        const shuffled = { ...game, players: order.map((i) => game.players[i] as Player) };
        const a = new Map(
          powerIndices(game).players.map((p) => [p.id, exact(p.shapleyShubik) + exact(p.banzhaf)]),
        );
        for (const p of powerIndices(shuffled).players)
          assert.equal(exact(p.shapleyShubik) + exact(p.banzhaf), a.get(p.id));
      }),
      { numRuns: 100 },
    );
  });

  it('give equal players equal power and null players none', () => {
    fc.assert(
      fc.property(randomGame(30), (game) => {
        const r = powerIndices(game);
        const vetoes = new Set(game.vetoes);
        for (const p of r.players) {
          if (p.weight === 0 && p.presence === 0 && !vetoes.has(p.id)) {
            assert.equal(p.swings, 0n);
            assert.equal(exact(p.shapleyShubik), '0');
          }
          for (const q of r.players)
            if (p.weight === q.weight && p.presence === q.presence && p.veto === q.veto)
              assert.equal(exact(p.shapleyShubik), exact(q.shapleyShubik));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('give a veto player at least anyone else, and an absolute Banzhaf of twice the power to act', () => {
    fc.assert(
      fc.property(randomGame(30), (game) => {
        const r = powerIndices(game);
        for (const v of r.players.filter((p) => p.veto)) {
          assert.equal(exact(v.banzhafAbsolute), exact(ratio(2n * r.winningCoalitions, r.coalitions)));
          for (const p of r.players) {
            assert.ok(ratioToNumber(v.shapleyShubik) >= ratioToNumber(p.shapleyShubik));
            assert.ok(v.swings >= p.swings);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('stay exact and fast for a few hundred players', () => {
    const players: Player[] = Array.from({ length: 300 }, (_, i) => ({ id: `p${i}`, weight: 1 + (i % 3) }));
    const game: SimpleGame = {
      id: 'big',
      name: 'big',
      cite: '',
      rule: '',
      players,
      quota: { kind: 'share', num: 2, den: 3 },
      quorum: null,
      vetoes: ['p0'],
      notes: [],
    };
    const r = powerIndices(game);
    assert.equal(exact(sum(r.players.map((p) => p.shapleyShubik))), '1');
    assert.equal(exact(sum(r.players.map((p) => p.banzhaf))), '1');
    assert.ok(ratioToNumber(byId(r, 'p0').shapleyShubik) > ratioToNumber(byId(r, 'p2').shapleyShubik));
  });
});

describe('limits', () => {
  it('refuse a game whose counting tables would not fit, naming it', () => {
    const players = Array.from({ length: 100 }, (_, i) => ({ id: `p${i}`, weight: 100, presence: 99 }));
    const game: SimpleGame = {
      id: 'huge',
      name: 'huge',
      cite: '',
      rule: '',
      players,
      quota: { kind: 'share', num: 2, den: 3 },
      quorum: { kind: 'share', num: 2, den: 3 },
      vetoes: [],
      notes: [],
    };
    assert.throws(() => powerIndices(game), /huge: too large for exact indices/);
  });
});

describe('ratios', () => {
  it('convert to the nearest double even beyond 2^1000', () => {
    assert.equal(ratioToNumber(ratio(421n, 2145n)), 421 / 2145);
    const big = 1n << 1200n;
    assert.equal(ratioToNumber(ratio(big, 3n * big)), 1 / 3);
    assert.equal(ratioToNumber(ratio(1n, 1n << 60n)), 2 ** -60);
  });
});
