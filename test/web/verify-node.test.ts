/**
 * The browser's verification code under Node, whose WebCrypto it uses as the browser's, driven
 * through its injection point (the `Sources` of web/src/inclusion.ts) with a true log: a real
 * depositary on the in-memory store, read through its JSON API and through its tiles
 * (./verify-fixture.ts). The whole-log verification (web/src/whole-log.ts) passes on the true log
 * and names the entry of a changed leaf, a dropped entry or a logged outcome the rules do not give,
 * and the checkpoint signed by another key; one entry's verification (web/src/inclusion.ts) passes
 * for every entry and for a receipt's, and tells a changed leaf from a changed proof, a checkpoint
 * by another key, a key revoked or lodged elsewhere than the key list says. (The replay of
 * web/src/replay.ts is tested through the ledger, in ./ledger-node.test.ts.)
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fromBase64, toBase64 } from '../../src/log/bytes.ts';
import type { Entry } from '../../src/log/entry.ts';
import { canonicalJson } from '../../src/log/entry.ts';
import { inclusionRanges } from '../../src/log/merkle.ts';
import { signsWithDepositaryKey } from '../../src/log/filing-act.ts';
import type { ListedKey, Sources } from '../../web/src/inclusion.ts';
import { openCheckpoint, verifyEntry } from '../../web/src/inclusion.ts';
import type { LogSettings } from '../../web/src/replay.ts';
import { verifyWholeLog } from '../../web/src/whole-log.ts';
import type { TrueLog } from './verify-fixture.ts';
import {
  HOST,
  changingLeaves,
  checkpointByAnotherKey,
  jsonSources,
  leafHashB64,
  tileSources,
  trueLog,
} from './verify-fixture.ts';

let log: TrueLog;
let settings: LogSettings;
before(async () => {
  log = await trueLog();
  settings = (await (await log.fetch(`${HOST}/api/v1/settings`)).json()) as LogSettings;
});

const KINDS = { json: jsonSources, tiles: tileSources } as const;

/** The first entry that `test` holds for, by index. */
function indexWhere(test: (e: Entry) => boolean): number {
  const i = log.entries.findIndex(test);
  assert.ok(i >= 0, 'the history holds no such entry');
  return i;
}

/** A Party's accepted treaty act, in the middle of the log. */
const partyFiling = () =>
  indexWhere(
    (e) =>
      !signsWithDepositaryKey(e.envelope.party) &&
      e.outcome.accepted &&
      e.index > 5 &&
      e.index < log.entries.length - 2,
  );

/** The leaf at `k` with its act changed (still canonical JSON), so its signature fails. */
function changedLeaf(k: number): string {
  const entry = log.entries[k] as Entry;
  const act = { act: 'assume-obligation', obligation: `changed at ${k}` };
  return canonicalJson({ ...entry, envelope: { ...entry.envelope, act } });
}

const whole = (sources: Sources, onProgress?: (done: number, total: number) => void) =>
  verifyWholeLog(sources, {
    verifierKey: log.verifierKey,
    treaty: settings.treaty,
    parameters: settings.parameters,
    ...(onProgress === undefined ? {} : { onProgress }),
  });

