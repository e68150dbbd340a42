/**
 * @module Verifying one entry of the log in the browser, trusting nothing the server says until it is
 * checked: the signed checkpoint is opened with the trusted verifier key (WebCrypto Ed25519), the
 * entry's leaf hash is recomputed (WebCrypto SHA-256 of 0x00 || leaf), its inclusion proof is
 * folded up to a root that must be the signed one (RFC 9162, `verifyInclusion` of src/log), and the
 * filing's own signature is checked with its filer's lodged key. Every step is kept for display:
 * the path (each sibling, left or right, and the hash so far) and, on failure, why.
 *
 * When the proof does not lead to the signed root, a second proof tells which side was changed:
 * a neighbouring entry's proof, itself verified against the signed root, holds the hash the signed
 * tree has for this entry's leaf. If it equals the recomputed one, the entry is intact and its proof
 * was changed; if not, the entry was changed.
 */
import type { Entry } from '../../src/log/entry.ts';
import { canonicalJson, signingBytes } from '../../src/log/entry.ts';
import { equalBytes, fromBase64, toBase64, toHex } from '../../src/log/bytes.ts';
import type { Range } from '../../src/log/merkle.ts';
import { inclusionRanges, verifyInclusion } from '../../src/log/merkle.ts';
import { openNote, parseCheckpoint, parseVerifierKey } from '../../src/log/note.ts';
import { DEPOSITARY as DEPOSITARY_FILER } from '../../src/log/record.ts';
import { SECURITY_COUNCIL } from '../../src/treaty/entities.ts';
import { CryptoUnavailableError, ed25519Verify, leafHashOfText, sha256 } from './crypto.ts';

/** Where the data comes from (the API; a test may put something else here). */
export interface Sources {
  readonly checkpoint: () => Promise<string>;
  /** The leaf texts of [start, end). */
  readonly entries: (start: number, end: number) => Promise<readonly string[]>;
  /** Base64 hashes. */
  readonly inclusionProof: (index: number, size: number) => Promise<readonly string[]>;
  readonly keys: () => Promise<readonly { party: string; keyId: string; publicKey: string }[]>;
}

/** Why a verification failed; the view words each in English and Russian. */
export type Failure =
  | { readonly code: 'verifier-key' }
  | { readonly code: 'checkpoint-signature'; readonly detail: string }
  | { readonly code: 'checkpoint-malformed' }
  | { readonly code: 'not-signed-yet'; readonly size: number }
  | { readonly code: 'entry-missing' }
  | { readonly code: 'entry-malformed'; readonly detail: string }
  | { readonly code: 'entry-index'; readonly claimed: number }
  | { readonly code: 'proof-malformed'; readonly detail: string }
  /** The leaf hash is not the one the signed tree holds (per a neighbour's verified proof). */
  | { readonly code: 'leaf-mismatch'; readonly treeHolds: string; readonly witness: number | null }
  /** The entry is the one the tree holds, but its proof does not lead to the signed root. */
  | { readonly code: 'proof-mismatch'; readonly witness: number | null }
  /** The proof does not lead to the signed root, and no second proof could tell which was changed. */
  | { readonly code: 'root-mismatch' }
  | { readonly code: 'filer-key'; readonly party: string; readonly keyId: string }
  | { readonly code: 'filer-signature'; readonly party: string; readonly keyId: string }
  | { readonly code: 'crypto'; readonly detail: string }
  | { readonly code: 'network'; readonly detail: string };

export interface SignedCheckpoint {
  readonly origin: string;
  readonly size: number;
  /** Base64. */
  readonly root: string;
  /** `name+hexid` of the key that signed it. */
  readonly signer: string;
}

export interface PathStep {
  /** The leaves the sibling subtree covers, [start, end). */
  readonly covers: Range;
  /** Which side of the path the sibling is on. */
  readonly side: 'left' | 'right';
  /** Base64 sibling hash, as the proof gave it. */
  readonly sibling: string;
  /** Base64 hash after combining: SHA-256(0x01 || left || right). */
  readonly result: string;
}

export interface EntryVerification {
  readonly index: number;
  readonly ok: boolean;
  /** The first failure (what the verdict names) and any others. */
  readonly failures: readonly Failure[];
  /** The checkpoint, once its signature verified. */
  readonly checkpoint: SignedCheckpoint | null;
  /** The leaf text as received. */
  readonly leaf: string | null;
  readonly entry: Entry | null;
  /** Base64 SHA-256(0x00 || leaf), computed here. */
  readonly leafHash: string | null;
  readonly path: readonly PathStep[];
  /** Base64 root the path leads to. */
  readonly recomputedRoot: string | null;
  /** Whether the path leads to the signed root (null: not checked). */
  readonly included: boolean | null;
  /** The filing's signature: verified with the filer's key, or not (null: not checked). */
  readonly filer: { readonly party: string; readonly keyId: string; readonly ok: boolean | null } | null;
}

