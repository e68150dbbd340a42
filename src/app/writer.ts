/**
 * @module The writer: one at a time, it takes whatever filings are queued, decides them in order on
 * the ledger, and appends the whole batch in one durable store transaction (group commit), so a
 * burst of filings costs one sync, not one each. Then it signs the checkpoint of the new tree and
 * gives each filer its receipt: the entry's place, its outcome, that checkpoint and the entry's
 * inclusion proof in it (c2sp.org/tlog-proof@v1).
 *
 * An append that fails may still have committed (the connection broke after COMMIT was sent). The
 * writer then asks the store, once it answers again, whether the batch is in it: if so, the batch
 * is answered as committed; if not, its filers are told nothing was recorded. Filers that cannot
 * wait that long are told the outcome is unknown, and that sending the same filing again is safe.
 *
 * Each filing is decided against the keys in force at its own index: a key revoked by an entry
 * ahead of it in the same batch, or committed after its signature was checked, refuses it. If an
 * append fails, nothing of the batch is logged: every filer of it is refused, and the ledger is
 * rebuilt from what is committed (never half-applied).
 */
import type { KeyObject } from 'node:crypto';
import { toBase64 } from '../log/bytes.ts';
import type { Envelope, EnvelopeTexts } from '../log/entry.ts';
import { ENVELOPE_VERSION, envelopeTexts, leafHashOf, leafTextOf, signingBytes } from '../log/entry.ts';
import { equalBytes } from '../log/bytes.ts';
import type { Hash } from '../log/merkle.ts';
import { extendEdge } from '../log/merkle.ts';
import { ed25519Sign, sha256 } from '../log/node-crypto.ts';
import type { Receipt } from '../log/receipt.ts';
import { RULES } from '../log/rules.ts';
import { MAX_ENTRY_BYTES } from '../log/tiles.ts';
import { formatTlogProofs } from '../log/tlog-proof.ts';
import { formatPath } from '../scenario/act.ts';
import type { EventLog, NewEntry, StoredNode } from '../store/event-log.ts';
import { IndexConflictError, SeqConflictError } from '../store/event-log.ts';
import type { DepositaryError } from './errors.ts';
import {
  badSignature,
  entryTooLarge,
  malformed,
  outcomeUnknown,
  seqConflict,
  storeAway,
  unavailable,
  unknownKey,
} from './errors.ts';
import type { Ledger } from './ledger.ts';
import { remember, rootOf } from './ledger.ts';
import type { LogTree } from './tree.ts';
import { batchProofs } from './tree.ts';

export type { Receipt } from '../log/receipt.ts';

/** An entry a listener hears about once it is durable. */
export interface Appended {
  readonly index: number;
  readonly leaf: string;
}

/** A filing waiting for the writer. */
export interface Pending {
  readonly filing:
    | {
        readonly envelope: Envelope;
        readonly texts: EnvelopeTexts;
        /** The key its signature was checked with at intake. */
        readonly key: Uint8Array;
        readonly verified: Promise<boolean>;
      }
    /** An act of the depositary itself, signed by the writer with the seq then due (so a refused one never leaves a gap). */
    | { readonly own: { readonly party: string; readonly act: Readonly<Record<string, unknown>> } };
  readonly resolve: (receipt: Receipt) => void;
  readonly reject: (error: DepositaryError) => void;
}

const BATCH = 512;

export interface WriterContext {
  readonly log: EventLog;
  readonly tree: LogTree;
  readonly signer: KeyObject;
  /** The depositary's own key id. */
  readonly keyId: string;
  readonly clock: () => Date;
  readonly ledger: () => Ledger;
  /**
   * After a failed append of `leaves` at `first`: waits until the store answers, then says whether
   * the batch is in the log (`committed`), not (`absent`), or another writer's entries are there
   * (`other`). Unless committed, the ledger has been built again from what is committed.
   */
  readonly recover: (first: number, leaves: readonly string[]) => Promise<'committed' | 'absent' | 'other'>;
  /** Milliseconds the filers of a failed append wait for {@link recover} before being told it is unknown. */
  readonly recoverWaitMs: number;
  readonly appended: (entries: readonly Appended[]) => void;
  /** Whether receipts carry the batch's signed checkpoint and the entry's proof (see DepositaryConfig). */
  readonly receiptProofs: boolean;
}