describe('the whole log verified in the browser (under Node)', () => {
  for (const [kind, sources] of Object.entries(KINDS)) {
    it(`passes on the true log, read through ${kind}`, async () => {
      const progress: [number, number][] = [];
      const r = await whole(sources(log.fetch), (done, total) => progress.push([done, total]));
      assert.deepEqual(r.result.problems, []);
      assert.equal(r.result.ok, true);
      assert.equal(r.result.size, log.leaves.length);
      assert.equal(r.result.firstBad, null);
      assert.equal(r.result.checkpoint?.size, log.leaves.length);
      assert.equal(r.result.checkpoint?.root, r.result.root);
      // The keys the log lodged: each one the key list names.
      const keys = await sources(log.fetch).keys();
      assert.equal(r.result.lodged, keys.length);
      assert.equal(r.webCryptoAgrees, true);
      assert.equal(r.webCryptoRoot, r.result.root);
      assert.deepEqual(progress.at(-1), [log.leaves.length, log.leaves.length]);
    });
  }

  it('names the entry whose leaf was changed', async () => {
    const k = partyFiling();
    const sources = changingLeaves(jsonSources(log.fetch), log.leaves, (l, i) =>
      i === k ? changedLeaf(k) : l,
    );
    const r = await whole(sources);
    assert.equal(r.result.ok, false);
    assert.equal(r.result.firstBad, k);
    assert.ok(
      r.result.problems.some((p) => p.index === k && p.check === 'signature'),
      JSON.stringify(r.result.problems),
    );
    assert.ok(r.result.problems.some((p) => p.index === null && p.check === 'root'));
    // The WebCrypto check runs over what was served: it agrees with the verifier all the same.
    assert.equal(r.webCryptoAgrees, true);
  });

  it('names the entry that was dropped', async () => {
    const k = partyFiling();
    const sources = changingLeaves(jsonSources(log.fetch), log.leaves, (l, i) => (i === k ? null : l));
    const r = await whole(sources);
    assert.equal(r.result.ok, false);
    assert.equal(r.result.firstBad, k);
    assert.ok(
      r.result.problems.some((p) => p.index === k && p.check === 'index'),
      JSON.stringify(r.result.problems),
    );
  });

  it('names the entry whose logged outcome the rules do not give', async () => {
    const k = indexWhere((e) => !signsWithDepositaryKey(e.envelope.party) && !e.outcome.accepted);
    const accepted = (log.entries.find((e) => e.outcome.accepted) as Entry).outcome;
    const sources = changingLeaves(jsonSources(log.fetch), log.leaves, (l, i) =>
      i === k ? canonicalJson({ ...log.entries[k], outcome: accepted }) : l,
    );
    const r = await whole(sources);
    assert.equal(r.result.firstBad, k);
    const atK = r.result.problems.filter((p) => p.index === k);
    assert.deepEqual(
      atK.map((p) => p.check),
      ['outcome'],
      JSON.stringify(r.result.problems),
    );
  });

  it('refuses a checkpoint signed by another key, blaming no entry', async () => {
    const base = jsonSources(log.fetch);
    const forged = await checkpointByAnotherKey(await base.checkpoint(), log.verifierKey);
    const r = await whole({ ...base, checkpoint: () => Promise.resolve(forged) });
    assert.equal(r.result.ok, false);
    assert.equal(r.result.checkpoint, null);
    assert.equal(r.result.firstBad, null);
    assert.deepEqual(
      r.result.problems.map((p) => [p.index, p.check]),
      [[null, 'checkpoint']],
    );
  });
});

