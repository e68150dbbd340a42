/**
 * @module The log as c2sp.org/tlog-tiles: static resources any web server can serve and any client
 * can cache, from which the checkpoint's tree, its entries and every RFC 9162 proof are recomputed.
 *
 * What the spec (c2sp.org/tlog-tiles, "Merkle Tree" and "Log entries") defines, and this module
 * implements:
 *
 * - A tile of level L and index N is the sequence of Merkle Tree Hashes
 *   `MTH(D[(N * 256 + i) * 256**L : (N * 256 + i + 1) * 256**L])`, i from 0 to 255: the hashes of
 *   the complete subtrees of height 8L, that is the nodes (8L, N * 256 + i) in the (level, index)
 *   naming of ./merkle.ts, which the store keeps. Level 0 holds the leaf hashes. A full tile is 256
 *   hashes (8,192 bytes); the rightmost tile of a level is partial, `floor(s / 256**L) mod 256`
 *   hashes wide for a tree of size s, and never served empty.
 * - Its path is `tile/<L>/<N>[.p/<W>]`: L a decimal from 0 to 63 without leading zeros; N in
 *   zero-padded three-digit path elements, all but the last prefixed with `x` (1234067 is
 *   `x001/x234/067`); `.p/<W>` only for a partial tile, W from 1 to 255 without leading zeros.
 * - An entry bundle, `tile/entries/<N>[.p/<W>]`, holds the entries that level 0 tile hashes, each
 *   prefixed by its length as a big-endian uint16: no entry may exceed {@link MAX_ENTRY_BYTES}.
 *
 * Paths are read strictly: only the one path {@link tilePath} writes for a tile is accepted (as the
 * Go reference, golang.org/x/mod/sumdb/tlog ParseTilePath, accepts a path only if it formats back
 * to itself), so `x000/001`, `01`, `.p/0`, `.p/256` or `.p/007` name nothing.
 *
 * And the reverse: the hash of any complete subtree of a tree of size s is read from one tile of
 * that tree (the 2^r hashes of level 8L under a node of level 8L + r, r < 8, are adjacent in one
 * tile), so inclusion and consistency proofs, and the root itself, are computed from tiles alone
 * ({@link inclusionProofFromTiles}, {@link consistencyProofFromTiles}, {@link rootFromTiles}).
 *
 * Pure: no node:* modules; hashing is passed in (synchronous or not), so the browser can use it.
 */
import type { AsyncSha256, Hash, NodeId, Range } from './merkle.ts';
import { consistencyRanges, inclusionRanges, rangeNodes } from './merkle.ts';

/** Tiles are subtrees of height 8 ... */
export const TILE_HEIGHT = 8;
/** ... so a full tile is 256 hashes wide (and a full entry bundle 256 entries). */
export const TILE_WIDTH = 256;
export const HASH_SIZE = 32;
/** The highest tile level a path may name. */
export const MAX_TILE_LEVEL = 63;
/** The largest entry an entry bundle can hold: its length prefix is a uint16. */
export const MAX_ENTRY_BYTES = 65_535;

/** A tile of hashes (level 0 to 63) or an entry bundle (`entries`, which spans what level 0 does). */
export interface Tile {
  readonly level: number | 'entries';
  /** N: the tile's index within its level. */
  readonly index: number;
  /** 1 to 256; 256 is a full tile, anything less a partial one. */
  readonly width: number;
}

/** A tile or bundle is not what its path and width promise. */
export class TileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TileError';
  }
}

const isLevel = (l: unknown): l is number =>
  typeof l === 'number' && Number.isInteger(l) && l >= 0 && l <= MAX_TILE_LEVEL;

/** The level of the tree a tile's hashes are at (8L); 0 for an entry bundle. */
const treeLevel = (t: Tile): number => (t.level === 'entries' ? 0 : t.level * TILE_HEIGHT);

/** 256^L, as an exact number (a power of two). */
const span = (level: number): number => 2 ** (TILE_HEIGHT * level);

/** The number of complete subtrees of height 8L in a tree of a size: floor(size / 256^L). */
export function hashesAtLevel(size: number, level: number): number {
  return Math.floor(size / span(level));
}

