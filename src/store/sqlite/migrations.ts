/**
 * @module The SQLite schema as numbered migrations. A migration, once released, is never edited:
 * a change is a new entry at the end. {@link openSqliteDatabase} applies the pending ones in one
 * transaction and records each in `schema_migrations`.
 */

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'append-only log, nodes, party keys, settings',
    sql: `
CREATE TABLE entries (
  idx INTEGER PRIMARY KEY CHECK (idx >= 0),
  leaf TEXT NOT NULL,
  leaf_hash BLOB NOT NULL CHECK (length(leaf_hash) = 32),
  party TEXT NOT NULL,
  seq INTEGER NOT NULL,
  UNIQUE (party, seq)
) STRICT;

CREATE TABLE nodes (
  level INTEGER NOT NULL CHECK (level >= 0),
  idx INTEGER NOT NULL CHECK (idx >= 0),
  hash BLOB NOT NULL CHECK (length(hash) = 32),
  PRIMARY KEY (level, idx)
) STRICT, WITHOUT ROWID;

CREATE TABLE party_keys (
  party TEXT NOT NULL,
  key_id TEXT NOT NULL,
  public_key BLOB NOT NULL,
  added_at TEXT NOT NULL,
  revoked_at TEXT,
  PRIMARY KEY (party, key_id)
) STRICT;

CREATE TABLE settings (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries
BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END;
CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries
BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END;
CREATE TRIGGER nodes_no_update BEFORE UPDATE ON nodes
BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END;
CREATE TRIGGER nodes_no_delete BEFORE DELETE ON nodes
BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END;

-- INSERT OR REPLACE deletes the row in the way without firing DELETE triggers unless the connection
-- has recursive_triggers on (the sqlite3 shell does not), so an insert onto a taken key is refused
-- before conflict resolution can delete anything.
CREATE TRIGGER entries_no_replace_index BEFORE INSERT ON entries
WHEN EXISTS (SELECT 1 FROM entries WHERE idx = NEW.idx)
BEGIN SELECT RAISE(ABORT, 'the log is append-only: the index is taken'); END;
CREATE TRIGGER entries_no_replace_seq BEFORE INSERT ON entries
WHEN EXISTS (SELECT 1 FROM entries WHERE party = NEW.party AND seq = NEW.seq)
BEGIN SELECT RAISE(ABORT, 'the log is append-only: the (party, seq) is taken'); END;
CREATE TRIGGER nodes_no_replace BEFORE INSERT ON nodes
WHEN EXISTS (SELECT 1 FROM nodes WHERE level = NEW.level AND idx = NEW.idx)
BEGIN SELECT RAISE(ABORT, 'the log is append-only: the node is stored'); END;
`,
  },
  {
    version: 2,
    name: 'leaf hashes kept once, in entries',
    // Level 0 of the tree is each entry's leaf_hash: the copies in nodes go (only those equal to
    // their entry's; a copy that differs is left where it is, as the evidence it would be), and no
    // new ones come in.
    sql: `
DROP TRIGGER nodes_no_delete;
DELETE FROM nodes WHERE level = 0 AND hash = (SELECT e.leaf_hash FROM entries e WHERE e.idx = nodes.idx);
CREATE TRIGGER nodes_no_delete BEFORE DELETE ON nodes
BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END;
CREATE TRIGGER nodes_above_leaves BEFORE INSERT ON nodes
WHEN NEW.level = 0
BEGIN SELECT RAISE(ABORT, 'a leaf hash is kept with its entry, not in nodes'); END;
`,
  },
  {
    version: 3,
    name: 'witnessed milestones',
    // The times a quorum of witnesses had cosigned the log up to a size (EventLog.addWitnessed):
    // both columns rise together, so the first row above an index is its earliest witnessed time.
    sql: `
CREATE TABLE witnessed (
  size INTEGER PRIMARY KEY CHECK (size > 0),
  quorum_time INTEGER NOT NULL CHECK (quorum_time >= 0)
) STRICT;
`,
  },
];
