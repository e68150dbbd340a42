// The SQLite store's one writing connection, on a worker thread of its own (plain JavaScript: the
// thread loads no TypeScript loader). better-sqlite3 is synchronous, so a commit on the main thread
// (the inserts and the WAL's fsync) would stop the service from reading and answering requests until
// it ends; here the main thread goes on while a batch is written, and hears back once it is durable.
// The main thread keeps a connection for reads, which WAL lets run beside this one.
//
// Protocol, one message each way per write, answered in order:
//   in:  { id, op: 'append', leaves, parties, numbers, hashes } (packed: see append below)
//        { id, op: 'addKey', key: { party, keyId, publicKey, addedAt } }
//        { id, op: 'revokeKey', party, keyId, at }      { id, op: 'setSetting', name, value }
//        { id, op: 'addWitnessed', size, quorumTime }
//        'close'
//   out: { id, ok: true, value } | { id, ok: false, error }, error one of { kind: 'seq', party, seq },
//        { kind: 'index', index }, { kind: 'key', party, keyId }, { kind: 'fault', message, code }
// The opener (event-log.ts) has made the file and its schema before this thread starts; this thread
// sets its own connection's pragmas, since synchronous is per connection.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { file, busyTimeoutMs } = workerData;
const db = new Database(file, { timeout: busyTimeoutMs });
db.pragma(`busy_timeout = ${busyTimeoutMs}`);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');

const size = db.prepare('SELECT COALESCE(MAX(idx) + 1, 0) FROM entries').pluck();
const insertEntry = db.prepare(
  'INSERT INTO entries (idx, leaf, leaf_hash, party, seq) VALUES (?, ?, ?, ?, ?)',
);
const insertNode = db.prepare('INSERT INTO nodes (level, idx, hash) VALUES (?, ?, ?)');
const addKey = db.prepare('INSERT INTO party_keys (party, key_id, public_key, added_at) VALUES (?, ?, ?, ?)');
const revokeKey = db.prepare(
  'UPDATE party_keys SET revoked_at = ? WHERE party = ? AND key_id = ? AND revoked_at IS NULL',
);
const setSetting = db.prepare(
  'INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
);

const newestWitnessed = db.prepare('SELECT size, quorum_time FROM witnessed ORDER BY size DESC LIMIT 1');
const insertWitnessed = db.prepare('INSERT INTO witnessed (size, quorum_time) VALUES (?, ?)');
const extendWitnessed = db.prepare('UPDATE witnessed SET size = ? WHERE size = ?');

// EventLog.addWitnessed: a new milestone if both rise, the newest extended if only the size does.
const addWitnessed = db.transaction(({ size, quorumTime }) => {
  const newest = newestWitnessed.get();
  if (newest === undefined || (size > newest.size && quorumTime > newest.quorum_time))
    insertWitnessed.run(size, quorumTime);
  else if (size > newest.size) extendWitnessed.run(size, newest.size);
});

class Refusal extends Error {
  constructor(error) {
    super(error.kind);
    this.error = error;
  }
}

/** The insert broke UNIQUE (party, seq), or the trigger that guards it against INSERT OR REPLACE. */
const isSeqTaken = (e) =>
  (e.code === 'SQLITE_CONSTRAINT_UNIQUE' && /entries\.party, entries\.seq/.test(e.message)) ||
  (e.code === 'SQLITE_CONSTRAINT_TRIGGER' && /\(party, seq\) is taken/.test(e.message));

const blob = (h) => Buffer.from(h.buffer, h.byteOffset, h.byteLength);

// An append arrives packed (event-log.ts, packAppend): leaves and parties as arrays; per entry then
// per node two numbers ([index, seq], then [level, index]) and 32 bytes of hash, each in one buffer.
const append = db.transaction(({ leaves, parties, numbers, hashes }) => {
  const count = leaves.length;
  const hash = (i) => Buffer.from(hashes.buffer, hashes.byteOffset + 32 * i, 32);
  if (count > 0 && numbers[0] !== size.get()) throw new Refusal({ kind: 'index', index: numbers[0] });
  for (let i = 0; i < count; i += 1) {
    try {
      insertEntry.run(numbers[2 * i], leaves[i], hash(i), parties[i], numbers[2 * i + 1]);
    } catch (err) {
      if (isSeqTaken(err)) throw new Refusal({ kind: 'seq', party: parties[i], seq: numbers[2 * i + 1] });
      throw err;
    }
  }
  for (let i = count; i < numbers.length / 2; i += 1)
    insertNode.run(numbers[2 * i], numbers[2 * i + 1], hash(i));
});

const ops = {
  // IMMEDIATE: the write lock first, so no other writer appends between the size check and the inserts.
  append: (m) => append.immediate(m),
  addKey: ({ key }) => {
    try {
      addKey.run(key.party, key.keyId, blob(key.publicKey), key.addedAt);
    } catch (e) {
      if (e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
        throw new Refusal({ kind: 'key', party: key.party, keyId: key.keyId });
      throw e;
    }
  },
  revokeKey: (m) => revokeKey.run(m.at, m.party, m.keyId).changes > 0,
  setSetting: (m) => {
    setSetting.run(m.name, m.value);
  },
  addWitnessed: (m) => {
    addWitnessed.immediate(m);
  },
};

parentPort.on('message', (m) => {
  if (m === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    parentPort.postMessage({ id: m.id, ok: true, value: ops[m.op](m) });
  } catch (e) {
    const error =
      e instanceof Refusal
        ? e.error
        : { kind: 'fault', message: e instanceof Error ? e.message : String(e), code: e?.code ?? null };
    parentPort.postMessage({ id: m.id, ok: false, error });
  }
});
parentPort.postMessage({ ready: true });
