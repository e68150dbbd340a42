/** @module `est log export`: the log as JSON lines (a header, then each entry's exact leaf text). */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
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
import { sha256 } from '../../log/node-crypto.ts';
import { rootOf } from '../../log/verify.ts';
import { KEY_FILE } from '../../server/setup.ts';
import { CliError, collect, openLocalOrFail, parseSets } from '../io.ts';
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
  treaty?: string;
  set: string[];
}

async function exportLog(opts: ExportOptions): Promise<void> {
  if ((opts.server === undefined) === (opts.data === undefined))
    throw new CliError('give one of --server URL or --data DIR');
  if (opts.db !== undefined && opts.data === undefined) throw new CliError('--db goes with --data');
  const extra: Partial<ExportHeader> = {
    ...(opts.treaty === undefined ? {} : { treaty: checkTreaty(opts.treaty) }),
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
}

export function registerLog(program: Command): void {
  const log = program
    .command('log')
    .description("the depositary's transparency log: export it")
    .addHelpText('after', '\nExample:\n  est log export --server http://127.0.0.1:8080 --out log.jsonl');
  log
    .command('export')
    .description("write the log as JSON lines: a header, then each entry's exact leaf text")
    .option('--server <url>', 'export from a running depositary (default $EST_SERVER)')
    .option('--data <dir>', "export from a data directory's store (signs a checkpoint with its key)")
    .option(
      '--db <spec>',
      'with --data: the store, as for est serve (default $DATABASE_URL, else DIR/est.db)',
    )
    .option('--out <file>', 'write here (default: stdout)')
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
The first line is a header: { "est-log-export": 1, "origin", "size", "checkpoint" (the signed note),
"verifierKey", "keys" (every lodged key), "treaty", "parameters", "exportedAt" }. Then one line per
entry, in order, with the exact leaf text the tree hashes. est verify --export FILE checks it all.

Examples:
  est log export --server http://127.0.0.1:8080 --out log.jsonl
  est log export --data ./est-data > log.jsonl
  est verify --export log.jsonl

Exit status: 0 written; 1 the depositary failed or its entries do not make its signed root; 2 bad input.`,
    )
    .action(async (opts: ExportOptions) => {
      if (opts.server === undefined && opts.data === undefined && process.env['EST_SERVER'])
        opts.server = process.env['EST_SERVER'];
      await exportLog(opts);
    });
}
