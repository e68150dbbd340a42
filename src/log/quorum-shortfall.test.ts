/**
 * What a set of cosigners lacks to meet a quorum, on the example policy of c2sp.org/tlog-policy:
 * "X-witnesses" needs 2 of X1, X2, X3; "Y-witnesses" any 1 of Y1, Y2, Y3; the quorum "X-and-Y"
 * needs both groups. The expected lines follow from those rules (a group holds when at least its
 * threshold of members hold; a witness holds when it cosigned), in the wording the function
 * documents: the quorum first, then the unmet groups among its missing members, indented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cosignerKey, formatCosignerVerifierKey } from './cosignature.ts';
import { privateKeyFromSeed, rawPublicKey, sha256 } from './node-crypto.ts';
import { formatVerifierKey, noteKey } from './note.ts';
import { parsePolicy } from './policy.ts';
import { quorumShortfall } from './quorum-shortfall.ts';

const pub = (n: number): Uint8Array => rawPublicKey(privateKeyFromSeed(new Uint8Array(32).fill(n)));
const logKey = formatVerifierKey(await noteKey(sha256, 'example.com/log', pub(1)));
const vkey = async (name: string, n: number): Promise<string> =>
  formatCosignerVerifierKey(await cosignerKey(sha256, `witness.${name.toLowerCase()}.example`, pub(n)));

const EXAMPLE = `log ${logKey}

witness X1 ${await vkey('X1', 2)}
witness X2 ${await vkey('X2', 3)}
witness X3 ${await vkey('X3', 4)}
group X-witnesses 2 X1 X2 X3

witness Y1 ${await vkey('Y1', 5)}
witness Y2 ${await vkey('Y2', 6)}
witness Y3 ${await vkey('Y3', 7)}
group Y-witnesses any Y1 Y2 Y3

group X-and-Y all X-witnesses Y-witnesses
quorum X-and-Y
`;
const policy = await parsePolicy(EXAMPLE, sha256, 'example.policy');

describe('quorumShortfall (c2sp.org/tlog-policy)', () => {
  it('is empty when the quorum is met: 2 of the Xs and 1 of the Ys', () => {
    assert.deepEqual(quorumShortfall(policy, ['X1', 'X3', 'Y2']), []);
    assert.deepEqual(quorumShortfall(policy, ['X1', 'X2', 'X3', 'Y1', 'Y2', 'Y3']), []);
  });

  it('names the group that lacks a member, and which members it lacks', () => {
    assert.deepEqual(quorumShortfall(policy, ['X1', 'Y3']), [
      'group X-and-Y needs all 2 of X-witnesses, Y-witnesses: 1 holds; missing X-witnesses',
      '  group X-witnesses needs 2 of X1, X2, X3: 1 holds; missing X2, X3',
    ]);
    assert.deepEqual(quorumShortfall(policy, ['X2', 'X3']), [
      'group X-and-Y needs all 2 of X-witnesses, Y-witnesses: 1 holds; missing Y-witnesses',
      '  group Y-witnesses needs any 1 of Y1, Y2, Y3: 0 hold; missing Y1, Y2, Y3',
    ]);
  });

  it('explains every unmet group when no witness cosigned', () => {
    assert.deepEqual(quorumShortfall(policy, []), [
      'group X-and-Y needs all 2 of X-witnesses, Y-witnesses: 0 hold; missing X-witnesses, Y-witnesses',
      '  group X-witnesses needs 2 of X1, X2, X3: 0 hold; missing X1, X2, X3',
      '  group Y-witnesses needs any 1 of Y1, Y2, Y3: 0 hold; missing Y1, Y2, Y3',
    ]);
  });

  it('counts a witness once, and names outside the policy (or a group name) not at all', () => {
    // X1 twice is one X; "X2 " and "x2" are not X2; a group's name is not a cosigner.
    assert.deepEqual(quorumShortfall(policy, ['X1', 'X1', 'x2', 'X2 ', 'X-witnesses', 'Y1']), [
      'group X-and-Y needs all 2 of X-witnesses, Y-witnesses: 1 holds; missing X-witnesses',
      '  group X-witnesses needs 2 of X1, X2, X3: 1 holds; missing X2, X3',
    ]);
  });

  it('names the one witness when the quorum is a witness', async () => {
    const single = await parsePolicy(EXAMPLE.replace('quorum X-and-Y', 'quorum Y2'), sha256, 'single.policy');
    assert.deepEqual(quorumShortfall(single, ['Y1', 'Y3']), ['witness Y2 has not cosigned it']);
    assert.deepEqual(quorumShortfall(single, ['Y2']), []);
  });

  it('is empty under "quorum none": nothing is required', async () => {
    const none = await parsePolicy(EXAMPLE.replace('quorum X-and-Y', 'quorum none'), sha256, 'none.policy');
    assert.deepEqual(quorumShortfall(none, []), []);
  });
});
