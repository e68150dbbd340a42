/**
 * @module The witness's memory, in SQLite (better-sqlite3, `witness.db` in its data directory): for
 * each log origin the checkpoint it last cosigned, and the evidence: every checkpoint a trusted log
 * signed that the witness refused, with why and the checkpoint it conflicts with.
 *
 * c2sp.org/tlog-witness requires that checking the old size against the last cosigned size and
 * recording the new checkpoint be one atomic step, persisted before the witness answers: the update
 * here is conditional on the size and root it was checked against (so two processes sharing the
 * file cannot roll it back either), in a transaction, with synchronous = FULL.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** The checkpoint a witness last cosigned for a log. */
export interface LogState {
  readonly origin: string;
  readonly size: number;
  /** base64 */
  readonly root: string;
  /** The signed note as the log sent it. */
  readonly note: string;
  /** When it was cosigned (POSIX seconds). */
  readonly cosignedAt: number;
}

/** Why a validly signed checkpoint was refused. */
export type EvidenceReason =
  /** The same size as the checkpoint cosigned, another root: two signed, incompatible trees. */
  | 'fork'
  /** The consistency proof from the last cosigned checkpoint does not verify. */
  | 'inconsistent'
  /** The old size sent is not the size last cosigned. */
  | 'old-size-mismatch'
  /** The old size sent is above the checkpoint's size. */
  | 'old-size-exceeds-size';

export interface EvidenceInput {
  readonly origin: string;
  readonly status: number;
  readonly reason: EvidenceReason;
  readonly detail: string;
  readonly oldSize: number;
  readonly size: number;
  /** base64 */
  readonly root: string;
  /** base64 hashes */
  readonly proof: readonly string[];
  /** The refused checkpoint, as signed and sent. */
  readonly note: string;
  /** The checkpoint last cosigned for the origin, when there was one. */
  readonly conflictsWith: LogState | null;
  readonly receivedAt: number;
}

export interface Evidence extends EvidenceInput {
  readonly id: number;
  /** How many times this same refusal was received, and the last time. */
  readonly count: number;
  readonly lastReceivedAt: number;
}

