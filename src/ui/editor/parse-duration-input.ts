const UNIT: Readonly<Record<string, 'Y' | 'M' | 'W' | 'D'>> = {
  年: 'Y',
  y: 'Y',
  year: 'Y',
  years: 'Y',
  月: 'M',
  か月: 'M',
  ヶ月: 'M',
  ケ月: 'M',
  ヵ月: 'M',
  カ月: 'M',
  m: 'M',
  month: 'M',
  months: 'M',
  週: 'W',
  週間: 'W',
  w: 'W',
  week: 'W',
  weeks: 'W',
  日: 'D',
  d: 'D',
  day: 'D',
  days: 'D',
};

const ORDER = ['Y', 'M', 'W', 'D'] as const;

/**
 * A period of stay as people write it, to ISO 8601: 1年 → P1Y, 6か月 → P6M, 90日 → P90D,
 * "1 year 6 months" → P1Y6M, P3M stays P3M. Undefined while the text is not a period yet.
 */
export function parseDurationInput(raw: string): string | undefined {
  const text = raw.trim().normalize('NFKC');
  if (/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/i.test(text)) return text.toUpperCase();
  const parts = [...text.matchAll(/(\d+)\s*([^\d\s]+)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text.replace(/\s+(?=\d)/g, ''))
    return undefined;
  const amounts: Partial<Record<(typeof ORDER)[number], number>> = {};
  for (const [, amount, unit] of parts) {
    const key = UNIT[unit!.toLowerCase()];
    if (!key || amounts[key] !== undefined) return undefined;
    amounts[key] = Number(amount);
  }
  return (
    'P' + ORDER.flatMap((k) => (amounts[k] === undefined ? [] : [`${amounts[k]}${k}`])).join('')
  );
}

/** P1Y6M → 1年6か月 / 1 year 6 months, for showing the stored value next to the input. */
export function describeDuration(iso: string, lang: 'ja' | 'en'): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!m) return iso;
  const ja = ['年', 'か月', '週間', '日'];
  const en = ['year', 'month', 'week', 'day'];
  return m
    .slice(1)
    .flatMap((n, i) =>
      n === undefined
        ? []
        : [lang === 'ja' ? `${n}${ja[i]}` : `${n} ${en[i]}${n === '1' ? '' : 's'}`],
    )
    .join(lang === 'ja' ? '' : ' ');
}
