/**
 * @module Ed25519 signature checks batched onto worker threads (node-verifier-worker.js), all cores
 * but one, so that the calling thread goes on with its own work meanwhile: the depositary reads and
 * answers requests, `est verify` replays the log through the engine. The checks asked for in one turn
 * of the event loop go to a thread as one message (at most {@link BATCH}; a long synchronous run of
 * checks is sent in batches as it fills, so the threads start while it goes on); each check's
 * promise settles with its own result. Should a thread fail, its batch is verified on the calling
 * thread instead and a new thread takes its place: a filer is never told its signature is bad
 * because a thread died.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ed25519Verify } from './node-crypto.ts';

/** The most checks sent to a thread in one message. */
export const BATCH = 128;

interface Item {
  readonly key: Uint8Array;
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
  readonly resolve: (ok: boolean) => void;
}

/** A batch packed into four buffers, moved (not copied) to the thread. */
function pack(items: readonly Item[]): {
  batch: Record<string, Uint8Array | Uint32Array>;
  transfer: ArrayBuffer[];
} {
  const keys = new Uint8Array(32 * items.length);
  const signatures = new Uint8Array(64 * items.length);
  const offsets = new Uint32Array(items.length + 1);
  items.forEach((it, i) => (offsets[i + 1] = (offsets[i] as number) + it.message.length));
  const messages = new Uint8Array(offsets[items.length] as number);
  items.forEach((it, i) => {
    keys.set(it.key, 32 * i);
    signatures.set(it.signature, 64 * i);
    messages.set(it.message, offsets[i]);
  });
  return {
    batch: { keys, offsets, messages, signatures },
    transfer: [keys.buffer, offsets.buffer, messages.buffer, signatures.buffer],
  };
}

export class Verifier {
  readonly #size: number;
  readonly #threads: (Worker | null)[];
  readonly #batches = new Map<number, { readonly thread: number; readonly items: readonly Item[] }>();
  #queue: Item[] = [];
  #scheduled = false;
  #turn = 0;
  #id = 0;

  /** `threads` worker threads (default: one fewer than the cores, at least one), started when first needed. */
  constructor(threads = Math.max(1, availableParallelism() - 1)) {
    this.#size = threads;
    this.#threads = Array.from({ length: threads }, () => null);
  }

  /** Whether `signature` is the Ed25519 signature of `message` by the raw 32-byte `key`. */
  verify(key: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean> {
    if (key.length !== 32 || signature.length !== 64) return Promise.resolve(false);
    return new Promise((resolve) => {
      this.#queue.push({ key, message, signature, resolve });
      if (this.#queue.length >= BATCH) this.#flush();
      else if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => {
          this.#scheduled = false;
          this.#flush();
        });
      }
    });
  }

  #flush(): void {
    const items = this.#queue;
    this.#queue = [];
    if (items.length === 0) return;
    const thread = this.#turn;
    this.#turn = (this.#turn + 1) % this.#size;
    const worker = this.#thread(thread);
    const id = (this.#id += 1);
    this.#batches.set(id, { thread, items });
    const { batch, transfer } = pack(items);
    // A thread keeps the process alive only while it owes answers.
    worker.ref();
    worker.postMessage({ id, ...batch }, transfer);
  }

  #thread(i: number): Worker {
    const running = this.#threads[i];
    if (running) return running;
    const worker = new Worker(new URL('./node-verifier-worker.js', import.meta.url), { execArgv: [] });
    worker.on('message', (m: { id: number; ok: Uint8Array }) => {
      const done = this.#batches.get(m.id);
      if (done === undefined) return;
      this.#batches.delete(m.id);
      if (![...this.#batches.values()].some((b) => b.thread === i)) worker.unref();
      done.items.forEach((it, k) => it.resolve(m.ok[k] === 1));
    });
    const replace = () => {
      if (this.#threads[i] !== worker) return;
      this.#threads[i] = null;
      for (const [id, b] of this.#batches) {
        if (b.thread !== i) continue;
        this.#batches.delete(id);
        for (const it of b.items) it.resolve(ed25519Verify(it.key, it.message, it.signature));
      }
    };
    worker.on('error', (e) => {
      console.error(`est: a signature-checking thread failed (its filings are checked here): ${e.message}`);
      replace();
    });
    worker.on('exit', replace);
    worker.unref();
    this.#threads[i] = worker;
    return worker;
  }
}

let shared: Verifier | null = null;

/** The process's signature checker, shared by every depositary it opens. */
export function sharedVerifier(): Verifier {
  return (shared ??= new Verifier());
}
