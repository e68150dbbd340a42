/**
 * @module `est log export`: the log as JSON lines (a header, then each entry's exact leaf text), or
 * as the static files of c2sp.org/tlog-tiles (`--tiles DIR`) that any web server can serve.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { Depositary } from '../../app/depositary.ts';
import type { ExportHeader } from '../../client/export.ts';
import { EXPORT_VERSION, checkpointOrigin, checkpointSize, headerLine } from '../../client/export.ts';
import type { DepositaryClient, KeyListing } from '../../client/http.ts';
import { ClientError } from '../../client/http.ts';
import { KeyFileError, readKeyFile } from '../../client/keys.ts';
import type { LocalLog } from '../../client/local.ts';
import { localKeys } from '../../client/local.ts';
import { progressLine } from '../../client/progress.ts';
import { toBase64 } from '../../log/bytes.ts';
import type { Hash } from '../../log/merkle.ts';
import { leafHashOf } from '../../log/entry.ts';
import { ed25519Verify, sha256 } from '../../log/node-crypto.ts';
import type { Checkpoint } from '../../log/note.ts';
import { openNote, parseCheckpoint, parseVerifierKey } from '../../log/note.ts';
import type { Tile } from '../../log/tiles.ts';
import {
  MAX_ENTRY_BYTES,
  TILE_WIDTH,
  TileBuilder,
  encodeBundle,
  encodeTile,
  tilePath,
} from '../../log/tiles.ts';
import { modeOfOrigin } from '../../log/mode.ts';
import { rootOf } from '../../log/locate-change.ts';
import { SETTINGS_FILE } from '../../server/routes/tiles.ts';
import { KEY_FILE } from '../../server/setup.ts';
import { CliError, collect, exerciseLine, openLocalOrFail, parseSets } from '../io.ts';
import { serverFailure, serverOption } from './submit.ts';
import { checkTreaty } from './verify.ts';

/** Where the lines go: a file (written aside, renamed when complete) or stdout. */
interface Sink {
  write(text: string): Promise<void>;
  commit(): Promise<void>;
  abort(): void;
}

function fileSink(path: string): Sink {
  const aside = `${path}.partial-${process.pid}`;
  let fd: number;
  try {
    fd = openSync(aside, 'w', 0o644);
  } catch (e) {
    throw new CliError(`--out ${path}: ${(e as Error).message}`);
  }
  return {
    write: (text) => {
      writeSync(fd, text);
      return Promise.resolve();
    },
    commit: () => {
      fsyncSync(fd);
      closeSync(fd);
      renameSync(aside, path);
      return Promise.resolve();
    },
    abort: () => {
      closeSync(fd);
      rmSync(aside, { force: true });
    },
  };
}

function stdoutSink(): Sink {
  return {
    write: (text) =>
      new Promise((resolve, reject) => {
        if (process.stdout.write(text)) resolve();
        else {
          process.stdout.once('drain', resolve);
          process.stdout.once('error', reject);
        }
      }),
    commit: () => Promise.resolve(),
    abort: () => undefined,
  };
}

interface Source {
  readonly header: ExportHeader;
  pages(): AsyncGenerator<string[]>;
  close(): Promise<void>;
}

async function serverSource(client: DepositaryClient, extra: Partial<ExportHeader>): Promise<Source> {
  const checkpoint = await client.checkpoint();
  const verifierKey = await client.verifierKey();
  const keys: KeyListing[] = await client.keys();
  const treaty = extra.treaty ?? (await client.treaty()) ?? undefined;
  const size = checkpointSize(checkpoint.slice(0, checkpoint.indexOf('\n\n') + 1));
  if (size === null) throw new CliError("the server's checkpoint names no size: it is not a checkpoint", 1);
  return {
    header: header(checkpointOrigin(checkpoint), size, checkpoint, verifierKey, keys, {
      ...extra,
      ...(treaty === undefined ? {} : { treaty }),
    }),
    pages: () => client.pages(0, size),
    close: () => Promise.resolve(),
  };
}

