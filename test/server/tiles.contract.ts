/**
 * The tiles under /tlog/ (c2sp.org/tlog-tiles), served from a store: run on every store by
 * tiles.int.test.ts. Every tile's bytes are checked against the RFC 9162 hashes computed here from
 * the entries the JSON API serves, not against what the server computes.
 */
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { fromBase64 } from '../../src/log/bytes.ts';
import type { Hash } from '../../src/log/merkle.ts';
import { sha256 } from '../../src/log/node-crypto.ts';
import type { Tile, TileReader } from '../../src/log/tiles.ts';
import {
  consistencyProofFromTiles,
  decodeBundle,
  decodeTile,
  entryBundles,
  inclusionProofFromTiles,
  rootFromTiles,
  tilePath,
  treeTiles,
} from '../../src/log/tiles.ts';
import type { EventLog } from '../../src/store/event-log.ts';
import type { TestApi } from '../support/env.ts';
import { RUN } from '../support/env.ts';
import type { TestApp } from './helpers.ts';
import { problem, testApp, the } from './helpers.ts';

const enc = new TextEncoder();
const hex = (h: Uint8Array): string => Buffer.from(h).toString('hex');
const hash = (...parts: Uint8Array[]): Hash => sha256(Buffer.concat(parts));

// RFC 9162 2.1.1, on the leaf hashes HASH(0x00 || d).
function mth(leaves: readonly Hash[]): Hash {
  if (leaves.length === 1) return leaves[0] as Hash;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return hash(Uint8Array.of(1), mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

const FILINGS = 600;

export function tilesContract(name: string, open: () => Promise<EventLog>, api: TestApi = RUN): void {
  const { after, before, describe, it } = api;
  describe(`the tiles under /tlog/ (${name})`, () => {
    let t: TestApp;
    let store: EventLog;
    let size: number;
    let leaves: string[];
    let leafHashes: Hash[];

    const get = (path: string, headers: Record<string, string> = {}) =>
      t.req('GET', `/tlog/${path}`, undefined, headers);
    const bytes = async (r: Response): Promise<Uint8Array> => new Uint8Array(await r.arrayBuffer());
    const reader: TileReader = async (tiles: readonly Tile[]) =>
      Promise.all(
        tiles.map(async (tile) => {
          const r = await get(tilePath(tile));
          assert.equal(r.status, 200, tilePath(tile));
          return decodeTile(await bytes(r), tile.width);
        }),
      );

    before(async () => {
      store = await open();
      t = await testApp({ log: store, deps: { log: store } });
      const f = await t.parties('RU', 'US', 'DE');
      const order = ['RU', 'US', 'DE'];
      for (let i = 0; i < FILINGS; i += 100) {
        const envelopes = Array.from({ length: 100 }, (_, j) =>
          the(f[order[(i + j) % 3] as string], 'filer').envelope({ act: j % 7 === 0 ? 'ratify' : 'sign' }),
        );
        // One group commit each; each Party's seqs still arrive in order.
        for (const r of await Promise.all(envelopes.map((e) => t.req('POST', '/api/v1/submissions', e))))
          assert.equal(r.status, 201, await r.text());
      }
      size = t.d.size;
      leaves = [];
      for (let start = 0; start < size; start += 1000) {
        const r = await t.req('GET', `/api/v1/log/entries?start=${start}&end=${start + 1000}`);
        leaves.push(...((await r.json()) as { entries: string[] }).entries);
      }
      leafHashes = leaves.map((l) => hash(Uint8Array.of(0), enc.encode(l)));
    });
    after(() => store.close());

    it('serves the checkpoint the JSON API serves, as text, not to be cached', async () => {
      const r = await get('checkpoint');
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('content-type'), 'text/plain; charset=UTF-8');
      assert.equal(r.headers.get('cache-control'), 'no-cache');
      assert.equal(await r.text(), await (await t.req('GET', '/api/v1/log/checkpoint')).text());
    });

    it('serves every tile of the tree: 8L-level hashes by the RFC 9162 definition, full ones immutable', async () => {
      assert.ok(size > 512 && size < 768, `size ${size}`);
      const tiles = [...treeTiles(size)];
      assert.deepEqual(tiles.map(tilePath), [
        'tile/0/000',
        'tile/0/001',
        `tile/0/002.p/${size - 512}`,
        'tile/1/000.p/2',
      ]);
      for (const tile of tiles) {
        const r = await get(tilePath(tile));
        assert.equal(r.status, 200, tilePath(tile));
        assert.equal(r.headers.get('content-type'), 'application/octet-stream');
        assert.equal(
          r.headers.get('cache-control'),
          tile.width === 256 ? 'public, max-age=31536000, immutable' : 'public, max-age=60',
        );
        assert.equal(r.headers.get('access-control-allow-origin'), '*');
        const per = 256 ** (tile.level as number);
        const want = Array.from({ length: tile.width }, (_, i) => {
          const first = (tile.index * 256 + i) * per;
          return mth(leafHashes.slice(first, first + per));
        });
        assert.deepEqual(decodeTile(await bytes(r), tile.width).map(hex), want.map(hex), tilePath(tile));
      }
    });

    it('serves every entry bundle: the leaves, each after its length as a big-endian uint16', async () => {
      for (const bundle of entryBundles(size)) {
        const r = await get(tilePath(bundle));
        assert.equal(r.status, 200, tilePath(bundle));
        assert.equal(r.headers.get('content-type'), 'application/octet-stream');
        assert.equal(r.headers.get('content-encoding'), null, 'not compressed unless asked');
        const body = await bytes(r);
        const first = bundle.index * 256;
        const want = leaves.slice(first, first + bundle.width);
        assert.equal(
          body.length,
          want.reduce((n, l) => n + 2 + enc.encode(l).length, 0),
        );
        assert.equal((body[0] as number) * 256 + (body[1] as number), enc.encode(want[0] as string).length);
        assert.deepEqual(
          decodeBundle(body, bundle.width).map((e) => new TextDecoder().decode(e)),
          want,
        );
      }
    });

    it('gzips an entry bundle for a client that accepts it', async () => {
      const plain = await bytes(await get('tile/entries/000'));
      const r = await get('tile/entries/000', { 'Accept-Encoding': 'gzip, identity' });
      assert.equal(r.headers.get('content-encoding'), 'gzip');
      assert.equal(r.headers.get('vary'), 'Accept-Encoding');
      const body = await bytes(r);
      assert.ok(body.length < plain.length);
      assert.deepEqual(new Uint8Array(gunzipSync(body)), plain);
    });

    it('serves the partial tiles of earlier sizes, and nothing beyond the log', async () => {
      const full = await bytes(await get('tile/0/000'));
      const r = await get('tile/0/000.p/5');
      assert.equal(r.status, 200);
      assert.deepEqual(await bytes(r), full.slice(0, 5 * 32));
      const width = size - 512;
      for (const path of [
        'tile/0/002',
        `tile/0/002.p/${width + 1}`,
        'tile/0/003.p/1',
        'tile/1/000',
        'tile/1/000.p/3',
        'tile/2/000.p/1',
        'tile/entries/002',
        `tile/entries/002.p/${width + 1}`,
        'tile/entries/x001/000',
      ]) {
        const body = await problem(await get(path), 404, 'not-found');
        assert.match(body.detail, new RegExp(`is not in the log, which has ${size} entries`), path);
      }
    });

    it('refuses a path that is not the one c2sp.org/tlog-tiles gives a tile', async () => {
      for (const path of [
        'tile/0/x000/001',
        'tile/0/1',
        'tile/00/000',
        'tile/64/000',
        'tile/0/000.p/0',
        'tile/0/000.p/256',
        'tile/data/000',
      ])
        assert.match((await problem(await get(path), 400, 'malformed')).detail, /not a tile path/, path);
    });

    it('the root and proofs read from the tiles alone are those of the checkpoint and the JSON API', async () => {
      const note = await (await get('checkpoint')).text();
      const root = the(fromBase64(note.split('\n')[2] as string) ?? undefined, 'root');
      assert.equal(hex(await rootFromTiles(sha256, size, reader)), hex(root));
      assert.equal(hex(root), hex(mth(leafHashes)));
      for (const index of [0, 1, 255, 256, 300, size - 1]) {
        const json = (await (
          await t.req('GET', `/api/v1/log/proof/inclusion?index=${index}&size=${size}`)
        ).json()) as {
          hashes: string[];
        };
        const fromTiles = await inclusionProofFromTiles(sha256, index, size, reader);
        assert.deepEqual(
          fromTiles.map((h) => Buffer.from(h).toString('base64')),
          json.hashes,
          `inclusion ${index}`,
        );
      }
      for (const from of [1, 100, 256, 257, 512, size - 1]) {
        const json = (await (
          await t.req('GET', `/api/v1/log/proof/consistency?from=${from}&to=${size}`)
        ).json()) as {
          hashes: string[];
        };
        const fromTiles = await consistencyProofFromTiles(sha256, from, size, reader);
        assert.deepEqual(
          fromTiles.map((h) => Buffer.from(h).toString('base64')),
          json.hashes,
          `consistency ${from}`,
        );
      }
    });

    it('answers HEAD, and a preflight, as a static server would', async () => {
      const head = await t.req('HEAD', '/tlog/tile/0/000');
      assert.equal(head.status, 200);
      assert.equal(head.headers.get('content-type'), 'application/octet-stream');
      const pre = await t.req('OPTIONS', '/tlog/tile/0/000', undefined, { Origin: 'https://example.org' });
      assert.equal(pre.status, 204);
      assert.equal(pre.headers.get('access-control-allow-origin'), '*');
    });

    it('serves what a verifier needs besides the tiles at /tlog/est-log.json', async () => {
      const r = await get('est-log.json');
      assert.equal(r.status, 200);
      const body = (await r.json()) as Record<string, unknown>;
      assert.equal(body['est-log-tiles'], 1);
      assert.equal(body['origin'], t.d.origin);
      assert.equal(body['verifierKey'], t.d.verifierKey);
      assert.equal(body['treaty'], t.d.treaty);
      assert.deepEqual(
        body['keys'],
        ((await (await t.req('GET', '/api/v1/keys')).json()) as { keys: unknown }).keys,
      );
    });
  });
}
