/**
 * @module The store's public surface: the EventLog interface and its errors, and opening a store
 * from a spec (`--db`). The drivers are loaded only when their store is opened, so a run on one
 * backend never loads the other's driver. SQLite and PostgreSQL are opened behind the node cache
 * (./node-cache.ts): the upper levels of the tree in memory, so a proof asks the store for its few
 * lower nodes in one call.
 */
import { join } from 'node:path';
import type { EventLog } from './event-log.ts';
import { StoreError } from './event-log.ts';
import { memoryEventLog } from './memory/event-log.ts';
import { withNodeCache } from './node-cache.ts';

export type { EventLog, KeyRecord, NewEntry, StoredNode, WriterLock, WriterLockEvents } from './event-log.ts';
export {
  IndexConflictError,
  KeyExistsError,
  SeqConflictError,
  StoreError,
  StoreLockedError,
  StoreUnavailableError,
  nodeKey,
} from './event-log.ts';

/** Which store to open, and where. */
export type StoreSpec =
  | { readonly kind: 'memory' }
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string };

/** Opens the store a spec names. */
export async function openStore(spec: StoreSpec): Promise<EventLog> {
  switch (spec.kind) {
    case 'memory':
      return memoryEventLog();
    case 'sqlite': {
      const { openSqliteEventLog } = await import('./sqlite/event-log.ts');
      return withNodeCache(await openSqliteEventLog(spec.file));
    }
    case 'postgres': {
      const { openPostgresEventLog } = await import('./postgres/event-log.ts');
      return withNodeCache(
        await openPostgresEventLog(spec.url, spec.schema === undefined ? {} : { schema: spec.schema }),
      );
    }
    default: {
      const _exhaustive: never = spec;
      throw new StoreError('bad_spec', `unknown store ${JSON.stringify(_exhaustive)}`);
    }
  }
}

/**
 * Reads a `--db` value: none is SQLite at `<dataDir>/est.db`; `postgres://` or `postgresql://` is
 * PostgreSQL; `:memory:` is the in-memory store; anything else is the path of a SQLite file.
 *
 * @example storeSpec(undefined, './est-data') // { kind: 'sqlite', file: 'est-data/est.db' }
 */
export function storeSpec(db: string | undefined, dataDir: string): StoreSpec {
  if (db === undefined || db === '') return { kind: 'sqlite', file: join(dataDir, 'est.db') };
  if (/^postgres(ql)?:\/\//i.test(db)) return { kind: 'postgres', url: db };
  if (db === ':memory:') return { kind: 'memory' };
  return { kind: 'sqlite', file: db };
}
