import { Temporal } from '@js-temporal/polyfill';
import type { Draft } from '../domain/model/draft';
import type { FilingWindow, Report, Verdict } from '../domain/model/report';
import type { Severity } from '../domain/model/rule';
import type { ParsedRow } from './parse-cases-csv';
import { verdictNeeds } from '../domain/evaluation/needed-inputs';

/**
 * One line of the results table. It keeps ids, not texts, so the table and the exported
 * CSV can be shown in either language after the check.
 */
export interface BulkResult {
  row: number;
  title: string | null;
  name: string | null;
  /** Procedure id as read (also for rows with errors, when that cell was readable). */
  procedure: string | null;
  /** checked: a report exists; invalid: the row has input errors; failed: the check threw. */
  status: 'checked' | 'invalid' | 'failed';
  verdict: Verdict | null;
  window: FilingWindow | null;
  /** Days from the as-of date to the window's last day (0 = today, negative = past). */
  daysLeft: number | null;
  findings: { id: string; severity: Severity }[];
  /** JSON pointers of the answers the verdict still needs. */
  needs: string[];
  errorCount: number;
  draft: Draft | null;
  /** Version of the rules the report was made with, and the unofficial-rules mark if any. */
  rules: { version: string; unofficial?: string } | null;
}

export function resultFromRow(row: ParsedRow, report: Report | null, failed = false): BulkResult {
  return {
    row: row.row,
    title: row.title,
    name: row.partial.applicant?.name ?? null,
    procedure: row.partial.procedure ?? null,
    status: report ? 'checked' : failed ? 'failed' : 'invalid',
    rules: report
      ? {
          version: report.rulePack.version,
          ...(report.rulePack.unofficial ? { unofficial: report.rulePack.unofficial } : {}),
        }
      : null,
    verdict: report?.verdict ?? null,
    window: report?.window ?? null,
    daysLeft: report ? daysLeft(report) : null,
    findings: report?.findings.map((f) => ({ id: f.id, severity: f.severity })) ?? [],
    needs: report ? verdictNeeds(report.needs).map((n) => n.field) : [],
    errorCount: row.errors.length,
    draft: row.draft,
  };
}

function daysLeft(report: Report): number | null {
  if (report.window.closes === null) return null;
  const asOf = Temporal.PlainDate.from(report.asOf.slice(0, 10));
  return asOf.until(Temporal.PlainDate.from(report.window.closes), { largestUnit: 'days' }).days;
}
