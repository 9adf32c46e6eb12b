import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { BulkResult } from '../../src/bulk/bulk-result';
import { resultsToCsv } from '../../src/bulk/export-results';
import { findingsText, resultNames, rowTitle, windowText } from '../../src/bulk/result-text';
import { shippedPack } from '../support/shipped-pack';

const names = resultNames(shippedPack());
const someRule = shippedPack().ruleSets[0]!.rules[0]!;

const base: BulkResult = {
  row: 2,
  title: null,
  name: 'NGUYEN VAN AN',
  procedure: 'extension',
  status: 'checked',
  verdict: 'needs_input',
  window: { opens: '2026-10-15', closes: '2027-01-15', isOpen: true },
  daysLeft: 53,
  findings: [{ id: someRule.id, severity: 'block' }],
  needs: ['/applicant/stayExpires', '/filer/credential/expires'],
  errorCount: 0,
  draft: {},
  rules: { version: '2026.11.23' },
};
const invalid: BulkResult = {
  ...base,
  row: 3,
  name: '=HYPERLINK("x")',
  status: 'invalid',
  verdict: null,
  window: null,
  daysLeft: null,
  findings: [],
  needs: [],
  errorCount: 2,
  draft: null,
  rules: null,
};

const read = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('resultsToCsv', () => {
  it('writes Japanese headers and texts with a BOM and CRLF', () => {
    const text = resultsToCsv([base, invalid], names, 'ja');
    expect(text.startsWith('\uFEFF行,案件名,氏名,申請の種類,判定,')).toBe(true);
    expect(text).toContain('\r\n');
    const [, first, second] = read(text);
    expect(first).toEqual([
      '2',
      '',
      'NGUYEN VAN AN',
      '在留期間更新許可申請',
      '入力が必要です',
      '2026-10-15',
      '2027-01-15',
      'はい',
      '53',
      `不可: ${someRule.title.ja}`,
      someRule.id,
      '在留期間満了日、証明書の有効期限',
      '2026.11.23',
    ]);
    expect(second!.slice(0, 5)).toEqual([
      '3',
      '',
      `'=HYPERLINK("x")`,
      '在留期間更新許可申請',
      '入力エラー',
    ]);
    expect(second![9]).toBe('入力エラー 2件');
  });

  it('writes English headers and texts', () => {
    const [header, first] = read(resultsToCsv([base], names, 'en'));
    expect(header).toEqual([
      'row',
      'title',
      'applicant_name',
      'procedure',
      'verdict',
      'window_opens',
      'window_closes',
      'window_open_now',
      'days_left',
      'findings',
      'finding_ids',
      'needs',
      'rules',
    ]);
    expect(first![3]).toBe('Extension of Period of Stay');
    expect(first![4]).toBe('More input needed');
    expect(first![9]).toBe(`Blocks: ${someRule.title.en}`);
    expect(first![11]).toBe('stay_expires, credential_expires');
  });

  it('marks every row checked with unofficial rules, in the language of the export', () => {
    const unofficial = {
      ...base,
      rules: { version: '2026.12.24', unofficial: 'p.json 2026.12.24 0123456789ab' },
    };
    expect(read(resultsToCsv([unofficial, invalid], names, 'ja'))[1]!.at(-1)).toBe(
      '非公式ルール: p.json 2026.12.24 0123456789ab',
    );
    expect(read(resultsToCsv([unofficial], names, 'en'))[1]!.at(-1)).toBe(
      'unofficial rules: p.json 2026.12.24 0123456789ab',
    );
  });

  it('titles a draft by the title cell, else name and procedure, else the row', () => {
    expect(rowTitle({ ...base, title: '案件A' }, names, 'ja')).toBe('案件A');
    expect(rowTitle(base, names, 'en')).toBe('NGUYEN VAN AN – Extension of Period of Stay');
    expect(rowTitle({ ...base, name: null, procedure: null }, names, 'ja')).toBe('CSV 2行目');
  });

  it('tells the days left in the window', () => {
    expect(windowText(base, 'ja')).toBe('2026-10-15 – 2027-01-15 (受付期間内・あと53日)');
    expect(windowText({ ...base, daysLeft: 0 }, 'en')).toBe(
      '2026-10-15 – 2027-01-15 (open now, last day today)',
    );
    expect(
      windowText(
        { ...base, window: { opens: null, closes: '2026-11-01', isOpen: false }, daysLeft: -23 },
        'en',
      ),
    ).toBe('no limit – 2026-11-01 (past the last day)');
    expect(windowText({ ...base, window: { ...base.window!, isOpen: false } }, 'ja')).toBe(
      '2026-10-15 – 2027-01-15 (受付開始前)',
    );
    const unknown = { opens: null, closes: null, isOpen: null };
    expect(windowText({ ...base, window: unknown, daysLeft: null }, 'ja')).toBe(
      '申請期間は不明（入力が必要）',
    );
    expect(windowText({ ...base, window: unknown, daysLeft: null }, 'en')).not.toContain(
      'no limit',
    );
    const none = { opens: null, closes: null, isOpen: true };
    expect(windowText({ ...base, window: none, daysLeft: null }, 'en')).toBe('no filing window');
  });
  it('counts notes in the table and lists them in the export', () => {
    const notes = {
      ...base,
      findings: [...base.findings, { id: 'x.note', severity: 'info' as const }],
    };
    expect(findingsText(notes, names, 'en', 'count')).toBe(
      `Blocks: ${someRule.title.en}; 1 note(s)`,
    );
    expect(findingsText(notes, names, 'ja')).toBe(`不可: ${someRule.title.ja}; 情報: x.note`);
  });
});
