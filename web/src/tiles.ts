/**
 * @module Reading the log in the browser through its tiles (c2sp.org/tlog-tiles) rather than the
 * JSON API: the resources the depositary serves under `/tlog/` (and any web server can serve from a
 * static copy). The checkpoint is `checkpoint`; the entries come from the entry bundles
 * (`tile/entries/<N>[.p/<W>]`, served gzipped, which the browser's HTTP layer undoes); inclusion and
 * consistency proofs (RFC 9162) are recomputed from the tiles of hashes (`tile/<L>/<N>[.p/<W>]`) by
 * the pure code of src/log/tiles.ts, hashing with WebCrypto SHA-256.
 *
 * As the Node client does (src/client/tile-log.ts), a tile is read at its width in the tree asked
 * about; when that partial tile is gone (the spec lets a log delete a partial tile once the full one
 * is there), the full tile is read instead and its first hashes or entries kept.
 *
 * Nothing here is trusted more than the JSON API would be: the caller checks the checkpoint's
 * signature, and the entries and proofs against its root.
 */
import type { AsyncSha256, Hash } from '../../src/log/merkle.ts';
import type { Tile } from '../../src/log/tiles.ts';
import {
  TILE_WIDTH,
  TileError,
  consistencyProofFromTiles,
  decodeBundle,
  decodeTile,
  inclusionProofFromTiles,
  tilePath,
  widthInTree,
} from '../../src/log/tiles.ts';
import { sha256 } from './crypto.ts';

/** The bytes at a path under the tiles' prefix (`checkpoint`, `tile/0/000.p/7`), null when not there (404). */
export type TileGet = (path: string) => Promise<Uint8Array | null>;

/** A resource of the tiles is missing, or not what its path promises. */
export class TileLogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TileLogError';
  }
}

/** Entry bundles fetched at once while reading a range of entries. */
const AHEAD = 8;
/** Tiles of hashes kept for later proofs (a full tile is 8 KiB). */
const KEPT_TILES = 512;

const decoder = new TextDecoder();

function checkRange(what: string, start: number, end: number): void {
  if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && start <= end))
    throw new RangeError(`${what} [${start}, ${end}) is not a range of the log`);
}

/** A log read through its tiles, with the questions the log view asks of the JSON API. */
export class TileLog {
  readonly #get: TileGet;
  /** The prefix, for messages. */
  readonly where: string;
  readonly #sha: AsyncSha256;
  /** Tiles of hashes read so far, by path: what a path serves never changes. */
  readonly #tiles = new Map<string, Promise<Hash[]>>();

  constructor(get: TileGet, options: { readonly where?: string; readonly sha256?: AsyncSha256 } = {}) {
    this.#get = get;
    this.where = options.where ?? '/tlog/';
    this.#sha = options.sha256 ?? sha256;
  }

  async #need(path: string): Promise<Uint8Array> {
    const got = await this.#get(path);
    if (got === null) throw new TileLogError(`${this.where}${path} is not there (404)`);
    return got;
  }

  /** The signed checkpoint note, as served (`checkpoint`); unverified. */
  async checkpoint(): Promise<string> {
    return decoder.decode(await this.#need('checkpoint'));
  }

  /**
   * A tile's bytes at its width, or, when that partial tile is gone, those of the full tile it
   * became, with the width they hold.
   */
  async #bytes(tile: Tile): Promise<{ bytes: Uint8Array; width: number }> {
    const exact = await this.#get(tilePath(tile));
    if (exact !== null) return { bytes: exact, width: tile.width };
    const full = tile.width < TILE_WIDTH ? await this.#get(tilePath({ ...tile, width: TILE_WIDTH })) : null;
    if (full === null) throw new TileLogError(`${this.where}${tilePath(tile)} is not there (404)`);
    return { bytes: full, width: TILE_WIDTH };
  }

  /** Reads and decodes a tile, keeping its first `tile.width` items; a malformed one is a TileLogError. */
  async #read<T>(tile: Tile, decode: (bytes: Uint8Array, width: number) => T[]): Promise<T[]> {
    const got = await this.#bytes(tile);
    try {
      return decode(got.bytes, got.width).slice(0, tile.width);
    } catch (e) {
      if (e instanceof TileError)
        throw new TileLogError(`${this.where}${tilePath({ ...tile, width: got.width })}: ${e.message}`);
      throw e;
    }
  }

  /** Entries [start, end) as leaf texts, read from the bundles of a tree of `end` entries. */
  async entries(start: number, end: number): Promise<string[]> {
    checkRange('entries', start, end);
    if (start === end) return [];
    const first = Math.floor(start / TILE_WIDTH);
    const last = Math.ceil(end / TILE_WIDTH);
    const bundle = (index: number) =>
      this.#read({ level: 'entries', index, width: widthInTree('entries', index, end) }, decodeBundle);
    const out: string[] = [];
    const ahead: Promise<Uint8Array[]>[] = [];
    for (let index = first; index < last && ahead.length < AHEAD; index += 1) ahead.push(bundle(index));
    try {
      for (let index = first; index < last; index += 1) {
        const entries = await (ahead.shift() as Promise<Uint8Array[]>);
        if (index + AHEAD < last) ahead.push(bundle(index + AHEAD));
        const from = Math.max(start, index * TILE_WIDTH) - index * TILE_WIDTH;
        const to = Math.min(end, (index + 1) * TILE_WIDTH) - index * TILE_WIDTH;
        for (const e of entries.slice(from, to)) out.push(decoder.decode(e));
      }
    } catch (e) {
      // The bundles fetched ahead of the one that failed are dropped: their failures are not news.
      for (const p of ahead) p.catch(() => undefined);
      throw e;
    }
    return out;
  }

  /** Tiles of hashes, each read once (a failed read is forgotten, so it is tried again later). */
  readonly #hashes = (tiles: readonly Tile[]): Promise<Hash[][]> =>
    Promise.all(
      tiles.map((tile) => {
        const path = tilePath(tile);
        let got = this.#tiles.get(path);
        if (got === undefined) {
          if (this.#tiles.size >= KEPT_TILES) this.#tiles.clear();
          got = this.#read(tile, decodeTile);
          this.#tiles.set(path, got);
          got.catch(() => this.#tiles.delete(path));
        }
        return got;
      }),
    );

  /** The inclusion proof of entry `index` in the tree of `size` entries, from that tree's tiles. */
  inclusionProof(index: number, size: number): Promise<Hash[]> {
    return inclusionProofFromTiles(this.#sha, index, size, this.#hashes);
  }

  /** The consistency proof from size `from` to size `to`, from the tiles of the tree of `to`. */
  consistencyProof(from: number, to: number): Promise<Hash[]> {
    return consistencyProofFromTiles(this.#sha, from, to, this.#hashes);
  }
}