function checkTile(t: Tile): void {
  if (t.level !== 'entries' && !isLevel(t.level))
    throw new RangeError(
      `a tile level is a whole number from 0 to ${MAX_TILE_LEVEL}, not ${String(t.level)}`,
    );
  if (!Number.isSafeInteger(t.index) || t.index < 0)
    throw new RangeError(`a tile index is a non-negative safe integer, not ${t.index}`);
  if (!Number.isInteger(t.width) || t.width < 1 || t.width > TILE_WIDTH)
    throw new RangeError(`a tile width is a whole number from 1 to ${TILE_WIDTH}, not ${t.width}`);
}

const pad3 = (n: number): string => String(n).padStart(3, '0');

/** N as the spec's path elements: zero-padded groups of three digits, all but the last `x`-prefixed. */
export function formatTileIndex(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`a tile index is a non-negative safe integer, not ${n}`);
  let out = pad3(n % 1000);
  for (let rest = Math.floor(n / 1000); rest > 0; rest = Math.floor(rest / 1000))
    out = `x${pad3(rest % 1000)}/${out}`;
  return out;
}

/** `tile/<L>/<N>[.p/<W>]` or `tile/entries/<N>[.p/<W>]`, relative to the log's prefix. */
export function tilePath(t: Tile): string {
  checkTile(t);
  const partial = t.width === TILE_WIDTH ? '' : `.p/${t.width}`;
  return `tile/${t.level}/${formatTileIndex(t.index)}${partial}`;
}

export type ParsedTilePath =
  { readonly ok: true; readonly tile: Tile } | { readonly ok: false; readonly reason: string };

const LEVEL = /^(0|[1-9][0-9]?)$/;
const WIDTH = /^[1-9][0-9]{0,2}$/;
const GROUP = /^x[0-9]{3}$/;
const LAST = /^[0-9]{3}$/;

/**
 * Reads a tile path (relative to the log's prefix: `tile/0/x001/x234/067.p/5`), strictly: only the
 * path {@link tilePath} writes for the tile it names is accepted, with the reason otherwise.
 */
export function parseTilePath(path: string): ParsedTilePath {
  const fail = (reason: string): ParsedTilePath => ({ ok: false, reason: `${path}: ${reason}` });
  const parts = path.split('/');
  if (parts[0] !== 'tile' || parts.length < 3) return fail('a tile path is tile/<L>/<N>[.p/<W>]');
  const levelText = parts[1] as string;
  let level: number | 'entries';
  if (levelText === 'entries') level = 'entries';
  else if (LEVEL.test(levelText) && Number(levelText) <= MAX_TILE_LEVEL) level = Number(levelText);
  else
    return fail(`the level must be "entries" or a number from 0 to ${MAX_TILE_LEVEL} without leading zeros`);
  let groups = parts.slice(2);
  let width = TILE_WIDTH;
  const beforeLast = groups.at(-2);
  if (beforeLast?.endsWith('.p') === true) {
    const w = groups.at(-1) as string;
    if (!WIDTH.test(w) || Number(w) >= TILE_WIDTH)
      return fail('a partial tile width (.p/<W>) is a number from 1 to 255 without leading zeros');
    width = Number(w);
    groups = [...groups.slice(0, -2), beforeLast.slice(0, -2)];
  }
  const last = groups.at(-1) as string;
  if (!LAST.test(last)) return fail('the index must end in a group of three digits');
  if (!groups.slice(0, -1).every((g) => GROUP.test(g)))
    return fail('every index group but the last is x and three digits (1234067 is x001/x234/067)');
  if (groups.length > 1 && groups[0] === 'x000') return fail('the index has a leading group of zeros');
  const index = groups.reduce((n, g) => n * 1000 + Number(g.replace('x', '')), 0);
  if (!Number.isSafeInteger(index)) return fail('the index is beyond what this log can hold');
  const tile: Tile = { level, index, width };
  // Belt and braces: the path must be the one written for the tile it names.
  if (tilePath(tile) !== path) return fail('not the canonical path of its tile');
  return { ok: true, tile };
}

