// `est analyze force-limits`, run as a command over the case library in cases/: the matrix of first
// crossings, the deployments and sources behind each, the 2021 draft beside the 2009 one (NRA 4 and
// NRA 6), --json, --as-of and --treaty, and bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..');

describe('est analyze force-limits', () => {
  const est = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'bin', 'est.js'), 'analyze', 'force-limits', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });

  it('prints the matrix and the deployments behind each crossing, with sources', () => {
    const r = est('--reading', 'nrc-2010,permanent-only');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /First day a limit was breached \(NRC 4: a threshold crossed; -: never/);
    assert.match(r.stdout, /A counterfactual: the draft was never in force/);
    assert.match(r.stdout, /PL {2}Poland +2017-01-12 +-/);
    assert.match(r.stdout, /us-abct-3-4: /);
    assert.match(r.stdout, /https:\/\/www\.dvidshub\.net\/news\/220198/);
  });

  it('--json gives the matrix and the crossings; --as-of cuts the data', () => {
    const r = est('--json', '--as-of', '2016-12-31', '--reading', 'nrc-2010');
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout) as {
      asOf: string;
      matrix: { host: string; first: Record<string, unknown> }[];
    };
    assert.equal(json.asOf, '2016-12-31');
    assert.equal(json.matrix.find((m) => m.host === 'PL')?.first['nrc-2010'], null);
  });

  it('by default shows the 2021 draft beside the 2009 one, says it is a counterfactual, and lists NRA 6', () => {
    const r = est();
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /A counterfactual: neither draft was ever in force/);
    assert.match(r.stdout, /NRA 4 and 6 \(December 2021\): in force from 2010-01-01, the same day/);
    assert.match(r.stdout, /^ +NRC 4 \(2009\) +NRA 4 \(2021\)$/m);
    assert.match(r.stdout, /^ {2}host +nrc-2010 +permanent-only .* nra-2021$/m);
    // Poland: the US Patriot battery of May 2010 under NRA 4, the armoured brigade of 2017 under NRC 4.
    assert.match(r.stdout, /^ {2}PL {2}Poland +2017-01-12 +- .* 2010-05-23$/m);
    assert.match(r.stdout, /^NATO enlargement against NRA 6/m);
    assert.match(r.stdout, /^ {2}2009-04-01 {2}HR {2}Croatia +before entry into force$/m);
    assert.match(r.stdout, /^ {2}2023-04-04 {2}FI {2}Finland +nato_enlargement \(NRA 6\)$/m);
  });

  it('--treaty keeps the readings of one draft; NRA 6 comes with the 2021 one only', () => {
    const nra = est('--treaty', 'nra-2021', '--json');
    assert.equal(nra.status, 0, nra.stderr);
    const json = JSON.parse(nra.stdout) as {
      readings: { id: string; treaty: string }[];
      assumptions: { treaty: string; inForce: string; resolved: string[] }[];
      enlargement: { accessions: { state: string; status: string }[] } | null;
    };
    assert.deepEqual(
      json.readings.map((r) => r.id),
      ['nra-2021'],
    );
    assert.equal(json.assumptions[0]?.inForce, '2010-01-01');
    assert.ok(json.assumptions[0]?.resolved.includes('RU'));
    assert.equal(json.enlargement?.accessions.find((a) => a.state === 'SE')?.status, 'finding');
    const nrc = est('--treaty', 'nrc-2009');
    assert.equal(nrc.status, 0, nrc.stderr);
    assert.doesNotMatch(nrc.stdout, /nra-2021|NRA 6/);
    const mixed = est('--treaty', 'nrc-2009', '--reading', 'nra-2021');
    assert.equal(mixed.status, 2);
    assert.match(mixed.stderr, /--reading nra-2021: a reading of nra-2021, not of --treaty nrc-2009/);
    const unknown = est('--treaty', 'nra-2022');
    assert.equal(unknown.status, 2);
    assert.match(
      unknown.stderr,
      /--treaty nra-2022: unknown treaty \(did you mean nra-2021\?\); est knows est-2009, /,
    );
    const other = est('--treaty', 'est-2009');
    assert.equal(other.status, 2);
    assert.match(
      other.stderr,
      /--treaty est-2009: est analyze force-limits works on nrc-2009 or nra-2021 only/,
    );
  });

  it('the excerpt in --help is what the command prints', () => {
    const help = est('--help');
    assert.equal(help.status, 0, help.stderr);
    const lines = help.stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Output of est analyze force-limits '));
    assert.ok(at > 0, help.stdout);
    const args = /^Output of est analyze force-limits (.*) \(excerpt\):$/
      .exec(lines[at] ?? '')?.[1]
      ?.split(' ');
    assert.ok(args);
    const output = est(...args).stdout.split('\n');
    let from = 0;
    for (const line of lines.slice(at + 1, lines.indexOf('', at))) {
      if (line.trim() === '...') continue;
      const found = output.indexOf(line, from);
      assert.ok(found >= 0, `not in the output, in order: ${line}`);
      from = found + 1;
    }
  });

  it('bad input ends with exit status 2 and a reason', () => {
    const unknown = est('--reading', 'rogozin');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /--reading rogozin: unknown reading/);
    const missing = est('--data', 'cases/no-such.yaml');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cases\/no-such\.yaml: no such file/);
    const malformed = est('--data', 'cases/crises.yaml');
    assert.equal(malformed.status, 2);
    assert.match(malformed.stderr, /is malformed/);
    const badDate = est('--as-of', '2017-02-30');
    assert.equal(badDate.status, 2);
  });
});
