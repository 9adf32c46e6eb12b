import { caseState, invalidCaseState, type CaseState } from '../domain/cases-dashboard/case-state';
import type { RuleFiles } from '../domain/loading/load-rule-pack';
import type { DraftCheckService } from './draft-check-service';
import { parseInstant } from '../domain/time/tokyo-time';
import { TimedWorker, type WorkerLike } from './check-worker/timed-worker';

export interface CaseStateCheckerOptions {
  /** The pack's files; without them (or without Worker) drafts are checked on the page. */
  files?: RuleFiles;
  createWorker?: () => WorkerLike;
  /** A batch of checks takes milliseconds; past this the batch is rechecked draft by draft. */
  batchLimitMs?: number;
}

const bundledWorker = (): WorkerLike =>
  new Worker(new URL('./check-worker/check.worker.ts', import.meta.url), { type: 'module' });

/** The pack as the worker needs it for checks: its test cases are not needed and stay here. */
export const checkWorkerFiles = (files: RuleFiles): RuleFiles =>
  Object.fromEntries(Object.entries(files).filter(([path]) => !path.includes('/cases/')));

/**
 * Dashboard states of drafts in batches, in the check worker, so the page only renders.
 * The worker starts on the first batch (a first visit with no cases never loads it). When a
 * batch overruns its limit, or the worker cannot start, checks fall back to the page's
 * service draft by draft: with a pack from outside that service has its own per-check time
 * limit, which names the rule and drops the pack, as for any other check.
 */
export class CaseStateChecker {
  private worker: TimedWorker | undefined;

  constructor(
    private readonly service: DraftCheckService,
    private readonly options: CaseStateCheckerOptions = {},
  ) {
    const create =
      options.createWorker ?? (typeof Worker === 'undefined' ? undefined : bundledWorker);
    if (options.files && create) {
      this.worker = new TimedWorker(create, {
        body: {
          type: 'load',
          files: checkWorkerFiles(options.files),
          schemas: service.pack.schemas,
        },
        limitMs: 30_000,
      });
    }
  }

  /** True while checks run in the worker (for the benchmark and the tests). */
  get inWorker(): boolean {
    return this.worker !== undefined;
  }

  /** `asOf` is an ISO instant; states are for its Tokyo calendar day. */
  async states(drafts: unknown[], asOf: string, soonDays?: number) {
    if (this.worker) {
      try {
        const limit = this.options.batchLimitMs ?? 5000 + drafts.length * 20;
        const body = {
          type: 'states' as const,
          drafts,
          asOf,
          ...(soonDays === undefined ? {} : { soonDays }),
        };
        const reply = await this.worker.request(body, limit);
        if (reply.type === 'states') return reply.states;
      } catch {
        // An overrun or a worker that cannot load: the page's checks decide from here on.
      }
      // Closed, not just ended: a batch already queued behind this one must not restart it.
      this.worker?.close();
      this.worker = undefined;
    }
    const out: CaseState[] = [];
    for (const draft of drafts) out.push(await this.onPage(draft, asOf, soonDays));
    return out;
  }

  dispose(): void {
    this.worker?.close();
    this.worker = undefined;
  }

  private async onPage(draft: unknown, asOf: string, soonDays?: number) {
    try {
      const outcome = await this.service.check(draft, asOf, 'en');
      return outcome.kind === 'report'
        ? caseState(
            outcome.report,
            parseInstant(asOf).toPlainDate(),
            soonDays === undefined ? {} : { soonDays },
          )
        : invalidCaseState(outcome.errors.length);
    } catch {
      return invalidCaseState(1);
    }
  }
}
