/**
 * @module The log as c2sp.org/tlog-tiles under `/tlog/`: `/tlog/checkpoint` (the signed checkpoint
 * note, cosigned by a quorum of witnesses once one has, under a witness policy), `/tlog/tile/<L>/<N>[.p/<W>]` (tiles of hashes, read from the nodes the store keeps) and
 * `/tlog/tile/entries/<N>[.p/<W>]` (entry bundles), plus `/tlog/est-log.json`, what a verifier of
 * this log needs besides (its treaty, verifier key and listed keys), as `est log export --tiles`
 * writes it beside a static copy.
 *
 * The spec's caching: a full tile never changes (`Cache-Control: public, max-age=31536000,
 * immutable`); a partial one is replaced by its full tile as the log grows (kept a minute); the
 * checkpoint changes with every batch (`no-cache`). A tile beyond the log is 404; a path that is not
 * a tile's (not the one path the spec gives it) is 400. Entry bundles are gzipped for a client that
 * accepts it, as the spec recommends. What a path serves never changes, so the server keeps what it
 * served last in memory ({@link TileCache}).
 */
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { RecordView } from '../../app/record-view.ts';
import { DepositaryError, malformed, notFound } from '../../app/errors.ts';
import { servedNodes } from '../../app/tree.ts';
import type { Tile } from '../../log/tiles.ts';
import {
  MAX_ENTRY_BYTES,
  TILE_WIDTH,
  bundleRange,
  encodeBundle,
  encodeTile,
  inTree,
  parseTilePath,
  tileNodes,
  tilePath,
} from '../../log/tiles.ts';
import { toHex } from '../../log/bytes.ts';
import { sha256 } from '../../log/node-crypto.ts';
import type { EventLog } from '../../store/event-log.ts';
import type { Ctx, Routes } from '../deps.ts';

/** Where the routes are. */
export const TILES_PREFIX = '/tlog/';

/** The sidecar of the tiles: what verifying the log takes besides them (not part of the spec). */
export const SETTINGS_FILE = 'est-log.json';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const PARTIAL = 'public, max-age=60';

const encoder = new TextEncoder();
const gzip = promisify(gzipCallback);

/**
 * The bytes served at a tile's path never change (a partial tile has a path of its own, its width
 * in it), so what was read once is kept, the least recently served dropped first past a budget.
 */
export class TileCache {
  readonly #budget: number;
  readonly #kept = new Map<string, Uint8Array>();
  #bytes = 0;

  constructor(budgetBytes: number) {
    this.#budget = budgetBytes;
  }

