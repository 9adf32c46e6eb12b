import type * as PdfJsModule from 'pdfjs-dist';
import { roundDpi } from './dpi-math';
import { lowestImageDpi, type PixelSize } from './image-resolution';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIME_LIMIT_MS,
  type PdfInspectOptions,
  type PdfInspection,
  type PdfUnreadable,
} from './pdf-inspection';
import { restrictionsFrom } from './pdf-permissions';
import { sniffPdf } from './pdf-sniff';

/** The parts of pdf.js used here: the browser build in the worker, the legacy build in Node. */
export type PdfJs = Pick<
  typeof PdfJsModule,
  'getDocument' | 'OPS' | 'AnnotationMode' | 'VerbosityLevel'
>;
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/**
 * Inspects one PDF: size, pages, encryption, restrictions and the lowest scan resolution.
 * Never throws and never runs past the time limit: every failure is a verdict.
 * The buffer may be handed over to pdf.js, so callers must not reuse it.
 */
export async function inspectPdf(
  data: ArrayBuffer | Uint8Array,
  pdfjs: PdfJs,
  options: PdfInspectOptions = {},
  extraParams: Record<string, unknown> = {},
): Promise<PdfInspection> {
  const started = performance.now();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const size = bytes.byteLength;
  const fail = (verdict: PdfUnreadable['verdict'], detail?: string): PdfUnreadable => ({
    verdict,
    bytes: size,
    elapsedMs: performance.now() - started,
    ...(detail ? { detail } : {}),
  });
  if (size > (options.maxBytes ?? DEFAULT_MAX_BYTES)) return fail('too_large');
  const sniffed = sniffPdf(bytes);
  if (sniffed !== 'pdf') return fail(sniffed);

  const task = pdfjs.getDocument({
    data: bytes,
    // Fonts are never drawn here; FontFace needs a document, which a worker lacks.
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    ...extraParams,
  });
  let timedOut = false;
  let pagesDone = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<PdfUnreadable>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      resolve(fail('timeout', `after ${pagesDone} pages`));
    }, options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
  });
  const work = (async (): Promise<PdfInspection> => {
    let doc: PdfDocument;
    try {
      doc = await task.promise;
    } catch (e) {
      const error = e as Error;
      if (error?.name === 'PasswordException') return fail('password_protected');
      return fail('corrupt', error?.message);
    }
    try {
      const [permissions, metadata] = await Promise.all([doc.getPermissions(), doc.getMetadata()]);
      const pages = doc.numPages;
      options.onProgress?.({ page: 0, pages });
      let minDpi: number | null = null;
      for (let n = 1; n <= pages && !timedOut; n++) {
        const dpi = await pageDpi(doc, n, pdfjs);
        if (dpi !== null && (minDpi === null || dpi < minDpi)) minDpi = dpi;
        pagesDone = n;
        options.onProgress?.({ page: n, pages });
      }
      const info = metadata.info as { EncryptFilterName?: string | null };
      return {
        verdict: 'ok',
        bytes: size,
        pages,
        encrypted: Boolean(info.EncryptFilterName),
        restrictions: restrictionsFrom(permissions),
        minDpi: minDpi === null ? null : roundDpi(minDpi),
        elapsedMs: performance.now() - started,
      };
    } catch (e) {
      return fail('corrupt', `page ${pagesDone + 1}: ${(e as Error)?.message}`);
    }
  })();
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
    // Frees pdf.js's memory; on timeout it also stops the parsing still under way.
    void task.destroy().catch(() => undefined);
  }
}

async function pageDpi(doc: PdfDocument, n: number, pdfjs: PdfJs): Promise<number | null> {
  const page = await doc.getPage(n);
  try {
    const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const repeated = await repeatedImageSizes(page, list, pdfjs);
    return lowestImageDpi(list, pdfjs.OPS, Math.abs((x1 - x0) * (y1 - y0)), (id) =>
      repeated.get(id),
    );
  } finally {
    page.cleanup();
  }
}

type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
type OperatorList = Awaited<ReturnType<PdfPage['getOperatorList']>>;

/**
 * "Repeat" operators (one image tiled three or more times) name the image only by id;
 * its pixel size comes from the decoded object. Waits at most 2 s per image.
 */
async function repeatedImageSizes(page: PdfPage, list: OperatorList, pdfjs: PdfJs) {
  const sizes = new Map<string, PixelSize>();
  const ids = list.fnArray
    .map((fn, i) => (fn === pdfjs.OPS.paintImageXObjectRepeat ? list.argsArray[i][0] : null))
    .filter((id): id is string => typeof id === 'string');
  for (const id of new Set(ids)) {
    const store = id.startsWith('g_') ? page.commonObjs : page.objs;
    const image = await Promise.race([
      new Promise<PixelSize | undefined>((resolve) => store.get(id, resolve)),
      new Promise<undefined>((resolve) => setTimeout(resolve, 2000)),
    ]);
    if (image?.width && image.height) sizes.set(id, { width: image.width, height: image.height });
  }
  return sizes;
}
