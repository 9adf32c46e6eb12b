import { m } from '../i18n/messages';

/** Sizes as the limits count them (1 MB = 1,000,000 bytes), with the exact byte count. */
export function sizeText(bytes: number): string {
  const exact = bytes.toLocaleString('en-US');
  if (bytes < 1000) return m.attach_bytesOnly({ bytes: exact });
  const size =
    bytes < 1_000_000
      ? `${Math.round(bytes / 1000)} KB`
      : `${(Math.round(bytes / 100_000) / 10).toFixed(1)} MB`;
  return m.attach_bytes({ size, bytes: exact });
}
