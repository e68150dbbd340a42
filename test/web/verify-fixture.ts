/**
 * A true log for the browser's verification code under Node: a depositary on the in-memory store
 * with four Parties, a small history (acceptances, refusals, the Depositary's own act), one key
 * replaced and a filing with the new key; the real app over it, called in-process; and the
 * {@link Sources} of web/src/inclusion.ts read from it through the JSON API or the tiles, as the
 * log view reads them, with ways to change what they serve.
 */
import assert from 'node:assert/strict';
import { fileHistory, testDepositary, TestFiler } from '../../src/client/testing.ts';
import { appFetch } from '../../src/server/testing.ts';
import { toBase64 } from '../../src/log/bytes.ts';
import type { Entry } from '../../src/log/entry.ts';
import { leafHashOf } from '../../src/log/entry.ts';
import { ed25519Sign, newKeyPair, privateKeyFromSeed, sha256 } from '../../src/log/node-crypto.ts';
import { noteKey, signNote, splitNote } from '../../src/log/note.ts';
import type { Receipt } from '../../src/log/receipt.ts';
import type { ListedKey, Sources } from '../../web/src/inclusion.ts';
import { TileLog } from '../../web/src/tiles.ts';

export const HOST = 'http://depositary.test';

export interface TrueLog {
  /** The app's fetch: absolute URLs under {@link HOST}. */
  readonly fetch: typeof globalThis.fetch;
  readonly verifierKey: string;
  /** Every leaf, as the JSON API serves them. */
  readonly leaves: readonly string[];
  readonly entries: readonly Entry[];
  /** The receipt and envelope of the last filing (by the replaced key's successor). */
  readonly last: { readonly receipt: Receipt; readonly envelope: unknown };
  /** The receipt of an early filing, given before the log grew. */
  readonly early: { readonly receipt: Receipt; readonly envelope: unknown };
  /** The party whose key was replaced, the old key's id, and the entry that replaced it. */
  readonly replaced: { readonly party: string; readonly keyId: string; readonly at: number };
}

export async function trueLog(): Promise<TrueLog> {
  const t = await testDepositary(['RU', 'BY', 'DE', 'FR']);
  const earlyEnvelope = t.filer('RU').envelope({ act: 'sign' });
  const earlyReceipt = await t.d.file(earlyEnvelope);
  await fileHistory(t, 12);
  // DE's key is replaced; DE goes on filing with the new one, its seq running on.
  const old = t.filer('DE');
  const next = new TestFiler('DE');
  next.seq = old.seq;
  const lodged = await t.d.lodgeKey('DE', toBase64(next.key.publicKey), old.key.keyId);
  const envelope = next.envelope({ act: 'assume-obligation', obligation: 'no new bases' });
  const receipt = await t.d.file(envelope);
  const fetch = appFetch(t.d, t.log);
  const size = t.d.size;
  const r = await fetch(`${HOST}/api/v1/log/entries?start=0&end=${size}`);
  assert.equal(r.status, 200);
  const leaves = ((await r.json()) as { entries: string[] }).entries;
  assert.equal(leaves.length, size);
  return {
    fetch,
    verifierKey: t.d.verifierKey,
    leaves,
    entries: leaves.map((l) => JSON.parse(l) as Entry),
    last: { receipt, envelope },
    early: { receipt: earlyReceipt, envelope: earlyEnvelope },
    replaced: { party: 'DE', keyId: old.key.keyId, at: lodged.receipt.index },
  };
}

async function get(fetch: typeof globalThis.fetch, path: string): Promise<Response> {
  const r = await fetch(`${HOST}${path}`);
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r;
}

const listedKeys = async (fetch: typeof globalThis.fetch): Promise<ListedKey[]> =>
  ((await (await get(fetch, '/api/v1/keys')).json()) as { keys: ListedKey[] }).keys;

/** The log read through the JSON API (`/api/v1/...`). */
export function jsonSources(fetch: typeof globalThis.fetch): Sources {
  const json = async <T>(path: string): Promise<T> => (await (await get(fetch, path)).json()) as T;
  return {
    checkpoint: async () => (await get(fetch, '/api/v1/log/checkpoint')).text(),
    entries: async (start, end) =>
      (await json<{ entries: string[] }>(`/api/v1/log/entries?start=${start}&end=${end}`)).entries,
    inclusionProof: async (index, size) =>
      (await json<{ hashes: string[] }>(`/api/v1/log/proof/inclusion?index=${index}&size=${size}`)).hashes,
    keys: () => listedKeys(fetch),
  };
}

/** The log read through its tiles (`/tlog/`, c2sp.org/tlog-tiles), the keys through the API. */
export function tileSources(fetch: typeof globalThis.fetch): Sources {
  const tiles = new TileLog(async (path) => {
    const r = await fetch(`${HOST}/tlog/${path}`);
    if (r.status === 404) return null;
    assert.equal(r.status, 200, path);
    return new Uint8Array(await r.arrayBuffer());
  });
  return {
    checkpoint: () => tiles.checkpoint(),
    entries: (start, end) => tiles.entries(start, end),
    inclusionProof: async (index, size) => (await tiles.inclusionProof(index, size)).map(toBase64),
    keys: () => listedKeys(fetch),
  };
}

/** The sources, with the leaves (by index) changed or dropped as `change` says (null drops one). */
export function changingLeaves(
  sources: Sources,
  all: readonly string[],
  change: (leaf: string, index: number) => string | null,
): Sources {
  const served = all.map(change).filter((l): l is string => l !== null);
  return { ...sources, entries: (start, end) => Promise.resolve(served.slice(start, end)) };
}

/** The same checkpoint text, signed by a new key that has the depositary key's name. */
export async function checkpointByAnotherKey(note: string, verifierKey: string): Promise<string> {
  const split = splitNote(note);
  assert.ok(split.ok);
  const pair = newKeyPair();
  const name = verifierKey.split('+')[0] as string;
  const key = await noteKey((b) => Promise.resolve(sha256(b)), name, pair.publicKey);
  const priv = privateKeyFromSeed(pair.seed);
  return signNote(split.text, key, (m) => ed25519Sign(priv, m));
}

/** Base64 RFC 9162 leaf hash of a leaf text, with node:crypto (not the code under test). */
export const leafHashB64 = (leaf: string): string => toBase64(leafHashOf(sha256, leaf));
