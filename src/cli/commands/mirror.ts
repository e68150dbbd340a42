/**
 * @module `est mirror`: a mirror of a depositary's log (c2sp.org/tlog-mirror). It follows the log
 * through its tiles, checks every entry, keeps a full copy in its own data directory, cosigns the
 * checkpoints it holds in full with its own key, and serves the same read API and web UI as the
 * depositary, so that the record can still be read, proved and verified if the depositary goes.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { modeOfOrigin } from '../../log/mode.ts';
import { Mirror, MirrorError, logSettingsOf } from '../../mirror/mirror.ts';
import type { Followed } from '../../mirror/mirror.ts';
import { ClientError, serverUrl } from '../../client/http.ts';
import type { TileLogClient } from '../../client/tile-log.ts';
import { TileLogClient as Tiles, httpTileStore, tilesAt } from '../../client/tile-log.ts';
import { LogIntegrityError } from '../../app/errors.ts';
import { toHex } from '../../log/bytes.ts';
import { newKeyPair, sha256 } from '../../log/node-crypto.ts';
import { createApp } from '../../server/app.ts';
import { startServer } from '../../server/node.ts';
import { originHash } from '../../server/routes/tiles.ts';
import type { EventLog } from '../../store/event-log.ts';
import type { DirLock } from '../../store/dir-lock.ts';
import { lockDataDir } from '../../store/dir-lock.ts';
import { StoreLockedError, openStore, storeSpec } from '../../store/index.ts';
import { EXIT_TRY_LATER } from '../../server/setup.ts';
import type { WitnessKey } from '../../witness/key.ts';
import { WitnessKeyError, initWitnessKey, keyFileTooOpen, loadWitnessKey } from '../../witness/key.ts';
import { CliError, closeOnSignals, listenFailure, parsePort } from '../io.ts';
import { WEB_ROOT } from './serve.ts';

/** The mirror's cosigner key file in its data directory. */
export const MIRROR_KEY_FILE = 'mirror.key';

interface MirrorOptions {
  from?: string;
  data: string;
  host: string;
  port: string;
  name?: string;
  logKey?: string;
  interval: string;
  db?: string;
  printVerifierKey?: boolean;
}

/** The mirror's key: the one in the data directory, or a new one named `--name`. */
async function mirrorKey(
  dir: string,
  name: string | undefined,
): Promise<{ key: WitnessKey; created: boolean }> {
  try {
    if (existsSync(join(dir, MIRROR_KEY_FILE))) {
      const key = await loadWitnessKey(dir, MIRROR_KEY_FILE);
      if (name !== undefined && name !== key.key.name)
        throw new CliError(
          `--name ${name}: this data directory's mirror is ${key.key.name} (its key, ${key.file}, names it; a mirror keeps its name and key for life)`,
        );
      return { key, created: false };
    }
    if (name === undefined)
      throw new CliError(
        `--name NAME: name this new mirror (a schema-less URL such as mirror.example.org/m1); its key goes to ${join(dir, MIRROR_KEY_FILE)}`,
      );
    return { key: await initWitnessKey(dir, name, MIRROR_KEY_FILE), created: true };
  } catch (e) {
    if (e instanceof WitnessKeyError) throw new CliError(e.message);
    throw e;
  }
}

/** The depositary's tiles: found at its `/tlog/`, or, while it does not answer, assumed there. */
async function upstreamOf(from: string): Promise<{ tiles: TileLogClient; reached: boolean }> {
  let base: URL;
  try {
    base = serverUrl(from);
  } catch (e) {
    throw new CliError(`--from ${from}: ${(e as Error).message}`);
  }
  try {
    return { tiles: await tilesAt(base), reached: true };
  } catch (e) {
    if (!(e instanceof ClientError)) throw e;
    const prefix = base.pathname.endsWith('/tlog/') ? base : new URL('tlog/', base);
    return { tiles: new Tiles(httpTileStore(prefix)), reached: false };
  }
}

function parseInterval(text: string): number {
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || seconds < 0.1 || seconds > 86_400)
    throw new CliError(`--interval ${text}: expected seconds between rounds, from 0.1 to 86400`);
  return seconds * 1000;
}

