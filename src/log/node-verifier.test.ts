import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ed25519Sign, newKeyPair, privateKeyFromSeed } from './node-crypto.ts';
import { Verifier } from './node-verifier.ts';

const encoder = new TextEncoder();

function signed(n: number) {
  const { seed, publicKey } = newKeyPair();
  const key = privateKeyFromSeed(seed);
  return Array.from({ length: n }, (_, i) => {
    const message = encoder.encode(`filing ${i} ${'x'.repeat(i % 300)}`);
    return { publicKey, message, signature: ed25519Sign(key, message) };
  });
}

describe('the signature checker on worker threads', () => {
  it('accepts true signatures and refuses a changed message, signature or key, each on its own', async () => {
    const v = new Verifier(2);
    const items = signed(300);
    const other = newKeyPair().publicKey;
    const results = await Promise.all(
      items.flatMap(({ publicKey, message, signature }, i) => {
        const flipped = signature.slice();
        flipped[i % 64] = (flipped[i % 64] as number) ^ 1;
        const changed = message.slice();
        changed[0] = (changed[0] as number) ^ 1;
        return [
          v.verify(publicKey, message, signature),
          v.verify(publicKey, changed, signature),
          v.verify(publicKey, message, flipped),
          v.verify(other, message, signature),
        ];
      }),
    );
    const expected = items.flatMap(() => [true, false, false, false]);
    assert.deepEqual(results, expected);
  });

  it('refuses keys and signatures of the wrong size, and a key that is not a point', async () => {
    const v = new Verifier(1);
    const [{ publicKey, message, signature }] = signed(1) as [ReturnType<typeof signed>[number]];
    assert.equal(await v.verify(publicKey.slice(1), message, signature), false);
    assert.equal(await v.verify(publicKey, message, signature.slice(1)), false);
    // y = 2 is not on the curve: no signature verifies with it.
    const notAPoint = new Uint8Array(32);
    notAPoint[0] = 2;
    assert.equal(await v.verify(notAPoint, message, signature), false);
    assert.equal(await v.verify(publicKey, message, signature), true, 'the thread still answers after');
  });

  it('answers filings that arrive in later turns of the event loop too', async () => {
    const v = new Verifier(1);
    const items = signed(20);
    const answers: boolean[] = [];
    for (const it of items) {
      answers.push(await v.verify(it.publicKey, it.message, it.signature));
      await new Promise((r) => setImmediate(r));
    }
    assert.deepEqual(
      answers,
      items.map(() => true),
    );
  });

  it('keeps a process alive while it owes answers, and not after', () => {
    // A child that awaits one verification at top level: it exits 0 with the answer printed (an
    // unsettled top-level await would exit 13), and does not hang once it is answered.
    const code = `
      import { Verifier } from ${JSON.stringify(join(import.meta.dirname, 'node-verifier.ts'))};
      import { ed25519Sign, newKeyPair, privateKeyFromSeed } from ${JSON.stringify(join(import.meta.dirname, 'node-crypto.ts'))};
      const { seed, publicKey } = newKeyPair();
      const m = new Uint8Array([1, 2, 3]);
      console.log(await new Verifier(1).verify(publicKey, m, ed25519Sign(privateKeyFromSeed(seed), m)));
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(r.signal, null, 'the process did not hang');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'true');
  });
});
