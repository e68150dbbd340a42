/**
 * @module What receipts that prove cost (`npm run bench -- --only receipts`): the filing rate with a
 * checkpoint signed for every committed batch and proofs in the receipts, against the same load
 * without them, in alternating runs of `est serve` on fresh stores (SQLite, and PostgreSQL when
 * DATABASE_URL is set); and checking one receipt offline (the filing's leaf rebuilt from its
 * envelope, the checkpoint's signature, the inclusion proof; src/log/receipt.ts) against one
 * Ed25519 verify, its least possible cost. Those receipts are real: a depositary on a memory store
 * takes `count` filings one after another, so each carries its own batch's checkpoint.
 */
import { Depositary } from '../src/app/depositary.ts';
import { Filer, testClock } from '../src/app/testing.ts';
import { ed25519Verify, newKeyPair, sha256 } from '../src/log/node-crypto.ts';
import { parseVerifierKey } from '../src/log/note.ts';
import type { ReceiptFile } from '../src/log/receipt.ts';
import { RECEIPT_FILE_VERSION, checkReceipt } from '../src/log/receipt.ts';
import { parseTlogProof } from '../src/log/tlog-proof.ts';
import { memoryEventLog } from '../src/store/memory/event-log.ts';
import type { FilingRun, Sizes } from './service.ts';
import { SIZES, filingRun, fmt } from './service.ts';
import { freshSchema } from './service-proc.ts';
import type { Row } from './table.ts';
import { printTable } from './table.ts';

async function receiptRows(count: number): Promise<Row[]> {
  const clock = testClock();
  const d = await Depositary.open({
    log: memoryEventLog(),
    clock: clock.read,
    key: { name: 'bench.est', seed: newKeyPair().seed },
    origin: 'bench.est',
  });
  const filers = ['RU', 'US', 'DE', 'FR'].map((p) => new Filer(p));
  for (const f of filers) await d.lodgeKey(f.party, f.publicKeyBase64);
  const files: ReceiptFile[] = [];
  for (let i = 0; i < count; i += 1) {
    const f = filers[i % filers.length] as Filer;
    const envelope = f.envelope({
      act: 'request-information',
      to: f.party === 'US' ? 'RU' : 'US',
      subject: `question ${i}`,
    });
    files.push({ v: RECEIPT_FILE_VERSION, envelope, receipt: await d.file(envelope) });
  }
  const key = await parseVerifierKey(sha256, d.verifierKey);
  if (key === null) throw new Error('the depositary gave no verifier key');
  const crypto = { sha256, ed25519Verify };

  for (const f of files.slice(0, 50)) await checkReceipt(f, key, crypto); // warm-up
  const t0 = performance.now();
  for (const f of files) {
    const r = await checkReceipt(f, key, crypto);
    if (!r.ok) throw new Error(`a true receipt does not verify: ${JSON.stringify(r.problems)}`);
  }
  const receiptUs = ((performance.now() - t0) * 1000) / files.length;

  // The baseline: the Ed25519 verify of each receipt's checkpoint, alone.
  const notes = files.map((f) => {
    const note = f.receipt.checkpoint;
    const body = note.slice(0, note.indexOf('\n\n') + 1);
    const sig = Buffer.from(note.slice(note.lastIndexOf(' ') + 1).trim(), 'base64').subarray(4);
    return { message: new TextEncoder().encode(body), signature: new Uint8Array(sig) };
  });
  const t1 = performance.now();
  for (const n of notes) {
    if (!ed25519Verify(key.publicKey, n.message, n.signature))
      throw new Error('a checkpoint does not verify');
  }
  const verifyUs = ((performance.now() - t1) * 1000) / notes.length;
  const hashes =
    files.reduce((n, f) => {
      const p = parseTlogProof(f.receipt.proof);
      return n + (p.ok ? p.proof.hashes.length : 0);
    }, 0) / files.length;
  return [
    {
      name: 'one receipt checked offline (leaf rebuilt, checkpoint signature, inclusion proof)',
      value: `${fmt(receiptUs, 1)} µs (${fmt(files.length)} receipts, logs of up to ${fmt(d.size)} entries, ~${fmt(hashes, 1)} proof hashes)`,
      ratio: receiptUs / verifyUs,
      baseline: `one Ed25519 verify of the same checkpoint: ${fmt(verifyUs, 1)} µs`,
      goal: '',
    },
  ];
}

/**
 * What signing a checkpoint for every committed batch costs (the receipts that prove): the filing
 * load run with and without it, alternating, on fresh stores of one kind. Single runs on this
 * shared machine move by 10-15%, so the rows give the median of each side, and the CPU per filing
 * (server, every thread, and the load generator, which reads the larger receipts), which moves
 * less. Goal: no more than 5% fewer filings per second.
 */
async function receiptProofRows(
  sizes: Sizes,
  label: string,
  schema: (prefix: string) => Promise<{ url: string; drop: () => Promise<void> } | null>,
  pairs: number,
): Promise<Row[]> {
  const runs = { with: [] as FilingRun[], without: [] as FilingRun[] };
  for (let i = 0; i < pairs * 2; i += 1) {
    const proofs = i % 2 === 0 ? 'without' : 'with';
    const db = await schema('est_receipts');
    try {
      runs[proofs].push(
        await filingRun(sizes, db?.url, [], {
          serveArgs: proofs === 'without' ? ['--no-receipt-proofs'] : [],
          echo: false,
        }),
      );
    } finally {
      await db?.drop();
    }
  }
  const median = (xs: readonly number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
  };
  const rate = (side: readonly FilingRun[]) => median(side.map((r) => r.filings.perSecond));
  const cpu = (side: readonly FilingRun[]) => median(side.map((r) => r.serverCpuUs + r.filings.clientCpuUs));
  const list = (side: readonly FilingRun[]) => side.map((r) => fmt(r.filings.perSecond)).join(', ');
  const ratio = rate(runs.with) / rate(runs.without);
  return [
    {
      name: `filings/s with a checkpoint signed per batch and proofs in receipts (${label})`,
      value: `${fmt(rate(runs.with))}/s, median of ${list(runs.with)}`,
      ratio,
      baseline: `the same load without them, alternating: ${fmt(rate(runs.without))}/s, median of ${list(runs.without)}`,
      goal: '>= 0.95',
      pass: ratio >= 0.95,
    },
    {
      name: `CPU per filing, server and load generator, with them (${label})`,
      value: `${fmt(cpu(runs.with))} µs (median)`,
      ratio: cpu(runs.with) / cpu(runs.without),
      baseline: `without them: ${fmt(cpu(runs.without))} µs`,
      goal: '',
    },
  ];
}

/** Runs the receipts' benchmarks and prints their table. */
export async function printReceiptTables(quick: boolean): Promise<void> {
  const sizes = SIZES[quick ? 'quick' : 'full'];
  const databaseUrl = process.env['DATABASE_URL'] || undefined;
  const rows: Row[] = [
    ...(await receiptProofRows(sizes, 'SQLite', () => Promise.resolve(null), quick ? 1 : 3)),
  ];
  if (databaseUrl !== undefined)
    rows.push(
      ...(await receiptProofRows(
        sizes,
        'PostgreSQL',
        (prefix) => freshSchema(databaseUrl, prefix),
        quick ? 1 : 3,
      )),
    );
  rows.push(...(await receiptRows(quick ? 256 : 1024)));
  printTable('Receipts that prove', rows);
}
