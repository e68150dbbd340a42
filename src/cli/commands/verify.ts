/**
 * @module `est verify`: recompute a depositary's log (from its server, an export file, or its
 * store) and name the first entry that does not match.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { AuditReport, LogReader } from '../../client/audit.ts';
import { auditExport, auditServer, auditStore } from '../../client/audit.ts';
import { ExportError, parseExport } from '../../client/export.ts';
import { ApiError, ClientError } from '../../client/http.ts';
import { TileLogClient, tilesAt, tilesIn } from '../../client/tile-log.ts';

import { progressLine } from '../../client/progress.ts';
import { describeOutcome } from '../../log/record.ts';
import type { ReceiptsReport } from '../../client/receipts.ts';
import { auditReceipts, formatReceipts } from '../../client/receipts.ts';
import { DRAFT_IDS } from '../../treaty/common.ts';
import { CliError, collect, openLocalOrFail, parseSets } from '../io.ts';
import { serverFailure, serverOption } from './submit.ts';

interface VerifyOptions {
  server?: string;
  /** `--tiles` alone (with --server): read the server's tiles; `--tiles DIR|URL`: a tiled log there. */
  tiles?: string | true;
  export?: string;
  data?: string;
  db?: string;
  since?: string;
  save?: string;
  verifierKey?: string;
  sample?: string;
  treaty?: string;
  set: string[];
  json?: boolean;
  receipt: string[];
}

/** A `--treaty` value, or bad input (exit 2). A depositary keeps one of the drafts, not a regime. */
export function checkTreaty(text: string): string {
  if (!(DRAFT_IDS as readonly string[]).includes(text))
    throw new CliError(`--treaty ${text}: expected ${DRAFT_IDS.join(' or ')}`);
  return text;
}

