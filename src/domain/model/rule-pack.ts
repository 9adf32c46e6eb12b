import type { CalendarData } from '../calendar/calendar-data';
import type { SourceDocument } from './citation';
import type { ParameterDef } from './parameter';
import type { RuleSet } from './rule';
import type { ReservationCaseFile } from '../reservation/reservation-case';
import type { Vocabulary } from './vocabulary';

/** Everything the core needs, loaded and validated from rules/. */
export interface RulePack {
  version: string;
  /** Day the pack was published (rules/pack.json). */
  published: string;
  ruleSets: RuleSet[];
  parameters: Map<string, ParameterDef>;
  documents: Map<string, SourceDocument>;
  calendar: CalendarData;
  vocabulary: Vocabulary;
  schemas: Record<string, object>;
  cases: RuleCaseFile[];
  /** Test cases of reservation rule sets (rules/<set>/cases/*.json, subject "reservation"). */
  reservationCases: ReservationCaseFile[];
}

export interface RuleCaseExpectation {
  verdict?: string;
  window?: { opens?: string | null; closes?: string | null; isOpen?: boolean | null };
  findings?: string[];
  absentFindings?: string[];
  needs?: string[];
  needsFor?: { fee?: string[]; checklist?: string[] };
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
