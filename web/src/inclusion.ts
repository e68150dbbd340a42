/**
 * @module Verifying one entry of the log in the browser, trusting nothing the server says until it is
 * checked: the signed checkpoint is opened with the trusted verifier key (WebCrypto Ed25519), the
 * entry's leaf hash is recomputed (WebCrypto SHA-256 of 0x00 || leaf), its inclusion proof is
 * folded up to a root that must be the signed one (RFC 9162, `verifyInclusion` of src/log), and the
 * filing's own signature is checked with its filer's key. Every step is kept for display: the path
 * (each sibling, left or right, and the hash so far) and, on failure, why.
 *
 * The filer's key, by the rules of the filing record (src/log/record.ts): the Depositary's acts
 * (`close`, and the record's own acts: a key lodged or revoked, a rules change) and the Security
 * Council's are signed with the depositary's key; a Party's format 2 filing with a key lodged in the
 * log before it and not revoked before it (`GET /api/v1/keys` names the entries that lodged and
 * revoked each key, and the entry that lodged it is fetched and checked here too: the Depositary's
 * lodge-key act for that very key, signed with the depositary's key, in the signed tree); a format 1
 * filing, written before keys were logged, with the key listed for its Party.
 *
 * When the proof does not lead to the signed root, a second proof tells which side was changed:
 * a neighbouring entry's proof, itself verified against the signed root, holds the hash the signed
 * tree has for this entry's leaf. If it equals the recomputed one, the entry is intact and its proof
 * was changed; if not, the entry was changed.
 */
import type { Entry } from '../../src/log/entry.ts';
import { ENTRY_SCHEMA, canonicalJson, signingBytes, versionOf } from '../../src/log/entry.ts';
import { equalBytes, fromBase64, toBase64, toHex } from '../../src/log/bytes.ts';
import type { Range } from '../../src/log/merkle.ts';
import { inclusionRanges, verifyInclusion } from '../../src/log/merkle.ts';
import type { NoteKey } from '../../src/log/note.ts';
import { openNote, parseCheckpoint, parseVerifierKey } from '../../src/log/note.ts';
import { filerProblem, recordActOf, signsWithDepositaryKey } from '../../src/log/filing-act.ts';
import { CryptoUnavailableError, ed25519Verify, leafHashOfText, sha256 } from './crypto.ts';

/** Where the data comes from (the API; a test may put something else here). */
export interface Sources {
  readonly checkpoint: () => Promise<string>;
  /** The leaf texts of [start, end). */
  readonly entries: (start: number, end: number) => Promise<readonly string[]>;
  /** Base64 hashes. */
  readonly inclusionProof: (index: number, size: number) => Promise<readonly string[]>;
  readonly keys: () => Promise<readonly ListedKey[]>;
}

/** A key as `GET /api/v1/keys` lists it. */
export interface ListedKey {
  readonly party: string;
  readonly keyId: string;
  /** Base64 of the raw 32-byte Ed25519 key. */
  readonly publicKey: string;
  /** The entry that lodged it in the log (absent from a server that kept keys outside the log). */
  readonly lodgedIndex?: number | null;
  /** The entry that revoked or replaced it, or null while it is in force. */
  readonly revokedIndex?: number | null;
}

/** What is wrong with the entry that is said to have lodged a filer's key. */
export type LodgingFault =
  /** The server sent no such entry, or not an entry. */
  | 'missing'
  /** It is not the Depositary's lodge-key act of this key (party, id and public key). */
  | 'not-lodging'
  /** It is not signed with the depositary's key. */
  | 'signature'
  /** It is not in the signed tree. */
  | 'inclusion';

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
  /** The filer may not file this act (the record's rule, in English). */
  | { readonly code: 'filer-act'; readonly party: string; readonly detail: string }
  /** The key was lodged in the log only at or after this entry. */
  | {
      readonly code: 'filer-key-late';
      readonly party: string;
      readonly keyId: string;
      readonly lodgedIndex: number | null;
    }
  /** The key was revoked (or replaced) before this entry. */
  | {
      readonly code: 'filer-key-revoked';
      readonly party: string;
      readonly keyId: string;
      readonly revokedIndex: number;
    }
  /** The entry said to lodge the key does not hold up. */
  | {
      readonly code: 'filer-key-entry';
      readonly party: string;
      readonly keyId: string;
      readonly lodgedIndex: number;
      readonly fault: LodgingFault;
    }
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
  readonly filer: {
    readonly party: string;
    readonly keyId: string;
    readonly ok: boolean | null;
    /**
     * Where the key comes from: the depositary's own; lodged in the log at an entry (checked here);
     * or listed outside the log for a format 1 entry.
     */
    readonly source: 'depositary' | { readonly lodgedIndex: number } | 'listed' | null;
  } | null;
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

