/**
 * @module One process per data directory. The directory holds the depositary's signing key and, by
 * default, its SQLite store: two processes on it would sign two histories with one key. The lock
 * is an exclusive SQLite transaction on `DIR/est.lock`, held open for the process's life: the
 * operating system's file lock behind it goes when the process does, however it ends (SIGKILL
 * included), so no stale lock is ever left to clear by hand. Beside it, `DIR/est.pid` says who
 * holds it (a note for the message, not the lock itself).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StoreError, StoreLockedError } from './event-log.ts';

export const LOCK_FILE = 'est.lock';
export const HOLDER_FILE = 'est.pid';

export interface DirLock {
  readonly dir: string;
  release(): void;
}

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  readonly command: string;
}

/** Who the holder file names, in words; 'another process' when it says nothing usable. */
function describeHolder(dir: string): string {
  try {
    const h = JSON.parse(readFileSync(join(dir, HOLDER_FILE), 'utf8')) as Partial<Holder>;
    if (typeof h.pid === 'number' && typeof h.host === 'string') {
      return `${typeof h.command === 'string' ? h.command : 'est'} (pid ${h.pid} on ${h.host}, since ${typeof h.since === 'string' ? h.since : 'an unknown time'})`;
    }
  } catch {
    // No holder file (yet), or not ours: the lock alone says it is taken.
  }
  return 'another process';
}

/**
 * Takes the data directory's lock for `command` (`est serve`), or throws {@link StoreLockedError}
 * naming the directory and the process that holds it.
 */
export async function lockDataDir(dir: string, command: string): Promise<DirLock> {
  const { default: Database } = await import('better-sqlite3');
  const file = join(dir, LOCK_FILE);
  let db: InstanceType<typeof Database>;
  try {
    // No wait: a lock held is an answer, not something to queue for.
    // Its journal mode is SQLite's default (DELETE): an exclusive transaction then locks the file.
    db = new Database(file, { timeout: 0 });
  } catch (e) {
    throw new StoreError('lock_unavailable', `cannot open the lock file ${file}: ${(e as Error).message}`, {
      cause: e,
    });
  }
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code === 'SQLITE_BUSY') {
      throw new StoreLockedError(
        `the data directory ${dir} is in use by ${describeHolder(dir)}. One process serves a data directory: stop that one first, or give this one another --data`,
      );
    }
    throw new StoreError('lock_unavailable', `cannot lock ${file}: ${(e as Error).message}`, { cause: e });
  }
  const holder: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command };
  writeFileSync(join(dir, HOLDER_FILE), `${JSON.stringify(holder)}\n`, { mode: 0o600 });
  let released = false;
  return {
    dir,
    release() {
      if (released) return;
      released = true;
      rmSync(join(dir, HOLDER_FILE), { force: true });
      db.close();
    },
  };
}
