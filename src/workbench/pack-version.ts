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

/**
 * Orders pack versions ("2026.11.23" < "2026.11.23.2" < "2026.12.01") by their numeric parts;
 * a non-numeric part compares as text. Negative when a is older than b.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const [x, y] = [pa[i] ?? '', pb[i] ?? ''];
    if (x === y) continue;
    if (x === '') return -1;
    if (y === '') return 1;
    const [nx, ny] = [Number(x), Number(y)];
    if (Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}
