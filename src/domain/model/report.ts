import type { Confidence, ResolvedSource } from './citation';
import type { ChecklistItem, Severity } from './rule';

export type Verdict = 'fileable' | 'not_fileable' | 'needs_input';
export type ConditionOutcome = true | false | 'unknown';

/** One evaluated leaf of a rule's conditions, with the values the engine saw. */
export interface ConditionTrace {
  fact: string;
  label: string;
  operator: string;
  expected: unknown;
  actual: unknown;
  outcome: ConditionOutcome;
}

export interface Explanation {
  text: string;
  conditions: ConditionTrace[];
}

export interface Finding {
  id: string;
  severity: Severity;
  message: string;
  source: ResolvedSource;
  confidence: Confidence;
  note?: string;
  explanation: Explanation;
}

/** What a missing answer is needed for: whether the case can be filed, the fee, or the checklist. */
export type NeedPurpose = 'verdict' | 'fee' | 'checklist';

/** An answer the report still depends on, named by its JSON pointer in the draft. */
export interface NeededInput {
  field: string;
  label: string;
  for: NeedPurpose;
  rules: string[];
}

export interface FilingWindow {
  opens: string | null;
  closes: string | null;
  isOpen: boolean | null;
}

export interface ReportChecklistItem extends ChecklistItem {
  text: string;
  rule: string;
  source: ResolvedSource;
}

export interface Report {
  verdict: Verdict;
  window: FilingWindow;
  receiptMethods: string[];
  feeYen: number | null;
  findings: Finding[];
  needs: NeededInput[];
  checklist: ReportChecklistItem[];
  asOf: string;
  /**
   * The rules the report was made with. `unofficial` is set when they are not the app's own
   * or a trusted publisher's ("<name> <version> <hash>"), and every view of the report shows it.
   */
  rulePack: { version: string; rules: number; unofficial?: string };
}