/** The most evidence rows kept; beyond it new refusals are only counted. */
export const MAX_EVIDENCE = 100_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS log_state (
  origin      TEXT PRIMARY KEY,
  size        INTEGER NOT NULL CHECK (size >= 0),
  root        TEXT NOT NULL,
  note        TEXT NOT NULL,
  cosigned_at INTEGER NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS evidence (
  id               INTEGER PRIMARY KEY,
  origin           TEXT NOT NULL,
  status           INTEGER NOT NULL,
  reason           TEXT NOT NULL,
  detail           TEXT NOT NULL,
  old_size         INTEGER NOT NULL,
  size             INTEGER NOT NULL,
  root             TEXT NOT NULL,
  proof            TEXT NOT NULL,
  note             TEXT NOT NULL,
  conflicts_with   TEXT,
  received_at      INTEGER NOT NULL,
  last_received_at INTEGER NOT NULL,
  count            INTEGER NOT NULL DEFAULT 1,
  UNIQUE (origin, reason, old_size, note)
) STRICT;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
`;

interface StateRow {
  origin: string;
  size: number;
  root: string;
  note: string;
  cosigned_at: number;
}

interface EvidenceRow {
  id: number;
  origin: string;
  status: number;
  reason: string;
  detail: string;
  old_size: number;
  size: number;
  root: string;
  proof: string;
  note: string;
  conflicts_with: string | null;
  received_at: number;
  last_received_at: number;
  count: number;
}

const toState = (r: StateRow): LogState => ({
  origin: r.origin,
  size: r.size,
  root: r.root,
  note: r.note,
  cosignedAt: r.cosigned_at,
});

export type Advance = { readonly ok: true } | { readonly ok: false; readonly size: number };

export class WitnessStore {
  readonly file: string;
  readonly #db: Database.Database;
  readonly #get: Database.Statement<[string], StateRow>;
  readonly #insert: Database.Statement<[string, number, string, string, number]>;
  readonly #update: Database.Statement<[number, string, string, number, string, number, string]>;
  /** Refusals not kept because the evidence table is full. */
  #dropped = 0;

  private constructor(file: string) {
    this.file = file;
    this.#db = new Database(file, { timeout: 5_000 });
    this.#db.pragma('journal_mode = WAL');
    // Persisted before the witness answers, even across a power cut (c2sp.org/tlog-witness).
    this.#db.pragma('synchronous = FULL');
    this.#db.exec(SCHEMA);
    this.#get = this.#db.prepare('SELECT * FROM log_state WHERE origin = ?');
    this.#insert = this.#db.prepare(
      'INSERT INTO log_state (origin, size, root, note, cosigned_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (origin) DO NOTHING',
    );
    this.#update = this.#db.prepare(
      'UPDATE log_state SET size = ?, root = ?, note = ?, cosigned_at = ? WHERE origin = ? AND size = ? AND root = ?',
    );
  }

  /** Opens (creating if needed) `witness.db` in the data directory. */
  static open(dataDir: string): WitnessStore {
    mkdirSync(dataDir, { recursive: true });
    return new WitnessStore(join(dataDir, 'witness.db'));
  }

  /** The checkpoint last cosigned for an origin, or null when none was. */
  state(origin: string): LogState | null {
    const row = this.#get.get(origin);
    return row === undefined ? null : toState(row);
  }

  states(): LogState[] {
    return this.#db.prepare<[], StateRow>('SELECT * FROM log_state ORDER BY origin').all().map(toState);
  }

  /**
   * Records a newly cosigned checkpoint, if the state is still the one it was checked against
   * (`from`: null when none was cosigned); otherwise gives the size now recorded.
   */
  advance(from: LogState | null, to: Omit<LogState, 'cosignedAt'>, cosignedAt: number): Advance {
    const run = this.#db.transaction((): Advance => {
      const changed =
        from === null
          ? this.#insert.run(to.origin, to.size, to.root, to.note, cosignedAt).changes
          : this.#update.run(to.size, to.root, to.note, cosignedAt, to.origin, from.size, from.root).changes;
      if (changed === 1) return { ok: true };
      return { ok: false, size: this.state(to.origin)?.size ?? 0 };
    });
    return run.immediate();
  }

  /** Keeps a refused checkpoint; the same refusal again only counts. */
  addEvidence(e: EvidenceInput): void {
    const run = this.#db.transaction(() => {
      const bumped = this.#db
        .prepare(
          `UPDATE evidence SET count = count + 1, last_received_at = ?
           WHERE origin = ? AND reason = ? AND old_size = ? AND note = ?`,
        )
        .run(e.receivedAt, e.origin, e.reason, e.oldSize, e.note).changes;
      if (bumped > 0) return;
      const { n } = this.#db.prepare<[], { n: number }>('SELECT count(*) AS n FROM evidence').get() as {
        n: number;
      };
      if (n >= MAX_EVIDENCE) {
        this.#dropped += 1;
        return;
      }
      this.#db
        .prepare(
          `INSERT INTO evidence (origin, status, reason, detail, old_size, size, root, proof, note,
             conflicts_with, received_at, last_received_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          e.origin,
          e.status,
          e.reason,
          e.detail,
          e.oldSize,
          e.size,
          e.root,
          JSON.stringify(e.proof),
          e.note,
          e.conflictsWith === null ? null : JSON.stringify(e.conflictsWith),
          e.receivedAt,
          e.receivedAt,
        );
    });
    run.immediate();
  }

  /** Evidence in the order received, after an id, at most `limit` rows, optionally for one origin. */
  evidence(options: { after?: number; limit?: number; origin?: string } = {}): Evidence[] {
    const rows = this.#db
      .prepare<[number, string | null, string | null, number], EvidenceRow>(
        'SELECT * FROM evidence WHERE id > ? AND (? IS NULL OR origin = ?) ORDER BY id LIMIT ?',
      )
      .all(options.after ?? 0, options.origin ?? null, options.origin ?? null, options.limit ?? 100);
    return rows.map((r) => ({
      id: r.id,
      origin: r.origin,
      status: r.status,
      reason: r.reason as EvidenceReason,
      detail: r.detail,
      oldSize: r.old_size,
      size: r.size,
      root: r.root,
      proof: JSON.parse(r.proof) as string[],
      note: r.note,
      conflictsWith: r.conflicts_with === null ? null : (JSON.parse(r.conflicts_with) as LogState),
      receivedAt: r.received_at,
      lastReceivedAt: r.last_received_at,
      count: r.count,
    }));
  }

  evidenceCount(): number {
    return (this.#db.prepare<[], { n: number }>('SELECT count(*) AS n FROM evidence').get() as { n: number })
      .n;
  }

  get droppedEvidence(): number {
    return this.#dropped;
  }

  close(): void {
    this.#db.close();
  }
}