/** The width of tile (level, index) in a tree of a size: 256, less for the partial one, 0 if none. */
export function widthInTree(level: number | 'entries', index: number, size: number): number {
  const n = hashesAtLevel(size, level === 'entries' ? 0 : level);
  return Math.max(0, Math.min(TILE_WIDTH, n - index * TILE_WIDTH));
}

/**
 * Whether a tile is part of a tree of a size, or of one of its earlier sizes (a partial tile is
 * what the tile was at some smaller size): what a log of that size may serve.
 */
export function inTree(t: Tile, size: number): boolean {
  checkTile(t);
  return t.index * TILE_WIDTH + t.width <= hashesAtLevel(size, t.level === 'entries' ? 0 : t.level);
}

/** The tiles of hashes of a tree of a size, level by level, each at its width in that tree. */
export function* treeTiles(size: number): Generator<Tile> {
  for (let level = 0; level <= MAX_TILE_LEVEL && hashesAtLevel(size, level) > 0; level += 1) {
    const n = hashesAtLevel(size, level);
    for (let index = 0; index * TILE_WIDTH < n; index += 1)
      yield { level, index, width: Math.min(TILE_WIDTH, n - index * TILE_WIDTH) };
  }
}

/** The entry bundles of a tree of a size, each at its width in that tree. */
export function* entryBundles(size: number): Generator<Tile> {
  for (let index = 0; index * TILE_WIDTH < size; index += 1)
    yield { level: 'entries', index, width: Math.min(TILE_WIDTH, size - index * TILE_WIDTH) };
}

/**
 * The nodes a tile of hashes holds, in order: (8L, N * 256 + i) for i below its width. Their hashes
 * are the complete subtrees a store keeps (level 0: the leaf hashes).
 */
export function tileNodes(t: Tile): NodeId[] {
  checkTile(t);
  const level = treeLevel(t);
  return Array.from({ length: t.width }, (_, i) => ({ level, index: t.index * TILE_WIDTH + i }));
}

/** The entries [start, end) an entry bundle holds. */
export function bundleRange(t: Tile): Range {
  checkTile(t);
  return [t.index * TILE_WIDTH, t.index * TILE_WIDTH + t.width];
}

/** A tile's bytes: its hashes, concatenated. */
export function encodeTile(hashes: readonly Hash[]): Uint8Array {
  if (hashes.length < 1 || hashes.length > TILE_WIDTH)
    throw new RangeError(`a tile holds 1 to ${TILE_WIDTH} hashes, not ${hashes.length}`);
  const out = new Uint8Array(hashes.length * HASH_SIZE);
  hashes.forEach((h, i) => {
    if (h.length !== HASH_SIZE)
      throw new RangeError(`hash ${i} of the tile has ${h.length} bytes, not ${HASH_SIZE}`);
    out.set(h, i * HASH_SIZE);
  });
  return out;
}

/** A tile's hashes; a TileError unless it is exactly `width` hashes. */
export function decodeTile(bytes: Uint8Array, width: number): Hash[] {
  if (bytes.length !== width * HASH_SIZE)
    throw new TileError(`a tile of width ${width} is ${width * HASH_SIZE} bytes, not ${bytes.length}`);
  return Array.from({ length: width }, (_, i) => bytes.slice(i * HASH_SIZE, (i + 1) * HASH_SIZE));
}

/** An entry bundle's bytes: each entry prefixed by its length as a big-endian uint16. */
export function encodeBundle(entries: readonly Uint8Array[]): Uint8Array {
  if (entries.length < 1 || entries.length > TILE_WIDTH)
    throw new RangeError(`a bundle holds 1 to ${TILE_WIDTH} entries, not ${entries.length}`);
  let length = 0;
  for (const [i, e] of entries.entries()) {
    if (e.length > MAX_ENTRY_BYTES)
      throw new RangeError(
        `entry ${i} of the bundle is ${e.length} bytes, over the ${MAX_ENTRY_BYTES} a bundle can hold`,
      );
    length += 2 + e.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const e of entries) {
    out[at] = e.length >>> 8;
    out[at + 1] = e.length & 0xff;
    out.set(e, at + 2);
    at += 2 + e.length;
  }
  return out;
}