async function storeSource(local: LocalLog, extra: Partial<ExportHeader>): Promise<Source> {
  if (local.origin === null)
    throw new CliError(`${local.where} has no origin setting: it was not made by est serve`);
  const keyFile = join(local.dataDir, KEY_FILE);
  let seed: Uint8Array;
  try {
    seed = readKeyFile(keyFile).seed;
  } catch (e) {
    if (e instanceof KeyFileError)
      throw new CliError(`the depositary's key is needed to sign the export's checkpoint: ${e.message}`);
    throw e;
  }
  let d: Depositary;
  try {
    // Opening rebuilds the tree from the stored entries and refuses a stored tree that differs.
    d = await Depositary.open({
      log: local.log,
      clock: () => new Date(),
      key: { name: local.origin, seed },
      origin: local.origin,
      keepCheckpoints: false,
    });
  } catch (e) {
    throw new CliError(`the stored log does not open: ${(e as Error).message}`, 1);
  }
  if (local.verifierKey !== null && d.verifierKey !== local.verifierKey)
    throw new CliError(
      `${keyFile} is not the key this log's checkpoints are signed with (${local.verifierKey})`,
    );
  const checkpoint = await d.checkpoint();
  const size = d.size;
  return {
    header: header(local.origin, size, checkpoint, d.verifierKey, await localKeys(local.log), {
      treaty: d.treaty,
      parameters: local.parameters,
      ...extra,
    }),
    async *pages() {
      for (let start = 0; start < size; start += 1000) {
        const page = await d.entries(start, Math.min(size, start + 1000));
        if (page.length === 0) return;
        yield page;
      }
    },
    close: () => local.log.close(),
  };
}

function header(
  origin: string,
  size: number,
  checkpoint: string,
  verifierKey: string,
  keys: readonly KeyListing[],
  extra: Partial<ExportHeader>,
): ExportHeader {
  return {
    'est-log-export': EXPORT_VERSION,
    origin,
    mode: modeOfOrigin(origin),
    size,
    checkpoint,
    verifierKey,
    keys,
    ...(extra.treaty === undefined ? {} : { treaty: extra.treaty }),
    ...(extra.parameters === undefined ? {} : { parameters: extra.parameters }),
    exportedAt: new Date().toISOString(),
  };
}

interface ExportOptions {
  server?: string;
  data?: string;
  db?: string;
  out?: string;
  tiles?: string;
  treaty?: string;
  set: string[];
}

async function exportLog(opts: ExportOptions): Promise<void> {
  if ((opts.server === undefined) === (opts.data === undefined))
    throw new CliError('give one of --server URL or --data DIR');
  if (opts.db !== undefined && opts.data === undefined) throw new CliError('--db goes with --data');
  if (opts.out !== undefined && opts.tiles !== undefined)
    throw new CliError('give one of --out FILE or --tiles DIR');
  const extra: Partial<ExportHeader> = {
    ...(opts.treaty === undefined ? {} : { treaty: checkTreaty(opts.treaty, 'est log export') }),
    ...(opts.set.length > 0 ? { parameters: parseSets(opts.set) } : {}),
  };
  let source: Source;
  if (opts.data !== undefined) {
    const local = await openLocalOrFail(opts.data, opts.db);
    try {
      source = await storeSource(local, extra);
    } catch (e) {
      await local.log.close();
      throw e;
    }
  } else {
    try {
      source = await serverSource(serverOption(opts.server), extra);
    } catch (e) {
      if (e instanceof ClientError) throw serverFailure(e, 'the export');
      throw e;
    }
  }
  if (opts.tiles !== undefined) {
    await exportTiles(source, opts.tiles);
    return;
  }
  const sink = opts.out === undefined ? stdoutSink() : fileSink(opts.out);
  const progress = progressLine('est log export: entries');
  const hashes: Hash[] = [];
  const size = source.header.size;
  try {
    await sink.write(`${headerLine(source.header)}\n`);
    for await (const page of source.pages()) {
      await sink.write(page.map((leaf) => `${leaf}\n`).join(''));
      for (const leaf of page) hashes.push(leafHashOf(sha256, leaf));
      progress.update(hashes.length, size);
    }
    if (hashes.length !== size)
      throw new CliError(
        `the depositary served ${hashes.length} of the ${size} entries its checkpoint signs`,
        1,
      );
    await sink.commit();
  } catch (e) {
    sink.abort();
    if (e instanceof ClientError) throw serverFailure(e, 'the export');
    throw e;
  } finally {
    progress.end();
    await source.close();
  }
  const signed = source.header.checkpoint.split('\n')[2];
  const root = toBase64(rootOf(sha256, hashes));
  if (signed !== root) {
    throw new CliError(
      `exported ${size} entries${opts.out ? ` to ${opts.out}` : ''}, but they do not make the root the checkpoint signs: run est verify --export on it`,
      1,
    );
  }
  if (opts.out !== undefined)
    process.stderr.write(
      `Exported ${size} entries of ${source.header.origin} to ${opts.out} (root ${root}).\n`,
    );
  // Said on stderr even when the export goes to stdout: the file itself says it in its header.
  for (const line of exerciseLine(source.header.origin)) process.stderr.write(`${line}\n`);
}

/** Writes a file whole or not at all: aside, then renamed over. */
function writeAtomic(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const aside = `${path}.partial-${process.pid}`;
  writeFileSync(aside, bytes);
  renameSync(aside, path);
}

/**
 * The files of an export to a tiles directory, staged beside it until the entries are known to make
 * the signed root: a tile already there with the same bytes is kept (a tile never changes, so
 * exporting again adds only what is new); one there with other bytes is another log's, or this
 * log's history rewritten, and is refused, naming it.
 */
