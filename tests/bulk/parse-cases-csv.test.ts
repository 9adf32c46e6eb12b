import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../src/bulk/decode-csv';
import { MAX_ROWS, parseCasesCsv } from '../../src/bulk/parse-cases-csv';
import { csv, parseContext, template } from './bulk-fixtures';

const parse = (text: string) => parseCasesCsv(text, parseContext());

describe('parseCasesCsv', () => {
  it('reads Japanese headers and names, slash dates and short names', () => {
    const result = parse(
      csv(
        '氏名,申請の種類,在留期間満了日,現在の在留資格,申請方法,同時に申請する手続,在留期間',
        'NGUYEN VAN AN,更新,2026/5/31,技術・人文知識・国際業務,オンライン,再入国許可申請|資格外活動,1年6月',
      ),
    );
    expect(result.fileErrors).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]!.row).toBe(2);
    expect(result.rows[0]!.errors).toEqual([]);
    expect(result.rows[0]!.draft).toEqual({
      applicant: {
        name: 'NGUYEN VAN AN',
        stayExpires: '2026-05-31',
        status: 'engineer_humanities_international',
        periodOfStay: 'P1Y6M',
      },
      procedure: 'extension',
      channel: 'online',
      withProcedures: ['reentry', 'extra_activity'],
    });
  });

  it('reads English headers in any case and spacing, ids and English names', () => {
    const result = parse(
      csv(
        'Applicant Name,PROCEDURE,stay_expires,Filer Category,Receipt method,Nationality',
        'LI WEI,Change of Status of Residence,2027-01-31,lawyer,By mail,chn',
      ),
    );
    expect(result.rows[0]!.draft).toEqual({
      applicant: { name: 'LI WEI', stayExpires: '2027-01-31', nationality: 'CHN' },
      procedure: 'change_of_status',
      filer: { category: 'lawyer' },
      receiptMethod: 'mail',
    });
  });

  it('takes a permanent resident row with an unlimited period and company staff with a certificate, without errors', () => {
    const result = parse(
      csv(
        '氏名,申請の種類,現在の在留資格,在留期間,在留期間満了日,提出者の区分,証明書番号',
        'KIM MINJI,就労資格証明書交付申請,永住者,無期限,2031/3/31,所属機関の職員,98765',
      ),
    );
    expect(result.rows[0]!.errors).toEqual([]);
    expect(result.rows[0]!.draft).toEqual({
      applicant: { name: 'KIM MINJI', status: 'permanent_resident', stayExpires: '2031-03-31' },
      procedure: 'employment_certificate',
      filer: { category: 'org_staff', credential: { number: '98765' } },
    });
  });

  it('tolerates a byte order mark, CRLF and empty lines, keeping spreadsheet row numbers', () => {
    const text = '\uFEFF氏名,申請の種類\r\n\r\nA,extension\r\n,\r\nB,coe\r\n\r\n';
    const result = parse(text);
    expect(result.headerRow).toBe(1);
    expect(result.rows.map((r) => [r.row, r.draft?.applicant?.name])).toEqual([
      [3, 'A'],
      [5, 'B'],
    ]);
  });

  it('reports bad dates by row and column and still imports the valid rows', () => {
    const result = parse(
      csv(
        '氏名,生年月日,在留期間満了日',
        'A,1990-01-01,2026-02-30',
        'B,平成2年3月4日,2026/13/01',
        'C,,R8.5.31',
      ),
    );
    const [a, b, c] = result.rows;
    expect(a!.draft).toBeNull();
    expect(a!.errors).toMatchObject([
      { row: 2, column: 'C', header: '在留期間満了日', key: 'stay_expires', value: '2026-02-30' },
    ]);
    expect(a!.errors[0]!.problem.en).toContain('not a day in the calendar');
    expect(a!.errors[0]!.fix.ja).toContain('YYYY-MM-DD');
    expect(b!.draft).toBeNull();
    expect(b!.partial.applicant?.birthDate).toBe('1990-03-04');
    expect(b!.errors.map((e) => e.column)).toEqual(['C']);
    expect(c!.draft).toEqual({ applicant: { name: 'C', stayExpires: '2026-05-31' } });
  });

  it('names unknown ids with the accepted values', () => {
    const result = parse(csv('procedure,status,nationality', 'holiday,wizard,Atlantis'));
    const errors = result.rows[0]!.errors;
    expect(errors.map((e) => e.key)).toEqual(['procedure', 'status', 'nationality']);
    expect(errors[0]!.problem.ja).toBe('「holiday」は申請の種類として登録されていません');
    expect(errors[0]!.fix.en).toContain('extension (');
    expect(errors[1]!.fix.en).toContain('Columns and accepted values');
  });

  it('lists missing columns and ignores extra ones with a warning', () => {
    const result = parse(csv('氏名,メモ,procedure,氏名', 'A,call first,extension,B'));
    expect(result.columns.map((c) => c.key)).toEqual(['applicant_name', 'procedure']);
    expect(result.missing).toContain('stay_expires');
    expect(result.warnings.map((w) => [w.column, w.header])).toEqual([
      ['B', 'メモ'],
      ['D', '氏名'],
    ]);
    expect(result.rows[0]!.draft).toEqual({ applicant: { name: 'A' }, procedure: 'extension' });
  });

  it('refuses a file without any known header and an empty file', () => {
    expect(parse(csv('foo,bar', '1,2')).fileErrors[0]!.problem.en).toContain('Row 1 has none');
    expect(parse('').fileErrors[0]!.problem.en).toBe('The file is empty');
  });

  it('flags cells beyond the headers, numbers Excel has mangled and bad yes/no', () => {
    const result = parse(
      csv(
        '氏名,証明書番号,漢字氏名の併記申出',
        'NGUYEN, VAN AN,123456789012,はい',
        'B,1.23457E+11,maybe',
      ),
    );
    expect(result.rows[0]!.errors.map((e) => e.column)).toEqual(['C', 'D']);
    expect(result.rows[1]!.errors.map((e) => e.key)).toEqual([
      'credential_number',
      'new_kanji_name_request',
    ]);
  });

  it('places draft schema errors in their cell', () => {
    const result = parse(csv('procedure,with_procedures', 'extension,coe'));
    expect(result.rows[0]!.errors).toMatchObject([
      { column: 'B', key: 'with_procedures', value: 'coe' },
    ]);
  });

  it('reads both templates without an error', () => {
    for (const name of ['cases-template.csv', 'cases-template-en.csv']) {
      const decoded = decodeCsv(template(name));
      if (!decoded.ok) throw new Error('template not decoded');
      expect(decoded.encoding).toBe('utf-8-bom');
      const result = parseCasesCsv(decoded.text, parseContext());
      expect(result.warnings).toEqual([]);
      expect(result.missing).toEqual([]);
      expect(result.rows).toHaveLength(1);
      expect(result.rows[0]!.errors).toEqual([]);
      expect(result.rows[0]!.draft?.filer?.credential?.expires).toBe('2027-03-31');
    }
  });

  it('reads 80 rows of a company renewal', () => {
    const lines = Array.from(
      { length: 80 },
      (_, i) =>
        `EMP ${i + 1},更新,2027/01/${String((i % 28) + 1).padStart(2, '0')},所属機関の職員,オンライン`,
    );
    const result = parse(csv('氏名,申請の種類,在留期間満了日,提出者の区分,申請方法', ...lines));
    expect(result.rows).toHaveLength(80);
    expect(result.rows.every((r) => r.draft !== null)).toBe(true);
    expect(result.rows[79]!.row).toBe(81);
  });

  it('refuses a file with more rows than one check should take', () => {
    const lines = Array.from({ length: MAX_ROWS + 1 }, (_, i) => `E${i}`);
    const result = parse(csv('氏名', ...lines));
    expect(result.fileErrors[0]!.problem.en).toBe(
      `Too many rows (${MAX_ROWS + 1}; at most ${MAX_ROWS})`,
    );
    expect(result.rows).toEqual([]);
  });
});
