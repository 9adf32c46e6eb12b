/** A PDF/canvas transformation matrix [a, b, c, d, e, f]. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const POINTS_PER_INCH = 72;

/** `current` followed by `m`, as the `cm` operator and canvas `transform()` apply it. */
export function multiply(current: Matrix, m: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = current;
  const [ma = 1, mb = 0, mc = 0, md = 1, me = 0, mf = 0] = m;
  return [
    a * ma + c * mb,
    b * ma + d * mb,
    a * mc + c * md,
    b * mc + d * md,
    a * me + c * mf + e,
    b * me + d * mf + f,
  ];
}

/**
 * An image is painted into the unit square, so the lengths of the matrix's two column
 * vectors are its drawn width and height in points, whatever the rotation or skew.
 */
export function drawnSize(m: Matrix): { widthPt: number; heightPt: number } {
  return { widthPt: Math.hypot(m[0], m[1]), heightPt: Math.hypot(m[2], m[3]) };
}

/**
 * Resolution of an image of `widthPx` × `heightPx` drawn with matrix `m`: pixels per inch
 * along each axis, the lower of the two (a scan stretched one way is only as sharp as its
 * coarser axis). Null for an image drawn with no size.
 */
export function imageDpi(widthPx: number, heightPx: number, m: Matrix): number | null {
  const { widthPt, heightPt } = drawnSize(m);
  if (widthPt <= 0 || heightPt <= 0 || widthPx <= 0 || heightPx <= 0) return null;
  return Math.min((widthPx * POINTS_PER_INCH) / widthPt, (heightPx * POINTS_PER_INCH) / heightPt);
}

/** Drawn area in square points, to tell a scanned page from a logo. */
export function drawnArea(m: Matrix): number {
  return Math.abs(m[0] * m[3] - m[1] * m[2]);
}

/** One decimal: enough to compare with "200 dpi", without float noise such as 199.99999. */
export function roundDpi(dpi: number): number {
  return Math.round(dpi * 10) / 10;
}
