/**
 * @module CSV export of a view's table (RFC 4180: comma-separated, CRLF line ends, fields with a
 * comma, quote or line break quoted and their quotes doubled), with a UTF-8 byte-order mark so that
 * spreadsheet programs read Cyrillic names right. Every exported file of an exercise says so in its
 * first line, like every screen. Text that would run as a spreadsheet formula is defused.
 */

export type Cell = string | number | boolean | null | undefined;

/**
 * Text that a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP's advice on CSV injection has it: a filing's subject
 * is written by whoever filed it, and must open as text. Numbers are written as they are.
 */
function defused(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function field(cell: Cell): string {
  const s =
    cell === null || cell === undefined ? '' : typeof cell === 'string' ? defused(cell) : String(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The text of a CSV file: a header row, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
