interface Job {
  task: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  value?: unknown;
}

export interface TransactionControl {
  begin(): void;
  commit(): void;
  rollback(): void;
  savepoint(): void;
  release(): void;
  rollbackToSavepoint(): void;
}

/**
 * Runs write tasks one after another on one connection, and commits the tasks that queued up
 * meanwhile together: one durable commit (one WAL sync) for a batch instead of one per write,
 * without weakening what a commit promises. A task's promise settles only after the commit
 * of its batch, so no answer goes out for a write that is not on disk. A task that throws is
 * undone alone (savepoint); a failed commit fails the whole batch, and nothing of it stays.
 */
export class GroupCommit {
  private readonly queue: Job[] = [];
  private draining: Promise<void> | null = null;
  /** Batches and tasks committed, for the benchmark's figures. */
  readonly stats = { batches: 0, tasks: 0 };

  constructor(
    private readonly tx: TransactionControl,
    private readonly maxBatch = 256,
  ) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ task, resolve: resolve as (v: unknown) => void, reject });
      this.draining ??= this.drain();
    });
  }

  /** Settles when every queued task has been committed or refused. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.batch();
    } finally {
      this.draining = null;
    }
  }

  private async batch(): Promise<void> {
    const done: Job[] = [];
    try {
      this.tx.begin();
    } catch (e) {
      for (const job of this.queue.splice(0)) job.reject(e);
      return;
    }
    while (this.queue.length > 0 && done.length < this.maxBatch) {
      const job = this.queue.shift()!;
      this.tx.savepoint();
      try {
        job.value = await job.task();
        this.tx.release();
        done.push(job);
      } catch (e) {
        this.tx.rollbackToSavepoint();
        job.reject(e);
      }
    }
    try {
      this.tx.commit();
    } catch (e) {
      try {
        this.tx.rollback();
      } catch {
        // The failed commit already ended the transaction.
      }
      for (const job of done) job.reject(e);
      return;
    }
    this.stats.batches++;
    this.stats.tasks += done.length;
    for (const job of done) job.resolve(job.value);
  }
}
