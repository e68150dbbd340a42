/**
 * @module What `est serve` needs before it listens: the data directory (mode 0700), the
 * depositary's signing key (`depositary.key`, PKCS#8 PEM, mode 0600, made at first start), the
 * log's origin, the admin token (only its SHA-256 is stored; the token itself waits in
 * `admin-token`, mode 0600, until it is first used), the store, and the Depositary over it.
 *
 * Two things are pinned in the store's settings at first start, so a restart cannot silently change
 * what verifiers trust: the origin (the first line of every checkpoint) and the verifier key.
 */
import { createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { hostname as osHostname } from 'node:os';
import { join, resolve } from 'node:path';
import { Depositary } from '../app/depositary.ts';
import { LogIntegrityError, MissingNodeError } from '../app/errors.ts';
import { toHex } from '../log/bytes.ts';
import { privateKeyFromSeed, rawPublicKey, rawSeed, sha256 } from '../log/node-crypto.ts';
import { formatVerifierKey, isKeyName, noteKey } from '../log/note.ts';
import type { LogMode } from '../log/mode.ts';
import { exerciseOrigin, modeOfOrigin } from '../log/mode.ts';
import { RulesChangeError } from '../app/ledger.ts';
import type { DirLock } from '../store/dir-lock.ts';
import { lockDataDir } from '../store/dir-lock.ts';
import type { EventLog, StoreSpec, WriterLock } from '../store/index.ts';
import { StoreLockedError, StoreUnavailableError, openStore, storeSpec } from '../store/index.ts';

/** Exit status of a start refused for now, to try again later (sysexits.h EX_TEMPFAIL). */
export const EXIT_TRY_LATER = 75;

/**
 * A problem with the data directory, the key or the settings: the service cannot start. The exit
 * status is 1, or {@link EXIT_TRY_LATER} when the cause may pass (another process holds the store,
 * the database cannot be reached).
 */
export class SetupError extends Error {
  readonly exitCode: number;
  constructor(message: string, options?: { cause?: unknown; exitCode?: number }) {
    super(message, options);
    this.name = 'SetupError';
    this.exitCode = options?.exitCode ?? 1;
  }
}

export const KEY_FILE = 'depositary.key';
export const DEFAULT_DATA_DIR = './est-data';
const ORIGIN = 'origin';
const VERIFIER_KEY = 'verifierKey';
export const ADMIN_TOKEN_HASH = 'adminTokenSha256';
/**
 * The admin token until its first use: a first start can fail after making it (the port in use,
 * say), and a token shown once and lost then would lock the operator out. The file goes on the
 * token's first accepted use; until then every start shows it again.
 */
export const ADMIN_TOKEN_FILE = 'admin-token';

export interface SetupOptions {
  /** `--data`; else EST_DATA_DIR; else ./est-data. */
  readonly dataDir?: string | undefined;
  /** `--db`; else DATABASE_URL; else SQLite in the data directory. */
  readonly db?: string | undefined;
  /** `--origin`; else the one stored at first start; else `est.depositary/<hostname>`. */
  readonly origin?: string | undefined;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The depositary's clock (the demo steps it). */
  readonly clock?: () => Date;
  readonly hostname?: string;
  /**
   * `--accept-rules-change`: when the rules of this build decide logged entries otherwise than the
   * rules they name, log the change and go on (default: refuse to start, naming the first).
   */
  readonly acceptRulesChange?: boolean;
  /** False only for the benchmark's baseline: receipts without checkpoint and proof. */
  readonly receiptProofs?: boolean;
  /**
   * `--exercise` (and `--demo`): a new log is made an exercise (its origin ends in /exercise,
   * src/log/mode.ts); a log that is a record is refused, since its mode is fixed for its life.
   */
  readonly exercise?: boolean;
  /** Where the depositary reports losing and regaining its store (default stderr). */
  readonly notice?: (message: string) => void;
  /**
   * Called when another process took the store's writer lock while this one's connection was down
   * (PostgreSQL): that one writes now; this one must stop (default: a notice).
   */
  readonly onWriterLockTaken?: (holder: string) => void;
  /** Milliseconds filers wait for a failed append's outcome (see DepositaryConfig.recoverWaitMs). */
  readonly recoverWaitMs?: number;
  /**
   * False to open without the data directory's lock and the writer lock: only to read what a
   * running service has pinned (`--print-verifier-key`), never to serve. Default true.
   */
  readonly lock?: boolean;
}

export interface Setup {
  readonly dataDir: string;
  readonly spec: StoreSpec;
  readonly log: EventLog;
  readonly depositary: Depositary;
  readonly origin: string;
  /** What the log is for its whole life, as its origin says. */
  readonly mode: LogMode;
  /** Lowercase hex SHA-256 of the admin token. */
  readonly adminTokenHash: string;
  /**
   * Where the token came from: `generated` now, or `unused` (made earlier, not yet used): then
   * `newAdminToken` holds it, to show until its first use; `store` once used (only its hash is kept).
   */
  readonly adminTokenFrom: 'env' | 'store' | 'generated' | 'unused';
  readonly newAdminToken: string | null;
  readonly keyCreated: boolean;
  /** Closes the store and lets go of the data directory and the writer lock. */
  close(): Promise<void>;
}

const hashHex = (text: string): string => toHex(sha256(new TextEncoder().encode(text)));

/**
 * Makes a new admin token for the store: its hash replaces the stored one, and the token waits in
 * the data directory's `admin-token` (mode 0600) until first used. Returns the token.
 */
export async function issueAdminToken(log: Pick<EventLog, 'setSetting'>, dataDir: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const file = join(dataDir, ADMIN_TOKEN_FILE);
  const aside = `${file}.${process.pid}`;
  try {
    writeFileSync(aside, `${token}\n`, { mode: 0o600 });
    renameSync(aside, file);
  } catch (e) {
    rmSync(aside, { force: true });
    throw new SetupError(`cannot write ${file}`, { cause: e });
  }
  await log.setSetting(ADMIN_TOKEN_HASH, hashHex(token));
  return token;
}

/** The admin token waiting for its first use, when `admin-token` holds the one whose hash is stored. */
export function unusedAdminToken(dataDir: string, storedHash: string): string | null {
  let token: string;
  try {
    token = readFileSync(join(dataDir, ADMIN_TOKEN_FILE), 'utf8').trim();
  } catch {
    return null;
  }
  return token !== '' && hashHex(token) === storedHash ? token : null;
}

/** The admin token has been used: it is no longer shown (only its hash stays, in the store). */
export function adminTokenUsed(dataDir: string): void {
  rmSync(join(dataDir, ADMIN_TOKEN_FILE), { force: true });
}

/** Reads the depositary's key, or makes it when there is none; refuses one others can read. */
export function loadOrCreateKey(dataDir: string): { seed: Uint8Array; created: boolean; file: string } {
  const file = join(dataDir, KEY_FILE);
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new SetupError(`cannot read ${file}`, { cause: e });
    const { privateKey } = generateKeyPairSync('ed25519');
    const text = privateKey.export({ type: 'pkcs8', format: 'pem' });
    try {
      // 'wx': never overwrite a key another process made meanwhile.
      writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
      return { seed: rawSeed(privateKey), created: true, file };
    } catch (w) {
      if ((w as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new SetupError(`cannot write ${file}`, { cause: w });
      return { ...loadOrCreateKey(dataDir), created: false };
    }
  }
  const mode = statSync(file).mode & 0o777;
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new SetupError(
      `${file} can be read by other users (mode ${mode.toString(8)}); run chmod 600 on it`,
    );
  }
  try {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`a ${key.asymmetricKeyType ?? 'unknown'} key`);
    return { seed: rawSeed(key), created: false, file };
  } catch (e) {
    throw new SetupError(`${file} is not an Ed25519 private key in PKCS#8 PEM`, { cause: e });
  }
}

