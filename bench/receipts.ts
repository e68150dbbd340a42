/**
 * @module What receipts that prove cost: checking one receipt offline (the filing's leaf rebuilt from
 * its envelope, the checkpoint's signature, the inclusion proof; src/log/receipt.ts) against one
 * Ed25519 verify, its least possible cost. The receipts are real: a depositary on a memory store
 * takes `count` filings one after another, so each receipt carries its own batch's checkpoint.
 */
import { Depositary } from '../src/app/depositary.ts';
import { Filer, testClock } from '../src/app/testing.ts';
import { ed25519Verify, newKeyPair, sha256 } from '../src/log/node-crypto.ts';
import { parseVerifierKey } from '../src/log/note.ts';
import type { ReceiptFile } from '../src/log/receipt.ts';
import { RECEIPT_FILE_VERSION, checkReceipt } from '../src/log/receipt.ts';
import { parseTlogProof } from '../src/log/tlog-proof.ts';
import { memoryEventLog } from '../src/store/memory/event-log.ts';
import type { Row } from './table.ts';

const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits });

export async function receiptRows(count: number): Promise<Row[]> {
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
