/**
 * @module Verifying the whole log in the browser, as `est verify --server` does: every entry is
 * checked by `LogVerifier` of src/log/verify.ts, which replays the filing record of
 * src/log/record.ts (canonical entries at their index, receipt times, each filing's Ed25519
 * signature with the key in force for its filer at its index as the log lodged and revoked it,
 * sequence numbers, who may file what, and the engine re-deciding every act to reproduce the logged
 * outcome under the rules the entry names; entries the current rules decide otherwise than the
 * earlier rules they name come back as rules changes, apart from the problems), then the signed
 * checkpoint (its signature, size and root).
 *
 * `LogVerifier` builds its Merkle tree with a synchronous SHA-256, which WebCrypto does not offer:
 * it gets the plain-JavaScript one of ./crypto.ts, first checked against WebCrypto; Ed25519 is
 * WebCrypto's. The leaf hashes and the root are then computed again with WebCrypto SHA-256 and must
 * be the same.
 */
import { equalBytes, toBase64 } from '../../src/log/bytes.ts';
import type { VerifyResult } from '../../src/log/verify.ts';
import { LogVerifier } from '../../src/log/verify.ts';
import {
  CryptoUnavailableError,
  ed25519Verify,
  leafHashOfText,
  selfTest,
  sha256,
  sha256Sync,
} from './crypto.ts';
import type { Sources } from './inclusion.ts';

export interface WholeLogResult {
  readonly result: VerifyResult;
  /** The root over the entries computed with WebCrypto SHA-256 (base64). */
  readonly webCryptoRoot: string;
  /** Whether WebCrypto's leaf hashes and root are the verifier's. */
  readonly webCryptoAgrees: boolean;
}

async function nodeHash(left: Uint8Array, right: Uint8Array): Promise<Uint8Array> {
  const data = new Uint8Array(1 + left.length + right.length);
  data[0] = 1;
  data.set(left, 1);
  data.set(right, 1 + left.length);
  return sha256(data);
}

/** The RFC 9162 Merkle tree hash over leaf hashes, with WebCrypto. */
async function rootOf(leaves: readonly Uint8Array[]): Promise<Uint8Array> {
  if (leaves.length === 0) return sha256(new Uint8Array(0));
  if (leaves.length === 1) return leaves[0] as Uint8Array;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(await rootOf(leaves.slice(0, k)), await rootOf(leaves.slice(k)));
}

/** The size a checkpoint note claims (its second line), before it is verified. */
function claimedSize(note: string): number {
  const size = Number(note.split('\n')[1]);
  return Number.isSafeInteger(size) && size >= 0 ? size : 0;
}

export async function verifyWholeLog(
  sources: Sources,
  options: {
    readonly verifierKey: string;
    readonly treaty: string;
    readonly parameters: Readonly<Record<string, unknown>>;
    readonly onProgress?: (done: number, total: number) => void;
  },
): Promise<WholeLogResult> {
  if (!(await selfTest()))
    throw new CryptoUnavailableError("this browser's SHA-256 in JavaScript disagrees with WebCrypto's");
  const note = await sources.checkpoint();
  const keys = await sources.keys();
  const verifier = await LogVerifier.create(
    { keys, verifierKey: options.verifierKey, treaty: options.treaty, parameters: options.parameters },
    { sha256: sha256Sync, ed25519Verify },
  );
  const size = claimedSize(note);
  const leaves: string[] = [];
  for (let start = 0; start < size; start += 1000) {
    const page = await sources.entries(start, Math.min(size, start + 1000));
    if (page.length === 0) break;
    for (const leaf of page) {
      leaves.push(leaf);
      await verifier.add(leaf);
    }
    options.onProgress?.(leaves.length, size);
  }
  await verifier.checkCheckpoint(note);
  const result = verifier.result();
  const webHashes = await Promise.all(leaves.map(leafHashOfText));
  const webRoot = await rootOf(webHashes);
  const webCryptoAgrees =
    webHashes.every((h, i) => equalBytes(h, verifier.leafHashes[i] as Uint8Array)) &&
    toBase64(webRoot) === result.root;
  return { result, webCryptoRoot: toBase64(webRoot), webCryptoAgrees };
}
