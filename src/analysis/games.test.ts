import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoDate } from '../treaty/dates.ts';
import { resolveParameters } from '../treaty/parameters/index.ts';
import { PRESETS } from '../treaty/parties/index.ts';
import type { SimpleGame } from './games.ts';
import {
  GameError,
  checkGame,
  conferenceGame,
  extraordinaryGame,
  isWinning,
  nacGame,
  namedGame,
  parsePartyList,
  requirements,
  thresholdWeight,
  unscGame,
} from './games.ts';

const first = (n: number, without: readonly string[] = []): Set<string> =>
  new Set(PRESETS['osce-2009+orgs'].filter((id) => !without.includes(id)).slice(0, n));

describe('thresholds', () => {
  it('round a share up, as the engine rounds quorums (DESIGN §3: 38, 45, 41, 49)', () => {
    assert.equal(thresholdWeight({ kind: 'share', num: 2, den: 3 }, 56), 38);
    assert.equal(thresholdWeight({ kind: 'share', num: 4, den: 5 }, 56), 45);
    assert.equal(thresholdWeight({ kind: 'share', num: 2, den: 3 }, 61), 41);
    assert.equal(thresholdWeight({ kind: 'share', num: 4, den: 5 }, 61), 49);
    assert.equal(thresholdWeight({ kind: 'share', num: 2, den: 3 }, 60), 40);
    assert.equal(thresholdWeight({ kind: 'weight', weight: 9 }, 15), 9);
  });
});

describe('the Conference game (EST 6(3))', () => {
  it('counts the 61 eligible Parties by default and needs 41 of them', () => {
    const game = conferenceGame();
    assert.equal(game.players.length, 61);
    assert.equal(requirements(game).quorumWeight, 41);
    assert.equal(isWinning(game, first(41)), true);
    assert.equal(isWinning(game, first(40)), false);
    assert.deepEqual(game.vetoes, []);
  });

  it('weighs organizations by organizations.voteWeight: at 2, N = 66 and 44 are needed', () => {
    const params = resolveParameters('est-2009', { 'organizations.voteWeight': 2 });
    const game = conferenceGame({ params });
    assert.equal(game.players.find((p) => p.id === 'NATO')?.weight, 2);
    assert.equal(game.players.find((p) => p.id === 'DE')?.weight, 1);
    assert.deepEqual(requirements(game), {
      totalWeight: 66,
      totalPresence: 66,
      quotaWeight: 1,
      quorumWeight: 44,
    });
  });

  it('follows a changed quorum and a party set', () => {
    const params = resolveParameters('est-2009', { 'conference.quorum': { num: 1, den: 2 } });
    const game = conferenceGame({ params, parties: 'osce-2009' });
    assert.equal(requirements(game).quorumWeight, 28);
  });

  it('makes every counted Party a veto player under the objection reading', () => {
    const params = resolveParameters('est-2009', { 'organizations.voteWeight': 0 });
    const game = conferenceGame({ params, reading: 'objection' });
    assert.equal(game.vetoes.length, 56);
    assert.ok(!game.vetoes.includes('EU'));
  });
});

describe('the Extraordinary Conference game (EST 8(3))', () => {
  it('needs 49 of 61 and counts the attacker present though its vote is left out', () => {
    const game = extraordinaryGame({ attacker: 'RU' });
    assert.deepEqual(
      game.players.find((p) => p.id === 'RU'),
      { id: 'RU', weight: 0, presence: 1 },
    );
    assert.equal(requirements(game).quorumWeight, 49);
    assert.equal(isWinning(game, new Set([...first(48, ['RU']), 'RU'])), true);
    assert.equal(isWinning(game, first(48, ['RU'])), false);
    assert.equal(isWinning(game, new Set(['RU'])), false);
  });

  it('leaves the attacker out of the vetoes under the objection reading', () => {
    const game = extraordinaryGame({ attacker: 'RU', reading: 'objection' });
    assert.equal(game.vetoes.length, 60);
    assert.ok(!game.vetoes.includes('RU'));
  });

  it('counts every vote when the attacker is no Party or extraordinary.excludeAttacker is false', () => {
    const outsider = extraordinaryGame({ attacker: 'JP' });
    assert.ok(outsider.players.every((p) => p.presence === undefined));
    assert.match(outsider.notes.join(' '), /JP is not a Party/);
    const params = resolveParameters('est-2009', { 'extraordinary.excludeAttacker': false });
    assert.deepEqual(
      extraordinaryGame({ params, attacker: 'RU' }).players.find((p) => p.id === 'RU'),
      {
        id: 'RU',
        weight: 1,
      },
    );
  });

  it('refuses an attacker that is no entity and an unset quorum', () => {
    assert.throws(() => extraordinaryGame({ attacker: 'ZZ' }), GameError);
    const params = resolveParameters('est-2009', { 'extraordinary.quorum': null });
    assert.throws(() => extraordinaryGame({ params }), /extraordinary\.quorum is unset/);
  });
});

