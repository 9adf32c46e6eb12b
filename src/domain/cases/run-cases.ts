import type { Checker } from '../evaluation/checker';
import type { Draft } from '../model/draft';
import type { Report } from '../model/report';
import type { RuleCase, RuleCaseFile } from '../model/rule-pack';
import { parseInstant } from '../time/tokyo-time';
import { compareReport, type Mismatch } from './compare-report';

export interface CaseResult {
  file: string;
  index: number;
  name: string;
  passed: boolean;
  mismatches: Mismatch[];
  report?: Report;
  error?: string;
}

export async function runCase(
  checker: Checker,
  file: string,
  index: number,
  c: RuleCase,
): Promise<CaseResult> {
  try {
    const report = await checker.check(c.draft as Draft, {
      asOf: parseInstant(c.asOf),
      lang: c.lang ?? 'en',
    });
    const mismatches = compareReport(report, c.expect);
    return { file, index, name: c.name, passed: mismatches.length === 0, mismatches, report };
  } catch (e) {
    return { file, index, name: c.name, passed: false, mismatches: [], error: String(e) };
  }
}

/** Runs every test case of the pack (or the given files) through one checker. */
export async function runCases(
  checker: Checker,
  files: readonly RuleCaseFile[],
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const f of files) {
    for (const [i, c] of f.cases.entries()) results.push(await runCase(checker, f.file, i, c));
  }
  return results;
}
