// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { PdfInspection, PdfProgress } from '../../../src/pdf/pdf-inspection';
import AttachmentPanel from '../../../src/ui/attachments/AttachmentPanel.svelte';
import type { AttachmentInspector } from '../../../src/ui/attachments/attachment-inspector';
import type { AttachmentValue } from '../../../src/ui/attachments/panel-state.svelte';
import type { PhotoInspection } from '../../../src/ui/attachments/photo/inspect-photo';
import { language } from '../../../src/ui/i18n/language.svelte';

function locale(lang: 'ja' | 'en') {
  language.set(lang);
  return {};
}

const OK: PdfInspection = {
  verdict: 'ok',
  bytes: 2_000_000,
  pages: 3,
  encrypted: false,
  restrictions: [],
  minDpi: 150,
  elapsedMs: 5,
};

/** Answers from a table by file name; a PDF named "slow.pdf" waits to be released. */
function fakeInspector(pdfs: Record<string, PdfInspection>, photo?: PhotoInspection) {
  let release: () => void = () => undefined;
  let report: (p: PdfProgress) => void = () => undefined;
  const inspector: AttachmentInspector = {
    inspectPdf: (file, onProgress) => {
      const result = pdfs[(file as File).name]!;
      if ((file as File).name !== 'slow.pdf') return Promise.resolve(result);
      report = onProgress;
      return new Promise((resolve) => (release = () => resolve(result)));
    },
    inspectPhoto: async () => photo!,
  };
  return { inspector, release: () => release(), progress: (p: PdfProgress) => report(p) };
}

const file = (name: string, size = 10) => new File([new Uint8Array(size)], name);

function lastValue(onChange: ReturnType<typeof vi.fn>): AttachmentValue {
  return onChange.mock.calls.at(-1)![0] as AttachmentValue;
}

