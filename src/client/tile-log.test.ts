import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Entry } from '../log/entry.ts';
import { canonicalJson } from '../log/entry.ts';
import type { Tile } from '../log/tiles.ts';
import {
  decodeBundle,
  encodeBundle,
  entryBundles,
  parseTilePath,
  tilePath,
  treeTiles,
} from '../log/tiles.ts';
import { auditServer } from './audit.ts';
import { ClientError } from './http.ts';
import type { TileStore } from './tile-log.ts';
import {
  TileLogClient,
  dirTileStore,
  httpTileStore,
  parseTileSettings,
  tilesAt,
  tilesIn,
} from './tile-log.ts';
import { testClient } from '../../test/support/depositary-client.ts';
import { appFetch } from '../server/testing.ts';
import { fileHistory, testDepositary } from './testing.ts';

type Tamper = (path: string, body: Uint8Array) => Uint8Array | null;

/** A log of 270 entries (two entry bundles, one full), with a client of its JSON API and of its tiles. */
async function history() {
  const t = await testDepositary(['RU', 'BY', 'DE', 'FR']);
  await fileHistory(t, 266);
  const fetch = appFetch(t.d, t.log);
  /** The tiles under /tlog/, with a hook to change or withhold (null) what is served. */
  const tiles = (tamper?: Tamper, verifierKey?: string): TileLogClient => {
    const inner = httpTileStore(new URL('http://depositary.test/tlog/'), { fetch });
    const store: TileStore = {
      where: inner.where,
      get: async (path) => {
        const body = await inner.get(path);
        return body === null || tamper === undefined ? body : tamper(path, body);
      },
    };
    return new TileLogClient(store, verifierKey === undefined ? {} : { verifierKey });
  };
  return { ...t, fetch, tiles };
}

/** Changes entry k where a bundle serves it (as a row edited under a running server). */
function changingEntry(k: number, change: (e: Entry & Record<string, unknown>) => void): Tamper {
  return (path, body) => {
    const parsed = parseTilePath(path);
    if (!parsed.ok || parsed.tile.level !== 'entries') return body;
    const { index, width } = parsed.tile;
    if (k < index * 256 || k >= index * 256 + width) return body;
    const entries = decodeBundle(body, width);
    const e = JSON.parse(new TextDecoder().decode(entries[k - index * 256])) as Entry &
      Record<string, unknown>;
    change(e);
    entries[k - index * 256] = new TextEncoder().encode(canonicalJson(e));
    return encodeBundle(entries);
  };
}

