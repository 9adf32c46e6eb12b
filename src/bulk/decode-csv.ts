import type { Localized } from '../domain/model/localized';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'shift_jis';

export type DecodedCsv =
  | { ok: true; text: string; encoding: CsvEncoding }
  | { ok: false; problem: Localized; fix: Localized };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  prefix.every((b, i) => bytes[i] === b);

/**
 * Excel in Japan saves "CSV UTF-8" with a byte order mark and plain "CSV" as Shift_JIS
 * (Windows-31J). Both are read: a BOM decides; without one, text that is not valid UTF-8 is
 * decoded as Shift_JIS, and text that is neither is refused with a way to fix it.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  const attempts: [Uint8Array, string, CsvEncoding][] = startsWith(bytes, 0xef, 0xbb, 0xbf)
    ? [[bytes.subarray(3), 'utf-8', 'utf-8-bom']]
    : startsWith(bytes, 0xff, 0xfe)
      ? [[bytes.subarray(2), 'utf-16le', 'utf-16le']]
      : startsWith(bytes, 0xfe, 0xff)
        ? [[bytes.subarray(2), 'utf-16be', 'utf-16be']]
        : [
            [bytes, 'utf-8', 'utf-8'],
            [bytes, 'shift_jis', 'shift_jis'],
          ];
  for (const [body, label, encoding] of attempts) {
    const text = decodeAs(body, label);
    if (text !== null) return { ok: true, text, encoding };
  }
  return {
    ok: false,
    problem: {
      ja: 'ファイルの文字コードを判別できません（UTF-8でもShift_JISでもありません）',
      en: 'The file is neither UTF-8 nor Shift_JIS text',
    },
    fix: {
      ja: 'Excelの「名前を付けて保存」で「CSV UTF-8（コンマ区切り）」を選んで保存し直してください',
      en: 'In Excel, use Save As → "CSV UTF-8 (Comma delimited)" and try again',
    },
  };
}

function decodeAs(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
