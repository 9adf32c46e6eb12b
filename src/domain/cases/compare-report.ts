import type { NeedPurpose, Report } from '../model/report';
import type { RuleCaseExpectation } from '../model/rule-pack';

export interface Mismatch {
  field: string;
  expected: unknown;
  actual: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sorted = (xs: readonly string[]) => [...xs].sort();

/** What a report gets wrong against a test case's expectation; empty when it passes. */
export function compareReport(report: Report, expect: RuleCaseExpectation): Mismatch[] {
  const out: Mismatch[] = [];
  const check = (field: string, expected: unknown, actual: unknown) => {
    if (expected !== undefined && !same(expected, actual)) out.push({ field, expected, actual });
  };
  const ids = report.findings.map((f) => f.id);
  check('verdict', expect.verdict, report.verdict);
  for (const key of ['opens', 'closes', 'isOpen'] as const) {
    check(`window.${key}`, expect.window?.[key], report.window[key]);
  }
  if (expect.receiptMethods) {
    check('receiptMethods', sorted(expect.receiptMethods), sorted(report.receiptMethods));
  }
  check('feeYen', expect.feeYen, report.feeYen);
  const missing = (expect.findings ?? []).filter((id) => !ids.includes(id));
  if (missing.length) out.push({ field: 'findings', expected: missing, actual: ids });
  const unwanted = (expect.absentFindings ?? []).filter((id) => ids.includes(id));
  if (unwanted.length) out.push({ field: 'absentFindings', expected: [], actual: unwanted });
  const needsFor = (purpose: NeedPurpose) =>
    sorted(report.needs.filter((n) => n.for === purpose).map((n) => n.field));
  if (expect.needs) check('needs', sorted(expect.needs), needsFor('verdict'));
  for (const purpose of ['fee', 'checklist'] as const) {
    const expected = expect.needsFor?.[purpose];
    if (expected) check(`needsFor.${purpose}`, sorted(expected), needsFor(purpose));
  }
  if (expect.checklist) {
    check('checklist', sorted(expect.checklist), sorted(report.checklist.map((c) => c.id)));
  }
  return out;
}
