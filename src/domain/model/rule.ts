import type { Citation, Confidence } from './citation';
import type { Localized } from './localized';

export type Severity = 'block' | 'warn' | 'info';

/** A json-rules-engine condition tree; leaves name a fact from the catalogue. */
export type ConditionNode =
  { all: ConditionNode[] } | { any: ConditionNode[] } | { not: ConditionNode } | ConditionLeaf;

export interface ConditionLeaf {
  fact: string;
  operator: string;
  value: unknown;
}

export interface ChecklistItem {
  id: string;
  ja: string;
  en: string;
}

/** What a rule does besides reporting itself. */
export interface RuleEffects {
  excludeReceiptMethods?: string[];
  checklist?: ChecklistItem[];
}

export interface EffectivePeriod {
  from: string | null;
  until: string | null;
}

export interface RuleDef {
  id: string;
  title: Localized;
  severity: Severity;
  effective: EffectivePeriod;
  conditions: ConditionNode;
  message: Localized;
  source: Citation;
  confidence: Confidence;
  note?: string;
  effects?: RuleEffects;
  /** Silent rules only feed effects (checklist, receipt methods) and are not listed as findings. */
  silent?: boolean;
  /** Hints that only help once the case can be filed are left out of other reports. */
  onlyWhenFileable?: boolean;
  priority?: number;
}

export interface RuleSet {
  id: string;
  title: Localized;
  description?: Localized;
  rules: RuleDef[];
  /** What the set's rules judge: a draft (default) or a counter reservation request. */
  subject?: 'draft' | 'reservation';
  /** Repository path of the file the set came from, for error messages and the workbench. */
  file: string;
}
