import { readTypedDuration } from '../../domain/input/typed-duration';

/**
 * A period of stay as people write it, to ISO 8601 (the CSV import reads the same):
 * 1年 → P1Y, 6か月 → P6M, 90日 → P90D, "1 year 6 months" → P1Y6M, P3M stays P3M. Undefined
 * while the text is not a period yet (and for 無期限, which is no period).
 */
export function parseDurationInput(raw: string): string | undefined {
  const read = readTypedDuration(raw);
  return 'value' in read ? read.value : undefined;
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