class TileDir {
  readonly dir: string;
  readonly #staging: string;
  readonly #staged: string[] = [];
  kept = 0;

  constructor(dir: string) {
    this.dir = dir;
    this.#staging = join(dir, `.est-export-${process.pid}`);
  }

  put(tile: Tile, bytes: Uint8Array): void {
    const path = tilePath(tile);
    const final = join(this.dir, ...path.split('/'));
    if (existsSync(final)) {
      if (Buffer.compare(readFileSync(final), bytes) !== 0)
        throw new CliError(
          `${final} holds another ${tile.level === 'entries' ? 'entry bundle' : 'tile'} than the log gives: ${this.dir} holds another log, or this log's history was rewritten since it was exported there`,
          1,
        );
      this.kept += 1;
      return;
    }
    const staged = join(this.#staging, ...path.split('/'));
    mkdirSync(dirname(staged), { recursive: true });
    writeFileSync(staged, bytes);
    this.#staged.push(path);
  }

  get written(): number {
    return this.#staged.length;
  }

  /** Moves the staged tiles into place, then the settings, then the checkpoint. */
  commit(settings: string, checkpoint: string): void {
    for (const path of this.#staged) {
      const final = join(this.dir, ...path.split('/'));
      mkdirSync(dirname(final), { recursive: true });
      renameSync(join(this.#staging, ...path.split('/')), final);
    }
    this.abort();
    writeAtomic(join(this.dir, SETTINGS_FILE), settings);
    writeAtomic(join(this.dir, 'checkpoint'), checkpoint);
  }

  abort(): void {
    rmSync(this.#staging, { recursive: true, force: true });
  }
}

/**
 * The checkpoint of an earlier export to DIR, when there is one: it must be this log's (its origin,
 * signed by its key), and no larger than what is exported now (the copy never goes back). The
 * entries exported now must then make its root (checked by the caller): a copy is only extended.
 */
async function earlierExport(dir: string, header: ExportHeader): Promise<Checkpoint | null> {
  const file = join(dir, 'checkpoint');
  if (!existsSync(file)) return null;
  const note = readFileSync(file, 'utf8');
  const origin = checkpointOrigin(note);
  if (origin !== header.origin)
    throw new CliError(`${dir} holds the tiles of another log (${origin}), not of ${header.origin}`, 1);
  const key = await parseVerifierKey(sha256, header.verifierKey);
  const opened = key === null ? null : await openNote(note, key, ed25519Verify);
  const earlier = opened?.ok === true ? parseCheckpoint(opened.text) : null;
  if (earlier === null)
    throw new CliError(
      `${file} is not a checkpoint signed by ${header.verifierKey}: ${dir} holds another log`,
      1,
    );
  if (earlier.size > header.size)
    throw new CliError(
      `${dir} holds this log at ${earlier.size} entries, the source gives ${header.size}: it lags behind the copy, or the log shrank`,
      1,
    );
  return earlier;
}

/**
 * `--tiles DIR`: the log as c2sp.org/tlog-tiles static files: DIR/tile/<L>/<N>[.p/<W>], the entry
 * bundles DIR/tile/entries/<N>[.p/<W>], est-log.json (what verifying takes besides), and last the
 * checkpoint, so that a server of DIR never serves a checkpoint whose tiles are not there yet.
 */
async function exportTiles(source: Source, dir: string): Promise<void> {
  const { header } = source;
  const size = header.size;
  const progress = progressLine('est log export: entries');
  const builder = new TileBuilder(sha256);
  const hashes: Hash[] = [];
  const encoder = new TextEncoder();
  let bundle: Uint8Array[] = [];
  let out: TileDir | null = null;
  try {
    const earlier = await earlierExport(dir, header);
    mkdirSync(dir, { recursive: true });
    const tiles = (out = new TileDir(dir));
    const flushBundle = () => {
      if (bundle.length === 0) return;
      tiles.put(
        { level: 'entries', index: Math.floor((hashes.length - 1) / TILE_WIDTH), width: bundle.length },
        encodeBundle(bundle),
      );
      bundle = [];
    };
    for await (const page of source.pages()) {
      for (const leaf of page) {
        const bytes = encoder.encode(leaf);
        if (bytes.length > MAX_ENTRY_BYTES)
          throw new CliError(
            `entry ${hashes.length} is ${bytes.length} bytes, over the ${MAX_ENTRY_BYTES} an entry bundle (c2sp.org/tlog-tiles) can hold: this log cannot be exported as tiles`,
            1,
          );
        const hash = leafHashOf(sha256, leaf);
        hashes.push(hash);
        bundle.push(bytes);
        if (bundle.length === TILE_WIDTH) flushBundle();
        for (const built of builder.add(hash)) tiles.put(built.tile, encodeTile(built.hashes));
      }
      progress.update(hashes.length, size);
    }
    if (hashes.length !== size)
      throw new CliError(
        `the depositary served ${hashes.length} of the ${size} entries its checkpoint signs`,
        1,
      );
    const root = toBase64(rootOf(sha256, hashes));
    if (root !== header.checkpoint.split('\n')[2])
      throw new CliError(
        `the ${size} entries served do not make the root the checkpoint signs: nothing was written to ${dir} (run est verify)`,
        1,
      );
    if (
      earlier !== null &&
      toBase64(rootOf(sha256, hashes.slice(0, earlier.size))) !== toBase64(earlier.root)
    )
      throw new CliError(
        `the first ${earlier.size} entries no longer make the root of ${join(dir, 'checkpoint')}: this log's history was rewritten since it was exported there; nothing was written`,
        1,
      );
    flushBundle();
    for (const built of builder.partials()) tiles.put(built.tile, encodeTile(built.hashes));
    const settings = {
      'est-log-tiles': 1,
      origin: header.origin,
      mode: modeOfOrigin(header.origin),
      verifierKey: header.verifierKey,
      ...(header.treaty === undefined ? {} : { treaty: header.treaty }),
      ...(header.parameters === undefined ? {} : { parameters: header.parameters }),
      keys: header.keys,
    };
    tiles.commit(`${JSON.stringify(settings, null, 2)}\n`, header.checkpoint);
    progress.end();
    process.stderr.write(
      `Exported ${size} entries of ${header.origin} to ${dir} as tiles (c2sp.org/tlog-tiles): ${tiles.written} files written, ${tiles.kept} already there (root ${root}).\n`,
    );
    for (const line of exerciseLine(header.origin)) process.stderr.write(`${line}\n`);
  } catch (e) {
    out?.abort();
    if (e instanceof ClientError) throw serverFailure(e, 'the export');
    throw e;
  } finally {
    progress.end();
    await source.close();
  }
}

export function registerLog(program: Command): void {
  const log = program
    .command('log')
    .description("the depositary's transparency log: export it")
    .addHelpText('after', '\nExample:\n  est log export --server http://127.0.0.1:8080 --out log.jsonl');
  log
    .command('export')
    .description(
      "write the log as JSON lines (a header, then each entry's exact leaf text), or as c2sp.org/tlog-tiles static files",
    )
    .option('--server <url>', 'export from a running depositary (default $EST_SERVER)')
    .option('--data <dir>', "export from a data directory's store (signs a checkpoint with its key)")
    .option(
      '--db <spec>',
      'with --data: the store, as for est serve (default $DATABASE_URL, else DIR/est.db)',
    )
    .option('--out <file>', 'write here (default: stdout)')
    .option(
      '--tiles <dir>',
      'write the log as c2sp.org/tlog-tiles static files in DIR instead (DIR/checkpoint, DIR/tile/...)',
    )
    .option('--treaty <id>', "record the log's treaty in the header, when the server does not say it")
    .option(
      '--set <id=value>',
      "record the log's parameter overrides in the header (repeatable)",
      collect,
      [],
    )
    .addHelpText(
      'after',
      `
The first line is a header: { "est-log-export": 1, "origin", "mode" (record or exercise, as the
origin says), "size", "checkpoint" (the signed note),
"verifierKey", "keys" (every lodged key), "treaty", "parameters", "exportedAt" }. Then one line per
entry, in order, with the exact leaf text the tree hashes. est verify --export FILE checks it all.

With --tiles DIR, the log is written as c2sp.org/tlog-tiles: the tiles of hashes DIR/tile/<L>/<N>,
the entry bundles DIR/tile/entries/<N> (each leaf after its length as a big-endian uint16), partial
ones as <N>.p/<W>; DIR/est-log.json (origin, verifier key, treaty, listed keys: what verifying needs
besides the tiles); and DIR/checkpoint, written last. Any web server can serve DIR as it is; export
again to the same DIR to add what is new (a tile never changes; one that differs is refused).
est verify --tiles DIR, or est verify --server URL of a server of DIR, checks it all.

Examples:
  est log export --server http://127.0.0.1:8080 --out log.jsonl
  est log export --data ./est-data > log.jsonl
  est verify --export log.jsonl
  est log export --server http://127.0.0.1:8080 --tiles ./site/log
  est verify --tiles ./site/log

Exit status: 0 written; 1 the depositary failed or its entries do not make its signed root; 2 bad input.`,
    )
    .action(async (opts: ExportOptions) => {
      if (opts.server === undefined && opts.data === undefined && process.env['EST_SERVER'])
        opts.server = process.env['EST_SERVER'];
      await exportLog(opts);
    });
}