/** One line on what a round did, for the log of the mirror; null when there is nothing to say. */
function describe(r: Followed): string | null {
  switch (r.kind) {
    case 'advanced':
      return `copied entries ${r.from} to ${r.size - 1}; cosigned the checkpoint of ${r.size}`;
    case 'refused':
      return `REFUSED a checkpoint signed by the log (${r.evidence.kind}): ${r.evidence.detail}; kept as evidence (GET /api/v1/mirror/evidence)`;
    case 'halted':
    case 'up-to-date':
      return null;
  }
}

async function mirror(opts: MirrorOptions): Promise<void> {
  const port = parsePort(opts.port);
  const intervalMs = parseInterval(opts.interval);
  const dir = resolve(opts.data);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw new CliError(`cannot create the data directory ${dir}: ${(e as Error).message}`, 1);
  }
  const { key, created } = await mirrorKey(dir, opts.name);
  if (opts.printVerifierKey === true) {
    process.stdout.write(`${key.verifierKey}\n`);
    return;
  }
  if (keyFileTooOpen(key.file))
    process.stderr.write(
      `est mirror: warning: ${key.file} can be read by others than its owner (chmod 600 it)\n`,
    );

  if (opts.from === undefined) throw new CliError('--from URL: the depositary to follow');
  const from = opts.from;
  const { tiles, reached } = await upstreamOf(from);
  // A mirror has its own store: SQLite in its directory unless --db says otherwise (never
  // DATABASE_URL, which names the depositary's database where both run side by side).
  const spec = storeSpec(opts.db, dir);
  // One process per data directory (src/store/dir-lock.ts): two mirrors would copy into one store.
  let dirLock: DirLock;
  try {
    dirLock = await lockDataDir(dir, 'est mirror');
  } catch (e) {
    throw new CliError((e as Error).message, e instanceof StoreLockedError ? EXIT_TRY_LATER : 1);
  }
  let log: EventLog;
  try {
    log = await openStore(spec);
  } catch (e) {
    dirLock.release();
    throw new CliError(`cannot open the mirror's store: ${(e as Error).message}`, 1);
  }
  const closeStore = async (): Promise<void> => {
    await log.close();
    dirLock.release();
  };
  const fail = async (message: string, code = 1): Promise<never> => {
    await closeStore();
    throw new CliError(message, code);
  };
  const kept = await log.getSetting('verifierKey');
  let logKey = opts.logKey?.trim() ?? kept;
  let trusted = 'given';
  if (opts.logKey === undefined && kept !== null && reached) {
    // The depositary at --from must still state the key of the log this store holds.
    const stated = await tiles.verifierKey().catch(() => null);
    if (stated !== null && stated.trim() !== kept)
      return fail(
        `this store mirrors the log of ${kept}, but ${from} states the key ${stated.trim()}: give another --data to mirror that log`,
        2,
      );
  }
  if (kept === null && !reached)
    return fail(
      `cannot reach ${from}: a new mirror reads the log's treaty and parameters there once (est-log.json beside its tiles); start it while the depositary answers`,
    );
  if (logKey === null) {
    try {
      logKey = await tiles.verifierKey();
    } catch (e) {
      return fail(`${(e as Error).message}; give the log's verifier key with --log-key`, 2);
    }
    trusted = 'stated by the depositary at first start: compare it with the key its operator publishes';
  } else if (opts.logKey === undefined) trusted = 'kept from the first start';
  let m: Mirror;
  try {
    m = await Mirror.open({
      log,
      upstream: tiles,
      from: from,
      logKey,
      key,
      logSettings: async () => logSettingsOf((await tiles.settings()) ?? {}),
    });
  } catch (e) {
    if (e instanceof MirrorError || e instanceof LogIntegrityError || e instanceof ClientError)
      return fail(e.message, e instanceof LogIntegrityError ? 1 : 2);
    throw e;
  }

  const shutdown = new AbortController();
  const hasWeb = existsSync(join(WEB_ROOT, 'index.html'));
  const app = createApp({
    mirror: m,
    log,
    // A mirror has no operator's routes; no one holds this token.
    adminTokenHash: toHex(sha256(newKeyPair().seed)),
    signal: shutdown.signal,
    ...(hasWeb ? { webRoot: WEB_ROOT } : {}),
  });
  let server;
  try {
    server = await startServer({ app, host: opts.host, port });
  } catch (e) {
    return fail(listenFailure(opts.host, port, e));
  }

  // Rounds one after the other; a failure to reach the log is said once until it changes.
  let lastError: string | null = null;
  const round = async (): Promise<void> => {
    try {
      const said = describe(await m.follow());
      if (said !== null) process.stdout.write(`est mirror: ${said}\n`);
      if (lastError !== null) process.stdout.write(`est mirror: ${from} answers again\n`);
      lastError = null;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (message !== lastError) process.stderr.write(`est mirror: cannot follow the log: ${message}\n`);
      lastError = message;
    }
  };
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const loop = () => {
    running = round().then(() => {
      if (!shutdown.signal.aborted) timer = setTimeout(loop, intervalMs);
    });
  };

  closeOnSignals('est mirror', () => running.then(() => server.close()).then(closeStore), {
    doing: 'finishing the round and requests in flight',
    first: () => {
      shutdown.abort();
      if (timer !== null) clearTimeout(timer);
    },
  });

  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`est mirror: ${key.key.name} is listening on ${server.url}`);
  out(`  mirror of       ${from}${reached ? '' : ' (not answering now: serving the copy held)'}`);
  out(`  log key         ${logKey} (${trusted})`);
  if (m.origin !== '' && modeOfOrigin(m.origin) === 'exercise')
    out(
      '  mode            EXERCISE: a copy of an exercise; its filings are invented, not the historical record',
    );
  out(
    `  mirror key      ${key.verifierKey}${created ? ' (new: put it in the policies that count on this mirror)' : ''}`,
  );
  out(`  data directory  ${dir}`);
  out(`  store           ${log.name}`);
  out(
    `  copy            ${m.size} ${m.size === 1 ? 'entry' : 'entries'}, cosigned ${m.status.cosigned ?? 'none yet'}`,
  );
  if (m.origin !== '')
    out(`  tiles           ${server.url}/tlog/ and ${server.url}/tlog/${originHash(m.origin)}/`);
  out(`  status          ${server.url}/api/v1/mirror   evidence ${server.url}/api/v1/mirror/evidence`);
  out('');
  out(
    hasWeb
      ? `  open ${server.url}/ in a browser, or: est verify --server ${server.url}   (Ctrl-C stops)`
      : `  try: est verify --server ${server.url}   (Ctrl-C stops; the web UI is not built: npm run build:web)`,
  );
  loop();
}

