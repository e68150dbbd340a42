/**
 * @module Reading a log through its tiles (c2sp.org/tlog-tiles) rather than the JSON API: from a
 * depositary's `/tlog/`, from any web server that serves a static copy (`est log export --tiles`),
 * or from that copy on disk. {@link TileLogClient} answers what `est verify` asks of a log (the
 * checkpoint, the entries in pages, inclusion and consistency proofs) from the checkpoint, the
 * entry bundles and the tiles of hashes alone, so a verifier reaches the same verdict with no
 * depositary running. What the tiles cannot say (the log's treaty, its verifier key, keys listed
 * outside a format 1 log) comes from `est-log.json` beside them, when there is one, and can always
 * be given instead (`--verifier-key`, `--treaty`): nothing in it is trusted further than the JSON
 * API's own answers would be.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Hash } from '../log/merkle.ts';
import { sha256 } from '../log/node-crypto.ts';
import type { Tile } from '../log/tiles.ts';
import {
  TILE_WIDTH,
  TileError,
  consistencyProofFromTiles,
  decodeBundle,
  decodeTile,
  inclusionProofFromTiles,
  tilePath,
  widthInTree,
} from '../log/tiles.ts';
import type { ClientOptions, KeyListing } from './http.ts';
import { ApiError, BadResponseError, ClientError, NetworkError, serverUrl } from './http.ts';

/** The file beside the tiles that says what verifying the log needs besides (not part of the spec). */
export const TILES_SETTINGS = 'est-log.json';

/** Where a log's tiles are: an HTTP(S) prefix, or a directory. */
export interface TileStore {
  /** The prefix or directory, for messages. */
  readonly where: string;
  /** The bytes at a path under the prefix (`checkpoint`, `tile/0/000`), or null when there are none. */
  get(path: string): Promise<Uint8Array | null>;
}

