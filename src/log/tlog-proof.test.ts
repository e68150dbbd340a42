import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fromBase64, toBase64 } from './bytes.ts';
import type { Hash, HashedNode, NodeId } from './merkle.ts';
import {
  extendEdge,
  foldRange,
  hashRanges,
  inclusionRanges,
  leafHash,
  rangeNodes,
  verifyInclusion,
} from './merkle.ts';
import { ed25519Sign, ed25519Verify, privateKeyFromSeed, rawPublicKey, sha256 } from './node-crypto.ts';
import { checkpointText, noteKey, openNote, parseCheckpoint, signNote } from './note.ts';
import type { TlogProof } from './tlog-proof.ts';
import { TLOG_PROOF_HEADER, formatTlogProof, formatTlogProofs, parseTlogProof } from './tlog-proof.ts';

const signer = privateKeyFromSeed(new Uint8Array(32).fill(7));
const key = await noteKey(sha256, 'example.com/log', rawPublicKey(signer));
const sign = (text: string): Promise<string> => signNote(text, key, (m) => ed25519Sign(signer, m));

const hashOf = (s: string): Hash => sha256(new TextEncoder().encode(s));
const H1 = hashOf('one');
const H2 = hashOf('two');
const NOTE = await sign(checkpointText({ origin: 'example.com/log', size: 10, root: hashOf('root') }));
const GOOD = formatTlogProof({ index: 5, hashes: [H1, H2], checkpoint: NOTE });
// Lines of GOOD: 1 header, 2 index, 3-4 hashes, 5 empty, 6 origin, 7 size, 8 root, 9 empty, 10 signature.

/** The parse must fail, naming this line, with a reason containing `words`. */
function refuses(text: string, line: number, words: string): void {
  const r = parseTlogProof(text);
  assert.equal(r.ok, false, `accepted ${JSON.stringify(text)}`);
  if (r.ok) return;
  assert.ok(r.reason.startsWith(`line ${line}: `), `${r.reason} (expected line ${line})`);
  assert.ok(r.reason.includes(words), `${r.reason} (expected "${words}")`);
}

