import { Temporal } from '@js-temporal/polyfill';
import { INPUT_BY_POINTER } from '../../../src/domain/facts/input-facts';
import type { Attachment, Photo } from '../../../src/domain/model/draft';
import { FACT_VOCABULARY, type Vocabulary } from '../../../src/domain/model/vocabulary';
import type { Random } from './random';

/**
 * Dates a rule may turn on: the as-of day and its neighbours at the usual distances (a day,
 * a month, the three-month window, a year), month ends, leap days and closed days.
 */
export function datePool(asOf: Temporal.PlainDate): string[] {
  const offsets = [
    -400, -366, -92, -91, -90, -89, -31, -30, -29, -1, 0, 1, 2, 29, 30, 31, 89, 90, 91, 92, 365,
    400,
  ];
  const days = offsets.map((d) => asOf.add({ days: d }));
  for (let m = -4; m <= 4; m++) {
    const month = asOf.toPlainYearMonth().add({ months: m });
    days.push(month.toPlainDate({ day: month.daysInMonth }), month.toPlainDate({ day: 1 }));
  }
  const fixed = [
    '2024-02-29',
    '2028-02-29',
    '2027-02-28',
    '2027-03-01',
    '2026-12-29',
    '2027-01-01',
    '2027-01-04',
    '2026-11-23',
    '2027-05-03',
    '2026-11-28',
  ];
  return [...new Set([...days.map((d) => d.toString()), ...fixed])];
}

export function birthPool(asOf: Temporal.PlainDate): string[] {
  return [
    '1965-04-01',
    '1964-02-29',
    '2000-02-29',
    asOf.subtract({ years: 18 }).toString(),
    asOf.subtract({ years: 18 }).add({ days: 1 }).toString(),
    asOf.subtract({ years: 16 }).toString(),
    asOf.subtract({ years: 30, days: 3 }).toString(),
    asOf.subtract({ days: 10 }).toString(),
  ];
}

const DURATIONS = ['P15D', 'P30D', 'P90D', 'P3M', 'P4M', 'P6M', 'P1Y', 'P3Y', 'P5Y', 'P1Y3M'];
const NUMBERS = ['123456789012', '12345678901', 'ABCDEFGHIJKL', '000000000000'];

export interface Pools {
  vocabulary: Vocabulary;
  dates: string[];
  births: string[];
}

export function attachments(random: Random, dates: readonly string[]): Attachment[] {
  void dates;
  return Array.from({ length: random.int(0, 3) }, (_, i) => ({
    name: random.chance(0.85) ? `file${i}.pdf` : `file${i}.jpg`,
    bytes: random.pick([
      0, 1, 2_000_000, 9_999_999, 10_000_000, 10_485_760, 12_000_000, 25_000_000,
    ]),
    ...(random.chance(0.2) ? { encrypted: true } : {}),
    ...(random.chance(0.2) ? { restricted: true } : {}),
    ...(random.chance(0.5) ? { minDpi: random.pick([null, 72, 149, 150, 200, 300]) } : {}),
    ...(random.chance(0.1)
      ? { problem: random.pick(['corrupt', 'not_pdf', 'empty'] as const) }
      : {}),
  }));
}

export function photo(random: Random, dates: readonly string[]): Photo {
  return {
    takenOn: random.pick(dates),
    widthMm: random.pick([30, 35, 40]),
    heightMm: random.pick([40, 45, 50]),
    bytes: random.pick([50_000, 2_000_000]),
  };
}

/**
 * A value for a draft field named by its JSON pointer, from the vocabulary and the pools. A
 * pointer with no sampler is an error, so a new field cannot slip past the differential test.
 */
export function sampleAt(pointer: string, random: Random, pools: Pools): unknown {
  if (pointer === '/attachments') return attachments(random, pools.dates);
  if (pointer === '/photo') return photo(random, pools.dates);
  if (pointer === '/photo/takenOn') return random.pick(pools.dates);
  if (pointer === '/photo/widthMm') return random.pick([30, 35, 40]);
  if (pointer === '/photo/heightMm') return random.pick([40, 45, 50]);
  if (pointer === '/applicant/birthDate') return random.pick(pools.births);
  const input = INPUT_BY_POINTER.get(pointer);
  if (!input) throw new Error(`no sampler for draft field ${pointer}: add one to value-pools.ts`);
  const list = FACT_VOCABULARY[input.name];
  if (list && input.type === 'list') {
    const ids = (pools.vocabulary[list] ?? []).map((t) => t.id);
    return ids.filter(() => random.chance(0.3));
  }
  if (list) return random.pick((pools.vocabulary[list] ?? []).map((t) => t.id));
  switch (input.type) {
    case 'date':
      return random.pick(pools.dates);
    case 'duration':
      return random.pick(DURATIONS);
    case 'boolean':
      return random.chance(0.5);
    case 'list':
      return [];
    case 'string':
      if (pointer === '/reentryKind') return random.pick(['single', 'multiple']);
      if (pointer.endsWith('/number')) return random.pick(NUMBERS);
      throw new Error(`no sampler for the text field ${pointer}: add one to value-pools.ts`);
  }
  throw new Error(`no sampler for ${pointer} of type ${input.type as string}`);
}

/** Sets a value at a JSON pointer, creating the objects on the way. */
export function setAt(target: Record<string, unknown>, pointer: string, value: unknown): void {
  const keys = pointer.split('/').slice(1);
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}
