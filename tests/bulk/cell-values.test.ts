import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../src/bulk/decode-csv';
import { parseCsvDate } from '../../src/bulk/csv-date';
import { parseCsvBoolean, parseCsvDuration } from '../../src/bulk/csv-values';
import { parseNationality } from '../../src/bulk/nationality';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : null);

describe('cell values', () => {
  it('reads dates as spreadsheets write them, and refuses what is not a day', () => {
    const cases: [string, string | null][] = [
      ['2026-05-31', '2026-05-31'],
      ['2026/5/31', '2026-05-31'],
      ['２０２６／０５／３１', '2026-05-31'],
      ['2026年5月31日', '2026-05-31'],
      ['令和8年5月31日', '2026-05-31'],
      ['R8.5.31', '2026-05-31'],
      ['平成元年1月8日', '1989-01-08'],
      ['平成元年1月7日', null],
      ['2024-02-29', '2024-02-29'],
      ['2025-02-29', null],
      ['46173', null],
      ['31/05/2026', null],
    ];
    for (const [raw, iso] of cases) expect([raw, value(parseCsvDate(raw))]).toEqual([raw, iso]);
    const serial = parseCsvDate('46173');
    expect(!serial.ok && serial.error.problem.en).toContain('serial number');
  });

  it('reads periods of stay and yes/no', () => {
    expect(
      ['P5Y', '5年', '1年6月', '6か月', '90日', '3 years', '1 year 6 months'].map((r) =>
        value(parseCsvDuration(r)),
      ),
    ).toEqual(['P5Y', 'P5Y', 'P1Y6M', 'P6M', 'P90D', 'P3Y', 'P1Y6M']);
    expect(value(parseCsvDuration('forever'))).toBeNull();
    const unlimited = ['無期限', 'Unlimited', 'indefinite'].map((r) => parseCsvDuration(r));
    expect(unlimited.map((r) => [r.ok, value(r)])).toEqual([
      [true, undefined],
      [true, undefined],
      [true, undefined],
    ]);
    expect(value(parseCsvDuration('5年5年'))).toBeNull();
    expect(['はい', 'TRUE', '○', 'no', '0', '×'].map((r) => value(parseCsvBoolean(r)))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('reads nationality codes and common names', () => {
    expect(['vnm', 'ベトナム', 'Philippines', 'xx'].map((r) => value(parseNationality(r)))).toEqual(
      ['VNM', 'VNM', 'PHL', null],
    );
  });

  it('decodes UTF-8 with and without BOM, Shift_JIS and UTF-16, and refuses binary', () => {
    const sjis = new Uint8Array([0x8e, 0x81, 0x96, 0xbc, 0x0d, 0x0a]); // 氏名 in Shift_JIS
    expect(decodeCsv(sjis)).toEqual({ ok: true, text: '氏名\r\n', encoding: 'shift_jis' });
    const utf8 = new TextEncoder().encode('氏名');
    expect(decodeCsv(utf8)).toMatchObject({ text: '氏名', encoding: 'utf-8' });
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toMatchObject({
      text: '氏名',
      encoding: 'utf-8-bom',
    });
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, 0x0f, 0x6c, 0x0d, 0x54]))).toMatchObject({
      text: '氏名',
      encoding: 'utf-16le',
    });
    const binary = decodeCsv(new Uint8Array([0x80, 0xff, 0xfe, 0x00, 0x81]));
    expect(binary.ok).toBe(false);
  });
});
