/**
 * @module The log export (`est log export`, read by `est verify --export`): JSON lines. The first
 * line is a header, then one line per entry holding its exact leaf text (canonical JSON has no
 * newline in it), in log order:
 *
 * ```
 * {"est-log-export":1,"origin":"...","mode":"record","size":3,"checkpoint":"<signed note>","verifierKey":"...","keys":[...],"treaty":"est-2009","parameters":{}}
 * {"envelope":{...},"index":0,"outcome":{...},"receivedAt":"..."}
 * ...
 * ```
 *
 * `treaty` and `parameters` are there when the exporter knew them (a store read directly does);
 * verification defaults to est-2009 without overrides otherwise.
 */
import type { LogMode } from '../log/mode.ts';
import { modeOfOrigin } from '../log/mode.ts';
import type { KeyListing } from './http.ts';

export const EXPORT_VERSION = 1;

export interface ExportHeader {
  readonly 'est-log-export': typeof EXPORT_VERSION;
  readonly origin: string;
  /**
   * A record or an exercise (invented filings), as the origin says (src/log/mode.ts); written for
   * readers of the file, checked against the origin on reading (the origin is what is signed).
   */
  readonly mode?: LogMode;
  /** The number of entry lines that follow; the checkpoint's size. */
  readonly size: number;
  /** The signed checkpoint (a C2SP note) of exactly these entries. */
  readonly checkpoint: string;
  readonly verifierKey: string;
  readonly keys: readonly KeyListing[];
  readonly treaty?: string;
  readonly parameters?: Readonly<Record<string, unknown>>;
  /** When the export was made (ISO 8601 UTC); not part of what is verified. */
  readonly exportedAt?: string;
}

export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}

/** The header line (without its newline). */
export function headerLine(header: ExportHeader): string {
  return JSON.stringify(header);
}

/** The origin line of a checkpoint note (without verifying it): its first line. */
export function checkpointOrigin(note: string): string {
  return note.split('\n', 1)[0] ?? '';
}

/** The size a checkpoint note claims (without verifying it), or null when it has none. */
export function checkpointSize(note: string): number | null {
  const size = note.split('\n')[1];
  return size !== undefined && /^(0|[1-9]\d{0,15})$/.test(size) ? Number(size) : null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Reads and checks the header line. */
export function parseHeader(line: string): ExportHeader {
  let body: unknown;
  try {
    body = JSON.parse(line);
  } catch {
    throw new ExportError('line 1: the header is not JSON');
  }
  if (!isRecord(body) || body['est-log-export'] === undefined)
    throw new ExportError('line 1: not an est log export (no "est-log-export" header)');
  if (body['est-log-export'] !== EXPORT_VERSION)
    throw new ExportError(
      `line 1: export version ${JSON.stringify(body['est-log-export'])}; this est reads version ${EXPORT_VERSION}`,
    );
  const need = (name: string, ok: (v: unknown) => boolean, what: string): void => {
    if (!ok(body[name])) throw new ExportError(`line 1: "${name}" must be ${what}`);
  };
  need('origin', (v) => typeof v === 'string', 'text');
  need('size', (v) => Number.isSafeInteger(v) && (v as number) >= 0, 'a whole number');
  need('checkpoint', (v) => typeof v === 'string', 'the signed checkpoint note');
  need('verifierKey', (v) => typeof v === 'string', 'the note verifier key');
  need(
    'keys',
    (v) =>
      Array.isArray(v) &&
      v.every(
        (k) =>
          isRecord(k) &&
          typeof k['party'] === 'string' &&
          typeof k['keyId'] === 'string' &&
          typeof k['publicKey'] === 'string',
      ),
    'a list of { party, keyId, publicKey }',
  );
  if (body['mode'] !== undefined)
    need(
      'mode',
      (v) => v === modeOfOrigin(body['origin'] as string),
      `"${modeOfOrigin(body['origin'] as string)}", as the signed origin says`,
    );
  if (body['treaty'] !== undefined) need('treaty', (v) => typeof v === 'string', 'a treaty id');
  if (body['parameters'] !== undefined) need('parameters', isRecord, 'a map of parameter values');
  return body as unknown as ExportHeader;
}

/** Reads a whole export: its header and its entries' leaf texts. */
export function parseExport(text: string): { header: ExportHeader; entries: string[] } {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (lines.length === 0) throw new ExportError('the file is empty');
  const header = parseHeader(lines[0] as string);
  const entries = lines.slice(1);
  const blank = entries.findIndex((l) => l.trim() === '');
  if (blank >= 0) throw new ExportError(`line ${blank + 2}: a blank line where an entry should be`);
  return { header, entries };
}
