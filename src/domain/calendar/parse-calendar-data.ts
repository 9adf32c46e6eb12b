import { Temporal } from '@js-temporal/polyfill';
import {
  CalendarDataError,
  type CalendarData,
  type Confidence,
  type ExtraClosure,
  type LocalizedText,
  type SourceCitation,
  type Weekday,
} from './calendar-data';

// The JSON schema is checked by the rules tooling, but the calendar must not trust that this
// happened: a JSON import is only cast to CalendarData, and a bad date or an all-closed week
// would otherwise surface far away as a wrong deadline. So the fields the computation relies
// on are re-checked here, with the JSON path in the message.

export const WEEKDAYS: readonly Weekday[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];
const CONFIDENCES: readonly Confidence[] = ['official', 'secondary', 'interpretation'];
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_DAY_PATTERN = /^\d{2}-\d{2}$/;

type Json = Record<string, unknown>;

function fail(path: string, problem: string): never {
  throw new CalendarDataError(`calendar data ${path}: ${problem}`);
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(path, 'must be an object');
  }
  return value as Json;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'must be a string');
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (!allowed.includes(value as T)) fail(path, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

function localized(value: unknown, path: string): LocalizedText {
  const o = object(value, path);
  return { ja: text(o.ja, `${path}.ja`), en: text(o.en, `${path}.en`) };
}

function source(value: unknown, path: string): SourceCitation {
  const o = object(value, path);
  text(o.document, `${path}.document`);
  text(o.section, `${path}.section`);
  if (o.url !== undefined) text(o.url, `${path}.url`);
  return o as unknown as SourceCitation;
}

/** Validates an MM-DD string, allowing 02-29 because the rule recurs in leap years too. */
function checkMonthDay(value: unknown, path: string): string {
  const s = text(value, path);
  if (!MONTH_DAY_PATTERN.test(s)) fail(path, `"${s}" is not MM-DD`);
  try {
    Temporal.PlainDate.from(`2000-${s}`, { overflow: 'reject' });
  } catch {
    fail(path, `"${s}" is not a day of the year`);
  }
  return s;
}

function calendarDate(value: unknown, path: string): string {
  const s = text(value, path);
  if (!DATE_PATTERN.test(s)) fail(path, `"${s}" is not YYYY-MM-DD`);
  try {
    Temporal.PlainDate.from(s, { overflow: 'reject' });
  } catch {
    fail(path, `"${s}" is not a real date`);
  }
  return s;
}

function extraClosure(value: unknown, path: string): ExtraClosure {
  const o = object(value, path);
  calendarDate(o.date, `${path}.date`);
  if (o.bureaus !== undefined) {
    // An empty list would silently close nothing; the author surely meant something else.
    if (!Array.isArray(o.bureaus) || o.bureaus.length === 0) {
      fail(`${path}.bureaus`, 'must be a non-empty array, or left out for all bureaus');
    }
    o.bureaus.forEach((b, i) => text(b, `${path}.bureaus[${i}]`));
  }
  localized(o.reason, `${path}.reason`);
  source(o.source, `${path}.source`);
  oneOf(o.confidence, CONFIDENCES, `${path}.confidence`);
  text(o.note, `${path}.note`);
  return o as unknown as ExtraClosure;
}

export function parseCalendarData(input: unknown): CalendarData {
  const root = object(input, '$');
  const weekend = object(root.weekend, '$.weekend');
  if (!Array.isArray(weekend.days)) fail('$.weekend.days', 'must be an array');
  const days = weekend.days.map((d, i) => oneOf(d, WEEKDAYS, `$.weekend.days[${i}]`));
  // A week with no open day would make every search for an open day fail.
  if (new Set(days).size >= WEEKDAYS.length) fail('$.weekend.days', 'closes every day');
  source(weekend.source, '$.weekend.source');
  oneOf(weekend.confidence, CONFIDENCES, '$.weekend.confidence');

  const yearEnd = object(root.yearEnd, '$.yearEnd');
  checkMonthDay(yearEnd.from, '$.yearEnd.from');
  checkMonthDay(yearEnd.to, '$.yearEnd.to');
  localized(yearEnd.reason, '$.yearEnd.reason');
  source(yearEnd.source, '$.yearEnd.source');
  oneOf(yearEnd.confidence, CONFIDENCES, '$.yearEnd.confidence');

  if (!Array.isArray(root.extra)) fail('$.extra', 'must be an array');
  root.extra.forEach((e, i) => extraClosure(e, `$.extra[${i}]`));
  return root as unknown as CalendarData;
}
