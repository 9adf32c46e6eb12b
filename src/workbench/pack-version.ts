/**
 * The next version for a published pack: the day as YYYY.MM.DD (as rules/pack.json uses),
 * with a counter when the same day already has a version ("2026.11.23" → "2026.11.23.2").
 */
export function nextVersion(current: string, today: string): string {
  const day = today.replace(/-/g, '.');
  if (!current.startsWith(day)) return day;
  const rest = current.slice(day.length);
  const n = /^\.(\d+)$/.exec(rest);
  return `${day}.${n ? Number(n[1]) + 1 : 2}`;
}
