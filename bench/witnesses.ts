/**
 * @module What witnesses cost (`npm run bench -- --only witnesses`): the filing rate and p99 of
 * `est serve --demo-witnesses` (three local `est witness serve` processes that must all cosign,
 * c2sp.org/tlog-witness) against the same load with no policy, in alternating runs on fresh SQLite
 * stores; and the lag from a filing's receipt to a checkpoint that the quorum cosigned and that
 * holds it (p50, p99), against the filing's own round trip measured in the same run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Depositary } from '../src/app/depositary.ts';
import { Filer, testClock } from '../src/app/testing.ts';
import { Witnesses } from '../src/app/witnesses.ts';
import { newKeyPair, sha256 } from '../src/log/node-crypto.ts';
import { parsePolicy } from '../src/log/policy.ts';
import { startDemoWitnesses } from '../src/cli/demo-witnesses.ts';
import { memoryEventLog } from '../src/store/memory/event-log.ts';
import type { FilingRun, Sizes } from './service.ts';
import { SIZES, filingRun, fmt } from './service.ts';
import { percentile } from './service-load.ts';
import type { Row } from './table.ts';
import { printTable } from './table.ts';

const median = (xs: readonly number[]): number =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

/** The filing load with three witnesses that must all cosign, against none, alternating. */
async function rateRows(sizes: Sizes, pairs: number): Promise<Row[]> {
  const runs = { with: [] as FilingRun[], without: [] as FilingRun[] };
  for (let i = 0; i < pairs * 2; i += 1) {
    const side = i % 2 === 0 ? 'without' : 'with';
    runs[side].push(
      await filingRun(sizes, undefined, [], {
        serveArgs: side === 'with' ? ['--demo-witnesses'] : [],
        echo: false,
      }),
    );
  }
  const rate = (side: readonly FilingRun[]) => median(side.map((r) => r.filings.perSecond));
  const p99 = (side: readonly FilingRun[]) => median(side.map((r) => r.filings.p99));
  const list = (side: readonly FilingRun[]) => side.map((r) => fmt(r.filings.perSecond)).join(', ');
  const ratio = rate(runs.with) / rate(runs.without);
  return [
    {
      name: 'filings/s with three witnesses that must all cosign (SQLite, 64 clients)',
      value: `${fmt(rate(runs.with))}/s, median of ${list(runs.with)}`,
      ratio,
      baseline: `no witness policy, alternating: ${fmt(rate(runs.without))}/s, median of ${list(runs.without)}`,
      goal: '>= 0.9',
      pass: ratio >= 0.9,
    },
    {
      name: 'p99 of a filing, with the three witnesses',
      value: `${fmt(p99(runs.with), 1)} ms`,
      ratio: p99(runs.with) / p99(runs.without),
      baseline: `without: ${fmt(p99(runs.without), 1)} ms`,
      goal: '',
    },
  ];
}

/**
 * The lag from a receipt to a quorum-cosigned checkpoint holding the entry: a depositary in this
 * process (memory store) with the three demo witnesses as processes, filings one after another.
 */
async function lagRows(count: number): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'est-bench-witnesses-'));
  const clock = testClock();
  const d = await Depositary.open({
    log: memoryEventLog(),
    clock: clock.read,
    key: { name: 'bench.est/witnessed', seed: newKeyPair().seed },
    origin: 'bench.est/witnessed',
  });
  const demo = await startDemoWitnesses(dir, d.verifierKey);
  const settings = new Map<string, string>();
  const milestones = memoryEventLog();
  try {
    const text = readFileSync(demo.policyFile, 'utf8');
    const witnesses = await Witnesses.start({
      policy: await parsePolicy(text, sha256, demo.policyFile),
      text,
      report: () => {},
      log: {
        get size() {
          return d.size;
        },
        checkpoint: () => d.checkpoint(),
        consistencyProof: (from, to) => d.consistencyProof(from, to),
        subscribe: (listener) => d.subscribe(() => listener()),
        getSetting: (name) => Promise.resolve(settings.get(name) ?? null),
        setSetting: (name, value) => Promise.resolve(void settings.set(name, value)),
        addWitnessed: (size, quorumTime) => milestones.addWitnessed(size, quorumTime),
        witnessedAt: (index) => milestones.witnessedAt(index),
      },
    });
    const filers = ['RU', 'US', 'DE', 'FR'].map((p) => new Filer(p));
    for (const f of filers) await d.lodgeKey(f.party, f.publicKeyBase64);
    const filed: number[] = [];
    const lags: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const f = filers[i % filers.length] as Filer;
      const envelope = f.envelope({
        act: 'request-information',
        to: f.party === 'US' ? 'RU' : 'US',
        subject: `q ${i}`,
      });
      const t0 = performance.now();
      const receipt = await d.file(envelope);
      const t1 = performance.now();
      while ((witnesses.cosigned?.size ?? 0) <= receipt.index) await new Promise((r) => setImmediate(r));
      filed.push(t1 - t0);
      lags.push(performance.now() - t1);
    }
    await witnesses.close();
    const sorted = [...lags].sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    const p99 = percentile(sorted, 99);
    const own = median(filed);
    return [
      {
        name: `receipt -> quorum-cosigned checkpoint holding it, p50 (${fmt(count)} filings, 3 witnesses)`,
        value: `${fmt(p50, 2)} ms`,
        ratio: p50 / own,
        baseline: `the filing itself (signature check, decision, commit, receipt), median: ${fmt(own, 2)} ms`,
        goal: '',
      },
      {
        name: 'receipt -> quorum-cosigned checkpoint, p99',
        value: `${fmt(p99, 2)} ms`,
        ratio: p99 / own,
        baseline: 'same',
        goal: '',
      },
    ];
  } finally {
    demo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function printWitnessTables(quick: boolean): Promise<void> {
  const sizes = SIZES[quick ? 'quick' : 'full'];
  const rows = [...(await lagRows(quick ? 200 : 1000)), ...(await rateRows(sizes, quick ? 1 : 3))];
  printTable('Witnesses (c2sp.org/tlog-witness)', rows);
}
