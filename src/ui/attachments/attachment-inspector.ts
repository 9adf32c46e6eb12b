import { createPdfWorkerInspector } from '../../pdf/pdf-worker-client';
import type { PdfInspection, PdfProgress } from '../../pdf/pdf-inspection';
import { inspectPhoto, type PhotoInspection } from './photo/inspect-photo';

/** What the panel needs to examine files; tests pass their own, the app the browser one. */
export interface AttachmentInspector {
  inspectPdf(file: Blob, onProgress: (progress: PdfProgress) => void): Promise<PdfInspection>;
  inspectPhoto(file: Blob): Promise<PhotoInspection>;
  /** Frees what the inspector holds (the worker) when the panel goes away. */
  dispose?(): void;
}

/**
 * PDFs go to the Web Worker (pdf.js is fetched with the first PDF); the photo is read here,
 * since only its header and EXIF block are parsed (exifr is fetched with the first photo).
 */
export function createBrowserInspector(): AttachmentInspector {
  const pdf = createPdfWorkerInspector();
  return {
    inspectPdf: (file, onProgress) => pdf.inspect(file, onProgress),
    inspectPhoto: async (file) => inspectPhoto(new Uint8Array(await file.arrayBuffer())),
    dispose: () => pdf.dispose(),
  };
}
