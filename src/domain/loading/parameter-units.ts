import { isDuration } from '../time/nominal-duration';
import { isValidIsoDate } from '../time/tokyo-time';

/**
 * What a parameter's `unit` declares about its values. The part before " per " names the
 * kind of every leaf ("yen per channel and procedure id" = every number in the nested object
 * is yen). Units not listed here (ids, text, window bounds) declare no range.
 */
export interface UnitRange {
  /** Words for messages: "a whole number of yen, 0 or more". */
  en: string;
  ja: string;
  accepts: (leaf: unknown) => boolean;
  /** Leaves of these types are checked; other leaves (keys of a nested object) are left to the schema. */
  leaf: 'number' | 'string';
}

const wholeFrom = (min: number, en: string, ja: string): UnitRange => ({
  en: `a whole number of ${en}, ${min} or more`,
  ja: `${min} 以上の整数（${ja}）`,
  accepts: (v) => typeof v === 'number' && Number.isInteger(v) && v >= min,
  leaf: 'number',
});

const UNITS: Record<string, UnitRange> = {
  yen: wholeFrom(0, 'yen', '円'),
  days: wholeFrom(0, 'days', '日'),
  bytes: wholeFrom(1, 'bytes', 'バイト'),
  files: wholeFrom(1, 'files', 'ファイル'),
  dpi: wholeFrom(1, 'dots per inch', 'dpi'),
  mm: wholeFrom(1, 'millimetres', 'mm'),
  cases: wholeFrom(1, 'cases', '件'),
  slots: wholeFrom(1, 'slots', '枠'),
  applications: wholeFrom(1, 'applications', '件'),
  'open days': wholeFrom(1, 'open days', '開庁日'),
  minutes: wholeFrom(1, 'minutes', '分'),
  years: wholeFrom(1, 'years', '年'),
  ratio: {
    en: 'a ratio from 0 up to (not including) 1',
    ja: '0 以上 1 未満の比率',
    accepts: (v) => typeof v === 'number' && v >= 0 && v < 1,
    leaf: 'number',
  },
  'HH:MM': {
    en: 'a time of day as HH:MM (00:00 to 23:59)',
    ja: 'HH:MM 形式の時刻（00:00〜23:59）',
    accepts: (v) => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v),
    leaf: 'string',
  },
  date: {
    en: 'a calendar date as YYYY-MM-DD',
    ja: 'YYYY-MM-DD 形式の実在する日付',
    accepts: (v) => typeof v === 'string' && isValidIsoDate(v),
    leaf: 'string',
  },
  'ISO 8601 duration': {
    en: 'an ISO 8601 duration such as P3M or P1Y',
    ja: 'P3M や P1Y のような ISO 8601 の期間',
    accepts: (v) => isDuration(v),
    leaf: 'string',
  },
};

/** The unit that says a value is a regular expression (checked for syntax and ReDoS). */
export const PATTERN_UNIT = 'regular expression';

export function unitRange(unit: string | undefined): UnitRange | undefined {
  if (unit === undefined) return undefined;
  return UNITS[unit.split(' per ')[0]!.trim()];
}

/** Every leaf of a value with its pointer below the value, for range checks of nested values. */
export function leavesOfValue(value: unknown, pointer = ''): [unknown, string][] {
  if (value === null || typeof value !== 'object') return [[value, pointer]];
  return Object.entries(value).flatMap(([k, v]) =>
    leavesOfValue(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`),
  );
}