describe('tlog-proof text', () => {
  it('writes the layout of the format, byte for byte', () => {
    assert.equal(GOOD, `${TLOG_PROOF_HEADER}\nindex 5\n${toBase64(H1)}\n${toBase64(H2)}\n\n${NOTE}`);
    const extra = new TextEncoder().encode('context');
    assert.equal(
      formatTlogProof({ index: 0, hashes: [], checkpoint: NOTE, extra }),
      `${TLOG_PROOF_HEADER}\nextra ${toBase64(extra)}\nindex 0\n\n${NOTE}`,
    );
    assert.deepEqual(parseTlogProof(GOOD), {
      ok: true,
      proof: { index: 5, hashes: [H1, H2], checkpoint: NOTE },
    });
  });

  it('reads back what it writes (random indexes, 0 to 64 hashes, extra data and checkpoint notes)', () => {
    const line = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
      .filter((s) => ![...s].some((ch) => ch < ' '));
    const signature = fc
      .tuple(fc.stringMatching(/^[a-z0-9./_-]{1,24}$/), fc.uint8Array({ minLength: 5, maxLength: 80 }))
      .map(([name, blob]) => `\u2014 ${name} ${toBase64(blob)}\n`);
    const note = fc
      .tuple(
        line,
        fc.maxSafeNat(),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.array(line, { maxLength: 2 }),
        fc.array(signature, { minLength: 1, maxLength: 5 }),
      )
      .map(([origin, size, root, extensions, signatures]) => {
        const body = [origin, String(size), toBase64(root), ...extensions].map((l) => `${l}\n`).join('');
        return `${body}\n${signatures.join('')}`;
      });
    const proof: fc.Arbitrary<TlogProof> = fc
      .tuple(
        fc.maxSafeNat(),
        fc.array(fc.uint8Array({ minLength: 32, maxLength: 32 }), { maxLength: 64 }),
        note,
        fc.option(fc.uint8Array({ maxLength: 100 }), { nil: undefined }),
      )
      .map(([index, hashes, checkpoint, extra]) =>
        extra === undefined ? { index, hashes, checkpoint } : { index, hashes, checkpoint, extra },
      );
    fc.assert(
      fc.property(proof, (p) => {
        const text = formatTlogProof(p);
        const back = parseTlogProof(text);
        assert.deepEqual(back, { ok: true, proof: p });
        assert.ok(back.ok);
        assert.equal(formatTlogProof(back.proof), text);
      }),
      { numRuns: 500 },
    );
  });

  it('writes a batch of proofs against one checkpoint exactly as one at a time, hashes shared or not', () => {
    const hash = fc.uint8Array({ minLength: 32, maxLength: 32 });
    fc.assert(
      fc.property(
        fc.array(hash, { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.maxSafeNat(), fc.array(fc.nat(), { maxLength: 24 })), { maxLength: 12 }),
        (pool, entries) => {
          // Proofs drawn from one pool of hash arrays share them, as the proofs of a batch do.
          const proofs = entries.map(([index, picks]) => ({
            index,
            hashes: picks.map((k) => pool[k % pool.length] as Uint8Array),
          }));
          assert.deepEqual(
            formatTlogProofs(NOTE, proofs),
            proofs.map((p) => formatTlogProof({ ...p, checkpoint: NOTE })),
          );
        },
      ),
      { numRuns: 300 },
    );
    assert.throws(() => formatTlogProofs('not a note\n', [{ index: 0, hashes: [] }]), TypeError);
    assert.throws(() => formatTlogProofs(NOTE, [{ index: -1, hashes: [] }]), RangeError);
    assert.throws(() => formatTlogProofs(NOTE, [{ index: 0, hashes: [new Uint8Array(31)] }]), RangeError);
  });

  // The example at the top of c2sp.org/tlog-proof (C2SP/C2SP, tlog-proof.md), as printed there
  // (with the final newline a file has). Its signatures are shortened with "[...]".
  const SPEC_EXAMPLE = `c2sp.org/tlog-proof@v1
extra YWdlLXYxLjIuMS1kYXJ3aW4tYXJtNjQudGFyLmd6kYXJ3aW4tYXJ
index 73894
gSKyXoYZUgZ6jduWYrkDOARinOMGJveXjgMkBTcdPlQ=
B95lDa8R83lS8n0eG+o0buTxRKQTYFi//1U8anccXmA=
EKNzoDWG8LGC0Yp9o+sv3qllpMP9uHQ9B20KNL+Q1zs=
RoopEkOdqkYqMB4MJXrbt/hMjOxsVn0IrWjpz1ZMMes=
AHCioX9nLjsrse6YhjRRmk1WUEirVOLLRoOQ6vfO5vk=

example.com/fancylog
109482
sFodV/vSp5O8n9a8QpW6PRY97tfOSW5bsc2Xl/EQi08=

\u2014 example.com/fancylog hI2DJw[...]1roloI=
\u2014 witness1.example mJirIklj[...]qY9v2B/5bg==
\u2014 witness2.example TnKKVHLX[...]xwYwrSjgow==
\u2014 witness3.example S4X82uH5[...]3oEcROGLFQ==
`;

  it("refuses the spec's example as printed, at its first shortened signature", () => {
    refuses(SPEC_EXAMPLE, 14, 'signature must be canonical base64');
  });

  it("reads the spec's example once its shortened signatures are filled back to full length", () => {
    // 92 base64 characters hold the log's key ID and Ed25519 signature (4 + 64 bytes), 104 a
    // witness's key ID, timestamp and signature (4 + 8 + 64 bytes): the example's padding fits both.
    const full = SPEC_EXAMPLE.replace(/ (\S*)\[\.\.\.\](\S*)$/gmu, (_m, a: string, b: string) => {
      const length = b.endsWith('==') ? 104 : 92;
      return ` ${a}${'A'.repeat(length - a.length - b.length)}${b}`;
    });
    const r = parseTlogProof(full);
    assert.ok(r.ok, r.ok ? '' : r.reason);
    assert.equal(r.proof.index, 73894);
    assert.equal(new TextDecoder().decode(r.proof.extra?.slice(0, 30)), 'age-v1.2.1-darwin-arm64.tar.gz');
    assert.deepEqual(r.proof.hashes.map(toBase64), SPEC_EXAMPLE.split('\n').slice(3, 8));
    assert.equal(r.proof.checkpoint, full.split('\n').slice(9).join('\n'));
    assert.equal(r.proof.checkpoint.split('\n').at(-1), '');
    assert.deepEqual(parseCheckpoint(r.proof.checkpoint.split('\n\n')[0] + '\n'), {
      origin: 'example.com/fancylog',
      size: 109482,
      root: fromBase64('sFodV/vSp5O8n9a8QpW6PRY97tfOSW5bsc2Xl/EQi08='),
    });
    assert.equal(formatTlogProof(r.proof), full);
  });

  it('refuses a wrong or missing header', () => {
    refuses(GOOD.replace('@v1', '@v2'), 1, 'expected the header');
    refuses(GOOD.replace('@v1', '@v1 '), 1, 'expected the header');
    refuses(GOOD.replace('c2sp.org', 'C2SP.org'), 1, 'expected the header');
    refuses(GOOD.slice(GOOD.indexOf('\n') + 1), 1, 'expected the header');
    refuses('', 1, 'expected the header');
  });

  it('refuses a missing index line', () => {
    refuses(`${TLOG_PROOF_HEADER}\n\n${NOTE}`, 2, 'missing the index line');
    refuses(`${TLOG_PROOF_HEADER}\n`, 2, 'missing the index line');
    refuses(`${TLOG_PROOF_HEADER}\nextra QQ==\n\n${NOTE}`, 3, 'missing the index line');
    refuses(`${TLOG_PROOF_HEADER}\n${toBase64(H1)}\n\n${NOTE}`, 2, 'expected `index <n>`');
    refuses(GOOD.replace('index 5', 'Index 5'), 2, 'expected `index <n>`');
    refuses(GOOD.replace('index 5', 'index'), 2, 'expected `index <n>`');
    refuses(GOOD.replace('index 5', 'index:5'), 2, 'expected `index <n>`');
    refuses(GOOD.replace('index 5', 'extra\nindex 5'), 2, 'expected `index <n>` or `extra <base64>`');
  });

  it('refuses an index that is not a plain decimal, has leading zeros, is negative or too large', () => {
    for (const bad of ['five', '0x5', '5.0', '+5', '1e3', ' 5', '5 ', '', '٥', '05', '00', '-1', '-0']) {
      refuses(GOOD.replace('index 5', `index ${bad}`), 2, 'decimal number without leading zeros');
    }
    refuses(GOOD.replace('index 5', 'index 9007199254740992'), 2, 'above 2^53 - 1');
    const max = parseTlogProof(GOOD.replace('index 5', 'index 9007199254740991'));
    assert.ok(max.ok && max.proof.index === Number.MAX_SAFE_INTEGER);
    const zero = parseTlogProof(GOOD.replace('index 5', 'index 0'));
    assert.ok(zero.ok && zero.proof.index === 0);
  });

  it('refuses a hash that is not 32 bytes or not canonical standard base64', () => {
    const b64 = toBase64(H1);
    const last = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.indexOf(
      b64[42] as string,
    );
    const odd = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[last | 1] as string;
    const slashy = toBase64(new Uint8Array(32).fill(0xfb)); // "+/v7+/v7..."
    for (const bad of [
      toBase64(H1.slice(0, 31)),
      toBase64(Uint8Array.of(...H1, 0)),
      toBase64(new Uint8Array(0)) + '=',
      b64.slice(0, -1), // unpadded
      `${b64.slice(0, 42)}${odd}=`, // leftover bits set: another text for nearly the same bytes
      slashy.replaceAll('+', '-').replaceAll('/', '_'), // URL-safe alphabet
      ` ${b64}`,
      `${b64} `,
      `${b64}${b64}`,
    ]) {
      refuses(GOOD.replace(b64, bad), 3, 'hash must be canonical base64 of 32 bytes');
    }
    assert.ok(parseTlogProof(GOOD.replace(b64, slashy)).ok);
  });

  it('refuses extra data that is not canonical standard base64, and keeps empty extra data', () => {
    for (const bad of ['QQ', 'QR==', 'Q===', 'A-_A', ' QQ==']) {
      refuses(GOOD.replace('\nindex', `\nextra ${bad}\nindex`), 2, 'extra data must be canonical');
    }
    const empty = parseTlogProof(GOOD.replace('\nindex', '\nextra \nindex'));
    assert.ok(empty.ok);
    assert.deepEqual(empty.proof.extra, new Uint8Array(0));
    assert.equal(formatTlogProof(empty.proof), GOOD.replace('\nindex', '\nextra \nindex'));
  });

  it('refuses a missing empty line or a missing checkpoint', () => {
    const head = `${TLOG_PROOF_HEADER}\nindex 5\n${toBase64(H1)}\n${toBase64(H2)}\n`;
    refuses(head, 5, 'missing the empty line after the inclusion proof');
    refuses(head.slice(0, -1), 5, 'missing the empty line after the inclusion proof');
    refuses(`${TLOG_PROOF_HEADER}\nindex 5\n`, 3, 'missing the empty line after the inclusion proof');
    // Without the empty line the checkpoint's origin is read as one more hash.
    refuses(GOOD.replace('\n\n', '\n'), 5, 'hash must be canonical base64 of 32 bytes');
    refuses(`${head}\n`, 6, 'missing the checkpoint');
  });

  it('refuses a checkpoint that is not a complete signed checkpoint note', () => {
    const body = NOTE.slice(0, NOTE.indexOf('\n\n') + 1);
    refuses(GOOD.slice(0, -1), 10, 'does not end with a newline');
    refuses(GOOD + '\n', 11, 'empty line among the signature lines');
    refuses(`${GOOD}x\n`, 11, 'em dash');
    refuses(GOOD.replace(NOTE, body), 9, 'missing the empty line between the checkpoint and its signatures');
    refuses(GOOD.replace(NOTE, `${body}\n`), 10, 'missing the signature lines');
    refuses(GOOD.replace('\u2014', '-'), 10, 'em dash');
    refuses(GOOD.replace('\u2014 example.com/log', '\u2014 example.com/log+x'), 10, 'key name');
    refuses(
      GOOD.replace('\u2014 example.com/log ', '\u2014 example.com/log  '),
      10,
      '`— <key name> <base64>`',
    );
    refuses(GOOD.replace(/ \S+\n$/u, ' QUJD\n'), 10, 'a 4-byte key ID and a signature');
    refuses(GOOD.replace('\n10\n', '\n010\n'), 7, 'tree size');
    refuses(GOOD.replace('\n10\n', '\n-10\n'), 7, 'tree size');
    refuses(GOOD.replace(toBase64(hashOf('root')), toBase64(H1.slice(1))), 8, 'root hash');
    refuses(GOOD.replace('example.com/log\n10\n', '10\n'), 8, "missing the checkpoint's root hash line");
  });

  it('refuses control characters and lone surrogates, naming their line', () => {
    refuses(GOOD.replaceAll('\n', '\r\n'), 1, 'U+000D');
    refuses(GOOD.replace('index 5', 'index 5\t'), 2, 'U+0009');
    refuses(GOOD.replace('example.com/log\n', 'example.com/log\u0000\n'), 6, 'U+0000');
    refuses(GOOD.replace('example.com/log\n', 'example.com/\ud800log\n'), 6, 'lone surrogate');
    const paired = parseTlogProof(GOOD.replace('example.com/log\n', 'example.com/\u{1f4dc}log\n'));
    assert.ok(paired.ok);
  });

  it('refuses to write what it could not read back', () => {
    const p = { index: 5, hashes: [H1], checkpoint: NOTE };
    for (const index of [-1, 1.5, Number.NaN, 2 ** 53]) {
      assert.throws(() => formatTlogProof({ ...p, index }), RangeError);
    }
    assert.throws(() => formatTlogProof({ ...p, hashes: [H1.slice(1)] }), RangeError);
    for (const checkpoint of [
      '',
      NOTE.slice(0, -1),
      NOTE.slice(0, NOTE.indexOf('\n\n') + 1),
      NOTE.replace('\n', '\r\n'),
    ]) {
      assert.throws(() => formatTlogProof({ ...p, checkpoint }), TypeError);
    }
  });
});

