import {
  checkRows,
  type BulkCheckOptions,
  type BulkCheckRun,
  type DraftChecker,
} from './check-rows';
import type { BulkParseResult, ParseContext, ParsedRow } from './parse-cases-csv';
import { readCasesCsv } from './read-cases-csv';

/**
 * Where a CSV file is read and its rows checked: on the page (this module) or in the check
 * worker (services/bulk-worker-runner.ts). Both report progress and stop on the signal.
 */
export interface BulkRunner {
  parse(bytes: Uint8Array): Promise<BulkParseResult>;
  check(rows: ParsedRow[], options: BulkCheckOptions): Promise<BulkCheckRun>;
  dispose?(): void;
}

/** Reads and checks on the page, in time slices (check-rows.ts). */
export function pageBulkRunner(checker: DraftChecker, context: ParseContext): BulkRunner {
  return {
    parse: async (bytes) => readCasesCsv(bytes, context),
    check: (rows, options) => checkRows(rows, checker, options),
  };
}
