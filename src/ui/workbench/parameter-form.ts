import type { Vocabulary } from '../../domain/model/vocabulary';

/** How a parameter's value is edited, from the unit its file declares. */
export type ValueForm =
  | { kind: 'choices'; list: 'statuses' | 'procedures' | 'filers' | 'credentials' }
  | { kind: 'bytes' }
  | { kind: 'duration' }
  | { kind: 'date' }
  | { kind: 'number'; unit: string }
  | { kind: 'text' }
  | { kind: 'json' };

const LISTS: Record<string, 'statuses' | 'procedures' | 'filers' | 'credentials'> = {
  'status ids': 'statuses',
  'procedure ids': 'procedures',
  'filer ids': 'filers',
  'credential ids': 'credentials',
};
const NUMBERS = new Set([
  'years',
  'minutes',
  'cases',
  'slots',
  'open days',
  'mm',
  'ratio',
  'files',
  'dpi',
  'days',
  'applications',
]);

/**
 * Policy staff edit a value in the form its unit calls for: lists of statuses or procedures as
 * checkboxes from the vocabulary, byte sizes with a unit, periods as 1年 / P3M, dates with a
 * picker. Tables (fees per channel, windows per procedure) stay JSON, shown formatted.
 */
export function valueForm(unit: string | undefined, value: unknown): ValueForm {
  const u = unit ?? '';
  if (LISTS[u] && Array.isArray(value)) return { kind: 'choices', list: LISTS[u]! };
  if (u === 'bytes' && typeof value === 'number') return { kind: 'bytes' };
  if (u === 'ISO 8601 duration' && typeof value === 'string') return { kind: 'duration' };
  if (u === 'date' && typeof value === 'string') return { kind: 'date' };
  if (NUMBERS.has(u) && typeof value === 'number') return { kind: 'number', unit: u };
  if ((u === 'regular expression' || u === 'HH:MM') && typeof value === 'string') {
    return { kind: 'text' };
  }
  return { kind: 'json' };
}

/** Byte sizes as people write limits: 10 MB is 10,000,000 bytes, 10 MiB 10,485,760. */
export const BYTE_UNITS = [
  { id: 'B', factor: 1 },
  { id: 'KB', factor: 1000 },
  { id: 'MB', factor: 1_000_000 },
  { id: 'MiB', factor: 1024 * 1024 },
] as const;

/** The largest unit that shows the size as a whole number. */
export function splitBytes(bytes: number): {
  amount: number;
  unit: (typeof BYTE_UNITS)[number]['id'];
} {
  for (const u of [...BYTE_UNITS].reverse()) {
    if (bytes % u.factor === 0 && bytes >= u.factor)
      return { amount: bytes / u.factor, unit: u.id };
  }
  return { amount: bytes, unit: 'B' };
}

export const vocabularyChoices = (vocabulary: Vocabulary, list: ValueForm & { kind: 'choices' }) =>
  vocabulary[list.list];
