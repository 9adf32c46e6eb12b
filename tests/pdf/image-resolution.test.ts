import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { imageDpi, multiply, roundDpi } from '../../src/pdf/dpi-math';
import { lowestImageDpi } from '../../src/pdf/image-resolution';

const A4 = 595.28 * 841.89;

/** Builds an operator list from [op name, args] pairs, as pdf.js would hand it over. */
function list(...ops: [keyof typeof OPS, unknown?][]) {
  return {
    fnArray: ops.map(([name]) => OPS[name]),
    argsArray: ops.map(([, args]) => args ?? null),
  };
}

describe('dpi math', () => {
  it('divides pixels by the drawn size in inches and keeps the coarser axis', () => {
    expect(imageDpi(600, 400, [216, 0, 0, 144, 0, 0])).toBe(200);
    expect(imageDpi(600, 200, [216, 0, 0, 144, 0, 0])).toBe(100);
    expect(imageDpi(600, 400, [0, 0, 0, 0, 0, 0])).toBeNull();
  });

  it('measures a rotated or mirrored image by its own axes', () => {
    // 90° turn: the image's x axis now runs up the page, 216 pt long.
    expect(imageDpi(600, 400, [0, 216, -144, 0, 300, 100])).toBe(200);
    expect(imageDpi(600, 400, [216, 0, 0, -144, 0, 800])).toBe(200);
  });

  it('composes matrices in the order cm applies them', () => {
    expect(multiply([2, 0, 0, 2, 10, 10], [1, 0, 0, 1, 5, 5])).toEqual([2, 0, 0, 2, 20, 20]);
    expect(roundDpi(199.96)).toBe(200);
    expect(roundDpi(199.94)).toBe(199.9);
  });
});

describe('lowest image dpi in an operator list', () => {
  it('follows save, transform and restore', () => {
    const ops = list(
      ['save'],
      ['transform', [2, 0, 0, 2, 0, 0]],
      ['transform', [216, 0, 0, 144, 0, 0]], // drawn 6 × 4 inches
      ['paintImageXObject', ['img1', 600, 400]],
      ['restore'],
      ['transform', [432, 0, 0, 288, 0, 0]], // the outer state again: 6 × 4 inches
      ['paintImageXObject', ['img2', 1200, 800]],
    );
    expect(lowestImageDpi(ops, OPS, A4)).toBe(100);
  });

  it('applies the matrix of a form XObject and of a transparency group until they end', () => {
    const ops = list(
      [
        'paintFormXObjectBegin',
        [
          [0.5, 0, 0, 0.5, 0, 0],
          [0, 0, 1000, 1000],
        ],
      ],
      ['transform', [432, 0, 0, 288, 0, 0]],
      ['paintImageXObject', ['img1', 600, 400]], // 3 × 2 inches → 200 dpi
      ['paintFormXObjectEnd'],
      ['beginGroup', [{ matrix: [2, 0, 0, 2, 0, 0] }]],
      ['transform', [216, 0, 0, 144, 0, 0]],
      ['paintImageXObject', ['img2', 900, 600]], // 6 × 4 inches → 150 dpi
      ['endGroup'],
    );
    expect(lowestImageDpi(ops, OPS, A4)).toBe(150);
  });

  it('reads image masks and repeated images, whose size comes from the decoded object', () => {
    const masks = list(
      ['transform', [432, 0, 0, 288, 0, 0]],
      ['paintImageMaskXObject', [{ data: 'mask_1', width: 1800, height: 1200 }]],
    );
    expect(lowestImageDpi(masks, OPS, A4)).toBe(300);
    const repeat = list(['paintImageXObjectRepeat', ['img9', 144, 144, [0, 0, 200, 0, 400, 0]]]);
    expect(lowestImageDpi(repeat, OPS, A4, () => ({ width: 240, height: 240 }))).toBe(120);
    expect(lowestImageDpi(repeat, OPS, A4)).toBeNull();
  });

  it('ignores logos and returns null for a page without images', () => {
    const logo = list(['transform', [72, 0, 0, 72, 0, 0]], ['paintImageXObject', ['logo', 50, 50]]);
    expect(lowestImageDpi(logo, OPS, A4)).toBeNull();
    expect(lowestImageDpi(list(['save'], ['restore']), OPS, A4)).toBeNull();
  });
});
