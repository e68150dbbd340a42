import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { toBase64 } from '../log/bytes.ts';
import type { Entry } from '../log/entry.ts';
import { canonicalJson } from '../log/entry.ts';
import type { EventLog } from '../store/event-log.ts';
import { memoryEventLog } from '../store/memory/event-log.ts';
import { auditExport, auditServer, auditStore, sampleIndices } from './audit.ts';
import type { ExportHeader } from './export.ts';
import { ExportError, checkpointOrigin, checkpointSize, headerLine, parseExport } from './export.ts';
import type { LocalLog } from './local.ts';
import { describeSpec, openLocalLog } from './local.ts';
import { progressLine } from './progress.ts';
import { testClient } from '../../test/support/depositary-client.ts';
import { fileHistory, testDepositary } from './testing.ts';

async function history(n = 12, log?: EventLog) {
  const t = await testDepositary(['RU', 'BY', 'DE', 'FR'], log ? { log } : {});
  await fileHistory(t, n);
  return t;
}

/** A server whose entry k is served changed (a row edited under a running server). */
function changingEntry(k: number, change: (e: Entry & Record<string, unknown>) => void) {
  return async (url: URL, r: Response) => {
    if (url.pathname !== '/api/v1/log/entries') return r;
    const start = Number(url.searchParams.get('start'));
    const body = (await r.json()) as { entries: string[] };
    const entries = body.entries.map((leaf, i) => {
      if (start + i !== k) return leaf;
      const e = JSON.parse(leaf) as Entry & Record<string, unknown>;
      change(e);
      return canonicalJson(e);
    });
    return Response.json({ entries });
  };
}