describe('a log read through its tiles', () => {
  let t: Awaited<ReturnType<typeof history>>;
  before(async () => {
    t = await history();
  });

  it('reaches the verdict the JSON API reaches: the same entries, root and checkpoint, proofs from the tiles', async () => {
    const json = await auditServer(testClient(t.d), { sample: 8 });
    const tiles = await auditServer(t.tiles(), { sample: 8 });
    assert.equal(t.d.size, 270);
    assert.deepEqual(tiles.result.problems, []);
    assert.equal(tiles.result.ok, true);
    assert.equal(tiles.kind, 'tiles');
    assert.equal(tiles.source, 'http://depositary.test/tlog');
    assert.deepEqual({ ...tiles.result, problems: [] }, { ...json.result, problems: [] });
    assert.equal(tiles.checkpoint, json.checkpoint);
    assert.equal(tiles.keys, json.keys);
    assert.ok(tiles.inclusion.includes(0) && tiles.inclusion.includes(269));
  });

  it('reads entries in pages of a bundle, from any start to any end', async () => {
    const client = t.tiles();
    const pages: string[][] = [];
    for await (const page of client.pages(250, 262)) pages.push(page);
    assert.deepEqual(
      pages.map((p) => p.length),
      [6, 6],
    );
    assert.deepEqual(pages.flat(), await t.d.entries(250, 262));
  });

  it('names an entry whose receipt time was moved, as the JSON API does, with consistency proofs from the tiles', async () => {
    for (const k of [0, 200, 269]) {
      const report = await auditServer(
        t.tiles(
          changingEntry(
            k,
            (e) => ((e as { receivedAt: string }).receivedAt = e.receivedAt.replace('.000Z', '.001Z')),
          ),
        ),
        { sample: 0 },
      );
      assert.equal(report.result.ok, false);
      assert.equal(report.firstBad, k);
      assert.equal(report.located?.index, k);
      assert.equal(report.first?.check, 'root');
      assert.match(report.first?.detail ?? '', /changed after it was logged/);
    }
  });

  it('names an entry whose act was changed, by its signature', async () => {
    const report = await auditServer(
      t.tiles(changingEntry(100, (e) => ((e.envelope.act as Record<string, unknown>)['act'] = 'withdraw'))),
      { sample: 0 },
    );
    assert.equal(report.firstBad, 100);
    assert.equal(report.first?.check, 'signature');
  });

  it('fails the inclusion proofs that rest on a changed tile of hashes', async () => {
    const zeroed: Tamper = (path, body) =>
      path.startsWith('tile/0/001') ? new Uint8Array(body.length) : body;
    const report = await auditServer(t.tiles(zeroed), { sample: 0 });
    assert.equal(report.result.ok, false);
    // The last entry's proof reads the partial level 0 tile; the first's reads the tile beside.
    assert.equal(report.first?.check, 'inclusion');
    assert.ok(report.result.problems.some((p) => p.index === 269 && p.check === 'inclusion'));
  });

  it('checks that the log extends an earlier checkpoint, from the tiles', async () => {
    const earlier = await testDepositary(['RU', 'BY', 'DE', 'FR']);
    await fileHistory(earlier, 40);
    const before = await earlier.d.checkpoint();
    await fileHistory(earlier, 230);
    const tiles = new TileLogClient(
      httpTileStore(new URL('http://x/tlog/'), { fetch: appFetch(earlier.d, earlier.log) }),
    );
    const ok = await auditServer(tiles, { since: before, sample: 0 });
    assert.deepEqual(ok.since, { size: 44, ok: true });
    assert.equal(ok.result.ok, true);
    // Another log signed with the same key: its history is not this one's.
    const other = await testDepositary(['RU'], { seed: earlier.seed });
    await other.d.file(other.filer('RU').envelope({ act: 'sign' }));
    const forked = await auditServer(tiles, { since: await other.d.checkpoint(), sample: 0 });
    assert.equal(forked.since?.ok, false);
    assert.match(forked.first?.detail ?? '', /history was rewritten/);
  });

  it('falls back to the full tile when a partial one is gone, as the spec allows a log to delete it', async () => {
    const gone = (asked: string[]) =>
      t.tiles((path, body) => {
        asked.push(path);
        return path.includes('.p/') ? null : body;
      });
    // At size 270, entry 255's proof reads tile/0/000 and the partial tile/0/001.p/14: gone (the
    // hook sees what the server serves), and the full tile/0/001 is not there yet either (404).
    const early: string[] = [];
    await assert.rejects(gone(early).inclusionProof(255, 270), /no tile\/0\/001.p\/14 \(404\)/);
    assert.deepEqual(early, ['tile/0/000', 'tile/0/001.p/14']);
    // Once the log has grown past 512, the full tile stands in for it, cut to the 14 hashes.
    await fileHistory(t, 250);
    const later: string[] = [];
    const client = gone(later);
    assert.deepEqual(await client.inclusionProof(255, 270), await t.d.inclusionProof(255, 270));
    assert.deepEqual(later, ['tile/0/000', 'tile/0/001.p/14', 'tile/0/001']);
    const pages: string[][] = [];
    for await (const page of client.pages(256, 270)) pages.push(page);
    assert.deepEqual(pages.flat(), await t.d.entries(256, 270));
  });

  it('says so when nothing names the verifier key, and takes the one given', async () => {
    const noSettings: Tamper = (path, body) => (path === 'est-log.json' ? null : body);
    await assert.rejects(
      t.tiles(noSettings).verifierKey(),
      /no est-log.json names the log's verifier key; give the one you trust/,
    );
    assert.equal(await t.tiles(noSettings, t.d.verifierKey).verifierKey(), t.d.verifierKey);
    assert.deepEqual(await t.tiles(noSettings).keys(), []);
    assert.equal(await t.tiles(noSettings).treaty(), null);
  });
});

