import type { Localized } from '../model/localized';

/** A custom operator the core adds to json-rules-engine, with a label for explanations. */
export interface OperatorDef {
  name: string;
  label: Localized;
  evaluate: (factValue: unknown, compareTo: unknown) => boolean;
}