/** Tiles served over HTTP(S) under a prefix (`https://host/tlog/`). A 404 is a resource not there. */
export function httpTileStore(prefix: URL, options: ClientOptions = {}): TileStore {
  const fetcher = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const base = new URL(prefix);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return {
    where: base.toString(),
    async get(path) {
      const url = new URL(path, base);
      let response: Response;
      try {
        // Node's fetch asks for gzip itself and undoes it (entry bundles are served gzipped).
        response = await fetcher(url, { signal: AbortSignal.timeout(timeoutMs) });
      } catch (e) {
        const cause = (e as { cause?: { code?: string; message?: string } }).cause;
        const why =
          (e as Error).name === 'TimeoutError'
            ? `no answer within ${timeoutMs / 1000} s`
            : (cause?.code ?? cause?.message ?? (e as Error).message);
        throw new NetworkError(`cannot reach ${url.origin}: ${why}`, { cause: e });
      }
      if (response.status === 404) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok) {
        const text = await response.text().catch(() => '');
        throw new ApiError(
          response.status,
          { detail: `${url.pathname}: ${text.trim().slice(0, 200)}` },
          response.statusText,
        );
      }
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}

/** Tiles in a directory, as `est log export --tiles DIR` writes them. */
export function dirTileStore(dir: string): TileStore {
  const root = resolve(dir);
  return {
    where: root,
    async get(path) {
      try {
        return new Uint8Array(await readFile(join(root, ...path.split('/'))));
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return null;
        throw new ClientError(`${join(root, path)}: ${(e as Error).message}`, { cause: e });
      }
    },
  };
}

/** What `est-log.json` says: what verifying the log takes besides its tiles. */
export interface TileSettings {
  readonly origin?: string;
  readonly verifierKey?: string;
  readonly treaty?: string;
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly keys?: readonly KeyListing[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Reads `est-log.json`, strictly; a BadResponseError names the field at fault. */
export function parseTileSettings(text: string, where: string): TileSettings {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BadResponseError(`${where}: not JSON`);
  }
  if (!isRecord(body) || body['est-log-tiles'] !== 1)
    throw new BadResponseError(`${where}: not an est-log.json of version 1 ("est-log-tiles": 1)`);
  const text_ = (name: string): void => {
    if (body[name] !== undefined && typeof body[name] !== 'string')
      throw new BadResponseError(`${where}: "${name}" must be text`);
  };
  text_('origin');
  text_('verifierKey');
  text_('treaty');
  if (body['parameters'] !== undefined && !isRecord(body['parameters']))
    throw new BadResponseError(`${where}: "parameters" must be a map of parameter values`);
  const keys = body['keys'];
  if (
    keys !== undefined &&
    !(
      Array.isArray(keys) &&
      keys.every(
        (k) =>
          isRecord(k) &&
          typeof k['party'] === 'string' &&
          typeof k['keyId'] === 'string' &&
          typeof k['publicKey'] === 'string',
      )
    )
  )
    throw new BadResponseError(`${where}: "keys" must be a list of { party, keyId, publicKey }`);
  return body;
}

const decoder = new TextDecoder();

/** Bundles fetched ahead of the one being read. */
const AHEAD = 8;

/** A log read through its tiles: what `est verify` asks of a log, as the JSON API answers it. */
export class TileLogClient {
  readonly kind = 'tiles' as const;
  readonly store: TileStore;
  readonly #verifierKey: string | undefined;
  #settings: Promise<TileSettings | null> | null = null;
  /** Tiles of hashes read so far, by path (a proof reads few, and several proofs share them). */
  readonly #tiles = new Map<string, Promise<Hash[]>>();

  /** `verifierKey`: the one to use when no est-log.json names one. */
  constructor(store: TileStore, options: { readonly verifierKey?: string } = {}) {
    this.store = store;
    this.#verifierKey = options.verifierKey;
  }

  get base(): string {
    return this.store.where;
  }

  async #need(path: string): Promise<Uint8Array> {
    const got = await this.store.get(path);
    if (got === null) throw new BadResponseError(`${this.store.where}: no ${path} (404)`);
    return got;
  }

  /** The signed checkpoint note (`<prefix>/checkpoint`). */
  async checkpoint(): Promise<string> {
    return decoder.decode(await this.#need('checkpoint'));
  }

  /** `est-log.json`, or null when there is none. */
  settings(): Promise<TileSettings | null> {
    this.#settings ??= this.store
      .get(TILES_SETTINGS)
      .then((bytes) =>
        bytes === null
          ? null
          : parseTileSettings(decoder.decode(bytes), `${this.store.where}${TILES_SETTINGS}`),
      );
    return this.#settings;
  }

  async verifierKey(): Promise<string> {
    const key = (await this.settings())?.verifierKey ?? this.#verifierKey;
    if (key === undefined)
      throw new ClientError(
        `${this.store.where}: no ${TILES_SETTINGS} names the log's verifier key; give the one you trust (--verifier-key)`,
      );
    return key;
  }

  async keys(): Promise<KeyListing[]> {
    return [...((await this.settings())?.keys ?? [])];
  }

  async treaty(): Promise<string | null> {
    return (await this.settings())?.treaty ?? null;
  }

  async parameters(): Promise<Readonly<Record<string, unknown>> | null> {
    return (await this.settings())?.parameters ?? null;
  }

  /**
   * A tile's bytes at its width in a tree, or, when a partial tile is gone, those of the full tile
   * it became (the spec lets a log delete partial tiles once the full one is there), with the width
   * they hold.
   */
  async #bytes(tile: Tile): Promise<{ bytes: Uint8Array; width: number }> {
    const partial = await this.store.get(tilePath(tile));
    if (partial !== null) return { bytes: partial, width: tile.width };
    const full =
      tile.width < TILE_WIDTH ? await this.store.get(tilePath({ ...tile, width: TILE_WIDTH })) : null;
    if (full === null) throw new BadResponseError(`${this.store.where}: no ${tilePath(tile)} (404)`);
    return { bytes: full, width: TILE_WIDTH };
  }

  /** Decodes what {@link #bytes} read, keeping the tile's width; a malformed one is a BadResponseError. */
  #decode<T>(
    tile: Tile,
    read: { bytes: Uint8Array; width: number },
    decode: (b: Uint8Array, w: number) => T[],
  ): T[] {
    try {
      return decode(read.bytes, read.width).slice(0, tile.width);
    } catch (e) {
      if (e instanceof TileError)
        throw new BadResponseError(
          `${this.store.where}${tilePath({ ...tile, width: read.width })}: ${e.message}`,
        );
      throw e;
    }
  }

  async #bundle(tile: Tile): Promise<Uint8Array[]> {
    return this.#decode(tile, await this.#bytes(tile), decodeBundle);
  }

  async #hashes(tile: Tile): Promise<Hash[]> {
    return this.#decode(tile, await this.#bytes(tile), decodeTile);
  }

  /** Entries [start, end) of a tree of at least `end` entries, a bundle at a time (256 entries). */
  async *pages(start: number, end: number): AsyncGenerator<string[]> {
    const first = Math.floor(start / TILE_WIDTH);
    const last = Math.ceil(end / TILE_WIDTH);
    const bundle = (index: number) =>
      this.#bundle({ level: 'entries', index, width: widthInTree('entries', index, end) });
    const ahead: Promise<Uint8Array[]>[] = [];
    for (let index = first; index < last && ahead.length < AHEAD; index += 1) ahead.push(bundle(index));
    for (let index = first; index < last; index += 1) {
      const entries = await (ahead.shift() as Promise<Uint8Array[]>);
      if (index + AHEAD < last) ahead.push(bundle(index + AHEAD));
      const from = Math.max(start, index * TILE_WIDTH) - index * TILE_WIDTH;
      const to = Math.min(end, (index + 1) * TILE_WIDTH) - index * TILE_WIDTH;
      yield entries.slice(from, to).map((e) => decoder.decode(e));
    }
  }

  readonly #read = (tiles: readonly Tile[]): Promise<Hash[][]> =>
    Promise.all(
      tiles.map((t) => {
        const path = tilePath(t);
        let got = this.#tiles.get(path);
        if (got === undefined) {
          got = this.#hashes(t);
          this.#tiles.set(path, got);
        }
        return got;
      }),
    );

  /** The inclusion proof of an entry in a tree of `size`, from that tree's tiles. */
  inclusionProof(index: number, size: number): Promise<Hash[]> {
    return inclusionProofFromTiles(sha256, index, size, this.#read);
  }

  /** The consistency proof from size `from` to `to`, from the tiles of tree `to`. */
  consistencyProof(from: number, to: number): Promise<Hash[]> {
    return consistencyProofFromTiles(sha256, from, to, this.#read);
  }
}

/**
 * The tiles at a URL: its `tlog/` (a depositary or a mirror), else the URL itself (a static copy
 * served by any web server); the first that has a checkpoint.
 */
export async function tilesAt(
  url: string | URL,
  options: ClientOptions & { verifierKey?: string } = {},
): Promise<TileLogClient> {
  const base = typeof url === 'string' ? serverUrl(url) : url;
  const candidates = base.pathname.endsWith('/tlog/') ? [base] : [new URL('tlog/', base), base];
  for (const prefix of candidates) {
    const store = httpTileStore(prefix, options);
    if ((await store.get('checkpoint')) !== null)
      return new TileLogClient(
        store,
        options.verifierKey === undefined ? {} : { verifierKey: options.verifierKey },
      );
  }
  throw new ClientError(
    `no tiled log at ${base.toString()}: neither ${candidates.map((c) => new URL('checkpoint', c).toString()).join(' nor ')} is there`,
  );
}

/** The tiles in a directory; a ClientError when it holds no checkpoint. */
export async function tilesIn(dir: string, options: { verifierKey?: string } = {}): Promise<TileLogClient> {
  const store = dirTileStore(dir);
  if ((await store.get('checkpoint')) === null)
    throw new ClientError(
      `${store.where}: no checkpoint here; not a tiled log (est log export --tiles writes one)`,
    );
  return new TileLogClient(store, options);
}
