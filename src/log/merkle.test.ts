import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Hash, HashedNode, NodeId, Range } from './merkle.ts';
import {
  completedBy,
  consistencyRanges,
  extendEdge,
  foldRange,
  hashRanges,
  inclusionRanges,
  leafHash,
  nodeHash,
  nodesFor,
  rangeNodes,
  verifyConsistency,
  verifyInclusion,
} from './merkle.ts';

const sha = (data: Uint8Array): Hash => new Uint8Array(createHash('sha256').update(data).digest());
const hex = (h: Uint8Array): string => Buffer.from(h).toString('hex');
const unhex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'));

// The RFC 6962 reference data (leaf inputs, complete-subtree hashes, roots by size, and proofs) as
// published with the Certificate Transparency and transparency-dev/merkle test suites.
const LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map(unhex);
const NODES = [
  [
    '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    '0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7',
    '07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    '4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658',
    'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
    '46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1',
  ],
  [
    'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
    'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
  ],
  [
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
  ],
  ['5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328'],
];
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
// [leaf index, tree size, proof]
const INCLUSION: readonly [number, number, readonly string[]][] = [
  [0, 1, []],
  [0, 8, [NODES[0]![1]!, NODES[1]![1]!, NODES[2]![1]!]],
  [5, 8, [NODES[0]![4]!, NODES[1]![3]!, NODES[2]![0]!]],
  [2, 3, [NODES[1]![0]!]],
  [1, 5, [NODES[0]![0]!, NODES[1]![1]!, NODES[0]![4]!]],
];
// [from, to, proof]
const CONSISTENCY: readonly [number, number, readonly string[]][] = [
  [1, 1, []],
  [1, 8, [NODES[0]![1]!, NODES[1]![1]!, NODES[2]![1]!]],
  [6, 8, [NODES[1]![2]!, NODES[1]![3]!, NODES[2]![0]!]],
  [2, 5, [NODES[1]![1]!, NODES[0]![4]!]],
  [6, 7, [NODES[1]![2]!, NODES[0]![6]!, NODES[2]![0]!]],
];

/** A tree kept as its complete subtrees, the way the stores keep it. */
function store(leaves: readonly Uint8Array[]): Map<string, Hash> {
  const nodes = new Map<string, Hash>();
  leaves.forEach((data, i) => {
    for (const id of completedBy(i)) {
      const h =
        id.level === 0
          ? leafHash(sha, data)
          : nodeHash(
              sha,
              nodes.get(`${id.level - 1}/${id.index * 2}`)!,
              nodes.get(`${id.level - 1}/${id.index * 2 + 1}`)!,
            );
      nodes.set(`${id.level}/${id.index}`, h);
    }
  });
  return nodes;
}
const lookup = (nodes: Map<string, Hash>) => (id: NodeId) => {
  const h = nodes.get(`${id.level}/${id.index}`);
  if (!h) throw new Error(`node ${id.level}/${id.index} missing`);
  return h;
};
const rootOf = (nodes: Map<string, Hash>, size: number) => hashRanges(sha, [[0, size]], lookup(nodes))[0]!;
const proofOf = (nodes: Map<string, Hash>, ranges: Range[]) => hashRanges(sha, ranges, lookup(nodes));