/** The text of a file, or bad input (exit 2). */
export function readText(file: string, what: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${what} ${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

/** Entries the current rules decide otherwise than the rules they name: not integrity failures. */
function rulesChanges(r: AuditReport['result']): string[] {
  if (r.rulesChanges.length === 0) return [];
  const lines = [
    `Rules changes (the record is intact; the rules moved on): the current rules (${r.rulesChanges[0]?.current}) decide ${r.rulesChanges.length} logged ${r.rulesChanges.length === 1 ? 'entry' : 'entries'} otherwise:`,
  ];
  for (const c of r.rulesChanges)
    lines.push(
      `  entry ${c.index}: decided under ${c.rules}: logged ${describeOutcome(c.logged)}; now ${describeOutcome(c.decided)}; ${c.recordedBy === null ? 'no rules-change entry records it' : `recorded by entry ${c.recordedBy}`}`,
    );
  return lines;
}

function format(report: AuditReport): string {
  const r = report.result;
  const lines: string[] = [];
  if (r.ok) {
    const ok = (text: string) => lines.push(`  ok  ${text}`);
    lines.push(`The log verifies: ${r.size} ${r.size === 1 ? 'entry' : 'entries'}, root ${r.root}.`);
    ok('every entry is a canonical entry, at its index, its receipt time never going back');
    ok(
      `every filing's signature verifies with its filer's key in force at its index, as the log lodged it (${report.keys} lodged)`,
    );
    ok('sequence numbers rise by exactly one per filer; each filer filed only acts it may file');
    ok(
      `the engine, re-deciding every act in order under ${r.treaty}, reproduces every logged outcome${r.rulesChanges.length > 0 ? ' (but for the rules changes below)' : ''}`,
    );
    if (r.checkpoint)
      ok(
        `the entries make the root signed by the checkpoint of ${r.checkpoint.origin} at size ${r.checkpoint.size}`,
      );
    if (report.inclusion.length > 0)
      ok(
        `${report.inclusion.length} inclusion proofs verify (entries ${report.inclusion.join(', ')})${report.kind === 'tiles' ? ', computed from the tiles (c2sp.org/tlog-tiles)' : ''}`,
      );
    if (report.since) ok(`the log extends the earlier checkpoint (size ${report.since.size}) append-only`);
    if (report.kind === 'store')
      ok('every stored leaf hash and tree node is the one the stored entries make');
    lines.push(...rulesChanges(r));
    return `${lines.join('\n')}\n`;
  }
  const first = report.first;
  if (report.firstBad !== null) {
    const detail = first?.index === report.firstBad ? `${first.check}: ${first.detail}` : 'see below';
    lines.push(`The log does NOT verify: entry ${report.firstBad} does not match.`);
    lines.push(`  entry ${report.firstBad}: ${detail}`);
  } else {
    lines.push(`The log does NOT verify: ${first ? `${first.check}: ${first.detail}` : 'see below'}`);
  }
  // Entries in log order, then what concerns the log as a whole.
  const others = r.problems
    .filter((p) => p !== first)
    .sort((a, b) => (a.index ?? Infinity) - (b.index ?? Infinity));
  if (others.length > 0) {
    lines.push(
      `Other problems${report.firstBad !== null ? ' (later entries may differ only because of the first)' : ''}:`,
    );
    for (const p of others)
      lines.push(`  ${p.index === null ? 'log' : `entry ${p.index}`}: ${p.check}: ${p.detail}`);
  }
  if (r.omitted > 0) lines.push(`  ... and ${r.omitted} more`);
  lines.push(...rulesChanges(r));
  lines.push(`(${r.size} entries read; root of the entries ${r.root})`);
  return `${lines.join('\n')}\n`;
}

/**
 * How to read the log of `--server` or `--tiles`: through the JSON API, or through the tiles
 * (c2sp.org/tlog-tiles) when asked, or when the server has no JSON API (a static copy of the tiles
 * served by any web server).
 */
async function logReader(opts: VerifyOptions): Promise<LogReader> {
  const key = opts.verifierKey === undefined ? {} : { verifierKey: opts.verifierKey };
  if (typeof opts.tiles === 'string')
    return /^https?:\/\//i.test(opts.tiles) ? tilesAt(opts.tiles, key) : tilesIn(opts.tiles, key);
  const client = serverOption(opts.server);
  if (opts.tiles === true) return tilesAt(client.base, key);
  try {
    await client.checkpoint();
    return client;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return tilesAt(client.base, key);
    throw e;
  }
}

/** `est verify --server URL --receipt FILE ...`: the receipts against the log as it is now. */
async function verifyReceipts(opts: VerifyOptions): Promise<void> {
  const files = opts.receipt.map((name) => ({ name, text: readText(name, '--receipt') }));
  const client = serverOption(opts.server);
  let report: ReceiptsReport;
  try {
    report = await auditReceipts(client, files, opts.verifierKey);
  } catch (e) {
    if (e instanceof ClientError) throw serverFailure(e, 'a request of the verification');
    if (e instanceof TypeError) throw new CliError(`--verifier-key: ${e.message}`);
    throw e;
  }
  process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReceipts(report));
  if (!report.ok) process.exitCode = 1;
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description("recompute a depositary's log and name the first entry that does not match")
    .option('--server <url>', 'verify a running depositary over HTTP (or a web server of its tiles)')
    .option(
      '--tiles [dir]',
      'with --server: read the log through its tiles (c2sp.org/tlog-tiles); alone: verify the tiles in DIR (or at a URL)',
    )
    .option('--export <file>', 'verify an export (est log export) offline ("-": stdin)')
    .option('--data <dir>', "verify the store of a data directory directly (the operator's check)")
    .option(
      '--db <spec>',
      'with --data: the store, as for est serve (default $DATABASE_URL, else DIR/est.db)',
    )
    .option('--since <file>', 'with --server or --tiles: a checkpoint saved earlier; the log must extend it')
    .option('--save <file>', 'with --server or --tiles: save the verified checkpoint, for the next --since')
    .option('--verifier-key <key>', "the depositary's verifier key you trust (default: the source's own)")
    .option(
      '--sample <n>',
      'with --server or --tiles: inclusion proofs to check besides the first and last',
      '16',
    )
    .option('--treaty <id>', "the log's treaty, when the source does not say it")
    .option(
      '--set <id=value>',
      "the log's parameter overrides, when the source does not say them",
      collect,
      [],
    )
    .option(
      '--receipt <file>',
      'with --server: check that the log still holds what a receipt (est submit --receipt-out) proves; repeatable',
      collect,
      [],
    )
    .option('--json', 'print the whole report as JSON')
    .addHelpText(
      'after',
      `
Checks, for every entry in order: it is a canonical entry at its index; its receipt time is ISO UTC
and never goes back; its signature verifies with its filer's lodged key (the depositary's own key
for DEPOSITARY and UNSC); seq rises by one per filer; the engine re-deciding the act reproduces the
logged outcome. Then the checkpoint: signed by the verifier key, of this size, of this root.
With --server also: inclusion proofs, a consistency proof from --since, and when the root does not
match, a binary search over consistency proofs that names the changed entry. The log is read through
the JSON API, or through its tiles (c2sp.org/tlog-tiles: /tlog/ on a depositary) with --tiles or when
the server has no JSON API (a static copy, est log export --tiles, served by any web server); the
proofs are then computed from the tiles, and the verdict is the same. --tiles DIR reads such a copy
from disk. The treaty and verifier key come from est-log.json beside the tiles, when there is one,
or from --treaty and --verifier-key. With --data: every
stored leaf and tree node against the entries (a row changed in the database is named).
With --receipt (only that is checked): each receipt's checkpoint is signed by the verifier key, its
inclusion proof (c2sp.org/tlog-proof@v1) leads from the filing to that root, the log today is a
consistent extension of that tree (RFC 9162 consistency proof), and it serves the same entry.
Entries the current rules decide otherwise than the rules they name are reported apart, as rules
changes: the record is intact, the rules moved on.

Examples:
  est verify --server http://127.0.0.1:8080
  est verify --server https://depositary.example --since last.checkpoint --save last.checkpoint
  est verify --server https://depositary.example --tiles
  est verify --server https://mirror.example/est-log/
  est verify --tiles ./site/log --verifier-key "$(cat depositary.vkey)"
  est verify --export log.jsonl
  est log export --server https://depositary.example | est verify --export -
  est verify --data ./est-data
  est verify --data ./est-data --db "$DATABASE_URL"
  est verify --server https://depositary.example --receipt sign.receipt.json --receipt vote.receipt.json

Exit status: 0 the log verifies; 1 it does not (or the server cannot be reached); 2 bad input.`,
    )
    .action(async (opts: VerifyOptions) => {
      const tilesDir = typeof opts.tiles === 'string' ? opts.tiles : undefined;
      const sources = [opts.server, opts.export, opts.data, tilesDir].filter((s) => s !== undefined);
      if (sources.length !== 1)
        throw new CliError('give exactly one of --server URL, --tiles DIR, --export FILE, --data DIR');
      if (opts.tiles === true && opts.server === undefined)
        throw new CliError('--tiles alone goes with --server URL; or give --tiles DIR');
      if (opts.db !== undefined && opts.data === undefined) throw new CliError('--db goes with --data');
      const online = opts.server !== undefined || tilesDir !== undefined;
      if (!online && (opts.since || opts.save))
        throw new CliError('--since and --save go with --server or --tiles');
      if (opts.receipt.length > 0 && (opts.server === undefined || opts.tiles !== undefined))
        throw new CliError('--receipt goes with --server (and its JSON API)');
      if (opts.receipt.length > 0) {
        await verifyReceipts(opts);
        return;
      }
      if (!/^\d{1,6}$/.test(opts.sample ?? '16'))
        throw new CliError(`--sample ${opts.sample}: expected a whole number`);
      const parameters = opts.set.length > 0 ? parseSets(opts.set) : undefined;
      const settings = {
        ...(opts.treaty === undefined ? {} : { treaty: checkTreaty(opts.treaty) }),
        ...(parameters === undefined ? {} : { parameters }),
        ...(opts.verifierKey === undefined ? {} : { verifierKey: opts.verifierKey }),
      };
      const progress = progressLine('est verify: entries');
      const onProgress = (done: number, total: number) => progress.update(done, total);
      let report: AuditReport;
      try {
        if (opts.export !== undefined) {
          let parsed;
          try {
            parsed = parseExport(readText(opts.export, '--export'));
          } catch (e) {
            if (e instanceof ExportError) throw new CliError(`${opts.export}: ${e.message}`);
            throw e;
          }
          report = await auditExport(opts.export, parsed.header, parsed.entries, { ...settings, onProgress });
        } else if (opts.data !== undefined) {
          const local = await openLocalOrFail(opts.data, opts.db);
          try {
            report = await auditStore(local, { ...settings, onProgress });
          } finally {
            await local.log.close();
          }
        } else {
          const since = opts.since === undefined ? undefined : readText(opts.since, '--since');
          try {
            const reader = await logReader(opts);
            // A static copy of the tiles may say the log's parameter overrides; --set says otherwise.
            const saved =
              reader instanceof TileLogClient && parameters === undefined ? await reader.parameters() : null;
            report = await auditServer(reader, {
              ...settings,
              ...(saved === null ? {} : { parameters: saved }),
              onProgress,
              sample: Number(opts.sample ?? '16'),
              ...(since === undefined ? {} : { since }),
            });
          } catch (e) {
            if (e instanceof ClientError) throw serverFailure(e, 'a request of the verification');
            throw e;
          }
        }
      } finally {
        progress.end();
      }
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : format(report));
      if (report.result.ok && opts.save !== undefined && report.checkpoint !== null) {
        try {
          writeFileSync(opts.save, report.checkpoint);
        } catch (e) {
          throw new CliError(`--save ${opts.save}: ${(e as Error).message}`);
        }
      }
      if (!report.result.ok) process.exitCode = 1;
    });
}
