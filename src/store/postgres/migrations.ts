/**
 * @module The PostgreSQL schema as numbered migrations. A migration, once released, is never
 * edited: a change is a new entry at the end. {@link openPostgresEventLog} applies the pending ones
 * in one transaction, under an advisory lock, and records each in `schema_migrations`.
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
  idx BIGINT PRIMARY KEY CHECK (idx >= 0),
  leaf TEXT NOT NULL,
  leaf_hash BYTEA NOT NULL CHECK (octet_length(leaf_hash) = 32),
  party TEXT NOT NULL,
  seq BIGINT NOT NULL,
  CONSTRAINT entries_party_seq_key UNIQUE (party, seq)
);

CREATE TABLE nodes (
  level INTEGER NOT NULL CHECK (level >= 0),
  idx BIGINT NOT NULL CHECK (idx >= 0),
  hash BYTEA NOT NULL CHECK (octet_length(hash) = 32),
  PRIMARY KEY (level, idx)
);

-- Times are kept as the ISO strings they came in as, so they come back identical.
CREATE TABLE party_keys (
  party TEXT NOT NULL,
  key_id TEXT NOT NULL,
  public_key BYTEA NOT NULL,
  added_at TEXT NOT NULL,
  revoked_at TEXT,
  lodged BIGINT GENERATED ALWAYS AS IDENTITY,
  CONSTRAINT party_keys_pkey PRIMARY KEY (party, key_id)
);

CREATE TABLE settings (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE FUNCTION refuse_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the log is append-only'
    USING DETAIL = format('%s on %s refused', TG_OP, TG_TABLE_NAME);
END
$$;

-- Statement-level, so it refuses even a statement that would touch no row.
CREATE TRIGGER entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON entries
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER nodes_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON nodes
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_log_change();
`,
  },
  {
    version: 2,
    name: 'leaf hashes kept once, in entries',
    // Level 0 of the tree is each entry's leaf_hash: the copies in nodes go (only those equal to
    // their entry's; a copy that differs is left where it is, as the evidence it would be), and no
    // new ones come in (NOT VALID: the constraint does not judge the rows left).
    sql: `
ALTER TABLE nodes DISABLE TRIGGER nodes_append_only;
DELETE FROM nodes n USING entries e WHERE n.level = 0 AND e.idx = n.idx AND e.leaf_hash = n.hash;
ALTER TABLE nodes ENABLE TRIGGER nodes_append_only;
ALTER TABLE nodes ADD CONSTRAINT nodes_above_leaves CHECK (level >= 1) NOT VALID;
`,
  },
  {
    version: 3,
    name: 'witnessed milestones',
    // The times a quorum of witnesses had cosigned the log up to a size (EventLog.addWitnessed):
    // both columns rise together, so the first row above an index is its earliest witnessed time.
    sql: `
CREATE TABLE witnessed (
  size BIGINT PRIMARY KEY CHECK (size > 0),
  quorum_time BIGINT NOT NULL CHECK (quorum_time >= 0)
);
`,
  },
];
