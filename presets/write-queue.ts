/**
 * Queued writes: the last op per key wins, a debounce timer batches quick edits, and writes that failed are
 * retried on their own with a growing delay (2 s, 10 s, then every 60 s) — the user was told the changes
 * "will be retried", and may make no further edit. Every storage task runs in one chain, so a re-read
 * always sees this context's completed writes.
 */
import type { PersistResult, StorageOp } from './storage-types';

export const DEFAULT_DEBOUNCE_MS = 300;
/** Waits before retrying writes that failed: growing, then capped at the last value (a failing disk should not be hammered). */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [2_000, 10_000, 60_000];

export interface WriteQueueOptions {
  debounceMs?: number;
  /** Backoff between automatic retries of failed writes; the last value repeats. */
  retryDelaysMs?: readonly number[];
  /** Writes a batch; called inside the chain. */
  persist(ops: StorageOp[]): Promise<PersistResult>;
  /** False for a key that must not be retried (its stored value turned out unreadable). */
  retryable(key: string): boolean;
}

export class WriteQueue {
  private readonly pending = new Map<string, StorageOp>();
  private readonly debounceMs: number;
  private readonly retryDelaysMs: readonly number[];
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Flushes in a row that left failed writes queued; picks the next retry delay. */
  private failedFlushes = 0;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: WriteQueueOptions) {
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.retryDelaysMs = options.retryDelaysMs?.length ? options.retryDelaysMs : DEFAULT_RETRY_DELAYS_MS;
  }

  /** Runs a storage task after every task already queued. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.chain.then(task, task);
    this.chain = result.catch(() => undefined);
    return result;
  }

  /** The op queued for `key` and not yet written, if any. */
  queued(key: string): StorageOp | undefined {
    return this.pending.get(key);
  }

  /** Forgets the op queued for `key` (a newer value from elsewhere replaced it). */
  drop(key: string): void {
    this.pending.delete(key);
  }

  /** Queues a write; nothing queued is lost (`flush` writes it now). */
  schedule(op: StorageOp): void {
    this.pending.set(op.key, op);
    this.startTimer(this.debounceMs);
  }

  /** Writes everything queued and waits for it (and for any write already under way). */
  async flush(): Promise<PersistResult> {
    this.stopTimer();
    const ops = [...this.pending.values()];
    this.pending.clear();
    const result = await this.run(() => this.options.persist(ops));
    // Keep failed ops so a later flush retries them, unless something newer was queued meanwhile.
    let requeued = 0;
    for (const { key } of result.failed) {
      const op = ops.find((candidate) => candidate.key === key);
      if (op && !this.pending.has(key) && this.options.retryable(key)) {
        this.pending.set(key, op);
        requeued++;
      }
    }
    if (requeued === 0) {
      this.failedFlushes = 0;
    } else {
      const delay = this.retryDelaysMs[Math.min(this.failedFlushes, this.retryDelaysMs.length - 1)]!;
      this.failedFlushes++;
      // A newer edit already has its (sooner) debounce timer, which flushes the requeued ops too.
      if (!this.timer) this.startTimer(delay);
    }
    return result;
  }

  /** Writes these ops now, in order, after whatever is under way; used by import, which must know the outcome. */
  writeNow(ops: StorageOp[]): Promise<PersistResult> {
    for (const op of ops) this.pending.delete(op.key);
    return this.run(() => this.options.persist(ops));
  }

  /** Drops the timer; queued ops stay until `flush`. */
  dispose(): void {
    this.stopTimer();
  }

  private startTimer(delay: number): void {
    this.stopTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
