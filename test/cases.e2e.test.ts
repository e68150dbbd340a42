// `est analyze force-limits`, run as a command over the case library in cases/: the matrix of first
// crossings, the deployments and sources behind each, --json and --as-of, and bad input.
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
    assert.match(r.stdout, /First day a threshold was crossed/);
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
