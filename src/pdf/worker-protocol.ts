import type { PdfInspection, PdfProgress } from './pdf-inspection';

/** Main thread → worker: one file to inspect; the buffer is transferred, not copied. */
export interface InspectRequest {
  id: number;
  data: ArrayBuffer;
  timeLimitMs: number;
}

/** Worker → main thread: progress per page, then exactly one result. */
export type InspectReply =
  | { id: number; kind: 'progress'; progress: PdfProgress }
  | { id: number; kind: 'done'; result: PdfInspection };