  async get(key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
    const kept = this.#kept.get(key);
    if (kept !== undefined) {
      this.#kept.delete(key);
      this.#kept.set(key, kept);
      return kept;
    }
    const made = await make();
    if (made.length > this.#budget || this.#kept.has(key)) return made;
    this.#kept.set(key, made);
    this.#bytes += made.length;
    for (const [k, v] of this.#kept) {
      if (this.#bytes <= this.#budget) break;
      this.#kept.delete(k);
      this.#bytes -= v.length;
    }
    return made;
  }
}

/** What the tiles kept in memory may take (a full tile of hashes is 8 KiB, a bundle some 100 KiB). */
export const TILE_CACHE_BYTES = 64 * 1024 * 1024;

/** The bytes of a tile of the log: its hashes from the store, or its entries from the depositary. */
export async function tileBytes(
  d: RecordView,
  log: Pick<EventLog, 'nodes'> | undefined,
  tile: Tile,
): Promise<Uint8Array> {
  if (tile.level !== 'entries') {
    if (log === undefined) throw new Error('tiles of hashes are read from the store');
    return encodeTile(await servedNodes(log, tileNodes(tile)));
  }
  const [start, end] = bundleRange(tile);
  const leaves = (await d.entries(start, end)).map((leaf) => encoder.encode(leaf));
  const large = leaves.findIndex((leaf) => leaf.length > MAX_ENTRY_BYTES);
  if (large >= 0)
    throw new DepositaryError(
      500,
      'entry-too-large',
      'Entry too large for tiles',
      `entry ${start + large} is ${leaves[large]?.length} bytes, over the ${MAX_ENTRY_BYTES} an entry bundle (c2sp.org/tlog-tiles) can hold: read it at /api/v1/log/entries`,
    );
  return encodeBundle(leaves);
}

/** The sidecar a verifier reads beside the tiles. */
export async function tileSettings(d: RecordView): Promise<Record<string, unknown>> {
  return {
    'est-log-tiles': 1,
    origin: d.origin,
    mode: d.mode,
    verifierKey: d.verifierKey,
    treaty: d.treaty,
    parameters: d.overrides,
    keys: await d.keys(),
  };
}

export const tileRoutes: Routes = (deps) => (app) => {
  const d = deps.record;
  const store = deps.log;
  const cache = new TileCache(TILE_CACHE_BYTES);

  const checkpoint = async (c: Ctx) => {
    // The spec: text/plain; charset=utf-8, and no caching beyond a few seconds.
    c.header('Cache-Control', 'no-cache');
    // Under a witness policy, the newest checkpoint a quorum cosigned (with every cosignature), as
    // /api/v1/log/checkpoint serves it; until one is, the log's own: the spec asks for a checkpoint
    // signed by the log, and a client holding the policy refuses it all the same.
    const w = deps.witnesses;
    const cosigned = w === undefined || w.policy.quorum === 'none' ? null : w.cosigned;
    return c.text(cosigned?.note ?? (await d.checkpoint()));
  };

  const tile = async (c: Ctx, path: string) => {
    const parsed = parseTilePath(path);
    if (!parsed.ok) throw malformed(`not a tile path (c2sp.org/tlog-tiles): ${parsed.reason}`);
    const { tile } = parsed;
    const size = d.size;
    if (!inTree(tile, size)) throw notFound(`${tilePath(tile)} is not in the log, which has ${size} entries`);
    if (store === undefined && tile.level !== 'entries')
      throw notFound('this server does not serve tiles of hashes: it was given no store to read them from');
    const key = tilePath(tile);
    const plain = () => cache.get(key, () => tileBytes(d, store, tile));
    c.header('Content-Type', 'application/octet-stream');
    c.header('Cache-Control', tile.width === TILE_WIDTH ? IMMUTABLE : PARTIAL);
    let body: Uint8Array;
    if (tile.level === 'entries') {
      // The spec: entry bundles SHOULD be compressed at the HTTP layer.
      c.header('Vary', 'Accept-Encoding');
      if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
        body = await cache.get(`${key} gzip`, async () => new Uint8Array(await gzip(await plain())));
        c.header('Content-Encoding', 'gzip');
      } else body = await plain();
    } else body = await plain();
    return c.body(body as Uint8Array<ArrayBuffer>, 200);
  };

  app.get('/tlog/checkpoint', checkpoint);
  const settings = async (c: Ctx) => {
    c.header('Cache-Control', 'no-cache');
    return c.json(await tileSettings(d));
  };
  app.get(`/tlog/${SETTINGS_FILE}`, settings);
  app.get('/tlog/tile/*', (c: Ctx) => tile(c, c.req.path.slice(TILES_PREFIX.length)));

  if (deps.mirror !== undefined) {
    // c2sp.org/tlog-mirror: a mirror serves its copy under <monitoring prefix>/<origin hash>, the
    // lowercase hex SHA-256 of the log's origin; the monitoring prefix here is /tlog.
    const under = (c: Ctx): string => {
      const hash = c.req.param('origin') ?? '';
      if (d.origin === '' || hash !== originHash(d.origin))
        throw notFound(`${hash} is not the SHA-256 of the origin of the log this server mirrors`);
      return `/tlog/${hash}/`;
    };
    app.get('/tlog/:origin/checkpoint', (c: Ctx) => {
      under(c);
      return checkpoint(c);
    });
    app.get(`/tlog/:origin/${SETTINGS_FILE}`, (c: Ctx) => {
      under(c);
      return settings(c);
    });
    app.get('/tlog/:origin/tile/*', (c: Ctx) => tile(c, c.req.path.slice(under(c).length)));
  }
};

/** The lowercase hex SHA-256 of a log's origin: where a mirror serves its copy (c2sp.org/tlog-mirror). */
export const originHash = (origin: string): string => toHex(sha256(encoder.encode(origin)));
