const UNITS: [RegExp, 'Y' | 'M' | 'W' | 'D'][] = [
  [/^(年|years?|yrs?|y)$/, 'Y'],
  [/^(か月|ヶ月|カ月|ケ月|箇月|ヵ月|月|months?|m)$/, 'M'],
  [/^(週間|週|weeks?|w)$/, 'W'],
  [/^(日|days?|d)$/, 'D'],
];
// A permanent resident's card, or a list from another tool, may say the period is unlimited.
const UNLIMITED = new Set(['無期限', 'unlimited', 'indefinite', 'no limit', 'permanent']);

export type TypedDuration = { value: string } | { unlimited: true } | { problem: 'not_a_period' };

/**
 * A period of stay as people write it, to ISO 8601: 5年 → P5Y, 1年6月 → P1Y6M, 6か月 → P6M,
 * 90日 → P90D, "1 year 6 months" → P1Y6M, P3M as it is; "無期限" is no period at all. One
 * reader for the editor and the CSV import.
 */
export function readTypedDuration(raw: string): TypedDuration {
  const plain = raw.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (UNLIMITED.has(plain)) return { unlimited: true };
  const text = plain.replace(/^p/, '').replace(/\s+/g, '');
  const parts: Partial<Record<'Y' | 'M' | 'W' | 'D', number>> = {};
  const token = /(\d+)([^\d]+)/g;
  let consumed = 0;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    const unit = UNITS.find(([pattern]) => pattern.test(m![2]!))?.[1];
    if (!unit || parts[unit] !== undefined || m.index !== consumed)
      return { problem: 'not_a_period' };
    parts[unit] = Number(m[1]);
    consumed += m[0].length;
  }
  if (consumed === 0 || consumed !== text.length) return { problem: 'not_a_period' };
  const iso = (['Y', 'M', 'W', 'D'] as const)
    .map((u) => (parts[u] !== undefined ? `${parts[u]}${u}` : ''))
    .join('');
  return { value: `P${iso}` };
}
