import { Temporal } from '@js-temporal/polyfill';

const OPTIONS: Intl.DateTimeFormatOptions = {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
};
const FORMAT = {
  ja: new Intl.DateTimeFormat('ja-JP-u-ca-japanese', OPTIONS),
  en: new Intl.DateTimeFormat('en-US-u-ca-japanese', OPTIONS),
};

/**
 * A calendar day in the Japanese era: 2026-11-24 → 令和8年11月24日, the first year of an era as
 * 元年 (2019-05-01 → 令和元年5月1日); in English by the same calendar: November 24, 8 Reiwa.
 * Accepts a Temporal.PlainDate or YYYY-MM-DD; anything else gives undefined, so a half-typed
 * date shows no era rather than a wrong one.
 */
export function formatEra(
  date: Temporal.PlainDate | string,
  lang: 'ja' | 'en' = 'ja',
): string | undefined {
  const day = typeof date === 'string' ? parsePlainDate(date) : date;
  if (!day) return undefined;
  // Intl cannot format a Temporal.PlainDate in every browser yet, so the day is handed over as a
  // Date. It is built from the calendar fields at 12:00 UTC and formatted in UTC: the fields are
  // copied, not computed, and no time zone can move noon UTC across a day boundary. No date
  // arithmetic ever happens on this Date; it exists only for this one call.
  const instant = new Date(Date.UTC(day.year, day.month - 1, day.day, 12));
  if (day.year < 100) instant.setUTCFullYear(day.year);
  if (lang === 'en') return FORMAT.en.format(instant);
  return FORMAT.ja
    .formatToParts(instant)
    .map((part) => (part.type === 'year' && part.value === '1' ? '元' : part.value))
    .join('');
}

/** YYYY-MM-DD to a PlainDate, rejecting impossible days (2026-02-30). */
export function parsePlainDate(text: string): Temporal.PlainDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  try {
    return Temporal.PlainDate.from(
      { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) },
      { overflow: 'reject' },
    );
  } catch {
    return undefined;
  }
}