describe('est-log.json', () => {
  it('is read strictly, naming the field at fault', () => {
    assert.deepEqual(parseTileSettings('{"est-log-tiles":1,"treaty":"est-2009"}', 'x'), {
      'est-log-tiles': 1,
      treaty: 'est-2009',
    });
    assert.throws(() => parseTileSettings('nope', 'x'), /x: not JSON/);
    assert.throws(() => parseTileSettings('{"est-log-tiles":2}', 'x'), /version 1/);
    assert.throws(
      () => parseTileSettings('{"est-log-tiles":1,"verifierKey":3}', 'x'),
      /"verifierKey" must be text/,
    );
    assert.throws(
      () => parseTileSettings('{"est-log-tiles":1,"keys":[{"party":"RU"}]}', 'x'),
      /"keys" must be a list/,
    );
    assert.throws(
      () => parseTileSettings('{"est-log-tiles":1,"parameters":[]}', 'x'),
      /"parameters" must be a map/,
    );
  });
});

describe('tiles on disk and at a URL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'est-tile-log-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a directory of tiles; a file that is not there is null, a directory with no checkpoint is refused', async () => {
    const t = await testDepositary(['RU', 'BY', 'DE', 'FR']);
    await fileHistory(t, 3);
    const fetch = appFetch(t.d, t.log);
    const size = t.d.size;
    const write = async (path: string) => {
      const r = await fetch(`http://x/tlog/${path}`);
      assert.equal(r.status, 200, path);
      const file = join(dir, 'log', ...path.split('/'));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, new Uint8Array(await r.arrayBuffer()));
    };
    const all: Tile[] = [...treeTiles(size), ...entryBundles(size)];
    for (const tile of all) await write(tilePath(tile));
    await assert.rejects(tilesIn(join(dir, 'log')), /no checkpoint here; not a tiled log/);
    await write('est-log.json');
    await write('checkpoint');
    const client = await tilesIn(join(dir, 'log'));
    const report = await auditServer(client, { sample: 2 });
    assert.equal(report.result.ok, true);
    assert.equal(report.source, join(dir, 'log'));
    assert.equal(await dirTileStore(dir).get('tile/0/000'), null);
    await assert.rejects(tilesIn(join(dir, 'nowhere')), ClientError);
  });

  it('finds the tiles at URL/tlog/, else at the URL itself, else says where it looked', async () => {
    const t = await testDepositary(['RU']);
    const fetch = appFetch(t.d, t.log);
    const depositary = await tilesAt('http://depositary.test', { fetch });
    assert.equal(depositary.base, 'http://depositary.test/tlog/');
    // A static copy at a path of its own: what /tlog/ is there, the URL is here.
    const moved = ((input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : input);
      if (!url.pathname.startsWith('/copy/')) return Promise.resolve(new Response('', { status: 404 }));
      return fetch(`http://depositary.test/tlog/${url.pathname.slice('/copy/'.length)}`, init);
    }) as typeof globalThis.fetch;
    assert.equal(
      (await tilesAt('http://mirror.test/copy/', { fetch: moved })).base,
      'http://mirror.test/copy/',
    );
    await assert.rejects(
      tilesAt('http://mirror.test/elsewhere/', { fetch: moved }),
      /no tiled log at http:\/\/mirror.test\/elsewhere\/: neither http:\/\/mirror.test\/elsewhere\/tlog\/checkpoint nor http:\/\/mirror.test\/elsewhere\/checkpoint is there/,
    );
  });
});
