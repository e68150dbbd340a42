import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newKeyPair, privateKeyFromSeed, sha256 } from '../log/node-crypto.ts';
import { noteKey, parseCheckpoint } from '../log/note.ts';
import { memoryEventLog } from '../store/memory/event-log.ts';
import { LogTree } from './tree.ts';

describe('LogTree.checkpoint', () => {
  it('keeps the checkpoint of a new size once, however many readers ask for it at once', async () => {
    const inner = memoryEventLog();
    const kept: string[] = [];
    const log = {
      ...inner,
      setSetting: async (name: string, value: string) => {
        if (name === 'checkpoint') kept.push(value);
        // A write that takes a while, as a durable one does.
        await new Promise((resolve) => setTimeout(resolve, 20));
        return inner.setSetting(name, value);
      },
    };
    const key = newKeyPair();
    const tree = new LogTree({
      log,
      signer: privateKeyFromSeed(key.seed),
      noteKey: await noteKey(sha256, 'tree.est.test', key.publicKey),
      origin: 'tree.est.test',
      keep: true,
    });
    const root = sha256(new Uint8Array(0));
    const notes = await Promise.all(Array.from({ length: 8 }, () => tree.checkpoint(3, root)));
    assert.equal(new Set(notes).size, 1);
    assert.equal(kept.length, 1, 'one write for eight readers');
    await tree.checkpoint(3, root);
    assert.equal(kept.length, 1, 'a size kept is not written again');
    await Promise.all([tree.checkpoint(4, root), tree.checkpoint(4, root)]);
    assert.equal(kept.length, 2);
    const stored = await inner.getSetting('checkpoint');
    assert.equal(parseCheckpoint((stored ?? '').slice(0, (stored ?? '').indexOf('\n\n') + 1))?.size, 4);
  });
});
