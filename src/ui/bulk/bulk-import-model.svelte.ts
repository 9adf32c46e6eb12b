import type { BulkIssue } from '../../bulk/bulk-issue';
import type { BulkResult } from '../../bulk/bulk-result';
import { checkRows, type DraftChecker } from '../../bulk/check-rows';
import { decodeCsv } from '../../bulk/decode-csv';
import { parseCasesCsv, type BulkParseResult, type ParseContext } from '../../bulk/parse-cases-csv';
import type { Lang } from '../../domain/model/localized';

/** How often the results table is refreshed while checking. */
const PUBLISH_MS = 750;

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

  constructor(
    private readonly checker: DraftChecker,
    private readonly context: ParseContext,
  ) {}

  /** Row errors in sheet order: the table the user fixes the CSV from. */
  get rowErrors(): BulkIssue[] {
    return (this.parsed?.rows ?? []).flatMap((r) => r.errors);
  }

  get validCount(): number {
    return (this.parsed?.rows ?? []).filter((r) => r.draft !== null).length;
  }

  async load(fileName: string, bytes: Uint8Array, asOfInstant: string, lang: Lang): Promise<void> {
    this.cancel();
    this.fileName = fileName;
    this.phase = 'reading';
    this.results = [];
    const decoded = decodeCsv(bytes);
    this.parsed = decoded.ok
      ? parseCasesCsv(decoded.text, this.context, decoded.encoding)
      : {
          ...emptyParse(),
          fileErrors: [
            { row: null, column: null, header: null, key: null, value: null, ...decoded },
          ],
        };
    if (this.parsed.fileErrors.length > 0) {
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
    const run = await checkRows(this.parsed.rows, this.checker, {
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
}

function emptyParse(): BulkParseResult {
  return {
    encoding: null,
    headerRow: null,
    columns: [],
    missing: [],
    fileErrors: [],
    warnings: [],
    rows: [],
  };
}