describe('AttachmentPanel', () => {
  it('shows progress, then the verdict of each picked PDF, and emits the attachments', async () => {
    const fake = fakeInspector({
      'slow.pdf': OK,
      'locked.pdf': { verdict: 'password_protected', bytes: 500, elapsedMs: 1 },
    });
    const onChange = vi.fn();
    render(AttachmentPanel, { ...locale('en'), onChange, inspector: fake.inspector });
    const input = screen.getByLabelText('Choose PDF files');
    await fireEvent.change(input, { target: { files: [file('slow.pdf'), file('locked.pdf')] } });
    expect(await screen.findByText(/Password-protected/)).toBeTruthy();
    fake.progress({ page: 2, pages: 3 });
    expect(await screen.findByText(/2 of 3 pages done/)).toBeTruthy();
    fake.release();
    expect(await screen.findByText(/lowest resolution 150 dpi/)).toBeTruthy();
    expect(screen.getByText('No password, no restrictions')).toBeTruthy();
    expect(lastValue(onChange).attachments).toEqual([
      {
        name: 'slow.pdf',
        bytes: 2_000_000,
        encrypted: false,
        restricted: false,
        minDpi: 150,
        pages: 3,
      },
      { name: 'locked.pdf', bytes: 500, encrypted: true },
    ]);
  });

  it('names restrictions, passes unreadable files on for the rules to block, and lets files be removed', async () => {
    const fake = fakeInspector({
      'restricted.pdf': { ...OK, encrypted: true, restrictions: ['print', 'copy'] },
      'notes.pdf': { verdict: 'not_pdf', bytes: 37, elapsedMs: 0 },
    });
    const onChange = vi.fn();
    render(AttachmentPanel, { ...locale('ja'), onChange, inspector: fake.inspector });
    const zone = screen.getByRole('group', { name: /PDFをドロップ/ });
    await fireEvent.drop(zone, {
      dataTransfer: { files: [file('restricted.pdf'), file('notes.pdf')] },
    });
    expect(await screen.findByText('制限: 印刷禁止、コピー禁止')).toBeTruthy();
    expect(await screen.findByText(/PDFではありません/)).toBeTruthy();
    await waitFor(() => expect(lastValue(onChange).attachments).toHaveLength(2));
    expect(lastValue(onChange).attachments?.[0]).toMatchObject({ restricted: true });
    expect(lastValue(onChange).attachments?.[1]).toMatchObject({
      name: 'notes.pdf',
      problem: 'not_pdf',
    });
    await fireEvent.click(screen.getByRole('button', { name: 'restricted.pdf を外す' }));
    expect(lastValue(onChange).attachments).toHaveLength(1);
    await fireEvent.click(screen.getByRole('button', { name: 'notes.pdf を外す' }));
    expect(lastValue(onChange).attachments).toBeUndefined();
  });

  it('asks for the date a photo without EXIF was taken and emits the photo', async () => {
    const fake = fakeInspector(
      {},
      { verdict: 'ok', bytes: 4321, format: 'png', widthPx: 300, heightPx: 400, takenOn: null },
    );
    const onChange = vi.fn();
    render(AttachmentPanel, { ...locale('en'), onChange, inspector: fake.inspector });
    await fireEvent.change(screen.getByLabelText('Choose the photo'), {
      target: { files: [file('face.png')] },
    });
    expect(await screen.findByText(/does not say when it was taken/)).toBeTruthy();
    expect(screen.getByText(/height:width = 1.333/)).toBeTruthy();
    const found = { name: 'face.png', widthPx: 300, heightPx: 400, format: 'png' };
    expect(lastValue(onChange).photo).toEqual({ widthMm: 30, heightMm: 40, bytes: 4321, ...found });
    await fireEvent.change(screen.getByLabelText('Date taken'), {
      target: { value: '2026-10-20' },
    });
    expect(lastValue(onChange).photo).toEqual({
      takenOn: '2026-10-20',
      widthMm: 30,
      heightMm: 40,
      bytes: 4321,
      ...found,
    });
  });

  it('after a reload, a kept failure reads as a failure and the photo keeps its name and pixels', async () => {
    const onChange = vi.fn();
    const value: AttachmentValue = { attachments: undefined, photo: undefined };
    // What the panel stored before the reload, as the draft now holds it.
    const first = render(AttachmentPanel, {
      ...locale('en'),
      onChange,
      inspector: fakeInspector(
        {
          'broken.pdf': { verdict: 'corrupt', bytes: 77, elapsedMs: 1 },
          'locked.pdf': {
            ...OK,
            encrypted: true,
            restrictions: ['print', 'copy'],
          },
        },
        {
          verdict: 'ok',
          bytes: 4321,
          format: 'jpeg',
          widthPx: 450,
          heightPx: 600,
          takenOn: '2026-10-01',
        },
      ).inspector,
    });
    await fireEvent.change(screen.getByLabelText('Choose PDF files'), {
      target: { files: [file('broken.pdf'), file('locked.pdf')] },
    });
    await fireEvent.change(screen.getByLabelText('Choose the photo'), {
      target: { files: [file('face.jpg')] },
    });
    await waitFor(() => expect(lastValue(onChange).photo).toBeDefined());
    await waitFor(() => expect(lastValue(onChange).attachments).toHaveLength(2));
    Object.assign(value, structuredClone(lastValue(onChange)));
    first.unmount();

    render(AttachmentPanel, {
      ...locale('en'),
      onChange: vi.fn(),
      inspector: fakeInspector({}).inspector,
      attachments: value.attachments,
      photo: value.photo,
    });
    const cards = screen.getAllByRole('listitem');
    const broken = cards.find((c) => c.textContent!.includes('broken.pdf'))!;
    expect(broken.classList.contains('bad')).toBe(true);
    expect(broken.textContent).toMatch(/damaged/i);
    expect(broken.textContent).not.toContain('No password, no restrictions');
    expect(broken.textContent).toContain('add it again to inspect it again');
    const locked = cards.find((c) => c.textContent!.includes('locked.pdf'))!;
    expect(locked.classList.contains('bad')).toBe(true);
    expect(locked.textContent).toMatch(/print/i);
    expect(screen.getByText('face.jpg')).toBeTruthy();
    expect(screen.getByText(/450 × 600 pixels/)).toBeTruthy();
    expect((screen.getByLabelText('Date taken') as HTMLInputElement).value).toBe('2026-10-01');
  });

  it('shows earlier results kept in the draft and keeps them until removed', async () => {
    const onChange = vi.fn();
    render(AttachmentPanel, {
      ...locale('en'),
      onChange,
      inspector: fakeInspector({}).inspector,
      attachments: [
        {
          name: 'old.pdf',
          bytes: 1000,
          encrypted: false,
          restricted: false,
          minDpi: null,
          pages: 1,
        },
      ],
      photo: { takenOn: '2026-09-01', widthMm: 30, heightMm: 40, bytes: 99 },
    });
    expect(screen.getByText('old.pdf')).toBeTruthy();
    expect(screen.getByText(/no scanned images/)).toBeTruthy();
    expect((screen.getByLabelText('Date taken') as HTMLInputElement).value).toBe('2026-09-01');
    await fireEvent.click(screen.getByRole('button', { name: 'Remove old.pdf' }));
    expect(lastValue(onChange)).toEqual({
      attachments: undefined,
      photo: { takenOn: '2026-09-01', widthMm: 30, heightMm: 40, bytes: 99 },
    });
  });
});
