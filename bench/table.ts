/** @module Printing benchmark results: each figure with its ratio to a baseline measured in the same run. */

export interface Row {
  readonly name: string;
  readonly value: string;
  /** The figure divided by its baseline (higher is better for speeds; for memory, lower). */
  readonly ratio: number;
  readonly baseline: string;
  readonly goal: string;
  readonly pass?: boolean;
}

export function printTable(title: string, rows: readonly Row[]): void {
  const cells = rows.map((r) => [
    r.name,
    r.value,
    r.ratio.toFixed(2),
    r.goal === '' ? '' : `${r.goal} ${r.pass === undefined ? '' : r.pass ? 'met' : 'NOT met'}`.trim(),
    r.baseline,
  ]);
  const head = ['measure', 'value', 'ratio', 'goal', 'baseline (same run)'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(`\n${title}\n`);
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const c of cells) console.log(line(c));
}
