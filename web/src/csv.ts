/**
 * @module CSV export of a view's table (RFC 4180: comma-separated, CRLF line ends, fields with a
 * comma, quote or line break quoted and their quotes doubled), with a UTF-8 byte-order mark so that
 * spreadsheet programs read Cyrillic names right. Every exported file of an exercise says so in its
 * first line, like every screen.
 */

export type Cell = string | number | boolean | null | undefined;

function field(cell: Cell): string {
  const s = cell === null || cell === undefined ? '' : String(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The text of a CSV file: a header row, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Offers `text` as a download named `name` (a `.csv` file). */
export function downloadCsv(name: string, text: string): void {
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name.endsWith('.csv') ? name : `${name}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
