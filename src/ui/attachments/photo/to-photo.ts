import type { Photo } from '../../../domain/model/draft';
import type { PhotoInspection } from './inspect-photo';

/**
 * The printed height the guide asks for (縦4cm). A digital file has no printed size of its
 * own, so the photo is scaled to this height and the width follows from its pixels: the
 * aspect, which the rules check, is exactly the file's (docs/adr/0006-photo-dimensions.md).
 */
export const PHOTO_HEIGHT_MM = 40;

export function photoSizeMm(
  widthPx: number,
  heightPx: number,
): { widthMm: number; heightMm: number } {
  // Two decimals keep the aspect within 0.0003 of the pixels', far below the 0.03 tolerance.
  const widthMm = Math.round(((PHOTO_HEIGHT_MM * widthPx) / heightPx) * 100) / 100;
  return { widthMm, heightMm: PHOTO_HEIGHT_MM };
}

/** Height divided by width, the figure the guide's 4:3 (縦:横) means; 4/3 ≈ 1.333 is exact. */
export function aspectRatio(widthPx: number, heightPx: number): number {
  return heightPx / widthPx;
}

/**
 * The Draft `photo` value: null when the file is no usable image. `takenOn` is the date the
 * user typed, which wins over EXIF (a camera clock can be wrong); empty = not known yet.
 */
export function toPhoto(
  inspection: PhotoInspection,
  typedTakenOn?: string,
  name?: string,
): Photo | null {
  if (inspection.verdict !== 'ok' || !inspection.widthPx || !inspection.heightPx) return null;
  const takenOn = typedTakenOn || inspection.takenOn;
  return {
    ...(takenOn ? { takenOn } : {}),
    ...photoSizeMm(inspection.widthPx, inspection.heightPx),
    bytes: inspection.bytes,
    // What was found, so the card after a reload shows the same facts.
    ...(name ? { name } : {}),
    widthPx: inspection.widthPx,
    heightPx: inspection.heightPx,
    ...(inspection.format ? { format: inspection.format } : {}),
  };
}
