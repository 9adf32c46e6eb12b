import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { termIndex } from '../../../src/domain/model/vocabulary';
import type { Draft } from '../../../src/domain/model/draft';
import { DraftCheckService } from '../../../src/services/draft-check-service';
import { clientReport } from '../../../src/ui/report/client-report';
import { reportsCsv, reportsJson, safeCell } from '../../../src/ui/report/client-report-export';
import { shippedPack } from '../../support/shipped-pack';

const DRAFT: Draft = {
  filer: {
    category: 'org_staff',
    credential: { kind: 'agent_certificate', number: '123456789012', expires: '2029-03-31' },
  },
  applicant: {
    name: '=NGUYEN VAN A',
    nationality: 'VNM',
    status: 'engineer_humanities_international',
    periodOfStay: 'P1Y',
    stayExpires: '2027-01-31',
  },
  procedure: 'extension',
  channel: 'online',
  bureau: 'tokyo',
};
const AS_OF = '2026-11-24T10:00:00+09:00';

async function build(lang: 'ja' | 'en', unofficial?: string) {
  const service = new DraftCheckService(shippedPack(), unofficial ? { unofficial } : {});
  const outcome = await service.check(DRAFT, AS_OF, lang);
  const terms = termIndex(service.pack.vocabulary);
  const input = { id: 'c1', title: 'Client A', draft: DRAFT, outcome, asOf: AS_OF };
  return { outcome, report: clientReport(input, terms, lang) };
}

describe('clientReport', () => {
  it('holds the case, the applicant, the window with era dates and every finding', async () => {
    const { outcome, report } = await build('ja');
    if (outcome.kind !== 'report') throw new Error('the draft should be valid');
    expect(report.caseName).toBe('Client A');
    expect(report.applicant.status).toBe('技術・人文知識・国際業務');
    expect(report.applicant.stayExpires).toEqual({ iso: '2027-01-31', era: '令和9年1月31日' });
    expect(report.procedure?.id).toBe('extension');
    expect(report.verdict.id).toBe(outcome.report.verdict);
    expect(report.window?.closes?.iso).toBe(outcome.report.window.closes);
    expect(report.window?.closes?.era).toMatch(/^令和/);
    expect(report.findings.map((f) => f.id)).toEqual(outcome.report.findings.map((f) => f.id));
    for (const f of report.findings) {
      expect(f.source.title.length).toBeGreaterThan(0);
      expect(['official', 'secondary', 'interpretation']).toContain(f.confidence.id);
    }
    expect(report.checklist).toHaveLength(outcome.report.checklist.length);
    expect(report.rulePack.version).toBe(outcome.report.rulePack.version);
    expect(report.asOfText).toBe('2026-11-24 10:00 (令和8年11月24日)');
    expect(report.rulePack.unofficial).toBeNull();
  });

  it('carries the unofficial rules line, and reports an invalid draft by its errors', async () => {
    const { report } = await build('en', 'acme-rules 9.9 abcdef');
    expect(report.rulePack.unofficial).toBe('acme-rules 9.9 abcdef');
    const service = new DraftCheckService(shippedPack());
    const bad = { applicant: { stayExpires: 'soon' } };
    const outcome = await service.check(bad, AS_OF, 'en');
    const invalid = clientReport(
      { id: 'c2', title: '', draft: bad as Draft, outcome, asOf: AS_OF, unofficial: 'x 1 y' },
      termIndex(service.pack.vocabulary),
      'en',
    );
    expect(invalid.verdict.id).toBe('invalid');
    expect(invalid.errors.join('\n')).toContain('/applicant/stayExpires');
    expect(invalid.rulePack.unofficial).toBe('x 1 y');
  });
});

describe('client report export', () => {
  it('writes one CSV row per case that a spreadsheet reads back, formulas defused', async () => {
    const { report } = await build('en', 'acme 1 abc');
    const csv = reportsCsv([report, { ...report, caseId: 'c2', caseName: 'Client B' }], 'en');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(3);
    const header = rows[0]!;
    const cell = (row: number, name: string) => rows[row]![header.indexOf(name)];
    expect(cell(1, 'Case')).toBe('Client A');
    expect(cell(2, 'Case')).toBe('Client B');
    expect(cell(1, 'Applicant')).toBe("'=NGUYEN VAN A");
    expect(cell(1, 'Unofficial rules')).toBe('acme 1 abc');
    expect(cell(1, 'Findings')!.split('\n')).toHaveLength(report.findings.length);
    expect(safeCell('+81 3')).toBe("'+81 3");
    expect(safeCell('ok')).toBe('ok');
  });

  it('writes the JSON of every report whole', async () => {
    const { report } = await build('en');
    const parsed = JSON.parse(reportsJson([report], '2026-11-24T01:00:00.000Z'));
    expect(parsed.format).toBe('zairyu-precheck-client-reports');
    expect(parsed.reports[0]).toEqual(report);
  });
});