describe('auditServer', () => {
  it('verifies a true log, with inclusion proofs of the first, the last and a sample', async () => {
    const t = await history(12);
    const report = await auditServer(testClient(t.d), { sample: 4 });
    assert.deepEqual(report.result.problems, []);
    assert.equal(report.result.ok, true);
    assert.equal(report.firstBad, null);
    // The four keys lodged are entries of the log, before the 12 filings.
    assert.equal(t.base, 4);
    assert.equal(report.result.size, t.base + 12);
    assert.equal(report.keys, 4);
    assert.ok(report.inclusion.includes(0) && report.inclusion.includes(t.base + 11));
    assert.ok(report.inclusion.length >= 3 && report.inclusion.length <= 6);
    assert.equal(report.checkpoint, await t.d.checkpoint());
  });

  it('names an entry whose receipt time was moved within the day, with consistency proofs', async () => {
    const t = await history(12);
    // The first entry (a key lodged), a filing, and the last filing.
    for (const k of [0, t.base + 5, t.base + 11]) {
      const client = testClient(
        t.d,
        changingEntry(
          k,
          (e) => ((e as { receivedAt: string }).receivedAt = e.receivedAt.replace('.000Z', '.001Z')),
        ),
      );
      const report = await auditServer(client, { sample: 0 });
      assert.equal(report.result.ok, false);
      assert.equal(report.firstBad, k);
      assert.equal(report.located?.index, k);
      assert.equal(report.first?.check, 'root');
      assert.match(report.first?.detail ?? '', /changed after it was logged/);
    }
  });

  it('names an entry whose act was changed, by its signature', async () => {
    const t = await history(12);
    const client = testClient(
      t.d,
      changingEntry(t.base + 7, (e) => ((e.envelope.act as Record<string, unknown>)['act'] = 'withdraw')),
    );
    const report = await auditServer(client, { sample: 2 });
    assert.equal(report.firstBad, t.base + 7);
    assert.equal(report.first?.check, 'signature');
  });

  it('names the first entry a server keeps back', async () => {
    const t = await history(12);
    const client = testClient(t.d, async (url, r) => {
      if (url.pathname !== '/api/v1/log/entries') return r;
      const body = (await r.json()) as { entries: string[] };
      return Response.json({
        entries: body.entries.filter((_, i) => Number(url.searchParams.get('start')) + i < t.base + 9),
      });
    });
    const report = await auditServer(client, { sample: 0 });
    assert.equal(report.firstBad, t.base + 9);
    assert.equal(report.first?.check, 'size');
  });

  it('fails an inclusion proof that does not verify', async () => {
    const t = await history(6);
    // The last entry, whose proof is always asked for.
    const last = t.d.size - 1;
    const client = testClient(t.d, async (url, r) => {
      if (url.pathname !== '/api/v1/log/proof/inclusion' || url.searchParams.get('index') !== String(last))
        return r;
      const body = (await r.json()) as { hashes: string[] };
      return Response.json({ hashes: body.hashes.map(() => toBase64(new Uint8Array(32))) });
    });
    const report = await auditServer(client, { sample: 0 });
    assert.equal(report.firstBad, last);
    assert.equal(report.first?.check, 'inclusion');
  });

  it('checks that the log extends an earlier checkpoint', async () => {
    const t = await history(5);
    const earlier = await t.d.checkpoint();
    const earlierSize = t.d.size;
    await fileHistory(t, 3);
    const ok = await auditServer(testClient(t.d), { since: earlier, sample: 0 });
    assert.deepEqual(ok.since, { size: earlierSize, ok: true });
    assert.equal(ok.result.ok, true);

    // A checkpoint of another log signed with the same key: a rewritten history.
    const other = await testDepositary(['RU'], { seed: t.seed });
    await other.d.file(other.filer('RU').envelope({ act: 'sign' }));
    const forked = await auditServer(testClient(t.d), { since: await other.d.checkpoint(), sample: 0 });
    assert.equal(forked.result.ok, false);
    assert.equal(forked.since?.ok, false);
    assert.match(forked.first?.detail ?? '', /history was rewritten/);

    // A checkpoint larger than the log now.
    const bigger = await history(9);
    const shrunk = await auditServer(testClient((await testDepositary([], { seed: bigger.seed })).d), {
      since: await bigger.d.checkpoint(),
      sample: 0,
    });
    assert.match(shrunk.first?.detail ?? '', /it shrank/);

    // A checkpoint signed by someone else.
    const stranger = await history(2);
    const foreign = await auditServer(testClient(t.d), { since: await stranger.d.checkpoint(), sample: 0 });
    assert.match(foreign.first?.detail ?? '', /not one of this log's/);
  });

  it('holds the server to a verifier key given by the user', async () => {
    const t = await history(3);
    const other = await history(1);
    const report = await auditServer(testClient(t.d), { verifierKey: other.d.verifierKey, sample: 0 });
    assert.equal(report.result.ok, false);
    // The entries the depositary signed (the keys it lodged) are not signed by the key given either.
    assert.deepEqual(
      report.result.problems.map((p) => [p.check, p.index]),
      [['verifierKey', null], ...Array.from({ length: t.base }, (_, i) => ['key', i]), ['checkpoint', null]],
    );
  });
});

describe('exports', () => {
  async function exported(n = 8) {
    const t = await history(n);
    const header: ExportHeader = {
      'est-log-export': 1,
      origin: checkpointOrigin(await t.d.checkpoint()),
      size: t.d.size,
      checkpoint: await t.d.checkpoint(),
      verifierKey: t.d.verifierKey,
      keys: await t.d.keys(),
      treaty: 'est-2009',
    };
    const entries = await t.d.entries(0, t.d.size);
    return { t, header, entries, text: [headerLine(header), ...entries, ''].join('\n') };
  }

  it('are read back and verify', async () => {
    const { text } = await exported();
    const { header, entries } = parseExport(text);
    const report = await auditExport('x.jsonl', header, entries);
    assert.deepEqual(report.result.problems, []);
    assert.equal(report.kind, 'export');
  });

  it('say when a change shows only in the root', async () => {
    const { t, header, entries } = await exported();
    // A filing's receipt time moved by a millisecond (the keys lodged before it share one time, so
    // moving one of theirs would put the next entry before it, which is seen).
    const k = t.base + 3;
    const changed = entries.map((leaf, i) => (i === k ? leaf.replace('.000Z', '.001Z') : leaf));
    assert.notEqual(changed[k], entries[k]);
    const report = await auditExport('x.jsonl', header, changed);
    assert.equal(report.firstBad, null);
    assert.match(report.result.problems.at(-1)?.detail ?? '', /est verify --server names it/);
  });

  it('are held to a verifier key given by the user', async () => {
    const { header, entries } = await exported();
    const stranger = await history(1);
    const report = await auditExport('x.jsonl', header, entries, { verifierKey: stranger.d.verifierKey });
    assert.equal(report.result.ok, false);
    assert.equal(report.result.problems[0]?.check, 'verifierKey');
    assert.match(report.result.problems[0]?.detail ?? '', /^the export names the verifier key/);
    assert.ok(report.result.problems.some((p) => p.check === 'checkpoint'));
    const same = await auditExport('x.jsonl', header, entries, { verifierKey: `${header.verifierKey}\n` });
    assert.equal(same.result.ok, true);
  });

  it('fail when the header and the lines disagree', async () => {
    const { header, entries } = await exported();
    const report = await auditExport('x.jsonl', { ...header, size: entries.length + 1 }, entries);
    assert.equal(report.firstBad, entries.length);
  });

  it('are refused when malformed, line by line', () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['{', /line 1: the header is not JSON/],
      ['{}', /not an est log export/],
      ['{"est-log-export":2}', /version 2/],
      ['{"est-log-export":1}', /"origin" must be text/],
      ['{"est-log-export":1,"origin":"o","size":-1}', /"size" must be a whole number/],
      [
        '{"est-log-export":1,"origin":"o","size":0,"checkpoint":"c","verifierKey":"k","keys":[{}]}',
        /"keys" must be a list/,
      ],
      [
        '{"est-log-export":1,"origin":"o","size":0,"checkpoint":"c","verifierKey":"k","keys":[]}\n\n{}',
        /line 2: a blank line/,
      ],
    ];
    for (const [text, message] of cases) assert.throws(() => parseExport(text), message, text);
    assert.throws(() => parseExport('{'), ExportError);
  });

  it('read a checkpoint’s origin and size without verifying it', () => {
    assert.equal(checkpointOrigin('o.example\n3\nAAAA\n'), 'o.example');
    assert.equal(checkpointSize('o.example\n3\nAAAA\n'), 3);
    assert.equal(checkpointSize('o.example\nx\n'), null);
  });
});

