import type { TermIndex } from '../../domain/evaluation/value-format';
import type { Draft } from '../../domain/model/draft';
import type { Lang } from '../../domain/model/localized';
import type { Report } from '../../domain/model/report';
import type { CheckOutcome } from '../../services/draft-check-service';
import { formatEra } from '../dates/era-format';
import { m } from '../i18n/messages';
import { conditionLine } from './condition-text';
import { CONFIDENCE_NAME, OUTCOME_NAME, SEVERITY_NAME, VERDICT_NAME } from './report-terms';

/** A day as the client file wants it: ISO and its Japanese era form side by side. */
export interface DayText {
  iso: string;
  era: string;
}

/**
 * One case's report for the client file, in the screen's language. It is what the printed
 * sheet shows and what the JSON export holds, so a printout and a file never disagree. Ids
 * (verdict, severity, confidence, procedure) travel with their names so a file can be read
 * back by a program as well as by a person.
 */
export interface ClientReport {
  caseId: string;
  caseName: string;
  lang: Lang;
  applicant: {
    name: string;
    nationality: string;
    status: string;
    periodOfStay: string;
    stayExpires: DayText | null;
  };
  procedure: { id: string; name: string } | null;
  companions: string[];
  filer: string;
  channel: string;
  verdict: { id: Report['verdict'] | 'invalid'; name: string };
  window: { opens: DayText | null; closes: DayText | null; isOpen: boolean | null } | null;
  receiptMethods: string[];
  feeYen: number | null;
  findings: {
    id: string;
    severity: { id: string; name: string };
    message: string;
    reason: string[];
    source: { title: string; section: string; url: string | null };
    confidence: { id: string; name: string };
    note: string | null;
  }[];
  checklist: { text: string; source: { title: string; section: string } }[];
  /** Answers the verdict, the fee or the checklist still needs. */
  needs: string[];
  /** Fields the checker refused, when the draft is not valid (then there is no report). */
  errors: string[];
  rulePack: { version: string; unofficial: string | null };
  /** The instant checked as of (ISO) and as Tokyo wall time with era. */
  asOf: string;
  asOfText: string;
}

export interface ClientReportInput {
  id: string;
  title: string;
  draft: Draft;
  outcome: CheckOutcome;
  /** The moment checked as of, used when the draft was invalid and no report says it. */
  asOf: string;
  /** Set while unofficial rules are in use; an invalid draft has no report that says so. */
  unofficial?: string | undefined;
}

const day = (iso: string | null | undefined, lang: Lang): DayText | null =>
  iso ? { iso, era: formatEra(iso, lang) ?? '' } : null;

/** "2026-11-24 10:00 (令和8年11月24日)" for an ISO instant, in Tokyo time, without Temporal. */
function tokyoText(instant: string, lang: Lang): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(instant));
  return `${parts} (${formatEra(parts.slice(0, 10), lang) ?? ''})`;
}

export function clientReport(input: ClientReportInput, terms: TermIndex, lang: Lang): ClientReport {
  const { draft, outcome } = input;
  const name = (list: string, id: string | undefined) => {
    if (!id) return '';
    const term = terms.get(list)?.get(id);
    return term ? term[lang] : id;
  };
  const report = outcome.kind === 'report' ? outcome.report : null;
  const at = { locale: lang };
  const applicant = draft.applicant ?? {};
  const credential = draft.filer?.credential?.kind;
  return {
    caseId: input.id,
    caseName: input.title.trim() || applicant.name?.trim() || m.cases_untitled({}, at),
    lang,
    applicant: {
      name: applicant.name ?? '',
      nationality: applicant.nationality ?? '',
      status: name('statuses', applicant.status),
      periodOfStay: applicant.periodOfStay ?? '',
      stayExpires: day(applicant.stayExpires, lang),
    },
    procedure: draft.procedure
      ? { id: draft.procedure, name: name('procedures', draft.procedure) }
      : null,
    companions: (draft.withProcedures ?? []).map((p) => name('procedures', p)),
    filer: [name('filers', draft.filer?.category), name('credentials', credential)]
      .filter(Boolean)
      .join(' / '),
    channel: name('channels', draft.channel),
    verdict: report
      ? { id: report.verdict, name: VERDICT_NAME[report.verdict]({}, at) }
      : { id: 'invalid', name: m.report_client_invalidVerdict({}, at) },
    window: report
      ? {
          opens: day(report.window.opens, lang),
          closes: day(report.window.closes, lang),
          isOpen: report.window.isOpen,
        }
      : null,
    receiptMethods: report ? report.receiptMethods.map((id) => name('receiptMethods', id)) : [],
    feeYen: report?.feeYen ?? null,
    findings: (report?.findings ?? []).map((f) => ({
      id: f.id,
      severity: { id: f.severity, name: SEVERITY_NAME[f.severity]({}, at) },
      message: f.message,
      reason: f.explanation.conditions.map((c) => {
        const line = conditionLine(c, lang, terms);
        return `${line.label}: ${line.actual} ${line.operator} ${line.expected} — ${OUTCOME_NAME[line.outcome]({}, at)}`;
      }),
      source: {
        title: f.source.title[lang],
        section: f.source.section,
        url: f.source.url ?? null,
      },
      confidence: { id: f.confidence, name: CONFIDENCE_NAME[f.confidence]({}, at) },
      note: f.note ?? null,
    })),
    checklist: (report?.checklist ?? []).map((c) => ({
      text: c.text,
      source: { title: c.source.title[lang], section: c.source.section },
    })),
    needs: (report?.needs ?? []).map((n) => n.label),
    errors:
      outcome.kind === 'invalid'
        ? outcome.errors.map(
            (e) => `${e.pointer || '/'}: ${lang === 'ja' && e.ja ? e.ja : e.message}`,
          )
        : [],
    rulePack: {
      version: report?.rulePack.version ?? '',
      unofficial: report?.rulePack.unofficial ?? input.unofficial ?? null,
    },
    asOf: report?.asOf ?? input.asOf,
    asOfText: tokyoText(report?.asOf ?? input.asOf, lang),
  };
}