export class Writer {
  readonly #ctx: WriterContext;
  #queue: Pending[] = [];
  #scheduled = false;
  #writing = false;
  /** Settles when the batch being written is committed (or refused and the ledger rebuilt). */
  #inFlight: Promise<void> | null = null;

  constructor(ctx: WriterContext) {
    this.#ctx = ctx;
  }

  /** Waits until no batch is being written. */
  async settled(): Promise<void> {
    while (this.#inFlight !== null) await this.#inFlight;
  }

  enqueue(filing: Pending['filing']): Promise<Receipt> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ filing, resolve, reject });
      // Write on the next turn of the event loop, so the filings of a burst share one commit.
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => {
          this.#scheduled = false;
          void this.#drain();
        });
      }
    });
  }

  /** Refuses every filing still queued. */
  refuseQueued(error: DepositaryError): void {
    for (const p of this.#queue.splice(0)) p.reject(error);
  }

  async #drain(): Promise<void> {
    if (this.#writing) return;
    this.#writing = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, BATCH);
        let settle = (): void => undefined;
        this.#inFlight = new Promise((resolve) => (settle = resolve));
        try {
          await this.#write(batch);
        } finally {
          this.#inFlight = null;
          settle();
        }
      }
    } finally {
      this.#writing = false;
    }
  }

  /** Signs an act of the depositary itself with the seq due now. */
  #signOwn(party: string, act: Readonly<Record<string, unknown>>, seq: number): Envelope {
    const unsigned = { v: ENVELOPE_VERSION, party, keyId: this.#ctx.keyId, seq, act } as const;
    return { ...unsigned, signature: toBase64(ed25519Sign(this.#ctx.signer, signingBytes(unsigned))) };
  }

  #receivedAt(ledger: Ledger): string {
    const now = this.#ctx.clock().toISOString();
    // Receipt times never go backwards, even if the clock does: acts must stay in date order.
    ledger.lastReceived = now > ledger.lastReceived ? now : ledger.lastReceived;
    return ledger.lastReceived;
  }

  /** The envelope and texts of a pending filing at the next index, or why it is not logged. */
  async #ready(
    ledger: Ledger,
    filing: Pending['filing'],
  ): Promise<{ envelope: Envelope; texts: EnvelopeTexts } | DepositaryError> {
    const { record } = ledger;
    if ('own' in filing) {
      try {
        const envelope = this.#signOwn(filing.own.party, filing.own.act, record.nextSeq(filing.own.party));
        return { envelope, texts: envelopeTexts(envelope) };
      } catch (e) {
        return malformed(`the act has no canonical JSON form: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    const { envelope } = filing;
    if (!(await filing.verified))
      return badSignature(`the signature does not verify with key ${envelope.keyId} of ${envelope.party}`);
    const expected = record.nextSeq(envelope.party);
    if (envelope.seq !== expected) return seqConflict(envelope.party, envelope.seq, expected);
    // The key must be in force at this filing's own index, not only when it arrived.
    const key = record.keyFor(envelope);
    if ('why' in key) return unknownKey(key.why);
    if (!equalBytes(key.key, filing.key))
      return unknownKey(`key ${envelope.keyId} of ${envelope.party} changed`);
    return { envelope, texts: filing.texts };
  }

  async #write(batch: readonly Pending[]): Promise<void> {
    const ctx = this.#ctx;
    const ledger = ctx.ledger();
    const start = [...ledger.frontier];
    const frontier = [...ledger.frontier];
    const entries: NewEntry[] = [];
    const nodes: StoredNode[] = [];
    const leaves: { index: number; hash: Hash }[] = [];
    const done: { pending: Pending; receipt: Omit<Receipt, 'checkpoint' | 'proof'>; leaf: string }[] = [];
    const seqs = new Map<string, number>();
    for (const pending of batch) {
      const ready = await this.#ready(ledger, pending.filing);
      if (!('envelope' in ready)) {
        pending.reject(ready);
        continue;
      }
      const { envelope, texts } = ready;
      const receivedAt = this.#receivedAt(ledger);
      const index = ledger.size + entries.length;
      // Every entry must fit in an entry bundle of the tiles (c2sp.org/tlog-tiles: a uint16 length):
      // one that would not is refused before anything of it is applied.
      let leaf = '';
      const decided = ledger.record.decide(envelope, receivedAt, (outcome) => {
        leaf = leafTextOf(texts, { index, receivedAt, outcome, rules: RULES });
        return Buffer.byteLength(leaf) <= MAX_ENTRY_BYTES;
      });
      if (!decided.ok) {
        if ('tooLarge' in decided) {
          pending.reject(entryTooLarge(Buffer.byteLength(leaf)));
          continue;
        }
        const problems = decided.problems.map((p) => ({
          field: formatPath(p.key ? [...p.path, p.key] : p.path),
          message: p.message,
        }));
        pending.reject(malformed('the act is not one the treaty knows, or not well formed', { problems }));
        continue;
      }
      remember(ledger, index, decided.read, decided.decision);
      const { outcome } = decided;
      const hash = leafHashOf(sha256, leaf);
      nodes.push(...extendEdge(sha256, frontier, index, hash));
      leaves.push({ index, hash });
      entries.push({ index, leaf, leafHash: hash, party: envelope.party, seq: envelope.seq });
      seqs.set(envelope.party, envelope.seq);
      done.push({
        pending,
        leaf,
        receipt: { index, leafHash: toBase64(hash), receivedAt, outcome, rules: RULES },
      });
    }
    if (entries.length === 0) return;
    try {
      await ctx.log.append(entries, nodes);
    } catch (e) {
      // Filers are answered once: a late recovery's answer to an already refused filer is a no-op.
      const late = setTimeout(() => {
        for (const d of done) d.pending.reject(outcomeUnknown({ cause: e }));
      }, ctx.recoverWaitMs);
      let found: 'committed' | 'absent' | 'other';
      try {
        found = await ctx.recover(
          ledger.size,
          done.map((d) => d.leaf),
        );
      } finally {
        clearTimeout(late);
      }
      if (found !== 'committed') {
        const error =
          // Another depositary on the same store took the index (or the seq) first.
          found === 'other' || e instanceof SeqConflictError || e instanceof IndexConflictError
            ? unavailable('another writer appended to the log; the depositary has reloaded it', { cause: e })
            : storeAway('the log could not be written; nothing of this filing was recorded', { cause: e });
        for (const d of done) d.pending.reject(error);
        return;
      }
    }
    // Committed: publish the new size, edge and seqs together, then sign the tree they make.
    ledger.size += entries.length;
    ledger.frontier = frontier;
    for (const [party, seq] of seqs) ledger.lastSeq.set(party, seq);
    for (const e of entries) ledger.lastIndex.set(e.party, e.index);
    if (ctx.receiptProofs) {
      const signed = await ctx.tree.sign(ledger.size, rootOf(frontier));
      const proofs = batchProofs(start, leaves, nodes, ledger.size);
      const texts = formatTlogProofs(
        signed.note,
        done.map((d) => ({ index: d.receipt.index, hashes: proofs.get(d.receipt.index) as Hash[] })),
      );
      done.forEach((d, i) =>
        d.pending.resolve({ ...d.receipt, checkpoint: signed.note, proof: texts[i] as string }),
      );
    } else for (const d of done) d.pending.resolve({ ...d.receipt, checkpoint: '', proof: '' });
    ctx.appended(done.map((d) => ({ index: d.receipt.index, leaf: d.leaf })));
  }
}
