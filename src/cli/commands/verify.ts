/**
 * @module `est verify`: recompute a depositary's log (from its server, an export file, or its
 * store) and name the first entry that does not match.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { AuditReport, LogReader } from '../../client/audit.ts';
import { auditExport, auditServer, auditStore } from '../../client/audit.ts';
import { ExportError, checkpointOrigin, parseExport } from '../../client/export.ts';
import { ApiError, ClientError } from '../../client/http.ts';
import { TileLogClient, tilesAt, tilesIn } from '../../client/tile-log.ts';

import { progressLine } from '../../client/progress.ts';
import { describeOutcome } from '../../log/record.ts';
import { parseReceiptFile } from '../../log/receipt.ts';
import type { ReceiptsReport } from '../../client/receipts.ts';
import {
  auditReceipts,
  checkReceiptsOffline,
  formatOffline,
  formatReceipts,
  timeLines,
  updateReceiptFile,
  witnessedTime,
} from '../../client/receipts.ts';
import {
  CheckpointError,
  checkServedCheckpoint,
  compareCheckpoints,
  formatComparison,
  formatServedCheck,
  holdCheckpoint,
} from '../../client/checkpoints.ts';
import { sha256 } from '../../log/node-crypto.ts';
import type { NoteKey } from '../../log/note.ts';
import { parseVerifierKey } from '../../log/note.ts';
import type { Policy } from '../../log/policy.ts';
import { PolicyError, parsePolicy } from '../../log/policy.ts';
import { DRAFT_IDS } from '../../treaty/common.ts';
import { CliError, collect, exerciseLine, openLocalOrFail, parseSets, parseTreatyOption } from '../io.ts';
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
  checkpoint: string[];
  policy?: string;
  update?: boolean;
}

/** A `--treaty` value, or bad input (exit 2). A depositary keeps one of the drafts, not a regime. */
export function checkTreaty(text: string, command = 'est verify'): string {
  return parseTreatyOption(text, command, DRAFT_IDS);
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
      `every filing's signature verifies with its filer's key in force at its index, as the log lodged it (${report.result.lodged} lodged)`,
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
    lines.push(...rulesChanges(r), ...exerciseLine(r.checkpoint?.origin));
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
  lines.push(...exerciseLine(r.checkpoint?.origin));
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

/** `--policy FILE`: a witness policy (c2sp.org/tlog-policy), or bad input (exit 2) naming the line. */
async function readPolicy(file: string): Promise<Policy> {
  try {
    return await parsePolicy(readText(file, '--policy'), sha256, file);
  } catch (e) {
    if (e instanceof PolicyError) throw new CliError(`--policy ${e.message}`);
    throw e;
  }
}

/** `--verifier-key`, read; bad input (exit 2) when it is not a note verifier key. */
async function givenKey(opts: VerifyOptions): Promise<NoteKey[]> {
  if (opts.verifierKey === undefined) return [];
  const key = await parseVerifierKey(sha256, opts.verifierKey.trim());
  if (key === null) throw new CliError(`--verifier-key: not a note verifier key: ${opts.verifierKey}`);
  return [key];
}

/** The EXERCISE line of each exercise whose receipts these are (from each receipt's signed origin). */
function receiptsExerciseLines(files: readonly { text: string }[]): string[] {
  const origins = new Set<string>();
  for (const f of files) {
    const parsed = parseReceiptFile(f.text);
    if (parsed.ok) origins.add(checkpointOrigin(parsed.file.receipt.checkpoint));
  }
  return [...origins].flatMap((o) => exerciseLine(o));
}

/** `est verify --server URL --receipt FILE ...`: the receipts against the log as it is now. */
async function verifyReceipts(opts: VerifyOptions): Promise<void> {
  const policy = opts.policy === undefined ? null : await readPolicy(opts.policy);
  if (opts.server === undefined) {
    // Offline: the receipts and the cosigned checkpoints they carry, against the policy alone.
    if (policy === null || opts.policy === undefined)
      throw new CliError('--receipt goes with --server URL, or with --policy FILE (offline)');
    const files = opts.receipt.map((name) => ({ name, text: readText(name, '--receipt') }));
    const offline = await checkReceiptsOffline(files, policy);
    process.stdout.write(
      opts.json ? `${JSON.stringify(offline, null, 2)}\n` : formatOffline(offline, opts.policy),
    );
    if (!opts.json) for (const line of receiptsExerciseLines(files)) process.stdout.write(`${line}\n`);
    if (!offline.ok) process.exitCode = 1;
    return;
  }
  const client = serverOption(opts.server);
  const out: string[] = [];
  let report: ReceiptsReport;
  const times: string[][] = [];
  // The receipt files as they stand after --update (which may add the witnessed proof): read once.
  let files: { name: string; text: string }[];
  try {
    if (opts.update === true)
      for (const name of opts.receipt) {
        const u = await updateReceiptFile(client, name, readText(name, '--receipt'));
        out.push(`${name}: ${u.updated ? 'updated: ' : ''}${u.detail}`);
      }
    files = opts.receipt.map((name) => ({ name, text: readText(name, '--receipt') }));
    report = await auditReceipts(client, files, opts.verifierKey);
    for (const r of report.receipts) {
      if (r.result === null) continue;
      const t = await witnessedTime(client, r.result.index);
      times.push(
        t === null ? [] : [`${r.file}: entry ${t.index}`, ...timeLines(t.receivedAt, t.witnessedAt, t.size)],
      );
    }
  } catch (e) {
    if (e instanceof ClientError) throw serverFailure(e, 'a request of the verification');
    if (e instanceof TypeError) throw new CliError(`--verifier-key: ${e.message}`);
    throw e;
  }
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
    process.stdout.write(formatReceipts(report));
    const lines = times.flat();
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (!report.ok) process.exitCode = 1;
  if (policy !== null && opts.policy !== undefined) {
    // With the policy too: the receipts stand alone (what --update added), checked offline.
    const offline = await checkReceiptsOffline(files, policy);
    if (!opts.json) process.stdout.write(formatOffline(offline, opts.policy));
    if (!offline.ok) process.exitCode = 1;
  }
  if (!opts.json) for (const line of receiptsExerciseLines(files)) process.stdout.write(`${line}\n`);
}

/** `est verify --checkpoint A --checkpoint B`: whether two checkpoints of one log can both be true. */
async function verifyCheckpoints(opts: VerifyOptions): Promise<void> {
  if (opts.checkpoint.length !== 2) throw new CliError('give --checkpoint FILE exactly twice');
  const policy = opts.policy === undefined ? null : await readPolicy(opts.policy);
  const keys = await givenKey(opts);
  const client = opts.server === undefined ? null : serverOption(opts.server);
  try {
    if (keys.length === 0 && policy === null) {
      if (client === null)
        throw new CliError(
          'give the log key to check the checkpoints with: --verifier-key VKEY or --policy FILE',
        );
      const served = await parseVerifierKey(sha256, await client.verifierKey());
      if (served === null) throw new CliError(`${opts.server} names no note verifier key`);
      keys.push(served);
    }
    const [a, b] = await Promise.all(
      opts.checkpoint.map((file) => holdCheckpoint(file, readText(file, '--checkpoint'), keys, policy)),
    );
    const comparison = await compareCheckpoints(
      a as Awaited<ReturnType<typeof holdCheckpoint>>,
      b as Awaited<ReturnType<typeof holdCheckpoint>>,
      client === null
        ? null
        : {
            source: client.base.toString().replace(/\/$/, ''),
            proof: (from, to) => client.consistencyProof(from, to),
          },
    );
    process.stdout.write(
      opts.json ? `${JSON.stringify(comparison, null, 2)}\n` : formatComparison(comparison),
    );
    if (comparison.verdict === 'equivocation') process.exitCode = 1;
  } catch (e) {
    if (e instanceof CheckpointError) throw new CliError(e.message);
    if (e instanceof ClientError) throw serverFailure(e, 'a request of the verification');
    throw e;
  }
}

/**
 * `est verify --server URL --policy FILE`: the server's checkpoint must meet the policy before its
 * log is verified; printed, and false (exit 1) when it does not. The policy's log key is then the
 * one the log is verified with.
 */
async function checkPolicyFirst(opts: VerifyOptions, policy: Policy, file: string): Promise<boolean> {
  const client = serverOption(opts.server);
  try {
    const served = await checkServedCheckpoint(client, policy, await givenKey(opts));
    if (!opts.json || !served.ok) process.stdout.write(formatServedCheck(served, file));
    if (!served.ok) {
      process.exitCode = 1;
      return false;
    }
    if (opts.verifierKey === undefined) {
      const log = policy.logs.find((l) => l.key.name === served.held.origin);
      if (log !== undefined) opts.verifierKey = log.vkey;
    }
    return true;
  } catch (e) {
    if (e instanceof CheckpointError) {
      process.stdout.write(`REFUSED: ${e.message}\n`);
      process.exitCode = 1;
      return false;
    }
    if (e instanceof ClientError) throw serverFailure(e, 'a request of the verification');
    throw e;
  }
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
    .option(
      '--policy <file>',
      "a witness policy (c2sp.org/tlog-policy): with --server, refuse a checkpoint its quorum has not cosigned; with --receipt and no --server, verify receipts offline; with --checkpoint, name each one's cosigners",
    )
    .option(
      '--update',
      "with --server and --receipt: add to each receipt file the entry's proof against the checkpoint the witnesses cosigned (the file becomes version 2 and stands alone)",
    )
    .option(
      '--checkpoint <file>',
      'twice: report equivocation if the two checkpoints, signed by the same log key, cannot both be true (with --server: asks for the consistency proof between them)',
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
      if (opts.checkpoint.length > 0) {
        if (opts.receipt.length > 0 || opts.export || opts.data || opts.tiles !== undefined)
          throw new CliError('--checkpoint goes alone, or with --server, --verifier-key, --policy');
        await verifyCheckpoints(opts);
        return;
      }
      if (opts.update === true && (opts.receipt.length === 0 || opts.server === undefined))
        throw new CliError('--update goes with --receipt FILE and --server URL');
      if (opts.receipt.length > 0 && opts.server === undefined && opts.policy !== undefined) {
        if (opts.export || opts.data || opts.tiles !== undefined)
          throw new CliError('--receipt with --policy (offline) takes no other source');
        await verifyReceipts(opts);
        return;
      }
      const tilesDir = typeof opts.tiles === 'string' ? opts.tiles : undefined;
      const sources = [opts.server, opts.export, opts.data, tilesDir].filter((s) => s !== undefined);
      if (opts.tiles === true && opts.server === undefined)
        throw new CliError('--tiles alone goes with --server URL; or give --tiles DIR');
      if (sources.length !== 1)
        throw new CliError('give exactly one of --server URL, --tiles DIR, --export FILE, --data DIR');
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
      if (opts.policy !== undefined) {
        if (opts.server === undefined || opts.tiles !== undefined)
          throw new CliError('--policy goes with --server URL (its JSON API), --receipt or --checkpoint');
        if (!(await checkPolicyFirst(opts, await readPolicy(opts.policy), opts.policy))) return;
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
