import { IDENTITY, drawnArea, imageDpi, multiply, type Matrix } from './dpi-math';

/** The pdf.js OPS codes this walk needs (pass pdf.js's own `OPS`). */
export type OpCodes = Record<
  | 'save'
  | 'restore'
  | 'transform'
  | 'paintFormXObjectBegin'
  | 'paintFormXObjectEnd'
  | 'beginGroup'
  | 'endGroup'
  | 'paintImageXObject'
  | 'paintInlineImageXObject'
  | 'paintImageMaskXObject'
  | 'paintImageXObjectRepeat'
  | 'paintImageMaskXObjectRepeat'
  | 'paintImageMaskXObjectGroup'
  | 'paintInlineImageXObjectGroup',
  number
>;

export interface OperatorListLike {
  fnArray: number[];
  argsArray: unknown[];
}

export interface PixelSize {
  width: number;
  height: number;
}

/**
 * Images smaller than this share of the page are logos, stamps or icons, not scans;
 * 2 % of A4 is about 36 × 36 mm, so a scanned residence card (86 × 54 mm) still counts.
 */
export const MIN_SCAN_SHARE = 0.02;

/**
 * Lowest dpi among the images drawn on one page, following save/restore/transform (and
 * form XObjects and groups, which save and transform too) through the operator list.
 * `sizeOf` gives the pixel size of an image that a "repeat" operator names only by id.
 */
export function lowestImageDpi(
  list: OperatorListLike,
  ops: OpCodes,
  pageArea: number,
  sizeOf: (objId: string) => PixelSize | undefined = () => undefined,
): number | null {
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  let lowest: number | null = null;
  const consider = (w: number, h: number, m: Matrix) => {
    if (drawnArea(m) < pageArea * MIN_SCAN_SHARE) return;
    const dpi = imageDpi(w, h, m);
    if (dpi !== null && (lowest === null || dpi < lowest)) lowest = dpi;
  };
  list.fnArray.forEach((fn, i) => {
    const args = (list.argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case ops.save:
        stack.push(ctm);
        break;
      case ops.restore:
      case ops.paintFormXObjectEnd:
      case ops.endGroup:
        ctm = stack.pop() ?? ctm;
        break;
      case ops.transform:
        ctm = multiply(ctm, args as number[]);
        break;
      case ops.paintFormXObjectBegin:
        stack.push(ctm);
        if (Array.isArray(args[0])) ctm = multiply(ctm, args[0] as number[]);
        break;
      case ops.beginGroup: {
        stack.push(ctm);
        const group = args[0] as { matrix?: number[] } | undefined;
        if (group?.matrix) ctm = multiply(ctm, group.matrix);
        break;
      }
      default:
        paintedImages(fn, args, ops, sizeOf).forEach(({ size, m }) =>
          consider(size.width, size.height, multiply(ctm, m)),
        );
    }
  });
  return lowest;
}

type Painted = { size: PixelSize; m: readonly number[] };
type Positions = ArrayLike<number>;

/** Each image an operator paints, with the matrix it adds to the current one. */
function paintedImages(
  fn: number,
  args: unknown[],
  ops: OpCodes,
  sizeOf: (objId: string) => PixelSize | undefined,
): Painted[] {
  const at = (positions: Positions, make: (x: number, y: number) => number[]) => {
    const out: number[][] = [];
    for (let k = 0; k + 1 < positions.length; k += 2)
      out.push(make(positions[k]!, positions[k + 1]!));
    return out;
  };
  const num = (k: number) => args[k] as number;
  switch (fn) {
    case ops.paintImageXObject:
      return [{ size: { width: num(1), height: num(2) }, m: IDENTITY }];
    case ops.paintInlineImageXObject:
    case ops.paintImageMaskXObject:
      return args[0] ? [{ size: args[0] as PixelSize, m: IDENTITY }] : [];
    case ops.paintImageXObjectRepeat: {
      const size = sizeOf(args[0] as string);
      if (!size) return [];
      return at(args[3] as Positions, (x, y) => [num(1), 0, 0, num(2), x, y]).map((m) => ({
        size,
        m,
      }));
    }
    case ops.paintImageMaskXObjectRepeat:
      return at(args[5] as Positions, (x, y) => [num(1), num(2), num(3), num(4), x, y]).map(
        (m) => ({ size: args[0] as PixelSize, m }),
      );
    case ops.paintImageMaskXObjectGroup:
      return (args[0] as (PixelSize & { transform: number[] })[]).map((img) => ({
        size: img,
        m: img.transform,
      }));
    case ops.paintInlineImageXObjectGroup:
      return (args[1] as { transform: number[]; w: number; h: number }[]).map((entry) => ({
        size: { width: entry.w, height: entry.h },
        m: entry.transform,
      }));
    default:
      return [];
  }
}
