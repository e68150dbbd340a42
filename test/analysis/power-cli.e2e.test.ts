/**
 * `est analyze power` and `est analyze blocking` as a user runs them: the JSON contracts, the
 * readable reports, and bad input ending with exit 2 and one line on stderr, never a stack trace.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'est.js');

function est(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, 'analyze', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface PowerJson {
  game: string;
  players: {
    id: string;
    shapleyShubik: number;
    banzhaf: number;
    banzhafAbsolute: number;
    exact: Record<string, string>;
  }[];
}

describe('est analyze power', () => {
  it('prints the UN Security Council indices as { game, players } with exact fractions', () => {
    const r = est('power', '--game', 'unsc', '--json');
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout) as PowerJson;
    assert.equal(json.game, 'unsc');
    assert.equal(json.players.length, 15);
    const us = json.players.find((p) => p.id === 'US');
    assert.ok(us);
    assert.equal(us.exact['shapleyShubik'], '421/2145');
    assert.ok(Math.abs(us.shapleyShubik - 0.1963) < 5e-5);
    for (const p of json.players) {
      assert.deepEqual(Object.keys(p).slice(0, 4), ['id', 'shapleyShubik', 'banzhaf', 'banzhafAbsolute']);
    }
  });

  it('prints a table sorted by power, with a file of Parties and a parameter changed', (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'est-power-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'parties.yaml');
    writeFileSync(file, 'parties: [csto-2009, CSTO, CIS]\n');
    const r = est('power', '--game', 'conference', '--parties', file, '--set', 'organizations.voteWeight=2');
    assert.equal(r.status, 0, r.stderr);
    const rows = r.stdout.split('\n');
    const csto = rows.findIndex((l) => / 2: CIS CSTO$/.test(l));
    const states = rows.findIndex((l) => /7: AM BY KG KZ RU TJ UZ$/.test(l));
    assert.ok(csto > 0 && states > csto, r.stdout);
    assert.match(r.stdout, /Conference of the Parties \(EST 6\(3\)\)/);
  });

  it('refuses bad input with exit 2 and one line', () => {
    for (const args of [
      ['power', '--game', 'senate'],
      ['power', '--game', 'conference', '--parties', 'ZZ'],
      ['power', '--game', 'nac', '--attacker', 'RU'],
      ['power', '--game', 'conference', '--parties', 'missing.yaml'],
      ['blocking', '--body', 'conference', '--blocs', 'missing.yaml'],
    ]) {
      const r = est(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /^est: .+\n$/, args.join(' '));
    }
  });

  it('documents the games, the file formats and examples in --help', () => {
    const r = est('power', '--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Examples:/);
    assert.match(r.stdout, /UN Charter 27\(3\)/);
    assert.match(r.stdout, /parties: \[/);
  });
});

describe('est analyze blocking', () => {
  it('gives N, q, N - q + 1 and each bloc for 56 Parties at the Conference', () => {
    const r = est('blocking', '--body', 'conference', '--parties', 'osce-2009', '--json');
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout) as {
      parties: number;
      quorumRequired: number;
      absenteesToDeny: number;
      blocs: { id: string; size: number; canDenyQuorum: boolean }[];
    };
    assert.deepEqual([json.parties, json.quorumRequired, json.absenteesToDeny], [56, 38, 19]);
    assert.deepEqual(
      json.blocs.map((b) => [b.id, b.size, b.canDenyQuorum]),
      [
        ['NATO', 28, true],
        ['EU', 27, true],
        ['CSTO', 7, false],
        ['CIS', 9, false],
      ],
    );
  });

  it('reads blocs from a file and reports in words', (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'est-blocs-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'blocs.json');
    writeFileSync(file, JSON.stringify({ blocs: [{ id: 'GUAM', members: ['GE', 'UA', 'AZ', 'MD'] }] }));
    const r = est('blocking', '--body', 'extraordinary', '--parties', 'osce-2009', '--blocs', file);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /56 Parties; quorum 4\/5: 45 must attend; 12 absentees deny it\./);
    assert.match(r.stdout, /GUAM \(4\) cannot/);
    // CIS and GUAM together are 11 (AZ and MD in both): one short, so only NATO and the EU deny it.
    assert.match(r.stdout, /overlaps counted once\)\n {2}NATO \(28\)\n {2}EU \(27\)\n\n/);
  });
});
