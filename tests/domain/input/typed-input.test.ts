import { describe, expect, it } from 'vitest';
import { readTypedDate } from '../../../src/domain/input/typed-date';
import { readTypedDuration } from '../../../src/domain/input/typed-duration';
import { readTypedNationality } from '../../../src/domain/input/typed-nationality';
import { nameKey, readTypedId } from '../../../src/domain/input/typed-text';
import { decodeText } from '../../../src/ui/editor/field-codec';
import { parseCsvDate } from '../../../src/bulk/csv-date';

// One reader for what people type: the editor and the CSV import give the same value.
describe('typed input', () => {
  it('reads dates in the forms Japanese offices write them, full width included', () => {
    const cases: [string, string | undefined][] = [
      ['２０２８年３月３１日', '2028-03-31'],
      ['令和9年1月21日', '2027-01-21'],
      ['2028/3/31', '2028-03-31'],
      ['２０２８／０３／３１', '2028-03-31'],
      ['20280331', '2028-03-31'],
      ['R10.2.29', '2028-02-29'],
      ['平成元年1月8日', '1989-01-08'],
      ['平成元年1月7日', undefined],
      ['2027-02-29', undefined],
      ['46173', undefined],
    ];
    for (const [raw, iso] of cases) {
      const read = readTypedDate(raw);
      expect([raw, 'value' in read ? read.value : undefined]).toEqual([raw, iso]);
      const editor = decodeText('/applicant/stayExpires', 'date', raw).value;
      const csv = parseCsvDate(raw);
      expect([raw, editor, csv.ok ? csv.value : undefined]).toEqual([raw, iso, iso]);
    }
  });

  it('reads ids typed in full width or with separators as their digits', () => {
    expect(readTypedId('１２３４５６７８９０１２')).toBe('123456789012');
    expect(readTypedId('1234 5678-9012')).toBe('123456789012');
    const typed = decodeText('/filer/credential/number', 'text', '１２３４５６７８９０１２');
    expect(typed.value).toBe('123456789012');
  });

  it('reads periods, nationalities and compares names in normalised form', () => {
    expect(readTypedDuration('１年６か月')).toEqual({ value: 'P1Y6M' });
    expect(readTypedDuration('P3M')).toEqual({ value: 'P3M' });
    expect(readTypedDuration('無期限')).toEqual({ unlimited: true });
    expect(readTypedNationality('ｖｎｍ')).toBe('VNM');
    expect(readTypedNationality('ベトナム')).toBe('VNM');
    expect(decodeText('/applicant/nationality', 'text', 'ベトナム').value).toBe('VNM');
    expect(nameKey('ＮＧＵＹＥＮ　Van  An')).toBe(nameKey('nguyen van an'));
  });
});