/** The default origin: `est.depositary/<hostname>`, the hostname kept to characters a note allows. */
export function defaultOrigin(host: string): string {
  const name = host
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `est.depositary/${name || 'localhost'}`;
}

function checkOrigin(origin: string): string {
  if (!isKeyName(origin) || !/^[\x21-\x7e]+$/.test(origin) || origin.length > 200) {
    throw new SetupError(
      `--origin ${JSON.stringify(origin)}: expected printable ASCII with no spaces or '+'`,
    );
  }
  return origin;
}

/** Opens (or creates) everything the service runs on; on failure nothing is left open. */
export async function setUp(options: SetupOptions = {}): Promise<Setup> {
  const env = options.env ?? process.env;
  const dataDir = resolve(options.dataDir ?? (env['EST_DATA_DIR'] || DEFAULT_DATA_DIR));
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw new SetupError(`cannot create the data directory ${dataDir}`, { cause: e });
  }
  try {
    accessSync(dataDir, constants.W_OK);
  } catch (e) {
    throw new SetupError(
      `the data directory ${dataDir} cannot be written (${(e as NodeJS.ErrnoException).code ?? 'no access'}): est serve keeps its key, its lock and, by default, its SQLite store there. Give it a directory it may write (--data or EST_DATA_DIR), or make this one writable for the user it runs as`,
    );
  }
  let dirLock: DirLock;
  try {
    dirLock =
      options.lock === false
        ? { dir: dataDir, release: () => undefined }
        : await lockDataDir(dataDir, 'est serve');
  } catch (e) {
    if (e instanceof StoreLockedError) throw new SetupError(e.message, { exitCode: EXIT_TRY_LATER });
    throw new SetupError(e instanceof Error ? e.message : String(e), { cause: e });
  }
  let log: EventLog | null = null;
  let writerLock: WriterLock | undefined;
  const closeAll = async (): Promise<void> => {
    await writerLock?.release();
    await log?.close();
    dirLock.release();
  };
  try {
    const key = loadOrCreateKey(dataDir);
    const spec = storeSpec(options.db ?? (env['DATABASE_URL'] || undefined), dataDir);
    try {
      log = await openStore(spec);
    } catch (e) {
      if (e instanceof StoreUnavailableError)
        throw new SetupError(`the store cannot be reached: ${e.message}`, { exitCode: EXIT_TRY_LATER });
      throw e;
    }
    const store = log;
    // The writer lock is taken before anything is written (opening may append to the log). Its
    // events reach the depositary once it exists; until then there is nothing to hold.
    let holder: Depositary | null = null;
    const notice = options.notice ?? ((m: string) => process.stderr.write(`est serve: ${m}\n`));
    try {
      writerLock =
        options.lock === false
          ? undefined
          : await store.lockWriter?.({
              lost: (why) =>
                holder?.hold(
                  'writer-lock',
                  `the depositary lost its writer lock (${why}) and is retaking it`,
                ),
              regained: () => void holder?.resume('writer-lock'),
              taken: (who) =>
                (
                  options.onWriterLockTaken ??
                  ((w: string) => notice(`another process took the writer lock: ${w}`))
                )(who),
            });
    } catch (e) {
      if (e instanceof StoreLockedError || e instanceof StoreUnavailableError)
        throw new SetupError(e.message, { exitCode: EXIT_TRY_LATER });
      throw e;
    }
    const stored = await store.getSetting(ORIGIN);
    const wanted = options.origin === undefined ? undefined : checkOrigin(options.origin);
    if (stored !== null && wanted !== undefined && wanted !== stored) {
      throw new SetupError(
        `this log's origin is ${stored}; it cannot become ${wanted} (verifiers pin it). Drop --origin or use another --data/--db`,
      );
    }
    const chosen = wanted ?? defaultOrigin(options.hostname ?? osHostname());
    const origin = stored ?? (options.exercise === true ? exerciseOrigin(chosen) : chosen);
    if (options.exercise === true && modeOfOrigin(origin) !== 'exercise') {
      throw new SetupError(
        `this log (${origin}) was not made as an exercise, and a log's mode is fixed for its life: an exercise or the demo needs a new log (another --data or --db; a demo log made before exercises were marked must be moved away)`,
      );
    }
    if (stored === null) await store.setSetting(ORIGIN, origin);

    // The key is checked before the log is opened: opening may append (keys brought into the log,
    // a rules change), and nothing may be signed with a key that is not the log's.
    const verifierKey = formatVerifierKey(
      await noteKey(sha256, origin, rawPublicKey(privateKeyFromSeed(key.seed))),
    );
    const pinned = await store.getSetting(VERIFIER_KEY);
    if (pinned !== null && pinned !== verifierKey) {
      throw new SetupError(
        `${key.file} is not the key this log was started with (its checkpoints are signed by ${pinned}); restore that key`,
      );
    }
    let depositary: Depositary;
    try {
      depositary = await Depositary.open({
        log: store,
        clock: options.clock ?? (() => new Date()),
        key: { name: origin, seed: key.seed },
        origin,
        acceptRulesChange: options.acceptRulesChange ?? false,
        receiptProofs: options.receiptProofs ?? true,
        notice,
        ...(options.recoverWaitMs === undefined ? {} : { recoverWaitMs: options.recoverWaitMs }),
      });
      holder = depositary;
    } catch (e) {
      if (e instanceof RulesChangeError || e instanceof MissingNodeError) throw new SetupError(e.message);
      if (e instanceof LogIntegrityError)
        throw new SetupError('the log does not hold together', { cause: e });
      throw e;
    }
    if (pinned === null) await store.setSetting(VERIFIER_KEY, depositary.verifierKey);

    const envToken = env['EST_ADMIN_TOKEN'];
    let adminTokenHash: string;
    let adminTokenFrom: Setup['adminTokenFrom'];
    let newAdminToken: string | null = null;
    if (envToken !== undefined && envToken !== '') {
      adminTokenHash = hashHex(envToken);
      adminTokenFrom = 'env';
    } else {
      const storedHash = await store.getSetting(ADMIN_TOKEN_HASH);
      if (storedHash !== null) {
        adminTokenHash = storedHash;
        newAdminToken = unusedAdminToken(dataDir, storedHash);
        adminTokenFrom = newAdminToken === null ? 'store' : 'unused';
      } else {
        newAdminToken = await issueAdminToken(store, dataDir);
        adminTokenHash = hashHex(newAdminToken);
        adminTokenFrom = 'generated';
      }
    }
    return {
      dataDir,
      spec,
      log: store,
      depositary,
      origin,
      mode: modeOfOrigin(origin),
      adminTokenHash,
      adminTokenFrom,
      newAdminToken,
      keyCreated: key.created,
      close: closeAll,
    };
  } catch (e) {
    await closeAll();
    throw e;
  }
}
