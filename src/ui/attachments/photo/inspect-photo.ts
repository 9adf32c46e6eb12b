import { readImageSize } from './image-size';
import { readPhotoExif, type ExifReader } from './photo-exif';

export type PhotoVerdict = 'ok' | 'empty' | 'not_image' | 'corrupt';

export interface PhotoInspection {
  verdict: PhotoVerdict;
  bytes: number;
  format?: 'jpeg' | 'png';
  /** Pixel size as the photo is viewed (EXIF rotation applied). */
  widthPx?: number;
  heightPx?: number;
  /** From EXIF; null when the file does not say, and the date must be asked. */
  takenOn: string | null;
}

/** EXIF orientations 5–8 turn the picture a quarter: the stored width is the viewed height. */
const QUARTER_TURNS = new Set([5, 6, 7, 8]);

/** Inspects the face photo: format, viewed pixel size and date taken. Never throws. */
export async function inspectPhoto(
  bytes: Uint8Array,
  readExif: ExifReader = readPhotoExif,
): Promise<PhotoInspection> {
  const size = readImageSize(bytes);
  if (typeof size === 'string') return { verdict: size, bytes: bytes.length, takenOn: null };
  const exif = await readExif(bytes).catch(() => ({ takenOn: null, orientation: null }));
  const turned = exif.orientation !== null && QUARTER_TURNS.has(exif.orientation);
  return {
    verdict: 'ok',
    bytes: bytes.length,
    format: size.format,
    widthPx: turned ? size.height : size.width,
    heightPx: turned ? size.width : size.height,
    takenOn: exif.takenOn,
  };
}
