/**
 * @module The mirror's benchmark (c2sp.org/tlog-mirror): how fast `est mirror` copies a log, each
 * entry fetched from the tiles, authenticated, replayed and stored in its own SQLite store, against
 * `est verify --tiles` of the same log in the same run (the same fetching and replaying, nothing
 * stored): the mirror's cost over an audit is its store and its cosignature. Then the catch-up of
 * a mirror that holds all but the last 256 entries, against one round with nothing new (what a
 * mirror pays every interval). The depositary runs in-process over a memory store, served through
 * the real app (src/server/app.ts) without sockets, so that the figures are the mirror's own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditServer } from '../src/client/audit.ts';
import { TileLogClient, httpTileStore } from '../src/client/tile-log.ts';
import { fileHistory, testDepositary } from '../src/client/testing.ts';
import { appFetch } from '../src/server/testing.ts';
import { Mirror, logSettingsOf } from '../src/mirror/mirror.ts';
import { openStore } from '../src/store/index.ts';
import { initWitnessKey } from '../src/witness/key.ts';
import type { Row } from './table.ts';
import { printTable } from './table.ts';

const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits });

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await f();
  return { ms: performance.now() - t0, value };
}

export async function printMirrorTables(quick: boolean): Promise<void> {
  const n = quick ? 2_000 : 10_000;
  const dir = mkdtempSync(join(tmpdir(), 'est-bench-mirror-'));
  try {
    const t = await testDepositary(['RU', 'BY', 'DE', 'FR']);
    await fileHistory(t, n - t.d.size);
    const fetch = appFetch(t.d, t.log);
    const tiles = () => new TileLogClient(httpTileStore(new URL('http://depositary.bench/tlog/'), { fetch }));
    const key = await initWitnessKey(dir, 'mirror.bench/m1', 'mirror.key');
    const store = await openStore({ kind: 'sqlite', file: join(dir, 'mirror.db') });

    // Baseline: est verify over the tiles (every entry fetched and replayed, inclusion proofs), the
    // faster of a run before the mirror's copy and one after it (the first warms up the threads).
    const verify = async () => {
      const r = await timed(() => auditServer(tiles(), { sample: 18, verifierKey: t.d.verifierKey }));
      if (!r.value.result.ok) throw new Error('the benchmark log does not verify');
      return r.ms;
    };
    const before = await verify();
    const m = await Mirror.open({
      log: store,
      upstream: tiles(),
      logKey: t.d.verifierKey,
      key,
      logSettings: async () => logSettingsOf((await tiles().settings()) ?? {}),
    });
    const copy = await timed(() => m.follow());
    if (copy.value.kind !== 'advanced' || m.size !== t.d.size)
      throw new Error('the mirror did not copy the log');
    const audit = { ms: Math.min(before, await verify()) };

    // Catch-up: the last 256 entries, against a round with nothing new.
    const idle = await timed(() => m.follow());
    await fileHistory(t, 256);
    const catchUp = await timed(() => m.follow());
    if (m.size !== t.d.size) throw new Error('the mirror did not catch up');

    const rows: Row[] = [
      {
        name: `copy ${fmt(n)} entries (fetch, authenticate, replay, store, cosign)`,
        value: `${fmt(copy.ms)} ms, ${fmt((n / copy.ms) * 1000)} entries/s`,
        ratio: audit.ms / copy.ms,
        baseline: `est verify --tiles of the same log: ${fmt(audit.ms)} ms`,
        goal: '>= 0.5',
        pass: audit.ms / copy.ms >= 0.5,
      },
      {
        name: 'one round catching up 256 new entries',
        value: `${fmt(catchUp.ms, 1)} ms`,
        ratio: idle.ms / catchUp.ms,
        baseline: `a round with nothing new: ${fmt(idle.ms, 1)} ms`,
        goal: '',
      },
    ];
    printTable('Mirror (c2sp.org/tlog-mirror)', rows);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
