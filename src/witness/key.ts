/**
 * @module The witness's key file, `witness.key` in its data directory (mode 0600). It holds one line
 * in the signer key format of golang.org/x/mod/sumdb/note, with the cosignature type 0x04 of
 * c2sp.org/tlog-cosignature: `PRIVATE+KEY+<name>+<hex key ID>+<base64 of 0x04 || 32-byte seed>`, so
 * that Go tools (transparency-dev/formats NewSignerForCosignatureV1) read it too. A mirror's key
 * (c2sp.org/tlog-mirror: a mirror is a cosigner) is kept the same way, in `mirror.key`.
 */
import type { KeyObject } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { concat, fromBase64, toBase64, toHex } from '../log/bytes.ts';
import type { CosignerKey } from '../log/cosignature.ts';
import { COSIGNATURE_V1, cosignerKey, formatCosignerVerifierKey } from '../log/cosignature.ts';
import { newKeyPair, privateKeyFromSeed, rawPublicKey, sha256 } from '../log/node-crypto.ts';
import { isKeyName } from '../log/note.ts';

export const KEY_FILE = 'witness.key';

export class WitnessKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WitnessKeyError';
  }
}

export interface WitnessKey {
  readonly key: CosignerKey;
  readonly privateKey: KeyObject;
  /** `<name>+<hex key ID>+<base64 of 0x04 || public key>` */
  readonly verifierKey: string;
  readonly file: string;
}

/** Whether a name can name a witness (a note key name: no spaces, no plus sign). */
export const isWitnessName = (name: string): boolean => isKeyName(name) && name.length <= 255;

/**
 * Makes the witness's key in the data directory (created if needed). Refuses to replace a key that
 * is there: a witness's verifier key is written into the policies of every client that trusts it.
 */
export async function initWitnessKey(
  dataDir: string,
  name: string,
  fileName: string = KEY_FILE,
): Promise<WitnessKey> {
  if (!isWitnessName(name)) {
    throw new WitnessKeyError(
      `--name ${JSON.stringify(name)}: a witness name has no spaces or plus signs (a schema-less URL such as witness.example.org/w1 is usual)`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, fileName);
  const { seed, publicKey } = newKeyPair();
  const key = await cosignerKey(sha256, name, publicKey);
  const line = `PRIVATE+KEY+${name}+${toHex(key.id)}+${toBase64(concat(Uint8Array.of(COSIGNATURE_V1), seed))}\n`;
  try {
    writeFileSync(file, line, { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      const existing = await loadWitnessKey(dataDir, fileName).catch(() => null);
      throw new WitnessKeyError(
        `${file} already exists${existing ? ` (the key of ${existing.key.name}: ${existing.verifierKey})` : ''}; a witness keeps its key for life, since clients' policies name it. Refusing to overwrite it: to retire that witness, move the file away yourself`,
      );
    }
    throw e;
  }
  // The mode given to open() is filtered by the umask; make sure.
  chmodSync(file, 0o600);
  return { key, privateKey: privateKeyFromSeed(seed), verifierKey: formatCosignerVerifierKey(key), file };
}

/** Reads the witness's key from its data directory. */
export async function loadWitnessKey(dataDir: string, fileName: string = KEY_FILE): Promise<WitnessKey> {
  const file = join(dataDir, fileName);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new WitnessKeyError(
        `no witness key in ${dataDir} (make one with: est witness init --name NAME --data ${dataDir})`,
      );
    }
    throw new WitnessKeyError(`${file}: ${(e as Error).message}`);
  }
  const parts = text.trim().split('+');
  // The base64 may itself hold plus signs: the key material is everything after the fourth one.
  const [p1, p2, name, id] = parts;
  const material = fromBase64(parts.slice(4).join('+'));
  if (
    p1 !== 'PRIVATE' ||
    p2 !== 'KEY' ||
    name === undefined ||
    !isWitnessName(name) ||
    material === null ||
    material.length !== 33 ||
    material[0] !== COSIGNATURE_V1
  ) {
    throw new WitnessKeyError(
      `${file}: not a witness key (PRIVATE+KEY+<name>+<hex key id>+<base64 of 0x04 and the 32-byte seed>)`,
    );
  }
  const privateKey = privateKeyFromSeed(material.slice(1));
  const key = await cosignerKey(sha256, name, rawPublicKey(privateKey));
  if (id !== toHex(key.id)) {
    throw new WitnessKeyError(
      `${file}: the key ID ${id ?? ''} is not the one the name and key give (${toHex(key.id)})`,
    );
  }
  return { key, privateKey, verifierKey: formatCosignerVerifierKey(key), file };
}

/** Whether others than the owner may read the key file (a warning, as ssh gives). */
export function keyFileTooOpen(file: string): boolean {
  return (statSync(file).mode & 0o077) !== 0;
}
