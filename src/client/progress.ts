/**
 * @module A progress line on stderr for long downloads: redrawn in place on a terminal, a line per
 * tenth otherwise (logs and CI keep a trace without a flood). Silent for a single page.
 */

export interface Progress {
  update(done: number, total: number): void;
  /** Ends the line (on a terminal). */
  end(): void;
}

export function progressLine(
  label: string,
  stream: { isTTY?: boolean; write(text: string): unknown } = process.stderr,
  minimum = 1000,
): Progress {
  let shown = false;
  let lastTenth = 0;
  return {
    update(done, total) {
      if (total <= minimum) return;
      const pct = Math.floor((done / total) * 100);
      if (stream.isTTY) {
        stream.write(`\r${label} ${done}/${total} (${pct}%)`);
        shown = true;
      } else if (Math.floor(pct / 10) > lastTenth) {
        lastTenth = Math.floor(pct / 10);
        stream.write(`${label} ${done}/${total} (${pct}%)\n`);
      }
    },
    end() {
      if (shown) stream.write('\n');
      shown = false;
    },
  };
}
