import { Temporal } from '@js-temporal/polyfill';

export interface PhotoExif {
  /** Date taken, YYYY-MM-DD, as the camera's clock wrote it; null when absent or unreadable. */
  takenOn: string | null;
  /** EXIF Orientation 1–8; null when absent. */
  orientation: number | null;
}

export type ExifReader = (bytes: Uint8Array) => Promise<PhotoExif>;

/**
 * EXIF dates are local wall-clock text ("2026:10:01 09:30:00") with no time zone, so the
 * date is taken as written, never through Date (which would shift it by the zone).
 * Cameras with an unset clock write "0000:00:00 00:00:00": that is no date.
 */
export function exifDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})[:-](\d{2})[:-](\d{2})/.exec(value.trim());
  if (!match) return null;
  try {
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    return Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' }).toString();
  } catch {
    return null;
  }
}

/** Reads the date taken and the orientation with exifr, loaded only when a photo is picked. */
export const readPhotoExif: ExifReader = async (bytes) => {
  const exifr = await import('exifr');
  let tags: Record<string, unknown> | undefined;
  try {
    tags = await exifr.parse(bytes, {
      pick: ['DateTimeOriginal', 'CreateDate', 'Orientation'],
      reviveValues: false,
      translateValues: false,
    });
  } catch {
    tags = undefined; // no or broken EXIF: the date is asked instead
  }
  const orientation = tags?.Orientation;
  return {
    takenOn: exifDate(tags?.DateTimeOriginal) ?? exifDate(tags?.CreateDate),
    orientation: typeof orientation === 'number' ? orientation : null,
  };
};
