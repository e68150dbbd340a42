/**
 * The CSV reader of the browser tests: a CSV text read as records (RFC 4180: quoted fields may hold
 * commas, quotes and line breaks), and the file the timeline's "Download CSV" gives, with its
 * columns in each language.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** The records of a CSV text (CRLF line ends, quoted fields with doubled quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Clicks the timeline's CSV button and reads the file: its name, raw text (BOM removed) and records. */
export async function downloadTimelineCsv(
  page: Page,
): Promise<{ name: string; text: string; records: string[][] }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator('button[data-csv]').click(),
  ]);
  const raw = readFileSync(await file.path(), 'utf8');
  assert.ok(raw.startsWith('\uFEFF'), 'the file starts with a byte-order mark');
  assert.ok(raw.endsWith('\r\n'), 'the file ends with a line break');
  const text = raw.slice(1);
  return { name: file.suggestedFilename(), text, records: parseCsv(text) };
}

/** The timeline's columns, in each language. */
export const TIMELINE_HEADER = {
  en: ['Date', 'Filed by', 'Code', 'Kind', 'Act', 'Procedure', 'Outcome', 'Grounds of refusal', 'Log entry'],
  ru: ['Дата', 'Подал', 'Код', 'Вид', 'Действие', 'Процедура', 'Исход', 'Основания отказа', 'Запись журнала'],
} as const;
