/** @module The command line's edge: reading files, parsing options, and errors that end a command. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { LocalLog } from '../client/local.ts';
import { LocalLogError, openLocalLog } from '../client/local.ts';
import { modeOfOrigin } from '../log/mode.ts';
import type { Loaded, Scenario } from '../scenario/index.ts';
import { didYouMean, formatIssue, parseScenario } from '../scenario/index.ts';
import type { TreatyId } from '../treaty/common.ts';
import { TREATY_IDS } from '../treaty/common.ts';
import type { IsoDate } from '../treaty/dates.ts';
import { parseIsoDate } from '../treaty/dates.ts';
import type { ParameterId } from '../treaty/parameters/index.ts';
import { PARAMETER_IDS, isParameterId, parseParameterValue } from '../treaty/parameters/index.ts';

/** An error that ends a command with a message and an exit code (2: bad input or usage). */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Reads and parses a scenario file; a file that cannot be read is reported as an issue too. */
export function loadScenarioFile(file: string): Loaded {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const reason =
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((e as Error).message);
    return { ok: false, issues: [{ file, line: 0, column: 0, path: '(file)', message: reason }] };
  }
  return parseScenario(text, file);
}

/** Loads a scenario or ends the command (exit 2) with every issue found in it. */
export function loadOrFail(file: string): Scenario {
  const loaded = loadScenarioFile(file);
  if (loaded.ok) return loaded.scenario;
  const [first] = loaded.issues;
  if (loaded.issues.length === 1 && first?.path === '(file)') throw new CliError(`${file}: ${first.message}`);
  throw new CliError(
    `${file} is malformed (${loaded.issues.length} ${loaded.issues.length === 1 ? 'issue' : 'issues'}):\n${loaded.issues.map(formatIssue).join('\n')}`,
  );
}

const SCENARIO_FILE = /\.scenario\.(ya?ml|json)$/;

/** The scenario files a path names: the file itself, or every `*.scenario.yaml|json` under a folder. */
export function scenarioFiles(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new CliError(`${path}: no such file or folder`);
  }
  if (!stat.isDirectory()) return [path];
  const out: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) out.push(...scenarioFiles(full));
    else if (SCENARIO_FILE.test(entry.name)) out.push(full);
  }
  return out;
}

/** `--as-of 2010-05-01` */
export function parseAsOf(text: string | undefined): IsoDate | undefined {
  if (text === undefined) return undefined;
  const date = parseIsoDate(text);
  if (date === null) throw new CliError(`--as-of ${text}: expected a date YYYY-MM-DD`);
  return date;
}

/** A list in words: `a`, `a or b`, `a, b or c`. */
const orList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;

/**
 * `--treaty ID`, the same way in every command that takes one: an id est does not know ends the
 * command naming the ids it knows; a known one the command cannot work on ends it naming those it
 * can (exit 2 both).
 */
export function parseTreatyOption<T extends TreatyId>(
  text: string,
  command: string,
  handles: readonly T[],
): T {
  if (!(TREATY_IDS as readonly string[]).includes(text))
    throw new CliError(
      `--treaty ${text}: unknown treaty${didYouMean(text, TREATY_IDS)}; est knows ${TREATY_IDS.join(', ')}`,
    );
  if (!(handles as readonly string[]).includes(text))
    throw new CliError(`--treaty ${text}: ${command} works on ${orList(handles)} only`);
  return text as T;
}

/** `--set id=value`, values written as YAML (`2/3`, `null`, `[RU, BY]`, `{ tanks: 60 }`). */
export function parseSets(sets: readonly string[]): Partial<Record<ParameterId, unknown>> {
  const out: Partial<Record<ParameterId, unknown>> = {};
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq <= 0) throw new CliError(`--set ${set}: expected id=value, e.g. --set withdrawal.noticeDays=180`);
    const id = set.slice(0, eq).trim();
    if (!isParameterId(id)) {
      throw new CliError(
        `--set ${set}: unknown parameter '${id}'${didYouMean(id, PARAMETER_IDS)}; see est treaty params`,
      );
    }
    let raw: unknown;
    try {
      raw = parseYaml(set.slice(eq + 1), { version: '1.2' });
    } catch (e) {
      throw new CliError(`--set ${set}: ${(e as Error).message.split('\n')[0]}`);
    }
    const parsed = parseParameterValue(id, raw);
    if (!parsed.ok) throw new CliError(`--set ${set}: expected ${parsed.expected}`);
    out[id] = parsed.value;
  }
  return out;
}

/** commander's collector for repeatable options. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Opens a data directory's store for reading, or ends the command with the reason (exit 2). */
export async function openLocalOrFail(data: string, db: string | undefined): Promise<LocalLog> {
  try {
    return await openLocalLog(data, db);
  } catch (e) {
    if (e instanceof LocalLogError) throw new CliError(e.message);
    throw e;
  }
}

/**
 * Why a server could not listen, for the operator: a port in use names the way out (`--port N`,
 * and through npm start `npm start -- --port N`); `after` adds what happens to state already made.
 */
export function listenFailure(host: string, port: number, e: unknown, after = ''): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code !== 'EADDRINUSE') return `cannot listen on ${host}:${port}: ${(e as Error).message}`;
  return `cannot listen on ${host}:${port}: the port is in use (by another server?). Choose another: --port N (through npm start: npm start -- --port N), or --port 0 for any free one.${after}`;
}

/** A `--port` value: 0 (any free port) to 65535. */
export function parsePort(text: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    throw new CliError(`--port ${text}: expected a port number from 0 (any free port) to 65535`);
  }
  return Number(text);
}

/**
 * Closes a long-running command on SIGINT or SIGTERM: says so on stderr, runs `close` (after
 * `first`, which must not wait: stop timers, abort streams), then says closed or why it failed
 * (exit status 1). A second signal while closing exits at once (130). Set before the banner, so
 * that whoever reads the address may stop the command at once.
 */
export function closeOnSignals(
  command: string,
  close: () => Promise<unknown>,
  options: { readonly doing?: string; readonly first?: () => void } = {},
): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`${command}: stopping now\n`);
      process.exit(130);
    }
    stopping = true;
    process.stderr.write(
      `${command}: ${signal}: ${options.doing ?? 'finishing requests in flight'}, then closing\n`,
    );
    options.first?.();
    void close().then(
      () => process.stderr.write(`${command}: closed\n`),
      (e: unknown) => {
        process.stderr.write(`${command}: closing failed: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** The line (last of a verdict, a receipt or an export's report) that says a log is an exercise, from its signed origin (src/log/mode.ts). */
export function exerciseLine(origin: string | null | undefined): string[] {
  if (origin === null || origin === undefined || modeOfOrigin(origin) !== 'exercise') return [];
  return [
    `EXERCISE: this log (${origin}) is an exercise; its filings are invented for training and are not the historical record.`,
  ];
}
