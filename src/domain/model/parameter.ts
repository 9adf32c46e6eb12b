import type { Citation, Confidence } from './citation';
import type { Localized } from './localized';

/** One dated value: in force from its key date until the next key. */
export interface DatedValue {
  value: unknown;
  source: Citation;
  confidence: Confidence;
  note?: string;
}

export interface ParameterDef {
  name: string;
  description: Localized;
  unit?: string;
  values: Record<string, DatedValue>;
  file: string;
}
