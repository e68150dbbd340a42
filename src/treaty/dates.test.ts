import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';

import type { IsoDate } from './dates.ts';
import { addDays, dayNumber, daysBetween, isoDate, parseIsoDate } from './dates.ts';

const DAY_MS = 86_400_000;

/** The date of a day number, computed by JavaScript's Date (the reference the tests compare with). */
const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** The day number of a date, computed by Date.UTC. */
const dayOfDate = (text: string): number =>
  Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10))) / DAY_MS;

const FIRST_DAY = dayOfDate('1600-01-01');
const LAST_DAY = dayOfDate('2400-12-31');
/** A random date between 1600-01-01 and 2400-12-31, as Date writes it. */
const anyDate = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(dateOfDay);
/** Offsets that keep the result well inside the years Date writes with four digits. */
const anyOffset = fc.integer({ min: -200_000, max: 200_000 });

describe('parseIsoDate', () => {
  it('accepts real calendar dates and returns them unchanged', () => {
    for (const d of [
      '2009-11-29',
      '2010-01-01',
      '2010-12-31',
      '2012-02-29',
      '1997-05-27',
      '0001-01-01',
      '9999-12-31',
    ])
      assert.equal(parseIsoDate(d), d);
  });

  it('accepts the last day of every month of a common year', () => {
    const last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    last.forEach((d, m) => {
      const month = String(m + 1).padStart(2, '0');
      assert.equal(parseIsoDate(`2010-${month}-${d}`), `2010-${month}-${d}`);
      assert.equal(parseIsoDate(`2010-${month}-${d + 1}`), null, `2010-${month}-${d + 1}`);
    });
  });

  it('rejects days that do not exist: 2010-02-29, 2012-02-30, 2010-04-31, 2010-01-32, 2010-01-00', () => {
    for (const d of ['2010-02-29', '2012-02-30', '2010-04-31', '2010-01-32', '2010-01-00'])
      assert.equal(parseIsoDate(d), null, d);
  });

  it('rejects months that do not exist: 2010-13-01 and 2010-00-10', () => {
    assert.equal(parseIsoDate('2010-13-01'), null);
    assert.equal(parseIsoDate('2010-00-10'), null);
  });

  it('rejects other shapes: 2010-1-01, 2010-01-1, 10-01-01, 2010/01/01, a time, spaces and the empty string', () => {
    for (const d of [
      '2010-1-01',
      '2010-01-1',
      '10-01-01',
      '2010/01/01',
      '20100101',
      '2010-01-01T00:00:00Z',
      ' 2010-01-01',
      '2010-01-01 ',
      '+2010-01-01',
      '',
    ])
      assert.equal(parseIsoDate(d), null, JSON.stringify(d));
  });

  it('follows the Gregorian leap-year rules: 2000-02-29 and 2004-02-29 exist, 1900-02-29 and 2100-02-29 do not', () => {
    assert.equal(parseIsoDate('2000-02-29'), '2000-02-29');
    assert.equal(parseIsoDate('2004-02-29'), '2004-02-29');
    assert.equal(parseIsoDate('1600-02-29'), '1600-02-29');
    assert.equal(parseIsoDate('1900-02-29'), null);
    assert.equal(parseIsoDate('2100-02-29'), null);
    assert.equal(parseIsoDate('2010-02-29'), null);
  });

  it('accepts exactly the dates Date writes, for random dates between 1600 and 2400', () => {
    fc.assert(fc.property(anyDate, (d) => parseIsoDate(d) === d));
  });

  it('agrees with Date on whether a random YYYY-MM-DD string is a date', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), two(13), two(32), (y, m, d) => {
        const text = `${y}-${m}-${d}`;
        const real =
          Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && dateOfDay(dayOfDate(text)) === text;
        return (parseIsoDate(text) !== null) === real;
      }),
    );
  });
});

describe('isoDate', () => {
  it('returns a good literal and throws on a bad one', () => {
    assert.equal(isoDate('2009-11-29'), '2009-11-29');
    assert.throws(() => isoDate('2009-11-31'), /not a calendar date: 2009-11-31/);
  });
});

describe('day arithmetic', () => {
  it('counts days from 1970-01-01', () => {
    assert.equal(dayNumber(isoDate('1970-01-01')), 0);
    assert.equal(dayNumber(isoDate('1970-01-02')), 1);
    assert.equal(dayNumber(isoDate('1969-12-31')), -1);
    assert.equal(dayNumber(isoDate('2000-03-01')), 11017);
  });

  it('steps over month ends, leap days and year ends', () => {
    assert.equal(addDays(isoDate('2008-02-28'), 1), '2008-02-29');
    assert.equal(addDays(isoDate('2010-02-28'), 1), '2010-03-01');
    assert.equal(addDays(isoDate('2009-12-31'), 1), '2010-01-01');
    assert.equal(addDays(isoDate('2010-01-01'), -1), '2009-12-31');
    assert.equal(addDays(isoDate('2009-11-29'), 90), '2010-02-27');
    assert.equal(addDays(isoDate('2009-11-29'), 0), '2009-11-29');
  });

  it('measures a common and a leap year as 365 and 366 days', () => {
    assert.equal(daysBetween(isoDate('2010-01-01'), isoDate('2011-01-01')), 365);
    assert.equal(daysBetween(isoDate('2012-01-01'), isoDate('2013-01-01')), 366);
    assert.equal(daysBetween(isoDate('2011-01-01'), isoDate('2010-01-01')), -365);
  });

  it('pads years below 1000 to four digits', () => {
    assert.equal(addDays(isoDate('1000-01-01'), -1), '0999-12-31');
  });

  it('gives the day numbers of Date.UTC for random dates between 1600 and 2400', () => {
    fc.assert(fc.property(anyDate, (d) => dayNumber(d as IsoDate) === dayOfDate(d)));
  });

  it('adds days as Date does, for random dates and offsets', () => {
    fc.assert(
      fc.property(anyDate, anyOffset, (d, n) => addDays(d as IsoDate, n) === dateOfDay(dayOfDate(d) + n)),
    );
  });

  it('counts the days between two random dates as Date does', () => {
    fc.assert(
      fc.property(
        anyDate,
        anyDate,
        (a, b) => daysBetween(a as IsoDate, b as IsoDate) === dayOfDate(b) - dayOfDate(a),
      ),
    );
  });

  it('returns to the start when adding n days and then -n', () => {
    fc.assert(fc.property(anyDate, anyOffset, (d, n) => addDays(addDays(d as IsoDate, n), -n) === d));
  });

  it('makes addDays and daysBetween inverse: daysBetween(d, addDays(d, n)) is n', () => {
    fc.assert(
      fc.property(anyDate, anyOffset, (d, n) => daysBetween(d as IsoDate, addDays(d as IsoDate, n)) === n),
    );
  });

  it('orders dates as strings in the same way as by day number', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => a < b === dayNumber(a as IsoDate) < dayNumber(b as IsoDate)),
    );
  });

  it('only ever produces dates that parseIsoDate accepts', () => {
    fc.assert(
      fc.property(anyDate, anyOffset, (d, n) => {
        const out = addDays(d as IsoDate, n);
        return parseIsoDate(out) === out;
      }),
    );
  });
});
