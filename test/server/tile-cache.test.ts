import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TileCache } from '../../src/server/routes/tiles.ts';

describe('the tiles kept in memory', () => {
  it('reads a tile once, and drops the least recently served past the budget', async () => {
    const cache = new TileCache(10);
    const reads: string[] = [];
    const get = (key: string, size: number) =>
      cache.get(key, () => {
        reads.push(key);
        return Promise.resolve(new Uint8Array(size));
      });
    await get('a', 4);
    await get('b', 4);
    await get('a', 4);
    assert.deepEqual(reads, ['a', 'b']);
    await get('c', 4); // 12 bytes: b, the least recently served, goes
    await get('a', 4);
    await get('b', 4);
    assert.deepEqual(reads, ['a', 'b', 'c', 'b']);
    // Larger than the whole budget: served, not kept.
    await get('huge', 11);
    await get('huge', 11);
    assert.deepEqual(reads.slice(-2), ['huge', 'huge']);
  });
});
