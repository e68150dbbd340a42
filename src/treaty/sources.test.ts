/**
 * Every source id the project cites, in code, data, scenarios or documentation, is one that
 * src/treaty/sources.ts registers; the seed reports of the project are registered too.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

import { SOURCES } from './sources.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const KNOWN = new Set<string>(SOURCES.map((s) => s.id));

/** The files where sources are cited: the code (not its tests), the data, the scenarios, the README. */
function citingFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string, keep: (name: string) => boolean): void => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path, keep);
      else if (keep(e.name)) out.push(path);
    }
  };
  walk('src', (n) => n.endsWith('.ts') && !n.endsWith('.test.ts'));
  for (const dir of ['data', 'scenarios', 'cases']) walk(dir, (n) => n.endsWith('.yaml'));
  out.push('README.md');
  return out.sort();
}

/**
 * The S-numbers a text cites: `S28`, `S11a` (a part of S11), and every number of a range such as
 * `S26-S28` or `S70–S73`; web addresses are skipped (`.../S00089/...` is no citation).
 */
function citedSourceIds(text: string): string[] {
  const ids: string[] = [];
  const words = text.replace(/https?:\/\/\S+/g, ' ');
  for (const m of words.matchAll(/\bS(\d+)[a-z]?\b(?:\s*[-–]\s*S(\d+)\b)?/g)) {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    for (let n = from; n <= Math.max(from, to); n += 1) ids.push(`S${n}`);
  }
  return ids;
}

describe('the sources cited', () => {
  it('are read from single ids, parts and ranges', () => {
    assert.deepEqual(citedSourceIds('S28; S11a and S26-S28, S70–S73 (S5)'), [
      'S28',
      'S11',
      'S26',
      'S27',
      'S28',
      'S70',
      'S71',
      'S72',
      'S73',
      'S5',
    ]);
    assert.deepEqual(citedSourceIds('ISBN 978-5, AS5, S-300, S3a, https://x.nz/S00089/y'), ['S3']);
  });

  it('catch an id the fact sheet ranges over but never lists, as S74 in "S70-S74"', () => {
    // shared/TREATY.md gives the reference data as "S70-S74" and lists only S70 to S73.
    assert.ok(!KNOWN.has('S74'));
    assert.ok(citedSourceIds('Reference data: S70-S74').some((id) => !KNOWN.has(id)));
  });

  it('are all registered in SOURCES, wherever the project cites them', () => {
    const unknown: string[] = [];
    for (const file of citingFiles()) {
      const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const id of citedSourceIds(line))
          if (!KNOWN.has(id)) unknown.push(`${relative(ROOT, join(ROOT, file))}:${i + 1}: ${id}`);
      });
    }
    assert.deepEqual(unknown, []);
  });

  it('include the seed reports 000-003 of the project (seed 004 is the Moscow Times report S26)', () => {
    for (const seed of ['000', '001', '002', '003'])
      assert.equal(
        SOURCES.filter((s) => s.title.includes(`(seed ${seed})`)).length,
        1,
        `seed ${seed} is registered once`,
      );
    const s26 = SOURCES.find((s) => s.id === 'S26');
    assert.match(s26?.title ?? '', /Russia Seeks to Limit New NATO Members/);
    assert.equal(s26?.date, '2010-10-27');
  });

  it('cite each seed report somewhere in the provisions or the data', () => {
    const text = citingFiles()
      .filter((f) => f !== join('src', 'treaty', 'sources.ts'))
      .map((f) => readFileSync(join(ROOT, f), 'utf8'))
      .join('\n');
    const cited = new Set(citedSourceIds(text));
    for (const s of SOURCES.filter((x) => x.title.includes('(seed ')))
      assert.ok(cited.has(s.id), `${s.id} (${s.title}) is cited nowhere`);
  });
});
