import type { BulkResult } from '../bulk/bulk-result';
import type { BulkRunner } from '../bulk/bulk-runner';
import type { BulkCheckOptions, BulkCheckRun } from '../bulk/check-rows';
import type { ParsedRow } from '../bulk/parse-cases-csv';
import type { RuleFiles } from '../domain/loading/load-rule-pack';
import { checkWorkerFiles } from './case-state-checker';
import { TimedWorker, type WorkerLike } from './check-worker/timed-worker';

export interface BulkWorkerOptions {
  files: RuleFiles;
  schemas: Record<string, object>;
  /** "<name> <version> <hash>" of unofficial rules, written into every result. */
  unofficial?: string;
  createWorker?: () => WorkerLike;
  /** Rows per request: small enough for frequent progress, large enough to cost no overhead. */
  batchSize?: number;
}

const bundledWorker = (): WorkerLike =>
  new Worker(new URL('./check-worker/check.worker.ts', import.meta.url), { type: 'module' });

/** Reading ten thousand rows takes about a second; far beyond this the worker is stuck. */
const PARSE_LIMIT_MS = 60_000;
const batchLimit = (rows: number) => 5000 + rows * 20;

/**
 * Reads a CSV file and checks its rows in the check worker, so the page only renders: the
 * next batch is already on its way while the page shows the last one. When the worker
 * cannot start or a batch overruns its limit, the rest runs on the page (`page`), whose
 * service has its own per-check time limit for a pack from outside (ADR 14).
 */
export class WorkerBulkRunner implements BulkRunner {
  private worker: TimedWorker | undefined;
  private readonly batchSize: number;

  constructor(
    private readonly page: BulkRunner,
    private readonly options: BulkWorkerOptions,
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.worker = new TimedWorker(options.createWorker ?? bundledWorker, {
      body: { type: 'load', files: checkWorkerFiles(options.files), schemas: options.schemas },
      limitMs: 30_000,
    });
  }

  async parse(bytes: Uint8Array) {
    if (this.worker) {
      const reply = await this.worker
        .request({ type: 'bulk-parse', bytes }, PARSE_LIMIT_MS)
        .catch(() => undefined);
      if (reply?.type === 'bulk-parsed') return reply.parsed;
      this.dispose();
    }
    return this.page.parse(bytes);
  }

  async check(rows: ParsedRow[], options: BulkCheckOptions): Promise<BulkCheckRun> {
    const { signal, onProgress } = options;
    const total = rows.filter((r) => r.draft !== null).length;
    const results: BulkResult[] = [];
    let done = 0;
    onProgress?.(0, total, results);
    let from = 0;
    let pending = this.worker ? this.send(rows, from, options) : undefined;
    while (pending) {
      const reply = await pending.catch(() => undefined);
      if (reply?.type !== 'bulk-results') {
        this.dispose();
        break;
      }
      from += this.batchSize;
      pending = from < rows.length && !signal?.aborted ? this.send(rows, from, options) : undefined;
      results.push(...reply.results);
      done += reply.results.filter((r) => r.status !== 'invalid').length;
      onProgress?.(done, total, results);
      if (signal?.aborted) return { results, cancelled: true };
    }
    if (from >= rows.length) return { results, cancelled: false };
    const rest = await this.page.check(rows.slice(from), {
      ...options,
      onProgress: (d, _t, sofar) => onProgress?.(done + d, total, [...results, ...sofar]),
    });
    return { results: [...results, ...rest.results], cancelled: rest.cancelled };
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private send(rows: ParsedRow[], from: number, options: BulkCheckOptions) {
    const batch = rows.slice(from, from + this.batchSize);
    const { unofficial } = this.options;
    return this.worker!.request(
      {
        type: 'bulk-check',
        rows: batch,
        asOf: options.asOfInstant,
        lang: options.lang,
        ...(unofficial ? { unofficial } : {}),
      },
      batchLimit(batch.length),
    );
  }
}
