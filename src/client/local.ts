/**
 * @module Reading a depositary's store directly (`--data DIR [--db ...]`), for the operator's
 * `est verify --data` and `est log export --data`: the store is opened as `est serve` opens it, but
 * never created, and only read.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { toBase64 } from '../log/bytes.ts';
import type { Hash, NodeId } from '../log/merkle.ts';
import type { Subtrees } from '../log/locate-change.ts';
import { describeNode } from '../app/errors.ts';
import type { EventLog, StoreSpec } from '../store/index.ts';
import { missingNodeOf } from '../store/event-log.ts';
import { openStore, storeSpec } from '../store/index.ts';
import type { KeyListing } from './http.ts';

/** The store cannot be opened, or holds no log. */
export class LocalLogError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LocalLogError';
  }
}

export interface LocalLog {
  readonly log: EventLog;
  readonly spec: StoreSpec;
  /** Where the store is, for messages (never the password of a database URL). */
  readonly where: string;
  readonly dataDir: string;
  readonly treaty: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  /** The checkpoints' origin and the verifier key pinned at first start, when the store has them. */
  readonly origin: string | null;
  readonly verifierKey: string | null;
}

/** Where a spec points, without credentials. */
export function describeSpec(spec: StoreSpec): string {
  if (spec.kind === 'sqlite') return spec.file;
  if (spec.kind === 'memory') return ':memory:';
  try {
    const url = new URL(spec.url);
    url.password = '';
    return url.toString();
  } catch {
    return 'postgres';
  }
}

/**
 * Opens the store of a data directory for reading: `db`, else DATABASE_URL, else `DIR/est.db`
 * (as `est serve` chooses). Refuses to create a SQLite file that is not there.
 */
export async function openLocalLog(
  dataDir: string,
  db: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<LocalLog> {
  const dir = resolve(dataDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new LocalLogError(`${dataDir}: no such folder`);
  const spec = storeSpec(db ?? (env['DATABASE_URL'] || undefined), dir);
  if (spec.kind === 'memory') throw new LocalLogError('--db :memory: holds no log to read');
  if (spec.kind === 'sqlite' && !existsSync(spec.file))
    throw new LocalLogError(
      `no log in ${dataDir}: ${spec.file} does not exist (give --db if it is elsewhere)`,
    );
  const where = describeSpec(spec);
  let log: EventLog;
  try {
    log = await openStore(spec);
  } catch (e) {
    throw new LocalLogError(`cannot open the store ${where}: ${(e as Error).message}`, { cause: e });
  }
  try {
    const treaty = (await log.getSetting('treaty')) ?? 'est-2009';
    const paramsText = (await log.getSetting('parameters')) ?? '{}';
    let parameters: Record<string, unknown>;
    try {
      parameters = JSON.parse(paramsText) as Record<string, unknown>;
    } catch {
      throw new LocalLogError(`the store's parameters setting is not JSON: ${paramsText.slice(0, 80)}`);
    }
    return {
      log,
      spec,
      where,
      dataDir: dir,
      treaty,
      parameters,
      origin: await log.getSetting('origin'),
      verifierKey: await log.getSetting('verifierKey'),
    };
  } catch (e) {
    await log.close();
    throw e;
  }
}

/** The store's keys as the API lists them. */
export async function localKeys(log: EventLog): Promise<KeyListing[]> {
  return (await log.keys()).map((k) => ({ ...k, publicKey: toBase64(k.publicKey) }));
}

/** A stored node that is not what the entries make. */
export interface StoredMismatch {
  /** The first entry under the node. */
  readonly index: number;
  readonly level: number;
  readonly node: number;
  readonly detail: string;
}

const BATCH = 1000;

/**
 * Compares the stored tree with the one the stored leaves make: first every stored leaf hash
 * (level 0, which names the entry whose row was changed), then every complete subtree above.
 * Returns the first mismatch, or null.
 */
export async function compareStoredTree(log: EventLog, tree: Subtrees): Promise<StoredMismatch | null> {
  for (let level = 0; level < tree.height; level += 1) {
    const computed = tree.level(level);
    for (let start = 0; start < computed.length; start += BATCH) {
      const ids: NodeId[] = [];
      for (let i = start; i < Math.min(computed.length, start + BATCH); i += 1) ids.push({ level, index: i });
      let stored: Hash[];
      try {
        stored = await log.nodes(ids);
      } catch (e) {
        const missing = missingNodeOf(e);
        if (missing !== null)
          return {
            index: missing.index * 2 ** missing.level,
            level: missing.level,
            node: missing.index,
            detail: `${describeNode(missing.level, missing.index)} is not stored: the store is damaged (a node the log needs is gone); restore it from a backup`,
          };
        return {
          index: start * 2 ** level,
          level,
          node: start,
          detail: `a stored node of level ${level} from ${start} is missing: ${(e as Error).message}`,
        };
      }
      for (let j = 0; j < ids.length; j += 1) {
        const i = start + j;
        if (toBase64(stored[j] as Hash) === toBase64(computed[i] as Hash)) continue;
        const first = i * 2 ** level;
        const last = (i + 1) * 2 ** level - 1;
        return {
          index: first,
          level,
          node: i,
          detail:
            level === 0
              ? `the stored leaf no longer hashes to the leaf hash stored when it was logged: the row was changed`
              : `the stored tree node ${level}/${i} (entries ${first} to ${last}) is not the hash of the entries under it: the node was changed`,
        };
      }
    }
  }
  return null;
}
