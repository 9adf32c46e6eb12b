/**
 * The verdict the first bytes already give, before pdf.js is asked at all.
 * Readers accept "%PDF-" anywhere in the first 1024 bytes (ISO 32000-1 Annex H.3, note 1),
 * because some producers write a preamble first; we accept the same.
 */
export type SniffResult = 'empty' | 'not_pdf' | 'pdf';

const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const HEADER_WINDOW = 1024;

export function sniffPdf(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return 'empty';
  const end = Math.min(bytes.length, HEADER_WINDOW) - MAGIC.length;
  for (let i = 0; i <= end; i++) {
    if (MAGIC.every((b, k) => bytes[i + k] === b)) return 'pdf';
  }
  return 'not_pdf';
}
