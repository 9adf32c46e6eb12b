import type { SourceDocument } from './citation';
import type { ParameterDef } from './parameter';
import type { RuleSet } from './rule';

/** Everything the core needs, loaded and validated from rules/. */
export interface RulePack {
  version: string;
  ruleSets: RuleSet[];
  parameters: Map<string, ParameterDef>;
  documents: Map<string, SourceDocument>;
  calendar: unknown;
  schemas: Record<string, object>;
  cases: RuleCaseFile[];
}

export interface RuleCaseExpectation {
  verdict?: string;
  window?: { opens?: string | null; closes?: string | null; isOpen?: boolean | null };
  findings?: string[];
  absentFindings?: string[];
  needs?: string[];
  receiptMethods?: string[];
  feeYen?: number | null;
  checklist?: string[];
}

export interface RuleCase {
  name: string;
  asOf: string;
  lang?: 'ja' | 'en';
  draft: unknown;
  expect: RuleCaseExpectation;
  source?: { document: string; section: string };
}

export interface RuleCaseFile {
  file: string;
  cases: RuleCase[];
}
