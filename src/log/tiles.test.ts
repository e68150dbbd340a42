import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Hash, HashedNode, NodeId } from './merkle.ts';
import {
  consistencyRanges,
  extendEdge,
  hashRanges,
  inclusionRanges,
  leafHash,
  verifyConsistency,
  verifyInclusion,
} from './merkle.ts';
import type { Tile, TileReader } from './tiles.ts';
import {
  MAX_ENTRY_BYTES,
  TileBuilder,
  TileError,
  bundleRange,
  consistencyProofFromTiles,
  decodeBundle,
  decodeTile,
  encodeBundle,
  encodeTile,
  entryBundles,
  formatTileIndex,
  inTree,
  inclusionProofFromTiles,
  nodeInTile,
  parseTilePath,
  rangeHashesFromTiles,
  rootFromTiles,
  tileNodes,
  tilePath,
  treeTiles,
  widthInTree,
} from './tiles.ts';

const sha = (data: Uint8Array): Hash => new Uint8Array(createHash('sha256').update(data).digest());
const hex = (h: Uint8Array): string => Buffer.from(h).toString('hex');

// RFC 9162 section 2.1.1, written out here rather than taken from merkle.ts: MTH({}) = HASH(),
// MTH({d(0)}) = HASH(0x00 || d(0)), and for n > 1, with k the largest power of two below n,
// MTH(D[n]) = HASH(0x01 || MTH(D[0:k]) || MTH(D[k:n])). `leaves` are the HASH(0x00 || d) already.
function mthOf(leaves: readonly Hash[], start: number, end: number, memo: Map<string, Hash>): Hash {
  const n = end - start;
  if (n === 0) return sha(new Uint8Array(0));
  if (n === 1) return leaves[start] as Hash;
  const key = `${start}-${end}`;
  let got = memo.get(key);
  if (got === undefined) {
    let k = 1;
    while (k * 2 < n) k *= 2;
    got = sha(
      Buffer.concat([
        Buffer.of(1),
        mthOf(leaves, start, start + k, memo),
        mthOf(leaves, start + k, end, memo),
      ]),
    );
    memo.set(key, got);
  }
  return got;
}

// One log of 70,000 entries, the spec's own example size: three levels of tiles.
const MAX = 70_000;
const data = Array.from({ length: MAX }, (_, i) =>
  new TextEncoder().encode(`entry ${i}${'.'.repeat(i % 7)}`),
);
const leaves = data.map((d) => sha(Buffer.concat([Buffer.of(0), d])));
// MTH(D[start:end]) of these leaves, remembered: the recursion's subtrees recur from size to size.
const memo = new Map<string, Hash>();
const mth = (start: number, end: number): Hash => mthOf(leaves, start, end, memo);

// The spec's definition of the n-th tile of level l: hash i is MTH(D[(n*256+i)*256**l : (n*256+i+1)*256**l]).
// These are the hashes of level l for every complete group, by the definition above.
const byDefinition = new Map<number, Hash[]>();
function levelHashes(l: number): Hash[] {
  let got = byDefinition.get(l);
  if (got === undefined) {
    const per = 256 ** l;
    got = [];
    for (let i = 0; (i + 1) * per <= MAX; i += 1) got.push(mth(i * per, (i + 1) * per));
    byDefinition.set(l, got);
  }
  return got;
}
function specTile(l: number, n: number, w: number): Hash[] {
  return levelHashes(l).slice(n * 256, n * 256 + w);
}

// What a store keeps: every complete subtree, as merkle.ts extendEdge appends them.
const stored = new Map<string, Hash>();
{
  const edge: HashedNode[] = [];
  leaves.forEach((h, i) => {
    stored.set(`0/${i}`, h);
    for (const n of extendEdge(sha, edge, i, h)) stored.set(`${n.level}/${n.index}`, n.hash);
  });
}
const storedNode = (id: NodeId): Hash => {
  const h = stored.get(`${id.level}/${id.index}`);
  if (h === undefined) throw new Error(`no node ${id.level}/${id.index}`);
  return h;
};