/** An entry bundle's entries; a TileError unless it is exactly `width` well-framed entries. */
export function decodeBundle(bytes: Uint8Array, width: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (at + 2 > bytes.length)
      throw new TileError(`the bundle ends inside the length of entry ${out.length}`);
    const length = ((bytes[at] as number) << 8) | (bytes[at + 1] as number);
    if (at + 2 + length > bytes.length)
      throw new TileError(
        `entry ${out.length} of the bundle claims ${length} bytes; ${bytes.length - at - 2} are left`,
      );
    out.push(bytes.slice(at + 2, at + 2 + length));
    at += 2 + length;
  }
  if (out.length !== width) throw new TileError(`a bundle of width ${width} holds ${out.length} entries`);
  return out;
}

/** Where a complete subtree's hash is read from: `count` hashes of one tile, from `offset`. */
export interface NodeInTile {
  /** The tile (its width is left to the tree it is read from). */
  readonly level: number;
  readonly index: number;
  readonly offset: number;
  /** 2^r for a node r levels above the tile's: the hash is their Merkle root. */
  readonly count: number;
}

/**
 * The tile that holds a complete subtree: a node of level 8L + r (r < 8) has 2^r descendants at
 * level 8L, adjacent and aligned, so within one tile of level L.
 */
export function nodeInTile(node: NodeId): NodeInTile {
  const level = Math.floor(node.level / TILE_HEIGHT);
  const count = 2 ** (node.level - level * TILE_HEIGHT);
  const first = node.index * count;
  return { level, index: Math.floor(first / TILE_WIDTH), offset: first % TILE_WIDTH, count };
}

/** Reads tiles of hashes (of the width given), in the order asked. */
export type TileReader = (tiles: readonly Tile[]) => Promise<readonly (readonly Hash[])[]>;

const NODE = Uint8Array.of(1);

async function subtreeRoot(sha: AsyncSha256, hashes: readonly Hash[]): Promise<Hash> {
  let row: Hash[] = [...hashes];
  while (row.length > 1) {
    const next: Hash[] = [];
    for (let i = 0; i < row.length; i += 2) {
      const joined = new Uint8Array(1 + 2 * HASH_SIZE);
      joined.set(NODE, 0);
      joined.set(row[i] as Hash, 1);
      joined.set(row[i + 1] as Hash, 1 + HASH_SIZE);
      next.push(await sha(joined));
    }
    row = next;
  }
  return row[0] as Hash;
}

/**
 * The hashes of ranges of a tree of a size (each a range its recursion names: the whole tree, a
 * proof's subtrees), from the tiles of that tree alone: each range is split into complete subtrees
 * ({@link rangeNodes}), each subtree read from its tile, and the range folded as MTH folds it.
 */
export async function rangeHashesFromTiles(
  sha: AsyncSha256,
  size: number,
  ranges: readonly Range[],
  read: TileReader,
): Promise<Hash[]> {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`not a tree size: ${size}`);
  for (const [start, end] of ranges)
    if (!(
      Number.isSafeInteger(start) &&
      Number.isSafeInteger(end) &&
      start >= 0 &&
      start < end &&
      end <= size
    ))
      throw new RangeError(`range [${start}, ${end}) is not within a tree of size ${size}`);
  const perRange = ranges.map((r) => rangeNodes(r).map(nodeInTile));
  const wanted = new Map<string, Tile>();
  for (const at of perRange.flat()) {
    const key = `${at.level}/${at.index}`;
    if (!wanted.has(key))
      wanted.set(key, { level: at.level, index: at.index, width: widthInTree(at.level, at.index, size) });
  }
  const tiles = [...wanted.values()];
  const got = tiles.length === 0 ? [] : await read(tiles);
  const byKey = new Map<string, readonly Hash[]>();
  tiles.forEach((t, i) => {
    const hashes = got[i];
    if (hashes === undefined || hashes.length !== t.width)
      throw new TileError(`${tilePath(t)}: expected ${t.width} hashes, got ${hashes?.length ?? 'none'}`);
    byKey.set(`${t.level}/${t.index}`, hashes);
  });
  const out: Hash[] = [];
  for (const nodes of perRange) {
    const hashes: Hash[] = [];
    for (const at of nodes) {
      const tile = byKey.get(`${at.level}/${at.index}`) as readonly Hash[];
      hashes.push(await subtreeRoot(sha, tile.slice(at.offset, at.offset + at.count)));
    }
    // MTH folds a range's subtrees from the right (merkle.ts foldRange).
    let acc = hashes[hashes.length - 1] as Hash;
    for (let i = hashes.length - 2; i >= 0; i -= 1) acc = await subtreeRoot(sha, [hashes[i] as Hash, acc]);
    out.push(acc);
  }
  return out;
}

