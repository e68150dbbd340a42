/**
 * The browser's tile reader (web/src/tiles.ts) under Node, whose WebCrypto it uses as the
 * browser's: a log of 300 entries (one full entry bundle and tile of hashes, then partial ones) read
 * through the real app's `/tlog/` in-process. The checkpoint, entries and proofs are the ones the
 * JSON API gives; a partial tile that is gone is read from its full tile; a missing or malformed
 * tile is an error naming its path.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fileHistory, testDepositary } from '../../src/client/testing.ts';
import { appFetch } from '../../src/server/testing.ts';
import { toBase64 } from '../../src/log/bytes.ts';
import type { TileGet } from '../../web/src/tiles.ts';
import { TileLog, TileLogError } from '../../web/src/tiles.ts';

const HOST = 'http://depositary.test';

async function history() {
  const t = await testDepositary(['RU', 'BY', 'DE', 'FR']);
  await fileHistory(t, 296);
  assert.equal(t.d.size, 300);
  const fetch = appFetch(t.d, t.log);
  const json = async <T>(path: string): Promise<T> => {
    const r = await fetch(`${HOST}${path}`);
    assert.equal(r.status, 200, path);
    return (await r.json()) as T;
  };
  /** The tiles, each path asked for recorded; `change` withholds (null) or changes what is served. */
  const tiles = (change: (path: string, body: Uint8Array) => Uint8Array | null = (_, b) => b) => {
    const asked: string[] = [];
    const get: TileGet = async (path) => {
      asked.push(path);
      const r = await fetch(`${HOST}/tlog/${path}`);
      if (r.status === 404) return null;
      assert.equal(r.status, 200, path);
      return change(path, new Uint8Array(await r.arrayBuffer()));
    };
    return { log: new TileLog(get), asked };
  };
  return {
    fetch,
    tiles,
    entries: async (start: number, end: number) =>
      (await json<{ entries: string[] }>(`/api/v1/log/entries?start=${start}&end=${end}`)).entries,
    inclusion: async (index: number, size: number) =>
      (await json<{ hashes: string[] }>(`/api/v1/log/proof/inclusion?index=${index}&size=${size}`)).hashes,
    consistency: async (from: number, to: number) =>
      (await json<{ hashes: string[] }>(`/api/v1/log/proof/consistency?from=${from}&to=${to}`)).hashes,
  };
}

const base64 = (hashes: readonly Uint8Array[]) => hashes.map((h) => toBase64(h));
/** Partial tiles are gone: only full ones are served. */
const noPartials = (path: string, body: Uint8Array) => (path.includes('.p/') ? null : body);

describe('the browser reading the log through its tiles', () => {
  let h: Awaited<ReturnType<typeof history>>;
  before(async () => {
    h = await history();
  });

  it('reads the checkpoint /api/v1/log/checkpoint serves', async () => {
    const { log, asked } = h.tiles();
    const note = await (await h.fetch(`${HOST}/api/v1/log/checkpoint`)).text();
    assert.equal(await log.checkpoint(), note);
    assert.match(note, /\n300\n/);
    assert.deepEqual(asked, ['checkpoint']);
  });

  it('reads the entries the JSON API gives, from the bundles of the tree asked about', async () => {
    const { log, asked } = h.tiles();
    assert.deepEqual(await log.entries(0, 300), await h.entries(0, 300));
    assert.deepEqual(asked, ['tile/entries/000', 'tile/entries/001.p/44']);
    assert.deepEqual(await log.entries(250, 262), await h.entries(250, 262));
    assert.deepEqual(await log.entries(7, 7), []);
    await assert.rejects(log.entries(5, 3), RangeError);
  });

  it('recomputes the inclusion and consistency proofs the JSON API gives', async () => {
    const { log, asked } = h.tiles();
    for (const [index, size] of [
      [0, 1],
      [0, 300],
      [5, 40],
      [255, 256],
      [256, 300],
      [299, 300],
      [130, 257],
    ] as const)
      assert.deepEqual(
        base64(await log.inclusionProof(index, size)),
        await h.inclusion(index, size),
        `${index} in ${size}`,
      );
    for (const [from, to] of [
      [1, 300],
      [40, 300],
      [256, 300],
      [100, 256],
      [299, 300],
    ] as const)
      assert.deepEqual(
        base64(await log.consistencyProof(from, to)),
        await h.consistency(from, to),
        `${from} to ${to}`,
      );
    assert.ok(asked.includes('tile/1/000.p/1'), asked.join(' '));
    assert.ok(asked.includes('tile/0/001.p/44'), asked.join(' '));
    // A tile read once is not fetched again.
    assert.equal(new Set(asked).size, asked.length, asked.join(' '));
  });

  it('reads a partial tile that is gone from the full tile it became', async () => {
    const { log, asked } = h.tiles(noPartials);
    assert.deepEqual(await log.entries(0, 40), await h.entries(0, 40));
    assert.deepEqual(base64(await log.inclusionProof(5, 40)), await h.inclusion(5, 40));
    assert.deepEqual(asked, ['tile/entries/000.p/40', 'tile/entries/000', 'tile/0/000.p/40', 'tile/0/000']);
  });

  it('fails, naming the path, when a tile is not there at all', async () => {
    const { log } = h.tiles(noPartials);
    await assert.rejects(log.entries(0, 300), (e: Error) => {
      assert.ok(e instanceof TileLogError);
      assert.match(e.message, /\/tlog\/tile\/entries\/001\.p\/44 is not there \(404\)/);
      return true;
    });
    await assert.rejects(log.inclusionProof(299, 300), /\/tlog\/tile\/0\/001\.p\/44 is not there/);
    await assert.rejects(h.tiles((p, b) => (p === 'checkpoint' ? null : b)).log.checkpoint(), TileLogError);
  });

  it('fails, naming the path, when a tile is not what its path promises', async () => {
    const short = (path: string, body: Uint8Array) => (path.startsWith('tile/') ? body.slice(1) : body);
    const { log } = h.tiles(short);
    await assert.rejects(log.inclusionProof(3, 300), (e: Error) => {
      assert.ok(e instanceof TileLogError);
      assert.match(e.message, /^\/tlog\/tile\/0\/000: a tile of width 256 is 8192 bytes, not 8191$/);
      return true;
    });
    await assert.rejects(log.entries(0, 10), /\/tlog\/tile\/entries\/000\.p\/10: /);
  });
});