describe('tlog-proof with the log code', () => {
  it('carries inclusion proofs that verify against the signed checkpoint, for every leaf of small trees', async () => {
    const enc = new TextEncoder();
    const data = Array.from({ length: 21 }, (_, i) => enc.encode(`entry ${i}`));
    const leaves = data.map((d) => leafHash(sha256, d));
    const nodes = new Map<string, Hash>();
    const edge: HashedNode[] = [];
    const id = (n: NodeId): string => `${n.level}/${n.index}`;
    const node = (n: NodeId): Hash => nodes.get(id(n)) as Hash;
    for (let size = 1; size <= data.length; size += 1) {
      const i = size - 1;
      nodes.set(id({ level: 0, index: i }), leaves[i] as Hash);
      for (const n of extendEdge(sha256, edge, i, leaves[i] as Hash)) nodes.set(id(n), n.hash);
      const root = foldRange(sha256, rangeNodes([0, size]).map(node));
      const checkpoint = await sign(checkpointText({ origin: 'example.com/log', size, root }));
      for (let index = 0; index < size; index += 1) {
        const hashes = hashRanges(sha256, inclusionRanges(index, size), node);
        const text = formatTlogProof({ index, hashes, checkpoint });

        const parsed = parseTlogProof(text);
        assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
        const { proof } = parsed;
        const opened = await openNote(proof.checkpoint, key, ed25519Verify);
        assert.ok(opened.ok, opened.ok ? '' : opened.reason);
        const cp = parseCheckpoint(opened.text);
        assert.ok(cp);
        // The verifier has the entry itself out of band; the proof only says where it is.
        const leaf = leafHash(sha256, data[proof.index] as Uint8Array);
        assert.equal(await verifyInclusion(sha256, proof.index, cp.size, leaf, proof.hashes, cp.root), true);
        // Another leaf, another index or a changed hash does not verify.
        const other = leafHash(sha256, enc.encode('not logged'));
        assert.equal(
          await verifyInclusion(sha256, proof.index, cp.size, other, proof.hashes, cp.root),
          false,
        );
        if (size > 1) {
          const moved = (proof.index + 1) % size;
          assert.equal(await verifyInclusion(sha256, moved, cp.size, leaf, proof.hashes, cp.root), false);
          const changed = proof.hashes.map((h, k) => (k === 0 ? hashOf('changed') : h));
          assert.equal(await verifyInclusion(sha256, proof.index, cp.size, leaf, changed, cp.root), false);
        }
      }
    }
  });
});
