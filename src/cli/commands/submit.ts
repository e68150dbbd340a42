/** @module `est submit --server URL --key FILE ACT.yaml`: sign one act and file it with the depositary. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parseAllDocuments } from 'yaml';
import type { Receipt } from '../../app/depositary.ts';
import { ApiError, ClientError, DepositaryClient } from '../../client/http.ts';
import type { PartyKey } from '../../client/keys.ts';
import { KeyFileError, keyFileModeWarning, readKeyFile, signEnvelope } from '../../client/keys.ts';
import { writeReceiptFile } from '../../client/receipts.ts';
import { describeLogged } from '../../log/record.ts';
import { checkFiledAct, describeValue, formatPath } from '../../scenario/act.ts';
import type { TreatyId } from '../../treaty/common.ts';
import { DRAFT_IDS } from '../../treaty/common.ts';
import type { IsoDate } from '../../treaty/dates.ts';
import type { EntityId } from '../../treaty/entities.ts';
import { checkpointOrigin } from '../../client/export.ts';
import { CliError, exerciseLine, parseTreatyOption } from '../io.ts';
import { checkPartyId } from './keygen.ts';

/** The server URL of an option, else $EST_SERVER; a missing one is bad input. */
export function serverOption(server: string | undefined): DepositaryClient {
  const url = server ?? process.env['EST_SERVER'];
  if (url === undefined || url === '') throw new CliError('--server URL is needed (or set EST_SERVER)');
  try {
    return new DepositaryClient(url);
  } catch (e) {
    throw new CliError(`--server ${url}: ${(e as Error).message}`);
  }
}

/** A refusal or fault of the depositary, as the user reads it (exit 1). */
export function serverFailure(e: unknown, doing: string): CliError {
  if (e instanceof ApiError) {
    const lines = [
      `the depositary refused ${doing}: ${e.status} ${e.title}${e.detail ? `: ${e.detail}` : ''}`,
    ];
    const problems = e.problem['problems'];
    if (Array.isArray(problems)) {
      const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v ?? ''));
      for (const p of problems as { field?: unknown; message?: unknown }[])
        lines.push(`  ${text(p.field)}: ${text(p.message)}`);
    }
    if (e.kind === 'unknown-key')
      lines.push(
        '  (is the key lodged? the operator lodges it as est keygen showed, and may have revoked it)',
      );
    if (e.kind === 'seq-conflict' && typeof e.problem['expected'] === 'number')
      lines.push(
        '  (another filing with this key was logged meanwhile; submit again to sign with the next seq)',
      );
    return new CliError(lines.join('\n'), 1);
  }
  if (e instanceof ClientError) return new CliError(e.message, 1);
  return new CliError(`${doing} failed: ${e instanceof Error ? e.message : String(e)}`, 1);
}

/** Reads one act from a YAML 1.2 or JSON file (`-`: stdin). */
export function readAct(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const name = file === '-' ? '(stdin)' : file;
  const docs = parseAllDocuments(text, { version: '1.2' });
  if (!Array.isArray(docs)) throw new CliError(`${name}: empty; expected one act, e.g. { act: sign }`);
  if (docs.length !== 1) throw new CliError(`${name}: ${docs.length} YAML documents; a filing is one act`);
  const doc = docs[0]!;
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    throw new CliError(`${name}${at ? `:${at.line}:${at.col}` : ''}: ${error.message.split('\n')[0]}`);
  }
  const act: unknown = doc.toJS();
  if (act === null || typeof act !== 'object' || Array.isArray(act))
    throw new CliError(`${name}: expected one act (a map such as { act: sign }), got ${describeValue(act)}`);
  return act as Record<string, unknown>;
}

function printReceipt(receipt: Receipt, party: string, seq: number): void {
  const lines = [
    `Logged as entry ${receipt.index}, received ${receipt.receivedAt} (${party}, seq ${seq}).`,
    `leaf hash  ${receipt.leafHash}`,
  ];
  lines.push(`rules      ${receipt.rules}`);
  if (receipt.outcome.accepted) lines.push('outcome    accepted');
  else {
    lines.push('outcome    REFUSED under the treaty; the filing stays in the log as evidence:');
    for (const v of receipt.outcome.violations) lines.push(`  ${v.code} (${v.cite}): ${describeLogged(v)}`);
  }
  lines.push(...exerciseLine(checkpointOrigin(receipt.checkpoint)));
  process.stdout.write(`${lines.join('\n')}\n`);
}

interface SubmitOptions {
  server?: string;
  key: string;
  party?: string;
  treaty?: string;
  json?: boolean;
  dryRun?: boolean;
  seq?: string;
  receiptOut?: string;
}

function parseSeq(text: string): number {
  if (!/^[1-9]\d{0,15}$/.test(text) || !Number.isSafeInteger(Number(text)))
    throw new CliError(`--seq ${text}: expected a whole number from 1`);
  return Number(text);
}

