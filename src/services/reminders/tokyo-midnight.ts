const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Tokyo',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * Milliseconds from `now` to the next midnight in Tokyo, read from the time zone database's
 * wall clock (Japan keeps no daylight saving time, so every Tokyo day is 24 hours long).
 * At least one second, so a timer set at 23:59:59.9 does not fire before the day has turned.
 */
export function msToTokyoMidnight(now: Date = new Date()): number {
  const parts = Object.fromEntries(clock.formatToParts(now).map((p) => [p.type, p.value]));
  const elapsed =
    ((Number(parts.hour) * 60 + Number(parts.minute)) * 60 + Number(parts.second)) * 1000 +
    now.getMilliseconds();
  return Math.max(1000, 86_400_000 - elapsed);
}
