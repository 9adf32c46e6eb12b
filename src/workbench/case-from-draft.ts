import type { RuleFiles } from '../domain/loading/load-rule-pack';
import type { Report, Verdict } from '../domain/model/report';
import type { RuleCase, RuleCaseExpectation } from '../domain/model/rule-pack';

/** The file the workbench adds cases to, one per rule set, next to the hand-written ones. */
export function workbenchCaseFile(set: string): string {
  return `rules/${set}/cases/workbench.json`;
}

/**
 * A test case from a draft in one step: "this draft should be <verdict> as of <instant>".
 * When the wanted verdict is what the rules say now, the findings are pinned too, so a later
 * change that alters the reasons also shows up.
 */
export function caseFromDraft(
  name: string,
  draft: unknown,
  asOf: string,
  wanted: Verdict,
  report: Report | undefined,
): RuleCase {
  const expect: RuleCaseExpectation = { verdict: wanted };
  if (report && report.verdict === wanted && report.findings.length > 0) {
    expect.findings = report.findings.map((f) => f.id);
  }
  return { name, asOf, draft, expect };
}

/** Appends the case to the set's workbench.json, creating it laid out like the other case files. */
export function addCase(files: RuleFiles, set: string, c: RuleCase): RuleFiles {
  const path = workbenchCaseFile(set);
  const existing = files[path] as { cases: RuleCase[] } | undefined;
  const file = existing
    ? { ...existing, cases: [...existing.cases, c] }
    : { $schema: '../../schema/test-case.schema.json', cases: [c] };
  return { ...files, [path]: file };
}

/** Replaces the expectation of one case, e.g. after a deliberate change of the rules. */
export function setCaseExpectation(
  files: RuleFiles,
  file: string,
  index: number,
  expect: RuleCaseExpectation | Record<string, unknown>,
): RuleFiles {
  const doc = files[file] as { cases: Record<string, unknown>[] };
  const cases = doc.cases.map((c, i) => (i === index ? { ...c, expect } : c));
  return { ...files, [file]: { ...doc, cases } };
}
