import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { isoDate, parseIsoDate } from './dates.ts';
import {
  PARAMETER_IDS,
  applyOverride,
  formatParameterValue,
  isDatedOverride,
  overridesOf,
  parameterSeries,
  parseParameterOverride,
  parseParameterValue,
  resolveParameters,
  snapshotOn,
  valueOn,
  versionValues,
} from './parameters/index.ts';
import type { Step } from './parameters/index.ts';
import { TREATIES } from './treaties.ts';
import { VERSIONS } from './versions.ts';

const step = <T>(since: string, value: T | null): Step<T> => ({ since: isoDate(since), value });

describe('the version dates', () => {
  it('are written once: the treaty table reads them from versions.ts', () => {
    for (const [id, t] of Object.entries(TREATIES))
      assert.equal(t.version, VERSIONS[id as keyof typeof VERSIONS]);
  });
});

describe('valueOn', () => {
  const series = [step('2000-01-01', 10), step('2005-06-15', null), step('2010-01-01', 30)];
  it('gives the latest value dated on or before the day', () => {
    assert.equal(valueOn(series, isoDate('2000-01-01')), 10);
    assert.equal(valueOn(series, isoDate('2005-06-14')), 10);
    assert.equal(valueOn(series, isoDate('2005-06-15')), null);
    assert.equal(valueOn(series, isoDate('2010-01-01')), 30);
  });
  it('gives the earliest value for the days before it, and null for an empty series', () => {
    assert.equal(valueOn(series, isoDate('1990-01-01')), 10);
    assert.equal(valueOn([], isoDate('1990-01-01')), null);
  });
});

describe('applyOverride', () => {
  const text = [step('1945-06-26', 7), step('1965-08-31', 9)];
  it('holds a plain value on every day', () => {
    const s = applyOverride(text, 11);
    for (const d of ['1940-01-01', '1960-01-01', '2020-01-01']) assert.equal(valueOn(s, isoDate(d)), 11);
  });
  it('keeps the text before the first dated value and the override from then on', () => {
    const s = applyOverride(text, { dated: [step('1970-01-01', 12)] });
    assert.equal(valueOn(s, isoDate('1960-01-01')), 7);
    assert.equal(valueOn(s, isoDate('1969-12-31')), 9);
    assert.equal(valueOn(s, isoDate('1970-01-01')), 12);
  });
  it('drops the text’s later values once the override has begun', () => {
    const s = applyOverride(text, { dated: [step('1950-01-01', 5)] });
    assert.equal(valueOn(s, isoDate('1949-12-31')), 7);
    assert.equal(valueOn(s, isoDate('1990-01-01')), 5);
  });
  it('keeps the text’s first value before an override dated earlier than the text', () => {
    const s = applyOverride([step('2009-11-29', 90)], { dated: [step('2000-01-01', 180)] });
    assert.equal(valueOn(s, isoDate('1999-12-31')), 90);
    assert.equal(valueOn(s, isoDate('2000-01-01')), 180);
    assert.equal(valueOn(s, isoDate('2012-01-01')), 180);
  });
});

describe('parameterSeries and the snapshots', () => {
  it('gives the catalogue’s dated values (unsc.votesRequired: 7, then 9 from 1965-08-31)', () => {
    const s = parameterSeries('un-1945');
    assert.equal(valueOn(s['unsc.votesRequired'], isoDate('1960-01-01')), 7);
    assert.equal(valueOn(s['unsc.votesRequired'], isoDate('1966-01-01')), 9);
  });
  it('applies only the run’s own treaty’s overrides', () => {
    const s = parameterSeries('est-2009', { 'withdrawal.noticeDays': 180, 'unsc.votesRequired': 3 });
    assert.equal(valueOn(s['withdrawal.noticeDays'], isoDate('2011-01-01')), 180);
    assert.equal(valueOn(s['unsc.votesRequired'], isoDate('2011-01-01')), 9);
  });
  it('resolves, by default, what est treaty params shows: each value in its text’s version', () => {
    for (const treaty of ['est-2009', 'nrc-2009', 'un-1945'] as const) {
      const overrides = treaty === 'est-2009' ? { 'withdrawal.noticeDays': 30 } : {};
      assert.deepEqual(
        versionValues(parameterSeries(treaty, overrides)),
        resolveParameters(treaty, overrides),
      );
    }
    assert.equal(resolveParameters('nrc-2009')['scf.countTemporary'], true);
  });
  it('resolves on a day it is given', () => {
    assert.equal(resolveParameters('nrc-2009', {}, isoDate('2005-01-01'))['scf.countTemporary'], false);
    assert.equal(snapshotOn(parameterSeries('un-1945'), isoDate('1960-01-01'))['unsc.votesRequired'], 7);
  });
  it('rebuilds a run’s series from a published snapshot (the service’s settings)', () => {
    const values = resolveParameters('est-2009', { 'withdrawal.noticeDays': 30 });
    assert.deepEqual(overridesOf('est-2009', values), { 'withdrawal.noticeDays': 30 });
    assert.deepEqual(overridesOf('un-1945', resolveParameters('un-1945')), {});
    assert.equal(Object.keys(resolveParameters('est-2009')).length, PARAMETER_IDS.length);
  });
});

describe('the dated override of a scenario', () => {
  const parse = (raw: unknown) => parseParameterOverride('withdrawal.noticeDays', raw, parseIsoDate);
  it('reads { dated: [{ since, value }] } in increasing date order, null for unset', () => {
    const r = parse({
      dated: [
        { since: '2012-01-01', value: 180 },
        { since: '2013-01-01', value: null },
      ],
    });
    assert.ok(r.ok);
    assert.ok(isDatedOverride(r.value));
    assert.deepEqual(r.value, { dated: [step('2012-01-01', 180), step('2013-01-01', null)] });
  });
  it('reads a plain value as before', () => {
    assert.deepEqual(parse(180), { ok: true, value: 180 });
    assert.deepEqual(parse(180), parseParameterValue('withdrawal.noticeDays', 180));
  });
  it('names each problem by its path', () => {
    const r = parse({
      dated: [{ since: '2012-01-01', value: 180 }, { since: '2011-01-01', value: -1 }, { sinse: 'x' }],
      extra: true,
    });
    assert.ok(!r.ok);
    assert.deepEqual(
      r.problems.map((p) => p.path.join('.')),
      ['extra', 'dated.1.since', 'dated.1.value', 'dated.2.sinse', 'dated.2.since', 'dated.2.value'],
    );
    assert.match(r.problems[1]?.message ?? '', /not after the date before it \(2012-01-01\)/);
    assert.ok(!parse({ dated: [] }).ok);
    assert.ok(!parse({ dated: 'soon' }).ok);
  });
  it('is printed with its days', () => {
    assert.equal(formatParameterValue({ dated: [step('2012-01-01', 180)] }), 'from 2012-01-01: 180');
  });
});

describe('a choice (accession.depositDay)', () => {
  it('takes one of its readings and nothing else', () => {
    assert.deepEqual(parseParameterValue('accession.depositDay', 'request'), { ok: true, value: 'request' });
    const bad = parseParameterValue('accession.depositDay', 'deposit');
    assert.ok(!bad.ok);
    assert.match(bad.expected, /consent, request/);
    assert.ok(!parseParameterValue('accession.depositDay', true).ok);
  });
});
