/** What inspecting one PDF can conclude. Every outcome carries the file size, which is always known. */
export type PdfVerdict =
  | 'ok'
  | 'empty'
  | 'not_pdf'
  | 'corrupt'
  | 'password_protected'
  | 'too_large'
  | 'timeout'
  /** The browser could not run the inspection (the worker failed): not the file's fault. */
  | 'failed';

import type { AttachmentRestriction } from '../domain/model/draft';

/** A permission the file's security settings withhold (pdf.js PermissionFlag names, simplified). */
export type PdfRestriction = AttachmentRestriction;

export interface PdfReadable {
  verdict: 'ok';
  bytes: number;
  pages: number;
  /** An Encrypt dictionary is present (an owner password, with or without restrictions). */
  encrypted: boolean;
  /** Withheld permissions; empty when the file may be printed, copied and edited freely. */
  restrictions: PdfRestriction[];
  /** Lowest resolution of a page-sized image (dpi, one decimal); null when no page has one. */
  minDpi: number | null;
  elapsedMs: number;
}

export interface PdfUnreadable {
  verdict: Exclude<PdfVerdict, 'ok'>;
  bytes: number;
  /** Technical detail for the curious (pdf.js message, page reached); never shown alone. */
  detail?: string;
  elapsedMs: number;
}

export type PdfInspection = PdfReadable | PdfUnreadable;

export interface PdfProgress {
  /** Pages done so far (0 while the file is opened). */
  page: number;
  pages: number;
}

export interface PdfInspectOptions {
  /** The inspection gives up with verdict "timeout" after this long (default 60 s). */
  timeLimitMs?: number;
  /** Larger files are not opened at all: verdict "too_large" (default 200 MB). */
  maxBytes?: number;
  onProgress?: (progress: PdfProgress) => void;
}

export const DEFAULT_TIME_LIMIT_MS = 60_000;
export const DEFAULT_MAX_BYTES = 200_000_000;