export function registerMirror(program: Command): void {
  program
    .command('mirror')
    .description("keep a checked, cosigned copy of a depositary's log and serve it (c2sp.org/tlog-mirror)")
    .option('--from <url>', 'the depositary to follow (its tiles under /tlog/ are read)')
    .requiredOption('--data <dir>', "the mirror's data directory: its key (mirror.key) and its store")
    .option(
      '--name <name>',
      "the mirror's name, a schema-less URL (mirror.example.org/m1); needed at first start",
    )
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free port)', '8081')
    .option(
      '--log-key <vkey>',
      "the log's verifier key (default: the depositary's own statement at first start)",
    )
    .option('--interval <seconds>', 'seconds between rounds of following', '2')
    .option(
      '--db <file|url>',
      'a SQLite file or postgres://... (default DIR/est.db; DATABASE_URL is not read)',
    )
    .option(
      '--print-verifier-key',
      "print the mirror's cosigner verifier key (making the key if missing) and exit",
    )
    .addHelpText(
      'after',
      `
Each round reads the depositary's checkpoint, proves it consistent with the copy held, fetches the new
entries from the entry bundles, checks that they make the tree the log signed, replays each one (its
signature, key, seq, and the outcome the rules give), stores them, and cosigns the checkpoint
(c2sp.org/tlog-cosignature, type 0x04): a mirror's cosignature says it holds every entry. A checkpoint
signed by the log that the copy refutes (smaller, another root, not consistent, entries that do not
make it, an entry the rules refuse) is kept as evidence; the mirror stays on the history it holds.

It serves what a depositary serves to readers (the JSON API, /tlog/ tiles, the web UI) and refuses
filings (405). If the depositary disappears, the copy stays readable and verifiable:
  est verify --server http://127.0.0.1:8081 --verifier-key <the log's key>

Examples:
  est mirror --from http://127.0.0.1:8080 --data ./mirror-ru --name mirror.ru.example/m1 --port 8081
  est mirror --data ./mirror-ru --print-verifier-key

Exit status: 0 stopped; 1 cannot listen, open the store, or (first start) reach the depositary; 2 bad
input (a bad key, a store of another log).`,
    )
    .action((opts: MirrorOptions) => mirror(opts));
}