/** Tiles as a server of size `size` serves them: the spec's contents at the tree's width. */
const readerFor =
  (size: number, log: Tile[] = []): TileReader =>
  (tiles) => {
    log.push(...tiles);
    return Promise.resolve(
      tiles.map((t) => {
        const level = t.level as number;
        assert.ok(inTree(t, size), `${tilePath(t)} is not in a tree of size ${size}`);
        assert.equal(t.width, widthInTree(level, t.index, size), `${tilePath(t)}: the width at size ${size}`);
        return specTile(level, t.index, t.width);
      }),
    );
  };

describe('tile paths (c2sp.org/tlog-tiles)', () => {
  it("writes the spec's example: index 1234067 is x001/x234/067", () => {
    assert.equal(formatTileIndex(1234067), 'x001/x234/067');
    assert.equal(tilePath({ level: 0, index: 1234067, width: 256 }), 'tile/0/x001/x234/067');
    assert.equal(tilePath({ level: 'entries', index: 1234067, width: 256 }), 'tile/entries/x001/x234/067');
  });

  it('adds .p/<W> only to a partial tile', () => {
    assert.equal(tilePath({ level: 2, index: 1234067, width: 6 }), 'tile/2/x001/x234/067.p/6');
    assert.equal(tilePath({ level: 0, index: 0, width: 255 }), 'tile/0/000.p/255');
    assert.equal(tilePath({ level: 0, index: 0, width: 1 }), 'tile/0/000.p/1');
    assert.equal(tilePath({ level: 0, index: 0, width: 256 }), 'tile/0/000');
  });

  // The published vectors of the reference implementations: transparency-dev/tessera
  // api/layout/paths_test.go, letsencrypt/boulder's tile tests, and golang.org/x/mod/sumdb/tlog
  // tlog_test.go's tilePaths (there with a height element, tile/3/5/x123/x456/078, dropped here:
  // tlog-tiles fixes the height at 8).
  const vectors: [Tile, string][] = [
    [{ level: 0, index: 0, width: 256 }, 'tile/0/000'],
    [{ level: 0, index: 0, width: 255 }, 'tile/0/000.p/255'],
    [{ level: 1, index: 0, width: 256 }, 'tile/1/000'],
    [{ level: 15, index: 455667, width: 256 }, 'tile/15/x455/667'],
    [{ level: 15, index: 123456789, width: 41 }, 'tile/15/x123/x456/789.p/41'],
    [{ level: 'entries', index: 0, width: 256 }, 'tile/entries/000'],
    [{ level: 'entries', index: 0, width: 8 }, 'tile/entries/000.p/8'],
    [{ level: 'entries', index: 255, width: 256 }, 'tile/entries/255'],
    [{ level: 'entries', index: 255, width: 253 }, 'tile/entries/255.p/253'],
    [{ level: 'entries', index: 10, width: 256 }, 'tile/entries/010'],
    [{ level: 'entries', index: 123456789, width: 256 }, 'tile/entries/x123/x456/789'],
    [{ level: 'entries', index: 1000, width: 256 }, 'tile/entries/x001/000'],
    [{ level: 'entries', index: 1234067, width: 6 }, 'tile/entries/x001/x234/067.p/6'],
    [{ level: 5, index: 123456078, width: 256 }, 'tile/5/x123/x456/078'],
    [{ level: 5, index: 123456078, width: 2 }, 'tile/5/x123/x456/078.p/2'],
    [{ level: 0, index: 3057500, width: 256 }, 'tile/0/x003/x057/500'],
    [{ level: 63, index: 999999999999, width: 255 }, 'tile/63/x999/x999/x999/999.p/255'],
  ];
  for (const [tile, path] of vectors) {
    it(`${path} <-> ${JSON.stringify(tile)}`, () => {
      assert.equal(tilePath(tile), path);
      assert.deepEqual(parseTilePath(path), { ok: true, tile });
    });
  }

  // Tessera's ParseTileLevelIndexPartial refusals, the Go reference's, and the spec's rules on leading zeros.
  const refused: [string, RegExp][] = [
    ['tile/0/x001/x234/067.p/', /partial tile width/],
    ['tile/0/x001/x234/067.p', /three digits/],
    ['tile/0/x001/x234/', /three digits/],
    ['tile/0/x001/x234', /three digits/],
    ['tile/0/x001/', /three digits/],
    ['tile/0/x001', /three digits/],
    ['tile/1/x001/.p/abc', /partial tile width/],
    ['tile/64/x001/002', /level/],
    ['tile/-1/x001/002', /level/],
    ['tile/abc/x001/002', /level/],
    ['tile/8/001/002', /x and three digits/],
    ['tile/5/123/456/078', /x and three digits/],
    ['tile/8/x001/0002', /three digits/],
    ['tile/8/x001/-002', /three digits/],
    ['tile/8/x001/002.p/256', /partial tile width/],
    ['tile/8/x001/002.p/0', /partial tile width/],
    ['tile/8/x001/002.p/007', /partial tile width/],
    ['tile/00/001', /leading zeros/],
    ['tile/01/001', /leading zeros/],
    ['tile/0/x000/001', /leading group of zeros/],
    ['tile/0/1', /three digits/],
    ['tile/0/01', /three digits/],
    ['tile/0/0001', /three digits/],
    ['tile/0/X001/002', /x and three digits/],
    ['tile/0/001/002', /x and three digits/],
    ['tile/entries/x001', /three digits/],
    ['tile/data/000', /level/],
    ['tile/8/0/000', /x and three digits/],
    ['tiles/0/000', /tile\/<L>/],
    ['/tile/0/000', /tile\/<L>/],
    ['tile/0', /tile\/<L>/],
    ['tile/0/000/', /three digits/],
    ['tile/0/000.p/5/6', /three digits/],
    ['tile/0/x999/x999/x999/x999/x999/x999/999.p/255', /beyond/],
  ];
  for (const [path, reason] of refused) {
    it(`refuses ${path}`, () => {
      const got = parseTilePath(path);
      assert.equal(got.ok, false, JSON.stringify(got));
      if (!got.ok) assert.match(got.reason, reason);
    });
  }

  it('reads back every path it writes, and only those (property)', () => {
    const tile = fc.record({
      level: fc.oneof(fc.constant('entries' as const), fc.integer({ min: 0, max: 63 })),
      index: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.maxSafeNat()),
      width: fc.integer({ min: 1, max: 256 }),
    });
    fc.assert(
      fc.property(tile, (t) => {
        assert.deepEqual(parseTilePath(tilePath(t)), { ok: true, tile: { ...t } });
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^tile\/(entries|[0-9x]{1,3})(\/[0-9x.p]{1,5}){1,4}$/), (path) => {
        const got = parseTilePath(path);
        if (got.ok) assert.equal(tilePath(got.tile), path);
      }),
    );
  });

  it('refuses to write a tile that is not one', () => {
    assert.throws(() => tilePath({ level: 64, index: 0, width: 256 }), RangeError);
    assert.throws(() => tilePath({ level: 0, index: -1, width: 256 }), RangeError);
    assert.throws(() => tilePath({ level: 0, index: 0, width: 0 }), RangeError);
    assert.throws(() => tilePath({ level: 0, index: 0, width: 257 }), RangeError);
    assert.throws(() => tilePath({ level: 0.5, index: 0, width: 1 }), RangeError);
  });
});

