/** The moment the case list checks as of: the instant, and its calendar day in Tokyo. */
export interface TokyoNow {
  /** ISO 8601 instant ("2026-11-23T01:00:00.000Z"). */
  instant: string;
  /** The Tokyo calendar day of that instant ("2026-11-23"). */
  day: string;
}

// The time zone database gives the Tokyo wall time of an instant: no arithmetic on dates
// here, and no Temporal polyfill in the first screen (the checks use Temporal, in the worker).
const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const minuteFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function tokyoNow(): TokyoNow {
  const now = new Date();
  return { instant: now.toISOString(), day: dayFormat.format(now) };
}

/** "2026-11-23 10:05": an instant's wall time in Tokyo, to the minute. */
export function tokyoMinute(instant: string): string {
  return minuteFormat.format(new Date(instant));
}
