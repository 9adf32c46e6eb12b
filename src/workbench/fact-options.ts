import { DERIVED_FACTS } from '../domain/facts/derived-fact-catalogue';
import { INPUT_FACTS } from '../domain/facts/input-facts';
import type { Localized } from '../domain/model/localized';
import type { ParameterDef } from '../domain/model/parameter';
import { PARAM_PREFIX } from '../domain/parameters/parameter-values';
import { RESERVATION_FACTS } from '../domain/reservation/reservation-fact-catalogue';

export type FactGroup = 'input' | 'derived' | 'parameter' | 'reservation';
export type FactType = 'string' | 'date' | 'duration' | 'list' | 'boolean' | 'number' | 'any';

/** A fact the condition editor offers, from the core's catalogues and the pack's parameters. */
export interface FactOption {
  name: string;
  label: Localized;
  group: FactGroup;
  type: FactType;
}

/** Facts a rule of the given subject may read (the same lists the loader accepts). */
export function factOptions(
  subject: 'draft' | 'reservation',
  parameters: ReadonlyMap<string, ParameterDef>,
): FactOption[] {
  const params: FactOption[] = [...parameters.values()]
    .map((p) => ({
      name: PARAM_PREFIX + p.name,
      label: p.description,
      group: 'parameter' as const,
      type: 'any' as const,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (subject === 'reservation') {
    return [
      ...RESERVATION_FACTS.map((f) => ({
        name: f.name,
        label: f.label,
        group: 'reservation' as const,
        type: 'any' as const,
      })),
      ...params,
    ];
  }
  return [
    ...INPUT_FACTS.map((f) => ({
      name: f.name,
      label: f.label,
      group: 'input' as const,
      type: f.type,
    })),
    ...DERIVED_FACTS.map((f) => ({
      name: f.name,
      label: f.label,
      group: 'derived' as const,
      type: f.type,
    })),
    ...params,
  ];
}

const BY_TYPE: Record<FactType, string[]> = {
  string: ['equal', 'notEqual', 'in', 'notIn', 'matchesPattern'],
  date: ['dateBefore', 'dateOnOrBefore', 'dateAfter', 'dateOnOrAfter', 'sameDate'],
  duration: ['durationExceeds', 'durationAtMost', 'equal'],
  list: ['contains', 'doesNotContain', 'intersects', 'someNotIn', 'isEmpty'],
  boolean: ['equal', 'notEqual'],
  number: [
    'equal',
    'notEqual',
    'lessThan',
    'lessThanInclusive',
    'greaterThan',
    'greaterThanInclusive',
  ],
  any: [],
};

/** Operators that suit a fact's type first, then every other operator of the catalogue. */
export function operatorChoices(type: FactType, all: readonly string[]): string[] {
  const first = BY_TYPE[type];
  return [...first, ...all.filter((o) => !first.includes(o))];
}

/** Operators whose value is a list, so the editor offers several ids. */
export const LIST_VALUE_OPERATORS: ReadonlySet<string> = new Set([
  'in',
  'notIn',
  'intersects',
  'someNotIn',
]);