/** The root of a tree of a size (at least 1), from its tiles. */
export async function rootFromTiles(sha: AsyncSha256, size: number, read: TileReader): Promise<Hash> {
  if (!(Number.isSafeInteger(size) && size >= 1))
    throw new RangeError(`no tiles hold a tree of size ${size}`);
  const [root] = await rangeHashesFromTiles(sha, size, [[0, size]], read);
  return root as Hash;
}

/** The RFC 9162 inclusion proof of leaf `index` in a tree of `size`, from that tree's tiles. */
export async function inclusionProofFromTiles(
  sha: AsyncSha256,
  index: number,
  size: number,
  read: TileReader,
): Promise<Hash[]> {
  return rangeHashesFromTiles(sha, size, inclusionRanges(index, size), read);
}

/** The RFC 9162 consistency proof from size `from` to size `to`, from the tiles of tree `to`. */
export async function consistencyProofFromTiles(
  sha: AsyncSha256,
  from: number,
  to: number,
  read: TileReader,
): Promise<Hash[]> {
  return rangeHashesFromTiles(sha, to, consistencyRanges(from, to), read);
}

/** A tile with its hashes. */
export interface BuiltTile {
  readonly tile: Tile;
  readonly hashes: readonly Hash[];
}

/**
 * Builds the tiles of a log from its leaf hashes, in order, holding only the tiles under way (at
 * most 255 hashes per level): each full tile is handed out once, when its last hash comes, and its
 * root becomes the next hash of the level above; {@link partials} gives the partial tiles of the
 * tree so far. What a static export writes (`est log export --tiles`).
 */
export class TileBuilder {
  readonly #sha: (data: Uint8Array) => Hash;
  /** Per level: the index of the tile under way and its hashes so far. */
  readonly #open: { index: number; hashes: Hash[] }[] = [];
  #size = 0;

  constructor(sha: (data: Uint8Array) => Hash) {
    this.#sha = sha;
  }

  get size(): number {
    return this.#size;
  }

  /** Appends the next leaf hash; returns the full tiles it completes, lowest level first. */
  add(leaf: Hash): BuiltTile[] {
    if (leaf.length !== HASH_SIZE)
      throw new RangeError(`a leaf hash has ${HASH_SIZE} bytes, not ${leaf.length}`);
    this.#size += 1;
    const done: BuiltTile[] = [];
    let hash = leaf;
    for (let level = 0; ; level += 1) {
      const open = (this.#open[level] ??= { index: 0, hashes: [] });
      open.hashes.push(hash);
      if (open.hashes.length < TILE_WIDTH) break;
      done.push({ tile: { level, index: open.index, width: TILE_WIDTH }, hashes: open.hashes });
      hash = this.#root(open.hashes);
      this.#open[level] = { index: open.index + 1, hashes: [] };
    }
    return done;
  }

  /** The partial tiles of the tree so far, lowest level first. */
  partials(): BuiltTile[] {
    return this.#open.flatMap((open, level) =>
      open.hashes.length === 0
        ? []
        : [{ tile: { level, index: open.index, width: open.hashes.length }, hashes: [...open.hashes] }],
    );
  }

  #root(hashes: readonly Hash[]): Hash {
    let row = [...hashes];
    while (row.length > 1) {
      const next: Hash[] = [];
      for (let i = 0; i < row.length; i += 2) {
        const joined = new Uint8Array(1 + 2 * HASH_SIZE);
        joined.set(NODE, 0);
        joined.set(row[i] as Hash, 1);
        joined.set(row[i + 1] as Hash, 1 + HASH_SIZE);
        next.push(this.#sha(joined));
      }
      row = next;
    }
    return row[0] as Hash;
  }
}
