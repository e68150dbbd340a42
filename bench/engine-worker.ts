/**
 * @module One engine measurement in its own process (so its peak memory is its own): `parse`
 * (JSON.parse of the generated acts) or `replay` (decide + evolve over them). Prints JSON.
 */
import { decide } from '../src/engine/decide.ts';
import { evolve } from '../src/engine/evolve.ts';
import { startState } from '../src/engine/run.ts';
import type { Act } from '../src/engine/acts.ts';
import { parameterSeries } from '../src/treaty/parameters/index.ts';
import { BENCH_START, generateActs } from './generate.ts';

const [mode = 'replay', countText = '1000000'] = process.argv.slice(2);
const count = Number(countText);
const text = JSON.stringify(generateActs(count));
const bytes = Buffer.byteLength(text);

function time(f: () => void): number {
  const t0 = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

let ms: number[] = [];
let rejected = 0;
if (mode === 'parse') {
  for (let i = 0; i < 5; i += 1) ms.push(time(() => JSON.parse(text) as unknown));
} else {
  const acts = JSON.parse(text) as Act[];
  for (let i = 0; i < 5; i += 1) {
    rejected = 0;
    ms.push(
      time(() => {
        const state = startState({
          treaty: 'est-2009',
          parameters: parameterSeries('est-2009'),
          assume: { inForce: BENCH_START, parties: 'osce-2009+orgs' },
        });
        for (const act of acts) {
          const d = decide(state, act);
          if (d.ok) for (const e of d.events) evolve(state, e);
          else rejected += 1;
        }
      }),
    );
  }
}
ms = ms.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    mode,
    count,
    bytes,
    medianMs: ms[2],
    minMs: ms[0],
    rejected,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
