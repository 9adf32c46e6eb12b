// @vitest-environment jsdom
import axe from 'axe-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../src/domain/model/draft';
import { DraftCheckService } from '../../../src/services/draft-check-service';
import { language } from '../../../src/ui/i18n/language.svelte';
import BulkImportPage from '../../../src/ui/bulk/BulkImportPage.svelte';

const service = new DraftCheckService();
const CSV = [
  '\uFEFF氏名,申請の種類,在留期間満了日,提出者の区分,申請方法,メモ',
  'NGUYEN VAN AN,更新,2027/01/15,所属機関の職員,オンライン,',
  'LI WEI,extension,2027-02-30,org_staff,online,',
  '',
  'TRAN THI BINH,在留期間更新許可申請,2027-03-01,所属機関の職員,窓口,',
].join('\r\n');

async function upload(text: string | Uint8Array, name = 'cases.csv') {
  const input = screen.getByLabelText(/CSVファイルを選ぶ|Choose a CSV file/);
  const file = new File([text as BlobPart], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fireEvent.change(input);
}

function setup(lang: 'ja' | 'en', findExisting?: () => Promise<ReadonlySet<string>>) {
  language.set(lang);
  const onOpenDraft = vi.fn<(draft: Draft, title: string) => void>();
  const onImport = vi.fn<(rows: { title: string; draft: Draft }[]) => Promise<number>>(
    async (rows) => rows.length,
  );
  const saveFile = vi.fn<(name: string, text: string, type: string) => void>();
  render(BulkImportPage, {
    service,
    onOpenDraft,
    onImport,
    saveFile,
    ...(findExisting ? { findExisting } : {}),
  });
  return { onOpenDraft, onImport, saveFile };
}

describe('BulkImportPage', () => {
  it('reads a CSV, shows errors by row and column, checks the valid rows and hands them on', async () => {
    const { onOpenDraft, onImport, saveFile } = setup('ja');
    expect(
      screen.getByRole('link', { name: 'テンプレート（日本語の見出し）' }).getAttribute('href'),
    ).toBe('/templates/cases-template.csv');
    await upload(CSV);
    expect(await screen.findByText('2件の確認が終わりました')).toBeTruthy();
    expect(
      screen.getByText(/cases\.csv: 3行を読み込みました（有効 2行、エラーあり 1行）/),
    ).toBeTruthy();

    const errors = screen.getByRole('table', { name: '入力エラー（行・列ごと）' });
    const errorCells = within(errors)
      .getAllByRole('cell')
      .map((c) => c.textContent?.trim());
    expect(errorCells.slice(0, 3)).toEqual(['3', 'C「在留期間満了日」', '2027-02-30']);
    expect(screen.getByRole('table', { name: '読み込まなかった列' }).textContent).toContain('メモ');

    const results = screen.getByRole('table', { name: '確認結果' });
    const rowHeaders = within(results)
      .getAllByRole('rowheader')
      .map((c) => c.textContent);
    expect(rowHeaders).toEqual(['2', '3', '5']);
    expect(results.textContent).toContain('入力エラー');

    await fireEvent.click(screen.getByRole('button', { name: '5行目を下書きとして開く' }));
    expect(onOpenDraft).toHaveBeenCalledWith(
      expect.objectContaining({ procedure: 'extension', channel: 'counter' }),
      'TRAN THI BINH – 在留期間更新許可申請',
    );

    await fireEvent.click(screen.getByRole('button', { name: '有効な2行を取り込む' }));
    expect(onImport.mock.calls[0]![0].map((r) => r.title)).toEqual([
      'NGUYEN VAN AN – 在留期間更新許可申請',
      'TRAN THI BINH – 在留期間更新許可申請',
    ]);
    expect(await screen.findByText('2件を取り込みました')).toBeTruthy();

    language.set('en');
    await fireEvent.click(await screen.findByRole('button', { name: 'Save results as CSV' }));
    const [fileName, text] = saveFile.mock.calls[0]!;
    expect(fileName).toMatch(/^bulk-check-results-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.startsWith('\uFEFFrow,title,applicant_name,procedure,verdict')).toBe(true);
    expect(screen.getByRole('table', { name: 'Input errors by row and column' })).toBeTruthy();
  });

  it('refuses a file without the layout headers, with the reason', async () => {
    setup('en');
    await upload('foo,bar\r\n1,2\r\n');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Row 1 has none of the layout's headers");
    expect(screen.queryByRole('table', { name: 'Results' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Input errors by row and column' })).toBeNull();
  });

  it('reads a Shift_JIS file and says so', async () => {
    setup('en');
    // 氏名,申請の種類 / A,coe in Shift_JIS
    const bytes = new Uint8Array([
      0x8e, 0x81, 0x96, 0xbc, 0x2c, 0x90, 0x5c, 0x90, 0xbf, 0x82, 0xcc, 0x8e, 0xed, 0x97, 0xde,
      0x0d, 0x0a, 0x41, 0x2c, 0x63, 0x6f, 0x65, 0x0d, 0x0a,
    ]);
    await upload(bytes);
    expect(await screen.findByText(/The file was read as Shift_JIS/)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('rowheader', { name: '2' })).toBeTruthy());
  });

  it('has no axe violations with errors and results shown', async () => {
    setup('ja');
    await upload(CSV);
    await screen.findByText('2件の確認が終わりました');
    // Colour contrast needs real layout, which jsdom lacks.
    const result = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
    ).toEqual([]);
  });

  it('filters the results by verdict and orders them by the nearest last day', async () => {
    setup('en');
    await upload(CSV);
    await screen.findByText('All 2 checked');
    const table = () => screen.getByRole('table', { name: 'Results' });
    const rowNumbers = () =>
      within(table())
        .getAllByRole('rowheader')
        .map((c) => c.textContent);
    await fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'invalid' } });
    expect(rowNumbers()).toEqual(['3']);
    await fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'all' } });
    await fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'deadline' } });
    // Row 2 expires on 15 Jan, row 5 on 1 Mar; the row with errors has no window and goes last.
    expect(rowNumbers()).toEqual(['2', '5', '3']);
  });

  it('stores once however often the button is pressed, and says how many were stored', async () => {
    const { onImport } = setup('en');
    let release: (n: number) => void = () => {};
    onImport.mockImplementationOnce(() => new Promise<number>((r) => (release = r)));
    await upload(CSV);
    const button = await screen.findByRole('button', { name: 'Import the 2 valid rows' });
    await fireEvent.click(button);
    await fireEvent.click(button);
    await fireEvent.dblClick(button);
    expect((button as HTMLButtonElement).disabled).toBe(true);
    release(2);
    expect(await screen.findByText('2 cases imported')).toBeTruthy();
    expect(onImport).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Open the case list' }).getAttribute('href')).toBe(
      '#/cases',
    );
    expect(
      (screen.getByRole('button', { name: 'Import the 2 valid rows' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });

  it('names rows that match kept cases and lets the user skip or keep them', async () => {
    const csv = [
      'applicant_name,birth_date,nationality,procedure,stay_expires,filer_category,channel',
      'NGUYEN VAN AN,1990-04-01,VNM,extension,2027-01-15,org_staff,online',
      'LI WEI,1991-05-02,CHN,extension,2027-02-15,org_staff,online',
    ].join('\n');
    const existing = new Set(['nguyen van an|1990-04-01|VNM|extension']);
    const { onImport } = setup('en', async () => existing);
    await upload(csv);
    await fireEvent.click(await screen.findByRole('button', { name: 'Import the 2 valid rows' }));
    expect(await screen.findByText(/Possible duplicates: 1 row\(s\)/)).toBeTruthy();
    expect(onImport).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('button', { name: 'Skip them and import 1 row(s)' }));
    await waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    expect(onImport.mock.calls[0]![0].map((r) => r.draft.applicant?.name)).toEqual(['LI WEI']);
    expect(await screen.findByText('1 case imported')).toBeTruthy();
  });
});
