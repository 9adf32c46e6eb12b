import type { BulkIssue } from '../../bulk/bulk-issue';
import type { BulkResult } from '../../bulk/bulk-result';
import { pageBulkRunner, type BulkRunner } from '../../bulk/bulk-runner';
import type { DraftChecker } from '../../bulk/check-rows';
import type { BulkParseResult, ParseContext } from '../../bulk/parse-cases-csv';
import type { Lang } from '../../domain/model/localized';

/** How often the results table is refreshed while checking (it renders only visible rows). */
const PUBLISH_MS = 250;

export type BulkPhase = 'idle' | 'reading' | 'checking' | 'done' | 'cancelled';

/** State of one bulk import: the file read, its rows checked in chunks, cancellable. */
export class BulkImportModel {
  phase = $state<BulkPhase>('idle');
  fileName = $state<string | null>(null);
  // Raw state: results are replaced wholesale, and deep proxies of 1,000 rows cost for nothing.
  parsed = $state.raw<BulkParseResult | null>(null);
  results = $state.raw<BulkResult[]>([]);
  progress = $state({ done: 0, total: 0 });
  private controller: AbortController | null = null;
  private loads = 0;
  private readonly runner: BulkRunner;

  /** Reads and checks on the page unless given a runner (the check worker's, in the app). */
  constructor(checker: DraftChecker, context: ParseContext, runner?: BulkRunner) {
    this.runner = runner ?? pageBulkRunner(checker, context);
  }

  /** Row errors in sheet order: the table the user fixes the CSV from. */
  readonly rowErrors: BulkIssue[] = $derived((this.parsed?.rows ?? []).flatMap((r) => r.errors));

  readonly validCount: number = $derived(
    (this.parsed?.rows ?? []).filter((r) => r.draft !== null).length,
  );

  async load(fileName: string, bytes: Uint8Array, asOfInstant: string, lang: Lang): Promise<void> {
    this.cancel();
    const load = ++this.loads;
    this.fileName = fileName;
    this.phase = 'reading';
    this.results = [];
    this.parsed = null;
    const parsed = await this.runner.parse(bytes);
    if (load !== this.loads) return; // a newer file took over
    this.parsed = parsed;
    if (parsed.fileErrors.length > 0) {
      this.phase = 'idle';
      return;
    }
    await this.check(asOfInstant, lang);
  }

  async check(asOfInstant: string, lang: Lang): Promise<void> {
    if (!this.parsed) return;
    this.cancel();
    const controller = new AbortController();
    this.controller = controller;
    this.phase = 'checking';
    this.results = [];
    let shown = performance.now();
    const run = await this.runner.check(this.parsed.rows, {
      asOfInstant,
      lang,
      signal: controller.signal,
      onProgress: (done, total, sofar) => {
        if (this.controller !== controller) return;
        this.progress = { done, total };
        // Redrawing a long table on every slice would cost more than the checks themselves.
        if (performance.now() - shown >= PUBLISH_MS) {
          this.results = sofar.slice();
          shown = performance.now();
        }
      },
    });
    if (this.controller !== controller) return; // a newer file or check took over
    this.results = run.results;
    this.phase = run.cancelled ? 'cancelled' : 'done';
    this.controller = null;
  }

  cancel(): void {
    this.controller?.abort();
  }

  /** Ends the runner's worker, if it has one. */
  dispose(): void {
    this.cancel();
    this.runner.dispose?.();
  }
}
