/** Pixel size of a JPEG or PNG, read from its header: no decoding, no canvas, no DOM. */
export interface ImageSize {
  format: 'jpeg' | 'png';
  width: number;
  height: number;
}

export type ImageSizeResult = ImageSize | 'empty' | 'not_image' | 'corrupt';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function readImageSize(bytes: Uint8Array): ImageSizeResult {
  if (bytes.length === 0) return 'empty';
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return pngSize(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegSize(bytes);
  return 'not_image';
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** IHDR is always the first chunk: width and height at offsets 16 and 20. */
function pngSize(bytes: Uint8Array): ImageSizeResult {
  if (bytes.length < 24) return 'corrupt';
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR') return 'corrupt';
  const width = view(bytes).getUint32(16);
  const height = view(bytes).getUint32(20);
  return width > 0 && height > 0 ? { format: 'png', width, height } : 'corrupt';
}

/**
 * Walks the marker segments up to the first SOFn frame header (C0–CF except DHT C4,
 * JPG C8 and DAC CC), which holds height then width after the sample precision.
 */
function jpegSize(bytes: Uint8Array): ImageSizeResult {
  const data = view(bytes);
  let pos = 2;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) return 'corrupt';
    const marker = bytes[pos + 1]!;
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2; // standalone markers have no length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return 'corrupt'; // image ends before a frame header
    const length = data.getUint16(pos + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) {
      if (pos + 9 > bytes.length) return 'corrupt';
      const height = data.getUint16(pos + 5);
      const width = data.getUint16(pos + 7);
      return width > 0 && height > 0 ? { format: 'jpeg', width, height } : 'corrupt';
    }
    pos += 2 + length;
  }
  return 'corrupt';
}
