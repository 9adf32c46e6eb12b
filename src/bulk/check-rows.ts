import type { Lang } from '../domain/model/localized';
import type { CheckOutcome } from '../services/draft-check-service';
import { resultFromRow, type BulkResult } from './bulk-result';
import type { ParsedRow } from './parse-cases-csv';

/** What the bulk check needs from the draft check service (DraftCheckService fits). */
export interface DraftChecker {
  check(draft: unknown, asOfInstant: string, lang: Lang): Promise<CheckOutcome>;
}

export interface BulkCheckOptions {
  asOfInstant: string;
  lang: Lang;
  signal?: AbortSignal;
  /** Longest run of checks between two pauses, in ms (one check takes a few ms). */
  sliceMs?: number;
  /** Most rows checked between two pauses. */
  chunkSize?: number;
  /** Clock for the time slices (performance.now by default). */
  now?: () => number;
  /** Called after each chunk with the results so far (rows with errors included). */
  onProgress?: (done: number, total: number, results: readonly BulkResult[]) => void;
  /** Lets the page repaint between chunks; a macrotask by default. */
  pause?: () => Promise<void>;
}

export interface BulkCheckRun {
  results: BulkResult[];
  cancelled: boolean;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Checks every valid row in time slices, pausing between them so the page stays responsive
 * and a cancel takes effect within one slice. Rows with input errors are listed without a check.
 */
export async function checkRows(
  rows: ParsedRow[],
  checker: DraftChecker,
  options: BulkCheckOptions,
): Promise<BulkCheckRun> {
  const { sliceMs = 30, chunkSize = 50, pause = macrotask, signal, onProgress } = options;
  const now = options.now ?? (() => performance.now());
  let sliceStart = now();
  let inSlice = 0;
  const total = rows.filter((r) => r.draft !== null).length;
  const results: BulkResult[] = [];
  let done = 0;
  onProgress?.(0, total, results);
  for (const row of rows) {
    if (signal?.aborted) return { results, cancelled: true };
    if (row.draft === null) {
      results.push(resultFromRow(row, null));
      continue;
    }
    results.push(await checkOne(row, checker, options));
    done += 1;
    inSlice += 1;
    if (inSlice >= chunkSize || now() - sliceStart >= sliceMs || done === total) {
      onProgress?.(done, total, results);
      if (done < total) await pause();
      sliceStart = now();
      inSlice = 0;
    }
  }
  return { results, cancelled: false };
}

async function checkOne(row: ParsedRow, checker: DraftChecker, options: BulkCheckOptions) {
  try {
    const outcome = await checker.check(row.draft, options.asOfInstant, options.lang);
    if (outcome.kind === 'report') return resultFromRow(row, outcome.report);
    // The parser validated with the same schema, so this only happens if the pack changed.
    return { ...resultFromRow(row, null, true), errorCount: outcome.errors.length };
  } catch {
    return resultFromRow(row, null, true);
  }
}