/** Opens a checkpoint note with a verifier key: what it signs, or the failure. */
export async function openCheckpoint(
  note: string,
  verifierKey: string,
): Promise<{ ok: true; checkpoint: SignedCheckpoint } | { ok: false; failure: Failure }> {
  const key = await parseVerifierKey(sha256, verifierKey.trim());
  if (key === null) return { ok: false, failure: { code: 'verifier-key' } };
  const opened = await openNote(note, key, ed25519Verify);
  if (!opened.ok) return { ok: false, failure: { code: 'checkpoint-signature', detail: opened.reason } };
  const parsed = parseCheckpoint(opened.text);
  if (parsed === null) return { ok: false, failure: { code: 'checkpoint-malformed' } };
  return {
    ok: true,
    checkpoint: {
      origin: parsed.origin,
      size: parsed.size,
      root: toBase64(parsed.root),
      signer: `${key.name}+${toHex(key.id)}`,
    },
  };
}

const NODE = 1;

async function nodeHash(left: Uint8Array, right: Uint8Array): Promise<Uint8Array> {
  const data = new Uint8Array(1 + left.length + right.length);
  data[0] = NODE;
  data.set(left, 1);
  data.set(right, 1 + left.length);
  return sha256(data);
}

function decodeProof(hashes: readonly string[]): Uint8Array[] | string {
  const out: Uint8Array[] = [];
  for (const [i, h] of hashes.entries()) {
    const bytes = typeof h === 'string' ? fromBase64(h) : null;
    if (bytes === null || bytes.length !== 32) return `hash ${i + 1} is not the base64 of 32 bytes`;
    out.push(bytes);
  }
  return out;
}

/** The path from a leaf up, step by step, as the proof's siblings make it. */
async function tracePath(index: number, size: number, leaf: Uint8Array, proof: readonly Uint8Array[]) {
  const ranges = inclusionRanges(index, size);
  const steps: PathStep[] = [];
  let hash = leaf;
  for (const [i, sibling] of proof.entries()) {
    const covers = ranges[i] ?? ([0, 0] as const);
    const side = covers[0] < index ? 'left' : 'right';
    hash = side === 'left' ? await nodeHash(sibling, hash) : await nodeHash(hash, sibling);
    steps.push({ covers, side, sibling: toBase64(sibling), result: toBase64(hash) });
  }
  return { steps, root: hash };
}

/**
 * The hash the signed tree holds for leaf `index`, read from a neighbour's proof that itself
 * verifies against the signed root (with the neighbour's own leaf, fetched and hashed here).
 */
async function witnessLeafHash(
  sources: Sources,
  index: number,
  signed: { size: number; root: Uint8Array },
): Promise<{ witness: number; hash: Uint8Array } | null> {
  const { size } = signed;
  if (size < 2) return null;
  const witness = (index ^ 1) < size ? index ^ 1 : index - 1;
  const at = inclusionRanges(witness, size).findIndex(([a, b]) => a === index && b === index + 1);
  if (at < 0) return null;
  const [leaf] = await sources.entries(witness, witness + 1);
  if (leaf === undefined) return null;
  const proof = decodeProof(await sources.inclusionProof(witness, size));
  if (typeof proof === 'string') return null;
  const ok = await verifyInclusion(sha256, witness, size, await leafHashOfText(leaf), proof, signed.root);
  const hash = proof[at];
  return ok && hash !== undefined ? { witness, hash } : null;
}