export function registerSubmit(program: Command): void {
  program
    .command('submit')
    .description("sign an act with a Party's key and file it with the depositary")
    .argument('<act>', 'the act: a YAML or JSON file without on: and by: ("-" reads stdin)')
    .option('--server <url>', 'the depositary (default $EST_SERVER)')
    .requiredOption('--key <file>', "the Party's key file, as est keygen wrote it")
    .option('--party <id>', "the filing Party (default: the key file's)")
    .option('--treaty <id>', "check the act against this treaty (default: the log's, asked of the server)")
    .option('--json', 'print the receipt as the server sent it')
    .option('--dry-run', 'check and sign, print the envelope, file nothing')
    .option('--seq <n>', "sign with this seq instead of the server's next one (with --dry-run: offline)")
    .option(
      '--receipt-out <file>',
      'save the envelope and its receipt (signed checkpoint and inclusion proof), for est verify --receipt',
    )
    .addHelpText(
      'after',
      `
The act is one map, as in a scenario's events but without on: (the depositary dates it on receipt)
and by: (the filer is the key's Party). It is checked here first; whether the treaty accepts it is
the depositary's decision, and a refused filing is logged too, with the reasons.

Examples:
  echo '{ act: sign }' | est submit --server http://127.0.0.1:8080 --key ru.key -
  est submit --server https://depositary.example --key fi.key consultations.yaml
      where consultations.yaml holds:
        act: request-consultations
        with: [RU, EE]
        subject: airspace incidents over the Gulf of Finland
        id: c-1
  est submit --key ru.key --json act.yaml          (with EST_SERVER set)
  est submit --key ru.key --dry-run --seq 7 act.yaml   sign offline; print the envelope
  est submit --key ru.key --receipt-out sign.receipt.json act.yaml
      later: est verify --server https://depositary.example --receipt sign.receipt.json

Exit status: 0 logged (accepted or refused under the treaty); 1 the depositary did not take the
filing (bad signature, unknown key, replayed seq, unreachable); 2 bad input (the act, the key file).`,
    )
    .action(async (file: string, opts: SubmitOptions) => {
      let key: PartyKey;
      try {
        key = readKeyFile(opts.key);
      } catch (e) {
        if (e instanceof KeyFileError) throw new CliError(e.message);
        throw e;
      }
      const loose = keyFileModeWarning(opts.key);
      if (loose) process.stderr.write(`est: warning: ${loose}\n`);
      if (opts.party !== undefined && key.party !== null && opts.party !== key.party)
        throw new CliError(`--party ${opts.party}, but ${opts.key} is the key of ${key.party}`);
      const partyText = opts.party ?? key.party;
      if (partyText === null) throw new CliError(`${opts.key} names no Party: add --party ID`);
      const party = checkPartyId(partyText, opts.party === undefined ? `${opts.key}: party` : '--party');
      // A depositary keeps one of the drafts; the regimes are models to compare them with.
      if (opts.treaty !== undefined) parseTreatyOption(opts.treaty, 'est submit', DRAFT_IDS);

      const act = readAct(file);
      if (act['act'] === 'close' || act['act'] === 'unsc-measures')
        throw new CliError(
          `${String(act['act'])} is filed by the depositary's operator (POST /api/v1/admin/acts), not by a Party`,
        );
      const seqGiven = opts.seq === undefined ? undefined : parseSeq(opts.seq);
      const offline =
        opts.dryRun === true &&
        seqGiven !== undefined &&
        opts.server === undefined &&
        !process.env['EST_SERVER'];
      const client = offline ? null : serverOption(opts.server);
      let treaty = opts.treaty as TreatyId | undefined;
      if (treaty === undefined && client !== null) {
        let named: string | null;
        try {
          named = await client.treaty();
        } catch (e) {
          throw serverFailure(e, 'the request for its treaty');
        }
        if (named !== null && (DRAFT_IDS as readonly string[]).includes(named)) treaty = named as TreatyId;
      }
      treaty ??= 'est-2009';
      const today = new Date().toISOString().slice(0, 10) as IsoDate;
      const checked = checkFiledAct(act, treaty, party as EntityId, today);
      if (!checked.ok) {
        const lines = checked.problems.map(
          (p) => `  ${formatPath(p.key ? [...p.path, p.key] : p.path)}: ${p.message}`,
        );
        throw new CliError(
          `${file === '-' ? '(stdin)' : file} is not an act ${party} can file under ${treaty}:\n${lines.join('\n')}`,
        );
      }

      let seq: number;
      if (seqGiven !== undefined) seq = seqGiven;
      else {
        try {
          seq = (await (client as DepositaryClient).party(party)).nextSeq;
        } catch (e) {
          throw serverFailure(e, `the request for ${party}'s next seq`);
        }
      }
      const envelope = signEnvelope(key, seq, act, party);
      if (opts.dryRun) {
        process.stdout.write(`${JSON.stringify(envelope, null, 2)}\n`);
        return;
      }
      let receipt: Receipt;
      try {
        receipt = await (client as DepositaryClient).submit(envelope);
      } catch (e) {
        throw serverFailure(e, 'the filing');
      }
      if (opts.receiptOut !== undefined) {
        try {
          writeReceiptFile(opts.receiptOut, envelope, receipt);
        } catch (e) {
          // The filing is logged all the same: say so, and how to get its proof again.
          throw new CliError(
            `the filing is logged as entry ${receipt.index}, but --receipt-out ${opts.receiptOut}: ${(e as Error).message}; GET /api/v1/log/tlog-proof?index=${receipt.index} gives its proof again`,
            1,
          );
        }
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(receipt, null, 2)}\n`);
      else printReceipt(receipt, party, seq);
    });
}