describe('one entry verified in the browser (under Node)', () => {
  for (const [kind, sources] of Object.entries(KINDS)) {
    it(`verifies every entry of the true log, read through ${kind}`, async () => {
      const s = sources(log.fetch);
      const keys = await s.keys();
      const size = log.leaves.length;
      for (const [index, leaf] of log.leaves.entries()) {
        const v = await verifyEntry(s, index, log.verifierKey);
        assert.deepEqual(v.failures, [], `entry ${index}`);
        assert.equal(v.ok, true);
        assert.equal(v.included, true);
        assert.equal(v.leaf, leaf);
        assert.equal(v.leafHash, leafHashB64(leaf));
        assert.equal(v.checkpoint?.size, size);
        assert.equal(v.recomputedRoot, v.checkpoint?.root);
        assert.equal(v.path.length, inclusionRanges(index, size).length);
        assert.equal(v.path.at(-1)?.result ?? v.leafHash, v.checkpoint?.root);
        const { party, keyId } = (log.entries[index] as Entry).envelope;
        const listed = keys.find((k) => k.party === party && k.keyId === keyId);
        assert.deepEqual(v.filer, {
          party,
          keyId,
          ok: true,
          source: signsWithDepositaryKey(party) ? 'depositary' : { lodgedIndex: listed?.lodgedIndex },
        });
      }
    });
  }

  it("verifies a receipt's entry, early and last, in today's larger tree", async () => {
    const s = jsonSources(log.fetch);
    for (const { receipt, envelope } of [log.early, log.last]) {
      const v = await verifyEntry(s, receipt.index, log.verifierKey);
      assert.equal(v.ok, true, JSON.stringify(v.failures));
      assert.equal(v.leafHash, receipt.leafHash);
      assert.deepEqual(v.entry?.envelope, envelope);
      assert.deepEqual(v.entry?.outcome, receipt.outcome);
      const signed = await openCheckpoint(receipt.checkpoint, log.verifierKey);
      assert.ok(signed.ok);
      assert.ok(signed.checkpoint.size > receipt.index);
      assert.ok((v.checkpoint?.size ?? 0) >= signed.checkpoint.size);
    }
    assert.ok(log.early.receipt.index < log.last.receipt.index);
  });

  it('tells a changed leaf, and the hash the signed tree holds for it', async () => {
    const k = partyFiling();
    const s = changingLeaves(jsonSources(log.fetch), log.leaves, (l, i) => (i === k ? changedLeaf(k) : l));
    const v = await verifyEntry(s, k, log.verifierKey);
    assert.equal(v.ok, false);
    assert.equal(v.included, false);
    const [first] = v.failures;
    assert.equal(first?.code, 'leaf-mismatch');
    assert.equal(first.treeHolds, leafHashB64(log.leaves[k] as string));
    assert.equal(Math.abs((first.witness ?? k) - k), 1);
    assert.ok(v.failures.some((f) => f.code === 'filer-signature'));
  });

  it('tells a changed proof from a changed leaf', async () => {
    const k = partyFiling();
    const base = jsonSources(log.fetch);
    const s: Sources = {
      ...base,
      inclusionProof: async (index, size) => {
        const hashes = await base.inclusionProof(index, size);
        if (index !== k) return hashes;
        const first = fromBase64(hashes[0] as string) as Uint8Array;
        first[0] = (first[0] as number) ^ 1;
        return [toBase64(first), ...hashes.slice(1)];
      },
    };
    const v = await verifyEntry(s, k, log.verifierKey);
    assert.equal(v.ok, false);
    assert.equal(v.included, false);
    assert.equal(v.leafHash, leafHashB64(log.leaves[k] as string));
    assert.equal(v.failures.length, 1, JSON.stringify(v.failures));
    const [only] = v.failures;
    assert.equal(only?.code, 'proof-mismatch');
    assert.equal(Math.abs((only.witness ?? k) - k), 1);
    // The filing itself is intact.
    assert.equal(v.filer?.ok, true);
  });

  it('refuses a checkpoint signed by another key', async () => {
    const base = jsonSources(log.fetch);
    const forged = await checkpointByAnotherKey(await base.checkpoint(), log.verifierKey);
    const v = await verifyEntry({ ...base, checkpoint: () => Promise.resolve(forged) }, 0, log.verifierKey);
    assert.equal(v.ok, false);
    assert.equal(v.checkpoint, null);
    assert.deepEqual(
      v.failures.map((f) => f.code),
      ['checkpoint-signature'],
    );
  });

  it('says an entry past the signed checkpoint is not signed yet', async () => {
    const size = log.leaves.length;
    const v = await verifyEntry(jsonSources(log.fetch), size, log.verifierKey);
    assert.deepEqual(v.failures, [{ code: 'not-signed-yet', size }]);
    assert.equal(v.ok, false);
  });

  /** The sources with the replaced key's listing changed. */
  const withKey = (change: (k: ListedKey) => ListedKey): Sources => {
    const base = jsonSources(log.fetch);
    const { party, keyId } = log.replaced;
    return {
      ...base,
      keys: async () =>
        (await base.keys()).map((k) => (k.party === party && k.keyId === keyId ? change(k) : k)),
    };
  };
  /** The last entry signed with the replaced key. */
  const lastByOldKey = () =>
    log.entries.findLast((e) => e.envelope.keyId === log.replaced.keyId)?.index ?? assert.fail('none');

  it('refuses a filing whose key the list says was revoked before it', async () => {
    const e = lastByOldKey();
    assert.ok(e < log.replaced.at);
    const v = await verifyEntry(
      withKey((k) => ({ ...k, revokedIndex: e - 1 })),
      e,
      log.verifierKey,
    );
    assert.equal(v.ok, false);
    const { party, keyId } = log.replaced;
    assert.deepEqual(v.failures, [{ code: 'filer-key-revoked', party, keyId, revokedIndex: e - 1 }]);
  });

  it("refuses a filing whose key the list says another Party's entry lodged", async () => {
    const e = lastByOldKey();
    const other = indexWhere(
      (x) =>
        x.envelope.party === 'DEPOSITARY' &&
        x.envelope.act['act'] === 'lodge-key' &&
        x.envelope.act['party'] !== log.replaced.party,
    );
    const v = await verifyEntry(
      withKey((k) => ({ ...k, lodgedIndex: other })),
      e,
      log.verifierKey,
    );
    assert.equal(v.ok, false);
    const { party, keyId } = log.replaced;
    assert.deepEqual(v.failures, [
      { code: 'filer-key-entry', party, keyId, lodgedIndex: other, fault: 'not-lodging' },
    ]);
  });

  it('reports a server that stops answering as a network failure', async () => {
    const base = jsonSources(log.fetch);
    const v = await verifyEntry(
      {
        ...base,
        entries: () => Promise.reject(new Error('the depositary cannot be reached')),
      },
      0,
      log.verifierKey,
    );
    assert.equal(v.ok, false);
    assert.deepEqual(v.failures, [{ code: 'network', detail: 'the depositary cannot be reached' }]);
  });
});
