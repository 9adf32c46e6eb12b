import { resultFromRow, type BulkResult } from '../../bulk/bulk-result';
import type { ParsedRow } from '../../bulk/parse-cases-csv';
import type { Checker } from '../../domain/evaluation/checker';
import type { Lang } from '../../domain/model/localized';
import { parseInstant } from '../../domain/time/tokyo-time';

/** A batch of CSV rows to check; rows with input errors are listed without a check. */
export interface BulkCheckRequest {
  rows: ParsedRow[];
  /** The instant the rows are checked as of (ISO, with offset). */
  asOf: string;
  lang: Lang;
  /** "<name> <version> <hash>" of unofficial rules, written into every result. */
  unofficial?: string;
}

/**
 * Result lines of a batch of CSV rows, made where the checks run: only the small lines
 * cross back to the page, not ten thousand whole reports. The parser validated every row
 * with the pack's schema, so the checker gets drafts as the page's service would.
 */
export function batchResults(checker: Checker, req: BulkCheckRequest): BulkResult[] {
  const asOf = parseInstant(req.asOf);
  return req.rows.map((row) => {
    if (row.draft === null) return resultFromRow(row, null);
    try {
      const report = checker.checkNow(row.draft, { asOf, lang: req.lang });
      if (req.unofficial) report.rulePack = { ...report.rulePack, unofficial: req.unofficial };
      return resultFromRow(row, report);
    } catch {
      return resultFromRow(row, null, true);
    }
  });
}
