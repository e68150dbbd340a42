/**
 * @module `est prove-absence`: a statement, checkable by anyone, that no entry among the first N of
 * the log convenes a procedure, as of the checkpoint of size N that a quorum of witnesses cosigned
 * (src/log/absence.ts says what convening means in this engine).
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ABSENCE_EXIT, proveAbsence } from '../../log/absence.ts';
import type { AbsenceInput, Source } from '../../log/absence.ts';
import { ed25519Verify, sha256 } from '../../log/node-crypto.ts';
import { parseVerifierKey, splitNote, parseCheckpoint } from '../../log/note.ts';
import { PolicyError, parsePolicy } from '../../log/policy.ts';
import type { Policy } from '../../log/policy.ts';
import { ApiError, ClientError, DepositaryClient } from '../../client/http.ts';
import { CliError, exerciseLine } from '../io.ts';

interface Options {
  server: string;
  procedure: string;
  policy?: string;
  key?: string;
  json?: boolean;
}

/** A failure to reach the server or read its answers: no statement (exit 3). */
function noStatement(e: ClientError, what: string): CliError {
  const detail =
    e instanceof ApiError && e.status === 503
      ? `the server has no checkpoint that its witnesses' quorum cosigned yet (${e.message})`
      : e.message;
  return new CliError(`no statement: ${what}: ${detail}`, ABSENCE_EXIT.unverified);
}

async function loadPolicy(file: string): Promise<Policy> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`--policy ${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  try {
    return await parsePolicy(text, sha256, file);
  } catch (e) {
    if (e instanceof PolicyError) throw new CliError(`--policy ${e.message}`);
    throw e;
  }
}

async function run(opts: Options): Promise<void> {
  const procedure = opts.procedure.trim();
  if (procedure === '') throw new CliError('--procedure: give the id of a procedure (xc-1, conf-1, ...)');
  if (opts.key !== undefined && (await parseVerifierKey(sha256, opts.key.trim())) === null)
    throw new CliError(`--key ${opts.key}: not a note verifier key (<origin>+<hex key id>+<base64 key>)`);
  const given = opts.policy === undefined ? null : await loadPolicy(opts.policy);
  let client: DepositaryClient;
  try {
    client = new DepositaryClient(opts.server);
  } catch (e) {
    if (e instanceof ClientError) throw new CliError(`--server ${opts.server}: ${e.message}`);
    throw e;
  }

  let input: AbsenceInput;
  let origin: string | null = null;
  try {
    const note = await client.text('api/v1/log/checkpoint');
    const served = await client.verifierKey();
    const settings = (await client.json('api/v1/settings')) as {
      treaty?: unknown;
      parameters?: unknown;
    };
    const keys = await client.keys();
    // The policy: the one given, else the server's own (its witnesses' keys are then not pinned).
    let policy: AbsenceInput['policy'] = null;
    if (given !== null) policy = { policy: given, source: 'given' };
    else {
      const w = (await client.json('api/v1/log/witnesses')) as { policy?: unknown };
      if (typeof w.policy === 'string') {
        try {
          policy = { policy: await parsePolicy(w.policy, sha256, 'the server policy'), source: 'server' };
        } catch (e) {
          if (!(e instanceof PolicyError)) throw e;
          throw new CliError(
            `no statement: the server's policy is malformed: ${e.message}`,
            ABSENCE_EXIT.unverified,
          );
        }
      }
    }
    // The log key: given, else the policy's key for the checkpoint's origin, else the server's.
    const split = splitNote(note);
    origin = split.ok ? (parseCheckpoint(split.text)?.origin ?? null) : null;
    const fromPolicy = given?.logs.find((l) => l.key.name === origin);
    const logKey: { vkey: string; source: Source } =
      opts.key !== undefined
        ? { vkey: opts.key.trim(), source: 'given' }
        : fromPolicy !== undefined
          ? { vkey: fromPolicy.vkey, source: 'policy' }
          : { vkey: served, source: 'server' };
    if (logKey.source !== 'server' && logKey.vkey !== served)
      process.stderr.write(
        `est prove-absence: the server names the log key ${served}, not the one trusted (${logKey.vkey}); the trusted one is used\n`,
      );
    const size = Number(split.ok ? split.text.split('\n')[1] : 0);
    const leaves = Number.isSafeInteger(size) && size > 0 ? await client.allEntries(size) : [];
    input = {
      note,
      procedure,
      leaves,
      treaty: typeof settings.treaty === 'string' ? settings.treaty : 'est-2009',
      parameters:
        typeof settings.parameters === 'object' && settings.parameters !== null
          ? (settings.parameters as Record<string, unknown>)
          : {},
      keys,
      logKey,
      policy,
      now: Math.floor(Date.now() / 1000),
      server: client.base.toString().replace(/\/$/, ''),
    };
  } catch (e) {
    if (e instanceof ClientError) throw noStatement(e, `reading ${opts.server}`);
    throw e;
  }

  const proved = await proveAbsence(input, { sha256, ed25519Verify });
  // A statement about an exercise says so, in its text too (the most quotable output of all).
  const statement = { ...proved, lines: [...proved.lines, ...exerciseLine(origin)] };
  if (opts.json) {
    const { lines, ...rest } = statement;
    process.stdout.write(`${JSON.stringify({ ...rest, text: lines.join('\n') }, null, 2)}\n`);
  } else if (statement.status === 'unverified') process.stderr.write(`est: ${statement.lines.join('\n')}\n`);
  else process.stdout.write(`${statement.lines.join('\n')}\n`);
  process.exitCode = ABSENCE_EXIT[statement.status];
}

export function registerProveAbsence(program: Command): void {
  program
    .command('prove-absence')
    .description(
      "state, checkably, that no entry up to the witnesses' cosigned checkpoint convenes a procedure (the Depositary's inaction)",
    )
    .requiredOption('--server <url>', 'the depositary (or a mirror)')
    .requiredOption('--procedure <id>', 'the procedure: xc-1, conf-1, or the id the filing gave')
    .option(
      '--policy <file>',
      "the witness policy to hold the checkpoint to (c2sp.org/tlog-policy); default the server's, not pinned",
    )
    .option('--key <vkey>', "the log's verifier key to trust (default the policy's, else the server's)")
    .option('--json', 'the statement as JSON')
    .addHelpText(
      'after',
      `
The statement rests on the newest checkpoint a quorum of witnesses cosigned (GET /api/v1/log/checkpoint):
its log signature and cosignatures are verified, and the first N entries are read, verified as
est verify checks them and replayed to make its root. It names the procedure (requested by whom,
when), what convenes it and by when (EST 6(2), 8(1)), and whether an entry among the first N does.

In this engine the Depositary's convening is the logging of the filing that calls for it (the
notification of an attack convenes the Extraordinary Conference in the same entry; the support that
completes a Conference's backing convenes it), so the Depositary's inaction shows as that filing's
absence: a Party holding its signed filing (and receipt) shows with this statement that the record the
witnesses cosigned does not hold it.

Example:
  est prove-absence --server http://127.0.0.1:8080 --procedure xc-baltic --policy policy.txt

Exit status: 0 absent (no entry convenes it); 1 not absent (an entry convenes it, named);
2 bad input, or a procedure no one convenes (consultations, a request for information, an accession);
3 no statement: the server cannot be read, has no cosigned checkpoint, or the checkpoint (log key,
quorum) or the entries do not verify.`,
    )
    .action(run);
}
