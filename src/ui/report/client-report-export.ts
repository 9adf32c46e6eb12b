import Papa from 'papaparse';
import type { Lang } from '../../domain/model/localized';
import { m } from '../i18n/messages';
import type { ClientReport, DayText } from './client-report';

/**
 * The JSON of a client file: every report whole, with the instant it was exported, so the file
 * is the record of what was checked, with which rules, as of when.
 */
export function reportsJson(reports: readonly ClientReport[], exportedAt: string): string {
  return `${JSON.stringify({ format: 'zairyu-precheck-client-reports', version: 1, exportedAt, reports }, null, 2)}\n`;
}

const dayCell = (d: DayText | null) => (d ? `${d.iso} (${d.era})` : '');

/**
 * A spreadsheet cell never starts a formula: a name or a message beginning with = + - @ (or a
 * tab or return) is prefixed with ' so a spreadsheet shows it as text instead of running it.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * One row per case for the agent's case ledger: who, what, the verdict, the window, the fee
 * and each finding on its own line in one cell. Headers are in the reports' language; the
 * whole reports are in the JSON export.
 */
export function reportsCsv(reports: readonly ClientReport[], lang: Lang): string {
  const at = { locale: lang };
  const header = [
    m.report_client_caseName({}, at),
    m.report_client_applicantName({}, at),
    m.report_client_nationality({}, at),
    m.report_client_status({}, at),
    m.report_client_period({}, at),
    m.report_client_expiry({}, at),
    m.report_client_procedure({}, at),
    m.report_client_companions({}, at),
    m.report_client_filer({}, at),
    m.report_client_channel({}, at),
    m.report_verdict({}, at),
    m.report_client_windowOpens({}, at),
    m.report_client_windowCloses({}, at),
    m.report_receiptMethods({}, at),
    m.report_fee({}, at),
    m.report_findings({}, at),
    m.report_checklist({}, at),
    m.report_rulePack({}, at),
    m.report_asOf({}, at),
    m.report_client_unofficialColumn({}, at),
  ];
  const rows = reports.map((r) =>
    [
      r.caseName,
      r.applicant.name,
      r.applicant.nationality,
      r.applicant.status,
      r.applicant.periodOfStay,
      dayCell(r.applicant.stayExpires),
      r.procedure?.name ?? '',
      r.companions.join(' / '),
      r.filer,
      r.channel,
      r.verdict.name,
      dayCell(r.window?.opens ?? null),
      dayCell(r.window?.closes ?? null),
      r.receiptMethods.join(' / '),
      r.feeYen === null ? '' : String(r.feeYen),
      [
        ...r.errors,
        ...r.findings.map(
          (f) =>
            `[${f.severity.name}] ${f.message} (${f.source.title} — ${f.source.section}; ${f.confidence.name})`,
        ),
      ].join('\n'),
      r.checklist.map((c) => c.text).join('\n'),
      r.rulePack.version,
      r.asOfText,
      r.rulePack.unofficial ?? '',
    ].map(safeCell),
  );
  // A byte order mark, so spreadsheet programs read the Japanese as UTF-8.
  return `\ufeff${Papa.unparse([header, ...rows], { newline: '\r\n' })}\r\n`;
}