/** Verifies entry `index` against the checkpoint the server signs now, opened with `verifierKey`. */
export async function verifyEntry(
  sources: Sources,
  index: number,
  verifierKey: string,
): Promise<EntryVerification> {
  const failures: Failure[] = [];
  let checkpoint: SignedCheckpoint | null = null;
  let leaf: string | null = null;
  let entry: Entry | null = null;
  let leafHash: Uint8Array | null = null;
  let path: PathStep[] = [];
  let recomputedRoot: string | null = null;
  let included: boolean | null = null;
  let filer: EntryVerification['filer'] = null;
  const result = (): EntryVerification => ({
    index,
    ok: failures.length === 0 && included === true && filer?.ok === true,
    failures,
    checkpoint,
    leaf,
    entry,
    leafHash: leafHash === null ? null : toBase64(leafHash),
    path,
    recomputedRoot,
    included,
    filer,
  });
  try {
    // 1. The signed checkpoint: the root everything is checked against.
    const opened = await openCheckpoint(await sources.checkpoint(), verifierKey);
    if (!opened.ok) {
      failures.push(opened.failure);
      return result();
    }
    checkpoint = opened.checkpoint;
    const size = checkpoint.size;
    const signedRoot = fromBase64(checkpoint.root) as Uint8Array;
    if (index >= size) {
      failures.push({ code: 'not-signed-yet', size });
      return result();
    }

    // 2. The entry, and its leaf hash computed here.
    const [text] = await sources.entries(index, index + 1);
    if (text === undefined) {
      failures.push({ code: 'entry-missing' });
      return result();
    }
    leaf = text;
    leafHash = await leafHashOfText(text);
    try {
      const json: unknown = JSON.parse(text);
      entry = json as Entry;
      if (canonicalJson(json) !== text)
        failures.push({ code: 'entry-malformed', detail: 'the leaf is not in canonical JSON (RFC 8785)' });
      if (typeof entry.index !== 'number' || typeof entry.envelope !== 'object' || entry.envelope === null) {
        failures.push({ code: 'entry-malformed', detail: 'the leaf is not an entry' });
        entry = null;
      } else if (entry.index !== index) failures.push({ code: 'entry-index', claimed: entry.index });
    } catch (e) {
      failures.push({ code: 'entry-malformed', detail: (e as Error).message });
    }

    // 3. The inclusion proof at the checkpoint's size, folded up to the signed root.
    const proof = decodeProof(await sources.inclusionProof(index, size));
    if (typeof proof === 'string') {
      failures.push({ code: 'proof-malformed', detail: proof });
    } else {
      const expected = inclusionRanges(index, size).length;
      if (proof.length !== expected)
        failures.push({
          code: 'proof-malformed',
          detail: `${proof.length} hashes, where a tree of ${size} needs ${expected} for entry ${index}`,
        });
      const traced = await tracePath(index, size, leafHash, proof);
      path = traced.steps;
      recomputedRoot = toBase64(traced.root);
      included = await verifyInclusion(sha256, index, size, leafHash, proof, signedRoot);
      if (!included) {
        const witnessed = await witnessLeafHash(sources, index, { size, root: signedRoot }).catch(() => null);
        if (size === 1) failures.push({ code: 'leaf-mismatch', treeHolds: checkpoint.root, witness: null });
        else if (witnessed === null) failures.push({ code: 'root-mismatch' });
        else if (equalBytes(witnessed.hash, leafHash))
          failures.push({ code: 'proof-mismatch', witness: witnessed.witness });
        else
          failures.push({
            code: 'leaf-mismatch',
            treeHolds: toBase64(witnessed.hash),
            witness: witnessed.witness,
          });
      }
    }

    // 4. The filing's own signature, with its filer's lodged key (the depositary's for its own acts).
    if (entry !== null) {
      const { party, keyId } = entry.envelope;
      let publicKey: Uint8Array | null = null;
      if (party === DEPOSITARY_FILER || party === SECURITY_COUNCIL) {
        const key = await parseVerifierKey(sha256, verifierKey.trim());
        if (key !== null && toHex((await sha256(key.publicKey)).slice(0, 8)) === keyId)
          publicKey = key.publicKey;
      } else {
        const lodged = (await sources.keys()).find((k) => k.party === party && k.keyId === keyId);
        const raw = lodged === undefined ? null : fromBase64(lodged.publicKey);
        // The key must be what its id says.
        if (raw !== null && toHex((await sha256(raw)).slice(0, 8)) === keyId) publicKey = raw;
      }
      if (publicKey === null) {
        filer = { party, keyId, ok: false };
        failures.push({ code: 'filer-key', party, keyId });
      } else {
        const signature = fromBase64(entry.envelope.signature);
        const good =
          signature !== null && (await ed25519Verify(publicKey, signingBytes(entry.envelope), signature));
        filer = { party, keyId, ok: good };
        if (!good) failures.push({ code: 'filer-signature', party, keyId });
      }
    }
  } catch (e) {
    failures.push(
      e instanceof CryptoUnavailableError
        ? { code: 'crypto', detail: e.message }
        : { code: 'network', detail: e instanceof Error ? e.message : String(e) },
    );
  }
  return result();
}
