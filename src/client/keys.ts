/**
 * @module A Party's private key on disk, and signing its filings with it.
 *
 * The key file `est keygen` writes is JSON, mode 0600:
 *
 * ```json
 * { "type": "est-ed25519-key", "party": "RU", "keyId": "1f0c...", "publicKey": "<base64, 32 bytes>",
 *   "seed": "<base64, 32 bytes>" }
 * ```
 *
 * `seed` is the Ed25519 private key (RFC 8032's 32-byte seed); `publicKey` and `keyId` are derived
 * from it and checked when the file is read. A PKCS#8 PEM Ed25519 private key (as from
 * `openssl genpkey -algorithm ed25519`) is read too; it names no Party, so `--party` must.
 */
import { createPrivateKey } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  readFileSync,
} from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { fromBase64, toBase64 } from '../log/bytes.ts';
import type { Envelope } from '../log/entry.ts';
import { ENVELOPE_VERSION, keyIdOf, signingBytes } from '../log/entry.ts';
import { ed25519Sign, privateKeyFromSeed, rawPublicKey, rawSeed, sha256 } from '../log/node-crypto.ts';

export const KEY_FILE_TYPE = 'est-ed25519-key';

/** A Party's signing key. */
export interface PartyKey {
  /** The Party it belongs to; null for a PEM file, which does not say. */
  readonly party: string | null;
  readonly keyId: string;
  /** Raw 32 bytes. */
  readonly publicKey: Uint8Array;
  /** The 32-byte Ed25519 seed (the private key). */
  readonly seed: Uint8Array;
}

/** A key file that cannot be read or is not a key. */
export class KeyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyFileError';
  }
}

/** The key of a seed: its public key and key id. */
export function keyFromSeed(party: string | null, seed: Uint8Array): PartyKey {
  const publicKey = rawPublicKey(privateKeyFromSeed(seed));
  return { party, keyId: keyIdOf(sha256, publicKey), publicKey, seed };
}

/** The JSON text of a key file. */
export function keyFileText(key: { party: string; seed: Uint8Array; publicKey: Uint8Array }): string {
  const keyId = keyIdOf(sha256, key.publicKey);
  const body = {
    type: KEY_FILE_TYPE,
    party: key.party,
    keyId,
    publicKey: toBase64(key.publicKey),
    seed: toBase64(key.seed),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

function writeAll(path: string, flags: string, text: string): void {
  const fd = openSync(path, flags, 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a key file, readable by its owner only (mode 0600). Refuses an existing file unless
 * `force`; then the new file replaces it atomically (written aside, then renamed).
 */
export function writeKeyFile(
  path: string,
  key: { party: string; seed: Uint8Array; publicKey: Uint8Array },
  options: { force?: boolean } = {},
): void {
  if (!equalKey(keyFromSeed(key.party, key.seed).publicKey, key.publicKey))
    throw new KeyFileError('the public key is not the one of this seed');
  const text = keyFileText(key);
  try {
    if (!options.force) {
      writeAll(path, 'wx', text);
      return;
    }
    const aside = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    rmSync(aside, { force: true });
    writeAll(aside, 'wx', text);
    renameSync(aside, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new KeyFileError(`${path} exists; add --force to replace it`);
    if (code === 'ENOENT') throw new KeyFileError(`${path}: no such folder`);
    if (code === 'EACCES' || code === 'EPERM') throw new KeyFileError(`${path}: permission denied`);
    if (code === 'EISDIR') throw new KeyFileError(`${path} is a folder`);
    throw new KeyFileError(`${path}: ${(e as Error).message}`);
  }
}

const equalKey = (a: Uint8Array, b: Uint8Array): boolean => toBase64(a) === toBase64(b);

function fromPem(path: string, text: string): PartyKey {
  let seed: Uint8Array;
  try {
    const key = createPrivateKey({ key: text, format: 'pem' });
    if (key.asymmetricKeyType !== 'ed25519') {
      throw new KeyFileError(
        `${path}: a ${key.asymmetricKeyType ?? 'non-Ed25519'} key; est keys are Ed25519`,
      );
    }
    seed = rawSeed(key);
  } catch (e) {
    if (e instanceof KeyFileError) throw e;
    throw new KeyFileError(`${path}: not a readable PEM private key`);
  }
  return keyFromSeed(null, seed);
}

/** Reads and checks a key file (JSON as `est keygen` writes it, or a PKCS#8 PEM Ed25519 key). */
export function readKeyFile(path: string): PartyKey {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new KeyFileError(
      code === 'ENOENT'
        ? `${path}: no such file`
        : code === 'EACCES'
          ? `${path}: permission denied`
          : code === 'EISDIR'
            ? `${path} is a folder`
            : `${path}: ${(e as Error).message}`,
    );
  }
  if (text.trimStart().startsWith('-----BEGIN')) return fromPem(path, text);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new KeyFileError(
      `${path}: not a key file (expected the JSON that est keygen writes, or a PEM key)`,
    );
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new KeyFileError(`${path}: not a key file (expected a JSON object)`);
  const fields = body as Record<string, unknown>;
  for (const name of ['party', 'seed'] as const) {
    if (typeof fields[name] !== 'string' || fields[name] === '')
      throw new KeyFileError(`${path}: the field "${name}" is missing`);
  }
  const seed = fromBase64(fields['seed'] as string);
  if (seed === null || seed.length !== 32)
    throw new KeyFileError(`${path}: "seed" is not the base64 of 32 bytes`);
  const key = keyFromSeed(fields['party'] as string, seed);
  if (fields['publicKey'] !== undefined && fields['publicKey'] !== toBase64(key.publicKey))
    throw new KeyFileError(`${path}: "publicKey" is not the public key of "seed" (the file was changed)`);
  if (fields['keyId'] !== undefined && fields['keyId'] !== key.keyId)
    throw new KeyFileError(`${path}: "keyId" is not the id of the key (${key.keyId})`);
  return key;
}

/** A warning when others than the owner may read the key file, else null (POSIX only). */
export function keyFileModeWarning(path: string): string | null {
  if (process.platform === 'win32') return null;
  try {
    const mode = statSync(path).mode & 0o777;
    return (mode & 0o077) === 0
      ? null
      : `${path} can be read by others (mode ${mode.toString(8).padStart(4, '0')}); chmod 600 ${path}`;
  } catch {
    return null;
  }
}

/**
 * A signed envelope: `{ v, party, keyId, seq, act, signature }`, the signature over the RFC 8785
 * canonical JSON of everything else.
 */
export function signEnvelope(
  key: PartyKey,
  seq: number,
  act: Readonly<Record<string, unknown>>,
  party: string | null = key.party,
): Envelope {
  if (party === null) throw new KeyFileError('the key names no Party: give one');
  const unsigned = { v: ENVELOPE_VERSION, party, keyId: key.keyId, seq, act } as const;
  const signature = ed25519Sign(privateKeyFromSeed(key.seed), signingBytes(unsigned));
  return { ...unsigned, signature: toBase64(signature) };
}
