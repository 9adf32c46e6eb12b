import type { Localized } from '../model/localized';
import type { ParameterDef } from '../model/parameter';
import { paramName } from '../parameters/parameter-values';
import { DERIVED_FACTS } from './derived-fact-catalogue';
import { INPUT_FACTS } from './input-facts';

const LABELS = new Map<string, Localized>([
  ...INPUT_FACTS.map((f): [string, Localized] => [f.name, f.label]),
  ...DERIVED_FACTS.map((f): [string, Localized] => [f.name, f.label]),
]);

/** Every fact name a rule may use, parameters aside. */
export const KNOWN_FACTS: ReadonlySet<string> = new Set(LABELS.keys());

/** A fact's name for people: the catalogue label, or the parameter's description. */
export function factLabel(fact: string, parameters: ReadonlyMap<string, ParameterDef>): Localized {
  const param = paramName(fact);
  if (param !== undefined) return parameters.get(param)?.description ?? { ja: fact, en: fact };
  return LABELS.get(fact) ?? { ja: fact, en: fact };
}