describe('the other bodies', () => {
  it('UN Security Council: five vetoes and a quota of nine of fifteen', () => {
    const game = unscGame();
    assert.equal(game.players.length, 15);
    assert.deepEqual(game.vetoes, ['CN', 'FR', 'GB', 'RU', 'US']);
    const nine = new Set(['CN', 'FR', 'GB', 'RU', 'US', 'elected-1', 'elected-2', 'elected-3', 'elected-4']);
    assert.equal(isWinning(game, nine), true);
    nine.delete('US');
    nine.add('elected-5');
    assert.equal(isWinning(game, nine), false);
    assert.throws(() => unscGame({ elected: ['JP'] }), /ten elected members/);
    const elected = ['AT', 'BF', 'CR', 'HR', 'JP', 'LY', 'MX', 'TR', 'UG', 'VN'];
    assert.deepEqual(
      unscGame({ parties: elected })
        .players.slice(5)
        .map((p) => p.id),
      elected,
    );
    const fifteen = unscGame({ parties: [...elected, 'US', 'RU', 'GB', 'FR', 'CN'] });
    assert.deepEqual(fifteen.players.map((p) => p.id).slice(0, 5), ['CN', 'FR', 'GB', 'RU', 'US']);
    assert.throws(() => unscGame({ parties: [...elected.slice(1), 'RU'] }), /all fifteen/);
    assert.throws(() => unscGame({ elected: ['RU', ...'ABCDEFGHI'.split('')] }), /distinct/);
  });

  it('North Atlantic Council: the Allies on the day, each a veto player', () => {
    assert.equal(nacGame().players.length, 28);
    const game = nacGame({ asOf: isoDate('2024-06-01') });
    assert.equal(game.players.length, 32);
    assert.equal(game.vetoes.length, 32);
    assert.equal(isWinning(game, new Set(game.players.slice(1).map((p) => p.id))), false);
    assert.equal(namedGame('nac', { parties: 'nrc-2009' }).players.length, 29);
  });
});

describe('checks and files', () => {
  it('refuses duplicate players, fractional weights and strangers as vetoes', () => {
    const base: SimpleGame = {
      id: 'g',
      name: 'g',
      cite: '',
      rule: '',
      players: [{ id: 'a', weight: 1 }],
      quota: { kind: 'weight', weight: 1 },
      quorum: null,
      vetoes: [],
      notes: [],
    };
    assert.doesNotThrow(() => checkGame(base));
    assert.throws(() => checkGame({ ...base, players: [...base.players, { id: 'a', weight: 2 }] }), /twice/);
    assert.throws(() => checkGame({ ...base, players: [{ id: 'a', weight: 1.5 }] }), /whole/);
    assert.throws(() => checkGame({ ...base, vetoes: ['b'] }), /not a player/);
    assert.throws(() => checkGame({ ...base, players: [] }), /at least one/);
  });

  it('reads a party list as a list or under parties:, and says what is wrong', () => {
    assert.deepEqual(parsePartyList(['RU', 'nato-2009']), { ok: true, value: ['RU', 'nato-2009'] });
    assert.deepEqual(parsePartyList({ parties: ['EU'] }), { ok: true, value: ['EU'] });
    assert.equal(parsePartyList({ members: ['EU'] }).ok, false);
    assert.equal(parsePartyList([]).ok, false);
    const bad = parsePartyList(['RU', 'ZZ']);
    assert.ok(!bad.ok && /ZZ/.test(bad.problem));
  });
});
