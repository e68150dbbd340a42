import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sha256 } from './node-crypto.ts';
import { formatAddCheckpoint, parseAddCheckpoint, parseTlogSize } from './tlog-witness.ts';

// The example request body of c2sp.org/tlog-witness.
const EXAMPLE = `old 20852014
PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=
jrJZDmY8Y7SyJE0MWLpLozkIVMSMZcD5kvuKxPC3swk=
5+pKlUdi2LeF/BcMHBn+Ku6yhPGNCswZZD1X/6QgPd8=
/6WVhPs2CwSsb5rYBH5cjHV/wSmA79abXAwhXw3Kj/0=

example.com/behind-the-sofa
20852163
CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=

\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=
\u2014 example.com/behind-the-sofa opLqBQsREYCgu6xQkYQwJr9fo45a62DN9EdmHXnZdXNqlcVGlCum2Wks+49/V6267UEjw6QUXTS5Rovnzv++qbSzm9Q=
`;

describe('add-checkpoint bodies (c2sp.org/tlog-witness)', () => {
  it('reads the specification’s example request and writes it back byte for byte', () => {
    const parsed = parseAddCheckpoint(EXAMPLE);
    assert.ok(parsed.ok);
    assert.equal(parsed.request.oldSize, 20852014);
    assert.equal(parsed.request.proof.length, 4);
    assert.equal(
      Buffer.from(parsed.request.proof[0]!).toString('base64'),
      'PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=',
    );
    assert.ok(parsed.request.note.startsWith('example.com/behind-the-sofa\n20852163\n'));
    assert.equal(formatAddCheckpoint(parsed.request), EXAMPLE);
  });

  it('reads a request without proof lines', () => {
    const parsed = parseAddCheckpoint('old 0\n\nnote\n');
    assert.deepEqual(parsed, { ok: true, request: { oldSize: 0, proof: [], note: 'note\n' } });
  });

  it('refuses malformed bodies, saying what is wrong', () => {
    const h = Buffer.from(sha256(new Uint8Array(0))).toString('base64');
    const cases: [string, RegExp][] = [
      ['old 1\nnote\n', /no blank line/],
      ['olds 1\n\nnote\n', /"old <size>"/],
      ['old 01\n\nnote\n', /leading zeros/],
      ['old -1\n\nnote\n', /old size -1/],
      ['old 1 \n\nnote\n', /old size/],
      ['old 99999999999999999\n\nnote\n', /old size/],
      [`old 1\n${h.slice(1)}\n\nnote\n`, /proof line 1/],
      [`old 1\n${h}\nAAAA\n\nnote\n`, /proof line 2 is not the base64 of a 32-byte hash/],
      [`old 1\n${`${h}\n`.repeat(64)}\nnote\n`, /64 consistency proof lines \(at most 63\)/],
      ['old 1\n\n', /no checkpoint/],
    ];
    for (const [body, reason] of cases) {
      const parsed = parseAddCheckpoint(body);
      assert.equal(parsed.ok, false, body);
      if (!parsed.ok) assert.match(parsed.reason, reason);
    }
    // 63 lines are allowed.
    assert.equal(parseAddCheckpoint(`old 1\n${`${h}\n`.repeat(63)}\nnote\n`).ok, true);
  });

  it('reads a 409 answer’s size', () => {
    assert.equal(parseTlogSize('20852014\n'), 20852014);
    assert.equal(parseTlogSize('0\n'), 0);
    for (const bad of ['12', '012\n', 'x\n', '\n', '1\n\n']) assert.equal(parseTlogSize(bad), null);
  });
});