describe('the tiles of a tree', () => {
  const paths = (size: number) => [...treeTiles(size)].map(tilePath);

  it("size 70,000: 273 full level 0 tiles, one of width 112, one full level 1 tile, one of width 17, one level 2 tile of width 1 (the spec's example)", () => {
    const tiles = [...treeTiles(70_000)];
    const at = (l: number) => tiles.filter((t) => t.level === l);
    assert.equal(at(0).length, 274);
    assert.equal(at(0).filter((t) => t.width === 256).length, 273);
    assert.deepEqual(at(0).at(-1), { level: 0, index: 273, width: 112 });
    assert.deepEqual(at(1), [
      { level: 1, index: 0, width: 256 },
      { level: 1, index: 1, width: 17 },
    ]);
    assert.deepEqual(at(2), [{ level: 2, index: 0, width: 1 }]);
    assert.equal(tiles.length, 274 + 2 + 1);
  });

  it('size 256: a full level 0 tile and a partial level 1 tile of width 1 (the spec)', () => {
    assert.deepEqual(paths(256), ['tile/0/000', 'tile/1/000.p/1']);
  });

  it('no tiles for an empty tree, and the width floor(s / 256**l) mod 256 for the partial ones', () => {
    assert.deepEqual(paths(0), []);
    assert.deepEqual([...entryBundles(0)], []);
    assert.deepEqual(paths(1), ['tile/0/000.p/1']);
    assert.deepEqual(paths(257), ['tile/0/000', 'tile/0/001.p/1', 'tile/1/000.p/1']);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), (s) => {
        for (let l = 0; l < 6; l += 1) {
          const partial = [...treeTiles(Math.min(s, 600_000))].filter((t) => t.level === l && t.width < 256);
          const want = Math.floor(Math.min(s, 600_000) / 256 ** l) % 256;
          assert.equal(partial.length, want === 0 ? 0 : 1);
          if (want > 0) assert.equal(partial[0]?.width, want);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('entry bundles span what level 0 tiles span', () => {
    for (const s of [1, 255, 256, 257, 1000, 70_000]) {
      const bundles = [...entryBundles(s)];
      const level0 = [...treeTiles(s)].filter((t) => t.level === 0);
      assert.deepEqual(
        bundles.map((b) => [b.index, b.width]),
        level0.map((t) => [t.index, t.width]),
      );
      assert.deepEqual(bundleRange(bundles.at(-1) as Tile)[1], s);
    }
  });

  it('a log serves the tiles of its size and of its earlier sizes, and nothing beyond', () => {
    assert.ok(inTree({ level: 0, index: 0, width: 256 }, 256));
    assert.ok(!inTree({ level: 0, index: 0, width: 256 }, 255));
    assert.ok(inTree({ level: 0, index: 0, width: 255 }, 255));
    assert.ok(inTree({ level: 0, index: 0, width: 5 }, 300), 'a partial tile of an earlier size');
    assert.ok(!inTree({ level: 0, index: 1, width: 45 }, 300));
    assert.ok(inTree({ level: 0, index: 1, width: 44 }, 300));
    assert.ok(inTree({ level: 'entries', index: 1, width: 44 }, 300));
    assert.ok(!inTree({ level: 1, index: 0, width: 2 }, 511));
    assert.ok(inTree({ level: 1, index: 0, width: 1 }, 511));
    assert.ok(!inTree({ level: 2, index: 0, width: 1 }, 65_535));
    assert.ok(inTree({ level: 2, index: 0, width: 1 }, 65_536));
    for (const s of [0, 1, 300, 70_000])
      for (const t of [...treeTiles(s), ...entryBundles(s)]) assert.ok(inTree(t, s), tilePath(t));
  });
});

describe('what a tile holds', () => {
  it('level l tile n holds the nodes (8l, 256n + i) a store keeps, which are the hashes the spec defines', () => {
    for (const t of treeTiles(MAX)) {
      const level = t.level as number;
      const nodes = tileNodes(t);
      assert.equal(nodes.length, t.width);
      assert.deepEqual(nodes[0], { level: 8 * level, index: 256 * t.index });
      const fromStore = nodes.map(storedNode);
      assert.deepEqual(fromStore.map(hex), specTile(level, t.index, t.width).map(hex), tilePath(t));
    }
  });

  it('a full tile is 8,192 bytes, and decodes to its hashes', () => {
    const tile = specTile(0, 3, 256);
    const bytes = encodeTile(tile);
    assert.equal(bytes.length, 8192);
    assert.deepEqual(decodeTile(bytes, 256).map(hex), tile.map(hex));
    assert.throws(() => decodeTile(bytes, 255), TileError);
    assert.throws(() => decodeTile(bytes.slice(1), 256), TileError);
    assert.throws(() => encodeTile([]), RangeError);
    assert.throws(() => encodeTile([new Uint8Array(31)]), RangeError);
  });

  it('an entry bundle is each entry after its length as a big-endian uint16, and each hashes to its level 0 tile', () => {
    const bundle: Tile = { level: 'entries', index: 1, width: 3 };
    const [start, end] = bundleRange(bundle);
    const bytes = encodeBundle(data.slice(start, end));
    // entry 256 is "entry 256" and 4 dots: 13 bytes, 0x00 0x0d first.
    assert.deepEqual([...bytes.slice(0, 2)], [0x00, 13]);
    assert.equal(new TextDecoder().decode(bytes.slice(2, 15)), 'entry 256....');
    const entries = decodeBundle(bytes, 3);
    assert.deepEqual(
      entries.map((e) => hex(leafHash(sha, e))),
      specTile(0, 1, 3).map(hex),
    );
  });

  it('bundles hold entries up to 65,535 bytes, and no larger', () => {
    const largest = new Uint8Array(MAX_ENTRY_BYTES).fill(0x61);
    const bytes = encodeBundle([largest, Uint8Array.of()]);
    assert.deepEqual([...bytes.slice(0, 2)], [0xff, 0xff]);
    assert.equal(bytes.length, 2 + MAX_ENTRY_BYTES + 2);
    const back = decodeBundle(bytes, 2);
    assert.equal(back[0]?.length, MAX_ENTRY_BYTES);
    assert.equal(back[1]?.length, 0);
    assert.throws(() => encodeBundle([new Uint8Array(MAX_ENTRY_BYTES + 1)]), /over the 65535/);
  });

  it('refuses a bundle that is not exactly its width of well-framed entries', () => {
    const good = encodeBundle([Uint8Array.of(1, 2), Uint8Array.of(3)]);
    assert.equal(decodeBundle(good, 2).length, 2);
    assert.throws(() => decodeBundle(good, 3), /holds 2 entries/);
    assert.throws(() => decodeBundle(good.slice(0, -1), 2), /claims 1 bytes; 0 are left/);
    assert.throws(() => decodeBundle(Uint8Array.of(0), 1), /inside the length/);
    assert.throws(() => decodeBundle(new Uint8Array(0), 1), /holds 0 entries/);
  });
});

describe('proofs from tiles alone', () => {
  it('finds each complete subtree under its tile', () => {
    assert.deepEqual(nodeInTile({ level: 0, index: 300 }), { level: 0, index: 1, offset: 44, count: 1 });
    assert.deepEqual(nodeInTile({ level: 3, index: 33 }), { level: 0, index: 1, offset: 8, count: 8 });
    assert.deepEqual(nodeInTile({ level: 8, index: 2 }), { level: 1, index: 0, offset: 2, count: 1 });
    assert.deepEqual(nodeInTile({ level: 15, index: 1 }), { level: 1, index: 0, offset: 128, count: 128 });
    assert.deepEqual(nodeInTile({ level: 16, index: 0 }), { level: 2, index: 0, offset: 0, count: 1 });
  });

  it('the root of every tree from its tiles is MTH of its leaves', async () => {
    for (const s of [1, 2, 3, 255, 256, 257, 511, 512, 513, 65_535, 65_536, 65_537, MAX])
      assert.equal(hex(await rootFromTiles(sha, s, readerFor(s))), hex(mth(0, s)), `size ${s}`);
  });

  it('inclusion and consistency proofs from tiles are those merkle.ts makes from the stored nodes, and verify (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: MAX })
          .chain((size) =>
            fc.tuple(
              fc.constant(size),
              fc.integer({ min: 0, max: size - 1 }),
              fc.integer({ min: 0, max: size }),
            ),
          ),
        async ([size, index, from]) => {
          const read = readerFor(size);
          const root = mth(0, size);
          const inclusion = await inclusionProofFromTiles(sha, index, size, read);
          const wantInclusion = hashRanges(sha, inclusionRanges(index, size), storedNode);
          assert.deepEqual(inclusion.map(hex), wantInclusion.map(hex));
          assert.ok(await verifyInclusion(sha, index, size, leaves[index] as Hash, inclusion, root));

          const consistency = await consistencyProofFromTiles(sha, from, size, read);
          assert.deepEqual(
            consistency.map(hex),
            hashRanges(sha, consistencyRanges(from, size), storedNode).map(hex),
          );
          assert.ok(await verifyConsistency(sha, from, size, mth(0, from), root, consistency));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads each tile once per proof, each at its width in the tree', async () => {
    const asked: Tile[] = [];
    await inclusionProofFromTiles(sha, 70_000 - 1, 70_000, readerFor(70_000, asked));
    const seen = asked.map(tilePath);
    assert.equal(new Set(seen).size, seen.length);
    assert.deepEqual(seen.sort(), ['tile/0/273.p/112', 'tile/1/001.p/17', 'tile/2/000.p/1'].sort());
  });

  it('a tile that is not its width is refused, and a changed hash gives a proof that does not verify', async () => {
    const short: TileReader = async (tiles) => (await readerFor(300)(tiles)).map((h) => h.slice(1));
    await assert.rejects(inclusionProofFromTiles(sha, 5, 300, short), TileError);
    const changed: TileReader = async (tiles) =>
      (await readerFor(300)(tiles)).map((h) => h.map((x, i) => (i === 7 ? sha(x) : x)));
    const proof = await inclusionProofFromTiles(sha, 250, 300, changed);
    assert.ok(!(await verifyInclusion(sha, 250, 300, leaves[250] as Hash, proof, mth(0, 300))));
  });

  it('refuses ranges outside the tree', async () => {
    await assert.rejects(rangeHashesFromTiles(sha, 10, [[5, 11]], readerFor(10)), RangeError);
    await assert.rejects(rootFromTiles(sha, 0, readerFor(0)), RangeError);
    await assert.rejects(inclusionProofFromTiles(sha, 10, 10, readerFor(10)), RangeError);
  });
});

describe('building the tiles of a log as it grows', () => {
  it('hands out each full tile once, when it completes, and the partial tiles of the size so far', () => {
    const builder = new TileBuilder(sha);
    const full = new Map<string, Hash[]>();
    const checks = new Set([1, 2, 255, 256, 257, 511, 512, 65_535, 65_536, 65_537, MAX]);
    leaves.forEach((leaf, i) => {
      for (const { tile, hashes } of builder.add(leaf)) {
        const path = tilePath(tile);
        assert.ok(!full.has(path), `${path} handed out twice`);
        assert.equal(tile.width, 256);
        full.set(path, [...hashes]);
      }
      const size = i + 1;
      assert.equal(builder.size, size);
      if (!checks.has(size)) return;
      const built = new Map(full);
      for (const { tile, hashes } of builder.partials()) built.set(tilePath(tile), [...hashes]);
      const want = [...treeTiles(size)];
      assert.deepEqual([...built.keys()].sort(), want.map(tilePath).sort(), `the tiles at size ${size}`);
      for (const tile of want)
        assert.deepEqual(
          built.get(tilePath(tile))?.map(hex),
          specTile(tile.level as number, tile.index, tile.width).map(hex),
          `${tilePath(tile)} at size ${size}`,
        );
    });
  });
});