/** MTH straight from the RFC's definition, over the leaves: the reference the stored tree must equal. */
function mth(leaves: readonly Uint8Array[]): Hash {
  if (leaves.length === 0) return sha(new Uint8Array(0));
  if (leaves.length === 1) return leafHash(sha, leaves[0]!);
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(sha, mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

describe('the RFC 9162 tree over the reference leaves', () => {
  const nodes = store(LEAVES);
  it('has every complete-subtree hash of the reference data', () => {
    NODES.forEach((level, l) => level.forEach((h, i) => assert.equal(hex(nodes.get(`${l}/${i}`)!), h)));
  });
  it('has the reference root for every size from 0 to 8', () => {
    ROOTS.forEach((root, size) => assert.equal(hex(rootOf(nodes, size)), root, `size ${size}`));
  });
  it('produces the reference inclusion proofs, and they verify', async () => {
    for (const [index, size, proof] of INCLUSION) {
      const got = proofOf(nodes, inclusionRanges(index, size));
      assert.deepEqual(got.map(hex), proof, `leaf ${index} in ${size}`);
      const leaf = leafHash(sha, LEAVES[index]!);
      assert.equal(await verifyInclusion(sha, index, size, leaf, got, unhex(ROOTS[size]!)), true);
    }
  });
  it('produces the reference consistency proofs, and they verify', async () => {
    for (const [from, to, proof] of CONSISTENCY) {
      const got = proofOf(nodes, consistencyRanges(from, to));
      assert.deepEqual(got.map(hex), proof, `${from} -> ${to}`);
      assert.equal(await verifyConsistency(sha, from, to, unhex(ROOTS[from]!), unhex(ROOTS[to]!), got), true);
    }
  });
});

describe('a tampered inclusion proof', () => {
  const root = unhex(ROOTS[8]!);
  const leaf = leafHash(sha, LEAVES[5]!);
  const proof = INCLUSION[2]![2].map(unhex);
  const flip = (h: Uint8Array) => Uint8Array.from(h, (b, i) => (i === 0 ? b ^ 8 : b));
  const cases: readonly [string, number, number, Hash, readonly Hash[], Hash][] = [
    ['another index', 4, 8, leaf, proof, root],
    ['index + 1', 6, 8, leaf, proof, root],
    ['a tree twice the size', 5, 16, leaf, proof, root],
    ['a tree half the size', 5, 4, leaf, proof, root],
    ['another leaf', 5, 8, leafHash(sha, LEAVES[4]!), proof, root],
    ['the empty root', 5, 8, leaf, proof, unhex(ROOTS[0]!)],
    ['a trailing hash', 5, 8, leaf, [...proof, root], root],
    ['a leading hash', 5, 8, leaf, [root, ...proof], root],
    ['a missing hash', 5, 8, leaf, proof.slice(0, -1), root],
    ...proof.map((_, i): [string, number, number, Hash, readonly Hash[], Hash] => [
      `a bit flipped in hash ${i}`,
      5,
      8,
      leaf,
      proof.map((h, j) => (j === i ? flip(h) : h)),
      root,
    ]),
  ];
  for (const [what, index, size, l, p, r] of cases) {
    it(`fails with ${what}`, async () => {
      assert.equal(await verifyInclusion(sha, index, size, l, p, r), false);
    });
  }
});

describe('a tampered consistency proof', () => {
  const [from, to] = [6, 8];
  const proof = CONSISTENCY[2]![2].map(unhex);
  const r1 = unhex(ROOTS[from]!);
  const r2 = unhex(ROOTS[to]!);
  const cases: readonly [string, number, number, Hash, Hash, readonly Hash[]][] = [
    ['from - 1', from - 1, to, r1, r2, proof],
    ['from + 1', from + 1, to, r1, r2, proof],
    ['to * 2', from, to * 2, r1, r2, proof],
    ['swapped roots', from, to, r2, r1, proof],
    ['an empty proof', from, to, r1, r2, []],
    ['a trailing hash', from, to, r1, r2, [...proof, r2]],
    ['a leading hash', from, to, r1, r2, [r1, ...proof]],
    ['a truncated proof', from, to, r1, r2, proof.slice(0, -1)],
    ['going back in time', to, from, r2, r1, proof],
  ];
  for (const [what, a, b, x, y, p] of cases) {
    it(`fails with ${what}`, async () => {
      assert.equal(await verifyConsistency(sha, a, b, x, y, p), false);
    });
  }
  it('accepts the empty proof between equal trees and from the empty tree', async () => {
    assert.equal(await verifyConsistency(sha, 8, 8, r2, r2, []), true);
    assert.equal(await verifyConsistency(sha, 0, 8, unhex(ROOTS[0]!), r2, []), true);
    assert.equal(await verifyConsistency(sha, 8, 8, r1, r2, []), false);
  });
});

describe('the stored tree against the definition', () => {
  it('gives the same roots and valid proofs for every size and leaf up to 70', async () => {
    const leaves = Array.from({ length: 70 }, (_, i) => new TextEncoder().encode(`leaf ${i}`));
    const nodes = store(leaves);
    for (let size = 1; size <= leaves.length; size += 1) {
      const root = rootOf(nodes, size);
      assert.equal(hex(root), hex(mth(leaves.slice(0, size))), `root of ${size}`);
      for (let m = 0; m < size; m += 1) {
        const proof = proofOf(nodes, inclusionRanges(m, size));
        assert.equal(await verifyInclusion(sha, m, size, leafHash(sha, leaves[m]!), proof, root), true);
      }
      for (let from = 1; from < size; from += 1) {
        const proof = proofOf(nodes, consistencyRanges(from, size));
        assert.equal(await verifyConsistency(sha, from, size, rootOf(nodes, from), root, proof), true);
      }
    }
  });
  it('is built by extendEdge: the nodes above the leaves each leaf completes, and the root of every size', () => {
    const leaves = Array.from({ length: 70 }, (_, i) => new TextEncoder().encode(`leaf ${i}`));
    const nodes = store(leaves);
    const edge: HashedNode[] = [];
    leaves.forEach((data, i) => {
      const added = extendEdge(sha, edge, i, leafHash(sha, data));
      assert.deepEqual(
        added.map(({ level, index }) => ({ level, index })),
        completedBy(i).slice(1),
        `leaf ${i}`,
      );
      for (const n of added) assert.equal(hex(n.hash), hex(nodes.get(`${n.level}/${n.index}`)!));
      assert.deepEqual(
        edge.map(({ level, index }) => ({ level, index })),
        rangeNodes([0, i + 1]),
      );
      assert.equal(
        hex(
          foldRange(
            sha,
            edge.map((n) => n.hash),
          ),
        ),
        hex(mth(leaves.slice(0, i + 1))),
      );
    });
  });

  it('needs O(log n) stored nodes for any proof', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 2 ** 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (size, f) => {
          const index = Math.min(size - 1, Math.floor(f * size));
          const bits = Math.ceil(Math.log2(size)) + 1;
          assert.ok(nodesFor(inclusionRanges(index, size)).length <= 2 * bits);
          assert.ok(nodesFor(consistencyRanges(Math.max(1, index), size)).length <= 2 * bits);
        },
      ),
    );
  });
  it('decomposes ranges beyond 2^32 without 32-bit overflow', () => {
    const size = 2 ** 40 + 3;
    assert.deepEqual(rangeNodes([0, size]), [
      { level: 40, index: 0 },
      { level: 1, index: 2 ** 39 },
      { level: 0, index: 2 ** 40 + 2 },
    ]);
    assert.deepEqual(completedBy(2 ** 33 - 1).at(-1), { level: 33, index: 0 });
  });
  it('folds the empty range to the hash of nothing', () => {
    assert.equal(hex(foldRange(sha, [])), ROOTS[0]);
  });
});