describe('auditStore', () => {
  const local = async (log: EventLog, t: Awaited<ReturnType<typeof history>>): Promise<LocalLog> => ({
    log,
    spec: { kind: 'memory' },
    where: 'memory',
    dataDir: '',
    treaty: 'est-2009',
    parameters: {},
    origin: checkpointOrigin(await t.d.checkpoint()),
    verifierKey: t.d.verifierKey,
  });

  it('verifies a true store: entries, leaf hashes and every tree node', async () => {
    const log = memoryEventLog();
    const t = await history(13, log);
    const report = await auditStore(await local(log, t));
    assert.deepEqual(report.result.problems, []);
    assert.equal(report.stored, null);
    assert.equal(report.result.size, t.base + 13);
    assert.equal(report.result.root, toBase64(await t.d.rootAt(t.base + 13)));
  });

  it('names the entry whose stored row was changed', async () => {
    const log = memoryEventLog();
    const t = await history(13, log);
    const k = t.base + 6;
    const changed: EventLog = {
      ...log,
      entries: async (s, e) =>
        (await log.entries(s, e)).map((leaf, i) => (s + i === k ? leaf.replace('.000Z', '.001Z') : leaf)),
    };
    const report = await auditStore(await local(changed, t));
    assert.equal(report.firstBad, k);
    assert.equal(report.stored?.index, k);
    assert.equal(report.first?.check, 'stored');
    assert.match(report.first?.detail ?? '', /the row was changed/);
  });

  it('names a changed tree node, which no entry explains', async () => {
    const log = memoryEventLog();
    const t = await history(13, log);
    const changed: EventLog = {
      ...log,
      nodes: async (ids) =>
        (await log.nodes(ids)).map((h, i) =>
          ids[i]!.level === 2 && ids[i]!.index === 1 ? new Uint8Array(32) : h,
        ),
    };
    const report = await auditStore(await local(changed, t));
    assert.equal(report.result.ok, false);
    assert.equal(report.firstBad, null);
    assert.deepEqual(
      report.stored && [report.stored.level, report.stored.node, report.stored.index],
      [2, 1, 4],
    );
    assert.match(report.first?.detail ?? '', /node 2\/1 \(entries 4 to 7\)/);
  });
});

describe('openLocalLog', () => {
  it('refuses a folder that is not there, a store that is not there (never creating it), and :memory:', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'est-local-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    await assert.rejects(openLocalLog(join(dir, 'nope'), undefined, {}), /no such folder/);
    await assert.rejects(openLocalLog(dir, undefined, {}), /no log in/);
    assert.equal(existsSync(join(dir, 'est.db')), false);
    await assert.rejects(openLocalLog(dir, ':memory:', {}), /holds no log/);
  });

  it('describes a database URL without its password', () => {
    assert.equal(
      describeSpec({ kind: 'postgres', url: 'postgres://u:secret@db.example:5432/est' }),
      'postgres://u@db.example:5432/est',
    );
  });
});

describe('helpers', () => {
  it('sampleIndices: the first, the last, and distinct others', () => {
    assert.deepEqual(sampleIndices(0, 5), []);
    assert.deepEqual(sampleIndices(1, 5), [0]);
    assert.deepEqual(sampleIndices(3, 16), [0, 1, 2]);
    const s = sampleIndices(1000, 16);
    assert.equal(new Set(s).size, s.length);
    assert.ok(s.length >= 10 && s[0] === 0 && s.at(-1) === 999);
  });

  it('progressLine: silent for one page; redrawn on a terminal; a line per tenth otherwise', () => {
    const out: string[] = [];
    const pipe = { isTTY: false, write: (t: string) => out.push(t) };
    const p = progressLine('x', pipe);
    p.update(500, 500);
    assert.deepEqual(out, []);
    for (let d = 1000; d <= 10_000; d += 1000) p.update(d, 10_000);
    assert.equal(out.length, 10);
    assert.equal(out.at(-1), 'x 10000/10000 (100%)\n');
    const tty: string[] = [];
    const t = progressLine('x', { isTTY: true, write: (s: string) => tty.push(s) });
    t.update(1000, 2000);
    t.end();
    assert.deepEqual(tty, ['\rx 1000/2000 (50%)', '\n']);
  });
});
