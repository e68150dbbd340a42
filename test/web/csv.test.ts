import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toCsv } from '../../web/src/csv.ts';

describe('toCsv (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes; CRLF line ends', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['x,y', 'say "no"'],
        ['line\nbreak', 3],
      ],
    );
    assert.equal(text, 'a,b\r\n"x,y","say ""no"""\r\n"line\nbreak",3\r\n');
  });
  it('writes empty cells for null and undefined, and booleans and numbers as they are', () => {
    assert.equal(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, true, -5]]), 'a,b,c,d\r\n,,true,-5\r\n');
  });
  it('defuses text a spreadsheet would run as a formula, leaving numbers alone', () => {
    const text = toCsv(['subject'], [['=HYPERLINK("x")'], ['+1'], ['-2'], ['@SUM(A1)'], ['plain']]);
    assert.equal(text, 'subject\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\nplain\r\n');
  });
  it('keeps Cyrillic as it is', () => {
    assert.equal(toCsv(['имя'], [['Россия']]), 'имя\r\nРоссия\r\n');
  });
});
