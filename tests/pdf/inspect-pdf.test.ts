import { describe, expect, it } from 'vitest';
import { toAttachment } from '../../src/pdf/to-attachment';
import { inspectInNode } from '../fixtures/node-pdfjs';
import { pdfBytes } from '../fixtures/pdf-bytes';

const text = (s: string) => new TextEncoder().encode(s);

describe('inspectPdf on real files made with pdfkit', () => {
  it('reads pages, no security and the resolution of a scanned page', async () => {
    // 600 × 400 px drawn at 216 × 144 pt (3 × 2 inches) = 200 dpi; the text page has no image.
    const pdf = await pdfBytes({
      pages: [{ widthPx: 600, heightPx: 400, widthPt: 216, heightPt: 144 }, null],
    });
    const result = await inspectInNode(pdf);
    expect(result).toMatchObject({
      verdict: 'ok',
      bytes: pdf.length,
      pages: 2,
      encrypted: false,
      restrictions: [],
      minDpi: 200,
    });
    expect(toAttachment('scan.pdf', result)).toEqual({
      name: 'scan.pdf',
      bytes: pdf.length,
      encrypted: false,
      restricted: false,
      minDpi: 200,
      pages: 2,
    });
  });

  it('takes the lowest resolution over all pages and the coarser axis', async () => {
    const pdf = await pdfBytes({
      pages: [
        { widthPx: 600, heightPx: 400, widthPt: 216, heightPt: 144 },
        // 450 px over 3 inches = 150 dpi across, 400 px over 2 inches = 200 dpi down.
        { widthPx: 450, heightPx: 400, widthPt: 216, heightPt: 144 },
      ],
    });
    expect(await inspectInNode(pdf)).toMatchObject({ verdict: 'ok', minDpi: 150 });
  });

  it('ignores a logo-sized image and reports null for a file without scans', async () => {
    const pdf = await pdfBytes({
      pages: [{ widthPx: 40, heightPx: 40, widthPt: 72, heightPt: 72 }, null],
    });
    const result = await inspectInNode(pdf);
    expect(result).toMatchObject({ verdict: 'ok', pages: 2, minDpi: null });
    expect(toAttachment('letter.pdf', result)?.minDpi).toBeNull();
  });

  it('calls a file with a user password password-protected', async () => {
    const pdf = await pdfBytes({ userPassword: 'secret' });
    const result = await inspectInNode(pdf);
    expect(result.verdict).toBe('password_protected');
    expect(toAttachment('locked.pdf', result)).toEqual({
      name: 'locked.pdf',
      bytes: pdf.length,
      encrypted: true,
    });
  });

  it('finds an owner password with printing and copying forbidden', async () => {
    const pdf = await pdfBytes({
      ownerPassword: 'owner',
      permissions: { printing: undefined, copying: false, modifying: true },
    });
    const result = await inspectInNode(pdf);
    expect(result).toMatchObject({ verdict: 'ok', encrypted: true, pages: 1 });
    if (result.verdict !== 'ok') throw new Error('not ok');
    expect(result.restrictions).toEqual(expect.arrayContaining(['print', 'copy']));
    expect(result.restrictions).not.toContain('modify');
    expect(toAttachment('r.pdf', result)).toMatchObject({ encrypted: true, restricted: true });
  });

  it('keeps an owner password that allows everything encrypted but unrestricted', async () => {
    const pdf = await pdfBytes({
      ownerPassword: 'owner',
      permissions: {
        printing: 'highResolution',
        copying: true,
        modifying: true,
        annotating: true,
        fillingForms: true,
        contentAccessibility: true,
        documentAssembly: true,
      },
    });
    expect(await inspectInNode(pdf)).toMatchObject({ encrypted: true, restrictions: [] });
  });

  it('calls a damaged file corrupt', async () => {
    const pdf = await pdfBytes();
    const damaged = new Uint8Array(pdf.length);
    damaged.set(pdf.subarray(0, 9)); // "%PDF-1.4\n" and then nothing but zeros
    const result = await inspectInNode(damaged);
    expect(result.verdict).toBe('corrupt');
    expect(toAttachment('broken.pdf', result)).toMatchObject({
      name: 'broken.pdf',
      problem: 'corrupt',
    });
  });

  it('calls a text file renamed .pdf not a PDF, and 0 bytes empty', async () => {
    expect(await inspectInNode(text('Dear officer,\nplease find attached...'))).toMatchObject({
      verdict: 'not_pdf',
      bytes: 37,
    });
    expect(await inspectInNode(new Uint8Array(0))).toMatchObject({ verdict: 'empty', bytes: 0 });
  });

  it('refuses a file over the size cap without opening it', async () => {
    const pdf = await pdfBytes();
    expect(await inspectInNode(pdf, { maxBytes: 100 })).toMatchObject({ verdict: 'too_large' });
  });

  it('reports progress per page and stops at the time limit', async () => {
    // A4 scanned at 200 dpi: 1654 × 2339 px over 595.28 × 841.89 pt.
    const scan = { widthPx: 1654, heightPx: 2339, widthPt: 595.28, heightPt: 841.89, noise: 0.05 };
    const pdf = await pdfBytes({ pages: [scan, scan, scan] });
    const seen: string[] = [];
    const ok = await inspectInNode(pdf, { onProgress: (p) => seen.push(`${p.page}/${p.pages}`) });
    expect(seen).toEqual(['0/3', '1/3', '2/3', '3/3']);
    expect(ok).toMatchObject({ verdict: 'ok', minDpi: 200 });
    expect(await inspectInNode(pdf, { timeLimitMs: 1 })).toMatchObject({ verdict: 'timeout' });
  });
});