/** The id of a raw key: lowercase hex of the first 8 bytes of its SHA-256 (WebCrypto). */
const keyIdOf = async (raw: Uint8Array): Promise<string> => toHex((await sha256(raw)).slice(0, 8));

type FoundKey =
  | { readonly key: Uint8Array; readonly source: NonNullable<EntryVerification['filer']>['source'] }
  | { readonly failure: Failure };

/** The key an entry's envelope must verify with, by the record's rules, or why there is none. */
async function filerKey(
  sources: Sources,
  entry: Entry,
  index: number,
  depositaryKey: NoteKey | null,
  signed: { readonly size: number; readonly root: Uint8Array },
): Promise<FoundKey> {
  const { party, keyId } = entry.envelope;
  const noKey: FoundKey = { failure: { code: 'filer-key', party, keyId } };
  if (signsWithDepositaryKey(party)) {
    if (depositaryKey === null || (await keyIdOf(depositaryKey.publicKey)) !== keyId) return noKey;
    return { key: depositaryKey.publicKey, source: 'depositary' };
  }
  const listed = (await sources.keys()).find((k) => k.party === party && k.keyId === keyId);
  const raw = listed === undefined ? null : fromBase64(listed.publicKey);
  // The key must be what its id says.
  if (listed === undefined || raw === null || raw.length !== 32 || (await keyIdOf(raw)) !== keyId)
    return noKey;
  // A format 1 entry was written before keys were logged: its key is the one listed for its Party.
  if (versionOf(entry) === 1) return { key: raw, source: 'listed' };
  const lodgedIndex = typeof listed.lodgedIndex === 'number' ? listed.lodgedIndex : null;
  if (lodgedIndex === null || lodgedIndex >= index)
    return { failure: { code: 'filer-key-late', party, keyId, lodgedIndex } };
  const revokedIndex = listed.revokedIndex;
  if (typeof revokedIndex === 'number' && revokedIndex < index)
    return { failure: { code: 'filer-key-revoked', party, keyId, revokedIndex } };
  const fault = await lodgingFault(sources, lodgedIndex, listed, depositaryKey, signed);
  if (fault !== null) return { failure: { code: 'filer-key-entry', party, keyId, lodgedIndex, fault } };
  return { key: raw, source: { lodgedIndex } };
}

/**
 * Whether the entry at `at` is the Depositary's lodging of this very key, signed with the
 * depositary's key and in the signed tree; null when it is, else what is wrong.
 */
async function lodgingFault(
  sources: Sources,
  at: number,
  key: ListedKey,
  depositaryKey: NoteKey | null,
  signed: { readonly size: number; readonly root: Uint8Array },
): Promise<LodgingFault | null> {
  const [leaf] = await sources.entries(at, at + 1);
  if (leaf === undefined) return 'missing';
  let parsed: ReturnType<typeof ENTRY_SCHEMA.safeParse>;
  try {
    parsed = ENTRY_SCHEMA.safeParse(JSON.parse(leaf));
  } catch {
    return 'missing';
  }
  if (!parsed.success || parsed.data.index !== at) return 'missing';
  const lodging = parsed.data as Entry;
  const { envelope } = lodging;
  const read = recordActOf(envelope);
  if (
    read === null ||
    !read.ok ||
    read.kind !== 'record' ||
    read.act.act !== 'lodge-key' ||
    read.act.party !== key.party ||
    read.act.keyId !== key.keyId ||
    read.act.publicKey !== key.publicKey
  )
    return 'not-lodging';
  const signature = fromBase64(envelope.signature);
  if (
    depositaryKey === null ||
    envelope.keyId !== (await keyIdOf(depositaryKey.publicKey)) ||
    signature === null ||
    !(await ed25519Verify(depositaryKey.publicKey, signingBytes(envelope), signature))
  )
    return 'signature';
  const proof = decodeProof(await sources.inclusionProof(at, signed.size));
  if (
    typeof proof === 'string' ||
    !(await verifyInclusion(sha256, at, signed.size, await leafHashOfText(leaf), proof, signed.root))
  )
    return 'inclusion';
  return null;
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

    // 4. The filer may file this act, with this key; and the filing's own signature.
    if (entry !== null) {
      const { party, keyId } = entry.envelope;
      const policy = filerProblem(party, entry.envelope.act['act']);
      if (policy !== null) failures.push({ code: 'filer-act', party, detail: policy });
      const depositaryKey = await parseVerifierKey(sha256, verifierKey.trim());
      const found = await filerKey(sources, entry, index, depositaryKey, { size, root: signedRoot });
      if ('failure' in found) {
        filer = { party, keyId, ok: false, source: null };
        failures.push(found.failure);
      } else {
        const signature = fromBase64(entry.envelope.signature);
        const good =
          signature !== null && (await ed25519Verify(found.key, signingBytes(entry.envelope), signature));
        filer = { party, keyId, ok: good, source: found.source };
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
